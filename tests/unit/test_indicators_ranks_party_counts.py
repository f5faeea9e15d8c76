"""Session 42: a party or body before a people acronym counts persons ("32 Labour MPs"), a span
of ages after "aged between" is in years, and "top N" rank brackets and a capitalised "Cent"
after digits are no figures (consumer.indicators.ranks, units.counted_noun, units._AGE_BEFORE)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import body_units

_units = body_units


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a party or a body names the persons the acronym counts
        ("Some 23 Harrowgate MPs signed the letter on Tuesday.", "23 Harrowgate MPs", "people"),
        ("Only 7 Green MEPs voted against the Velmor treaty.", "7 Green MEPs", "people"),
        ("The walkout was led by 19 Unionist MPs from the north.", "19 Unionist MPs", "people"),
        # a span of ages told with "between"
        ("The poll asked 900 adults aged between 21 and 37 in Dravo.", "21 and 37", "year"),
    ],
)
def test_counts_and_ages_take_their_unit(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a party adjective before a thing keeps the thing
        ("The Kessel party won 17 Liberal seats in the vote.", "17 Liberal seats", "seat"),
        # a nationality before firms counts firms, as before
        ("The park hosts 260 Tarvian firms and a port.", "260 Tarvian firms", "company"),
        # "aged" with "to" was read already
        ("Voters aged 19 to 26 were polled.", "19 to 26", "year"),
        # a plural after "top" is a count of things
        ("The guide lists the top 40 Norland hotels for families.", "40 Norland hotels", "hotel"),
        # a unit of measure after "top" is a share of a whole
        ("The top 5 percent of Velmor earners paid most of the tax.", "5 percent", "percent"),
        # "top" as a verb before the quantity it tops
        ("Orbel sales were expected to top 3 billion dlrs this year.", "3 billion dlrs", "USD"),
        # real counts in a chart story
        ("The Harbour Lights single sold 61,000 copies in its first week.", "61,000 copies", "copy"),
        # lower-case cents are money
        ("Orbel shares rose 35 cents to 4.10 dlrs.", "35 cents", "cent"),
    ],
)
def test_near_misses_keep_their_figure(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a place in a chart or a ranking
        ("Her second top 20 hit came in the spring of that year.", "20"),
        ("The Velmor striker will re-enter the world's top 30 next month.", "30"),
        ("The record stayed in the Norland top 40 for just two weeks.", "40"),
        ("It was his first win over a top 15 player since March.", "15"),
        # a count before "top" counts the plural: the number after it is the chart's size
        ("The band has had seven UK top 20 albums since 1998.", "20"),
        ("She scored 14 top 30 singles in a decade.", "30"),
        # a capitalised "Cent" after the digits names a performer
        ("The rapper 75 Cent played two shows in Dravo.", "75"),
    ],
)
def test_ranks_and_stage_names_are_no_figures(text: str, number: str) -> None:
    assert not any(figure.split()[0] == number for figure in _units(text))


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # the verb in the negative, curly apostrophe too
        ("Orbel profit didn\u2019t top 45 mln dlrs last year.", "45 mln dlrs", "USD"),
        # a line in capitals keeps its money
        ("ORBEL SHARES RISE 65 CENTS ON BID TALK", "65 CENTS", "cent"),
    ],
)
def test_money_after_top_or_in_capitals_stays(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit
