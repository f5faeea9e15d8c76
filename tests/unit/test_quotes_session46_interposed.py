"""Session 46 (fresh web pages): a tag set into the reported sentence. `If ..., Vale added, the state
could ...` had given an indirect quote of the opening alone (`If all towns met the new rules`), the
words after the tag read as a time or a manner; the reported sentence runs on past the tag when its
first part cannot stand alone (an opening before a subject, a subject before its finite verb)."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _indirect(body: str) -> list[tuple[list[str], str | None]]:
    article = _article(body)
    entities = [_entity(article, "Tom Vale", "PERSON", forms=("Vale",))]
    return [
        ([body[s.start : s.end] for s in q.spans], q.speaker_name)
        for q in extract_quotes(article, entities)
        if q.kind == "indirect"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an opening clause, the tag, then the main clause: both parts, one quote
        (
            "If all towns met the new rules, Vale added, the state could avoid building a new plant.",
            [(["If all towns met the new rules", "the state could avoid building a new plant"], "Tom Vale")],
        ),
        (
            "Before the storm hit the coast, Tom Vale said, the crew moved the boats inland.",
            [(["Before the storm hit the coast", "the crew moved the boats inland"], "Tom Vale")],
        ),
        # a prepositional opening; a contracted subject after the tag
        (
            "Because of all the new rules, Vale says, the value of any licence is not clear.",
            [(["Because of all the new rules", "the value of any licence is not clear"], "Tom Vale")],
        ),
        (
            "While costs have started to rise at the port, Vale said, there\u2019s no backlog of work.",
            [
                (
                    ["While costs have started to rise at the port", "there\u2019s no backlog of work"],
                    "Tom Vale",
                )
            ],
        ),
        # a subject, the tag, then its finite verb; a clause after a semicolon is left out
        (
            "A major part of the reason more staff are needed, Vale said, is the rise in claims at the port.",
            [
                (
                    ["A major part of the reason more staff are needed", "is the rise in claims at the port"],
                    "Tom Vale",
                )
            ],
        ),
        (
            "Whether the plan works with its readers, Vale admits, is out of his hands; he hopes it will.",
            [(["Whether the plan works with its readers", "is out of his hands"], "Tom Vale")],
        ),
        # a short opening gave no quote at all: with the main clause it is one
        (
            "After this conversation, Vale says, his role in the group shrank.",
            [(["After this conversation", "his role in the group shrank"], "Tom Vale")],
        ),
    ],
)
def test_interposed_tag_joins_the_reported_sentence(
    body: str, expected: list[tuple[list[str], str | None]]
) -> None:
    assert _indirect(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause of its own before the tag: the words after it are the writer's
        (
            "Sales rose sharply at the port in May, Vale said, citing strong demand.",
            [(["Sales rose sharply at the port in May"], "Tom Vale")],
        ),
        (
            "After the storm hit, the crew moved inland, Vale said, citing the radio.",
            [(["After the storm hit, the crew moved inland"], "Tom Vale")],
        ),
        # a conjunction or a preposition after the tag opens the writer's words
        (
            "Before the storm hit the coast, Vale said, and the crew left.",
            [(["Before the storm hit the coast"], "Tom Vale")],
        ),
        (
            "Before the storm hit the coast, Vale said, In the end the crew stayed.",
            [(["Before the storm hit the coast"], "Tom Vale")],
        ),
    ],
)
def test_tag_closing_a_clause_keeps_one_span(body: str, expected: list[tuple[list[str], str | None]]) -> None:
    assert _indirect(body) == expected
