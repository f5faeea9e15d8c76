"""Owners named by an anaphor: "the company", "the province", "it", "he", an epithet.

Wire copy names a firm or place once and then refers back to it; these rules find the
mention the anaphor stands for within about two sentences (the company named last, the
place of that kind named last, the sentence before's opener), and the anaphor that reports
its own result ("the company said revenue fell").
"""

from __future__ import annotations

import functools
import re

from consumer.entities.retype.given_names import name_gender
from consumer.events import Entity
from consumer.indicators.measure import names_measure
from consumer.indicators.subject.adverbial import without_opening
from consumer.indicators.subject.clauses import VERB_AFTER_NAME, modifies_person
from consumer.indicators.subject.cues import (
    OWN_RESULT,
    PREPOSITION_BEFORE,
    PRODUCT_NOUNS,
    PRONOUN_BACK,
    REPORT_OPENING,
    REPORTED,
    SENTENCE_END,
    SENTENCE_HEAD,
    SUBJECT_PREFIX_WORDS,
    inside_quotation,
    may_open_report,
    thing_measure,
)
from consumer.indicators.subject.firm_measure import reports_own_measure
from consumer.indicators.subject.mentions import (
    FOCUS_KINDS,
    TICKER_AFTER,
    Candidate,
    MentionIndex,
    company_like,
)
from consumer.indicators.subject.opener_pronoun import opener_pronoun_owner
from consumer.indicators.subject.product_pronoun import product_opening_previous
from consumer.indicators.subject.result_change import changes_own_result

# Head nouns that name a firm, after an epithet ("The packaged food company", "the iPhone maker")
_FIRM_HEADS = (
    r"(?:company|firm|retailer|carrier|airline|automaker|carmaker|lender|insurer|chain|startup|"
    r"conglomerate|giant|maker)"
)
# Words that say which of its kind a review's product is, between "the" and the kind
_PRODUCT_KIND_WORDS = (
    r"(?:new|latest|handheld|portable|slim|slimmer|smaller|larger|bigger|cheaper|budget|flagship|"
    r"electric|hybrid|folding|foldable|updated|upgraded|revamped|redesigned|original|base|entry-level)"
)
# A word agency copy puts between "the" and a place's kind, which says where it lies or what it
# is, not which one ("the eastern province's exports", "the coastal city handled 3 million
# containers", "the autonomous region's 74 counties"): the anaphor stands for the same place
_PLACE_ADJECTIVE = (
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central|coastal|inland|landlocked|"
    r"mountainous|autonomous|port|capital)\s+"
)


def _place_anaphor(kinds: str) -> str:
    """A place's anaphor of one of ``kinds`` after "the" (and its possessive): bare ("the province")
    or with such a word, then never before "of" and a name, which names the place itself ("the
    northern state of Kedah": no anaphor)."""
    return (
        rf"(?:{_PLACE_ADJECTIVE}(?:{kinds})(?:['\u2019]s)?\b(?!\s+of\s+(?-i:[A-Z]))"
        rf"|(?:{kinds})(?:['\u2019]s)?\b)"
    )


# What an anaphor in a figure's clause refers to: the article's main company, country,
# province or city ("The stock rose 2%", "the province's output grew 5 percent").
_ANAPHORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "company",
        re.compile(
            r"\b(?:the|its) (?:[\w.,' ]{1,40}?-based )?"  # "the Redmond, Washington-based company"
            r"(?:company|firm|group|stock|shares|retailer|bank|brand|carrier|airline|automaker|carmaker|lender|insurer|chain|startup|conglomerate|giant)\b|^\s*(?:shares|it|its)\b"
            # an epithet: "The packaged food and beverage company", "the iPhone maker", "the
            # Swiss lender"; only heads that name a firm ("the central bank", "the benchmark stock
            # index" are no company of the story)
            rf"|\bthe (?:[\w&'\u2019-]+\s+){{1,4}}?{_FIRM_HEADS}\b",
            re.IGNORECASE,
        ),
    ),
    ("index", re.compile(r"\bthe (?:index|benchmark|gauge)(?:['\u2019]s)?\b", re.IGNORECASE)),
    # a review's product: "The car has five seats", "the phone's 6.1-inch screen"
    # and with a word that says which of its kind: "the handheld console", "the new phone"
    (
        "product",
        re.compile(
            rf"\b(?:the|this) (?:{_PRODUCT_KIND_WORDS}\s+)?{PRODUCT_NOUNS}(?:['\u2019]s)?\b", re.IGNORECASE
        ),
    ),
    ("country", re.compile(rf"\b(?:the|this|our) {_place_anaphor('country|nation')}", re.IGNORECASE)),
    ("province", re.compile(rf"\bthe {_place_anaphor('province|state|region')}", re.IGNORECASE)),
    ("city", re.compile(rf"\bthe {_place_anaphor('city|municipality')}", re.IGNORECASE)),
)


_EXPLETIVE = re.compile(r"it(?:['\u2019]s|\s+is)\b", re.IGNORECASE)

# An anaphor counts only with at most this many words before it in the clause's head
_ANAPHOR_AT_MOST = SUBJECT_PREFIX_WORDS + 2
# The head up to the word after those: where an anaphor that counts must start
_ANAPHOR_FLOOR = re.compile(rf"\s*(?:\S+\s+){{{_ANAPHOR_AT_MOST}}}(?=\S)")
# From there, the words an anaphor may span ("the" + four describing words + the firm's head)
_ANAPHOR_WORDS = re.compile(r"\S+(?:\s+\S+){0,5}")
_ANAPHOR_CHARS = 64  # the longest in characters: "its " + 40 + "-based " + "conglomerate" + one more
_SPACE = re.compile(r"\s")


def _anaphor_head(prefix: str) -> str:
    """The clause's head as far as an anaphor that counts may reach: searching it finds what
    searching the whole clause would (an anaphor further on is refused), without scanning a long
    clause six times. Cut at white space, where a word boundary reads as at the text's end."""
    if len(prefix) <= _ANAPHOR_CHARS:
        return prefix  # a short head: the cut below would keep it all
    floor = _ANAPHOR_FLOOR.match(prefix)
    if floor is None:
        return prefix  # too few words for any anaphor to start too late
    words = _ANAPHOR_WORDS.match(prefix, floor.end())
    reach = max(words.end() if words is not None else floor.end(), floor.end() + _ANAPHOR_CHARS)
    space = _SPACE.search(prefix, reach)
    return prefix if space is None else prefix[: space.start()]


# The rules of one figure read the same clause head in turn (the reported, heading and fallback
# anaphors): its last few readings are kept, so each clause is scanned about once.
@functools.lru_cache(maxsize=8)
@functools.lru_cache(maxsize=1024)
def anaphor_kind(clause: str) -> tuple[str, str] | None:
    """The kind of the anaphor heading a clause ("company", "country" ...) and its words. Several
    owner rules ask it of the same clause head for one figure (about three calls in five repeat
    one on the profile items): remembered, bounded (issue 11's cost bound)."""
    prefix = without_opening(clause)
    opened = prefix.lstrip(' "\u201c\u2018(')
    if opened != prefix and not _EXPLETIVE.match(opened):
        # '"It lost 12%," she said', "(It lost 12%.)": an opening mark is no word before the
        # anaphor; but a quotation's '"It's like 60% ..."' is mostly talk, no company's figure
        prefix = opened
    head = _anaphor_head(prefix)
    for kind, pattern in _ANAPHORS:
        match = pattern.search(head)
        if match is not None and len(head[: match.start()].split()) <= _ANAPHOR_AT_MOST:
            return kind, match.group(0)
    return None


def _quoted_expletive(text: str, start: int, end: int) -> bool:
    """'"If you count the victims since then, it's less than 100."': an "it's" / "it is" heading
    a clause inside a quotation is talk, as one opening the quotation is, no company's figure.
    Reads the clause's head and the window before it for the opening mark."""
    head = without_opening(text[start:end]).lstrip(' "\u201c\u2018(')
    return _EXPLETIVE.match(head) is not None and inside_quotation(text, end)


def anaphor_owner(
    index: MentionIndex, text: str, start: int, end: int, unit: str | None = None
) -> Entity | None:
    """ "The stock added 2%", "the province's output": the entity the anaphor stands for. "The
    company" ("the stock", "the firm" ...) is the company named last before the clause (within
    about two sentences), so a story running through several companies gives each its own
    figures; a bare "it" stays the story's company (it may be anything named last), but only
    for a sum, a share or a head count: "It consists of four 35-meter antennas", "it took
    nearly eight hours", "It had 2 megabytes of RAM" measure the thing "it" names (a system,
    a match, a device), which a story's company hardly ever is."""
    found = anaphor_kind(text[start:end])
    if found is None:
        return None
    kind, words = found
    word = words.strip().lower()
    pronoun = word in ("it", "its")
    if kind == "company" and pronoun and not _quoted_expletive(text, start, end):
        product = product_opening_previous(index, text, start, end)
        if product is not None:
            return product
        opener = opener_pronoun_owner(index, text, start, end, unit)
        if opener is not None:
            return opener
    if kind == "company" and pronoun and (thing_measure(unit) or _quoted_expletive(text, start, end)):
        return None
    if kind == "company" and pronoun:
        opener = _company_opening_previous(index, text, start)
        if opener is not None:
            return opener
    if kind == "company" and not pronoun and word != "shares":
        named = company_named_last(index, text, start)
        if named is not None:
            return named
    if kind == "company" and "company" not in index.focus:
        return index.focus.get("index") if pronoun else None  # "It gained 1.2 percent"
    return _place_named_last(index, start, kind) or index.focus.get(kind)


# The anaphors that may head a clause whose names come after the verb: "the company" ("the firm",
# an epithet), "the country", "the province", "the city"; not "it" (a thing as often as a firm)
_HEADING_KINDS = frozenset({"company", "country", "province", "city"})
_PRONOUN_WORDS = frozenset({"it", "its", "shares"})


def anaphor_heads(
    index: MentionIndex,
    text: str,
    local: list[Candidate],
    clause_start: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity] | None:
    """ "In 2014, the company bought Harlow Media for $970 million", "The province signed deals
    with Vantor Group worth $3 billion": an anaphor heading the clause is its subject, and the
    names after its verb are objects, which own nothing of the clause's figure. Not when a name
    comes first ("Vantor bought the company for $5 billion"), nor when the clause reports
    ("The company said Vantor lost $3 million"). Reads the clause before the figure."""
    if not local:
        return None
    prefix = text[clause_start : figure[0]]
    found = anaphor_kind(prefix)
    if found is None or found[0] not in _HEADING_KINDS or found[1].strip().lower() in _PRONOUN_WORDS:
        return None
    at = prefix.find(found[1])
    if at < 0 or clause_start + at + len(found[1]) > local[0].start:
        return None
    if REPORTED.search(text, clause_start + at, figure[0]) or (
        may_open_report(text, clause_start + at, figure[0])
        and REPORT_OPENING.search(text, clause_start + at, figure[0])
    ):
        return None
    owner = anaphor_owner(index, text, clause_start + at, figure[0], unit)
    return (owner,) if owner is not None else None


_PLACE_KINDS = {kind: link for link, kind in FOCUS_KINDS.items() if kind != "country"}


def _place_named_last(index: MentionIndex, start: int, kind: str) -> Entity | None:
    """ "Hebei saw trade surge 12 percent. The province's exports rose 15 percent": "the
    province" ("the state", "the city") is the place of that kind named last before the clause,
    within about two sentences (a bounded look-up), as "the company" is; the story's main place
    only when none is. "The country" stays the story's country: a country named in passing
    ("exports to Japan") is seldom the one a story means."""
    link = _PLACE_KINDS.get(kind)
    if link is None:
        return None
    for c in reversed(index.between(max(index.skip_before, start - PRONOUN_BACK), start)):
        if c.entity.links is not None and c.entity.links.kind == link:
            return c.entity
    return None


def _company_opening_previous(index: MentionIndex, text: str, start: int) -> Entity | None:
    """ "Vantor Group, a steel maker, shipped 2.1 million tonnes abroad. Its revenue rose 18
    percent": "it" / "its" opening a sentence stands for the company the sentence before (in
    the same paragraph) opened with, its subject, rather than for the story's main company.
    Only when the pronoun's sentence starts at ``start``; a bounded look-back."""
    back = index.between(max(index.skip_before, start - PRONOUN_BACK), start)
    company = next((c for c in reversed(back) if c.entity.type == "ORGANIZATION"), None)
    if company is None or not company_like(company.entity) or TICKER_AFTER.match(text, company.end):
        return None
    gap = text[company.end : start]
    ends = list(SENTENCE_END.finditer(text, company.end, min(len(text), start + 2)))  # sees the capital
    if "\n" in gap or len(ends) != 1 or text[ends[0].end() : start].strip(' "\u201c\u2018('):
        return None  # another sentence between, a new paragraph, or a pronoun inside its sentence
    opens = SENTENCE_HEAD.search(text, max(0, company.start - 60), company.start)
    if opens is None or PREPOSITION_BEFORE.match(text[company.start : company.end].split()[0] + " "):
        return None  # "In Southeast Asia, the group ...": a locative the tagger took for a name
    return company.entity


def company_named_last(index: MentionIndex, text: str, start: int) -> Entity | None:
    """The company named last before ``start``, within about two sentences (a bounded look-up);
    not an exchange listing a ticker, nor the firm of a person named after it ("Acme analyst
    Ann Lee said the company ...": the analyst's firm is not the company meant)."""
    back = index.between(max(0, start - PRONOUN_BACK), start)
    for c in reversed(back):
        if (
            company_like(c.entity)
            and not TICKER_AFTER.match(text, c.end)
            and not modifies_person(c, back, text)
        ):
            return c.entity
    return None


# "the state's $2 billion in cash reserves", "the company's 3,000 employees", "this country's
# 1.4 billion people": an anaphor's possessive right before the figure owns it, as a named
# possessor does ("Gillespie's 1,172,340 votes"), before any name the clause opened with
_ANAPHOR_OWNS = re.compile(
    r"\b(?:the|this|our|its)\s+(?:company|firm|group|bank|"
    rf"(?:{_PLACE_ADJECTIVE})?(?:country|nation|province|state|region|city|municipality))['\u2019]s\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just)\s+)?$",
    re.IGNORECASE,
)


def anaphor_possessor(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    owns = _ANAPHOR_OWNS.search(text, max(clause_start, figure[0] - 60), figure[0])
    return anaphor_owner(index, text, owns.start(), figure[0], unit) if owns is not None else None


_NEUTER = re.compile(r"(?:it|its)\b", re.IGNORECASE)


def reported_anaphor(
    index: MentionIndex, text: str, local: list[Candidate], clause_start: int, figure: tuple[int, int]
) -> tuple[Entity | None] | None:
    """ "Chief executive Ann Lee said the company would cut 300 jobs", "Lee said it expects
    revenue to grow 5 percent": a reported clause whose subject is "the company", "it" or "the
    country" is about what the anaphor stands for (or nobody), never the speaker. None when
    the rule does not apply: no such clause, a name of its own in it, or a firm reporting its
    own figure ("Acme said its sales fell 3 percent")."""
    if not may_open_report(text, clause_start, figure[0]):
        return None
    opening = max(
        REPORT_OPENING.finditer(text, clause_start, figure[0]), key=lambda m: m.start(), default=None
    )
    if opening is None or any(c.start >= opening.end() for c in local):
        return None
    reported = text[opening.end() : figure[0]]
    speakers = [c for c in local if c.end <= opening.start()]
    if anaphor_kind(reported) is None:
        result = OWN_RESULT.match(text, opening.end())
        if (
            (result is None or result.end() > figure[0])
            and not changes_own_result(text, opening.end(), figure)
            and not reports_own_measure(text, opening.end(), figure)  # "said car output fell to"
        ):
            return None  # "said nine-month sales rose": the period naming the result is no result
        own = _own_report(text, speakers, opening, clause_start)
        return own or _anaphor_own_report(index, text, local, opening)
    if _NEUTER.match(reported) and speakers and speakers[-1].entity.type != "PERSON":
        return None
    return (anaphor_owner(index, text, opening.end(), figure[0]),)


# Bodies that speak for a sector, not for themselves: their "sales rose" is the sector's
_TRADE_BODY = re.compile(r"\b(?:Association|Federation|Institute|Union|Chamber|Society|Council|Board)\b")
# "Vantor Corp (VNT.N) said", "Vantor Corp <VNT> said", "(NYSE: VNT)": the firm's ticker may stand
# between it and the verb
_SPEAKER_GAP = re.compile(
    r"(?:\s*(?:\((?:[A-Za-z]{2,8}\s*:\s*)?[A-Z][A-Z0-9.]{0,9}\)|<[A-Z][A-Z0-9.]{0,9}>))?"
    r"\s+(?:also\s+|on\s+\w+\s+)?"
)
# A relative clause or an apposition (no comma, no quotation inside) between the speaking firm and
# its verb; the firm must open the clause ("The" at most before it)
_DESCRIBED_GAP = re.compile(
    r",\s+(?:which|an?|the|its|one\s+of)\s(?:[^,;:()\"\u201c\u201d]|(?<=\d),(?=\d)){1,120},\s+(?:also\s+|on\s+\w+\s+)?"
)
_CLAUSE_HEAD = re.compile(r"\s*(?:[Tt]he\s+)?")


def _own_report(
    text: str, speakers: list[Candidate], opening: re.Match[str], clause_start: int
) -> tuple[Entity | None] | None:
    """ "Vantor Group said revenue rose 8 percent": a company reporting its own result, named
    right before the reporting verb, owns the result its reported clause opens with."""
    if not speakers:
        return None
    speaker = speakers[-1]
    if not _SPEAKER_GAP.fullmatch(text, speaker.end, opening.start()):
        # "Vantor Group, which owns the Kessel brand, said ...", "Vantor Group, the country's
        # largest lender, said ...": the firm heading the clause, set off by what describes it
        speaker = speakers[0]
        if not (
            _CLAUSE_HEAD.fullmatch(text, clause_start, speaker.start)
            and _DESCRIBED_GAP.fullmatch(text, speaker.end, opening.start())
        ):
            return None  # "Ann Lee, an analyst at Harlow Bank, said ...": not the firm speaking
    if not company_like(speaker.entity) or _TRADE_BODY.search(speaker.entity.name):
        return None
    return (speaker.entity,)


# "the company", "the lender", "the steel maker" right before the reporting verb: a firm speaking
_FIRM_SPEAKER = re.compile(
    rf"\b[Tt]he\s+(?:bank|group|(?:[\w&'\u2019-]+\s+){{0,3}}?{_FIRM_HEADS})"
    # "The group, which makes steel tubes, said turnover rose": what describes it may stand
    # between, as after a firm's name (session 32)
    r"(?:,\s+(?:which|an?|the|its|one\s+of)\s(?:[^,;:()\"\u201c\u201d]|(?<=\d),(?=\d)){1,120},)?"
    r"\s+(?:also\s+|on\s+\w+\s+)?$"
)
_FIRM_SPEAKER_REACH = 200  # the words before the verb the anaphor (and what describes it) may take


def _anaphor_own_report(
    index: MentionIndex, text: str, local: list[Candidate], opening: re.Match[str]
) -> tuple[Entity | None] | None:
    """ "Vantor Group shares fell 3 percent after the company said quarterly revenue dropped 12
    percent": "the company" ("the lender", an epithet) reporting a result of its own, as a firm
    named right before the verb does, owns it; the anaphor stands for the company named last.
    Not when a name stands between the anaphor and the verb. Reads the words before the verb."""
    low = max(0, opening.start() - _FIRM_SPEAKER_REACH)
    speaker = _FIRM_SPEAKER.search(text, low, opening.start())
    if speaker is None or any(c.end > speaker.start() for c in local if c.start < opening.start()):
        return None
    company = company_named_last(index, text, speaker.start())
    if company is None or _TRADE_BODY.search(company.name):
        return None
    return (company,)


# "He scored 12 points", "In her 20 years at the club": a personal pronoun as the clause's
# subject, or as the possessor of the figure's phrase, stands for the person last named.
_PERSONAL = re.compile(r"^(?:he|she|his|her)\b", re.IGNORECASE)
# "The striker now has 14 goals", "The Belgian rider finished 12 seconds ahead", "The
# 26-year-old has scored ...": a player's position or age heading the clause stands for the
# player named last, like "he". Roles that are nobody's tally (minister, coach) do not.
_PLAYER = re.compile(
    r"^[Tt]he\s+(?:\d+-year-old\s+|[A-Z][a-z]+\s+)?"
    r"(?:striker|forward|midfielder|defender|goalkeeper|keeper|winger|guard|quarterback|pitcher|"
    r"batter|rider|cyclist|runner|sprinter|swimmer|skater|golfer|player|rookie|\d+-year-old)\b"
)
_OPENING_PREPOSITION = re.compile(
    r"^(?:in|during|over|for|after|throughout|with)\s+(?=(?:his|her)\s)", re.IGNORECASE
)
_SAID_SAME = re.compile(
    r"^(?:(he|she)\s+(?:said|says|added|told\s+\w+)\s+(?:that\s+)?(?i:\1)\b)", re.IGNORECASE
)


def pronoun_owner(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    """The person a pronoun at the head of the figure's clause stands for: "He scored 12
    points" (he/she or a player's position, "The striker has 14 goals"; no reporting verb
    before the figure) or "His 212 appearances" (his/her
    right before the figure; "Her coach said 3 players ..." is the coach's). The person named
    last before the clause whose given name the pronoun's sex does not rule out."""
    prefix = without_opening(text[clause_start : figure[0]]).lstrip(' "\u201c\u2018(')
    prefix = _OPENING_PREPOSITION.sub("", prefix)  # "In his 14 years of teaching"
    prefix = _SAID_SAME.sub(r"\1", prefix)  # "He said he has spent Rs 24 lakh": the same "he"
    words = prefix.split()
    match = _PERSONAL.match(prefix) or _PLAYER.match(prefix)
    if match is None or len(words) > SUBJECT_PREFIX_WORDS + 3:
        return None
    pronoun = match.group(0).lower()
    if (pronoun in ("his", "her") and len(words) > 1) or REPORTED.search(prefix):
        return None
    back = index.between(max(0, clause_start - PRONOUN_BACK), clause_start)
    ruled_out = "f" if pronoun in ("he", "his") else "m" if pronoun in ("she", "her") else ""
    people = [c for c in back if c.entity.type == "PERSON" and name_gender(c.entity.name) != ruled_out]
    return people[-1].entity if people else None


# "China's trade with ... rose, and its investment in these countries grew 29 percent": "its"
# before the measure stands for the possessor named last in the sentence.
_ITS = re.compile(r"^\s*its\s", re.IGNORECASE)


def its_owner(
    candidates: list[Candidate], text: str, low: int, clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    its = _ITS.match(text[clause_start : figure[0]])
    if its is None or not names_measure(text, clause_start, figure[0]):
        return None
    owners = [
        c
        for c in candidates
        if c.entity.type in ("ORGANIZATION", "LOCATION")
        and low <= c.start
        and c.end <= clause_start
        and text[c.end : c.end + 2] in ("'s", "\u2019s")
    ]
    return owners[-1].entity if owners else None


# "Officials toured Kessel Port on Monday. The port handled 12 million containers": a definite
# head that is the last word of an organisation's or a place's name (lower-cased: "the zone",
# "the port", "the association", "the bureau") stands for that name, as "the company" stands
# for the firm named last; a possessive may follow ("The zone's exports rose 12 percent")
_NAME_HEAD = re.compile(r"(?:[Tt]he|[Tt]his)\s+([a-z][a-z-]{2,})\b(['\u2019]s\b)?")
_NAME_HEAD_TYPES = frozenset({"ORGANIZATION", "LOCATION"})
# what ``_NAME_HEAD`` needs somewhere in the clause: one search before the clause is cut
_HEAD_CUE = re.compile(r"[Tt]h(?:e|is)\s+[a-z]")
# "Last year the port handled ...", "In 2019 the zone exported ...": a time phrase without its comma
_TIME_BEFORE_HEAD = re.compile(
    r"^(?:(?:In|During|Over|Since)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:\d{4}|years?|months?|quarters?|half)|"
    r"(?:Last|This|Next)\s+(?:year|month|week|quarter|season))\s+(?=[Tt]h)"
)


def name_head_owner(
    index: MentionIndex, text: str, local: list[Candidate], clause_start: int, figure: tuple[int, int]
) -> tuple[Entity] | None:
    """The organisation or place a definite head opening the figure's clause stands for: the
    last one named within about two sentences before the clause whose name ends in that word
    ("Kessel Port" ... "the port", "the Harlow Free Trade Zone" ... "the zone's exports"). The
    head must be the clause's subject: a verb right after it, or its possessive; no name before
    it in the clause, no reported clause after it, and no anaphor the other rules read ("the
    company", "the province", "the car"). A bounded look-back."""
    cue = _HEAD_CUE.search(text, clause_start, figure[0])
    if cue is None or any(c.start <= cue.start() for c in local):
        return None  # no "the"/"this" before a lower-case word, or a name before the first one
    head = without_opening(text[clause_start : figure[0]]).lstrip(' "\u201c\u2018(')
    head = _TIME_BEFORE_HEAD.sub("", head)
    offset = figure[0] - len(head)
    match = _NAME_HEAD.match(head)
    if match is None:
        return None
    end = offset + match.end()
    if any(c.start < end for c in local):
        return None
    if match.group(2) is None and VERB_AFTER_NAME.match(text, end) is None:
        return None  # "The port authority ...": the word modifies a noun that heads the clause
    if anaphor_kind(match.group(0)) is not None or REPORTED.search(text, end, figure[0]):
        return None  # the anaphors other rules read (the dearest test, so the last)
    back = index.between(max(index.skip_before, clause_start - PRONOUN_BACK), clause_start)
    named = _named_by_head(text, back, match.group(1))
    return (named,) if named is not None else None


def _named_by_head(text: str, back: list[Candidate], word: str) -> Entity | None:
    """The organisation or place named last in ``back`` whose name ends in ``word`` ("Kessel
    Port" for "the port"), or whose possessive has a phrase headed by it ("Norland's car
    industry" for "the industry")."""
    possessed = _POSSESSED_HEADS.fullmatch(word) is not None
    for c in reversed(back):
        if c.entity.type not in _NAME_HEAD_TYPES:
            continue
        last = text[c.start : c.end].split()[-1]
        if (last[:1].isupper() or _lower_kind_place(c, word)) and last.lower() == word:
            return c.entity
        if possessed and _possesses(text, c.end, word):
            return c.entity
    return None


# Chinese county-level places the copy writes with a lower-case kind word ("Lijiao village", "Fengxu
# district": ``entities.place_kinds``): "the village" after one is the place, as "the port" after
# "Kessel Port" is
_LOWER_PLACE_KINDS = frozenset({"county", "district", "village", "township", "town"})


def _lower_kind_place(c: Candidate, word: str) -> bool:
    return word in _LOWER_PLACE_KINDS and c.entity.type == "LOCATION"


# "Norland's car industry had a hard year. The industry employed 800,000 people": a head for a
# sector, an economy, a part of a firm or a facility repeats what a possessor named shortly
# before has, and the figure is the possessor's, as "Norland's car industry employed ..." is
# (no role: "Vantor Group's chief executive ... The executive earned $5 million" is a person's)
_POSSESSED_HEADS = re.compile(
    r"industry|sector|economy|unit|division|subsidiary|arm|plant|factory|mine|refinery|port|airport|"
    r"zone|park|fund|fleet|network"
)
_POSSESSED_REACH = 50  # the possessor's phrase: its "'s", at most three modifiers, the head


def _possesses(text: str, end: int, word: str) -> bool:
    """Whether the name ending at ``end`` is the possessor of a phrase headed by ``word``
    ("Norland's car industry", "Vantor Group's Kessel plant"). Reads a few words after it."""
    phrase = re.match(
        rf"['\u2019]s\s+(?:[\w-]+\s+){{0,3}}?{word}\b(?!['\u2019-])", text[end : end + _POSSESSED_REACH]
    )
    return phrase is not None


# "In its 150 years of history, Vantor Group has never cut its dividend", "During their first 10
# years, the Harlow Hawks won 3 titles": "its" / "their" in a phrase opening the sentence points
# ahead to the subject of the clause after the comma, which owns the phrase's figure
_OPENING_ITS = re.compile(
    r"\s*(?:In|During|Over|Throughout|For|After)\s+(?:its|their)\s+(?:[a-z][\w-]*\s+){0,3}$"
)
# "After more than 10 years of operation, the market was troubled": a span of the subject's own
# activity opening the sentence (a sentence adverb may stand before it) is the subject's too
_OPENING_AFTER = re.compile(
    r"\s*(?:(?:However|But|Now|Yet),\s+)?(?:[Aa]fter)\s+(?:(?:more\s+than|nearly|almost|about|some|over)\s+)?$"
)
_ACTIVITY_AFTER = re.compile(
    r"\s+of\s+(?:operation|operating|service|history|existence|development|work|working)\b"
)
_SPANS = frozenset({"year", "month", "week", "day", "decade"})
# "he" / "she" heading the clause after the span, a verb or "and his colleagues" after it
_PERSON_AFTER_SPAN = re.compile(
    r"(?:[Hh]e|[Ss]he)\s+(?:and\s+(?:his|her)\s+[a-z]+\s+)?(?:[a-z]+ly\s+)?"
    r"(?:has|have|had|is|are|was|were|will|would|can|could|[a-z]+(?:ed|s))\b"
)
_OPENING_CLOSES = re.compile(r"[^,;:.()\"\u201c\u201d]{0,60},\s+")
_OPENING_REACH = 100  # the phrase's rest and the subject's name after the figure


def opening_its_owner(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The owner of a figure in a phrase that opens the sentence with "its" / "their" before it
    ("In its 150 years of history, Vantor Group ..."): the organisation or place heading the
    clause after the phrase's comma, a verb right after it, or the company, country, province
    or city an anaphor there stands for ("..., the country has fought 12 wars"). Reads the
    phrase and the clause's first words only."""
    if _OPENING_ITS.fullmatch(text, sentence_start, figure[0]) is None and not (
        unit in _SPANS
        and _OPENING_AFTER.fullmatch(text, sentence_start, figure[0]) is not None
        and _ACTIVITY_AFTER.match(text, figure[1]) is not None
    ):
        return None
    closes = _OPENING_CLOSES.match(text, figure[1])
    if closes is None:
        return None
    start = closes.end()
    after = index.between(start, min(len(text), start + _OPENING_REACH))
    name = after[0] if after else None
    if name is not None and text[start : name.start] in ("", "the ", "The "):
        if name.entity.type in _NAME_HEAD_TYPES and VERB_AFTER_NAME.match(text, name.end) is not None:
            return name.entity
        return None
    person = _PERSON_AFTER_SPAN.match(text, start)
    if person is not None and _OPENING_ITS.fullmatch(text, sentence_start, figure[0]) is None:
        # "After three years of working at the farm, he has become an expert": the one person
        # named in about two sentences before (session 32)
        back = index.between(max(index.skip_before, sentence_start - PRONOUN_BACK), sentence_start)
        people = {c.entity.id: c.entity for c in back if c.entity.type == "PERSON"}
        return next(iter(people.values())) if len(people) == 1 else None
    found = anaphor_kind(text[start : start + 30])
    if found is None:
        head = _NAME_HEAD.match(text, start)
        if head is None or head.group(2) is not None or VERB_AFTER_NAME.match(text, head.end()) is None:
            return None
        back = index.between(max(index.skip_before, sentence_start - PRONOUN_BACK), sentence_start)
        return _named_by_head(text, back, head.group(1))
    if found[1].strip().lower() in _PRONOUN_WORDS or found[0] not in _HEADING_KINDS:
        return None
    end = start + text[start:].find(found[1]) + len(found[1])
    if text[start : end - len(found[1])].strip() or VERB_AFTER_NAME.match(text, end) is None:
        return None
    return anaphor_owner(index, text, start, end, unit)
