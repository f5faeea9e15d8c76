"""Session 32 owners the text names where we said none (agency copy and UK business news).

A firm reporting its own result names the result as agency copy does: a period before it
("first quarter net income", "1986 profit", "nine-month sales"), "a dividend of", a loss; an
anaphor for the firm may be set off from its verb by what describes it ("The group, which makes
tubes, said turnover rose"). A national adjective heading a clause before a country's statistic
("Tarvian unemployment rose 7,000") names the country the story names for it, else the
nationality; a national team's points are the nationality's. A span of one's own activity opening
the sentence before "he" / "she" ("After three years of working at the farm, she ...") is the one
person named before.
"""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Corp": ("ORGANIZATION", None),
    "Tom Bale": ("PERSON", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
    "Tarvian": ("NORP", None),
    "Kesselese": ("NORP", None),
    "Norland": ("LOCATION", "country"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "Vantor Corp said first quarter net income rose 12 pct to 5.5 mln dlrs.",
            "5.5 mln dlrs",
            "Vantor Corp",
        ),
        (
            "Harlow Bank lent money. Vantor Corp said fiscal 1986 loss narrowed to 3.2 mln dlrs.",
            "3.2 mln dlrs",
            "Vantor Corp",
        ),
        (
            "Harlow Bank said a dividend of 1.20 dlrs a share would be proposed.",
            "1.20 dlrs a share",
            "Harlow Bank",
        ),
        (
            "Vantor Corp, which reports in April, said last week 1986 profit rose to 480 mln marks.",
            "480 mln marks",
            "Vantor Corp",
        ),
        ("Vantor Corp said nine-month sales rose 8 pct.", "8 pct", "Vantor Corp"),
    ],
)
def test_a_firm_reports_its_result_as_agency_copy_names_it(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # not a result of the firm's own: a market's measure, a period alone
        ("Harlow Bank said loans to Norland rose 12 pct.", "12 pct"),
        ("Ann Lee, an analyst at Harlow Bank, said first quarter profit fell 5 pct.", "5 pct"),
        ("Harlow Bank said job losses would reach 300 workers.", "300 workers"),
    ],
)
def test_other_reports_keep_no_owner(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Harlow Bank lent Vantor Corp money. The group, which employs 3,000 people, "
            "said turnover rose 14 pct.",
            "14 pct",
        ),
        (
            "Vantor Corp paid Harlow Bank. The bank, which has 1,200 branches, said 1986 profit fell 5 pct.",
            "5 pct",
        ),
        (
            "Harlow Bank lent Vantor Corp money. The group, which has 2,500 workers, "
            "said turnover fell 9 pct.",
            "9 pct",
        ),
    ],
)
def test_a_described_anaphor_reports_the_firms_result(text: str, figure: str) -> None:
    assert _owners(text)[figure] == ("Harlow Bank" if "The bank" in text else "Vantor Corp")


def test_a_described_anaphor_reporting_no_result_keeps_no_owner() -> None:
    text = (
        "Harlow Bank lent Vantor Corp money. The group, which employs 3,000 people, "
        "said loans to Norland rose 14 pct."
    )
    assert _owners(text)["14 pct"] is None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Tarvian unemployment rose 7,000 in November to 4.2 million.", "4.2 million", "Tarvian"),
        ("The Tarvian economy grew 2.6 pct in 2004.", "2.6 pct", "Tarvian"),
        ("In real terms, Tarvian imports rose 5.7 pct in 1986.", "5.7 pct", "Tarvian"),
        ("Tarvian exports to Norland were 3.2 billion francs last year.", "3.2 billion francs", "Tarvian"),
        ("Officials said Kesselese coffee output fell 12 pct.", "12 pct", "Kesselese"),
        ("The Tarvian men's national team sits second with seven points.", "seven points", "Tarvian"),
    ],
)
def test_a_national_adjective_owns_its_countrys_statistic(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


def test_the_country_named_for_the_adjective_owns_the_statistic() -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        "Kessel": ("LOCATION", "country"),
        "Norland": ("LOCATION", "country"),
        "Norlandic": ("NORP", None),
    }
    text = "Kessel sells cocoa to Norland. Norlandic cocoa imports rose to 8,285 tonnes in 1986."
    rows = focus_rows("Kessel cocoa", text, names)
    assert rows["8,285 tonnes"] == "Norland"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a nationality before a firm, a people or a thing that is no statistic
        ("A Tarvian bank raised 300 mln dlrs.", "300 mln dlrs"),
        ("Tarvian firms sold 5 billion francs of goods.", "5 billion francs"),
        ("Ann Lee said Tarvian voters backed it by 54 pct.", "54 pct"),
        # a span of time is no statistic's
        ("The Tarvian economy had its worst performance for 12 years in 1986.", "12 years"),
    ],
)
def test_a_national_adjective_before_no_statistic_owns_nothing(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee worked in a mine. After three years of working at the farm, she has become an expert.",
        "Ann Lee worked in a mine. After three years of working at the farm, he and his colleagues "
        "have become experts.",
        "Ann Lee joined the board in 2001. After 12 years of service, she retired last week.",
    ],
)
def test_a_pronoun_after_an_opening_span_is_the_person_named_before(text: str) -> None:
    figure = "12 years" if "12 years" in text else "three years"
    assert _owners(text)[figure] == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        # two people named before: "he" may be either; a span of talks is no activity of hers
        "Ann Lee met Tom Bale. After three years of working at the farm, he has become an expert.",
        "Ann Lee worked in a mine. After three years of talks, she signed.",
    ],
)
def test_a_pronoun_after_an_opening_span_otherwise_owns_nothing(text: str) -> None:
    assert _owners(text)["three years"] is None
