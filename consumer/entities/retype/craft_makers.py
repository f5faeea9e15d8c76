"""A "maker" of a person's craft ("film-maker Ada Quell", "documentary maker Jo Roe", "a
policy-maker"): a person who makes films or policy, never a firm (a firm is a "chip maker", an
"appliance maker"). Only the one word right before "maker", joined by a hyphen or a space, is read
(session 41: BBC copy's film-makers were read as firms, by the model and by the company-noun rule).
"""

from __future__ import annotations

import re

_CRAFT = (
    r"(?<![\w-])(?:[Ff]ilm|[Mm]ovie|[Dd]ocumentary|[Pp]rogramme|[Pp]rogram|[Pp]olicy|[Ll]aw|[Pp]eace|"
    r"[Tt]rouble|[Pp]lay|[Dd]ecision|[Dd]eal|[Mm]atch|[Kk]ing|[Dd]ress|[Hh]oliday|[Mm]usic|[Mm]ischief)[- ]"
)
_CRAFT_BEFORE_MAKER = re.compile(_CRAFT + r"$")
_CRAFT_MAKER_BEFORE_NAME = re.compile(_CRAFT + r"makers?[ \t]+$")
_REACH = 24  # characters looked back: the craft's word, its joint and "maker "


def craft_maker_at(text: str, maker_start: int) -> bool:
    """Whether the "maker" that starts at ``maker_start`` is a person's craft ("film-maker")."""
    return _CRAFT_BEFORE_MAKER.search(text, max(0, maker_start - _REACH), maker_start) is not None


def craft_maker_before(text: str, start: int) -> bool:
    """Whether a craft's maker stands right before the name at ``start`` ("film-maker Jo Roe")."""
    if text[max(0, start - 6) : start].rstrip()[-5:] not in ("maker", "akers"):
        return False  # the cheap test: "maker " or "makers " right before
    return _CRAFT_MAKER_BEFORE_NAME.search(text, max(0, start - _REACH), start) is not None
