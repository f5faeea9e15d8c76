"""Chinese county-level places written with a lower-case kind word ("Shanba county", "Lijiao
village", "Mengxi Dai autonomous county") are places named with their kind word, as the
capitalised forms are; a province before "village" ("a Yunnan village"), "the Hubei town of ...",
an English name before "county" and copy that is not about China keep their old readings. Names
made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.place_kinds import lower_kind_places
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Tourism in China keeps growing. Lijiao village earned 3 million yuan from tea last year.",
            "Lijiao village",
        ),
        ("Officials in China said Shanba county has 30,000 residents.", "Shanba county"),
        ("Xinhua reported that Qinmu township built 12 new roads in 2019.", "Qinmu township"),
        (
            "Farmers in Mengxi Dai autonomous county in southwest China grow tea.",
            "Mengxi Dai autonomous county",
        ),
        ("Fengxu district of Shanghai in east China opened 30 parks.", "Fengxu district"),
    ],
)
def test_lower_kind_places(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("China. Lijiao village and Wuxiang town grew.", ["Lijiao village", "Wuxiang town"]),
        ("China. The Qinhai new area opened.", ["Qinhai new area"]),  # the sentence's "The" left out
        ("China. In Shanba county, farmers ...", ["Shanba county"]),  # "In" is no pinyin name
        ("China. He lives in a Yunnan village.", []),  # the province says what kind of village
        ("China. It is the Hubei town of Lijiao.", []),  # the town is named after "of"
        ("China. The Kent county council met.", []),  # no pinyin name
        ("Floods hit Orange county on Monday.", []),  # no copy about China
    ],
)
def test_lower_kind_spans(text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e in lower_kind_places(text)] == spans


def test_province_keeps_its_bare_name(extractor: EntityExtractor) -> None:
    # "province" and "city" are no kind words here: the gazetteer's places keep their names
    found = types_of(entities_of(extractor, "Xiamen of southeast China's Fujian province grew fast."))
    assert found.get("Fujian") == "LOCATION" and "Fujian province" not in found
