"""Numbered events named with lower-case words before a lower-case kind, and party plenums.

"the 5th Harlow trade fair", "the 12th Kessel investment and trade fair", "the 3rd Tarvia-Kelby
economic forum": agency copy names a recurring fair or forum by its edition, its host place and
lower-case words of its trade. The model reads the place alone; the edition rule of ``events``
(``numbered_events``) wants capitalised words all through ("the 2nd Harbor-Tarvia Economic and
Trade Expo"). The edition says it is a named event, and the kind ends it.

"the fifth plenary session of the 19th Tarvia Party Central Committee": a numbered plenary
session of a numbered body is an event named with the body; the model reads the body alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from consumer.gate import gated, scan

_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth)"
)
# the edition after "the", one to three capitalised words (the host place, a hyphened pair), one
# to three lower-case words of the trade ("and" may join two), and a lower-case kind
_LOWER_EDITION = gated(
    rf"(?<![\w'’-])[Tt]he[ \t]+(?P<name>{_ORDINAL}[ \t]+(?:[A-Z][\w'’-]*(?<!['’]s)[ \t]+){{1,3}}"
    r"(?:(?!(?:and|of|for|in|on|at|to|the|a|an)[ \t])[a-z][a-z-]+[ \t]+(?:and[ \t]+)?){1,3}"
    r"(?:fair|expo|exposition|exhibition|forum|summit|festival|conference|congress|games|trade[ \t]+show))"
    r"(?![\w'’-])"
)
# "the fifth plenary session of the 19th Tarvia Party Central Committee" (the "the" before the
# body's edition, and up to five capitalised words to a body's head)
_PLENUM = gated(
    rf"(?<![\w'’-])(?P<name>{_ORDINAL}[ \t]+plenary[ \t]+(?:session|meeting)[ \t]+of[ \t]+the[ \t]+"
    rf"{_ORDINAL}[ \t]+(?:[A-Z][\w'’()-]*[ \t]+){{0,5}}(?:Committee|Congress|Assembly))(?![\w'’-])"
)


def lower_kind_editions(text: str) -> Iterator[tuple[int, int]]:
    """Numbered events named before a lower-case kind, and numbered plenary sessions: (start,
    end) of the name, its edition first ("5th Harlow trade fair")."""
    for pattern in (_LOWER_EDITION, _PLENUM):
        for match in scan(pattern, text):
            yield match.span("name")


# "the Tarvia (Kelby) International Investment and Trade Fair": a fair, an expo or an exhibition
# named with its host city in brackets after the country, as a zone is (``bracketed_place_zones``);
# the model stops at the bracket and reads two places. An edition before it stays out of the name:
# the fair's name is the same each year
_BRACKETED_FAIR = gated(
    r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+"
    r"\((?P<place>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)\)[ \t]+"
    r"(?:(?:(?<=[A-Za-z][ \t])(?:and|&|for|in|on)[ \t]+)?[A-Z][\w&'’.-]*[ \t]+){0,6}?"
    r"(?:Fair|Expo|Exposition|Exhibition|Trade[ \t]+Show)"
    # its field after "for" or "on" ("... Fair for Investment and Trade")
    r"(?:[ \t]+(?:for|on)[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|the|in)[ \t]+){0,2}[A-Z][\w'’-]*){0,5})?"
    r"(?![\w'’-])"
)


def bracketed_place_fairs(text: str, is_place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Fairs named with a place ``is_place`` knows in brackets after the country ("the Tarvia
    (Kelby) International Trade Fair"): (start, end); never an acronym in brackets."""
    for match in scan(_BRACKETED_FAIR, text):
        if is_place(match.group("place")):
            yield match.span()
