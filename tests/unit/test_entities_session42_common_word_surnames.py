"""People whose surname is a common word, named alone later on (session 42): a title's word that
ends a person's name ("Delphine King ... Ms King said") is that person's surname where it stands
alone, unless it is used as a title there ("the King of Sweden", "King Haakon"); and a surname
two names own, one of which ends the other ("Rapper Dunmore Quell", "Dunmore Quell"), is the one
person's, so a bare mention the model read as a place joins that person. Names and sentences
made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.people_joins import _person_parts
from consumer.entities.propagation import _title_used
from tests.unit.entity_texts import entities_of


def _people(text: str, *names: str) -> list[Candidate]:
    cands = []
    for name in names:
        start = text.index(name)
        cands.append(Candidate("body", start, start + len(name), "PERSON", "ner"))
    return cands


@pytest.mark.parametrize(
    ("name", "word", "owned"),
    [
        ("Delphine King", "King", True),
        ("Harald Prince", "Prince", True),
        ("Delphine Anne King", "King", True),
        # near misses: a title opening the name, after a title or an address, a stop word first
        ("King Tarmoud", "King", False),
        ("Lord King", "King", False),
        ("Crown Prince", "Prince", False),
        ("The King", "King", False),
        ("Barkley, Hodgson, King", "King", False),
    ],
)
def test_a_titles_word_ending_a_name_is_a_surname(name: str, word: str, owned: bool) -> None:
    text = f"Yesterday {name} spoke."
    owners = _person_parts(_people(text, name), {"body": text}, load_gazetteer())
    assert (name in owners.get(word, set())) is owned, owners


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        ("Then the King of Sweden spoke.", "King", True),
        ("Norway's King Haakon spoke.", "King", True),
        ("It was a King of the Road.", "King", True),
        ("Then a Prince arrived.", "Prince", True),
        # near misses: the surname alone in a person's slot
        ("On Tuesday Ms King said she would stand.", "King", False),
        ('"We will win," said King.', "King", False),
        ("King, 41, was re-elected.", "King", False),
    ],
)
def test_a_title_used_as_a_title(text: str, word: str, title: bool) -> None:
    start = text.index(word)
    assert _title_used(text, start, start + len(word)) is title


def test_an_owner_that_ends_a_longer_owner_is_that_person() -> None:
    text = "Rapper Dunmore Quell toured. Dunmore Quell sang. Quell left."
    owners = _person_parts(
        _people(text, "Rapper Dunmore Quell", "Dunmore Quell"), {"body": text}, load_gazetteer()
    )
    assert owners["Quell"] == {"Rapper Dunmore Quell"}


def test_two_people_of_one_surname_both_own_it() -> None:
    text = "Ann Quell and Tom Quell toured. Quell left."
    owners = _person_parts(_people(text, "Ann Quell", "Tom Quell"), {"body": text}, load_gazetteer())
    assert owners["Quell"] == {"Ann Quell", "Tom Quell"}


def test_a_shorter_name_two_longer_ones_end_stays_an_owner() -> None:
    text = "Ann Bo Quell met Tim Bo Quell and Bo Quell. Quell left."
    owners = _person_parts(
        _people(text, "Ann Bo Quell", "Tim Bo Quell", "Bo Quell"), {"body": text}, load_gazetteer()
    )
    assert "Bo Quell" in owners["Quell"]


def _mentions(extractor: EntityExtractor, body: str, name: str) -> list[str]:
    found = [e for e in entities_of(extractor, body) if e.name == name]
    return [body[m.start : m.end] for e in found for m in e.mentions]


def test_a_title_surname_alone_joins_the_person(extractor: EntityExtractor) -> None:
    body = (
        "Labour MP Delphine King held the seat by 4,000 votes in 2001. On Tuesday Ms King said she "
        "would stand again. Her rival accused Ms King of ignoring voters."
    )
    assert _mentions(extractor, body, "Delphine King").count("King") == 2


def test_a_title_used_as_a_title_stays_apart(extractor: EntityExtractor) -> None:
    body = (
        "Novelist Delphine King read from her new book at the dinner in Oslo. Later the King of "
        "Norway handed out the prizes."
    )
    assert "King" not in _mentions(extractor, body, "Delphine King")
