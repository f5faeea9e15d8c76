"""Session 47 (fresh web pages): a tag set into the reported sentence after an opening phrase that
session 46's list of subordinators did not hold. `Finally, Vale said, the port managers were ...`
and `Instead, Vale says, he plans to ...` (an opening shorter than the `..., X said` shape reads)
gave no quote; `A day or two later, Vale said, one of the guards ...` and `In spite of the delays
at the yard, Vale said, the ferry ...` gave an indirect quote of the opening alone."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes_session46_interposed import _indirect


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a sentence adverb, the tag, then the reported clause
        (
            "Finally, Vale said, the port managers were not doing a very good job.",
            [(["Finally", "the port managers were not doing a very good job"], "Tom Vale")],
        ),
        (
            "Tom Vale runs a bakery. Instead, he says, he plans to open a second shop in the spring.",
            [(["Instead", "he plans to open a second shop in the spring"], "Tom Vale")],
        ),
        # a short subordinate opening
        (
            "When he was 12, Vale said, he told his parents that he wanted to fly.",
            [(["When he was 12", "he told his parents that he wanted to fly"], "Tom Vale")],
        ),
        # a span of time and a pronoun of number after the tag
        (
            "A day or two later, Vale said, one of the guards opened the gate and let the crowd in.",
            [(["A day or two later", "one of the guards opened the gate and let the crowd in"], "Tom Vale")],
        ),
        # a prepositional opening
        (
            "In spite of all the delays at the yard, Vale said, the new ferry will sail in May.",
            [(["In spite of all the delays at the yard", "the new ferry will sail in May"], "Tom Vale")],
        ),
    ],
)
def test_opening_phrase_before_the_tag_joins_the_reported_sentence(
    body: str, expected: list[tuple[list[str], str | None]]
) -> None:
    assert _indirect(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a participle or a conjunction after the tag is the writer's: no reported clause
        "Finally, Vale said, citing the weather at the port.",
        "Instead, Vale said, and the crew left the harbour.",
        # a name of a body, not an opening, before the tag
        "Still Water Co, Vale said, the firm has no plans to sell.",
        # a short opening, a tag and nothing that opens a clause
        "Finally, Vale said, in the end.",
    ],
)
def test_short_opening_without_a_clause_gives_no_quote(body: str) -> None:
    assert _indirect(body) == []


def test_clause_of_its_own_keeps_one_span() -> None:
    body = "Sales rose sharply at the port in May, Vale said, the best month in years."
    assert _indirect(body) == [(["Sales rose sharply at the port in May"], "Tom Vale")]
