"""A public body reporting an economy's statistic: the statistic is the story's place's.

"The statistics office said gross domestic product rose 0.7 percent", "The ministry said the
trade deficit widened to 3 billion dlrs": the body that speaks is the source of the figure, not
its owner, and the clause it reports names nobody; the conventions give such a figure the place
whose economy it measures, named earlier in the passage (the story's country, or its province
for a provincial body). Without this rule the speaker, framed by its reporting verb, left the
figure with no owner. Only a public body speaks here (a firm saying "sales rose" reports its
own, which ``anaphora`` reads), only a sum or a share, and only a statistic heading the
reported clause with no name, place word or capitalised word before the figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.city_story import statistic_place
from consumer.indicators.subject.cues import TIME_NAMES, owned_sum
from consumer.indicators.subject.mentions import Candidate, MentionIndex, company_like
from consumer.indicators.subject.place_scope import place_body

# The verb of a body's report and what may follow it before the clause: "said (on Tuesday) (that)",
# "reported that", "estimated", "forecast", "figures ... showed"; "According to X," opens one too
_OPENING = re.compile(
    r"\b(?:said|says|told\s+\w+|added|announced|reported|estimated|estimates|forecast|forecasts|"
    r"predicted|predicts|projected|showed|shows|according\s+to\s+[^,;:]{1,80},)\s+"
    r"(?:(?:on|in|last|this)\s+(?:an?\s+)?\w+,?\s+|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:that\s+)?",
    re.IGNORECASE,
)
# the letters one of those verbs must show: a substring test before the regex scan
_OPENING_CUES = (
    "said",
    "says",
    "told",
    "added",
    "announced",
    "reported",
    "estimate",
    "forecast",
    "predict",
    "projected",
    "show",
    "according",
)
# A person who speaks for a public body: "Finance Minister Ann Lee", "Ann Lee, the trade secretary,"
_OFFICIAL_BEFORE = re.compile(
    r"\b(?:minister|secretary|chancellor|statistician|undersecretary|commissioner)\s+$", re.IGNORECASE
)
_OFFICIAL_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:minister|secretary|chancellor|statistician)\b[^,]{0,40},\s+",
    re.IGNORECASE,
)

# An economy's statistic heading the reported clause: "(the) gross domestic product", "(its)
# seasonally adjusted trade deficit", "money supply", "February exports"; at most three
# modifiers before the head. Prices of goods, shares, indices and yields are no economy's.
_STATISTIC_HEAD = re.compile(
    r"(?:(?:the|its)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:gross\s+(?:domestic|national)\s+product|gdp|gnp|economic\s+growth|growth|(?:the\s+)?economy|"
    r"inflation|consumer\s+prices|producer\s+prices|cost\s+of\s+living|unemployment(?:\s+rate)?|"
    r"jobless(?:\s+rate)?|trade\s+(?:deficit|surplus|balance|gap)|current\s+account(?:\s+\w+)?|"
    r"balance\s+of\s+payments|exports|imports|retail\s+sales|industrial\s+(?:output|production)|"
    r"manufacturing\s+output|money\s+supply|(?:foreign|currency|gold|official)\s+(?:\w+\s+)?reserves|"
    r"budget\s+(?:deficit|surplus)|fiscal\s+(?:revenue|deficit)|foreign\s+direct\s+investment|"
    r"fixed[- ]asset\s+investment|consumer\s+spending|wages|earnings\s+growth)\b",
    re.IGNORECASE,
)
_HEAD_REACH = 70  # the head and its modifiers, from the reported clause's start
# Words that say the statistic is no one country's: the world's, a region's, a market's
_NOT_NATIONAL = re.compile(
    r"\b(?:world|worldwide|global|globally|region|regional|zone|bloc|community|industry|sector|market|"
    r"company|group|firm|bank's|its\s+own)\b",
    re.IGNORECASE,
)
_CAPITALISED_WORD = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+")
# A body whose name says it speaks for the nation, whatever province the story is about
_NATIONAL_BODY = re.compile(r"\b(?:National|Federal|State|Central|Government)\b")


def reported_statistic(
    index: MentionIndex,
    text: str,
    local: list[Candidate],
    clause_start: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity] | None:
    """The place whose statistic a public body reports ("The Federal Statistics Office said
    growth for 2004 was 1.6%"): the story's province (its city, when the story is the city's:
    ``city_story``) for a body of no national name, else the story's country. None when the
    clause does not have that shape. Reads the clause before the figure, which the caller bounds
    by its window."""
    if not local or not owned_sum(unit):
        return None
    before = text[clause_start : figure[0]].lower()
    if not any(cue in before for cue in _OPENING_CUES):
        return None  # the cheap test first: most clauses report nothing
    opening = max(_OPENING.finditer(text, clause_start, figure[0]), key=lambda m: m.start(), default=None)
    if opening is None or any(c.start >= opening.end() for c in local):
        return None  # no report, or a name of its own in the reported clause
    speakers = [c for c in local if c.end <= opening.start()] or _according_to_speakers(local, opening)
    if not speakers:
        return None
    # "Norland's finance ministry said ...": the place whose body tells the statistic owns it
    placed = speakers[-1].entity.type == "LOCATION" and place_body(text, speakers[-1].end)
    if not placed and not _speaks_for_public_body(speakers[-1], text):
        return None  # a firm reports its own figures, which other rules read
    speaker = speakers[-1].entity
    head = _STATISTIC_HEAD.match(text, opening.end(), min(figure[0], opening.end() + _HEAD_REACH))
    if head is None:
        return None
    reported = text[opening.end() : figure[0]]
    named = any(m.group(0) not in TIME_NAMES for m in _CAPITALISED_WORD.finditer(reported))
    if named or _NOT_NATIONAL.search(reported):
        return None  # "said world trade", "said exports to Tarvia": not the story's place alone
    if placed:
        return (speaker,)
    national = speaker.type != "ORGANIZATION" or _NATIONAL_BODY.search(speaker.name) is not None
    owner = index.focus.get("country") if national else statistic_place(index)
    return (owner,) if owner is not None else None


def _according_to_speakers(local: list[Candidate], opening: re.Match[str]) -> list[Candidate]:
    """ "According to the Statistics Office, GDP rose 0.7 pct": the body that reports is named
    inside the opening phrase, whose comma closes it before the reported clause."""
    if not opening.group(0)[:9].lower().startswith("according"):
        return []
    return [c for c in local if opening.start() <= c.start and c.end <= opening.end()]


def _speaks_for_public_body(speaker: Candidate, text: str) -> bool:
    """A public body (a ministry, a statistics office: no company), or a person whose title, right
    before the name or in an apposition after it, is a minister's or a secretary's."""
    entity = speaker.entity
    if entity.type == "ORGANIZATION":
        return not company_like(entity)
    if entity.type != "PERSON":
        return False
    return (
        _OFFICIAL_BEFORE.search(text, max(0, speaker.start - 40), speaker.start) is not None
        or _OFFICIAL_AFTER.match(text, speaker.end) is not None
    )


# "Today it reported a loss of 5.6 mln dlrs", "In 2001 it put $300m into ...": a bare time phrase,
# with no comma after it, before "it" heading the clause; with its comma the anaphor rules read it
_TIME_BEFORE_IT = re.compile(
    r"\s*(?:Today|Yesterday|Now|Last\s+(?:year|month|week|quarter)|Earlier\s+this\s+(?:year|month|week)|"
    r"(?:In|By)\s+(?:19|20)\d\d)\s+"
    # "it" doing something, not the "it" of "it is thought that", "it may take 15 years"
    r"(?=it\s+(?!(?:is|was|will|would|may|might|could|can|seems?|appears?|remains?|looks?|takes?|took)\b))"
)


def timed_pronoun_start(text: str, clause_start: int, figure_start: int) -> int | None:
    """Where "it" starts in a clause that opens with a bare time phrase before it, or None: the
    caller reads the anaphor from there as one heading its clause. Reads the clause's head."""
    timed = _TIME_BEFORE_IT.match(text, clause_start, figure_start)
    return timed.end() if timed is not None else None
