"""Session 43 (helper N): a listicle's capitalised noun after the digits in running text, and a
related-story bullet's count, are titles, no figures; a three-piece record and a makes-of-attempts
line are no figures; a count above one never counts a singular adjective or "time"; a possessive
name may stand where a partitive's article does. Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    "text",
    [
        "Now you can hear 10 Things in Tech each morning, and we think you will like it a lot.",
        "He said he has long used the book The 7 Habits of Highly Effective People as a guide for his staff.",
        "Read on.\n\n- 15 Amazing Images of Comets\n\n- The 11 Biggest Unanswered Questions About Ice",
        "The Hawks are on a 1-6-2 skid after a 9-2-1 start.",
        "Rowe was 20-of-24 passing and went 3-for-4 at the plate.",
    ],
)
def test_titles_and_records_are_no_figures(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He gave 5 tips for saving money.", [(5.0, "tip")]),
        ("Prices rose 3-4 percent and 120-150 workers were hired.", [(3.0, "percent"), (120.0, "people")]),
        ("The Hawks have won 12 of their 15 games.", [(12.0, "game"), (15.0, "game")]),
        ("The Hawks have lost five straight.", []),
        ("The Hawks have won four straight games.", [(4.0, "game")]),
        ("She is a five time champion of the event.", [(5.0, "times")]),
        ("They crossed two time zones on the trip.", [(2.0, "zone")]),
        ("It heard four national security and diplomatic officials on Tuesday.", [(4.0, "people")]),
        ("He visited three national parks last year.", [(3.0, "park")]),
        ("The carrier bought 30 of Kelby's 868-9 jets.", [(30.0, "jet")]),
        ("About 200 of Orbel's workers went on strike.", [(200.0, "people")]),
        ("She won 20 of Kelby's 30 races.", [(20.0, "race"), (30.0, "race")]),
    ],
)
def test_counts_around_titles_and_records(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected
