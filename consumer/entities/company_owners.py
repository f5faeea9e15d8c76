"""Where a suffixed company's name starts and what it holds, when a possessive stands inside the
corporate-suffix rule's match (``rules.companies``).

The rule reads every capitalised word before "Corp" or "Ltd" as the firm's, a possessive's too:
"Japan's Tarvo Corp", "West Germany's Kelm AG", "Mr Roe's Varden Holdings" came out as one body
that swallowed the place or the person (wire copy names a firm's country that way all the time).
A possessive whose owner is a place the gazetteer lists (or a place the model read whose last
word it lists: "West Germany"), or a person the model read after a courtesy title, owns the firm:
the firm's name starts after it, and a place only the gazetteer found is kept as a place. Any
other possessive stays inside ("Moody's Investors Service Inc", and a bare surname's: "Oshman's Sporting Goods
Inc").

"Standard and Poor's Corp": the model reads "Poor's Corp" (and at times "Standard"), which left
the rule's whole name unused; a second half opening on a possessive word makes the "and" a
partnership's, never a list's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer

# a possessive's clitic before the next capitalised word of the match
_CLITIC = re.compile(r"['’]s?[ \t]+(?=[A-Z])")


# a courtesy title before a person's name: "Mr Roe's Varden Holdings" is his; a bare surname's
# possessive is as often the firm's own name ("Oshman's Sporting Goods Inc")
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?[ \t]+")


def _titled_person(text: str, cands: Sequence[Candidate], start: int, clitic: int) -> bool:
    """A person the model read ending at the clitic with a courtesy title before the name (or
    opening it)."""
    for c in cands:
        if c.origin != "ner" or c.type != "PERSON" or c.end != clitic or not start <= c.start < clitic:
            continue
        if _TITLE.match(text, c.start) is not None:
            return True
        title = _TITLE.search(text, max(start, c.start - 6), c.start)
        if title is not None and title.end() == c.start:
            return True
    return False


def _model_place(
    text: str, cands: Sequence[Candidate], start: int, clitic: int, gazetteer: Gazetteer
) -> bool:
    """A place the model read ending at the clitic whose last word the gazetteer knows as a place
    ("West Germany", which the gazetteer lists under today's name only)."""
    for c in cands:
        if c.origin == "ner" and c.type == "LOCATION" and c.end == clitic and start <= c.start < clitic:
            last = text[c.start : c.end].rsplit(None, 1)[-1]
            entry = gazetteer.lookup(last)
            return entry is not None and entry.type == "LOCATION"
    return False


def owner_cut(
    text: str, start: int, end: int, cands: Sequence[Candidate], gazetteer: Gazetteer
) -> tuple[int, tuple[int, int, GazEntry] | None]:
    """The company's start once a possessive's owner is cut off the front of [start, end), and the
    owner's span and entry when only the gazetteer knows it as a place (to be added as one)."""
    surface = text[start:end]
    if "'" not in surface and "’" not in surface:
        return start, None  # nearly every match: no possessive at all
    cut, place = start, None
    for match in _CLITIC.finditer(text, start, end):
        rest = text[match.end() : end].split()
        if len(rest) < 2:
            break  # "Japan's Corp": nothing but a suffix would be left
        owner_start, clitic = cut, match.start()
        entry = gazetteer.lookup(text[owner_start:clitic])
        if _model_place(text, cands, owner_start, clitic, gazetteer):
            cut, place = match.end(), None
        elif entry is not None and entry.type == "LOCATION":
            # the model read no place there: the gazetteer's is kept as one
            cut, place = match.end(), (owner_start, clitic, entry)
        elif _titled_person(text, cands, owner_start, clitic):
            cut, place = match.end(), None
    return cut, place


# a partnership's two halves with a possessive opening the second ("Standard and Poor's Corp")
_POSSESSIVE_PARTNERSHIP = re.compile(
    r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?[ \t]+(?:and|&)[ \t]+[A-Z][\w-]*['’]s[ \t]+[A-Z][^\n]*"
)


def possessive_partnership(text: str, start: int, end: int) -> bool:
    """A suffixed name [start, end) whose second half opens on a possessive word ("Standard and
    Poor's Corp"): no firm's name opens on a possessive, so the model's organisations inside it
    ("Poor's Corp", perhaps "Standard") are its pieces, and its "and" is no list's."""
    surface = text[start:end]
    if "'s " not in surface and "’s " not in surface:
        return False  # nearly every match: no possessive at all
    return _POSSESSIVE_PARTNERSHIP.fullmatch(text, start, end) is not None
