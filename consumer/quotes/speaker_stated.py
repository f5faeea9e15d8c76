"""A named person who takes a stand in the sentence right before an unattributed quote.

BBC copy often brings a speaker in with a sentence of the writer's that gives the person's stand
and then the person's words with no tag: `Fostering Network director Ann Roe criticised the old
system of payments by councils. "There is no logic to it."`. The short-reaction rule
(``carry.reacting_person``) reads only sentences of eight words or fewer, so a long sentence, or
one whose subject carries a role and a body, handed the quote to the paragraph's earlier speaker
(session 41, BBC stories). Here the sentence may be of any length (the carry window bounds it), but
its subject must be a person the text named, at its head (a body, a role or a title may come
first), and its verb right after the name (or an apposition set off by commas) must be one of
saying or of taking a stand; a sentence that only tells what the person did (`Roe scored twice.`)
gives nothing, so the old reading stands.

Session 43 (fresh web pages, hearing copy): a verb that takes up a topic in talk is no verb of
saying, but it brings the person's words in as well (`Vell returned to the issue later in the
hearing. "What is the plan if ...?"` had gone on with the earlier witness). The topic must be
named as one (`the issue`, `the question of cost`, `the matter`; never `returned to the yard`), and
the person must be the sentence's only one (`raised the matter with Ann Roe`: two fit, null beats
a guess, so the old reading stands).
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.quotes.carry import writer_sentence_before
from consumer.quotes.speaker_places import place_at
from consumer.quotes.speaker_words import TITLE_WORDS, person_noun
from consumer.quotes.speakers import Speakers

_REACH = 240  # characters of the sentence before read back from the quote

# what may head the sentence before the name: a conjunction or a linking adverb, a body's or a
# title's capitalised words, then a role of lower-case words ('Fostering Network executive
# director', 'senior Tory MP Sir'); never a preposition or a subordinator opening it
_HEAD = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Meanwhile|However|Earlier|Later|Now)\b,?\s+)?"
    r"(?!(?:When|While|After|Before|If|As|Although|Though|Since|Because|Until|Unlike|Like|For|With|To|In|"
    r"On|At|By|From|Under|Against|Without|Despite|Of|About|The|A|An|His|Her|Their|Its|Once|Following|"
    r"Asked|According)\s)"
    r"(?P<words>(?:[\w'\u2019&.-]+\s+){0,6}?)$"
)
# the verb right after the name (or its apposition): saying, or taking a stand in public
_STAND = re.compile(
    r"(?:\s*,[^,.!?;:\x00]{1,80},)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?"
    r"(?:said|says|told|tells|added|adds|warned|warns|insisted|insists|argued|argues|claimed|claims|"
    r"stressed|stresses|explained|explains|admitted|admits|conceded|concedes|agreed|agrees|disagreed|"
    r"criticised|criticized|criticises|criticizes|welcomed|welcomes|defended|defends|praised|praises|"
    r"attacked|attacks|condemned|condemns|dismissed|dismisses|rejected|rejects|questioned|questions|"
    r"backed|backs|hailed|hails|blamed|blames|accused|accuses|urged|urges|denied|denies|"
    r"maintained|maintains|believes|believed|described|describes|predicted|predicts)\b"
)

# taking up a topic in talk: the verb, at most three words, then a noun that names a topic
_TOPIC = re.compile(
    r"(?:\s*,[^,.!?;:\x00]{1,80},)?\s+(?:also\s+|later\s+|then\s+|again\s+)?"
    r"(?:(?:returned|returns|turned|turns|came\s+back|comes\s+back)\s+to|"
    r"(?:raised|raises|addressed|addresses|broached|broaches|"
    r"(?:brought|brings|took|takes)\s+up|(?:touched|touches)\s+on|(?:pressed|presses)\s+on))"
    r"\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:issues?|questions?|subjects?|topics?|matters?|points?|themes?)\b"
)


def _description(words: str) -> bool:
    """The words before the name are capitalised (a body, a title) or end on a role of at most
    three lower-case words: 'Acme chief executive', 'Labour MP', 'Minister', nothing at all."""
    parts = words.split()
    lower = [i for i, w in enumerate(parts) if w[:1].islower()]
    if not lower:
        return all(w[:1].isupper() for w in parts)
    if len(lower) > 3 or lower != list(range(lower[0], lower[-1] + 1)):
        return False  # lower-case words in one run only, the role's
    tail = parts[lower[-1] + 1 :]
    return person_noun(parts[lower[-1]]) and all(w.rstrip(".") in TITLE_WORDS for w in tail)


def stated_before(
    text: str, masked: str, fld: str, para_start: int, quote_start: int, speakers: Speakers
) -> Entity | None:
    """The person the sentence right before an unattributed quote brings in taking a stand (in
    its paragraph or closing the one before; ``para_start``: where to read from)."""
    span = writer_sentence_before(masked, para_start, quote_start, _REACH)
    if span is None:
        return None
    opened, end = span
    people = [m for m in speakers.mentions_in(fld, opened, end) if m[2].type == "PERSON"]
    if not people:
        return _place_stated(masked, fld, opened, end, speakers)
    at, name_end, ent = people[0]
    head = _HEAD.match(masked, opened, at)
    if head is None or not _description(head.group("words")):
        return None
    if masked[name_end : name_end + 2] in ("'s", "\u2019s"):
        return None  # 'Roe's lawyer criticised ...': the possessor is no subject
    if _STAND.match(masked, name_end, end) is not None:
        return ent
    if _TOPIC.match(masked, name_end, end) is not None and all(m[2] is ent for m in people):
        return ent  # 'Vell returned to the issue later.': the only person named takes it up (session 43)
    return None


_CONJUNCTION = re.compile(r"\s*(?:(?:But|And|Yet|Meanwhile|However)\b,?\s+)?")


def _place_stated(masked: str, fld: str, opened: int, end: int, speakers: Speakers) -> Entity | None:
    """'Ruritania rejected the accusation on Monday. "..."' (session 43): a place heading the
    sentence, with no person in it, as the subject of a verb of saying or of a stand speaks the
    quote, as 'Ruritania said' would; a body named in the sentence keeps the old reading."""
    if speakers.mentions_in(fld, opened, end):
        return None
    head = _CONJUNCTION.match(masked, opened, end)
    found = place_at(masked, fld, head.end() if head else opened, end, speakers)
    if found is None:
        return None
    return found[0] if _STAND.match(masked, found[1], end) is not None else None
