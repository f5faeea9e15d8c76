"""A firm named again by its home town ("The Harlow company earned $5 million") owns the figure,
never the town: the town is the base of the firm's kind noun, like "Harlow-based"."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Kelvar Corp.": ("ORGANIZATION", None),
    "Harlow": ("LOCATION", "city"),
}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Kelvar Corp. reported a 30% decline in quarterly earnings. "
            "The Harlow company earned $45.2 million, or 65 cents a share.",
            "$45.2 million",
        ),
        (
            "Kelvar Corp. took a charge in the quarter. "
            "The Harlow thrift holding company said it had a loss of $92.2 million, or $6.98 a share.",
            "$92.2 million",
        ),
        (
            "Kelvar Corp. said its quarterly profit fell. "
            "The Harlow, Mass., company earned $12.2 million, or 40 cents a share.",
            "40 cents a share",
        ),
        (
            "Kelvar Corp. had an operating loss of about $30 million. "
            "On top of that, the Harlow, Pa., concern took a $12 million charge.",
            "$12 million",
        ),
    ],
)
def test_a_home_town_before_a_firm_noun_owns_nothing(text: str, figure: str) -> None:
    assert focus_rows("Kelvar results", text, _NAMES)[figure] != "Harlow"


def test_the_firm_named_before_owns_the_figure() -> None:
    text = (
        "Kelvar Corp. reported a 30% decline in quarterly earnings. "
        "The Harlow company earned $45.2 million, or 65 cents a share."
    )
    assert focus_rows("Kelvar results", text, _NAMES)["$45.2 million"] == "Kelvar Corp."


def test_the_state_after_the_home_town_owns_nothing_either() -> None:
    names = {**_NAMES, "Calif.": ("LOCATION", "first_level_division")}
    text = (
        "Kelvar Corp. took a charge in the quarter. "
        "The Harlow, Calif., thrift had net income of $132,000, or three cents a share, a year ago."
    )
    rows = focus_rows("Kelvar results", text, names)
    assert rows["$132,000"] not in ("Harlow", "Calif.")
    assert rows["three cents a share"] not in ("Harlow", "Calif.")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the town's own body or budget: no firm's kind noun after the town
        ("The Harlow city council approved a budget of $30 million.", "$30 million"),
        ("Harlow raised $12 million from a bond sale last year.", "$12 million"),
    ],
)
def test_a_town_that_is_no_firms_base_keeps_its_figure(text: str, figure: str) -> None:
    assert focus_rows("Harlow budget", text, {"Harlow": ("LOCATION", "city")})[figure] == "Harlow"
