"""Owners read in a quotation (session twenty-seven): a first person plural ("we" heading the
figure's clause, "our" right before it, "us" after a figure heading its clause) is the speaker's
firm, named in the tag with the speaker's role ("said Ann Lee, vice president of Vantor Group",
"said Ann Lee, Vantor Group's chief executive", "of the company": the company named last)."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Kessel Motors": ("ORGANIZATION", None),
    "Norland Ministry of Trade": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
    "Tom Bale": ("PERSON", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "\u201cWe sold 3,000 cars this year,\u201d said Ann Lee, head of sales at Kessel Motors.",
            "3,000 cars",
            "Kessel Motors",
        ),
        (
            "\u201cWe have 300 workers,\u201d said Tom Bale, Harlow Bank's chief executive.",
            "300 workers",
            "Harlow Bank",
        ),
        (
            "\u201cMore than 30 investors came to us, and eventually we chose 11 of them,\u201d "
            "said Ann Lee, vice president of Vantor Group.",
            "11",
            "Vantor Group",
        ),
        (
            "\u201cMore than 30 investors came to us,\u201d said Ann Lee, vice president of Vantor Group.",
            "30 investors",
            "Vantor Group",
        ),
        (
            "Vantor Group makes chips.\n\n\u201cWe hired 40 engineers,\u201d said Ann Lee, a director of "
            "the company.",
            "40 engineers",
            "Vantor Group",
        ),
        (
            "\u201cWe built 12 plants,\u201d Ann Lee, chairwoman of Kessel Motors, said.",
            "12 plants",
            "Kessel Motors",
        ),
    ],
)
def test_a_quoted_we_is_the_speakers_firm(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a public body's "we" may be a country's
        (
            "\u201cWe signed 12 deals,\u201d said Ann Lee, an official of the Norland Ministry of Trade.",
            "12 deals",
            None,
        ),
        # no role at the firm
        ("\u201cWe lost 12 games,\u201d said Tom Bale, a fan.", "12 games", None),
        # a name after the speaker that is no firm of hers
        ("\u201cWe lost 12 games,\u201d said Tom Bale, who watched Kessel Motors play.", "12 games", None),
        # not inside a quotation
        ("We sold 3,000 cars this year, said Ann Lee, head of sales at Kessel Motors.", "3,000 cars", None),
        # another name heads the clause
        (
            "\u201cHarlow Bank lent us $3 million,\u201d said Ann Lee, head of Kessel Motors.",
            "$3 million",
            "Harlow Bank",
        ),
    ],
)
def test_other_quotations_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner
