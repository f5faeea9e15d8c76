"""A body a tag names by the opening words of its full name (session 48, issue 14).

Copy names a body in full once and then by its first word or words: `American Airlines ...
"...," American said in a statement`, `Air Mobility Command ... An Air Mobility spokesperson told
reporters: "..."`, `a spokesman for Kelvo said` after `Kelvo Freight Group`. The entity stage
finds the full name but reads the short form as nothing or as a people ("American"), so the
tag's subject held no speaker and the quote stayed null (seen on fresh web pages of three
sites). Here the subject phrase that is only such a short form, bare before the verb or as the
body a spokesperson speaks for, is the one organisation of the item whose name opens on those
words. Null stays when two bodies open on them, when a person's name shares a word, when the
short form is a given name or a small word, or when an article stands before a bare name (`the
American said` is a person).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.retype.given_names import is_given_name
from consumer.events import Entity

_NAME = r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,2})"
_SPOKES_NOUN = r"spokes(?:wo)?(?:man|person)"
_BARE = re.compile(_NAME)
_NAMED_SPOKES = re.compile(rf"(?:(?:[Aa]n?|[Tt]he)\s+)?{_NAME}\s+{_SPOKES_NOUN}")
# A bare short form is a tag's subject only before a verb a single body takes, in the past or
# with its "-s" ('American said', 'Quarrow says', 'Kelco added'); a plain form after it ('Republican
# state schools ...') is an adjective before a noun, which the tag reading took for the verb
_SINGULAR_VERB = re.compile(r",?\s+(?:[a-z]+ly\s+)?(?:said|told|wrote|[a-z]+ed|[a-z]{2,}s)\b")
_SPOKES_FOR = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+{_SPOKES_NOUN}\s+(?:for|from|at)\s+(?:the\s+)?{_NAME}")


def short_form_body(
    bodies: Sequence[Entity],
    people: Sequence[Entity],
    places: Mapping[tuple[str, int, int], Entity],
    where: tuple[str, str, int, int],
) -> Entity | None:
    """The organisation whose full name opens on the short form that is all of the subject
    phrase ``text[start:end]`` of field ``fld`` ('American', 'An Air Mobility spokesperson'),
    else None."""
    text, fld, start, end = where
    if not bodies:
        return None
    m = _BARE.fullmatch(text, start, end)
    if m is not None and _SINGULAR_VERB.match(text, end, end + 24) is None:
        return None  # 'Republican state schools chief Ann Roe has cited': a people's word, no subject
    m = m or _NAMED_SPOKES.fullmatch(text, start, end) or _SPOKES_FOR.fullmatch(text, start, end)
    if m is None:
        return None
    if (fld, m.start("name"), m.end("name")) in places:
        return None  # 'a Texas spokesman' with Texas Instruments named: the state's
    words = m.group("name").split()
    first = words[0].lower()
    if first in STOP_WORDS or is_given_name(words[0]):
        return None  # 'It said', 'Jordan said': a pronoun or a person, never a body's short form
    if any(set(words) & set(p.name.split()) for p in people):
        return None  # 'Vale said' with Tom Vale and Vale Mining Group named: the person's
    n = len(words)
    after = text[m.end("name") : m.end("name") + 40].split()
    found = {
        b.name: b
        for b in bodies
        if len(b.name.split()) > n
        and b.name.split()[:n] == words
        # 'Quora, Consumer Reports and ...': the verb read after the short form is the name's own
        # next word, so the "tag" is the full name itself
        and not (after and after[0].lower().strip(",.") == b.name.split()[n].lower())
    }
    return next(iter(found.values())) if len(found) == 1 else None
