"""Counts in a list whose members name only a modifier share the head noun the list closes with
(session twenty-eight): "38 gold, 32 silver and 18 bronze medals" are all medals, "five Harlish and
three Tarvish senators" all people. A singular after a count above one cannot be what it counts;
a member with a plural, a person or a firm of its own keeps it, and a count of one needs a second
such member ("one home and two cars" counts a home)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norland won 38 gold, 32 silver and 18 bronze medals.",
            [(38.0, "medal"), (32.0, "medal"), (18.0, "medal")],
        ),
        ("She won 1 gold, 2 silver and 3 bronze medals.", [(1.0, "medal"), (2.0, "medal"), (3.0, "medal")]),
        ("The panel has five Democratic and three Republican senators.", [(5.0, "people"), (3.0, "people")]),
        ("The house has two large and three small rooms.", [(2.0, "room"), (3.0, "room")]),
        ("The firm has 12 domestic and 30 foreign units.", [(12.0, "unit"), (30.0, "unit")]),
        (
            "The plant makes 40 small, 30 medium and 20 large engines.",
            [(40.0, "engine"), (30.0, "engine"), (20.0, "engine")],
        ),
    ],
)
def test_list_shares_its_head(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team has 12 goals and 5 assists.", [(12.0, "goal"), (5.0, "assist")]),
        ("Police arrested two men and three women.", [(2.0, "people"), (3.0, "people")]),
        ("He bought one home and two cars.", [(1.0, "home"), (2.0, "car")]),
        ("He won one gold and two silver medals.", [(1.0, "gold"), (2.0, "medal")]),
        ("The vote was 52 yes and 48 no.", [(52.0, None), (48.0, None)]),
        ("Prices rose 3 percent and 4 percent.", [(3.0, "percent"), (4.0, "percent")]),
        ("He scored 2 home runs and 3 doubles.", [(2.0, "home run"), (3.0, "double")]),
        ("Two gunmen died, and three others fled.", [(2.0, "people"), (3.0, "people")]),
    ],
)
def test_list_members_with_their_own_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
