"""A sum or a share in a ", with <measure> ..." clause is the subject's of the main clause the
sentence opens with, not the story's company the fallback gives."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

# the story's focus company (named first, in the headline) is not the one these sentences are about
_HEADLINE = "Brightline Bank and Harlow Bank report"
_LEAD = "Brightline Bank and Harlow Bank reported results on Tuesday. Brightline Bank lost money again.\n\n"
_NAMES = {
    "Brightline Bank": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Kessel Motors": ("ORGANIZATION", None),
    "Tarvia": ("LOCATION", "country"),
    "Norvik": ("LOCATION", "city"),
}


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Harlow Bank had a strong year, with net profit up 12 percent.", "12 percent", "Harlow Bank"),
        (
            "Kessel Motors closed the year strongly, with quarterly revenue rising 8 percent.",
            "8 percent",
            "Kessel Motors",
        ),
        (
            "On Monday, Harlow Bank beat forecasts, with operating income of $2 billion.",
            "$2 billion",
            "Harlow Bank",
        ),
    ],
)
def test_a_with_clause_is_the_sentence_subjects(text: str, figure: str, owner: str) -> None:
    assert focus_rows(_HEADLINE, _LEAD + text, _NAMES)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the clause after "with" opens with no result of the firm's own
        ("Harlow Bank had a strong year, with analysts expecting profit to rise 12 percent.", "12 percent"),
        # the subject reports: a source, not the owner
        ("Harlow Bank said the year was strong, with net profit up 12 percent.", "12 percent"),
        # two names before the clause
        ("Harlow Bank beat Kessel Motors this year, with net profit up 12 percent.", "12 percent"),
        # a name after a preposition is no subject
        ("Traders at Harlow Bank had a strong year, with net profit up 12 percent.", "12 percent"),
    ],
)
def test_other_with_clauses_keep_their_reading(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, _LEAD + text, _NAMES)[figure] != "Harlow Bank"
