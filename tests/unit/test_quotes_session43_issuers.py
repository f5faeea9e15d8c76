"""Quotes, session 43 (fresh web pages): what a body publishes, brought in with no article
('according to data from the Harbor Authority', 'according to guidance from the Kelby Clinic'),
speaks for its issuer, as 'a report from' does; someone of the body ('a friend of') does not.
Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _speakers(body: str) -> list[str | None]:
    article = _article(body)
    harbor = _entity(article, "Harbor Authority", "ORGANIZATION")
    clinic = _entity(article, "Kelby Clinic", "ORGANIZATION")
    return [q.speaker_name for q in extract_quotes(article, [harbor, clinic])]


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        (
            "The port lost money for the third year in a row, according to data from the Harbor Authority.",
            "Harbor Authority",
        ),
        (
            "According to guidance from the Kelby Clinic, patients should rest for a week after surgery.",
            "Kelby Clinic",
        ),
        (
            "The port lost money for the third year in a row, according to official figures from the "
            "Harbor Authority.",
            "Harbor Authority",
        ),
    ],
)
def test_what_a_body_publishes_speaks_for_it(body: str, issuer: str) -> None:
    assert _speakers(body) == [issuer]


def test_someone_of_the_body_is_not_the_body() -> None:
    body = "Patients should rest for a week after the operation, according to a friend of the Kelby Clinic."
    assert _speakers(body) in ([None], [])
