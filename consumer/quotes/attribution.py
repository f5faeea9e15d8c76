"""Who the attribution names inside its sentence: the subject phrase before a verb, an
inverted subject after it, a second speaker in one sentence, an answer to a question, an aside
naming the speaker, a relayed speaker ('quoted Roe as saying').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.events import Entity
from consumer.quotes.cues import BEFORE, SMALL, SUBJECTS
from consumer.quotes.speaker_index import Speaker
from consumer.quotes.speaker_words import possessive
from consumer.quotes.speakers import Speakers
from consumer.quotes.text import last_char, split_words, verb_text


def relayed_speaker(text: str, fld: str, start: int, end: int, speakers: Speakers, floor: int) -> Speaker:
    """Whom a relay quotes: 'the paper quoted Roe as saying' is Roe; 'which quoted him as saying'
    is whom 'he' would be there (session 27, fresh web pages: the object pronoun named no one)."""
    who = text[start:end].strip().lower()
    if who in ("him", "her"):
        return speakers.object_pronoun(text, fld, start, floor, who)
    return speakers.resolve(text, fld, start, end, floor)


# Between two stretches, after the first one's attribution: a conjunction, then a subject of its
# own and its reporting verb right before the mark ('"A," Roe said, and her deputy added, "B."',
# '"A?" and we say, "B."'): someone else's quote, not the first one's second span. A pronoun of
# the same person or no subject at all ('and she added,', 'and then added,') goes on with it.
_SECOND_CONJUNCTION = re.compile(
    # after a comma or the closing mark, not inside an apposition ('Roe, Ann's husband and Acme's
    # editor, said, "...'), whose "and" joins two descriptions of the one speaker; also a reply
    # brought in by a relative ('"A," Roe said, to which Doe replied: "B."'; session 30, made-up
    # text: the reply had joined the first quote as its second span)
    r"[,\"'\u201d\u2019]\s*(?:and|but|while|whereas|to\s+which)\s+(?=\w)",
    re.IGNORECASE,
)
_SAME_PERSON = frozenset(split_words("he she it they then also later"))
_SECOND_SUBJECT_WORDS = 4


_ANSWER_VERBS = frozenset(
    split_words("answered answers replied replies responded responds retorted countered")
)


def answers_question(content: str, after: re.Match[str]) -> bool:
    """A question's closing mark, then a named subject answering and the next mark ('"...?" the
    singer answered, "...'): the next stretch is the answer, someone else's quote; a pronoun
    ('"...?" she replied, "...') is read by the paragraph rules instead."""
    verb = after.group("verb1") or after.group("verb2")
    if last_char(content) != "?" or verb is None or verb.lower() not in _ANSWER_VERBS:
        return False
    who = (after.group("who1") or after.group("who2") or "").split()
    return bool(who) and who[0].lower() not in _SAME_PERSON and who[0].lower() not in SUBJECTS


def second_speaker(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The attribution of a new subject after the last conjunction between two stretches."""
    last = None
    for found in _SECOND_CONJUNCTION.finditer(masked, max(0, start - 1), end):  # from the closing mark
        last = found
    if last is None:
        return None
    before = BEFORE.match(masked, last.end(), end)
    if before is None or not before.group("rest").rstrip().endswith((",", ":")):
        return None
    who = before.group("who").split()
    if (
        "," in before.group("who")
        or not subject_phrase(before.group("who"), _SECOND_SUBJECT_WORDS)
        or (who[0].lower() in _SAME_PERSON and not _answer_by_pronoun(who, before.group("verb")))
    ):
        return None
    return before


_PRONOUNS = frozenset(split_words("he she it they"))


def _answer_by_pronoun(who: list[str], verb: str) -> bool:
    """'"...," I told them, and they replied, "..."': a pronoun answering is someone else (session
    29, fresh web pages; the answer had joined the first speaker's quote)."""
    return len(who) == 1 and who[0].lower() in _PRONOUNS and verb.lower() in _ANSWER_VERBS


# '..., and they replied,': the pronoun answering closes a clause of its own
_THEY_ANSWERING = re.compile(r"(?:^|[,;]\s*|\s(?:and|but|so)\s+)they\s*$", re.IGNORECASE)


def addressees_answer(who: str, verb: str) -> bool:
    """'"...?" Roe asked the crew, and they replied, "..."' (session 29, fresh web pages): "they"
    answering are the people addressed, whom the text does not name; the pronoun had gone to the
    last organisation, once a product. Null beats that guess."""
    return verb.lower() in _ANSWER_VERBS and _THEY_ANSWERING.search(who) is not None and " " in who.strip()


_NOT_INVERTED_SUBJECT = frozenset(
    split_words(
        """
    in on at by to from for with during after before over about reporters journalists told monday
    tuesday wednesday thursday friday saturday sunday today yesterday tonight recently later earlier
    last this late early
    """
    )
)


def inverted_subject(who: str) -> bool:
    """ "said one farmer", "said Roe": a subject after the verb, not a time or an object
    ("said on Monday", "said in a statement")."""
    words = who.split()
    return bool(words) and words[0].lower() not in _NOT_INVERTED_SUBJECT


# Where a clause may start inside a long lead-in: after a comma or semicolon, or a conjunction.
_CLAUSE_CUT = re.compile(r"(?:[,;]|\s(?:but|and|while|whereas|so))\s+", re.IGNORECASE)
_CLAUSE_WINDOW = 300


def clause_before(
    text: str, masked: str, fld: str, start: int, end: int, speakers: Speakers, floor: int
) -> re.Match[str] | None:
    """ "..., and after a long debate about the port, Roe said: '...'": a lead-in too long to be
    one subject phrase ends with a clause of its own; its subject is after the last clause break
    that leaves a short phrase naming a speaker. Only the window before the mark is read."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(masked, max(start, end - _CLAUSE_WINDOW), end)]
    for cut in reversed(cuts[-4:]):
        m = BEFORE.match(masked, cut, end)
        if m is None or not subject_phrase(m.group("who"), 8):
            continue
        if speakers.resolve(text, fld, m.start("who"), m.end("who"), floor).entity is not None:
            return m
    return None


def owners_only(text: str, found: Sequence[tuple[int, int, Entity]]) -> bool:
    """No mention in the phrase, or only possessors ("Roe's lawyer"): the phrase describes someone
    the text may name next, in apposition."""
    return all(possessive(text, end) for _, end, _ in found)


def subject_phrase(who: str, most: int) -> bool:
    """A phrase that can be the subject of the verb after it: not too long, and not ending in an
    article or preposition ('a community with a shared future' has no speaker before "shared")."""
    words = who.split()
    return 0 < len(words) <= most and words[-1].lower() not in SMALL


# An attribution set off by commas inside the writer's sentence, the speaker after the verb ('The
# key, says Roe, is "..."', 'What matters, according to Roe, is "..."'; session 22, fresh web
# pages): the name after the verb, up to its comma, is the speaker; read before the verb, the
# words were the sentence's subject and named no one.
_ASIDE_NAME = re.compile(r"\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*(?=\s*,\s)")


def aside_speaker(
    text: str, masked: str, fld: str, before: re.Match[str], speakers: Speakers, floor: int
) -> Speaker | None:
    """The named speaker of a comma-bound aside whose verb comes first ('The key, says Roe, is')."""
    if not masked[before.start("who") : before.end("who")].rstrip().endswith(","):
        return None
    name = _ASIDE_NAME.match(masked, before.start("rest"), before.end("rest"))
    if name is None:
        return None
    found = speakers.resolve(text, fld, name.start(), name.end(), floor)
    return found if found.entity is not None else None


def lead_verb(raw: str) -> str:
    """'put it', 'wrote' of 'As Roe put it', 'As Roe wrote on her blog'."""
    words = raw.split()
    return "put it" if words[0].lower() in ("put", "puts") else verb_text(words[0])
