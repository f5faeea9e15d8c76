"""A report, letter, survey, study or body's minutes a tag quotes, brought in by a sentence of the
writer's with its issuer (issue 14, session 34, BBC pages and Reuters copy of 1987): the issuer
speaks, as the conventions give an unnamed document's words to its named issuer; it had been null.
Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

_QUOTE = '"Costs will rise by a third over the next two years,"'


def _speakers(body: str) -> list[str | None]:
    article = _article("Tom Hart chairs the port board.\n\n" + body)
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Kelland Audit Office", "ORGANIZATION", forms=("KAO",)),
        _entity(article, "Harbour Union", "ORGANIZATION"),
        _entity(article, "Dunmore Bank", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        (
            f"The KAO's annual report showed the ferry had cost more. {_QUOTE} the report says.",
            "Kelland Audit Office",
        ),
        (f"Dunmore Bank said in its survey that loans fell. {_QUOTE} the survey said.", "Dunmore Bank"),
        (
            "In a letter to the transport minister, the Harbour Union stated its support for the plan. "
            f"{_QUOTE} the letter said.",
            "Harbour Union",
        ),
        (
            "Prices will rise, according to a report by the Kelland Audit Office. "
            f"The report stated that ferries were late. {_QUOTE} the report said.",
            "Kelland Audit Office",
        ),
        (f"The Harbour Union says a cap is worth debating. {_QUOTE} says its report.", "Harbour Union"),
        (
            f"Dunmore Bank's minutes said risks were rising. However, the minutes added: {_QUOTE[:-2]}\"",
            "Dunmore Bank",
        ),
    ],
)
def test_the_document_speaks_for_its_issuer(body: str, issuer: str) -> None:
    assert _speakers(body) == [issuer]


@pytest.mark.parametrize(
    "body",
    [
        # a body named after "The report said" is what the report is about
        f"The report said the stake in Dunmore Bank should be cut. {_QUOTE} the report said.",
        # the addressee of a letter, not its writer
        f"A letter to the Harbour Union was sent on Monday. {_QUOTE} the letter said.",
        # a body in another clause before the noun
        f"Dunmore Bank shares fell after a report was published. {_QUOTE} the report said.",
        # no sentence names the document
        f"The Harbour Union met on Monday. {_QUOTE} the report said.",
        # the noun in a word of its own ("reported"), no document
        f"The Harbour Union reported losses. {_QUOTE} the report said.",
    ],
)
def test_no_issuer_named_with_the_document_stays_null(body: str) -> None:
    assert _speakers(body) == [None]
