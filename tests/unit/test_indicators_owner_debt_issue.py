"""The terms of a firm's own debt issue, told in sentences headed by the paper ("The notes have a
7-3/8 pct coupon", "Non-callable for six years, the issue is rated ..."), are the issuer's: the
firm the lead opens with, never the manager named there nor a possessor before the issuer, and
not a benchmark's figure (session 42)."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Oskarby Utilities Co": ("ORGANIZATION", None),
    "Brenmoor Securities Inc": ("ORGANIZATION", None),
    "Tallis Ratings": ("ORGANIZATION", None),
    "Pelham Motors Corp": ("ORGANIZATION", None),
    "Pelham Credit Corp": ("ORGANIZATION", None),
    "Varnley Trust Co": ("ORGANIZATION", None),
    "Quillon Media Inc": ("ORGANIZATION", None),
    "Dorrance Labs Corp": ("ORGANIZATION", None),
}

_LEAD = (
    "NEW YORK, May 6 - Oskarby Utilities Co is raising 70 mln dlrs through an offering of first "
    "mortgage bonds due 1996, said lead manager Brenmoor Securities Inc.\n"
)


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The bonds have a 7-3/8 pct coupon and were priced at 99.15 to yield 8.02 pct.", "7-3/8 pct"),
        ("The bonds have a 7-3/8 pct coupon and were priced at 99.15 to yield 8.02 pct.", "99.15"),
        ("A companion 35 mln dlr issue maturing in 2004 was given an 8-1/4 pct coupon.", "35 mln dlr"),
        ("A companion 35 mln dlr issue maturing in 2004 was given an 8-1/4 pct coupon.", "8-1/4 pct"),
        ("Non-callable for six years, the issue is rated A-2 by Tallis Ratings.", "six years"),
    ],
)
def test_the_terms_of_an_issue_are_the_issuers(text: str, figure: str) -> None:
    assert _owners(_LEAD + text)[figure] == "Oskarby Utilities Co"


def test_a_possessor_before_the_issuer_is_not_the_issuer() -> None:
    lead = "NEW YORK, May 6 - Pelham Motors Corp's Pelham Credit Corp unit sold notes last week.\n"
    text = lead + "The notes were given a coupon of 6.35 pct and priced at par."
    assert _owners(text)["6.35 pct"] == "Pelham Credit Corp"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the sentence does not open on the paper, or tells none of its terms
        ("Analysts said the issue was 12 pct larger than expected.", "12 pct"),
        ("The bonds were sold to 40 institutions.", "40 institutions"),
    ],
)
def test_other_sentences_keep_their_reading(text: str, figure: str) -> None:
    assert _owners(_LEAD + text)[figure] is None


def test_the_manager_opening_the_lead_is_no_issuer() -> None:
    lead = "LONDON, May 6 - Lead manager Brenmoor Securities Inc said a 50 mln dlr bond was priced.\n"
    text = lead + "The bonds carry a 7-1/2 pct coupon and are due 1994."
    assert _owners(text)["7-1/2 pct"] is None


def test_a_firm_that_only_sues_over_the_paper_is_no_issuer() -> None:
    lead = (
        "NEW YORK, May 6 - Varnley Trust Co said it filed suit against Quillon Media Inc, seeking "
        "redemption at par of Quillon Media debentures.\n"
    )
    text = lead + "The debentures were zero coupon notes until 1990 and then paid a rate of 14 pct."
    assert _owners(text)["14 pct"] is None


def test_a_round_up_with_a_second_issuer_leaves_its_terms_alone() -> None:
    text = (
        _LEAD + "Elsewhere, Dorrance Labs Corp issued a 60 mln dlr convertible bond due 2002. "
        "The par priced issue has an indicated coupon of 5-1/4 pct."
    )
    assert _owners(text)["5-1/4 pct"] != "Oskarby Utilities Co"
