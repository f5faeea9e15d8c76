"""A player's position or a guard's trade right before a name, and a head of something in
apposition after it, say a person (session 48): the model reads an unfamiliar name there as a
body ("flashy infielder Javo Quell", "backup Landro Kessup", "Tarek Ulmo, a security guard at
the town hall", "Ravin Kotadek, the campaign's head of research"). Near misses keep their
reading: a head before a name, a head's office, a body's head word. Sentences and names made up
for the test."""

from __future__ import annotations

import pytest

from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.person_context import person_context


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Other stars include flashy infielder Javo Quellez and a young pitcher.", "Javo Quellez", True),
        ("The veteran was replaced by backup Landro Kessup late in the game.", "Landro Kessup", True),
        ("The hit came off slugger Radu Momzek in the sixth.", "Radu Momzek", True),
        ("Tarek Ulmovi, a security guard at the town hall, heard the sirens.", "Tarek Ulmovi", True),
        ("The memo came from Ravin Kotadek, the campaign's head of research.", "Ravin Kotadek", True),
        # near misses: a head before a name, a head's office, a body's head word
        ("The talks were led by market head Kelvo Tarsan on Monday.", "Kelvo Tarsan", False),
        ("Staff moved to Kelvo Tarsan, the bank's head office, last year.", "Kelvo Tarsan", False),
        ("The alarm was raised by security guard Harlow Holdings staff.", "Harlow Holdings", False),
    ],
)
def test_a_players_position_or_a_heads_apposition_says_a_person(text: str, name: str, person: bool) -> None:
    start = text.index(name)
    assert person_context(text, start, start + len(name), name, load_gazetteer()) is person
