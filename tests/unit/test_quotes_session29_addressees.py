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
