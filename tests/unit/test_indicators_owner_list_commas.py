"""Session 33 owners, round two: list commas, "According to <body>," openings, changes in a result.

A comma inside a list of lower-case words ("cut operating, administrative and marketing
expenses") closes no opening phrase, so "the company" / "it" before the list still heads the
clause; a phrase that opens the clause ("In addition, sales and costs rose") is still cut off.
"According to the Statistics Office, GDP rose 0.7 pct" is the story's country's, as "The
Statistics Office said GDP rose 0.7 pct" is.
"""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from consumer.indicators.subject.adverbial import without_opening
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Corp": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Statistics Office": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
}
_FIRM = "Vantor Corp makes software. "
_ECONOMY = "Norland's economy grew 3 pct last year. "


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("clause", "head"),
    [
        # a list of lower-case words: the comma closes no phrase
        ("The company cut operating, administrative and marketing costs by ", "The company cut operating"),
        ("During 1986, it cut selling, general and research costs by ", "it cut selling"),
        ("It sells wool, cotton or silk worth ", "It sells wool"),
        ("Total loans, advances and bills fell to ", "Total loans"),
        # an opening phrase before the list, or a list of clauses: cut as before
        ("In addition, sales and costs rose ", "sales and costs rose"),
        ("Last year, costs and prices fell ", "costs and prices fell"),
        ("In March, April and May, exports rose ", "exports rose"),
        ("Overall, wages, bonuses and pensions rose ", "bonuses and pensions rose"),
        ("Sales, costs and profits rose ", "costs and profits rose"),
        ("Costs rose, margins narrowed and profits fell ", "margins narrowed and profits fell"),
        ("The firm said that at Norland, sales rose ", "sales rose"),
    ],
)
def test_the_opening_phrase_ends_at_a_comma_no_list_goes_on_from(clause: str, head: str) -> None:
    assert without_opening(clause).startswith(head)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The company cut operating, administrative and marketing expenses by 91 mln dlrs.", "91 mln dlrs"),
        ("During 1986, it cut selling, general and research costs by 12 mln dlrs.", "12 mln dlrs"),
        ("The firm sold wool, cotton or silk worth 4 mln dlrs last year.", "4 mln dlrs"),
        ("It raised wages, bonuses and pensions by 5 pct.", "5 pct"),
    ],
)
def test_an_anaphor_before_a_list_of_words_owns_the_figure(text: str, figure: str) -> None:
    assert _owners(_FIRM + text)[figure] == "Vantor Corp"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # an opening phrase, then a list heading the clause: no anaphor, as before
        ("Last year, costs and prices fell 5 pct.", "5 pct", None),
        ("Overall, wages, bonuses and pensions rose 5 pct.", "5 pct", None),
        ("Gold rose, silver and copper fell 2 pct.", "2 pct", None),
        # a named subject before the list keeps its figure
        ("Harlow Bank cut its staff, wages and bonuses by 5 pct.", "5 pct", "Harlow Bank"),
    ],
)
def test_other_lists_keep_their_owner(text: str, figure: str, owner: str | None) -> None:
    assert _owners(_FIRM + text)[figure] == owner


def test_months_listed_in_an_opening_phrase_are_still_cut_off() -> None:
    assert _owners(_ECONOMY + "In March, April and May, exports rose 4 pct.")["4 pct"] == "Norland"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("According to the Statistics Office, gross domestic product rose 0.7 pct.", "0.7 pct"),
        ("According to Trade Minister Ann Lee, exports rose 4 pct in March.", "4 pct"),
        (
            "According to Statistics Office figures, the trade deficit widened to 3.2 billion dlrs.",
            "3.2 billion dlrs",
        ),
    ],
)
def test_a_public_body_named_after_according_to_reports_the_countrys_statistic(
    text: str, figure: str
) -> None:
    assert _owners(_ECONOMY + text)[figure] == "Norland"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("According to Harlow Bank, exports rose 4 pct.", "4 pct", None),  # a firm's word
        ("According to Ann Lee, exports rose 4 pct.", "4 pct", None),  # no public title
        ("According to the Statistics Office, world trade rose 4 pct.", "4 pct", None),
        ("According to the Statistics Office, exports to Tarvia rose 4 pct.", "4 pct", None),
        ("According to the Statistics Office, 45 people lost their jobs.", "45 people", None),
        ("According to the Statistics Office, Vantor Corp's exports rose 4 pct.", "4 pct", "Vantor Corp"),
    ],
)
def test_other_according_to_openings_keep_their_owner(text: str, figure: str, owner: str | None) -> None:
    assert _owners(_ECONOMY + text)[figure] == owner


# A firm reporting a change in its own result: "said a 6 pct rise in pretax profits to ..."
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Vantor Corp said a six pct rise in pretax profits to 42.7 mln dlrs kept its lead.", "six pct"),
        (
            "Vantor Corp said a six pct rise in pretax profits to 42.7 mln dlrs kept its lead.",
            "42.7 mln dlrs",
        ),
        ("Vantor Corp said a 12 pct drop in first-quarter net income was due to lower prices.", "12 pct"),
        ("Vantor Corp said on Monday that a 3 pct decline in sales hurt margins.", "3 pct"),
    ],
)
def test_a_firm_reporting_a_change_in_its_own_result_owns_it(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Vantor Corp"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Vantor Corp said a 12 pct rise in oil prices hurt it.", "12 pct"),  # no result of its own
        ("Vantor Corp said a 12 pct rise in Harlow Bank's profits hurt it.", "12 pct"),
        ("Vantor Corp said a 12 pct stake in Harlow Bank was for sale.", "12 pct"),
        ("Vantor Corp said a 12 pct rise in retail sales was likely.", "12 pct"),  # a market's
        ("The Trade Association said a 12 pct rise in sales was likely.", "12 pct"),  # the sector's
        ("Harlow Bank cut rates. Ann Lee said a 12 pct rise in sales was likely.", "12 pct"),  # a person
    ],
)
def test_other_changes_keep_no_owner(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


# A ticker between the firm and its reporting verb: "Vantor Corp (VNT.N) said revenue rose 8 pct"
@pytest.mark.parametrize(
    "text",
    [
        "Vantor Corp (VNTR.O) said revenue rose 8 pct.",
        "Vantor Corp <VNTR> said revenue rose 8 pct.",
        "Vantor Corp (VNTR) said revenue rose 8 pct.",
    ],
)
def test_a_ticker_between_the_firm_and_its_verb_keeps_its_own_result(text: str) -> None:
    assert _owners(text)["8 pct"] == "Vantor Corp"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee (VNTR) said revenue rose 8 pct.",  # a person reports no result of her own
        "Vantor Corp (the maker) said revenue rose 8 pct.",  # no ticker: what describes it
        "Vantor Corp <VNTR> said retail sales rose 8 pct.",  # a market's measure
    ],
)
def test_other_parentheses_before_the_verb_keep_no_owner(text: str) -> None:
    assert _owners(text)["8 pct"] is None


# A note under a wire results table: "Operating net excludes losses of 12.1 mln dlrs"
_RESULTS_HEADLINE = "Vantor Corp 4th qtr net"
_RESULTS = "Vantor Corp said quarterly net rose. Shr 1.80 dlrs vs 1.46 dlrs.\n"


def _note_owners(text: str, headline: str = _RESULTS_HEADLINE) -> dict[str, str | None]:
    return focus_rows(headline, _RESULTS + text, _NAMES)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Operating net excludes losses of 12.1 mln dlrs from discontinued operations.", "12.1 mln dlrs"),
        ("1986 operating net for the quarter and year includes a pretax gain of 9 mln dlrs.", "9 mln dlrs"),
        ("Net includes a charge of 750,000 dlrs for restructuring.", "750,000 dlrs"),
        ("Oper net in latest quarter includes a gain of 4 mln dlrs.", "4 mln dlrs"),
    ],
)
def test_a_results_note_is_the_story_companys(text: str, figure: str) -> None:
    assert _note_owners(text)[figure] == "Vantor Corp"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Net borrowing includes 12 mln dlrs of loans.", "12 mln dlrs", None),  # "net" before a noun
        ("The fund excludes losses of 12 mln dlrs.", "12 mln dlrs", None),  # no result heads it
        ("Norland's net includes 12 mln dlrs.", "12 mln dlrs", "Norland"),  # a possessor of its own
    ],
)
def test_other_notes_keep_their_owner(text: str, figure: str, owner: str | None) -> None:
    assert _note_owners(text)[figure] == owner


def test_a_results_note_in_a_story_about_no_company_stays_unowned() -> None:
    text = "Shares were mixed on Monday. Operating net excludes losses of 12 mln dlrs."
    owners = focus_rows("Markets close", text, _NAMES)
    assert owners["12 mln dlrs"] is None


# A results table's rows: a label of the firm's own result, then its columns
_TABLE_HEADLINE = "Vantor Corp year net"
_TABLE = "TOKYO - Year to March 31\n\n(in billions of yen unless specified)\n\n"


@pytest.mark.parametrize(
    ("row", "figures"),
    [
        ("Shr (cents) 4.12 vs 3.85", ("4.12", "3.85")),
        ("Current loss 212 million vs loss 97 million", ("212 million", "97 million")),
        ("Operating loss 61 million vs loss 14 million", ("61 million", "14 million")),
        ("EPS loss 12.40 yen vs loss 7.15 yen", ("12.40 yen", "7.15 yen")),
        ("Tax 2.41 vs 1.09", ("2.41", "1.09")),
        ("Net 612 million 455 million 301 million", ("455 million", "301 million")),  # a forecast table
    ],
)
def test_a_results_table_row_is_the_story_companys(row: str, figures: tuple[str, ...]) -> None:
    owners = focus_rows(_TABLE_HEADLINE, _TABLE + row + "\n\nNOTE - Vantor Corp makes pumps.", _NAMES)
    assert all(owners[f] == "Vantor Corp" for f in figures)


@pytest.mark.parametrize(
    "text",
    [
        "Tax receipts in Norland rose by 2.41 vs 1.09 a year ago.",  # prose after the label
        "Visitors 2.41 vs 1.09",  # a row of no result of the firm's
    ],
)
def test_other_rows_and_prose_are_no_results_rows(text: str) -> None:
    owners = focus_rows("Markets close", _TABLE + text, _NAMES)
    assert owners["2.41"] is None


# A statistics table's row labelled with a national account or a balance: the story's place's
_STATS = "HARLOW - Norland's exports rose 3 pct in May.\n\n"


@pytest.mark.parametrize(
    ("row", "figures"),
    [
        ("M3 money supply (bln crowns) 512.4 498.1", ("512.4", "498.1")),
        ("Balance +2,117 +1,904", ("2,117", "1,904")),
        ("Current account Feb-Jul - $612 million", ("$612 million",)),  # a month range heads no name
    ],
)
def test_a_statistics_row_is_the_story_places(row: str, figures: tuple[str, ...]) -> None:
    owners = focus_rows("Norland indicators", _STATS + row + "\n\nNorland's trade gap narrowed.", _NAMES)
    assert all(owners[f] == "Norland" for f in figures)


@pytest.mark.parametrize(
    "row",
    [
        "Visitors 5.41 vs 5.09",  # a row of no statistic
        "Balance of the fund rose by 5.41 vs 5.09",  # prose after the label
    ],
)
def test_other_statistics_rows_stay_unowned(row: str) -> None:
    owners = focus_rows("Norland indicators", _STATS + row, _NAMES)
    assert owners["5.41"] is None
