"""Mountains, lakes and rivers named by their kind first ("Mount Dunmore", "the River Tessan"):
the small model reads an unknown one as a people or nothing. A body named after one ("Mount
Sinai Hospital"), a person ("Ricki Lake") and a city ("Salt Lake City") keep their readings.
Sentences and names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Hikers on Mount Dunmore were rescued on Sunday, officials said.", "Mount Dunmore"),
        ("The River Tessan burst its banks overnight.", "River Tessan"),
        ("Rescuers reached the climbers on Mount Quarrel late on Friday.", "Mount Quarrel"),
        ("Farmers along the River Varnell lost their crops.", "River Varnell"),
    ],
)
def test_a_kind_first_feature_is_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Doctors at Mount Kessel Hospital said she was stable.", "Mount Kessel Hospital", "ORGANIZATION"),
        ("Students at Lake Tarvia College protested on Monday.", "Lake Tarvia College", "ORGANIZATION"),
    ],
)
def test_a_body_named_after_a_feature_keeps_its_reading(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    "text",
    [
        "Jo Lake said the show would go on.",  # a surname after a given name
        "He moved to Salt Lake City in 2004.",  # a capitalised word before the kind
        "The Mount Dunmore Ski Resort opened.",  # a capitalised word after the name
        "River Dunmore starred in the film.",  # "River" without "the": a given name too
        "the Lake of Dunmore",  # "of" after the kind
    ],
)
def test_no_kind_first_span_where_a_name_runs_on_or_a_person_is_named(text: str) -> None:
    assert list(rules.kind_first_features(text)) == []


def test_kind_first_spans() -> None:
    text = "On Mount Kelsor and Mt. Varrow, and by the River Tessan."
    spans = [text[s:e] for s, e in rules.kind_first_features(text)]
    assert spans == ["Mount Kelsor", "Mt. Varrow", "River Tessan"]
