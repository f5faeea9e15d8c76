"""Session 30: regions the stage dropped or misread.

English names of first-level divisions that ISO 3166-2 spells only locally ("Bayern",
"Sicilia", "Avtonomna Respublika Krym") and regions that are no division ("Transylvania"),
which the model read as bodies or people or as lone unplaced places the filters drop; and a
capitalised compass word after "the" ("the South", "the upper Midwest"), a region by the
conventions. Sentences written for the test; the people in them are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _places(extractor: EntityExtractor, body: str) -> dict[str, str | None]:
    """Place names and their ISO 3166 codes."""
    places = [e for e in entities_of(extractor, body) if e.type == "LOCATION"]
    return {e.name: e.links.iso3166 if e.links else None for e in places}


@pytest.mark.parametrize(
    ("body", "place", "code"),
    [
        ("Bavaria's premier rejected the proposal on Monday.", "Bavaria", "DE-BY"),
        ("Moscow annexed Crimea after a disputed vote.", "Crimea", "UA-43"),
        ("Exports from Lombardy fell as factories there closed.", "Lombardy", "IT-25"),
        ("The drought hit Andalusia hard, officials said.", "Andalusia", "ES-AN"),
        ("The leader of Chechnya was absent from the meeting.", "Chechnya", "RU-CE"),
        ("Styria and Carinthia reported floods after the storm.", "Carinthia", "AT-2"),
        ("Voters in Flanders backed the nationalists, and Wallonia objected.", "Wallonia", "BE-WAL"),
    ],
)
def test_a_division_by_its_english_name_is_that_division(
    extractor: EntityExtractor, body: str, place: str, code: str
) -> None:
    assert _places(extractor, body).get(place, "missing") == code


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Transylvania's castles drew record crowds this summer.", "Transylvania"),
        ("Fighting flared again, and Mindanao remained tense.", "Mindanao"),
        ("Borneo's forests are shrinking, a study found.", "Borneo"),
    ],
)
def test_a_region_no_division_names_is_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    assert place in _places(extractor, body)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Ned Flanders waved at his neighbour across the fence.", "Ned Flanders"),
        ("Brittany Lowe said the plan would work. Brittany added that it was cheap.", "Brittany Lowe"),
        ("Hermann Kessel read Hesse aloud. Hermann Hesse wrote the novel in 1927.", "Hermann Hesse"),
    ],
)
def test_a_persons_name_stays_the_persons(extractor: EntityExtractor, body: str, name: str) -> None:
    assert {e.name: e.type for e in entities_of(extractor, body)}.get(name) == "PERSON"


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        ("Jobs are moving from the Northeast to the South and to the West.", {"Northeast", "South", "West"}),
        ("The South had 41 percent of the cases, while the West had 22 percent.", {"South", "West"}),
        ("Farmers across the upper Midwest waited for rain.", {"Midwest"}),
        ("The war kept the South inside the party, even as the North changed.", {"South", "North"}),
        ("Acceptance of the law in the West was called degradation by the bishop.", {"West"}),
    ],
)
def test_a_compass_word_after_the_is_a_region(
    extractor: EntityExtractor, body: str, regions: set[str]
) -> None:
    assert regions <= set(_places(extractor, body))


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Reporters stood on the South Lawn before the speech.", "South"),
        ("He bought a North Face jacket and met the West family for dinner.", "West"),
        ("The needle points to the magnetic North, the guide said.", "North"),
        ("The South Korean team beat the East German side.", "South"),
        ("Fans filled the East stand and booed from the West end of the pitch.", "East"),
        ("Fans filled the East stand and booed from the West end of the pitch.", "West"),
        ("He sailed along the West coast of the island.", "West"),
        ("Besides the North and South Islands, five islands are inhabited.", "North"),
        ("Ships slowed during the Southwest monsoon season.", "Southwest"),
    ],
)
def test_a_compass_word_opening_a_longer_name_or_a_side_is_no_region(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    assert word not in _places(extractor, body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("They rented a flat in Delhi's Torvani area for the summer.", "Torvani"),
        ("Police said the blast hit Beijing's Quelong district on Monday.", "Quelong"),
        ("Houston's Marbeck neighborhood hosted the parade.", "Marbeck"),
    ],
)
def test_a_name_before_a_kind_of_quarter_after_a_towns_possessive_is_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert place in _places(extractor, body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Jo Roe's Harlow district office closed on Friday.", "Harlow"),
        ("Kelvar's Torvani area manager resigned.", "Torvani"),
    ],
)
def test_a_persons_or_bodys_possessive_makes_no_quarter(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    assert word not in _places(extractor, body)
