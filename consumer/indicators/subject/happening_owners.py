"""Events and works (EVENT, MISC) owning figures in shapes other than heading their clause.

``happenings`` gives "The Harlow Open drew 30,000 spectators" to the event; the general rules
never take an event or a work, so the same quantity told another way was left unowned:

- a possessive right before the figure: "the Kessel Marathon's 40,000 runners", "Night Harbor's
  $50 million budget", "the Norland Open's purse rose 12 percent";
- the figure before its name as a modifier: "the $1.5 million Harlow Open" (a prize), and a
  capacity or a size before any name, "the 40,000-seat Harlow Stadium", "the 12-nation Kessel
  Cup" (``ages`` reads lengths and areas so);
- the people or things counted opening the clause before a verb of attending: "More than 3,000
  exhibitors attended the Harlow Fair";
- a relative clause whose pronoun is its subject hanging on the work or event: "Night Harbor,
  which took $20 million in its first week";
- an apposition between the work or event heading the clause and its verb: "The Chorus, a film
  about a teacher, won two awards".

Each reads a bounded span beside the figure or the clause before it (the window of
``subject_of``), never the sentence again.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.gate import gated
from consumer.indicators.subject.adverbial import break_comma, without_opening
from consumer.indicators.subject.clauses import RELATIVE, VERB_AFTER_NAME, in_subject_position, listed
from consumer.indicators.subject.cues import AGE_UNITS, PRONOUN_BACK, REPORTED
from consumer.indicators.subject.event_kinds import is_gathering
from consumer.indicators.subject.mentions import OWNER_TYPES, Candidate, MentionIndex

_HAPPENINGS = frozenset({"EVENT", "MISC"})
_MONEY = re.compile(r"[A-Z]{3}")

# ---------------------------------------------------------------- beside the figure

# "the Kessel Marathon's 40,000 runners", "the Open's record $3 million purse", "Night Harbor's
# budget of $50 million", "the Norland Open's purse rose 12 percent": the possessive, up to two
# lower-case words, and the figure, or a measure and a verb of size or movement before it
_POSSESSIVE_BEFORE = re.compile(
    r"['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:(?<=\s)(?:of|is|was|were|are|totals?|totaled|totalled|reached|hit|stood\s+at|took|grossed|earned|"
    r"made|sold|drew|attracted|raised|"
    r"(?:rose|fell|grew|increased|decreased|dropped|climbed|jumped|declined|gained)(?:\s+(?:by|to))?)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|over|less\s+than|up\s+to)\s+)?)?$"
)
POSSESSIVE_BEFORE = _POSSESSIVE_BEFORE  # read after a head's possessive too (event_possessive)
# a capacity or a size before the name: "40,000-seat", "400-room", "12-nation", "1,000-strong"
_ATTRIBUTIVE_COUNT = re.compile(r"\d-[a-z]+$")
# the article or a year's possessive may come before the figure, nothing between it and the name
_NAME_RIGHT_AFTER = re.compile(r"[ \t]+(?:the[ \t]+)?")
# a count before a name says when, how long or how much of it, never a capacity: "a 10-day Kessel
# tour", "a 5% Vantor stake", "a three-time Harlow Open winner"
_NOT_CAPACITY = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade"}
    | {"percent", "point", "times", "game"}
)
# a lower-case noun right after the name heads the phrase ("the $5 billion Vantor deal"); a word
# of these ends it
_NAME_ENDS = re.compile(
    r"(?:['\u2019]s\b|\s*(?:[,.;:)!?\u2014]|$)|\s+(?:in|at|on|of|for|from|to|with|by|and|or|but|which|that|who|"
    r"is|was|are|were|has|had|have|will|would|this|last|next|earlier|later|since|when|after|before|"
    r"[a-z]{3,}ed)\b)"
)


def happening_beside(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int], unit: str | None
) -> tuple[Entity] | None:
    """The event or work whose possessive stands right before the figure, or the name the figure
    modifies ("the $1.5 million Harlow Open", "the 40,000-seat Harlow Stadium"). Not an age.
    Reads 80 characters on either side of the figure."""
    if unit in AGE_UNITS:
        return None
    start = max(sentence_start, figure[0] - 80)
    before = index.between(start, figure[0]) if _has_possessive(text, start, figure[0]) else []
    if before:
        last = before[-1]
        if last.entity.type in _HAPPENINGS and _POSSESSIVE_BEFORE.fullmatch(text, last.end, figure[0]):
            return (last.entity,)
    after = _NAME_RIGHT_AFTER.match(text, figure[1])
    if after is None or not _modifier_figure(text, figure, unit):
        return None
    name = next((c for c in index.between(after.end(), figure[1] + 80) if c.start == after.end()), None)
    if name is None or _NAME_ENDS.match(text, name.end) is None:
        return None
    money = unit is not None and _MONEY.fullmatch(unit) is not None
    kinds = _HAPPENINGS if money else _HAPPENINGS | {"ORGANIZATION", "LOCATION"}
    return (name.entity,) if name.entity.type in kinds else None


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _has_possessive(text: str, start: int, end: int) -> bool:
    """A cheap look for a possessive's "'s" before the pattern reads the span."""
    return text.find("'s", start, end) >= 0 or text.find("\u2019s", start, end) >= 0


def _modifier_figure(text: str, figure: tuple[int, int], unit: str | None) -> bool:
    """A sum, or a hyphened count of a capacity or a size ("40,000-seat"), after an article."""
    if _ARTICLE_BEFORE.search(text, max(0, figure[0] - 6), figure[0]) is None:
        return False
    if unit is not None and _MONEY.fullmatch(unit):
        return True
    span = text[figure[0] : figure[1]]
    return unit not in _NOT_CAPACITY and unit is not None and _ATTRIBUTIVE_COUNT.search(span) is not None


# ---------------------------------------------------------------- in the figure's clause

# The words that may stand before a count opening its clause
_COUNT_OPENS = re.compile(
    r"\s*(?:[Aa]\s+total\s+of\s+|(?:[Mm]ore\s+than|[Oo]ver|[Aa]bout|[Aa]round|[Ss]ome|[Nn]early|[Aa]lmost|"
    r"[Aa]pproximately|[Uu]p\s+to|[Aa]n\s+estimated)\s+)?$"
)
# what a fair or a games tallies of itself, in the passive, then the preposition of the event: the
# auxiliary before it is read with the verbs of attending ("were", "have" and "been")
_DONE_AT = (
    r"(?:been\s+)?(?:signed|inked|concluded|clinched|sealed|awarded|presented|handed\s+out|showcased|"
    r"displayed|exhibited|unveiled|launched|released|staged|held|sold|set|broken|registered)\s+"
    r"(?:at|during|on\s+the\s+sidelines\s+of|throughout)"
)
# the rest of the counted phrase ("trade visitors from 40 countries", no verb), then a verb of attending
_ATTENDED = re.compile(
    r"(?:\s+(?!(?:have|had|has|will|would|are|were|is|was|been|be|to)\b)(?:[A-Za-z][\w-]*|from\s+[\w,-]+\s+[a-z]+)){0,4}?"
    r"\s+(?:(?:have|had|has|will|are|were|is|was)\s+(?:(?:already|also)\s+)?"
    r"(?:(?:expected|set|due)\s+to\s+)?)?"
    r"(?:attend(?:ed|s|ing)?|visit(?:ed|s|ing)?|(?:took|take|taking)\s+part\s+in|participat(?:ed|e|ing)\s+in|"
    r"compet(?:ed|e|ing)\s+(?:in|at)|sign(?:ed)?\s+up\s+for|register(?:ed)?\s+for|enter(?:ed|ing)|"
    r"watch(?:ed|ing)|join(?:ed|ing)|(?:flocked|came)\s+to|gathered\s+(?:at|for)|turned\s+out\s+(?:for|at)|"
    # "More than 500 deals were signed during the fair", "300 medals were awarded at the Games"
    rf"{_DONE_AT}|"
    # "More than 1,400 companies showcased their products at the expo"
    r"(?:showcas|display|exhibit|present)[a-z]*(?:\s+[a-z][\w-]*){0,3}?\s+(?:at|during))\s+"
    r"(?:(the\s+|this\s+year['\u2019]s\s+)|last\s+year['\u2019]s\s+|(?:19|20)\d\d\s+)?"
)
# "attended the expo", "took part in the five-day event": a definite head for a happening stands
# for the event named last, as in ``happenings``
_EVENT_HEAD = re.compile(
    r"(?:[a-z][\w-]*\s+)?(?:expo|fair|festival|games|olympics|marathon|race|tournament|championships?|"
    r"conference|forum|summit|exhibition|show|contest|competition|event"
    # the head capitalised as the copy writes a games' or a fair's short name: "at the Games"
    r"|Games|Olympics|Expo|Fair|Festival|Championships?)\b"
)


def happening_in_clause(
    index: MentionIndex,
    text: str,
    local: list[Candidate],
    clause_start: int,
    breaks: list[re.Match[str]],
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity] | None:
    """The event a count opening its clause attended, the work or event a subject relative
    clause hangs on, or the one heading the clause before an apposition. None when the clause
    names an owner before the figure (``local``) or reports."""
    if unit in AGE_UNITS:
        return None
    found = (
        (
            None
            if local
            else _attended(index, text, clause_start, figure)
            or _visitors_to(index, text, clause_start, figure)
            or _relative(index, text, breaks, figure)
            or _deals_at(index, text, clause_start, figure)
        )
        or _quoted_relative(index, text, local, clause_start, figure)
        or _apposed(index, text, local, clause_start, figure)
    )
    return (found,) if found is not None else None


_OPENING_REACH = 80


def _attended(index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int]) -> Entity | None:
    """ "More than 3,000 exhibitors attended the Harlow Fair": the count opens its clause."""
    if figure[0] - clause_start > _OPENING_REACH:
        return None  # a count opening its clause stands within a short adverbial of its start
    opening = without_opening(text[clause_start : figure[0]])
    if _COUNT_OPENS.fullmatch(opening) is None:
        return None
    verb = _ATTENDED.match(text, figure[1], figure[1] + 120)
    if verb is not None:
        return _happening_at(index, text, verb.end(), figure[0], bool(verb.group(1)))
    # "At the Harlow Fair, more than 3,000 exhibitors showcased their products"
    at = _AT_EVENT.match(text, clause_start, figure[0])
    if at is None or _TOOK_PART.match(text, figure[1], figure[1] + 120) is None:
        return None
    event = _happening_at(index, text, at.end(), clause_start, bool(at.group(1)))
    comma = break_comma(text, at.end(), figure[0])
    return event if event is not None and comma >= 0 and not index.between(comma, figure[0]) else None


_AT_EVENT = re.compile(r"\s*(?:At|During)\s+((?:the|this\s+year['\u2019]s)\s+)?")
# the counted phrase (no verb in it), then a verb of taking part that needs no event after it
_TOOK_PART = re.compile(
    r"(?:\s+(?!(?:have|had|has|will|would|are|were|is|was|been|be|to)\b)[A-Za-z][\w-]*){0,4}?"
    r"\s+(?:(?:have|had|has|will|are|were)\s+)?(?:showcas(?:ed|e|ing)|display(?:ed|ing)?|exhibit(?:ed|ing)?|"
    r"attend(?:ed|ing)?|(?:took|take|taking)\s+part|participat(?:ed|e|ing)|compet(?:ed|e|ing)|"
    r"gathered|register(?:ed)?|sign(?:ed)?\s+up|present(?:ed)?)\b"
)
# "The number of visitors to the Harlow Fair reached 1.2 million", "Attendance at the fair hit 200,000"
_VISITORS_TO = gated(
    r"\b(?:visitors?|exhibitors?|participants?|spectators?|athletes?|runners?|entries|attendance|turnout|"
    r"audience|visits|buyers|"
    # a fair's tally of business: "Contracted investment at the Harlow Expo reached 4 billion yuan"
    r"(?<=contracted\s)investment|deals|contracts|transactions|turnover)\s+(?:to|at|of|for|in|during)\s+"
    r"((?:the|this\s+year['\u2019]s)\s+)?",
    re.IGNORECASE,
)
_LEVEL_VERB = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:reached|hit|topped|exceeded|totaled|totalled|numbered|surpassed|"
    r"(?:rose|grew|climbed|jumped|increased)(?:\s+to)?|stood\s+at|was|were|is|are)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|over|a\s+record)\s+)?"
)


def _visitors_to(index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int]) -> Entity | None:
    """The event whose visitors, exhibitors or attendance a verb of level puts at the figure."""
    found = next(_VISITORS_TO.finditer(text, max(clause_start, figure[0] - 120), figure[0]), None)
    if found is None:
        return None
    event = _happening_at(index, text, found.end(), found.start(), bool(found.group(1)))
    if event is None:
        return None
    named = [c for c in index.between(found.end(), figure[0]) if c.entity is event]
    head = _EVENT_HEAD.match(text, found.end())
    stop = named[0].end if named else head.end() if head is not None else None
    if stop is None:
        return None
    return event if _LEVEL_VERB.fullmatch(text, stop, figure[0]) is not None else None


# an edition before the event's name: "the 3rd Harlow Expo", "the fifth Kessel Games"
_EDITION = re.compile(
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
)


def _happening_at(index: MentionIndex, text: str, at: int, before: int, definite: bool) -> Entity | None:
    """The work or event named at ``at`` (an edition may come first), else, after a definite
    determiner, the event a head for a happening stands for."""
    edition = _EDITION.match(text, at)
    starts = (at, edition.end()) if edition is not None else (at,)
    first = next(iter(index.between(at, at + 100)), None)
    if first is not None and first.start in starts:
        return first.entity if first.entity.type in _HAPPENINGS else None
    return _event_named_last(index, text, at, before) if definite else None


# "Deals worth 5 billion yuan were signed at the Harlow Expo": a trade fair's tally of deals
_DEALS_BEFORE = gated(
    r"\b(?:deals?|contracts?|agreements?|transactions?|orders?|purchases?|projects?)\s+(?:worth|valued\s+at|totaling|"
    r"totalling|of)\s+(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_DEALS_AT = re.compile(
    # the auxiliary left out after "with" ("with deals worth 3 billion yuan signed at the fair")
    r"(?:\s+[a-z][\w-]*){0,3}?(?:\s+(?:were|was|have\s+been|had\s+been)|(?<=[a-z])(?=\s+signed))\s+(?:signed|reached|inked|concluded|"
    r"clinched|struck|agreed)\s+(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:(the\s+|this\s+year['\u2019]s\s+))?"
)
# "During the Harlow Expo, deals worth ...": the event opening the sentence, a comma after it
_DEALS_OPENING = re.compile(r"\s*(?:During|At)\s+((?:the|this\s+year['\u2019]s)\s+)?")


def _deals_at(index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int]) -> Entity | None:
    """A sum of deals signed at or during an event (named, or a head for it after "the")."""
    if _DEALS_BEFORE.search(text, max(clause_start, figure[0] - 40), figure[0]) is None:
        return None
    after = _DEALS_AT.match(text, figure[1], figure[1] + 100)
    if after is not None:
        return _happening_at(index, text, after.end(), figure[0], bool(after.group(1)))
    opening = _DEALS_OPENING.match(text, clause_start, figure[0])
    if opening is None:
        return None
    event = _happening_at(index, text, opening.end(), clause_start, bool(opening.group(1)))
    comma = break_comma(text, opening.end(), figure[0])
    if event is None or comma < 0 or index.between(comma, figure[0]):
        return None
    return event


def _event_named_last(index: MentionIndex, text: str, head: int, before: int) -> Entity | None:
    """The EVENT named last within about two sentences before ``before`` (outside the
    dateline), when a head for a happening follows the determiner at ``head``."""
    found = _EVENT_HEAD.match(text, head)
    if found is None:
        return None
    back = index.between(max(index.skip_before, before - PRONOUN_BACK), before)
    event = next((c.entity for c in reversed(back) if c.entity.type == "EVENT"), None)
    if event is not None and found.group().split()[-1] in ("event", "show") and not is_gathering(event):
        return None  # "attended the event" after a war, a holiday or a storm: another happening
    return event


# "Night Harbor, which took $20 million": the pronoun, at most an adverb, then a lower-case verb
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:also|still|now|later|then|already|once|recently|previously)\s+)?"
    r"(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|it|he|she|they|we|i|you)\b)[a-z]"
)


def _relative(
    index: MentionIndex, text: str, breaks: list[re.Match[str]], figure: tuple[int, int]
) -> Entity | None:
    """The work or event right before ", which": the clause open (no comma) up to the figure,
    its pronoun the subject, nothing reported and no owner named in it."""
    last = breaks[-1] if breaks else None
    if last is None or not RELATIVE.match(last.group()) or not open_relative(index, text, last.end(), figure):
        return None
    named = index.between(last.start() - 80, last.start())
    closed = last.start() - 1 if text[last.start() - 1 : last.start()] in _CLOSING_QUOTES else last.start()
    antecedent = next((c for c in named if c.end in (last.start(), closed)), None)
    if antecedent is not None:
        return antecedent.entity if antecedent.entity.type in _HAPPENINGS else None
    the = _THE_HEAD_BEFORE.search(text, max(0, last.start() - 40), last.start())
    return _event_named_last(index, text, the.end(), the.start()) if the is not None else None


def open_relative(index: MentionIndex, text: str, pronoun_end: int, figure: tuple[int, int]) -> bool:
    """The relative clause runs on to the figure (no comma), its pronoun the subject, nothing
    reported and no owner named in it."""
    return (
        "," not in text[pronoun_end : figure[0]]
        and _SUBJECT_VERB.match(text, pronoun_end) is not None
        and REPORTED.search(text, pronoun_end, figure[0]) is None
        and not any(c.entity.type in OWNER_TYPES for c in index.between(pronoun_end, figure[0]))
    )


_CLOSING_QUOTES = ('"', "\u201d", "\u2019", "'")
# a title in quotation marks closes them before the comma or after it: '"Night Harbor," which'
_QUOTED_WHICH = re.compile(r"(?:,[\"\u201d\u2019']|[\"\u201d\u2019'],)\s+which\b")


def _quoted_relative(
    index: MentionIndex, text: str, local: list[Candidate], clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    """'Ann Lee starred in "Night Harbor," which took $50 million': the quoted work the clause
    hangs on (the clause breaks do not see a comma inside quotation marks); owners named before
    the work are in the main clause."""
    if text.find("which", clause_start, figure[0]) < 0:
        return None  # a cheap look before the pattern
    matches = list(_QUOTED_WHICH.finditer(text, clause_start, figure[0]))
    found = matches[-1] if matches else None
    if found is None or not open_relative(index, text, found.end(), figure):
        return None
    work = next((c for c in index.between(found.start() - 80, found.start()) if c.end == found.start()), None)
    if work is None or work.entity.type != "MISC" or any(c.end > work.start for c in local):
        return None
    return work.entity


# "the expo, which covers 300,000 square meters": the head the relative clause hangs on
_THE_HEAD_BEFORE = re.compile(r"\b[Tt]he\s+(?=(?:[a-z][\w-]*\s+)?[a-z]+$)")


# ", a World War drama,", ", held in Kessel every spring,", ", now in its 12th year,": an
# apposition (a lower-case word opens it) the verb closes
_APPOSITION = re.compile(
    r",\s+(?:[a-z]|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['\u2019]s\s)(?:[^,;:()\"\u201c\u201d]|(?<=\d),(?=\d)){1,120},"
)
# a verb the determiner or the sum of its object follows: "Night Harbor set a record", "The Kessel
# Fair saw its best year" (a preposition or a conjunction before them opens no object)
_VERB_BEFORE_OBJECT = re.compile(
    r"\s+(?:(?:also|still|now|already|then|again|once)\s+)?"
    r"(?!(?:in|at|on|of|for|from|to|with|by|as|and|or|but|near|into|over|under|after|before|since|than)\s)"
    r"[a-z]{3,}\s+(?:a|an|the|its|their|his|her|\$|\d)"
)
# the predicate may go on in a participle clause: "set a record last week, taking $15 million"
_BARE_COMMA = re.compile(r",(?!\s+[a-z]+ing\b)")


# the closing quotation mark of a title, and the year of a work in parentheses, after the name
_TITLE_CLOSE = re.compile(r"[\"\u201d\u2019']?(?:\s+\((?:19|20)\d\d\))?")


def _apposed(
    index: MentionIndex, text: str, local: list[Candidate], clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    """ "The Chorus, a film about a teacher, won two awards", "Night Harbor set a record, taking
    $15 million": the work or event heading the clause, across an apposition or before a verb the
    narrower rule of ``happenings`` does not know; names inside the apposition ("a drama starring
    Ann Lee,") describe it and own nothing. No owner named after it, nor a comma before the
    figure but one opening a participle clause."""
    named = index.between(clause_start, figure[0])
    if not named or named[0].entity.type not in _HAPPENINGS:
        return None
    first = named[0]
    closing = _TITLE_CLOSE.match(text, first.end)  # '"Night Harbor" grossed', "Night Harbor (2019)"
    name_end = closing.end() if closing is not None else first.end
    apposition = _APPOSITION.match(text, name_end)
    verb_at = apposition.end() if apposition is not None and apposition.end() <= figure[0] else name_end
    verb = _VERB_BEFORE_OBJECT.match(text, verb_at)
    if verb is None and verb_at != first.end:
        verb = VERB_AFTER_NAME.match(text, verb_at)
    if (
        verb is None
        or any(not first.end < c.start < verb_at for c in local)
        or not in_subject_position(first, text, clause_start, figure[0])
        or listed(first, named, text)
        or any(c.entity.type in OWNER_TYPES for c in named if c.start >= verb_at)
        or _BARE_COMMA.search(text, verb_at, figure[0]) is not None
    ):
        return None
    return first.entity
