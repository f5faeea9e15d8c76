"""A product's cue read on one mention of a name of two words or more (a machine's spec, a kind of
made thing before it) types the name on all its mentions (``retype.spec_names``): the model's
body reading of another mention no longer ties the vote and publishes the name twice. A name
that acts as a firm elsewhere, and one word, are left to the vote. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.retype.spec_names import cue_names_product
from tests.unit.entity_texts import entities_of


def _cand(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate(field="body", start=start, end=start + len(name), type="PRODUCT", origin="ner")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "I have been using the Orvex Slate for a month. The Orvex Slate has a 10.9-inch display "
            "and weighs 460 grams. Battery life is about 10 hours.",
            "Orvex Slate",
        ),
        (
            "We reviewed the Orvex Slate last week. The Orvex Slate has a 10.9-inch display. "
            "Orvex sells it for $449.",
            "Orvex Slate",
        ),
        (
            "I have been using the Velmo Tab for a month. The Velmo Tab has an 11-inch display "
            "and weighs 500 grams.",
            "Velmo Tab",
        ),
    ],
)
def test_a_spec_cue_types_every_mention_of_the_name(extractor: EntityExtractor, body: str, name: str) -> None:
    found = [(e.type, e.name) for e in entities_of(extractor, body) if e.name == name]
    assert found == [("PRODUCT", name)], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tarvo Robotics said on Monday that Tarvo Robotics has a 300 hp motor.", "Tarvo Robotics"),
        ("The Kelvix has a 5,000 mAh battery.", "Kelvix"),  # one word: maker and product share it
    ],
)
def test_a_name_that_acts_or_one_word_is_left_to_the_vote(text: str, name: str) -> None:
    assert not cue_names_product(_cand(text, name), text, name)


def test_a_spec_cue_names_the_product_of_two_words() -> None:
    text = "The Orvex Slate has a 10.9-inch display."
    assert cue_names_product(_cand(text, "Orvex Slate"), text, "Orvex Slate")
