"""Session 43: numbers that name a model (a variant after a hyphen, a line's word after the
number) are no figures, and a count before a model counts the noun after it; an international
phone number with its bracketed trunk zero is no figure; a won, rouble, rupee or shekel sign after
the amount is its currency; two small number words are two numbers ("three four times"); an
adjective before a hyphenated compound is no counted noun; "3-in-1" names a kind of device.
Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wide-body 868-4 jet seats 300 passengers.", [(300.0, "people")]),
        ("The carrier bought 12 of the Vantor 868-4 airliners.", [(12.0, "airliner")]),
        ("Battery life on the 14 Pro Max is long.", []),
        ("Some 40 of the troubled 868 Max jets were grounded.", [(40.0, "jet")]),
        ("Its fleet of roughly 400 868 Max jets is grounded.", [(400.0, "jet")]),
        ("Kelby Air orders 30 Vantor 868 jets", [(30.0, "jet")]),
    ],
)
def test_model_numbers_are_names(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He owns 3 Plus cards and 12 Max accounts.", [(3.0, "card"), (12.0, "account")]),
        ("He made 5 Pro Bowls and scored 12 goals.", [(5.0, None), (12.0, "goal")]),
        ("Prices fell 3-4 percent.", [(3.0, "percent")]),
        ("The firm hired 120-150 workers.", [(120.0, "people")]),
        ("The 2019-20 season had 30 games.", [(30.0, "game")]),
        ("killing 12 and injuring 300 people", [(12.0, "people"), (300.0, "people")]),
    ],
)
def test_counts_near_line_words_and_ranges_stay(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Call +44 (0)20 7946 0018 for details.", "More info: +49 (0)40 890 85-433"],
)
def test_phone_with_trunk_zero_is_no_figure(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets cost 30,000\u20a9 each.", [(30000.0, "KRW")]),
        ("A ticket is 450 \u20bd for adults.", [(450.0, "RUB")]),
        ("The meal was 250\u20b9 a head.", [(250.0, "INR")]),
    ],
)
def test_currency_sign_after_the_amount(text: str, expected: list[tuple[float, str]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He scored just three four times in 18 games.", [(4.0, "times"), (18.0, "game")]),
        ("She won twenty four medals.", [(24.0, "medal")]),
        ("He has one hundred two dogs.", [(102.0, "dog")]),
        ("some seven hundred and sixty-eight people", [(768.0, "people")]),
        ("two dozen eggs", [(24.0, "egg")]),
    ],
)
def test_two_small_number_words_are_no_sum(text: str, expected: list[tuple[float, str]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It comes in one holistic end-to-end solution.", [(1.0, "solution")]),
        ("There is one similar 3-in-1 charging kit that stands out.", []),
        ("A 2-in-1 tablet and a five-in-one tool.", []),
        ("There is one similar case.", [(1.0, "case")]),
        ("They won 3 in 1 week.", [(3.0, None), (1.0, "week")]),
    ],
)
def test_adjective_before_a_compound_is_no_head(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected
