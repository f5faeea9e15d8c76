"""A country's formal name that ISO writes inverted ("Korea, Republic of") and gives no official
form of is found in the order copy writes it ("the Republic of Korea"), linked to the country."""

from __future__ import annotations

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from tests.unit.entity_texts import entities_of


def test_an_inverted_iso_name_is_found_in_running_order() -> None:
    gazetteer = load_gazetteer()
    korea = gazetteer.lookup("Republic of Korea")
    assert korea is not None and korea.iso3166 == "KR" and korea.name == "South Korea"
    congo = gazetteer.lookup("Democratic Republic of the Congo")
    assert congo is not None and congo.iso3166 == "CD"
    assert gazetteer.lookup("Sint Eustatius and Saba Bonaire") is None  # no "of": no inversion


def test_the_formal_name_in_a_story_is_the_country(extractor: EntityExtractor) -> None:
    body = (
        "Trade ministers of China and the Republic of Korea met in Quellport on Monday. "
        "The Republic of Korea will cut tariffs on 40 goods, officials said."
    )
    places = {
        e.name: e.links.iso3166 if e.links else None
        for e in entities_of(extractor, body)
        if e.type == "LOCATION"
    }
    assert places.get("South Korea") == "KR"
    assert "Republic of Korea" not in places


def test_an_unknown_republic_stays_unlinked(extractor: EntityExtractor) -> None:
    body = "Envoys of the Republic of Kelvania met in Quellport on Monday to discuss the border."
    names = {e.name for e in entities_of(extractor, body)}
    assert "South Korea" not in names
