"""Owners read inside the figure's own clause (session twenty-five): a sum offered, lent or given
"from" a maker is the maker's; an anaphor heading the clause ("the company bought X for $N") is its
subject, and the names after its verb are objects; and a clause headed by a name the entity stage
missed ("the Orbel X costs $500") takes no owner the story implies; a bare age right before a name
("52-year-old Ines") is that name's, or nobody's when no entity covers it; a quoted "it's" heading a
clause is talk, no company's figure."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Kessel Software": ("ORGANIZATION", None),
    "Brenton Mills": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
    "Orbel Z4": ("PRODUCT", None),
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
}


def _owners(text: str, headline: str = "") -> dict[str, str | None]:
    return focus_rows(headline, text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Ann Lee rebuffed a $3 billion takeover offer from Vantor Group.", "$3 billion", "Vantor Group"),
        ("Tarvia accepted a $2 billion loan from Harlow Bank last year.", "$2 billion", "Harlow Bank"),
        ("Brenton Mills turned down a $40 million bid from the Vantor Group.", "$40 million", "Vantor Group"),
        ("Norland won a $5 million grant from Harlow Bank for its schools.", "$5 million", "Harlow Bank"),
    ],
)
def test_a_sum_offered_or_given_from_a_maker_is_the_makers(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a purchase "from" names the seller: the clause subject pays
        ("Vantor Group made a $5 million purchase from Harlow Bank.", "$5 million", "Vantor Group"),
        # "by" as before
        ("Ann Lee rebuffed a $3 billion takeover offer by Vantor Group.", "$3 billion", "Vantor Group"),
        # no offer noun: the clause subject
        ("Vantor Group earned $3 billion from Harlow Bank.", "$3 billion", "Vantor Group"),
    ],
)
def test_other_sums_keep_their_owners(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Vantor Group makes chips. In 2014, the company bought Kessel Software for $970 million.",
            "$970 million",
            "Vantor Group",
        ),
        (
            "Vantor Group makes chips. The company paid Harlow Bank $5 million in fees.",
            "$5 million",
            "Vantor Group",
        ),
        (
            "Vantor Group makes chips. The firm hired Brenton Mills for $12 million last year.",
            "$12 million",
            "Vantor Group",
        ),
        (
            "Norland is small. The country signed deals with Vantor Group worth $3 billion.",
            "$3 billion",
            "Norland",
        ),
    ],
)
def test_an_anaphor_heading_the_clause_owns_over_its_objects(text: str, figure: str, owner: str) -> None:
    assert _owners(text, "Vantor Group grows")[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a name before the anaphor: the name is the subject, "the company" its object
        (
            "Vantor Group makes chips. Harlow Bank bought the company for $2 billion.",
            "$2 billion",
            "Harlow Bank",
        ),
        # a report: the reported clause has its own subject
        (
            "Vantor Group makes chips. The company said Brenton Mills lost $3 million.",
            "$3 million",
            "Brenton Mills",
        ),
        # a bare "it" is not read here
        (
            "Vantor Group makes chips. It sold Kessel Software shares worth $2 million.",
            "$2 million",
            "Kessel Software",
        ),
    ],
)
def test_other_clause_heads_keep_their_owners(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text, "Vantor Group grows")[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Orbel Z4 launched a year ago, and the Kessel X costs $500 now.", "$500"),
        ("The Orbel Z4 launched a year ago. Meanwhile the Trevo Max costs $700.", "$700"),
        ("The Orbel Z4 is out. For now, the Pallo Mini sells for $300.", "$300"),
    ],
)
def test_a_clause_headed_by_an_unknown_name_takes_no_implied_owner(text: str, figure: str) -> None:
    assert _owners(text, "Orbel Z4 review")[figure] is None


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Orbel Z4 launched a year ago. The console costs $500 now.", "$500"),
        ("The Orbel Z4 launched a year ago. In March the price was cut to $450.", "$450"),
    ],
)
def test_an_unnamed_clause_still_takes_the_product(text: str, figure: str) -> None:
    assert _owners(text, "Orbel Z4 review")[figure] == "Orbel Z4"


_AGE_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Ann Lee": ("PERSON", None),
    "Tom Varga": ("PERSON", None),
    "Vane": ("ORGANIZATION", None),  # a person the tagger took for a firm
}


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Fans of Ann Lee cheered for 52-year-old Ines at the fair.", "52-year-old", None),
        ("Tom Varga, the coach, hired 24-year-old Pell last week.", "24-year-old", None),
        ("Ann Lee met 31-year-old Dario in the square.", "31-year-old", None),
        ("Ann Lee met 38-year-old Vane on Monday.", "38-year-old", "Vane"),
    ],
)
def test_a_bare_age_before_a_name_is_that_names(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("", text, _AGE_NAMES)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Ann Lee turned 52 years old Tuesday.", "52 years old", "Ann Lee"),
        ("Ann Lee, 64, won the race.", "64", "Ann Lee"),
        ("Critics of Tom Varga praised 17-year-old Ann Lee.", "17-year-old", "Ann Lee"),
    ],
)
def test_other_ages_keep_their_owners(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("", text, _AGE_NAMES)[figure] == owner


_TALK_LEAD = "Vantor Group makes chips. "


@pytest.mark.parametrize(
    "text, figure",
    [
        ('"If you count the workers hurt since 2010, it\'s less than 100," Ann Lee said.', "100"),
        ('"Frankly, it is 40 percent bigger," Ann Lee said.', "40 percent"),
        ('"We looked twice, and it\'s about $5 million," Tom Varga said.', "$5 million"),
    ],
)
def test_a_quoted_it_is_heading_a_clause_is_talk(text: str, figure: str) -> None:
    assert focus_rows("Vantor Group grows", _TALK_LEAD + text, _AGE_NAMES | _NAMES)[figure] is None


@pytest.mark.parametrize(
    "text, figure",
    [
        ('"It has 5,000 workers," Ann Lee said.', "5,000 workers"),
        ("It has 3,000 workers.", "3,000 workers"),
        ("Frankly, it is 40 percent bigger than last year.", "40 percent"),
    ],
)
def test_other_its_keep_the_company(text: str, figure: str) -> None:
    assert focus_rows("Vantor Group grows", _TALK_LEAD + text, _AGE_NAMES | _NAMES)[figure] == "Vantor Group"
