""" "It" / "Its" opening a sentence: the place, event, work or firm the sentence before opened with.

A story names its subject once and goes on with a pronoun: "Norland subsidises fuel imports.
It spent 5 billion crowns on them last year", "The Harlow Marathon is run every April. It drew
30,000 runners", "Vantor Group ordered 40 jets. It also has options on 20 more aircraft". The
conventions give the figure to that subject, named in an earlier sentence of the passage. The
company rules read such an "it" as the firm the sentence before opened with, for a sum, a share
or a head count only, and the product rules as the product it opened with; this rule reads the
other subjects (a place, an event, a work, a public body) and a firm's counts of things.

A wrong owner is worse than none, so the pronoun must be the subject doing or having something:
no form of "be" or a verb that makes "it" an expletive ("It is expected that ...", "It comes
after ...", "It means ..."), no reported clause ("It said 300 people ..." reports another's
count), no comparison ("equivalent to that of an antenna with a diameter of 66 metres"), no count
a preposition governs ("information held by 100,000 public bodies", "across 40 countries" say
among what or where). The sentence before must open with the name (after a leading adverbial
or "The"), one name, not a possessor ("Vantor's Orbel system ... It ..." is the system) nor one
of a list, and bring in no new thing after its verb ("Norland bought a new ferry. It carries 400
passengers" is the ferry's). Only an event's "it" owns a measure or a span of time ("It weighs
300 kg" after "Norland launched the satellite" is the satellite's). A bounded look back: the
sentence before, in the same paragraph or the last of the paragraph before, within
``PRONOUN_BACK``.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.measure import names_measure
from consumer.indicators.subject.adverbial import opening_end
from consumer.indicators.subject.cues import (
    AGE_UNITS,
    PRONOUN_BACK,
    REPORTED,
    SENTENCE_END,
    counts_things,
)
from consumer.indicators.subject.mentions import MentionIndex
from consumer.indicators.units import MEASURE_UNITS

# The subjects read here: a person has "he"/"she", a product ``product_pronoun``
_OPENER_TYPES = frozenset({"ORGANIZATION", "LOCATION", "EVENT", "MISC"})
# "It" / "Its" opening the clause, an adverb after "It" at most, then the verb (or the possessed noun)
_PRONOUN = re.compile(r"\s*(It|Its)\b(?:\s+(?:also|still|now|already|then|later|currently|once|again))?\s+")
# Verbs that make "it" no subject of the figure's clause: "be" ("It is 25 years since", "It is
# believed that", "It is the sixth cut in three years"; but "It is cutting 300 jobs", "It is to
# open 12 stores" tell what it does), a modal before such a verb, and the expletives' verbs
_EXPLETIVE_VERB = re.compile(
    r"(?:(?:is|was|'s|\u2019s|has\s+been|had\s+been)(?!\s+(?:[a-z]+ing|to|in\s+the\s+midst\s+of)\b)|"
    r"(?:will|would|could|can|may|might|should|must)\s+(?:be|mean|take|come|seem|appear|remain|depend|happen)|"
    r"seems?|seemed|appears?|appeared|comes?|came|means?|meant|emerged|follows?|followed|takes?|took|"
    r"remains?|remained|happens?|happened|looks?|looked|sounds?|sounded|feels?|felt|depends?|matters?)\b",
    re.IGNORECASE,
)
# A forecast of something other than its own ("It predicted prices would stay at $18 a barrel";
# "It has projected its deficit will widen to $4 billion" stays its own)
_FORECAST = re.compile(
    r"\b(?:predict|forecast|expect|project|estimat|anticipat)[a-z]*\s+(?!(?:its|their)\b)", re.IGNORECASE
)
# A comparison names a yardstick between the pronoun and the figure
_COMPARED = re.compile(
    r"\b(?:than|equivalent|equal|compared|comparable|similar|versus|vs\.?|as\s+[a-z]+\s+as|like|unlike)\b",
    re.IGNORECASE,
)
# Things with figures of their own, whatever the sentence before was about ("prices", "the index")
_OWN_FIGURE = re.compile(
    r"\b(?:index|indices|benchmark|gauge|prices?|futures|crude|yields?|bonds?|currency|interest\s+rates?)\b",
    re.IGNORECASE,
)
# A count a preposition governs says where or among what: "across 40 countries", "held by 100 bodies"
# ("a catalogue of 60,000 songs" and "cut between 6,000 and 7,000 jobs" are its own)
_GOVERNED_COUNT = re.compile(
    r"\b(?:by|in|across|to|from|for|with|among|into|on|at|over|under|than|within|throughout)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to|at\s+least|the|a|an|its|their)\s+)*$",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
# What may stand before the name opening the sentence before: a time or place phrase closed by a
# comma ("In 2004, Norland ...", "Last year, the Harlow Fair ..."), "The", or an epithet that
# names what kind of firm or body it is ("Budget airline Vantor Air", "Search giant Kelvar")
_NAME_OPENS = re.compile(
    r"\s*(?:(?:In|On|At|As|During|After|Before|Since|By|Over|Last|This|Earlier|Later|Now|Today)\b"
    r"[^,.;:!?\n]{0,60},\s+)?(?:[Tt]he\s+)?"
    r"(?:[A-Z]?[a-z-]+\s+(?:[a-z-]+\s+)?(?:airline|giant|firm|maker|company|group|retailer|bank|carrier|"
    r"operator|broadcaster|chain|manufacturer|producer|developer|provider|insurer|lender|network)\s+)?"
)
# After the opening name: a possessive (the possessed thing is the subject), a list, or a name or
# noun it modifies ("Norland industrial output rose": the output, not Norland, is the subject)
_NOT_ALONE_AFTER = re.compile(r"['\u2019]s\b|\s*(?:,|and\b|&|or\b)\s*[A-Z\d]|\s+[A-Z]")
# The opening name's verb: an auxiliary, a verb in "-s" or "-ed", or an apposition's comma; a
# report only of its own ("Vantor Group said it expects ..."): another's clause may name what "it" is
_VERB_AFTER = re.compile(
    r"(?:\s+\([A-Z][\w.&-]{1,10}\))?(?:,|\s+(?:(?:also|still|now|already|then|again|once|currently|recently)\s+)?"
    r"(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|does|did|"
    r"ran|won|took|gave|sold|made|got|saw|drew|brought|began|became|grew|rose|fell|paid|spent|bought|"
    r"(?!says\b)[a-z]{2,}(?:s|ed)|said\s+(?:it|its)|says\s+(?:it|its))\b)"
)


def opener_pronoun_owner(
    index: MentionIndex, text: str, start: int, figure_start: int, unit: str | None
) -> Entity | None:
    """The subject the sentence before opened with, when "It" / "Its" at ``start`` opens the
    figure's sentence as its subject (see the module's docstring); None otherwise."""
    if unit in AGE_UNITS:
        return None
    pronoun = _PRONOUN.match(text, start, figure_start)
    if pronoun is None:
        return None
    if pronoun.group(1) == "It" and _EXPLETIVE_VERB.match(text, pronoun.end()):
        return None
    if (
        REPORTED.search(text, pronoun.start(1), figure_start)
        or _FORECAST.search(text, pronoun.end(), figure_start)
        or _COMPARED.search(text, pronoun.end(), figure_start)
        or _OWN_FIGURE.search(text, pronoun.end(), figure_start)
    ):
        return None
    if _QUOTE_MARKS.search(text, start, figure_start):
        return None
    if counts_things(unit) and _GOVERNED_COUNT.search(text, max(start, figure_start - 40), figure_start):
        return None
    opener = _previous_opener(index, text, pronoun.start(1))
    if opener is None or opener.type not in _OPENER_TYPES:
        return None
    if opener.type != "EVENT" and _things_measure(text, pronoun, unit):
        return None  # a place's, firm's or work's "it" may be a thing the sentence before names
    if opener.type == "ORGANIZATION" and not _firms_count(pronoun, unit):
        return None  # a firm's sums, shares and head counts are read by the company rules
    return opener


# What a thing consists of or measures: "It consists of four dishes" is the array the firm built
_THINGS_VERB = re.compile(
    r"(?:consists?|consisted|comprises?|comprised|contains?|contained|measures?|measured|weighs?|weighed|"
    r"covers?|covered|spans?|spanned|stretches|stretched|holds?|held|uses?|used|features?|featured)\b"
)
# Spans of time a firm's "it" does not own ("It has operated for 12 years" says how long)
_SPANS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"})


def _things_measure(text: str, pronoun: re.Match[str], unit: str | None) -> bool:
    """A count that measures a thing rather than counting what a place or firm has: a unit of
    measure or a span of time, or a verb of what a thing consists of or measures ("It weighs 300
    kg", "It consists of four dishes" after "Norland launched a satellite"). An event's own
    measures stay its ("The Harlow Marathon ... It covers 42 km")."""
    return counts_things(unit) and (
        unit in MEASURE_UNITS or unit in _SPANS or _THINGS_VERB.match(text, pronoun.end()) is not None
    )


def _firms_count(pronoun: re.Match[str], unit: str | None) -> bool:
    """A count of things a firm has or deals in ("It also has 164 plants", "It plans to lease 20
    aircraft"): "It" heading the clause and a counted noun (no measure: ``_things_measure``).
    "Its track is 40 km long" after "Vantor Group runs the line" is the line's."""
    return pronoun.group(1) == "It" and counts_things(unit)


def _previous_opener(index: MentionIndex, text: str, start: int, agent: bool = False) -> Entity | None:
    """The entity the sentence right before ``start`` opens with (the same paragraph, or the last
    sentence of the paragraph before), when ``start`` opens a sentence; None when it does not,
    when the sentence before starts out of reach, is quoted, or opens with no lone name. An
    ``agent`` (the pronoun announces, orders, signs ...) is no thing the sentence before brought
    in ("Vantor Air has a fleet of 270 jets. ..., it ordered 50 more": a fleet orders nothing)."""
    low = max(index.skip_before, start - PRONOUN_BACK)
    head = text[low:start].rstrip()
    close = low + len(head)
    between = text[close:start]
    if between.count("\n") > 2 or not head.endswith((".", "!", "?")) or not between:
        return None  # not after a sentence's end and a space, or more than one paragraph break between
    ends = list(SENTENCE_END.finditer(text, low, close))
    line = text.rfind("\n", low, close)
    opens = max(ends[-1].end() if ends else low, line + 1)
    if opens == low and low > index.skip_before:
        return None  # the sentence before starts out of reach
    if _QUOTE_MARKS.search(text, opens, close):
        return None
    named = index.between(opens, close)
    if (
        not named
        or _NAME_OPENS.fullmatch(text, opens, named[0].start) is None
        or _NOT_ALONE_AFTER.match(text, named[0].end)
        or _measure_after(text, named[0].end)
    ):
        return None
    verb = _VERB_AFTER.match(text, named[0].end)
    if verb is None or (not agent and _brings_new_thing(text, verb, close)):
        return None
    return named[0].entity


# A thing the sentence brings in ("Norland bought a new ferry. It carries 400 passengers": the
# ferry); after "is" or an apposition's comma, the first is what the name itself is ("Kessel is a
# port city. It has 400,000 residents")
_NEW_THING = re.compile(r"\b(?:a|an)\s+(?:new\s+)?[a-z]")
_NAME_IS = re.compile(r"(?:,|\b(?:is|was|are|were|remains|remained|became|becomes))$")


def _brings_new_thing(text: str, verb: re.Match[str], close: int) -> bool:
    """Whether the sentence before brings in a thing after its name's verb, which "It" may be."""
    found = _NEW_THING.search(text, verb.end(), close)
    if found is not None and _NAME_IS.search(verb.group(0)) and not text[verb.end() : found.start()].strip():
        found = _NEW_THING.search(text, found.end(), close)
    return found is not None


_NEXT_WORD = re.compile(r"\s+[a-z][\w-]*")


def _measure_after(text: str, end: int) -> bool:
    """ "Norland sales rose": the word after the name is a measure it modifies, not its verb."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and names_measure(text, end, word.end())


# "In addition to its order of 30 jets, it announced an order of 50 more": "it" heading the clause
# after a phrase that opens the sentence, then a verb only a firm or a body does (an agent's: no
# thing the sentence before brought in announces, orders or signs anything)
_PHRASE_IT = re.compile(
    r"it\s+(?:(?:also|then|later|now|already)\s+)?"
    r"(?:(?:has|had|will|would|plans\s+to|planned\s+to|agreed\s+to)\s+)?"
    r"(?:announc|order|sign|agree|purchas|bought|buy|acquir|award|hir|launch|unveil|plac|invest|"
    r"pledg|commit|approv|lease|leas|book|secur|rais|spen[dt])[a-z]*\b"
)
_PHRASE_REACH = 200  # the opening phrase and the pronoun's clause up to the figure


def phrase_pronoun_owner(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The firm, body or place an agent's "it" stands for when a phrase opens its sentence ("In
    addition to its order of 30 jets, it announced an order of 50 more worth $16 billion"): the
    subject the sentence before opened with, as for an opening "It". The figure follows the
    pronoun's verb, no name, reported clause, comparison or quotation between; not an age, a
    measure or a span of a thing. Reads the sentence's head only (bounded)."""
    if unit in AGE_UNITS or figure[0] - sentence_start > _PHRASE_REACH:
        return None
    head = text[sentence_start : figure[0]]
    sentence_start += len(head) - len(head.lstrip())  # the sentence's first word
    head = head.lstrip()
    cut = opening_end(head)
    if cut == 0:
        return None
    pronoun = _PHRASE_IT.match(text, sentence_start + cut, figure[0])
    if pronoun is None or (counts_things(unit) and (unit in MEASURE_UNITS or unit in _SPANS)):
        return None
    if (
        index.between(pronoun.start(), figure[0])
        or REPORTED.search(text, pronoun.start(), figure[0])
        or _COMPARED.search(text, pronoun.end(), figure[0])
        or _OWN_FIGURE.search(text, pronoun.end(), figure[0])
        or _QUOTE_MARKS.search(text, sentence_start, figure[0])
    ):
        return None
    opener = _previous_opener(index, text, sentence_start, agent=True)
    return opener if opener is not None and opener.type in _OPENER_TYPES else None
