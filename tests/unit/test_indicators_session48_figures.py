"""Session 48 (read on scraped news pages of 2016-17): a race's lap by its number is numbering,
no figure ("crashed on lap 20", a live blog's "Lap 29 Drivers are told ..."); the laps a race
runs stay counts. A capital letter read as a unit may be a model's letter: glued to one digit
after a name or beside a sibling code, with no word of heat near ("a Kestrel 3C launcher", "the
7, 7S and 7C"), it names the model, no temperature; spaced before a hyphen and digits ("four
R-7 motors") it is a model's code, no farads. More nouns only people are count `people`
("three astronauts", "120 schoolgirls", "asylum seekers", "two quarterbacks"); "followers" stay
as written. Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The race was halted on lap 17 after a crash at the chicane.", []),
        ("Roe spun off in lap 42 and the safety car came out.", []),
        ("The race resumed at the end of lap 9 behind the safety car.", []),
        ("After her lap 31 retirement the crowd booed.", []),
        ("Lap 23 Drivers complain about the spray. Lap 55 Roe passes Lee for third.", []),
    ],
)
def test_a_lap_by_its_number_is_no_figure(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roe led for 40 laps of the 58-lap race.", [(40.0, "lap"), (58.0, "lap")]),
        ("Just six laps later the car stopped.", [(6.0, "lap")]),
        ("He lapped 2.3 seconds faster on lap 12 than anyone.", [(2.3, "second")]),
        ("He won it on the last lap. Two years later he retired.", [(2.0, "year")]),
    ],
)
def test_counts_of_laps_stay_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Kestrel 3C launcher will lift a 300kg probe next spring.", [(300.0, "kg")]),
        ("Refunds skip the 7, 7S and 7C handsets.", [(7.0, None)]),
        ("He swapped his old eFone 6C for a new one.", []),
        ("Its first stage has four F-2 motors.", [(4.0, "motor")]),
    ],
)
def test_a_model_letter_is_no_unit(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures in Ardell reached 6C overnight.", [(6.0, "C")]),
        ("It was 31C in Ardell and 29C in Morvan.", [(31.0, "C"), (29.0, "C")]),
        ("The Ardell 6C reading was a scorching record for May.", [(6.0, "C")]),
        ("The forecast: Ardell 27C, Morvan 24C, Selby 9C.", [(27.0, "C"), (24.0, "C"), (9.0, "C")]),
    ],
)
def test_temperatures_keep_their_scale(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three astronauts will circle the moon.", [(3.0, "people")]),
        ("The raiders took 120 Tarvel schoolgirls from the hostel.", [(120.0, "people")]),
        ("Ardonia took in about 90,000 asylum seekers last year.", [(90000.0, "people")]),
        ("Ardonia took in about 90,000 asylum-seekers last year.", [(90000.0, "people")]),
        ("The club signed two young quarterbacks this spring.", [(2.0, "people")]),
        ("Two masked celebrants danced in the square.", [(2.0, "people")]),
        ("Her account has 2,000 followers.", [(2000.0, "follower")]),
    ],
)
def test_more_nouns_of_people(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected
