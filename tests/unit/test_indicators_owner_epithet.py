"""A company named again by an epithet ("The packaged food company", "the chip maker") is the
company named last, as "the company" is, not the story's first company."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_HEADLINE = "Acme and Beta Foods lead our picks"
_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Acme": ("ORGANIZATION", None),
    "Beta Foods": ("ORGANIZATION", None),
}
_LEAD = "Acme is a fine chip stock for next year. My second pick is Beta Foods. "


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The packaged food and beverage company has gained 47 percent this year.", "47 percent"),
        ("The Harlow snack maker lifted its dividend by 12 percent in May.", "12 percent"),
        ("The family-run retailer earned $30 million in the quarter.", "$30 million"),
    ],
)
def test_an_epithet_is_the_company_named_last(sentence: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, _LEAD + sentence, _NAMES)[figure] == "Beta Foods"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        # no firm: a central bank or an index is no company of the story
        ("The central bank raised its key rate by 0.5 percent.", "0.5 percent"),
        ("The benchmark stock index fell 2 percent on Friday.", "2 percent"),
    ],
)
def test_a_bank_or_an_index_is_no_epithet_of_the_company(sentence: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, _LEAD + sentence, _NAMES)[figure] != "Beta Foods"
