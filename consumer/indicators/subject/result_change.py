"""A firm reporting a change in a result of its own: "Vantor Corp said a 6 pct rise in pretax
profits to 42.7 mln dlrs ...", "said a 12 pct drop in first-quarter net income was due to ...".

The own-report rule (``anaphora.reported_anaphor``) gives a firm the result its reported clause
opens with ("said revenue rose 8 pct"); agency copy as often opens that clause with the change
itself, "a <figure> rise in <result>", and the firm speaking then owns the change and the level
the result reaches ("to 42.7 mln dlrs"). Only a result the accounts name (``OWN_RESULT``: no
"oil prices", no name), and only the change's own figure or the level right after the result.
"""

from __future__ import annotations

import re

from consumer.indicators.subject.cues import OWN_RESULT

# "a six pct rise in ", "an estimated 12 pct drop in ": the article, the figure in a few words,
# a noun of change and "in"
_CHANGE = re.compile(
    r"an?\s+(?:[^\s,;:]+\s+){1,4}?(?:rise|increase|jump|surge|gain|climb|advance|improvement|rebound|"
    r"drop|fall|decline|decrease|slump|slide|dip|reduction)\s+in\s+",
    re.IGNORECASE,
)
_REACH = 60  # the change phrase, from the reported clause's start
# the level the result reaches or starts from, right after it: "pretax profits to 42.7 mln dlrs"
_LEVEL = re.compile(r"\s+(?:to|from)\s+(?:(?:about|nearly|almost|some|around|roughly|a\s+record)\s+)?")


def changes_own_result(text: str, start: int, figure: tuple[int, int]) -> bool:
    """Whether the reported clause starting at ``start`` opens with a change in a firm's own
    result, the figure being that change or the level right after the result. Reads the
    clause's opening only."""
    change = _CHANGE.match(text, start, min(len(text), start + _REACH))
    if change is None:
        return False
    result = OWN_RESULT.match(text, change.end(), figure[0] if figure[0] > change.end() else len(text))
    if result is None:
        return False
    if start < figure[0] < change.end():
        return True  # "a six pct rise in pretax profits": the change
    return _LEVEL.fullmatch(text, result.end(), figure[0]) is not None
