"""A verb of saying far before the mark (issue 14, session 43, fresh web pages). Made-up texts.

A reported clause longer than the 80 characters the attribution pattern read between the verb and
the mark left the quoted words that finish it with no attribution, so the partial was dropped
(`Roe explained that fares need to be checked and verified by the board, and notices about them
cannot be "made casually."`). Lower-case words that close the sentence, open on an auxiliary or run
four words or more are the verb's subject's now; a short term mid-sentence, a clause of another
subject (`but the critics thought`) and an `according to` aside are left as before.
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
    return [(q.kind, q.text, q.speaker_name, q.verb) for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Nora Quill explained that ferry fares need to be carefully checked and verified by the board,"
            " and notices about them cannot be \u201cmade casually.\u201d",
            [("partial", "made casually.", "Nora Quill", "explained")],
        ),
        (
            "The Dock Board assured riders on its website, a forum for the island\u2019s commuters and"
            " visitors, that the risks of delay were \u201cextremely low.\u201d",
            [("partial", "extremely low.", "Dock Board", "assured")],
        ),
        (
            "Nora Quill further described the idea that the board is selling its old ferries to buyers"
            ' at the north quay as "certainly absurd."',
            [("partial", "certainly absurd.", "Nora Quill", "described")],
        ),
        (
            "Nora Quill told the reporter Bert Haldane on Nov. 3 that the board\u2019s newest claim about"
            " the winter timetable \u201cis patently false,\u201d and the talks will go on.",
            [("partial", "is patently false,", "Nora Quill", "told")],
        ),
        (
            "Nora Quill suggested pushing back the sale of the ferry to the end of 2028, the date set"
            " before this spring, \u201cin order to have a safe and cheap crossing for everyone.\u201d",
            [
                (
                    "partial",
                    "in order to have a safe and cheap crossing for everyone.",
                    "Nora Quill",
                    "suggested",
                )
            ],
        ),
    ],
)
def test_a_long_reported_clause_keeps_its_verbs_subject(
    body: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _quotes(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a short term mid-sentence
        "Nora Quill said the board met on Monday to talk about the ferry timetable for the winter months"
        " and agreed it was a \u201cgood deal\u201d for the town.",
        # another subject's clause between the verb and the mark
        "Nora Quill said the board met on Monday to talk about the ferry timetable for the winter months,"
        " but the critics thought it was \u201cabsolutely not fair to anyone.\u201d",
        # the source of an aside comes after its verb
        "Bert Haldane, according to the Dock Board, made an unplanned trip to the island on Saturday"
        " afternoon for a \u201cquick look at the new quay\u201d before the vote.",
    ],
)
def test_far_verbs_leave_terms_other_clauses_and_asides(body: str) -> None:
    assert _quotes(body) == []
