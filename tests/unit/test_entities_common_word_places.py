"""Model "places" of capitalised common words (session 46): a label, a feature's or a product's
name of two or three English words that no census list holds as a name ("Spare Tokens", "Edit
Tray") is judged like a one-word guess: dropped where nothing around it places it. A mention in a
place's slot ("in Spare Tokens"), a kind of place at its end ("the Amber State"), a region's word
in it ("the Far Reaches") and a name with a census name in it stay."""

from __future__ import annotations

import functools

import pytest

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.records import CandidateGroup
from consumer.entities.span_filters import settle_unplaced_words
from consumer.events import TextField


@functools.cache
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


def _kept(body: str, name: str) -> bool:
    at = body.index(name)
    group = CandidateGroup("LOCATION", [Candidate("body", at, at + len(name), "LOCATION", "ner")], None, name)
    recased: dict[TextField, str] = {"body": body}
    return bool(settle_unplaced_words([group], recased, _gazetteer()))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tap the icon to open Edit Tray and pick a colour.", "Edit Tray"),
        ("Collect Spare Tokens to unlock the next level.", "Spare Tokens"),
        ("The Sorting Shelf lists every file by date.", "Sorting Shelf"),
    ],
)
def test_common_words_nothing_places_are_no_place(body: str, name: str) -> None:
    assert not _kept(body, name)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("She grew up in Spare Tokens and left at 18.", "Spare Tokens"),  # placed by "in"
        ("Visitors to the Amber State spend freely.", "Amber State"),  # a kind of place at its end
        ("Trade with the Far Reaches grew.", "Far Reaches"),  # a region's word
        ("Crowds filled Brave Wilson on Sunday.", "Brave Wilson"),  # a census surname
        ("Crowds filled Tarvel Square on Sunday.", "Tarvel Square"),  # a word no dictionary lists
        # a venue named by common words where something happens: "at" / "to" with its article
        ("She was the first soloist to sing at the Civic Opera, in 1955.", "Civic Opera"),
        ("The band moved the show to the Royal Circus after the fire.", "Royal Circus"),
        ("Fans queued outside the Central Arcade all night.", "Central Arcade"),
    ],
)
def test_a_place_stays(body: str, name: str) -> None:
    assert _kept(body, name)
