"""A verb of saying in the passive (issue 14, session 44, fresh web pages). Made-up texts.

A form of "be" right before the verb (`the plan was revealed`, `she was warned that "..."`, `he was
advised by the board to wait until it was "safe"`) makes its subject the thing said or the one told:
the tag had given the quote, or an indirect quote of the words after the verb, to that subject.
Now the quote keeps a null speaker (or its agent, `described by Roe as`), the indirect reading is
gone, and a passive naming with an article (`what has been called the "harbour model"`) is a term.
The progressive (`her mother was saying, "..."`) and `is said to` are left as before.
"""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import quotes_with_names

_NAMES = (
    ("Nora Quill", "PERSON", ("Quill",)),
    ("Bert Haldane", "PERSON", ("Haldane",)),
    ("Dock Board", "ORGANIZATION", ()),
)


def _quotes(body: str) -> list[tuple[str, str, str | None, str | None]]:
    quotes = quotes_with_names(body, _NAMES)
    return [(q.kind, q.text, q.speaker_name, q.verb) for q in quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Nora Quill was advised by a team of planners to delay the new timetable until it was"
            " \u201cworkable\u201d.",
            [("partial", "workable", None, "advised")],
        ),
        (
            "Last year Nora Quill was warned by her staff that \u201cthe ferry cannot run in the winter"
            " storms.\u201d",
            [("direct", "the ferry cannot run in the winter storms.", None, "warned")],
        ),
        (
            "The Dock Board\u2019s deals with the three shipping lines follow what has been called the"
            " \u201charbour model\u201d of pricing.",
            [],
        ),
    ],
)
def test_a_passive_tag_names_no_speaker(
    body: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _quotes(body) == expected


def test_a_passive_verb_reports_no_clause() -> None:
    body = (
        "Nora Quill kept the old ferry running until the plan was revealed many months later after"
        " Bert Haldane sold the quay."
    )
    assert _quotes(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Nora Quill remembers the day well. Her mother was saying, "You cannot sail in this."',
            [("direct", "You cannot sail in this.", None, "saying")],
        ),
        (
            "Bert Haldane said the ferry would run. Nora Quill is said to believe the plan was a"
            " \u201cgrave mistake\u201d for the island.",
            [
                ("indirect", "the ferry would run", "Bert Haldane", "said"),
                ("partial", "grave mistake", "Nora Quill", "said"),
            ],
        ),
        (
            "Nora Quill said that she would wait for the new timetable."
            ' "The ferry will run when it is safe," she added.',
            [
                ("indirect", "she would wait for the new timetable", "Nora Quill", "said"),
                ("direct", "The ferry will run when it is safe,", "Nora Quill", "added"),
            ],
        ),
    ],
)
def test_active_and_progressive_tags_as_before(
    body: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _quotes(body) == expected
