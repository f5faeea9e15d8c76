"""Session 46 (fresh web pages): "called" and "agreed" of a deed, no words. A short term in marks
after 'called in to report', 'called a press conference', 'calls up' or 'agreed to spend' had become
a partial quote, the deed read as the verb of saying; a verb of saying or naming still attributes."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str, str | None]]:
    article = _article(body)
    entities = [
        _entity(article, "Tom Vale", "PERSON", forms=("Vale",)),
        _entity(article, "Kelby Ministry", "ORGANIZATION"),
    ]
    return [(q.kind, q.text, q.speaker_name) for q in extract_quotes(article, entities)]


@pytest.mark.parametrize(
    "body",
    [
        'Fearing bad press, the staff agreed to spend an hour letting the seller offer "free repairs".',
        'Sellers have called in to report "urgent" faults, then turned the "alarm" into a sales pitch.',
        'The Kelby Ministry has called a press conference on Friday to discuss the "grand tour" there.',
        'They were victims of a "swatting," a hoax where the caller calls up the police with a fake number.',
    ],
)
def test_deed_verb_makes_no_partial(body: str) -> None:
    assert _quotes(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Tom Vale called the plan "a disgrace" on Monday.', [("partial", "a disgrace", "Tom Vale")]),
        (
            '"We will sign the deal next week," Tom Vale agreed.',
            [("direct", "We will sign the deal next week,", "Tom Vale")],
        ),
        ('Tom Vale agreed that the plan was "long overdue."', [("partial", "long overdue.", "Tom Vale")]),
        ('Tom Vale agreed to the "fair terms" of the offer.', [("partial", "fair terms", "Tom Vale")]),
        (
            '"Get out of the building now," Tom Vale called out to the crowd.',
            [("direct", "Get out of the building now,", "Tom Vale")],
        ),
    ],
)
def test_saying_and_naming_still_attribute(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _quotes(body) == expected
