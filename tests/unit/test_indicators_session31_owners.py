"""Session 31 owners on new kinds of copy (UK business news, agency copy).

A sum's conversions into other currencies, two in one parenthesis split by a semicolon ("77m
euros (£53m; $100m)"), restate it: the second has the first's owner as the first does. A firm
reporting its own result owns it also when a relative clause or an apposition sets it off from
its verb ("Vantor Group, which owns the Kessel brand, said annual profit fell 36%"), and a
result named as accounts name it ("pre-tax profit", "underlying sales") is a firm's own result.
"""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Kessel Isles": ("LOCATION", "country"),
    "Ann Lee": ("PERSON", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Net profit at Vantor Group came in at 1.4bn euros (£960m; $1.85bn).", "$1.85bn", "Vantor Group"),
        (
            "Vantor Group sold its stake. Revenue at Harlow Bank dipped 1.4% to 86.7bn Swiss francs "
            "($74.6bn; £39.1bn).",
            "£39.1bn",
            "Harlow Bank",
        ),
        ("Exports from the Kessel Isles reached 30bn baht (£398m; $768m) in 2004.", "$768m", "Kessel Isles"),
        ("Vantor Group also said profit was 120.7m euros ($158.8m; £83.3m).", "£83.3m", "Vantor Group"),
    ],
)
def test_a_second_conversion_restates_the_sum(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # not a conversion: two shares in one parenthesis are two quantities
        ("Ann Lee said prices rose (up 5%; down 2% in the north).", "2%"),
        # a second sum after a semicolon outside any conversion keeps its old reading
        ("Ann Lee said the plan costs £5m; officials expect $3m more.", "$3m"),
    ],
)
def test_other_semicolons_restate_nothing(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "Vantor Group, which owns brands including Orbel soap, said annual profit fell 36% in 2004.",
            "36%",
            "Vantor Group",
        ),
        ("Harlow Bank, the country's largest lender, said net income rose to $3bn.", "$3bn", "Harlow Bank"),
        ("Harlow Bank, a unit of Vantor Group, said net income rose 11% in 2004.", "11%", "Harlow Bank"),
        ("Vantor Group said pre-tax profits rose 15% to £546m.", "£546m", "Vantor Group"),
        ("Vantor Group said underlying sales rose 4% to £5bn.", "4%", "Vantor Group"),
        ("Harlow Bank said like-for-like sales rose 3% over Christmas.", "3%", "Harlow Bank"),
    ],
)
def test_a_described_firm_reporting_its_own_result_owns_it(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a person set off by an apposition naming a firm: the analyst speaks, not the firm
        ("Ann Lee, an analyst at Harlow Bank, said revenue rose 9%.", "9%"),
        # the firm does not open the clause
        ("Shares rose after Vantor Group, which owns Orbel soap, said annual profit fell 36%.", "36%"),
        # a market's measure, not the firm's own result
        ("Vantor Group, which tracks retailers, said smartphone sales fell 5%.", "5%"),
    ],
)
def test_other_described_speakers_keep_their_reading(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Shares in Vantor Group were up 1.76% at 115.5 pence in morning trade.", "1.76%", "Vantor Group"),
        ("Oil rose, while shares in Vantor Group fell 2%.", "2%", "Vantor Group"),
        ("Ann Lee sold her stake. Shares in Harlow Bank closed at 410 pence.", "410 pence", "Harlow Bank"),
    ],
)
def test_shares_in_a_firm_heading_the_clause_are_its(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a buyer of shares in a firm: the sum is the buyer's
        ("Harlow Bank bought shares in Vantor Group for $5m.", "$5m", "Harlow Bank"),
        # a reported clause keeps its reading
        ("Ann Lee said shares in Vantor Group fell 4%.", "4%", None),
        # a place has no shares
        ("Shares in the Kessel Isles fell 3%.", "3%", None),
    ],
)
def test_other_shares_in_keep_their_reading(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


_MERGED = "Vantor Group and Harlow Bank merged. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Shares fell 1% to 510 pence in London, and dropped by 1.2% in Amsterdam.", "1.2%"),
        ("Shares rose 3% on Monday, but lost 2% on Tuesday.", "2%"),
        ("Shares opened at 510 pence, and climbed to 530 pence by noon.", "530 pence"),
    ],
)
def test_a_second_predicate_without_a_subject_goes_on_with_the_owner(text: str, figure: str) -> None:
    assert _owners(_MERGED + text)[figure] == "Vantor Group"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a new subject after "and": a clause of its own
        ("Shares rose 3% on Monday, and related costs rose 4%.", "4%"),
        ("Shares rose 3% on Monday, and Ann Lee said profit would rise 4%.", "4%"),
    ],
)
def test_a_clause_with_its_own_subject_starts_afresh(text: str, figure: str) -> None:
    assert _owners(_MERGED + text)[figure] is None
