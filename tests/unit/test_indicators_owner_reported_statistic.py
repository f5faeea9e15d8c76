"""Session 33 owners: a public body reporting an economy's statistic, and "it" after a bare time phrase.

"The Statistics Office said gross domestic product rose 0.7 pct" is the story's country's (its
province's for a provincial body), as "Gross domestic product rose 0.7 pct, the office said"
already was; a firm, a market word or a named partner in the reported clause leave it unowned.
"Today it reported a loss of 5.6 mln dlrs" is the firm's, as "It reported a loss" was.
"""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Corp": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Statistics Office": ("ORGANIZATION", None),
    "Trade Ministry": ("ORGANIZATION", None),
    "Commerce Department": ("ORGANIZATION", None),
    "Provincial Statistics Bureau": ("ORGANIZATION", None),
    "National Statistics Bureau": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
    "Norland": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "city"),
    "Tarvia": ("LOCATION", "country"),
    "Orbia": ("LOCATION", "first_level_division"),
}
_LEAD = "Norland's economy grew 3 pct last year. "


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Statistics Office said gross domestic product rose 0.7 pct in the quarter.", "0.7 pct"),
        (
            "The Trade Ministry said the trade deficit widened to 3.2 billion dlrs in February.",
            "3.2 billion dlrs",
        ),
        ("The Commerce Department said on Tuesday that retail sales rose 0.4 pct.", "0.4 pct"),
        ("The Statistics Office reported that consumer prices rose 1.2 pct in May.", "1.2 pct"),
        ("The Statistics Office said growth for the whole year was 1.6 pct, down from 1.7 pct.", "1.7 pct"),
        ("Trade Minister Ann Lee said exports rose 4 pct in March.", "4 pct"),
        ("The Statistics Office said February exports rose 6 pct.", "6 pct"),
    ],
)
def test_a_public_body_reports_the_story_countrys_statistic(text: str, figure: str) -> None:
    assert _owners(_LEAD + text)[figure] == "Norland"


def test_a_provincial_body_reports_the_provinces_statistic() -> None:
    text = "Orbia's factories are busy. The Provincial Statistics Bureau said industrial output rose 9 pct."
    assert _owners(text)["9 pct"] == "Orbia"


def test_a_national_body_reports_the_countrys_statistic_in_a_province_story() -> None:
    text = (
        "Orbia's factories are busy, and Norland's too. "
        "The National Statistics Bureau said industrial output rose 9 pct."
    )
    assert _owners(text)["9 pct"] == "Norland"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the world's, a market's, a partner's: not the story's country alone
        ("The Statistics Office said world trade rose 4 pct.", "4 pct"),
        ("The Statistics Office said exports to Tarvia rose 4 pct.", "4 pct"),
        ("The Statistics Office said oil prices rose 4 pct.", "4 pct"),
        # a firm speaks (its own results are another rule's), a person with no public title
        ("Harlow Bank said exports rose 4 pct.", "4 pct"),
        ("Ann Lee said exports rose 4 pct.", "4 pct"),
        # a count is no economy's statistic
        ("The Statistics Office said 45 people lost their jobs.", "45 people"),
        # no statistic heads the reported clause
        ("The Trade Ministry said the plan would cost 3 billion dlrs.", "3 billion dlrs"),
    ],
)
def test_other_reports_keep_no_owner(text: str, figure: str) -> None:
    assert _owners(_LEAD + text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Vantor Corp said it continues to lose money. Today it reported a loss of 5.6 mln dlrs.",
            "5.6 mln dlrs",
        ),
        ("Vantor Corp makes software. In 2001 it put 300 mln dlrs into a new program.", "300 mln dlrs"),
        ("Vantor Corp makes software. Last year it raised prices by 4 pct.", "4 pct"),
    ],
)
def test_it_after_a_bare_time_phrase_is_the_firm(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Vantor Corp"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Vantor Corp makes software. Today it is thought that 40 pct of homes have a computer.", "40 pct"),
        ("Vantor Corp makes software. Today it may take 12 years to finish.", "12 years"),
        ("Vantor Corp makes software. Today the market fell 3 pct.", "3 pct"),
    ],
)
def test_an_expletive_it_or_another_subject_keeps_no_owner(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None
