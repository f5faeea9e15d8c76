"""A broadcaster's numbered channel or station keeps its number: "Channel 4", "BBC Radio 4",
"Radio 5 Live" (issue 11, session 39: BBC copy).

``candidates.trim`` breaks a model span at a spaced number, which parts the sides of a results
line ("Kelby 2 Tarvia 1"); it also cut the number off a station's name, so "Channel 4" was
published as a body called "Channel" and "BBC Radio 4" as "BBC Radio", and "Channel 4 News" as
two pieces. Where the word before the number is "Channel" or "Radio", the number (one or two
digits, no decimal or further digit) is the name's, and so is a capitalised word after it that
the model's span holds ("Channel 4 News") or that names a station's kind ("Live", "Extra"). Only
the characters of the model's span and the few after its end are read.
"""

from __future__ import annotations

import re

_STATION_WORDS = ("Channel", "Radio")
# the number after the word, and what may follow it as part of the name
_NUMBER_AFTER = re.compile(r"[ \t](\d{1,2})(?!\d|[.,:]\d|[/%-]|[ \t]*(?:%|per[ \t]?cent|pct)\b)")
_KIND_AFTER = re.compile(r"[ \t](?:Live|Extra)\b")


def station_numbers(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model body's pieces (``trim``'s) with a station's number put back: a piece ending on
    "Channel" or "Radio" runs on over the number after it, and over the next piece when only the
    number parted them ("Channel 4 News")."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        start, end = pieces[i]
        number = _NUMBER_AFTER.match(text, end) if text.endswith(_STATION_WORDS, start, end) else None
        if number is None:
            out.append((start, end))
            i += 1
            continue
        end = number.end()
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if nxt is not None and text[end : nxt[0]].strip() == "":
            end, i = nxt[1], i + 1  # "Channel 4 News": one name the number parted
        elif (kind := _KIND_AFTER.match(text, end)) is not None:
            end = kind.end()  # "Radio 5 Live"
        out.append((start, end))
        i += 1
    return out
