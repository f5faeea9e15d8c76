"""Places by words only a place follows: a model body after a compass side ("just south of",
"the northern"), a home ("living in", "based out of") or "downtown", that is no known body and
has no body's head word, corporate suffix or person's look, is the place on all its mentions.
Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Jo Roe is living in Vantor-NCR with her family.", "Vantor-NCR"),
        ("The firm is based out of Harwick-NCR, its founder said.", "Harwick-NCR"),
        ("The northern Quillon Nevada has had no rain.", "Quillon Nevada"),
    ],
)
def test_a_body_after_words_only_a_place_follows_is_the_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(place) == "LOCATION"


def test_the_place_on_all_its_mentions(extractor: EntityExtractor) -> None:
    body = "The northern Quillon Nevada has had no rain, and Quillon Nevada officials warned of fires."
    found = [(e.type, len(e.mentions)) for e in entities_of(extractor, body) if e.name == "Quillon Nevada"]
    assert found == [("LOCATION", 2)]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Analysts at Northern Trust said shares rose.", "Northern Trust"),  # the word is the name's
        ("Protesters gathered north of Acme Bank on Monday.", "Acme Bank"),  # a body's head word
        ("Jo Roe, born in Harwick Labs, spoke.", "Harwick Labs"),
    ],
)
def test_bodies_stay_bodies(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"
