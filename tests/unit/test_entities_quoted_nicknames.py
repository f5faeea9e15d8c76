"""A nickname in quotation marks between a given name and a surname ("Dario “Big D” Marsh"): the
small model misses the person or keeps only the given name. The whole is one person, named
without the nickname, the mention keeping it; a capitalised word that is no given name, a
comment line's verb or a month after the marks stays out. Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype import quoted_nicknames, without_nickname
from tests.unit.entity_texts import entities_of


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in quoted_nicknames(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Choreography by Justin "Kanobi" Kettering.', 'Justin "Kanobi" Kettering'),
        ("Producer Kevin “Khao” Tarrant produced the record.", "Kevin “Khao” Tarrant"),
        ("Her rival, Maria 'La Reina' Lopesca, won.", "Maria 'La Reina' Lopesca"),
        ('Then Dwayne "The Rock" Jornsen arrived.', 'Dwayne "The Rock" Jornsen'),
        ("Rep. Richard ‘Rick’ Tonvey resigned.", "Richard ‘Rick’ Tonvey"),
        ('Coach Paul J. "Red" McTavin retired.', 'Paul J. "Red" McTavin'),
    ],
)
def test_a_quoted_nickname_is_inside_the_name(text: str, person: str) -> None:
    assert _found(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        'Backplane Launch "Empowers" Lady Gaga.',  # no given name before the marks
        'Akshay "The Magnificent" Says: hello',  # a comment line's verb
        "We ate These “Osso Buco” Style ribs.",
        'Anna "Ace" the champion won.',  # a lower-case word after the marks
        'Anna "Ace" March won.',  # a month
        'He called Anna "a liar, really" Tuesday.',  # no nickname's words
        "Stills of In ‘Salt Harbor’ Copyright reserved.",  # a stop word read as a given name
    ],
)
def test_no_given_name_or_no_surname_is_no_nickname(text: str) -> None:
    assert _found(text) == []


def test_the_name_without_the_nickname() -> None:
    assert without_nickname("Kevin “Khao” Tarrant") == "Kevin Tarrant"
    assert without_nickname("Jo O'Neil") == "Jo O'Neil"


def test_the_person_in_the_pipeline(extractor: EntityExtractor) -> None:
    body = 'The show features Jon "JRock" Nelsby on drums. Nelsby toured for ten years.'
    found = entities_of(extractor, body)
    people = {e.name: [m.text for m in e.mentions] for e in found if e.type == "PERSON"}
    assert people == {"Jon Nelsby": ['Jon "JRock" Nelsby', "Nelsby"]}
