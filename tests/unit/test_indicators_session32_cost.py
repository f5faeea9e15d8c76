"""Session 32: the movement patterns that end on a word and "$" are searched only where the window
before the figure can end on one of their last words, with the same readings."""

from __future__ import annotations

import warnings

import pytest

from consumer.gate import may_end_with
from consumer.indicators import change

with warnings.catch_warnings():  # the parser's public name is deprecated, not the parser
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as _c
    import sre_parse as _parse


def _expand(items: object) -> list[str]:
    """Every string a finite pattern (literals, branches, groups, bounded repeats) matches."""
    outs = [""]
    for op, av in items:  # type: ignore[attr-defined]
        if op == _c.LITERAL:
            alts = [chr(av)]
        elif op == _c.BRANCH:
            alts = [s for branch in av[1] for s in _expand(branch)]
        elif op == _c.SUBPATTERN:
            alts = _expand(av[3])
        else:
            assert op in (_c.MAX_REPEAT, _c.MIN_REPEAT)
            low, high, sub = av
            subs, alts = _expand(sub), []
            for n in range(low, high + 1):
                strings = [""]
                for _ in range(n):
                    strings = [a + b for a in strings for b in subs]
                alts += strings
        outs = [o + a for o in outs for a in alts]
    return outs


def test_every_filler_ends_on_a_listed_last_word() -> None:
    fillers = _expand(_parse.parse(change._FILLER))
    assert fillers
    assert {f.split()[-1] for f in fillers} <= set(change._FILLER_LAST)


CASES = [
    ("sales posted an increase of nearly ", "up"),  # noun, then "of" and a filler
    ("Its growth rate in 2031 will be about ", "up"),  # growth stated as a level
    ("the company reduced its staff by ", "down"),  # verb, object, then "by"
    ("output stood at ", None),  # a level
    ("closed at ", "down"),  # a level, then a fall after it
    ("profits rose ", "up"),  # the plain verb: no pre-check skips it
    ("a decline OF \n", "down"),  # case and a line break before "$"
    ("the team had ", None),  # nothing
]


@pytest.mark.parametrize(("before", "expected"), CASES)
def test_movements_read_as_before(before: str, expected: str | None) -> None:
    after = ", down from 12,310" if before == "closed at " else " percent"
    assert change.change_of(before, after, 5.0, "percent") == expected


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (change._NOUN_BEFORE, change._NOUN_BEFORE_LAST),
        (change._GROWTH_LEVEL, change._GROWTH_LEVEL_LAST),
        (change._LEVEL_BEFORE, change._LEVEL_BEFORE_LAST),
        (change._VERB_OBJECT_BY, change._VERB_OBJECT_BY_LAST),
    ],
)
def test_pre_checks_pass_wherever_the_patterns_match(pattern: object, words: tuple[str, ...]) -> None:
    for before, _ in CASES:
        if pattern.search(before) is not None:  # type: ignore[attr-defined]
            assert may_end_with(before, words)
