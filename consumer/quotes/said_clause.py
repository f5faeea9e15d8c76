"""A quoted full sentence after a verb of saying that no attribution shape read (session 42,
Reuters 1987 copy): the sentence's only stretch, closed by its own stop at the sentence's end,
right after the writer's words and a verb of saying a few words back
('Noting the package announced last week Roe said, "what is needed is ..."', 'Roe met the
bankers and told reporters that "We agreed to ..."', 'Roe said in reply to questions "It has
been ..."').

The attribution shapes read a subject phrase of at most fourteen words before the verb, a clause
after a comma, a colon or a comma right after the verb; an opening with no comma of its own, a
second predicate after "and", or words between the verb and the mark left such a stretch with no
quote at all, though it is a whole quoted sentence of the subject's (a quoted full clause is direct
even when its sentence begins outside the marks). Only the window before the mark is read, once
per sentence with one stretch no rule took.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.quotes.clauses import is_clause
from consumer.quotes.cues import AUX, SUBJECTS
from consumer.quotes.joins import sentence_subject
from consumer.quotes.marks import Stretch
from consumer.quotes.speaker_index import Speaker
from consumer.quotes.speaker_words import TITLE_WORDS
from consumer.quotes.speakers import Speakers
from consumer.quotes.text import MASK, last_char, split_words, verb_text
from consumer.quotes.unit import Unit

_WINDOW = 80  # characters before the mark: the verb and a few words after it
_MIN_WORDS = 5
# A plain verb of saying, then at most four words of the writer's (an object, 'in reply to
# questions') and an optional 'that' and comma, right before the mark.
_SAID_BEFORE = re.compile(
    r"(?:^|\s)(?P<verb>said|says|told|tells|added|adds)"
    r"(?P<rest>(?:\s+[a-z][\w'\u2019.-]*){0,4}?)(?:\s+that)?\s*,?\s*$"
)
# The words right before the verb: a pronoun subject ('... announced today he said')
_PRONOUN_BEFORE = re.compile(r"(?:^|\s)(?P<who>he|she|they)\s+$", re.IGNORECASE)


def said_clause(
    text: str,
    masked: str,
    fld: str,
    s_start: int,
    s_end: int,
    stretch: Stretch,
    sid: int,
    paragraph: int,
    speakers: Speakers,
    floor: int,
) -> Unit | None:
    """The direct quote of a stretch no rule took that is a whole quoted sentence after a verb of
    saying, given to the verb's subject; None when the subject names no one."""
    content = text[stretch.start : stretch.end]
    words = content.split()
    if not stretch.closed or len(words) < _MIN_WORDS or last_char(content) not in ".!?":
        return None
    if masked[stretch.end + 1 : s_end].strip():
        return None  # the sentence goes on after the mark: the writer's clause, not a quote's end
    low = max(s_start, stretch.start - 1 - _WINDOW)
    gap = masked[low : stretch.start - 1]
    said = _SAID_BEFORE.search(gap)
    if said is None or MASK in gap:
        return None
    if words[0][:1].islower() and not said.group(0).rstrip().endswith(","):
        return None  # 'told them that "the plan ..."': a reported clause the marks finish
    if not _writers_words(said.group("verb"), said.group("rest").split()) or _title_cased(words):
        return None  # 'said the banner read "..."', 'said the book was titled "..."'
    if not is_clause(words, after_that=True):
        return None
    verb_at = low + said.start("verb")
    speaker = _subject(text, masked, fld, s_start, verb_at, speakers, floor)
    if speaker is None or speaker.entity is None:
        return None
    return Unit(
        fld=fld,
        spans=[(stretch.start, stretch.end)],
        kind="direct",
        speaker=speaker,
        verb=verb_text(said.group("verb")),
        sent_start=s_start,
        sent_end=s_end,
        paragraph=paragraph,
        attributed=True,
        stretch_ids=[sid],
    )


_PREPOSITIONS = frozenset(
    split_words("in at on to during after before from with for by over about when while later earlier")
)


def _writers_words(verb: str, rest: Sequence[str]) -> bool:
    """Between the verb and the mark only an adverbial ('said in reply to questions') or, after
    'told', its object ('told reporters', 'told the paper in an interview'): no clause of its own
    ('said the banner read', 'told reporters the motto was'), nor words said to oneself."""
    if any(w.rstrip(",").endswith(("self", "selves")) for w in rest):
        return False  # 'said to herself, "..."': words said to oneself, heard by no one
    if verb in ("told", "tells") and rest:
        rest = rest[2:] if rest[0] in ("the", "a", "an") else rest[1:]
    return not rest or (rest[0] in _PREPOSITIONS and not any(w in AUX for w in rest))


def _title_cased(words: Sequence[str]) -> bool:
    """Most words capitalised: a title's name, not a sentence."""
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[:1].isupper() for w in long_words) * 3 > len(long_words) * 2


def _subject(
    text: str, masked: str, fld: str, s_start: int, verb_at: int, speakers: Speakers, floor: int
) -> Speaker | None:
    """The verb's subject: a pronoun or a name right before it, else the entity heading the
    sentence (a second predicate after 'and' keeps the sentence's subject)."""
    pronoun = _PRONOUN_BEFORE.search(masked, max(s_start, verb_at - 8), verb_at)
    if pronoun is not None and pronoun.group("who").lower() in SUBJECTS:
        return speakers.resolve(text, fld, pronoun.start("who"), pronoun.end("who"), floor)
    named = _name_before(text, fld, s_start, verb_at, speakers)
    if named is not None:
        return named
    head = sentence_subject(text, fld, s_start, verb_at, speakers)
    return _described_person(text, fld, head, verb_at, speakers) or head


# lower-case words of a role only, between a body and its officer: "spokeswoman", "chief executive"
_ROLE_GAP = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,3}$")


def _described_person(
    text: str, fld: str, head: Speaker | None, verb_at: int, speakers: Speakers
) -> Speaker | None:
    """The person a body's role word describes when the sentence opens on both ("State Department
    spokeswoman Jo Roe stressed ..., and told reporters"): the person speaks, not the body."""
    if head is None or head.entity is None or head.entity.type != "ORGANIZATION":
        return None
    found = speakers.mentions_in(fld, max(0, verb_at - 400), verb_at)
    for k, (_, end, ent) in enumerate(found[:-1]):
        if ent.id != head.entity.id:
            continue
        at, _, nxt = found[k + 1]
        if nxt.type == "PERSON" and at - end <= 40 and _ROLE_GAP.search(text, end, at) is not None:
            gap = text[end:at].split()
            if any(w in TITLE_WORDS or w.rstrip("s") in TITLE_WORDS for w in gap):
                return Speaker(nxt)
        return None
    return None


def _name_before(text: str, fld: str, s_start: int, verb_at: int, speakers: Speakers) -> Speaker | None:
    """A person's name ending right before the verb ('... last week Roe said'), not a possessor."""
    found = speakers.mentions_in(fld, max(s_start, verb_at - 60), verb_at)
    if not found:
        return None
    _, end, ent = found[-1]
    if ent.type != "PERSON" or text[end:verb_at].strip():
        return None
    return Speaker(ent)


def lone_stretch(units: Sequence[Unit], here: Sequence[int], unsaid: set[int]) -> int | None:
    """The sentence's one stretch when no quote took it and no rule read it as unsaid words."""
    if len(here) != 1 or here[0] in unsaid:
        return None
    if any(here[0] in u.stretch_ids for u in units):
        return None
    return here[0]
