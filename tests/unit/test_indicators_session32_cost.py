"""Session 32: the movement patterns that end on a word and "$" are searched only where the window
before the figure can end on one of their last words, with the same readings."""

from __future__ import annotations

import warnings

import pytest

from consumer.gate import may_end_with
from consumer.indicators import change, filters

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


def _words_of(pattern: str) -> set[str]:
    """The words of the first "\\b(?:...)" alternation of a pattern's source."""
    group = pattern[pattern.index(r"\b(?:") + 2 :]
    depth = 0
    for index, char in enumerate(group):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return {w.lower() for w in _expand(_parse.parse(group[: index + 1]))}
    raise AssertionError(pattern)


def test_numbering_words_are_the_patterns() -> None:
    assert _words_of(filters._NUMBERING.pattern) == set(filters._NUMBERING_LAST)
    assert _words_of(filters._NUMBERING_LIST.pattern) <= set(filters._NUMBERING_LIST_LAST)
    assert _words_of(filters._MONTH_BEFORE.pattern) <= set(filters._MONTH_BEFORE_LAST)


WINDOWS = [
    "see page ",
    "No. #",
    "room # ",
    "Jan., ",
    "on the 3rd, ",
    "on March 12th,\n",
    "rooms 209 and ",
    "gates 5 \u2013 ",
    "Show all ",
    "a group of ",
    "the G OF ",
    "Sept. ",
    "profits rose ",
    "Quill said ",
]


@pytest.mark.parametrize("before", WINDOWS)
def test_figure_filter_checks_pass_wherever_the_patterns_match(before: str) -> None:
    for pattern, check in (
        (filters._NUMBERING, filters._may_end_numbered),
        (filters._MONTH_BEFORE, filters._may_end_dated),
        (filters._NUMBERING_LIST, lambda w: may_end_with(w, filters._NUMBERING_LIST_LAST)),
        (filters._NAME_GROUP, lambda w: may_end_with(w, ("of",))),
        (filters._SHOW_ALL, lambda w: may_end_with(w, ("all",))),
    ):
        if pattern.search(before) is not None:
            assert check(before)


def test_figure_filter_checks_skip_a_verb() -> None:
    assert not filters._may_end_numbered("profits rose ")
    assert not filters._may_end_dated("profits rose ")
    assert filters._may_end_numbered("see page ") and filters._may_end_dated("on March 12th,\n")
