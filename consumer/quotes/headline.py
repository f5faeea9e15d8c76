"""Headline quotes: a headline's tail naming the speaker ('...: U.S. economist', '..., says CFA
boss Chen') and the indirect quote a headline holds.

Headlines have their own grammar (no verb, a colon or dash before the source), so they get
their own rules.
"""

from __future__ import annotations

import re

from consumer.lexicon import ROLE_MODIFIERS, ROLE_NOUNS, ROLE_WORDS
from consumer.quotes.speaker_index import Speaker
from consumer.quotes.speaker_words import ORG_NOUNS, PERSON_NOUNS
from consumer.quotes.speakers import Speakers
from consumer.quotes.text import trim
from consumer.quotes.unit import Unit

_HEADLINE_DASH = re.compile(
    r"[\"'\u201d\u2019]\s+(?:[\u2014\u2013]|--?)\s+(?P<who>[^:\x00\"\u201c\u201d]{2,40}?)\s*$"
)
_HEADLINE_TAIL = re.compile(r"\s*(?::|,\s+(?P<verb>says|said))\s+(?P<who>[^:\x00\"\u201c\u201d]{2,60})$")


_SOURCE_WORDS = frozenset(
    (*ROLE_NOUNS, *ROLE_WORDS, *ROLE_MODIFIERS, *PERSON_NOUNS, *ORG_NOUNS, "of", "the", "and", "for", "boss")
)


def _describes_speaker(word: str) -> bool:
    """A word of a headline's source tail ("U.S. economist", "top designer", "Acme officials"):
    anything but a verb in the present ("jails", "vows"), which makes the tail a clause."""
    low = word.strip(",.'’").lower()
    if not word[:1].islower() or not low.endswith("s"):
        return True
    return low in _SOURCE_WORDS or low[:-1] in _SOURCE_WORDS


def headline_tail_speaker(text: str, masked: str, speakers: Speakers) -> Speaker | None:
    """'...: U.S. economist' or '..., says CFA boss Chen': a headline's tail naming the speaker."""
    m = _HEADLINE_TAIL.search(masked)
    if m is None:
        # '"We will win" - Tom Vale' (session 26): quoted words signed with a dash and a person's
        # name alone, as in the body; never a site's name after a dash ('Port reopens - BBC News')
        dash = _HEADLINE_DASH.search(masked)
        found = speakers.mentions_in("headline", dash.start("who"), dash.end("who")) if dash else []
        alone = dash is not None and len(found) == 1 and found[0][:2] == (dash.start("who"), dash.end("who"))
        return Speaker(found[0][2]) if alone and found[0][2].type == "PERSON" else None
    who = m.group("who").split()
    if m.group("verb") is None and not all(_describes_speaker(w) for w in who):
        return None  # "'...': Judge jails former mayor": a clause of its own after the colon, no source
    found = speakers.mentions_in("headline", m.start("who"), m.end("who"))
    if found:
        return Speaker(found[-1][2])
    if not who:
        return None
    noun = re.escape(who[-1].lower())
    fits = [
        p
        for p in speakers.people
        if p.attributes and re.search(rf"\b{noun}\b", (p.attributes.role or "").lower())
    ]
    last = [p for p in speakers.people if who[-1] in p.name.split()]
    pool = fits or last
    return Speaker(pool[0]) if len(pool) == 1 else None


def headline_indirect(text: str, masked: str, speakers: Speakers) -> Unit | None:
    """'China to promote football reform, says CFA boss Chen': the headline's claim and its source."""
    m = _HEADLINE_TAIL.search(masked)
    speaker = headline_tail_speaker(text, masked, speakers)
    if m is None or speaker is None or speaker.entity is None:
        return None
    start, end = trim(text, 0, m.start())
    if len(text[start:end].split()) < 4:
        return None
    verb = (m.group("verb") or "").lower() or None
    return Unit("headline", [(start, end)], "indirect", speaker, verb, 0, len(text), 0, True)
