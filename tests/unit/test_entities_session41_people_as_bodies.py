"""People the entity stage read as bodies (session 41): a middle initial written without its point
("Rosalind V Quenby"), a surname that is a paper's or a firm's head word with a person's cue beside
it ("actress Miriam Press, who ..."), and a land developer named by a given name of one sex
("property developer Harold Brennock"). Near misses keep their body: firms and papers named with
those words, clubs, a given name of either sex. Sentences and names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.person_context import person_context
from consumer.entities.retype.surname_heads import person_by_surname_head
from consumer.entities.rules import described_companies
from tests.unit.entity_texts import entities_of, types_of


def _named(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("The family's lawyer, Rosalind V Quenby, said her client would appeal.", "Rosalind V Quenby", True),
        ("Two years later he played Harold T Holloway in the film.", "Harold T Holloway", True),
        # the point written out was a person already
        ("The family's lawyer, Rosalind V. Quenby, said so.", "Rosalind V. Quenby", True),
        # near misses: a stop word first, a body's head, no given name, "I" in the middle
        ("In A Boy's Eyes was shown on Monday.", "In A Boy", False),
        ("Shares in Roy F Brannock Inc rose on the news.", "Roy F Brannock Inc", False),
        ("The Kelvar T Dunmore plan was dropped.", "Kelvar T Dunmore", False),
        ("The song Mary I Love You was a hit.", "Mary I Love", False),
    ],
)
def test_a_middle_initial_without_its_point(text: str, name: str, person: bool) -> None:
    start, end = _named(text, name)
    assert person_context(text, start, end, name, load_gazetteer()) is person


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("The film stars actress Miriam Press, who appeared in a stage drama.", "Miriam Press", True),
        ("Veteran singer Eleanor Post said she would tour again.", "Eleanor Post", True),
        ("Gordon Trust said he would appeal the ruling next week.", "Gordon Trust", True),
        ("The title went to Harold Courier, 27, after a long final set.", "Harold Courier", True),
        # near misses: the article of a paper, a club, a given name of either sex, no cue, an opener
        ("The Charlotte Observer, who broke the story, said so.", "Charlotte Observer", False),
        ("Carlisle United, who won on Saturday, are top.", "Carlisle United", False),
        ("Actress Jordan Press, who starred in it, said so.", "Jordan Press", False),
        ("Shares in Miriam Press rose after the results.", "Miriam Press", False),
        ("Royal Court, who staged the play, said it would close.", "Royal Court", False),
        ("Actress Miriam Press Holdings said she would sell.", "Miriam Press Holdings", False),
    ],
)
def test_a_surname_that_is_a_bodys_head(text: str, name: str, person: bool) -> None:
    start, end = _named(text, name)
    assert person_by_surname_head(text, start, end, name, load_gazetteer()) is person


@pytest.mark.parametrize(
    ("text", "name", "firm"),
    [
        ("The shares were sold by property developer Harold Brennock on Friday.", "Harold Brennock", False),
        ("Earlier, New York developer Leonard Vastergate bid for it.", "Leonard Vastergate", False),
        # near misses: a given name of either sex, no given name, a firm's head, another trade
        ("The land was sold to developer Taylor Wimpey last year.", "Taylor Wimpey", True),
        ("The land was sold to property developer Kelby Homes last year.", "Kelby Homes", True),
        ("The stake went to operator Harold Brennock last year.", "Harold Brennock", True),
    ],
)
def test_a_developer_named_by_a_one_sex_given_name(text: str, name: str, firm: bool) -> None:
    spans = {text[s:e] for s, e in described_companies(text)}
    assert (name in spans) is firm, spans


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "The film stars actress Miriam Press, who appeared in a stage drama last year.",
            "Miriam Press",
            "PERSON",
        ),
        ("Veteran singer Eleanor Post said she would tour again next spring.", "Eleanor Post", "PERSON"),
        (
            "The shares were sold by property developer Harold Brennock on Friday.",
            "Harold Brennock",
            "PERSON",
        ),
        (
            "Earlier, real estate developer Leonard Vastergate bid for the hotel group.",
            "Leonard Vastergate",
            "PERSON",
        ),
        (
            "The Jackson Herald, who first reported the story, said the council would meet.",
            "Jackson Herald",
            "ORGANIZATION",
        ),
        ("The land was sold to developer Taylor Wimpey for a large sum.", "Taylor Wimpey", "ORGANIZATION"),
    ],
)
def test_people_read_as_bodies_end_to_end(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types
