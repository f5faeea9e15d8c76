"""A name inside the prepositional phrase that opens a sentence ("In a 2019 article in the journal
Harlow Review, researchers studied 300 patients") says where or in what; it owns no figure."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, EntityType
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities

_NAMES: dict[str, EntityType] = {
    "Harlow Review": "ORGANIZATION",
    "Norland": "LOCATION",
    "Vantor Group": "ORGANIZATION",
}


def _owners(text: str, names: dict[str, EntityType] = _NAMES) -> dict[str, str | None]:
    body = Body(text=text, paragraphs=[text], word_count=9)
    article = Article(id="a", story_id="s", headline="", body=body)
    return {r.text: r.subject_name for r in extract_indicators(article, body_entities(text, names))}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("In a 2019 article in the journal Harlow Review, researchers studied 300 patients.", "300 patients"),
        ("In an essay for the magazine Harlow Review, critics counted 40 novels.", "40 novels"),
        ("At an event of the carmaker Vantor Group, buyers ordered 300 cars.", "300 cars"),
        ("In a column in the weekly Harlow Review, the author spent $300 on books.", "$300"),
    ],
)
def test_a_name_inside_an_opening_phrase_owns_nothing(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure",
    [
        # the subject after the opening phrase, or before an inserted one, still owns its figure
        ("After talks, Vantor Group agreed to pay $5 million.", "$5 million"),
        ("In Norland, Vantor Group spent $5 million.", "$5 million"),
        ("Vantor Group, in a statement, said it would cut 300 jobs.", "300 jobs"),
    ],
)
def test_the_subject_after_or_around_the_phrase_keeps_its_figure(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Vantor Group"


_CLAUSE_NAMES: dict[str, EntityType] = {
    "Harlow Air": "ORGANIZATION",
    "Kessel Commission": "ORGANIZATION",
    "Lee": "PERSON",
    "Orbel": "ORGANIZATION",
    "Kelby": "ORGANIZATION",
    "Tom Bale": "PERSON",
    "Jim Rowe": "PERSON",
    "Vantor Group": "ORGANIZATION",
}


def _clause_owners(text: str) -> dict[str, str | None]:
    return _owners(text, _CLAUSE_NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # session 46: a name inside a subordinate clause or phrase that opens the clause and closes
        # with a comma before the figure is no subject; the subject follows the comma, or nobody
        (
            "Until the incoming Lee cabinet picks a chair, the Kessel Commission will have 5 members.",
            "5 members",
            "Kessel Commission",
        ),
        (
            "Though Orbel is slow to admit it, the news that Kelby topped 300 million users matters.",
            "300 million users",
            "Kelby",
        ),
        ("After beating Tom Bale with a fast serve, Jim Rowe hit a 190 km/h ace.", "190 km/h", "Jim Rowe"),
        ("Since the second Harlow Air crash, the stock has plunged 12%.", "12%", None),
        (
            "Asked whether Vantor Group had done well, a 52-percent majority of voters said it had.",
            "52-percent",
            None,
        ),
        ("As Vantor Group notes, the old cable now carries eight wavelengths.", "eight wavelengths", None),
    ],
)
def test_a_name_inside_an_opening_clause_is_no_subject(text: str, figure: str, owner: str | None) -> None:
    assert _clause_owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        # a figure inside the opening clause is still its own subject's, and a subject before the
        # opening clause or with no comma after the name keeps its figure
        ("As Vantor Group cut 300 jobs, its rivals hired.", "300 jobs"),
        ("Vantor Group, after the Harlow Air crash, cut 300 jobs.", "300 jobs"),
        ("Since 2010 Vantor Group has cut 300 jobs.", "300 jobs"),
    ],
)
def test_a_figure_of_the_opening_clause_or_its_subject_stays(text: str, figure: str) -> None:
    assert _clause_owners(text)[figure] == "Vantor Group"


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a pronoun heading the main clause may stand for the opening clause's name; a contrast
        # ("While ...") often shares its topic with the main clause: the old reading stands
        (
            "Although Tom Bale joined the Kessel Commission in 2003, he now leads it with 11 votes.",
            "11 votes",
            "Tom Bale",
        ),
        (
            "While some Vantor Group staff marched, Jim Rowe defended a budget that rose by 2.5%.",
            "2.5%",
            "Vantor Group",
        ),
    ],
)
def test_a_pronoun_or_a_contrast_keeps_the_opening_name(text: str, figure: str, owner: str) -> None:
    assert _clause_owners(text)[figure] == owner
