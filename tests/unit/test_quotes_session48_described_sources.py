"""Session 48 (fresh web pages): a reported clause whose subject describes a person, people or a
body by its noun and names no entity (`Police said that ...`, `The uncle said they ...`, `...,
officials said.`, `A ministry spokesman in Kelby said ...`) is an indirect quote with a null
speaker; it had been dropped with every subject no entity stood for. What a clock, a version or a
page "said", a thing reported (`reported heavy gunfire`), a view (`expects its numbers to grow`), a
subject joined on to the writer's clause (`..., and local officials have told people to stay
indoors`) and the reader's own friends still give none."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _indirect(body: str) -> list[tuple[str, str | None, str | None]]:
    article = _article(body)
    entities = [_entity(article, "Tom Vale", "PERSON", forms=("Vale",))]
    return [
        (body[q.spans[0].start : q.spans[0].end], q.speaker_name, q.verb)
        for q in extract_quotes(article, entities)
        if q.kind == "indirect"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Police said that the driver appeared to have lost control on the bend.",
            [("the driver appeared to have lost control on the bend", None, "said")],
        ),
        (
            "The farmer's nephew said they searched the barn from dawn for about three hours.",
            [("they searched the barn from dawn for about three hours", None, "said")],
        ),
        (
            "No passengers were hurt in the collision, police said.",
            [("No passengers were hurt in the collision", None, "said")],
        ),
        (
            "The bridge will stay shut until the end of the month, a ministry spokesman in Kelby said.",
            [("The bridge will stay shut until the end of the month", None, "said")],
        ),
        (
            "Neighbours and witnesses in the square said at least ten stalls were flattened by the wind.",
            [("at least ten stalls were flattened by the wind", None, "said")],
        ),
        (
            "Regional authorities announced the ferry was held in port for a safety check.",
            [("the ferry was held in port for a safety check", None, "announced")],
        ),
    ],
)
def test_a_described_subject_reports_its_clause(
    body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "A clock above the old stand said it was long past midnight in the town.",
        "An earlier version of the page said that the bridge had opened in 1931.",
        "Witnesses reported heavy gunfire near the harbour wall for most of the night.",
        "The club expects its membership to grow over the coming winter months.",
        "Crowds gathered in the square at dusk, and local officials have told people to stay indoors.",
        "Even your friends say the new shoes look much better than the old pair.",
        "Tom Vale wore two caps for the club, but this spring the club's coach, head of scouting and "
        "chief analyst has added a third one.",
    ],
)
def test_no_clause_reported_by_a_description(body: str) -> None:
    assert _indirect(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tom Vale said the new levy would help growers in the long run, but warned that prices "
            "could rise first.",
            [("the new levy would help growers in the long run", "Tom Vale", "said")],
        ),
        (
            "Tom Vale said the harbour board had acted as a broker in the sale and added that two "
            "other bidders were still in talks.",
            [("the harbour board had acted as a broker in the sale", "Tom Vale", "said")],
        ),
        # the reported clause's own subject and its second verb: kept whole
        (
            "Tom Vale said the guard ran to the gate and told the driver to stop at once.",
            [("the guard ran to the gate and told the driver to stop at once", "Tom Vale", "said")],
        ),
    ],
)
def test_a_second_report_ends_the_first_clause(
    body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(body) == expected
