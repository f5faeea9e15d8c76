"""Verbs of saying that report no clause (issue 14, session 45, fresh web pages). Made-up texts.

A verb of saying inside a relative clause of the subject (`Kelco, which maintains 900 miles of
track, records ...`, `Roe, a senator who warned of the dangers ..., played down ...`) had made the
verb's object and the main clause after it one indirect quote of the antecedent's; and `maintains`,
`acknowledges` and `denies` with a thing as their object (`maintains her status as ...`) had
reported it as a clause. Neither is a quote now; a relative clause that holds a clause keeps it up
to its comma, and a clause after these verbs stays.
"""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import quotes_with_names

_NAMES = (
    ("Kelco", "ORGANIZATION", ()),
    ("Ann Roe", "PERSON", ("Roe",)),
    ("Tom Vale", "PERSON", ("Vale",)),
)


def _indirect(sentence: str) -> list[tuple[str, str | None, str | None]]:
    quotes = quotes_with_names(f"Kelco runs the valley line.\n\n{sentence}", _NAMES)
    return [(q.text, q.speaker_name, q.verb) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelco, which maintains 900 miles of rail track in and around the valley, records about 50 faults"
        " in a typical month.",
        "Senator Ann Roe, a Kelby Democrat who warned of the dangers of debt in the past, nevertheless"
        " played down that threat on the floor.",
        "Tom Vale, who denies any wrongdoing, now has oversight over the whole budget of the region.",
        "Ann Roe maintains her status as one of the most serious writers of her generation.",
        "Tom Vale acknowledges the pain of losing so much money but says it\u2019s easier on him than on"
        " the others.",
        "Ann Roe denied the charges and left the court without saying a word to anyone.",
    ],
)
def test_a_thing_maintained_or_denied_is_no_reported_clause(sentence: str) -> None:
    assert _indirect(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tom Vale, who said the budget would be cut by a third, resigned on Monday after a long row.",
            [("the budget would be cut by a third", "Tom Vale", "said")],
        ),
        (
            "Tom Vale, who said that the budget was a scandal, resigned on Monday after a long row.",
            [("the budget was a scandal", "Tom Vale", "said")],
        ),
        (
            "It was Tom Vale who said the budget would be cut by a third next year.",
            [("the budget would be cut by a third next year", "Tom Vale", "said")],
        ),
        (
            "Ann Roe maintains the plan is sound and will be carried out next year.",
            [("the plan is sound and will be carried out next year", "Ann Roe", "maintains")],
        ),
        (
            "Ann Roe denied the charges were true and left the court without a word.",
            [("the charges were true and left the court without a word", "Ann Roe", "denied")],
        ),
        (
            "Ann Roe confirmed nothing had been decided about the future of the valley line.",
            [("nothing had been decided about the future of the valley line", "Ann Roe", "confirmed")],
        ),
        (
            "Kelco denied it had settled on an arrangement with the union.",
            [("it had settled on an arrangement with the union", "Kelco", "denied")],
        ),
    ],
)
def test_a_reported_clause_stays(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _indirect(sentence) == expected


# A base form that is a noun after a determiner and up to two modifiers that are no plural, or after a
# singular determiner with no preposition; and a gerund object of a verb that takes things.
@pytest.mark.parametrize(
    "sentence",
    [
        "Kelco publishes a quarterly Rail Report that includes a summary of delays based on millions of"
        " journeys.",
        "Kelco economists in Norton project that every state won\u2019t have returned to its peak until"
        " 2030.",
        "Since January, the yield on the 10-year Kelco note has risen by more than half a point, to 3.1"
        " percent.",
        "Ann Roe denied having anything to do with the fire and let deputies search her car.",
    ],
)
def test_a_noun_or_a_gerund_after_the_saying_word_is_no_reported_clause(sentence: str) -> None:
    assert _indirect(sentence) == []


def test_plural_modifiers_leave_the_verb_a_verb() -> None:
    assert _indirect("A few Kelco analysts report that sales have fallen by a third since the spring.") == [
        ("sales have fallen by a third since the spring", "Kelco", "report")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite the damage to the old bridge, a preliminary report from Kelco said it remains"
        " structurally sound.",
        "Despite the fire at the old depot, a final report from Kelco said it was structurally sound.",
        "After the flood in the lower valley, a second report from Ann Roe said they were"
        " structurally sound.",
    ],
)
def test_an_opening_phrase_before_a_tag_that_reports_a_clause_is_not_the_report(sentence: str) -> None:
    """'..., a report from X said it ...': the words after the verb are what was said, so the opening
    phrase before the comma is no indirect quote (the clause after is left unread: null is better)."""
    assert all(not text.startswith(("Despite", "After")) for text, _, _ in _indirect(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The line will reopen in the spring after the repairs, Kelco said on Tuesday.",
            [("The line will reopen in the spring after the repairs", "Kelco", "said")],
        ),
        (
            "The line will reopen in the spring after the repairs, Ann Roe said in a statement.",
            [("The line will reopen in the spring after the repairs", "Ann Roe", "said")],
        ),
    ],
)
def test_a_tag_with_a_time_or_manner_after_its_verb_still_reports_the_clause_before(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(sentence) == expected
