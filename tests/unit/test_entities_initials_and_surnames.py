"""People the small model misses or misreads: a name opened by a person's initials ("A.J.
Varnell") that a person's cue marks, and a Spanish or Portuguese name of three words, which
the story uses by its first surname ("Lourdes Marín Quintero ... Marín said") and which may
carry accents. Sentences and names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.bodies import speaking_words
from tests.unit.entity_texts import entities_of, types_of


def _mentions(extractor: EntityExtractor, body: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ('"Rain stopped us this morning," navy rescue coordinator B.W. Sutanto told AFP.', "B.W. Sutanto"),
        ('"We will appeal," defence lawyer M.A. Qureshi said on Tuesday.', "M.A. Qureshi"),
        ("A.K. Ramaswamy, 47, was arrested on Tuesday.", "A.K. Ramaswamy"),
    ],
)
def test_initials_and_a_surname_with_a_person_cue_are_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Shares of H.J. Carlow rose 3 percent after the results. H.J. Carlow makes sauces.",
            "H.J. Carlow",
            "ORGANIZATION",
        ),
        ("Stores such as J.C. Penney reported strong sales.", "J.C. Penney", "ORGANIZATION"),
    ],
)
def test_initials_without_a_person_cue_keep_their_reading(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    ("body", "person", "surname"),
    [
        (
            "Paola Ruiz, 20, had met Marisol Robles Hernández online. They went to Robles’ home. "
            "Police said Robles beat Ruiz.",
            "Marisol Robles Hernández",
            "Robles",
        ),
        (
            "The mayor, Rocío Benítez Ochoa, said the road would reopen. Benítez said work had begun.",
            "Rocío Benítez Ochoa",
            "Benítez",
        ),
        (
            "Firefighters led by Gabriela Fuentes Araújo reached the valley. Fuentes said the fire was out.",
            "Gabriela Fuentes Araújo",
            "Fuentes",
        ),
    ],
)
def test_a_three_word_spanish_name_is_used_by_its_first_surname(
    extractor: EntityExtractor, body: str, person: str, surname: str
) -> None:
    mentions = _mentions(extractor, body)
    assert surname in mentions.get(person, []), mentions
    assert surname not in mentions, mentions


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Mary Ellen Porter spoke first. Ellen said the vote was close.", "Ellen", "PERSON"),
        ("He met John Quincy Marsh in Quincy, Massachusetts on Friday.", "Quincy", "LOCATION"),
    ],
)
def test_a_middle_given_name_or_place_stays_apart(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("The film, from D.W. Harrowgate, opens Friday. Harrowgate said it took years.", "D.W. Harrowgate"),
        ("The film, from A.R. Venkatesh, opens in May. Venkatesh said it took four years.", "A.R. Venkatesh"),
        ("The statue, by M.E. Calloway, was unveiled Sunday. Calloway said it was done.", "M.E. Calloway"),
    ],
)
def test_a_surname_speaking_after_a_sentence_end_marks_the_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types


@pytest.mark.parametrize(
    ("text", "speaking"),
    [
        ("It opened on Friday. Harlow said it was busy.", {"Harlow"}),
        ("Dr. Harlow said it was busy.", {"Harlow"}),
        ("The bank was run by J. Harlow until 2010. J. Harlow said little.", set()),
        ("Shares of Lockheed Martin said nothing.", set()),
        ("It opened in the U.S. Harlow said it was busy.", set()),
    ],
)
def test_which_words_speak_alone(text: str, speaking: set[str]) -> None:
    assert set(speaking_words(text)) == speaking
