"""Units of a part, a poll's pair of shares and the pronoun "one" (session twenty-nine).

- A part in digits written before its whole counts what the whole counts: "won 12 of 13 games" is
  two figures in `game`, as the conventions settle "four of five"; "9 out of 10 states", "6 in 10
  voters" ("in" only for people: "scored 8 in 10 games" is a rate). A part in words keeps its old
  reading (no figure): counting it added check figures whose owners the rules miss.
- "leads Roe 47 to 45 percent": the first of two shares falling to the second takes its sign.
- "one" before a word that is never a counted noun (a reflexive, an adverb, a comparative before
  "than") is the pronoun, no count; an adverb in "-ly" before the noun only modifies it.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hawks won 12 of 13 games.", [(12.0, "game"), (13.0, "game")]),
        ("9 out of 10 states raised taxes.", [(9.0, "state"), (10.0, "state")]),
        ("Only 3 in 10 voters approve of the plan.", [(3.0, "people"), (10.0, "people")]),
        ("About 6 in 10 Norland voters said yes.", [(6.0, "people"), (10.0, "people")]),
        ("He made 7 of 12 shots.", [(7.0, "shot"), (12.0, "shot")]),
        ("Roe leads in 19 out of 20 state polls.", [(19.0, "poll"), (20.0, "poll")]),
    ],
)
def test_a_part_counts_what_its_whole_counts(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of 14 states voted no.", [(14.0, "state")]),
        ("One in five smokers quit.", [(5.0, "smoker")]),
        ("Two of three were hurt.", []),
        ("Photo 3 of 12", []),
        ("He scored 8 in 10 games.", [(8.0, None), (10.0, "game")]),
        ("She lost 35 in 3 weeks.", [(35.0, None), (3.0, "week")]),
        ("Two of his deputies resigned.", []),
        ("Nine out of 10 states raised taxes.", [(10.0, "state")]),
        ("Two of the three men were arrested.", [(3.0, "people")]),
    ],
)
def test_parts_that_keep_their_old_reading(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roe leads Lee 47 to 45 percent among likely voters.", [(47.0, "percent"), (45.0, "percent")]),
        ("Voters backed the levy 54 to 41 percent.", [(54.0, "percent"), (41.0, "percent")]),
        ("Members approved it, 62 to 38 percent, on Monday.", [(62.0, "percent"), (38.0, "percent")]),
    ],
)
def test_a_falling_pair_of_shares_shares_its_sign(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate voted 52 to 48 to pass it.", [(52.0, None), (48.0, None)]),
        ("Prices rose 3 to 5 percent.", [(3.0, "percent")]),
        ("The rate fell from 5 to 3 percent.", [(5.0, "percent"), (3.0, "percent")]),
        ("The Stoxx 600 rose 2 percent.", [(2.0, "percent")]),
    ],
)
def test_pairs_that_keep_their_old_reading(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I am not knocking writers; I am one myself.",
        "Most fans buy at least one anyway.",
        "I think one really needs to start over.",
        "He sat through two big mergers and one smaller one.",
        "Three plays, each one riskier than the last.",
        "Even the one directly in charge will not use it.",
    ],
)
def test_one_before_a_word_that_is_never_a_noun_is_the_pronoun(text: str) -> None:
    assert [unit for _, unit in _figures(text) if _ == 1.0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We held one weekly meeting.", [(1.0, "meeting")]),
        ("She got one friendly reminder.", [(1.0, "reminder")]),
        ("Three friendly dogs barked.", [(3.0, "dog")]),
        ("One elderly man died.", [(1.0, "people")]),
        ("One family lost its home.", [(1.0, "family")]),
        ("He scored one early goal.", [(1.0, "goal")]),
        ("One reply came in.", [(1.0, "reply")]),
    ],
)
def test_counts_of_one_that_keep_their_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Just four in ten say the plan is right.", []),
        ("Two say they will run again.", []),
        ("Roughly 7 in 10 say the economy is weak.", [(7.0, None), (10.0, None)]),
    ],
)
def test_say_is_never_the_counted_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_a_counted_speaker_keeps_people() -> None:
    assert _figures("One relative said he left.") == [(1.0, "people")]
