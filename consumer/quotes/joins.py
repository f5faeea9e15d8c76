"""Joining stretches into one quote: the attribution between two stretches (`"A," he said, "B."`),
a sentence's subject going on, and a quote running on into the next paragraph or sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.quotes.cues import BEFORE, BEFORE_SUBJECT, VERBS
from consumer.quotes.kinds import complete, sentence_quoted
from consumer.quotes.sentences import SENTENCE_STOP
from consumer.quotes.speaker_index import Speaker
from consumer.quotes.speaker_words import possessive
from consumer.quotes.speakers import Speakers
from consumer.quotes.text import WORD, last_char
from consumer.quotes.unit import Unit

_SUBJECT_REACH = 200


def sentence_subject(text: str, fld: str, s_start: int, end: int, speakers: Speakers) -> Speaker | None:
    """The entity heading the sentence that starts at ``s_start`` (read up to ``end``, at most
    a bounded window), or None when the first name there is not its subject."""
    found = speakers.mentions_in(fld, s_start, min(end, s_start + _SUBJECT_REACH))
    if not found:
        return None
    at, m_end, ent = found[0]
    if possessive(text, m_end) or BEFORE_SUBJECT.fullmatch(text, s_start, at) is None:
        return None
    return Speaker(ent)


# Before a quoted sentence, a colon or a bare "adding," / "saying,": the sentence is said on its own.
_STATEMENT_GAP = re.compile(r"(?::|,?\s*\b(?:adding|saying)\s*,)\s*[\"'\u201c\u2018]?\s*$")


def statement_after(gap: str, content: str, words: Sequence[str]) -> bool:
    """'promised "real change" and said: "We will ..."': after a quoted fragment, a whole quoted
    sentence opened by a colon (or "adding,") is a statement of its own, not the fragment's
    second part."""
    return _STATEMENT_GAP.search(gap) is not None and sentence_quoted(content, words)


def joins_stretches(
    gap: str, attribution: tuple[Speaker, str | None] | None, alone: bool, lower: bool = False
) -> bool:
    """'"A," he said, "B."': the words between two stretches are only the attribution. A full
    stop there ends an abbreviation, or the sentence would have split ('"A," said Roe of Acme
    Inc. "B."'), so it joins too when the second stretch is a sentence with no attribution of
    its own (``alone``), not a title ('... of Acme Corp. "Nobody Wants It" was the headline').
    A second stretch opening in lower case goes on with the first one's sentence, so a longer
    attribution may stand between (``lower``: '"If ...," said one officer, referring to a basic
    type of hack that ..., "then you're ..."'; session 29, fresh web pages)."""
    if attribution is None:
        return False
    stops = "[,:.]" if alone else "[,:]"
    reach = _LOWER_REACH if lower else _REACH
    if re.fullmatch(rf"[^\x00]{{0,{reach}}}?{stops}\s*[\"'\u201c\u2018]?", gap.strip()):
        return True
    if _DASHED_TAG.fullmatch(gap) is not None:
        # '"A" -- Roe said -- "and B."' (also em dashes and spaced hyphens): the dashes hold just the
        # tag, as the commas do in '"A," Roe said, "and B."'; one quote, two spans (issue 14)
        return True
    # '"...," he says "We have more ..."' (session 28, fresh web pages): the writer left out the
    # comma after the verb; the attribution alone, then a quoted sentence with none of its own
    return alone and _BARE_ATTRIBUTION.fullmatch(gap.strip()) is not None


_REACH = 120
# a dash: two hyphens, an em or en dash, or a hyphen standing alone between spaces
_DASH = r"(?:--|[\u2014\u2013]|(?<=\s)-(?=\s))"
# between the dashes only the tag: a subject ending on its verb of saying ('-- Roe said --') or the
# verb and its subject after it ('-- said Roe, the union chief --'); no sentence stop, quote or dash
_TAG_CHAR = rf"(?:(?!{_DASH})[^\x00.!?;:\"\u201c\u201d])"
_DASHED_TAG = re.compile(
    rf"\s*,?\s*{_DASH}\s*(?:{_TAG_CHAR}{{1,60}}?\b(?:{VERBS})|(?:{VERBS})\b{_TAG_CHAR}{{1,60}}?),?"
    rf"\s*{_DASH}\s*[\"'\u201c\u2018]?\s*",
    re.IGNORECASE,
)
_LOWER_REACH = 200
# a subject and its finite verb: not a participle or a second predicate ('calling it a "..." and
# adding "f**k ticks."', two fragments of the writer's sentence)
_BARE_ATTRIBUTION = re.compile(
    rf"(?!(?:and|but|or|then|while)\b)[^\x00,;:.!?\"\u201c\u201d]{{1,60}}?\b(?!\w*ing\b)(?:{VERBS})"
    r"[\"'\u201c\u2018]?",
    re.IGNORECASE,
)


_ATTRIBUTION_REACH = 200
_CLOSED = frozenset(".!?\u2026\u2014\u2013")  # quoted words that close their own sentence
_TAG_WORDS = 6  # 'Roe added with a smile.': a tag after a closed stretch, longer is the writer's sentence
_GAP_VERB = re.compile(rf"\b(?:{VERBS})\b", re.IGNORECASE)


def goes_on_in(text: str, masked: str, owner: Unit, unit: Unit) -> bool:
    """``unit``, a quoted sentence with no attribution of its own, goes on with ``owner``, an
    attributed direct quote before it in the paragraph: only the owner's attribution between
    them, or the rest of the owner's sentence when the owner, split by its attribution, stops
    mid-sentence ('"...," Roe said, "if we had ..." and left it at that. "But ..."': one quote
    in the dev annotation, issue 14)."""
    end, start = owner.spans[-1][1], unit.spans[0][0]
    # the next sentence right after the owner's, as the paragraph's sentences were cut ('said
    # Roe at an Aug. 4 briefing. "..."': the month's stop ends no sentence)
    adjacent = unit.sent_start == owner.sent_end and start - end <= _ATTRIBUTION_REACH
    if (
        last_char(text[owner.spans[-1][0] : end]) in _CLOSED
        and WORD.search(masked, end, start) is not None
        and not _GAP_VERB.search(masked, end, start)
    ):
        # '"... all gold, fur…" She allows a perfectly timed beat. "I would never ..."': after
        # quoted words that closed their sentence, a sentence with no verb of saying is the
        # writer's own, not the attribution; the quotes stay two, as across a paragraph
        return False
    if (
        last_char(text[owner.spans[-1][0] : end]) in _CLOSED
        and len(owner.spans) > 1
        and len(WORD.findall(masked, end, min(start, end + _ATTRIBUTION_REACH))) > _TAG_WORDS
    ):
        # '"A," says Roe. "B." A few days earlier, the party chairman insisted ... . "C."': after a
        # quote split by its attribution that closed its sentence, a sentence longer than a tag
        # ('she added.') is the writer's; C is no part of it (session 29, fresh web pages)
        return False
    if led_in_closed(text, masked, owner, start):
        return False
    if not complete(text, owner):
        # a quote opening its sentence that runs on into the writer's words ('"The plan bothered"
        # the council, Roe said. "..."'): one quote, as dev and check annotate it (session 29;
        # holdout splits it); not a quote that opened no sentence ('suggests "that ..." except
        # ..., Roe said.', the writer's sentence)
        return adjacent and owner.starts
    return adjacent or only_attribution_between(masked, end, start)


_LEAD_REACH = 160  # characters before the opening mark read for 'Roe told the BBC:'


def led_in_closed(text: str, masked: str, owner: Unit, start: int) -> bool:
    """'Roe said: "A." Her deputy agreed. "B."': a quote of one stretch whose attribution came
    before it, closed by its own full stop, needs no tag after it; the words between it and the
    next quoted sentence are the writer's (another speaker's tag, a reported clause), so that
    sentence is a quote of its own, not the owner's next stretch (session 35, BBC stories). Reads
    the owner's lead-in, at most ``_LEAD_REACH`` characters, once per candidate join."""
    first, end = owner.spans[0][0], owner.spans[-1][1]
    if len(owner.spans) != 1 or owner.starts or not owner.attributed:
        return False
    if last_char(text[first:end]) not in _CLOSED or WORD.search(masked, end, start) is None:
        return False
    lead = masked[max(owner.sent_start, first - _LEAD_REACH) : first].rstrip(" \t\"'\u201c\u2018(")
    if not lead.endswith((":", ",")):
        return False
    before = BEFORE.search(lead)
    if before is None:
        return False
    rest = before.group("rest")
    return rest.strip() in (":", ",") or _ADDRESSEE_REST.fullmatch(rest) is not None


# after the verb, only its addressee or occasion ('told the BBC:', 'said in a statement:')
_ADDRESSEE_REST = re.compile(r"\s+[^\x00.!?;:\"\u201c\u201d]{1,80}[:,]")


def only_attribution_between(masked: str, end: int, start: int) -> bool:
    """Between two quoted stretches, nothing but the first one's attribution: one sentence
    end at most ('"A," said Dr. Roe. "B."'), not a sentence of its own ('... He learned ...')."""
    if start - end > _ATTRIBUTION_REACH:
        return False
    return len(SENTENCE_STOP.findall(masked, end, start)) <= 1
