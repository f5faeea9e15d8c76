"""Quote speakers given to the wrong one (session 29, round two): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _speakers(body: str, people: tuple[str, ...], orgs: tuple[str, ...] = ()) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name, forms=(name.split()[-1],)) for name in people]
    entities += [_entity(article, name, "ORGANIZATION") for name in orgs]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


# ------------------------------------------------- "and they replied": the people addressed, unnamed

_ORG = "Pellam Works makes the Quillstar. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _ORG + '"Fix the valve," Nora Vell told the engineers, and they replied, "We will try."',
            ["Nora Vell", None],
        ),
        (
            _ORG + 'Nora Vell asked the engineers if the valve held, and they replied, "It never leaks."',
            [None],
        ),
        (
            _ORG + '"We open on Monday," Nora Vell told the crew, and they answered: "Then we are ready."',
            ["Nora Vell", None],
        ),
        (
            _ORG + 'Nora Vell wrote to the board, but they responded, "The plan is too costly."',
            [None],
        ),
    ],
)
def test_they_answering_after_a_clause_are_the_addressees(body: str, expected: list[str | None]) -> None:
    assert _speakers(body, ("Nora Vell",), ("Pellam Works", "Quillstar")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a named person answering keeps the name
        (
            _ORG + '"Fix the valve," Nora Vell told Tom Brack, and he replied, "We will try."',
            ["Nora Vell", "Tom Brack"],
        ),
        (_ORG + 'Nora Vell asked Tom Brack if it held, and he replied, "It never leaks."', ["Tom Brack"]),
        # "they said" is no answer: the organisation speaking goes on
        (_ORG + 'Pellam Works has cut prices, and they said, "The Quillstar sells well."', ["Pellam Works"]),
    ],
)
def test_a_named_or_non_answering_subject_keeps_its_reading(body: str, expected: list[str | None]) -> None:
    assert _speakers(body, ("Nora Vell", "Tom Brack"), ("Pellam Works", "Quillstar")) == expected


# ------------------------------------- "Acme's Brack:": the person the possessive heads, not no one

_BODY = "Pellam Works vice president Tom Brack spoke on Monday in Kinton about the plant."


def _headline_speakers(headline: str) -> list[str | None]:
    article = _article(_BODY, headline=headline)
    entities = [
        _entity(article, "Tom Brack", forms=("Brack",)),
        _entity(article, "Pellam Works", "ORGANIZATION", forms=("Pellam",)),
    ]
    quotes = _direct(extract_quotes(article, entities))
    return [q.speaker_name for q in quotes if q.spans[0].field == "headline"]


@pytest.mark.parametrize(
    "headline",
    [
        "Pellam’s Brack: “We sell trust, not boxes”",
        'Pellam\'s Brack: "We sell trust, not boxes"',
        "Pellam’s deputy mayor Tom Brack: “We sell trust, not boxes”",
        "Pellam’s CEO Brack: “We sell trust, not boxes”",
    ],
)
def test_a_person_after_an_owner_heads_a_colon_lead_in(headline: str) -> None:
    assert _headline_speakers(headline) == ["Tom Brack"]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the owner's words named by a noun of speech stay the owner's
        ("Pellam’s message: “We sell trust, not boxes”", ["Pellam Works"]),
        # a possessive heading someone unnamed names no one
        ("Pellam’s lawyer: “We sell trust, not boxes”", [None]),
        # a name with no possessive, as before
        ("Brack: “We sell trust, not boxes”", ["Tom Brack"]),
    ],
)
def test_an_owner_alone_keeps_its_reading(headline: str, expected: list[str | None]) -> None:
    assert _headline_speakers(headline) == expected
