"""A player called by the work they are known for, "the" and the title before a cast's noun with no
name after it ("the Harbor Nights actor, 35,", "The former Tarnished star couldn't"), names the
work's title (``retype.shows.cast_epithet``): the model read a body. A story about sport, a plural's
look, a film industry's word, capitals alone, a head word, a name after the noun and no "the" keep
the body. Names and sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities.retype.shows import cast_epithet
from tests.unit.entity_texts import rule_asks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She posted a photo of the Harbor Nights actor, 35, with her mother.", "Harbor Nights"),
        ("“Be kind,” the Quill Point actress wrote on Monday.", "Quill Point"),
        ("The former Tarnished star couldn't resist giving her view.", "Tarnished"),
        ("Soon the Velvet star was taking piano lessons.", "Velvet"),
        ("It was a hard year for the Quiet Hours co-star.", "Quiet Hours"),
    ],
)
def test_the_title_before_a_cast_noun(text: str, name: str) -> None:
    assert rule_asks(cast_epithet, text, name, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jo Roe scored twice in the match. The Tarvo star was booked later.", "Tarvo"),
        ("The Tarvo star was booked after the match.", "Tarvo"),
        ("Fans cheered when the Harbor Boys star arrived in town.", "Harbor Boys"),
        ("The ceremony honoured the Bollywood actor, who is 60.", "Bollywood"),
        ("Tickets sold out before the KVTA star said a word.", "KVTA"),
        ("She joined the Kelby Theatre actor, who had trained there.", "Kelby Theatre"),
        ("She met the Harbor Nights actor Jo Roe in May.", "Harbor Nights"),
        ("A Harbor Nights actor said the set was cold.", "Harbor Nights"),
        ("Two of the Harbor Nights actors said the set was cold.", "Harbor Nights"),
    ],
)
def test_other_bodies_stay(text: str, name: str) -> None:
    assert not rule_asks(cast_epithet, text, name, "ORGANIZATION")
