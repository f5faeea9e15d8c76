"""Names listed before a lower-case plural kind of place ("Orange and Riverside counties",
"Erie, Niagara and Cattaraugus counties", "the Hunan and Jiangxi provinces") are each one such
place, which the model reads as people, bodies or one glued name. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules.places import plural_kind_places
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "places"),
    [
        (
            "Warnings were issued for parts of Orange and Riverside counties on Monday.",
            ["Orange", "Riverside"],
        ),
        ("Heavy rain flooded parts of Harris and Fort Bend counties overnight.", ["Harris", "Fort Bend"]),
        ("Voters in Kent and Sussex counties rejected the tax.", ["Kent", "Sussex"]),
        ("Deputies from Polk and Hillsborough counties joined the search.", ["Polk", "Hillsborough"]),
        ("Snow fell across Erie, Niagara and Cattaraugus counties.", ["Erie", "Niagara", "Cattaraugus"]),
        ("The virus spread to the Hunan and Jiangxi provinces.", ["Hunan", "Jiangxi"]),
    ],
)
def test_names_before_a_plural_kind_are_places(
    extractor: EntityExtractor, body: str, places: list[str]
) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(p) for p in places] == ["LOCATION"] * len(places)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Harris and Kent spoke to reporters after the vote.", "Harris", "PERSON"),
        (
            "Shares of Orvell and Brandt Partners rose in 12 counties.",
            "Orvell and Brandt Partners",
            "ORGANIZATION",
        ),
    ],
)
def test_no_places_without_the_kind_right_after(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) in (kind, None)


def test_groups_before_a_plural_kind_are_no_places(extractor: EntityExtractor) -> None:
    found = types_of(entities_of(extractor, "Turnout fell in Republican and Democratic districts alike."))
    assert found.get("Republican") != "LOCATION"


def test_a_long_run_of_names_gives_only_the_listed_ones() -> None:
    text = "Alder, " * 30000 + "Alder and Birch counties"
    assert [text[s:e] for s, e in plural_kind_places(text)] == ["Alder"] * 5 + ["Birch"]
