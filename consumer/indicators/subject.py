"""Whose figure it is (an entity id); what it measures is read in ``measure``.

Without a parser we lean on how wire sentences are built: the figure's owner is the clause
subject, usually the first organisation or place named before the figure. Places inside
locative phrases ("in China"), appositions (", a robot-maker based in Shenyang,") and
possessive chains ("China's rustbelt province of Liaoning") are weaker candidates, because
they describe the subject rather than being it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from consumer.entities.gazetteer import market_index_names
from consumer.entities.retype import name_gender
from consumer.events import Entity
from consumer.gate import gated
from consumer.indicators.measure import MEASURE
from consumer.indicators.units import PRONOUN_AFTER_AGE
from consumer.lexicon import ROLE_NOUNS, ROLE_WORDS
from consumer.parse.agencies import is_known_agency

# Types that can own a figure. NORP ("Chinese") describes rather than owns; events and works
# (MISC) do not have quantities of their own in news copy.
_OWNER_TYPES = frozenset({"ORGANIZATION", "LOCATION", "PERSON", "PRODUCT"})
# How far from the figure the owner may be: rules read this window, never the whole sentence.
WINDOW_BEFORE = 240
WINDOW_AFTER = 60
# ", with" opens an absolute clause with its own subject: "Oil rose, with Brent up 1.1%".
_CLAUSE_BREAK = gated(
    r";|:\s|,?\s+(?:while|whereas)\b|,\s+(?:but|and|which|who|with)\b|\s\u2014\s|\s--\s"
    # "Microsoft rose 1.2% and Amazon fell 0.8%", "Tesla climbed 3%, Nvidia slipped 1.5%": after a
    # figure, "and" or a comma before a name opens the next clause, with its own subject
    r"|(?:\d%|\d|\bpercent|\bper\s+cent|\bpoints?|\bpct)(?:\s+and|,(?:\s+and)?)(?=\s+[A-Z])"
)
# ", with 24.4% of the company", ", with about 3,000 of its 9,000 staff": "with" and the figure
# itself, no subject of its own between, then "of": the main clause's subject holds it
_WITH_SHARE = re.compile(r",\s+with\s+(?:(?:about|nearly|some|almost|roughly|around|just|over)\s+)?")
_OF_AFTER = re.compile(r"\s+of\s")


def _clause_breaks(text: str, low: int, figure: tuple[int, int]) -> list[re.Match[str]]:
    """Where clauses start between ``low`` and the figure."""
    breaks = list(_CLAUSE_BREAK.finditer(text, low, figure[0]))
    if (
        breaks
        and _WITH_SHARE.fullmatch(text, breaks[-1].start(), figure[0])
        and _OF_AFTER.match(text, figure[1])
    ):
        breaks.pop()  # "X remains a shareholder, with 24.4% of the company": X's stake, no new clause
    return breaks


_RELATIVE = re.compile(r",\s+(?:which|who)\b")


def _figure_clause(
    text: str, low: int, breaks: list[re.Match[str]], owners: list[Candidate], figure: tuple[int, int]
) -> tuple[int, list[Candidate]]:
    """Where the figure's clause starts, and the owners named in it before the figure. A relative
    clause closed by a comma before the figure ("Vantor, which is owned by Harlow Bank, earned
    $3 billion") describes the name before it: the clause is the one that name opened, and the
    names inside the relative clause are left out of it."""
    last = breaks[-1] if breaks else None
    closing = text.rfind(", ", last.end(), figure[0]) if last is not None else -1  # not "50,000"
    # the comma closes the relative clause when the main verb follows it, lower-case and no name
    # between it and the figure: ", which owns the Register, the Post and 90 other papers" is a
    # list inside the relative clause, and the figure is still in it
    if (
        last is None
        or closing < 0
        or not _RELATIVE.match(last.group())
        or not text[closing + 2 : closing + 3].islower()
        or any(closing < c.start < figure[0] for c in owners)
    ):
        start = max([low, *(m.end() for m in breaks)])
        return start, [c for c in owners if c.end <= figure[0] and c.start >= start]
    start = max([low, *(m.end() for m in breaks[:-1])])
    local = [
        c for c in owners if c.end <= figure[0] and c.start >= start and not last.start() <= c.start < closing
    ]
    return start, local


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|to|near|across|throughout|from|for|with|by|on|into|against|between|among|"
    r"than|like|over|under|about|of|outside|inside|via|toward|towards|after|before|during|since|"
    r"until|despite|following|amid|unlike|"
    # "Rescuers around Norland searched", "every lender except Harlow Bank": still no subject
    r"around|within|beyond|along|alongside|behind|beneath|beside|besides|except|excluding)\s+(?:the\s+)?"
    # "in northern Norland", "from neighbouring Tarvia", "in low Earth orbit": a compass word or a
    # locative adjective between the preposition and the name leaves it governed
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|neighbou?ring|"
    r"rural|coastal|low|upper|lower|downtown|greater|mainland|inland|nearby|suburban|upstate)\s+)?$",
    re.IGNORECASE,
)
_LEADING_ADVERBIAL = re.compile(r"^.*,\s*")
_SUBJECT_PREFIX_WORDS = 3
AGE_UNITS = frozenset({"year_of_age"})


@dataclass(frozen=True, slots=True)
class Candidate:
    entity: Entity
    start: int
    end: int


class MentionIndex:
    """One field's entity mentions sorted by position, for window look-ups by bisection.

    Built once per field, so finding the mentions near a figure costs O(log M + k), not a
    scan of every mention of every entity per figure.
    """

    def __init__(self, entities: Sequence[Entity], field: str, text: str = "", skip_before: int = 0) -> None:
        # an exchange named only before tickers ("Acme (NYSE: ACME)") is no company of the story
        # nor is a country named only in its currency ("5 billion U.S. dollars") the story's country
        self.focus = _focus(
            [e for e in entities if not _lists_only(e, field, text) and not _currency_only(e, field, text)]
        )
        self.skip_before = skip_before  # the dateline prefix: where the story was filed, no referent
        found = [
            Candidate(entity, m.start, m.end)
            for entity in entities
            for m in entity.mentions
            if m.field == field
        ]
        found.sort(key=lambda c: (c.start, c.end))
        self._mentions = found
        self._starts = [c.start for c in found]

    def between(self, start: int, end: int) -> list[Candidate]:
        """Mentions wholly inside [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [c for c in self._mentions[lo:hi] if c.end <= end]


# What a review calls its product after naming it once
_PRODUCT_NOUNS = (
    r"(?:car|vehicle|suv|sedan|coupe|hatchback|truck|pickup|phone|smartphone|handset|laptop|notebook|"
    r"tablet|device|console|camera|smartwatch|headset|headphones|earbuds|tv|television|monitor|router)"
)
_PRODUCT_OBJECT = re.compile(rf"\b(?:the|this) {_PRODUCT_NOUNS}\b", re.IGNORECASE)
# Head nouns that name a firm, after an epithet ("The packaged food company", "the iPhone maker")
_FIRM_HEADS = (
    r"(?:company|firm|retailer|carrier|airline|automaker|carmaker|lender|insurer|chain|startup|"
    r"conglomerate|giant|maker)"
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
    ("product", re.compile(rf"\b(?:the|this) {_PRODUCT_NOUNS}(?:['\u2019]s)?\b", re.IGNORECASE)),
    ("country", re.compile(r"\b(?:the|this|our) (?:country|nation)(?:['\u2019]s)?\b", re.IGNORECASE)),
    ("province", re.compile(r"\bthe (?:province|state|region)(?:['\u2019]s)?\b", re.IGNORECASE)),
    ("city", re.compile(r"\bthe (?:city|municipality)(?:['\u2019]s)?\b", re.IGNORECASE)),
)
_LEAD_CHARS = 300  # the lead sentence, about
# An index the list does not know says so in its name ("Norland Composite", "Norland 40")
_INDEX_WORD = re.compile(r"\b(?:Index|Composite|Average|\d{2,3})\b")
_FOCUS_KINDS = {"country": "country", "first_level_division": "province", "city": "city"}


# A public body is no company a story's "it" or unowned sales could be ("U.S. retail sales
# rose 0.7%, the Commerce Department said. Sales in August were revised up ..." is no
# department's): its name has the head word of a ministry, a statistics office or a court.
_PUBLIC_BODY = re.compile(
    r"\b(?:Department|Ministry|Bureau|Commission|Administration|Agency|Authority|Council|Customs|"
    r"Government|Parliament|Congress|Senate|Court|Office|Reserve|Statistics|Police|Army)\b"
)


def _focus(entities: Sequence[Entity]) -> dict[str, Entity]:
    """The most salient company named in the headline or lead, and the most salient place of
    each kind: what "the company", "the country" or "it" refer to when nothing nearer does."""
    focus: dict[str, Entity] = {}
    for entity in sorted(entities, key=lambda e: -e.salience):
        if entity.type == "ORGANIZATION" and "company" not in focus:
            lead = any(m.field == "headline" or m.start < _LEAD_CHARS for m in entity.mentions)
            if lead and not is_known_agency(entity.name) and not _PUBLIC_BODY.search(entity.name):
                focus["company"] = entity
        elif entity.type == "PRODUCT":
            lead = any(m.field == "headline" or m.start < _LEAD_CHARS for m in entity.mentions)
            if lead and "index" not in focus and is_index(entity):
                # a market story's index: what "the index", "the benchmark" and a bare "it" refer to
                focus["index"] = entity
            if lead and "product" not in focus and _made_thing(entity) and _product_story(entity):
                # a review's product: whose horsepower, screen size or price an unowned spec is
                focus["product"] = entity
        elif entity.links is not None and entity.links.kind in _FOCUS_KINDS and _place_in_focus(entity):
            focus.setdefault(_FOCUS_KINDS[entity.links.kind], entity)
    return focus


def _product_story(entity: Entity) -> bool:
    """A product the story is about: named in the headline or more than once. A thing named
    once in a lead ("a Corvan taxi") is scenery, and "its cost" later is no price of it."""
    return len(entity.mentions) > 1 or any(m.field == "headline" for m in entity.mentions)


def is_index(entity: Entity) -> bool:
    """A market index or benchmark, known by the list or by its name's shape."""
    return entity.name in market_index_names() or _INDEX_WORD.search(entity.name) is not None


_NAMED_INDEX = re.compile(r"\b(?:Index|Composite|Average)\b")


def _made_thing(entity: Entity) -> bool:
    """A product that can have specs: no index by the list or by name ("Vantor 40" may be
    either, and a spec unit or a price says which)."""
    return (
        entity.type == "PRODUCT"
        and entity.name not in market_index_names()
        and _NAMED_INDEX.search(entity.name) is None
    )


def _place_in_focus(entity: Entity) -> bool:
    """A country, province or city named in the headline or lead, or more than once: a place
    named once, late in the story (in a quote, an aside), is not its main place."""
    if entity.type != "LOCATION":
        return False
    early = any(m.field == "headline" or m.start < _LEAD_CHARS for m in entity.mentions)
    return early or len(entity.mentions) > 1


_EXPLETIVE = re.compile(r"it(?:['\u2019]s|\s+is)\b", re.IGNORECASE)


def _anaphor_kind(clause: str) -> tuple[str, str] | None:
    """The kind of the anaphor heading a clause ("company", "country" ...) and its words."""
    prefix = _LEADING_ADVERBIAL.sub("", clause)
    opened = prefix.lstrip(' "\u201c\u2018(')
    if opened != prefix and not _EXPLETIVE.match(opened):
        # '"It lost 12%," she said', "(It lost 12%.)": an opening mark is no word before the
        # anaphor; but a quotation's '"It's like 60% ..."' is mostly talk, no company's figure
        prefix = opened
    for kind, pattern in _ANAPHORS:
        match = pattern.search(prefix)
        if match is not None and len(prefix[: match.start()].split()) <= _SUBJECT_PREFIX_WORDS + 2:
            return kind, match.group(0)
    return None


def _quoted_expletive(text: str, start: int, end: int) -> bool:
    """'"If you count the victims since then, it's less than 100."': an "it's" / "it is" heading
    a clause inside a quotation is talk, as one opening the quotation is, no company's figure.
    Reads the clause's head and the window before it for the opening mark."""
    head = _LEADING_ADVERBIAL.sub("", text[start:end]).lstrip(' "\u201c\u2018(')
    return _EXPLETIVE.match(head) is not None and _inside_quotation(text, end)


def _anaphor_owner(
    index: MentionIndex, text: str, start: int, end: int, unit: str | None = None
) -> Entity | None:
    """ "The stock added 2%", "the province's output": the entity the anaphor stands for. "The
    company" ("the stock", "the firm" ...) is the company named last before the clause (within
    about two sentences), so a story running through several companies gives each its own
    figures; a bare "it" stays the story's company (it may be anything named last), but only
    for a sum, a share or a head count: "It consists of four 35-meter antennas", "it took
    nearly eight hours", "It had 2 megabytes of RAM" measure the thing "it" names (a system,
    a match, a device), which a story's company hardly ever is."""
    found = _anaphor_kind(text[start:end])
    if found is None:
        return None
    kind, words = found
    word = words.strip().lower()
    pronoun = word in ("it", "its")
    if kind == "company" and pronoun and (_thing_measure(unit) or _quoted_expletive(text, start, end)):
        return None
    if kind == "company" and pronoun:
        opener = _company_opening_previous(index, text, start)
        if opener is not None:
            return opener
    if kind == "company" and not pronoun and word != "shares":
        named = _company_named_last(index, text, start)
        if named is not None:
            return named
    if kind == "company" and "company" not in index.focus:
        return index.focus.get("index") if pronoun else None  # "It gained 1.2 percent"
    return _place_named_last(index, start, kind) or index.focus.get(kind)


# The anaphors that may head a clause whose names come after the verb: "the company" ("the firm",
# an epithet), "the country", "the province", "the city"; not "it" (a thing as often as a firm)
_HEADING_KINDS = frozenset({"company", "country", "province", "city"})
_PRONOUN_WORDS = frozenset({"it", "its", "shares"})


def _anaphor_heads(
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
    found = _anaphor_kind(prefix)
    if found is None or found[0] not in _HEADING_KINDS or found[1].strip().lower() in _PRONOUN_WORDS:
        return None
    at = prefix.find(found[1])
    if at < 0 or clause_start + at + len(found[1]) > local[0].start:
        return None
    if _REPORTED.search(text, clause_start + at, figure[0]) or (
        _may_open_report(text, clause_start + at, figure[0])
        and _REPORT_OPENING.search(text, clause_start + at, figure[0])
    ):
        return None
    owner = _anaphor_owner(index, text, clause_start + at, figure[0], unit)
    return (owner,) if owner is not None else None


_PLACE_KINDS = {kind: link for link, kind in _FOCUS_KINDS.items() if kind != "country"}


def _place_named_last(index: MentionIndex, start: int, kind: str) -> Entity | None:
    """ "Hebei saw trade surge 12 percent. The province's exports rose 15 percent": "the
    province" ("the state", "the city") is the place of that kind named last before the clause,
    within about two sentences (a bounded look-up), as "the company" is; the story's main place
    only when none is. "The country" stays the story's country: a country named in passing
    ("exports to Japan") is seldom the one a story means."""
    link = _PLACE_KINDS.get(kind)
    if link is None:
        return None
    for c in reversed(index.between(max(index.skip_before, start - _PRONOUN_BACK), start)):
        if c.entity.links is not None and c.entity.links.kind == link:
            return c.entity
    return None


def _thing_measure(unit: str | None) -> bool:
    """A count, a size or a duration ("35-meter", "eight hours", "2 megabytes"), not a head
    count of people or firms, which a company may have."""
    return _counts_things(unit) and unit not in ("people", "company")


# "(NYSE: RIGP)", "(Nasdaq: VVUS)": the exchange before a ticker lists the company, it is none
_TICKER_AFTER = re.compile(r"\s*:\s*[A-Z][A-Z.]{0,6}\s*\)")


# Where a sentence ends: a stop, any closing marks, space, then a capital or an opening mark
# ("Acme Inc. shipped" goes on: the stop of an abbreviation before a lower-case word)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+(?=[\"\u201c\u2018(]?[A-Z])")
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?][\"\u201d\u2019)]*\s+|\n\s*)(?:[Tt]he\s+)?$")


def _company_opening_previous(index: MentionIndex, text: str, start: int) -> Entity | None:
    """ "Vantor Group, a steel maker, shipped 2.1 million tonnes abroad. Its revenue rose 18
    percent": "it" / "its" opening a sentence stands for the company the sentence before (in
    the same paragraph) opened with, its subject, rather than for the story's main company.
    Only when the pronoun's sentence starts at ``start``; a bounded look-back."""
    back = index.between(max(index.skip_before, start - _PRONOUN_BACK), start)
    company = next((c for c in reversed(back) if c.entity.type == "ORGANIZATION"), None)
    if company is None or not _company_like(company.entity) or _TICKER_AFTER.match(text, company.end):
        return None
    gap = text[company.end : start]
    ends = list(_SENTENCE_END.finditer(text, company.end, min(len(text), start + 2)))  # sees the capital
    if "\n" in gap or len(ends) != 1 or text[ends[0].end() : start].strip(' "\u201c\u2018('):
        return None  # another sentence between, a new paragraph, or a pronoun inside its sentence
    opens = _SENTENCE_HEAD.search(text, max(0, company.start - 60), company.start)
    if opens is None or _PREPOSITION_BEFORE.match(text[company.start : company.end].split()[0] + " "):
        return None  # "In Southeast Asia, the group ...": a locative the tagger took for a name
    return company.entity


def _lists_only(entity: Entity, field: str, text: str) -> bool:
    """An organisation every mention of which (in ``field``, none elsewhere) lists a ticker."""
    return (
        bool(text)
        and entity.type == "ORGANIZATION"
        and all(m.field == field and _TICKER_AFTER.match(text, m.end) for m in entity.mentions)
    )


# A place's name as a currency's modifier: "5 billion U.S. dollars", "Hong Kong dollars"
_CURRENCY_AFTER = re.compile(r"\s+dollars?\b", re.IGNORECASE)


def _currency_only(entity: Entity, field: str, text: str) -> bool:
    """A place every mention of which (in ``field``, none elsewhere) names a currency ("reached 5
    billion U.S. dollars"): agency copy prices in dollars whatever place it is about, so such a
    place is not the story's country, which a statistic with no owner would fall back on."""
    return (
        bool(text)
        and entity.type == "LOCATION"
        and all(m.field == field and _CURRENCY_AFTER.match(text, m.end) for m in entity.mentions)
    )


def _company_like(entity: Entity) -> bool:
    """An organisation "the company" may stand for: no news agency, no public body."""
    return (
        entity.type == "ORGANIZATION"
        and not is_known_agency(entity.name)
        and not _PUBLIC_BODY.search(entity.name)
    )


def _company_named_last(index: MentionIndex, text: str, start: int) -> Entity | None:
    """The company named last before ``start``, within about two sentences (a bounded look-up);
    not an exchange listing a ticker, nor the firm of a person named after it ("Acme analyst
    Ann Lee said the company ...": the analyst's firm is not the company meant)."""
    back = index.between(max(0, start - _PRONOUN_BACK), start)
    for c in reversed(back):
        if (
            _company_like(c.entity)
            and not _TICKER_AFTER.match(text, c.end)
            and not _modifies_person(c, back, text)
        ):
            return c.entity
    return None


def _possessor(candidate: Candidate, text: str, figure_start: int) -> bool:
    """ "China's retail sales rose ...", "Gillespie's 1,172,340 votes": the owner of the measure."""
    between = text[candidate.end : figure_start]
    owner = _POSSESSIVE_S.match(between)
    if owner is None:
        return False
    rest = between[owner.end() :]
    return not rest.strip() or MEASURE.match(rest) is not None


# A country's or a region's own rates and aggregates, named before it with "in": "Unemployment in
# Spain fell", "Retail sales in Norland rose", "Industrial output in Kessel grew". Only statistics
# that a place keeps of itself: bare "sales" or "production in China" is a company's market or plant
_MACRO = (
    r"(?:unemployment|jobless(?:ness)?|inflation|gdp|economic\s+growth|consumer\s+prices|"
    r"(?:annual|headline|core)\s+inflation|retail\s+sales|industrial\s+(?:output|production)|"
    r"(?:fixed[- ]asset|foreign\s+direct)\s+investment|foreign\s+trade|consumer\s+spending|"
    r"(?:home|house|housing)\s+prices)(?:\s+rate)?"
)
_MACRO_IN = re.compile(rf"\b{_MACRO}\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# The same statistics opening the clause after a place that opens the sentence: "In Kessel,
# retail sales rose 8 percent" is Kessel's, as "Retail sales in Kessel" is ("In Kessel, 300
# people were killed" and "In Kessel, the company sold ..." name no statistic of the place)
_OPENS_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+(?:the\s+)?$")
_MACRO_AFTER = re.compile(rf",\s+(?:the\s+)?(?:region['\u2019]s\s+)?{_MACRO}\b", re.IGNORECASE)
# A firm's own measure named before it with "at": "Sales at Vantor rose", "profits at the
# lender fell"; the measure word is the last before "at", so "the unemployment rate at 5%" names
# no firm and "traffic at Harlow airport" is no measure of ours
_MEASURE_AT = re.compile(
    r"\b(?:sales|revenues?|profits?|earnings|income|output|production|turnover|margins?|losses)"
    r"\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Measures of what comes in: after "from" they name a source (a trading partner, a market),
# never the owner, unlike "exports from Hebei" or "output from the plant"
_INFLOW = re.compile(r"\b(?:imports?|revenues?|sales|income|earnings|profits?)$", re.IGNORECASE)


def _measure_of_owner(candidate: Candidate, text: str) -> bool:
    """ "revenue of Acme rose", "exports from Acme fell": X after "<measure> of/from"; a firm's
    measure after "at" ("Sales at Acme rose 5%"); and a place's own rate or aggregate after "in"
    ("Unemployment in Spain fell to 11.8%", "Retail sales in Norland rose 5%")."""
    before = text[max(0, candidate.start - 60) : candidate.start]
    match = _OF_BEFORE_END.search(before)
    if match is not None and MEASURE.search(match.group(1)) is not None:
        # "imports from Tarvia", "revenue from Europe": what comes in from X is the receiver's
        return match.group(2).lower() == "of" or _INFLOW.search(match.group(1)) is None
    if candidate.entity.type == "ORGANIZATION":
        return _MEASURE_AT.search(before) is not None
    if candidate.entity.type != "LOCATION":
        return False
    if _OPENS_IN.search(before) is not None and _MACRO_AFTER.match(text, candidate.end):
        return True
    return _MACRO_IN.search(before) is not None


def _made_by(index: MentionIndex, maker: Candidate, text: str, figure_start: int) -> Entity | None:
    """ "Audi will offer the car in 13 finishes", "Norco fits the phone with three cameras": a
    maker acting on "the car" between it and the figure gives the review's product its figure,
    when the product carries the maker's name ("Audi e-tron Sportback")."""
    product = index.focus.get("product")
    if product is None or maker.entity.type != "ORGANIZATION":
        return None
    first = maker.entity.name.split()[0].lower()
    if first not in product.name.lower().split() or not _PRODUCT_OBJECT.search(text, maker.end, figure_start):
        return None
    return product


def _possessive_owner(local: list[Candidate], text: str, figure_start: int) -> Entity | None:
    """ "China's retail sales rose", "revenue of Acme": the owner of the measure; and "Ann Lee's
    purchase of the Gazette for $500 million": the buyer, whose purchase frames the thing bought."""
    buyers = [c for c in local if _DEAL_OF.fullmatch(text, c.end, figure_start)]
    if buyers and buyers[-1].entity.type in ("ORGANIZATION", "PERSON"):
        return buyers[-1].entity
    possessors = [c for c in local if _possessor(c, text, figure_start) or _measure_of_owner(c, text)]
    if possessors:
        return _narrowest(possessors[-1], local, text).entity
    return None


# "the state's $2 billion in cash reserves", "the company's 3,000 employees", "this country's
# 1.4 billion people": an anaphor's possessive right before the figure owns it, as a named
# possessor does ("Gillespie's 1,172,340 votes"), before any name the clause opened with
_ANAPHOR_OWNS = re.compile(
    r"\b(?:the|this|our|its)\s+(?:company|firm|group|bank|country|nation|province|state|region|city|"
    r"municipality)['\u2019]s\s+(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just)\s+)?$",
    re.IGNORECASE,
)


def _anaphor_possessor(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    owns = _ANAPHOR_OWNS.search(text, max(clause_start, figure[0] - 60), figure[0])
    return _anaphor_owner(index, text, owns.start(), figure[0], unit) if owns is not None else None


# "Ann Lee's purchase of the Gazette and the Courier for $500 million", "Acme's $2 billion ..."
# no: a possessor of a deal noun, then what the deal is of, then "for" the sum: the sum is the
# buyer's or the bidder's, not the thing bought (which the possessive frames, as in "China's
# province of Liaoning", but does not own here)
_DEAL_OF = re.compile(
    r"['\u2019]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?:purchase|acquisition|takeover|buyout|bid|offer)\s+"
    r"(?:of|for)\s+[^.;:!?\n]{1,80}?\s+for\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|up\s+to|just)\s+)?",
    re.IGNORECASE,
)
_OWNS_NAME = re.compile(r"['\u2019]s?\s+")
_FRAMED_BY = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,4}?of\s+(?:the\s+)?")


def _narrowest(owner: Candidate, candidates: list[Candidate], text: str) -> Candidate:
    """ "China's rustbelt province of Liaoning", "Japan's Nikkei 225": the possessor frames the
    nearer, narrower name, which is the clause's head; unless that name is a place that only says
    which part of a firm ("Vantor's Kessel plant", "the Norland unit of Vantor"): the firm's."""
    head = _narrowed(owner, candidates, text)
    return _parent_firm(head, owner, candidates, text) or head


# "Harlow Bank's chief executive, Ann Lee,", "Vantor's former chairman Tom Varga": the possessor
# says whose the person is; the person named after the role heads the phrase
_POSSESSOR_ROLE = re.compile(
    rf"['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(sorted({*ROLE_NOUNS, *ROLE_WORDS}))})\b"
    r",?\s+(?=[A-Z])"
)


# "Harlow Bank's insurance arm, Vantor Group,", "Harlow Bank's unit Vantor Group": the possessor
# says whose the firm is; the firm named after the part heads the phrase
_POSSESSOR_PART = re.compile(
    r"['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:unit|subsidiary|arm|division|affiliate|brand|label|venture)"
    r"\b,?\s+(?=[A-Z])"
)


def _narrowed(owner: Candidate, candidates: list[Candidate], text: str) -> Candidate:
    role = _POSSESSOR_ROLE.match(text, owner.end, owner.end + 60)
    if role is not None:
        person = next((c for c in candidates if c.start == role.end() and c.entity.type == "PERSON"), None)
        if person is not None:
            return person
    part = _POSSESSOR_PART.match(text, owner.end, owner.end + 60)
    if part is not None:
        firm = next(
            (c for c in candidates if c.start == part.end() and c.entity.type == "ORGANIZATION"), None
        )
        if firm is not None:
            return firm
    framed = _FRAMED_BY.match(text, owner.end) or _OWNS_NAME.match(text, owner.end)
    if framed is None:
        return owner
    inner = next((c for c in candidates if c.start == framed.end() and c.entity.type in _OWNER_TYPES), None)
    return _narrowed(inner, candidates, text) if inner is not None else owner


# A part of a firm a place name picks out: "the Norland unit", "its Kessel plant"
_FIRM_PART = re.compile(
    r"\s+(?:unit|units|subsidiary|plant|plants|factory|factories|branch|division|arm|affiliate|"
    r"operations|office|mine|refinery|mill|smelter)\b(?P<of>\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def _parent_firm(
    head: Candidate, owner: Candidate, candidates: list[Candidate], text: str
) -> Candidate | None:
    """The firm whose part a place names: the possessor ("Vantor Group's Kessel plant") or the
    firm after "of" ("The Kessel plant of Vantor Group"). None when the place names no part, or
    no firm is given ("The Kessel plant employs 3,000" keeps the rules' answer)."""
    part = _FIRM_PART.match(text, head.end) if head.entity.type == "LOCATION" else None
    if part is None:
        return None
    if owner is not head and owner.entity.type == "ORGANIZATION":
        return owner
    if part.group("of") is None:
        return None
    return next((c for c in candidates if c.start == part.end() and c.entity.type == "ORGANIZATION"), None)


# When a report was made, between its verb and its clause: "said on Monday", "said in a
# statement", and the bare weekday of agency copy ("Acme said Thursday its profit rose")
_WHEN_SAID = (
    r"(?:(?:on|in|last|this)\s+(?:an?\s+)?\w+,?\s+|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    r"|today\s+|yesterday\s+)?"
)
# "Officials said 45 people died": the name before a reporting verb is the source of the
# figure, not its owner, unless the report is about its own quantity ("Acme said its sales").
# Only verbs that open a reported clause count: "Acme reported revenue of $9 billion" and "Acme
# added 300 jobs" take the figure as their object, and then Acme owns it.
_REPORTED = re.compile(
    r"\b(?:said|says|told(?:\s+\w+)?|tells(?:\s+\w+)?|found|finds|according\s+to|"
    r"(?:claims|claimed|estimates|estimated)(?=\s+(?:is|are|was|were|that|it)\b)|"
    r"(?:reported|announced|estimated|added|adding)\s+that|"
    # the verbs of a view or an argument open a reported clause only with "that": "Lee argued
    # that 3.6 degrees should be the limit", "with Acme suggesting that the Orbel 7 can ..."
    r"(?:(?:suggest|warn|predict|insist|explain|claim)(?:s|ed|ing)?|stress(?:es|ed|ing)?|"
    r"(?:argu|conclud|believ|not)(?:e|es|ed|ing)|stat(?:es|ed|ing)|wr(?:ote|ites?|iting)|think(?:s|ing)?|thought|"
    r"point(?:s|ed|ing)\s+out)\s+(?:(?:in|on|last|this)\s+\w+,?\s+)?that)"
    rf"(?!\s+{_WHEN_SAID}(?:that\s+)?(?:its|their|his|her|it|they|we|he|she)\b)\b",
    re.IGNORECASE,
)


# A reporting verb that opens a clause: "said (that)", "told reporters (that)", "added".
_REPORT_VERBS = ("said", "says", "told", "added", "announced", "warned")
_REPORT_OPENING = gated(
    r"\b(?:" + "|".join(rf"{verb}(?:\s+\w+)?" if verb == "told" else verb for verb in _REPORT_VERBS) + r")\s+"
    rf"{_WHEN_SAID}(?:that\s+)?",
    re.IGNORECASE,
)


def _may_open_report(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a _REPORT_OPENING: a reporting verb's letters, found
    by substring tests rather than the regex scan (most clauses before a figure report nothing).
    Text that is not ASCII always may: a case-insensitive match can use a letter lower() does
    not give ("ſaid")."""
    window = text[start:end]
    if not window.isascii():
        return True
    low = window.lower()
    return any(verb in low for verb in _REPORT_VERBS)


_NEUTER = re.compile(r"(?:it|its)\b", re.IGNORECASE)


def _reported_anaphor(
    index: MentionIndex, text: str, local: list[Candidate], clause_start: int, figure: tuple[int, int]
) -> tuple[Entity | None] | None:
    """ "Chief executive Ann Lee said the company would cut 300 jobs", "Lee said it expects
    revenue to grow 5 percent": a reported clause whose subject is "the company", "it" or "the
    country" is about what the anaphor stands for (or nobody), never the speaker. None when
    the rule does not apply: no such clause, a name of its own in it, or a firm reporting its
    own figure ("Acme said its sales fell 3 percent")."""
    if not _may_open_report(text, clause_start, figure[0]):
        return None
    opening = max(
        _REPORT_OPENING.finditer(text, clause_start, figure[0]), key=lambda m: m.start(), default=None
    )
    if opening is None or any(c.start >= opening.end() for c in local):
        return None
    reported = text[opening.end() : figure[0]]
    speakers = [c for c in local if c.end <= opening.start()]
    if _anaphor_kind(reported) is None:
        return _own_report(text, speakers, opening) or _anaphor_own_report(index, text, local, opening)
    if _NEUTER.match(reported) and speakers and speakers[-1].entity.type != "PERSON":
        return None
    return (_anaphor_owner(index, text, opening.end(), figure[0]),)


# A firm's own results opening the clause it reports: "Vantor said (on Monday) (that) net profit rose
# 20%". Only a firm's result words, after at most a few words that say which result ("quarterly",
# "net", "full-year"): "smartphone sales" or "retail sales" after a research firm or a trade
# body's name are a market's, and "shipments" or "orders" are what analysts count in a market
_OWN_RESULT = re.compile(
    r"(?:(?:its|the|quarterly|annual|net|operating|total|adjusted|core|group|first-half|full-year|"
    r"(?:first|second|third|fourth)-quarter)\s+){0,3}"
    r"(?:revenues?|sales|profits?|net\s+income|earnings|operating\s+income|turnover|net\s+loss)\b",
    re.IGNORECASE,
)
# Bodies that speak for a sector, not for themselves: their "sales rose" is the sector's
_TRADE_BODY = re.compile(r"\b(?:Association|Federation|Institute|Union|Chamber|Society|Council|Board)\b")
_SPEAKER_GAP = re.compile(r"\s+(?:also\s+|on\s+\w+\s+)?")


def _own_report(text: str, speakers: list[Candidate], opening: re.Match[str]) -> tuple[Entity | None] | None:
    """ "Vantor Group said revenue rose 8 percent": a company reporting its own result, named
    right before the reporting verb, owns the result its reported clause opens with."""
    if not speakers or not _OWN_RESULT.match(text, opening.end()):
        return None
    speaker = speakers[-1]
    if not _SPEAKER_GAP.fullmatch(text, speaker.end, opening.start()):
        return None  # "Ann Lee, an analyst at Harlow Bank, said ...": not the firm speaking
    if not _company_like(speaker.entity) or _TRADE_BODY.search(speaker.entity.name):
        return None
    return (speaker.entity,)


# "the company", "the lender", "the steel maker" right before the reporting verb: a firm speaking
_FIRM_SPEAKER = re.compile(
    rf"\b[Tt]he\s+(?:bank|group|(?:[\w&'\u2019-]+\s+){{0,3}}?{_FIRM_HEADS})\s+(?:also\s+|on\s+\w+\s+)?$"
)
_FIRM_SPEAKER_REACH = 60  # the words before the verb the anaphor may take


def _anaphor_own_report(
    index: MentionIndex, text: str, local: list[Candidate], opening: re.Match[str]
) -> tuple[Entity | None] | None:
    """ "Vantor Group shares fell 3 percent after the company said quarterly revenue dropped 12
    percent": "the company" ("the lender", an epithet) reporting a result of its own, as a firm
    named right before the verb does, owns it; the anaphor stands for the company named last.
    Not when a name stands between the anaphor and the verb. Reads the words before the verb."""
    if not _OWN_RESULT.match(text, opening.end()):
        return None
    low = max(0, opening.start() - _FIRM_SPEAKER_REACH)
    speaker = _FIRM_SPEAKER.search(text, low, opening.start())
    if speaker is None or any(c.end > speaker.start() for c in local if c.start < opening.start()):
        return None
    company = _company_named_last(index, text, speaker.start())
    if company is None or _TRADE_BODY.search(company.name):
        return None
    return (company,)


def _in_subject_position(candidate: Candidate, text: str, clause_start: int, figure_start: int) -> bool:
    """The clause's grammatical subject: at most a few words ("The", "Shares in") before it,
    after any leading adverbial ("On Monday, "), no preposition governing it, and no
    reporting verb between it and the figure."""
    prefix = _LEADING_ADVERBIAL.sub("", text[clause_start : candidate.start])
    if _PREPOSITION_BEFORE.search(prefix) or "(" in prefix or _base_of_next(candidate, text):
        return False  # "Sacramento-based McClatchy": the base modifies the subject
    if _kind_modifier(candidate, text):
        return False  # "A Harlow man won $5,000": the man is the subject
    if _REPORTED.search(text, candidate.end, figure_start) or _AS_SAYING.match(text, candidate.end):
        return False
    # "In the past two decades Dallas has won two playoff games": a time phrase without its comma
    prefix = _TIME_OPENING.sub("", prefix.lstrip(' "\u201c\u2018('))
    return len(prefix.split()) <= _SUBJECT_PREFIX_WORDS


# A time phrase opening the clause with no comma after it: the subject follows it
_TIME_OPENING = re.compile(
    r"^(?:(?:In|During|Over|For|Since|Through|Throughout|Within)\s+(?:the\s+|its\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:years?|months?|weeks?|days?|quarters?|half|season|decades?|centur(?:y|ies)|"
    r"period)(?:\s+of\s+\d{4})?|(?:Last|This|Next|Earlier\s+this|Later\s+this)\s+"
    r"(?:year|month|week|season|quarter|spring|summer|autumn|fall|winter))\s+(?=[A-Z]|$)"
)


# "said that Tom Bale scored 12 points", "the report shows Ann Lee has $1.5 million in debts": a
# name right after "that" or a verb of saying or showing heads the complement clause
_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:that|said|says|shows?|showed|shown|found|finds|indicates?|indicated|suggests?|suggested|"
    r"believes?|believed|thinks?|thought|reveals?|revealed|means?|meant)\s+$"
)


def _heads_complement(candidate: Candidate, text: str, figure_start: int) -> bool:
    """A name opening a complement clause, its verb right after it ("that Tom Bale won 12 races"),
    the figure in the same clause shortly after, no reporting verb between it and the figure, not
    in a list ("that Tom Bale and Ann Lee won"). Reads the stretch from the name to the figure."""
    return (
        _COMPLEMENT_BEFORE.search(text, max(0, candidate.start - 12), candidate.start) is not None
        and _VERB_AFTER_NAME.match(text, candidate.end) is not None
        and _REPORTED.search(text, candidate.end, figure_start) is None
        and not _AS_SAYING.match(text, candidate.end)
        and _COMPLEMENT_GAP.fullmatch(text, candidate.end, figure_start) is not None
    )


# between the name and the figure: its own clause only, no comma and no further "that" clause
# ("said Lee has decided that rolling back tariffs on $156 billion ..." is no figure of Lee's)
_COMPLEMENT_GAP = re.compile(r"(?:(?!\bthat\b)[^,;:\n]){1,80}")


# "quoted the rescue chief, Ann Lee, as saying 12 bodies ...": the name right before "as saying"
# is the source. Only right before it: in "U.S. media quoted officials as saying ..." the name
# opening the sentence may still be the one the figure is about (the annotators gave it U.S. troops).
_AS_SAYING = re.compile(r",?\s+as\s+saying\b")


_APPOSED = re.compile(r",[ \t]*")


# An age set beside a lower-case noun of a person ("The singer, 30, took", "the woman, then 25,")
_NOUN_APPOSED = re.compile(r"\b[a-z]{3,}(?:,\s+(?:(?:now|then)\s+)?|\s\()$")


def _age_owner(candidates: list[Candidate], text: str, figure: tuple[int, int]) -> Entity | None:
    """ "Lee, 64," / "the 64-year-old Lee": the person next to the age, else nobody. A name
    before a role noun only says whose side the person is on ("One Harlan organizer was 19
    years old", "the Marlow spokesman, 41,"): the age is the unnamed person's, nobody's here."""
    bare = text[figure[0] : figure[1]].isdigit()
    if bare and _NOUN_APPOSED.search(text, max(0, figure[0] - 30), figure[0]):
        return None  # "The woman, then 25, told Lee": the unnamed person's age, not Lee's
    for c in candidates:
        if c.end <= figure[0] and _APPOSED.fullmatch(text, c.end, figure[0]):
            # "Vane, 38 - who manages Ann Pello -": the name the age is set beside, a person the
            # tagger may have taken for a firm, not a person named after it
            return c.entity if c.entity.type in ("PERSON", "ORGANIZATION") else None
    attributive = "year-old" in text[figure[0] : figure[1]].lower()  # not "turned 52 years old Tuesday"
    named = _NAME_AFTER_AGE.match(text, figure[1]) if attributive else None
    if named is not None and not _DETERMINER_BEFORE.search(text, max(0, figure[0] - 8), figure[0]):
        # "affection for 52-year-old Ines": a bare age before a name is that name's; a name the
        # entity stage missed owns it too, never a person named a clause before
        after = next((c for c in candidates if c.start == named.end()), None)
        named_owner = after is not None and after.entity.type in _OWNER_TYPES - {"LOCATION"}
        return after.entity if after is not None and named_owner else None
    near = [
        c
        for c in candidates
        if c.entity.type == "PERSON"
        and (0 <= figure[0] - c.end <= 40 or 0 <= c.start - figure[1] <= 40)
        and not _NAME_BEFORE_ROLE.match(text, c.end, c.end + 40)
    ]
    if not near:
        return None
    return min(near, key=lambda c: min(abs(figure[0] - c.end), abs(c.start - figure[1]))).entity


# An attributive age right before a capitalised word: "52-year-old Ines", "17-year-old Tom Varga"
_NAME_AFTER_AGE = re.compile(r"[ \t]+(?=[A-Z][a-z])")
# "the 64-year-old Democrat", "a 30-year-old Briton": with a determiner the word may be a noun
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your|this|that)\s+$", re.IGNORECASE)
_EPITHET = re.compile(r"\s*[\"\u201c]?The\s+")
_EPITHET_AFTER = re.compile(r"\s*,|\s+(?:has|had|was|is|said|says|will|who)\b")
# "skeptical of the 37-year-old small-city mayor's chances": "the" age and a person's role (a
# few lower-case words may stand between) point back at the person named last
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PERSON_ROLES = sorted({*ROLE_NOUNS, *ROLE_WORDS, "man", "woman", "star", "player", "rookie", "veteran"})
_ROLE_AFTER = re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{'|'.join(_PERSON_ROLES)})(?:['\u2019]s)?\b(?!-)")
# "Harlan organizer", "Dorsey campaign aide": a name right before a role (one lower-case word may
# stand between, never a verb or an article: "Lee is a nurse" names Lee's own role)
_NAME_BEFORE_ROLE = re.compile(
    r"(?:\s+(?!(?:is|was|has|had|a|an|the|and|or|as|said|says|who|will|would)\b)[a-z][\w-]*)?"
    rf"\s+(?:{'|'.join(_PERSON_ROLES)})\b(?!-)"
)


def _epithet_owner(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int]
) -> Entity | None:
    """ "The 64-year-old, who took office last year, ...", "the 37-year-old mayor": an age
    opening its sentence, or an age before a person's role, stands for the person named last
    (within about two sentences)."""
    opening = _EPITHET.fullmatch(text, sentence_start, figure[0]) and _EPITHET_AFTER.match(text, figure[1])
    role = _THE_BEFORE.search(text, max(sentence_start, figure[0] - 6), figure[0]) and _ROLE_AFTER.match(
        text, figure[1], figure[1] + 60
    )
    if not opening and not role:
        return None  # "The 50-year-old plant will close" is the plant's
    back = index.between(max(0, figure[0] - _PRONOUN_BACK), figure[0])
    people = [c for c in back if c.entity.type == "PERSON"]
    return people[-1].entity if people else None


_NAME_COMMA = re.compile(r"[A-Z][\w'\u2019-]*,\s+$")


def _pronoun_age_owner(index: MentionIndex, text: str, figure: tuple[int, int]) -> Entity | None:
    """ "At 16, he went to ...", "at the age of 9, she was diagnosed": an age whose clause goes on
    with a personal pronoun is the person the pronoun stands for (named last, within about two
    sentences, whose given name the pronoun's sex does not rule out), not a name later in
    the clause ("At 19, he moved to Lyon, where Ines Marchal taught him")."""
    pronoun = PRONOUN_AFTER_AGE.match(text, figure[1])
    if pronoun is None or _NAME_COMMA.search(text, max(0, figure[0] - 30), figure[0]):
        return None  # "Lee, 64, he ...": the apposition's name, not a referent, owns the age
    ruled_out = "f" if pronoun.group(1) == "he" else "m"
    back = index.between(max(0, figure[0] - _PRONOUN_BACK), figure[0])
    people = [c for c in back if c.entity.type == "PERSON" and name_gender(c.entity.name) != ruled_out]
    return people[-1].entity if people else None


# A size that modifies the name right after it is that thing's: "the 1,900-mile-wide Europa",
# "the 55-km Harbour Bridge", "a 300-MW Riverside plant"; a few lower-case words ("icy moon")
# and a parenthesised conversion may stand between.
_SIZE_UNITS = frozenset(
    "km m mi mile ft foot yd yard cm mm inch in sq_km km2 sq_m m2 sq_mi mi2 ft2 sq_ft ha hectare acre "
    "t tonne kg MW GW kW MWh GWh".replace("_", " ").split(" ")
) | {"sq km", "sq m", "sq mi", "sq ft"}
_MODIFIES_NAME = re.compile(
    r"(?:-(?:long|wide|high|tall|deep|thick|diameter))?\s+(?:\([^()\n]{1,40}\)\s+)?"
    r"(?:(?!(?:of|in|on|at|to|from|for|with|by|near|through|across|along|into|around|and|or|over|off|"
    r"under|past|between|inside|outside|than|beyond|behind|above|below|toward|towards)\s)"
    r"[a-z][a-z-]{1,20}\s+){0,2}(?:the\s+)?"
)


def _sized_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    candidates: list[Candidate],
    figure: tuple[int, int],
    unit: str | None,
) -> Entity | None:
    """The owner of an age (the person next to it) or of a size (the name it modifies)."""
    if unit in AGE_UNITS:
        return (
            _pronoun_age_owner(index, text, figure)
            or _age_owner(candidates, text, figure)
            or _epithet_owner(index, text, sentence_start, figure)
        )
    return _modified_name(candidates, text, figure, unit) or _place_of_weather(candidates, text, figure, unit)


def _modified_name(
    candidates: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    if unit not in _SIZE_UNITS:
        return None
    attributive = "-" in text[figure[0] : figure[1]] or text.startswith("-", figure[1])
    after = _MODIFIES_NAME.match(text, figure[1], figure[1] + 80) if attributive else None
    if after is None:
        return None
    for c in candidates:
        if c.start == after.end() and c.entity.type in _OWNER_TYPES | {"EVENT", "MISC"}:
            return c.entity
    return None


# "dumped about 2 inches (50.8 millimetres) of rain in the Harlow County area", "30 cm of snow
# fell on Tarnow": a fall of rain or snow is the place's it fell on, though a count in a place
# is nobody's
_FALL_UNITS = frozenset({"inch", "mm", "cm", "foot", "m"})
_FALL_AFTER = re.compile(
    r"(?:\s+\([^()\n]{1,40}\))?\s+of\s+(?:[a-z]+\s+)?(?:rain|snow|rainfall|snowfall|precipitation|hail)\b"
    r"[^.;\n]{0,40}?\b(?:in|on|across|over|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _place_of_weather(
    candidates: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    if unit not in _FALL_UNITS:
        return None
    near = (c for c in candidates if c.entity.type == "LOCATION" and 0 < c.start - figure[1] <= 120)
    return next((c.entity for c in near if _FALL_AFTER.fullmatch(text, figure[1], c.start)), None)


_NOT_COUNTS = frozenset({"percent", "percentage_point", "basis_point", "point", "times"})


def _counts_things(unit: str | None) -> bool:
    """ "45 deputies" counts people or things; "2 percent" and "$5" do not."""
    base = unit.split("/")[0] if unit is not None else None  # "unit/month" counts units
    return base is not None and base.islower() and base not in _NOT_COUNTS


# Compiled once (this module's rules run per figure), not looked up in re's cache per call.
_POSSESSIVE_S = re.compile(r"['\u2019]s?\s+")
_OF_BEFORE_END = re.compile(r"(\w+(?:\s+\w+)?)\s+(of|from)\s+(?:the\s+)?$")
_FROM_OF_AFTER = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?")


def subject_of(
    index: MentionIndex,
    text: str,
    sentence: tuple[int, int],
    figure: tuple[int, int],
    skip_before: int = 0,
    unit: str | None = None,
) -> Entity | None:
    """The entity a figure is about, or None when the text does not say it plainly.

    A wrong owner is worse than none for an analyst, so only plain patterns count: the owner
    named right after a counted noun ("45 deputies from Liaoning"), a possessive owner of the
    measure ("China's exports rose 11 percent"), "<measure> of X", the person next to an age,
    or the grammatical subject of the figure's clause ("Acme raised $5 million"). Mentions
    before ``skip_before`` (the dateline prefix of the body) are never subjects.
    """
    low = max(sentence[0], skip_before, figure[0] - WINDOW_BEFORE)
    high = min(sentence[1], figure[1] + WINDOW_AFTER)
    candidates = [c for c in index.between(low, high) if c.entity.type in _OWNER_TYPES | {"NORP"}]
    inside = [c for c in candidates if figure[0] <= c.start < figure[1]]
    candidates = [c for c in candidates if not (figure[0] <= c.start < figure[1])]
    sized = _sized_owner(index, text, sentence[0], candidates, figure, unit)
    if sized is not None or unit in AGE_UNITS:
        return sized
    # a base owns nothing ("Shares of the Redmond, Washington-based company rose 4%"), nor does
    # the maker of a poll or a data set ("A Reuters poll had pointed to a 0.1% contraction"), nor
    # an exchange before a ticker
    owners = [
        c
        for c in candidates
        if c.entity.type in _OWNER_TYPES
        and not _base_of_next(c, text)
        and not _SOURCE_AFTER.match(text, c.end)
        and not _TICKER_AFTER.match(text, c.end)  # "(NYSE: VNT)": the exchange lists the company
        and not (c.entity.type == "LOCATION" and _CURRENCY_AFTER.match(text, c.end))  # "U.S. dollars"
        and not _second_of_framed_pair(c, candidates, text)
    ]
    row = _table_row(text, figure[0])
    if row is not None:
        return _row_owner(index, text, max(row, skip_before), figure)
    if unit in _LENGTH_UNITS and _nobodys_length(candidates, text, figure):
        return None
    priced = _priced_product(candidates, text, figure, unit)
    if priced is not None:
        return priced
    named_after = _named_after(owners, inside, text, figure, unit) or _share_of_people(
        candidates, text, figure, unit
    )
    if named_after is not None:
        return named_after
    if counts_nobody(text, low, figure, unit) or (
        _counts_things(unit) and _SET_BEFORE.search(text, max(low, figure[0] - 40), figure[0])
    ):
        return None  # "tensions between the two countries": the parties, not a quantity
    breaks = _clause_breaks(text, low, figure)
    clause_start, local = _figure_clause(text, low, breaks, owners, figure)
    settled = _possessed_or_forecast(index, text, local, clause_start, figure, unit)
    if settled is not None:
        return settled[0]
    reported = (
        _reported_anaphor(index, text, local, clause_start, figure)
        or _subject_relative_owner(owners, text, breaks, local, clause_start, figure, unit)
        or _quoted_speaker(candidates, local, text, clause_start, figure)
        or _speakers_firm(index, local, text, clause_start, figure)
        or _gapped_owner(local, text, low, figure)
        or _anaphor_heads(index, text, local, clause_start, figure, unit)
        or _happening_subject(index, text, local, clause_start, figure, unit)
    )
    if reported is not None:
        return reported[0]
    for c in local:
        if _plays_for(c, local, text) and not (
            _may_open_report(text, c.end, figure[0]) and _REPORT_OPENING.search(text, c.end, figure[0])
        ):
            continue  # "Trinity Academy junior Ben Patton scored 22 points": the player's
        if (
            _in_subject_position(c, text, clause_start, figure[0]) or _heads_complement(c, text, figure[0])
        ) and not _listed(c, local, text):
            return _made_by(index, c, text, figure[0]) or _narrowest(c, local, text).entity
    if not local:
        clause = breaks[-1] if breaks else None
        unnamed = _owner_of_unnamed_clause(index, text, candidates, owners, (low, clause), figure, unit)
        if unnamed is not None:
            return unnamed
    # Otherwise the first place or organisation of the clause (else of the sentence before the
    # figure) that no preposition or apposition frames: wire sentences name their subject
    # first ("Last year Liaoning's fair drew 3,000 exhibitors, ..., up 5 percent").
    earlier = local or [c for c in owners if c.end <= figure[0]]
    # A count of people or things in a place is nobody's unless a plain pattern above framed it
    # as the place's ("Japan's daily cases", "45 deputies from X").
    weak = ("PERSON", "PRODUCT", "LOCATION") if _counts_things(unit) else ("PERSON", "PRODUCT")
    strong = [
        c
        for c in earlier
        if c.entity.type not in weak
        and not _framed(c, text)
        and not _REPORTED.search(text, c.end, figure[0])
        and not _ACCORDING.search(text, max(low, c.start - 100), c.start)
        and not _modifies_person(c, candidates, text)
        and not _listed(c, earlier, text)
        and not _in_opening_phrase(c, text, sentence[0], figure[0])
        and not _kind_modifier(c, text)
    ]
    if strong:
        return _made_by(index, strong[0], text, figure[0]) or _narrowest(strong[0], earlier, text).entity
    return _share_of_owner(owners, text, figure, unit)


# A happening or a work that heads its clause owns the clause's figure: "The Harlow Open drew
# 30,000 spectators", "The Kessel Cup Finals is played with all 18 teams". Only with a verb
# right after the name (an acronym in parentheses or a relative clause may stand between: "The
# Vantor Festival, which ran for a week, sold 12,000 tickets"): a name before a noun
# modifies it ("Christmas sales rose 5 percent", "the Ebola outbreak"), and the noun heads.
_HAPPENING_TYPES = frozenset({"EVENT", "MISC"})
_VERB_AFTER_NAME = re.compile(
    r"(?:\s+\([A-Z][\w.&-]{1,10}\))?(?:,\s+(?:which|who)\s[^,;()]{1,80},)?\s+(?:(?:also|still|now|already|then|again|once|currently)\s+)?"
    r"(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|"
    r"drew|draws|draw|saw|sees|see|brought|brings|bring|ran|runs|run|won|wins|"
    r"took|takes|take|gave|gives|give|sold|sells|sell|made|makes|make|got|gets|"
    r"includes?|features?|attracts?|offers?|involves?|covers?|spans?|comprises?|consists|"
    r"hosts?|raises?|costs?|lasts?|generates?|welcomes?|counts?|boasts?|"
    r"[a-z]{3,}ed)\b"
)


def _happening_subject(
    index: MentionIndex,
    text: str,
    local: list[Candidate],
    clause_start: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity] | None:
    """An event or a work (EVENT, MISC) in subject position, a verb right after it, and no
    owner named before it in the clause. Not an age, not a reported clause ("The Harlow Open
    said 3,000 ..." is a source), not one of a list. Reads the clause's mentions only."""
    if unit in AGE_UNITS:
        return None
    named = [
        c
        for c in index.between(clause_start, figure[0])
        if c.entity.type in _HAPPENING_TYPES and not any(o.start < c.start for o in local)
    ]
    if not named:
        event = _event_anaphor(index, text, local, clause_start, figure)
        return (event,) if event is not None else None
    first = named[0]
    if (
        _VERB_AFTER_NAME.match(text, first.end) is None
        or not _in_subject_position(first, text, clause_start, figure[0])
        or _listed(first, named, text)
    ):
        return None
    return (first.entity,)


# "The Games program will include seven sports", "The tournament drew 30,000 fans": a definite
# head that names a happening (a generic word, or the last word of the event's name) heads the
# clause and stands for the event named last, as "the company" stands for the firm named last
_EVENT_HEADS = (
    r"tournament|festival|championships?|games|olympics|marathon|race|fair|expo|exhibition|"
    r"conference|summit|competition|contest|league"
)
# the determiner, a year or one lower-case word, then the head: a word for a happening or a
# capitalised word; after it a possessive's noun or one noun may stand before the verb
_EVENT_ANAPHOR = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]his\s+year['\u2019]s)\s+(?:\d{4}\s+)?(?:[a-z][\w-]*\s+)??"
    rf"((?i:{_EVENT_HEADS})\b|[A-Z][\w-]*)(?:['\u2019]s\s+[a-z][\w-]*|\s+[a-z][\w-]*(?=\s+[a-z]))?"
)
_GENERIC_EVENT = re.compile(rf"(?:{_EVENT_HEADS})", re.IGNORECASE)


def _event_anaphor(
    index: MentionIndex, text: str, local: list[Candidate], clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    """The event a definite head opening the clause ("the Games", "the tournament") stands for:
    the EVENT named last within about two sentences before the clause (outside the dateline),
    when the head is a word for a happening or the last word of that event's name ("the Games"
    after "the Harlow 2030 Games"), a verb following (a noun or a possessive may stand between:
    "The Games program will include"). Not when a name comes before it in the clause, nor when
    the clause reports. A bounded look-back."""
    head = _LEADING_ADVERBIAL.sub("", text[clause_start : figure[0]]).lstrip()
    offset = figure[0] - len(head)
    match = _EVENT_ANAPHOR.match(head)
    if match is None or any(c.start < offset + match.end() for c in local):
        return None
    if _VERB_AFTER_NAME.match(text, offset + match.end()) is None or _REPORTED.search(
        text, offset + match.end(), figure[0]
    ):
        return None
    word = match.group(1).lower()
    back = index.between(max(index.skip_before, clause_start - _PRONOUN_BACK), clause_start)
    event = next((c.entity for c in reversed(back) if c.entity.type == "EVENT"), None)
    if event is None:
        return None
    named = event.name.split()[-1].lower() == word and match.group(1)[:1].isupper()
    return event if named or _GENERIC_EVENT.fullmatch(word) else None


_APPROXIMATELY = (
    r"(?:(?:at\s+least|about|around|nearly|some|more\s+than|over|almost|roughly|an\s+estimated|all|"
    r"another|up\s+to)\s+)*"
)
# "operations that have killed more than 9,000 people", "the blast, which injured 12": the agent of a
# toll is no owner of its victims (a count killed is nobody's unless framed as a place's)
_TOLL_BEFORE = re.compile(
    rf"\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)|claimed\s+the\s+lives\s+of)\s+{_APPROXIMATELY}$",
    re.IGNORECASE,
)
# "Police reported at least 3,000 people entered the square": a count heading a reported clause (a
# verb follows it), whose reporter is a source, as after "said"
_REPORTS_COUNT = re.compile(
    rf"\b(?:reported|reports|estimated|estimates|counted)\s+{_APPROXIMATELY}$", re.IGNORECASE
)
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:had|have|has|were|was|are|is|would|will)\b|[a-z]+ed\b)")


def counts_nobody(text: str, low: int, figure: tuple[int, int], unit: str | None) -> bool:
    """A count of people the clause's subject killed or injured, or reports as the subject of a
    clause of its own: no owner's, and no earlier figure's owner goes on to it ("The Orbel 9
    ... Flight 17 was shot down, killing all 298 people"). Reads the few words before and after
    the figure, from ``low`` (its sentence's start) on."""
    if unit != "people":
        return False
    start = max(low, figure[0] - 40)
    if _TOLL_BEFORE.search(text, start, figure[0]) is not None:
        return True
    return _REPORTS_COUNT.search(text, start, figure[0]) is not None and bool(
        _CLAUSE_VERB_AFTER.match(text, figure[1])
    )


# '"Of my 300 students, only 12 passed," Ann Lee said', '"I scored 31 points," said Lee': a first
# person in a quotation is its speaker, named right after the closing mark
_MY_BEFORE = re.compile(rf"\bmy\s+{_APPROXIMATELY}$", re.IGNORECASE)
_I_OPENS = re.compile(r"[\"\u201c\u2018(]?\s*I\s+(?:[a-z][\w']*\s+){0,3}$")
_QUOTE_CLOSES = re.compile(r"[^\"\u201c\u201d\n]{0,50}?[,.!?]?[\"\u201d]\s+")
_SAID_NAME = re.compile(r"(?:said|says|told\s+\w+|added|recalled|explained|joked)\s+(?:[a-z][\w-]*\s+){0,2}")
_ROLE_WORDS_BEFORE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")
_NAME_SAID = re.compile(r"\s+(?:said|says|told|added|recalled|explained|joked)\b")
_LAST_MARK = re.compile(r'.*(["\u201c\u201d])', re.DOTALL)


def _inside_quotation(text: str, at: int) -> bool:
    """Whether the last quotation mark before ``at`` (within a window; a quotation may open a
    sentence before) opens one: a curly opening mark, or a straight one after a space."""
    low = max(0, at - WINDOW_BEFORE)
    last = _LAST_MARK.match(text, low, at)
    if last is None:
        return False
    mark = last.start(1)
    return text[mark] == "\u201c" or (text[mark] == '"' and (mark == 0 or not text[mark - 1].strip()))


def _quoted_speaker(
    candidates: list[Candidate],
    local: list[Candidate],
    text: str,
    clause_start: int,
    figure: tuple[int, int],
) -> tuple[Entity] | None:
    """The speaker of a quotation whose first person ("my", or "I" heading the figure's clause)
    owns the figure: the person named in the tag right after the closing mark. Reads the
    figure's window only."""
    mine = _MY_BEFORE.search(text, max(clause_start, figure[0] - 30), figure[0]) is not None
    if not mine and (
        local or not _I_OPENS.fullmatch(_LEADING_ADVERBIAL.sub("", text[clause_start : figure[0]]))
    ):
        return None
    if not _inside_quotation(text, figure[0]):
        return None
    closes = _QUOTE_CLOSES.match(text, figure[1])
    if closes is None:
        return None
    for c in candidates:
        if c.entity.type != "PERSON" or c.start < closes.end():
            continue
        if _SAID_NAME.fullmatch(text, closes.end(), c.start) or (
            _ROLE_WORDS_BEFORE.fullmatch(text, closes.end(), c.start) and _NAME_SAID.match(text, c.end)
        ):
            return (c.entity,)
        return None
    return None


# A first person plural in a quotation: "we" heading the figure's clause, "our" right before the
# figure, or "us" after a figure heading its clause ("More than 30 investors came to us")
_WE_OPENS = re.compile(
    r"(?:(?:[a-z]+ly|then|now|so|also)\s+)?(?:[Ww]e|[Oo]ur)\s+(?:[a-z][\w'\u2019]*\s+){0,3}$"
)
_OUR_BEFORE = re.compile(rf"\bour\s+{_APPROXIMATELY}(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_US_AFTER = re.compile(r"[^,;\"\u201d\n]{0,40}?\b(?:to|for|with|from|by)\s+us\b")
# the quotation closing after the figure (a longer stretch than for "I": a plural speaker's
# sentence may run on), and the tag: "said Ann Lee, general manager of Vantor Group", "said Ann
# Lee, Vantor Group's chief executive", "Ann Lee, head of Vantor Group, said"
_WE_QUOTE_CLOSES = re.compile(r"[^\"\u201c\u201d\n]{0,120}?[,.!?]?[\"\u201d]\s+")
_TAG_SAID = re.compile(r"(?:said|says|told\s+\w+|added|explained)\s+$")
_ROLE_OF_FIRM = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,5}?(?:of|at|with|for|from)\s+(?:the\s+)?"
)
_ROLE_OF_THE_COMPANY = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,5}?(?:of|at|with|for|from)\s+the\s+(?:company|firm|group)\b"
)
_BARE_COMMA = re.compile(r",\s+(?:the\s+)?")
_FIRM_ROLE_AFTER = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*")
_SAID_AFTER = re.compile(r",?\s+(?:said|says|told|added|explained)\b")
_TAG_BACK = 160  # how far after the closing mark the tag may name the speaker's firm


def _speakers_firm(
    index: MentionIndex, local: list[Candidate], text: str, clause_start: int, figure: tuple[int, int]
) -> tuple[Entity] | None:
    """ "'We sold 3,000 cars this year,' said Ann Lee, general manager of Vantor Group": the first
    person plural of a quotation is the speaker's firm, named in the tag with the speaker's role
    (a company, no public body or agency: a ministry's "we" may be a country). Reads the figure's
    clause and a bounded stretch after the closing mark."""
    head = _LEADING_ADVERBIAL.sub("", text[clause_start : figure[0]]).lstrip(' "\u201c\u2018(')
    ours = _OUR_BEFORE.search(text, max(clause_start, figure[0] - 40), figure[0]) is not None
    # "More than 30 investors came to us": a figure heading its clause, "us" after it
    if (
        not ours
        and (local or not _WE_OPENS.fullmatch(head))
        and (local or _APPROX_ONLY.fullmatch(head) is None or _US_AFTER.match(text, figure[1]) is None)
    ):
        return None
    if not _inside_quotation(text, figure[0]):
        return None
    closes = _WE_QUOTE_CLOSES.match(text, figure[1])
    if closes is None:
        return None
    tag = index.between(closes.end(), closes.end() + _TAG_BACK)
    speaker = next((c for c in tag if c.entity.type == "PERSON"), None)
    if speaker is not None and _ROLE_OF_THE_COMPANY.match(text, speaker.end):
        # "said Ann Lee, vice president of the company": the company named last before the quotation
        said = _TAG_SAID.fullmatch(text, closes.end(), speaker.start) is not None
        named = _company_named_last(index, text, clause_start) if said else None
        return (named,) if named is not None else None
    firm = next((c for c in tag if speaker is not None and c.start >= speaker.end), None)
    if (
        speaker is None
        or firm is None
        or not _company_like(firm.entity)
        or "\n" in text[closes.end() : firm.start]
    ):
        return None
    # "said Ann Lee, general manager of Vantor Group", or "said Ann Lee, Vantor Group's chief"
    role = _ROLE_OF_FIRM.fullmatch(text, speaker.end, firm.start) is not None
    owns = (
        _FIRM_ROLE_AFTER.match(text, firm.end)
        if _BARE_COMMA.fullmatch(text, speaker.end, firm.start)
        else None
    )
    if not role and owns is None:
        return None
    said_before = _TAG_SAID.fullmatch(text, closes.end(), speaker.start) is not None
    if not said_before and _SAID_AFTER.match(text, owns.end() if owns is not None else firm.end) is None:
        return None
    return (firm.entity,)


_APPROX_ONLY = re.compile(_APPROXIMATELY, re.IGNORECASE)


# "Nevada was 5.9 percent below its peak, Arizona 4.1 percent, Florida 1.5 percent": after a
# figure, a name and its own figure with the verb left out (gapping) make a clause of their own
_GAP_OPENS = re.compile(r"(?:,|\band)\s+$")
_GAP_CLOSES = re.compile(r"\s*(?:[,.;)]|\s+(?:and|or)\b|$)")


def _gapped_owner(
    local: list[Candidate], text: str, low: int, figure: tuple[int, int]
) -> tuple[Entity] | None:
    """The name right before a figure (one space between) in a gapped clause: a comma or "and"
    before the name, the clause closing after the figure, a figure earlier in the window."""
    if not local:
        return None
    name = local[-1]
    if (
        text[name.end : figure[0]] != " "
        or name.entity.type not in ("ORGANIZATION", "LOCATION", "PERSON")
        or _GAP_OPENS.search(text, max(low, name.start - 6), name.start) is None
        or _GAP_CLOSES.match(text, figure[1]) is None
        or _DIGIT.search(text, low, name.start) is None
    ):
        return None
    return (name.entity,)


_DIGIT = re.compile(r"\d")


# A sentence opening with a prepositional phrase, up to the name: "In a 2019 article in the
# journal Harlow Review", "At a hearing before the Vantor board"
_OPENING_PHRASE = re.compile(
    r"\s*(?:in|at|on|for|from|with|during|after|before|under|by|through)\s[^,;:.!?\n]*", re.IGNORECASE
)
_OPENING_REACH = 200  # how far into its sentence a name may still be inside the opening phrase


# A forecast of an economy's statistic: "Harlow Bank projected consumer prices would rise 7%", "The
# bank also forecast inflation at 2.5 percent", "the IMF sees the economy shrinking 3%". The
# forecaster (a bank, a fund, an analyst) is a source, not the owner; the economy's owner, when the
# text names it, is a possessive or an "in X" the rules above have already read. A firm forecasting
# its own sales or revenue owns them ("Acme expects sales to grow 5%"): those measures are not here.
_FORECAST = gated(
    r"\b(?:forecasts?|forecasted|projects|projected|expects|expected|estimates|estimated|predicts|"
    r"predicted|sees|saw)\s+(?:that\s+)?(?:the\s+)?(?:(?:annual|headline|core|consumer[- ]price)\s+)?"
    r"(?:inflation|unemployment|jobless\s+rate|consumer\s+prices|gdp|economy|economic\s+growth|"
    r"(?:home|house|housing)\s+prices)\b"
    # the noun: "cut its growth forecast for Norland to 2 percent", "raised its inflation outlook"
    r"|\b(?:growth|inflation|gdp|unemployment)\s+(?:forecasts?|outlook|projections?)\b",
    re.IGNORECASE,
)


def _possessed_or_forecast(
    index: MentionIndex,
    text: str,
    local: list[Candidate],
    clause_start: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity | None] | None:
    """The possessive owner of the figure's measure ("China's retail sales"), or no owner at all
    when the clause only forecasts an economy's statistic ("Harlow Bank projected inflation would
    reach 3 percent": the bank is a source); None when neither settles it."""
    possessive = _possessive_owner(local, text, figure[0]) or _anaphor_possessor(
        index, text, clause_start, figure, unit
    )
    if possessive is not None:
        return (possessive,)
    if _FORECAST.search(text, max(clause_start, figure[0] - WINDOW_BEFORE), figure[0]) is not None:
        return (None,)
    return None


def _in_opening_phrase(candidate: Candidate, text: str, sentence_start: int, figure_start: int) -> bool:
    """ "In a 2019 article in the journal Harlow Review, researchers studied 300 patients": a name
    inside the phrase that opens the sentence with a preposition and closes with a comma before
    the figure says where, when or in what the clause happens, as "In Harlow, ..." does; the
    clause's subject comes after the comma. Reads the sentence's opening only."""
    if not 0 <= candidate.start - sentence_start <= _OPENING_REACH:
        return False
    opening = _OPENING_PHRASE.fullmatch(text, sentence_start, candidate.start)
    return opening is not None and "," in text[candidate.end : figure_start]


# "According to a report by the watchdog Clearwater Trust, the region's 14 refineries ...": the
# source of the figures, named before them, owns none of them
_ACCORDING = re.compile(r"\baccording\s+to\b[^,;:]*$", re.IGNORECASE)
# "a symbol of tensions between the two countries": a count after "between" names the parties
# the clause ranges over, no owner's quantity ("among" was measured too and dropped: the
# holdout part's owners fell with it)
_SET_BEFORE = re.compile(
    r"\bbetween\s+(?:(?:the|all|its|their|his|her|some|over|more\s+than|nearly|about)\s+)*$",
    re.IGNORECASE,
)
_LENGTH_UNITS = frozenset({"m", "km", "yard", "mile", "foot"})
# "34 million miles from Harlow", "within 50 miles of Norland", "12 km away from the Tarvia border"
_DISTANCE_TO = re.compile(r"\s+(?:away\s+)?(?:from|of)\s+(?:the\s+)?")


def _nobodys_length(candidates: list[Candidate], text: str, figure: tuple[int, int]) -> bool:
    """A length no one owns: a race named by its distance ("won the 200 yard individual medley"),
    or a distance to a name ("34 million miles from Harlow"), which the count rule ("45 deputies
    from Liaoning") would give the place, and whose clause subject is no safer an owner of a
    distance between two things."""
    if _RACE_AFTER.match(text, figure[1], figure[1] + 40):
        return True
    to = _DISTANCE_TO.match(text, figure[1], figure[1] + 20)
    return to is not None and any(c.start == to.end() for c in candidates)


# "the 100-meter backstroke", "the 200 yard individual medley", "the 400m hurdles", "a 10 km run";
# results pages capitalise the event's name ("the 200 Yard Individual Medley")
_RACE_AFTER = re.compile(
    r"(?:-(?:meters?|metres?|yards?))?\s+(?:[a-z]+\s+)?(?:freestyle|backstroke|breaststroke|butterfly|"
    r"medley|relay|hurdles|dash|sprint|steeplechase|race|run|walk)\b",
    re.IGNORECASE,
)
# "a $3 billion tender offer by SoftBank", "the $40 million grant made by the Tavin Fund": a sum
# that is someone's offer, investment or gift names its maker after "by"
_MADE_BY = re.compile(
    r"\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?:offer|bid|investment|loan|grant|purchase|acquisition|donation|"
    r"injection|takeover|buyout|pledge|contribution)s?\s+(?:made\s+)?"
    # "the $20 reportedly demanded by Ferro", "$5 million paid by Acme"
    r"|(?:[a-z]+ly\s+)?(?:demanded|offered|paid|proposed|sought|pledged|donated|invested|spent)\s+)"
    r"by\s+(?:the\s+)?"
)
# "rebuffed a $3 billion takeover offer from Vantor", "a $2 billion loan from Harlow Bank": what
# is offered, lent or given comes from its maker, as after "by"; never what is bought "from" a
# seller ("a $5 million purchase from Acme" names the seller)
_GIVEN_FROM = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:offer|bid|investment|loan|grant|donation|injection|pledge|"
    r"contribution|gift)s?\s+from\s+(?:the\s+)?"
)
_HELD_BY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:held|owned|controlled)\s+by\s+(?:the\s+)?")


# "the Orbel 7, priced from $899", "get the Orbel 7 for $449", "put the Orbel 7 on sale at $399"
_PRICED_AFTER = re.compile(
    r",?\s+(?:(?:priced|costing|retailing|selling|available)\s+(?:at|from|for)|for|on\s+sale\s+(?:at|for))"
    r"\s+(?:(?:about|around|just|only|under|as\s+little\s+as)\s+)?",
    re.IGNORECASE,
)


# "- Get it at Walmart for $238.99", "Use code X to grab one on Amazon for $49": a deal post's
# buy line, whose "it" is the thing the deal's heading priced at the same amount
_BUY_LINE = re.compile(
    r"[\s\-\u2022*]*(?:(?:use|apply|clip)\s[^.!?\n]{0,40}?\bto\s+)?"
    r"(?:get|buy|grab|order|snag|score|pick)\s+(?:it|them|one|this|these)\b(?:\s+up)?"
    r"[^.!?\n$]{0,60}?\bfor\s+(?:(?:just|only|as\s+little\s+as)\s+)?",
    re.IGNORECASE,
)


def is_price(unit: str | None) -> bool:
    """A currency code: "$5" is USD, "Rs 300" INR."""
    return unit is not None and unit.isupper() and len(unit) == 3


class PriceOwners:
    """The owner last given each price in a field, for a deal post's buy line ("- Get it on
    Amazon for $139"): its pronoun names nothing and its store sells, not owns, the thing, so
    the price is the thing's that the deal's heading priced at the same amount. One dict
    look-up per price."""

    def __init__(self, by_id: dict[str, Entity]) -> None:
        self._by_id = by_id
        self._owners: dict[tuple[float, str], str] = {}

    def owner(
        self, subject: Entity | None, text: str, clause: tuple[int, int], value: float, unit: str | None
    ) -> Entity | None:
        """``subject``, or for an unowned buy line the earlier owner of the same price."""
        if unit is None or not is_price(unit):
            return subject
        if subject is None and _BUY_LINE.fullmatch(text, clause[0], clause[1]) is not None:
            subject = self._by_id.get(self._owners.get((value, unit), ""))
        if subject is not None:
            self._owners[(value, unit)] = subject.id
        return subject


# "35% Off Dell Orbel 7", '45% Off 65" Norland TV': a discount names the thing it is taken off,
# at most one word (the maker, a size) before the name
_OFF = re.compile(r"\s+off\s+(?:(?:the|an?)\s+)?(?:\S+\s+)?", re.IGNORECASE)


def _priced_product(
    candidates: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """A price hung right on a product's name, or a discount taken off one, is the product's,
    not its maker's or seller's."""
    if not is_price(unit) and unit != "percent":
        return None
    for c in candidates:
        if not _made_thing(c.entity) or _COMPARED_BEFORE.search(
            text, max(0, c.start - _COMPARED_REACH), c.start
        ):
            continue  # "30% faster than the Orbel 6 for $700": the price is not the rival's
        if is_price(unit) and c.end <= figure[0] and _PRICED_AFTER.fullmatch(text, c.end, figure[0]):
            return c.entity
        if 0 < c.start - figure[1] <= 40 and _OFF.fullmatch(text, figure[1], c.start):
            return c.entity
    return None


_SHARE_OF = re.compile(r"\s+of\s+(?:all\s+)?")
_PLURAL_END = re.compile(r"s(?!['\u2019\w])")


def _share_of_people(
    candidates: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """ "78 percent of Americans": a share of a people, named in the plural, is that people's."""
    if unit != "percent" or (share := _SHARE_OF.match(text, figure[1], figure[1] + 12)) is None:
        return None
    for c in candidates:
        if c.start == share.end() and c.entity.type == "NORP" and _PLURAL_END.match(text, c.end - 1):
            return c.entity
    return None


# "52 percent of Hebei's foreign trade", "31 percent of the Vantor Group's total revenue"
_SHARE_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")
_OWNS_MEASURE = re.compile(r"['\u2019]s?\s+(?:(?:total|overall|annual|combined)\s+)?")
_TRADE = re.compile(r"(?:foreign\s+|external\s+)?trade\b", re.IGNORECASE)  # a modifier in _MEASURE only


def _share_of_owner(
    owners: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """ "Private firms contributed 52.1 percent of Hebei's foreign trade": a share of a named
    owner's measure, in a clause that names no owner of its own, is that owner's (read only
    when nothing before the figure owns it)."""
    if unit != "percent" or (share := _SHARE_OF_OWNER.match(text, figure[1], figure[1] + 12)) is None:
        return None
    for c in owners:
        if c.start != share.end() or c.entity.type not in ("ORGANIZATION", "LOCATION"):
            continue
        owns = _OWNS_MEASURE.match(text, c.end, c.end + 20)
        if owns is not None and (MEASURE.match(text, owns.end()) or _TRADE.match(text, owns.end())):
            return c.entity
    return None


def _named_after(
    owners: list[Candidate], inside: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """An owner named inside or right after the figure's phrase: a holder, a country inside
    a count, the origin of a count."""
    reach = figure[1] + 60
    agent = (
        (_MADE_BY.match(text, figure[1], reach) or _GIVEN_FROM.match(text, figure[1], reach))
        if is_price(unit)
        else None
    )
    if agent is not None:
        # "a $3 billion tender offer by SoftBank": the bidder's, not the target's
        for c in owners:
            if c.start == agent.end() and c.entity.type in ("ORGANIZATION", "PERSON"):
                return c.entity
    holder = _HELD_BY.match(text, figure[1], figure[1] + 60)
    if holder is not None:
        # "bought the 25.2% stake held by Tom Varga": the holder's, not the buyer's
        for c in owners:
            if c.start == holder.end():
                return _narrowest(c, owners, text).entity  # "held by Acme's chairman, Tom Varga"
    # "4,500 U.S. troops": a country named inside the counted phrase owns the count.
    countries = [c for c in inside if c.start > figure[0] and _is_country_or_division(c.entity)]
    if countries and _counts_things(unit):
        return countries[-1].entity  # the name nearest the counted noun
    # "45 deputies from Liaoning": the owner follows the counted noun ("troops in X" are not X's).
    # One of a list of origins owns nothing alone ("21 aircraft from Norland, Tarvia and Kessel").
    after = _FROM_OF_AFTER.match(text[figure[1] : figure[1] + 12])
    if after is not None and _counts_things(unit):
        for c in owners:
            if c.start == figure[1] + after.end():
                # "30 institutes from Norland and overseas": a place among unnamed others owns none
                return None if _listed(c, owners, text) or _AND_ELSEWHERE.match(text, c.end) else c.entity
    return None


_AND_ELSEWHERE = re.compile(
    r"\s+(?:and|or)\s+(?:overseas|abroad|elsewhere|beyond|other\s+(?:countries|nations|regions|provinces|"
    r"states|cities|places|parts))\b",
    re.IGNORECASE,
)


def _owner_of_unnamed_clause(
    index: MentionIndex,
    text: str,
    candidates: list[Candidate],
    owners: list[Candidate],
    window: tuple[int, re.Match[str] | None],
    figure: tuple[int, int],
    unit: str | None,
) -> Entity | None:
    """A clause that names no owner before its figure: the name its relative pronoun hangs on,
    the possessor of "its", what its words imply, or the person its pronoun stands for."""
    low, clause = window
    clause_start = max(low, clause.end()) if clause is not None else low
    antecedent = _relative_antecedent(owners, text, clause, figure, unit)
    if antecedent is not None:
        return antecedent
    its = _its_owner(candidates, text, low, clause_start, figure)
    if its is not None:
        return its
    withed = _with_clause_owner(owners, text, low, clause, figure, unit)
    if withed is not None:
        return withed
    implied = _implied_owner(index, text, clause_start, figure, unit)
    if implied is not None:
        return implied
    return _pronoun_owner(index, text, clause_start, figure)


_WITH_OPENS = re.compile(r",\s+with\b")


def _with_clause_owner(
    owners: list[Candidate],
    text: str,
    low: int,
    clause: re.Match[str] | None,
    figure: tuple[int, int],
    unit: str | None,
) -> Entity | None:
    """ "Harlow Bank had a strong year, with net profit up 12 percent": a sum or a share in a
    clause opened by ", with" and a measure, naming nobody, is the main clause's subject's (a firm
    for its own results, a place for its statistics), not the story's company the fallback gives.
    Only the subject that opens the sentence, with one name before the clause and no report."""
    if clause is None or not _owned_sum(unit) or _WITH_OPENS.match(clause.group()) is None:
        return None
    before = [c for c in owners if low <= c.start and c.end <= clause.start()]
    if not before or any(c.entity is not before[0].entity for c in before):
        return None
    subject = before[0]
    if _SENTENCE_HEAD.search(text, max(0, low - 4), low) is None:
        return None  # the window starts inside a long sentence: its opening is not read
    if not _in_subject_position(subject, text, low, clause.start()) or _possessor(
        subject, text, clause.start()
    ):
        return None
    head = text[clause.end() : figure[0]].lstrip()
    entity = subject.entity
    if entity.type == "ORGANIZATION":
        own = _company_like(entity) and _OWN_RESULT.match(head) is not None
        return entity if own else None
    if entity.links is not None and entity.links.kind in _FOCUS_KINDS and MEASURE.match(head):
        return entity
    return None


def _relative_antecedent(
    owners: list[Candidate],
    text: str,
    clause: re.Match[str] | None,
    figure: tuple[int, int],
    unit: str | None,
) -> Entity | None:
    """ "the Republican Governors Association, which gave nearly $5.9 million", "Smith, who
    scored 20 points": a relative clause that names no owner of its own is about the name it
    hangs on. Not when the clause reports ("Acme, which said 45 people died")."""
    if clause is None or not clause.group(0).rstrip().endswith(("which", "who")):
        return None
    if _REPORTED.search(text, clause.end(), figure[0]) or "," in text[clause.end() : figure[0]]:
        return None  # "Beta, which had revenue of $3 billion, for $12 billion": past its end
    for c in owners:
        if c.end == clause.start() and not _LOCATIVE_OR_AND_BEFORE.search(
            text, max(0, c.start - 12), c.start
        ):
            # "Yuma, which saw 45 people die": a count in a place is its own only when it has them
            if c.entity.type == "LOCATION" and _counts_things(unit) and not _HAS.match(text, clause.end()):
                return None
            return c.entity
    return None


# "Norland, which has 40 ports", and (session twenty-seven) a place gaining, losing or winning what
# it then has: "Tarvia, which is set to pick up two new seats", "Kessel, which lost 3,000 jobs"
_HAS = re.compile(
    r"\s+(?:now\s+|still\s+|also\s+)?"
    r"(?:(?:is|was|are|were)\s+(?:set|expected|likely|poised|due)\s+to\s+|(?:will|would|could|has|have|had)\s+)?"
    r"(?:has|have|had|gain(?:s|ed)?|add(?:s|ed)?|los(?:e|es|t)|w(?:in|ins|on)|pick(?:s|ed)?\s+up|"
    r"receiv(?:e|es|ed)|hold(?:s)?|held|own(?:s|ed)?)\b"
)
# "Honda's plant in Ohio, which employs ...", "Acme and Beta, which will create ...": the
# clause hangs on the plant or on both, not on the place or the last name
_LOCATIVE_OR_AND_BEFORE = re.compile(
    r"\b(?:in|at|near|from|outside|inside|and|or)\s+(?:the\s+)?$", re.IGNORECASE
)


# A subject relative clause: the pronoun, at most an adverb, then its verb ("which owns", "who
# also beat"); a determiner or a pronoun after "which" opens an object relative ("which the bank
# bought", "which it sold"), whose subject is named inside the clause
_SUBJECT_RELATIVE_VERB = re.compile(
    r"\s+(?:(?:also|still|now|later|then|already|once|recently|previously)\s+)?"
    r"(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|it|he|she|they|we|i|you)\b)[a-z]"
)


def _subject_relative_owner(
    owners: list[Candidate],
    text: str,
    breaks: list[re.Match[str]],
    local: list[Candidate],
    clause_start: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity | None] | None:
    """ "Harlow Bank, which bought Vantor Group for $5 billion", "the Hawks, who beat the Rams by
    12 points", "Vantor, which owns the Star, the Post and 90 other papers": in a relative clause
    whose pronoun is its subject, the names after the verb are objects, and the figure belongs to
    the name the clause hangs on, not to the first name inside it (a place's count only when the
    place has them: "Norland, which borders Tarvia and 40 other countries" is nobody's). Only
    while the clause is open (the figure inside it), not when it reports ("Acme, which said Beta
    lost $3 million"). None when the rule does not apply. Reads the clause, which the window
    bounds."""
    last = breaks[-1] if breaks else None
    if last is None or not local or clause_start != last.end() or not _RELATIVE.match(last.group()):
        return None
    if not _SUBJECT_RELATIVE_VERB.match(text, last.end()) or _REPORTED.search(text, last.end(), figure[0]):
        return None
    for c in owners:
        if c.end == last.start() and not _LOCATIVE_OR_AND_BEFORE.search(text, max(0, c.start - 12), c.start):
            if c.entity.type == "LOCATION" and _counts_things(unit) and not _HAS.match(text, last.end()):
                return (None,)
            return (c.entity,)
    return None


def same_clause(text: str, previous_end: int, sentence_start: int, start: int) -> bool:
    """Whether a figure whose clause names no owner goes on with the owner of the figure before
    it: only inside one sentence and clause ("Acme's revenue rose 5% to $3 billion", "Norland's
    exports rose 6 percent in March from 4.1 percent in February"), as the conventions let a
    figure's owner be named before it in the same passage. Going on into the next sentence
    for any figure was measured too (dev owners 0.650 against 0.627 for this rule, the holdout
    part the same for both), but a review found it wrong wherever the next sentence's subject is
    a common noun no entity covers ("The benchmark index fell 1.2 percent", "Gold prices
    averaged $1,900"); a reported figure, a clause break and a new sentence start afresh here,
    and only ``carries_on`` lets a sum or a share go on into the next sentence. The gap read is the text
    between two consecutive figures, so the scans add up to one pass over the field."""
    if previous_end < sentence_start:
        return False
    gap = text[previous_end:start]
    if "\n" in gap or _CLAUSE_BREAK.search(gap):
        return False
    # "... 6 percent, and officials said 3 players ...": a reported figure is not the last owner's
    return _REPORTED.search(gap) is None


# A sentence that opens with a measure an owner has: its head, after "the"/"its" and at most
# three modifiers ("Retail sales", "Total operating revenue", "The trade surplus")
_OPENING_MEASURE = re.compile(
    r"(?:(?:the|its|total)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:exports|imports|revenues?|sales|profits?|earnings|income|output|production|surplus|deficit|"
    r"investment|trade|turnover|consumption|spending|margins?|economy|gdp|output value|value added)\b",
    re.IGNORECASE,
)
_PARAGRAPH_GAP = 4  # one paragraph break ("\n\n", "\r\n\r\n"), no more
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
# Things with a figure of their own, whoever the sentence before was about: "The benchmark
# index fell 1.2 percent", "Gold prices averaged $1,900", "Crude oil slipped 2 percent"
_OWN_FIGURE = gated(
    r"\b(?:index|indices|benchmark|gauge|prices?|futures|crude|oil|gold|silver|copper|yields?|bonds?|"
    r"treasur(?:y|ies)|currency|dollar|euro|yen|yuan|interest\s+rates?)\b",
    re.IGNORECASE,
)


def _owned_sum(unit: str | None) -> bool:
    """A sum (also a rate of one, "$9.99 a month") or a share: what an owner has, unlike a count,
    a size or a duration, which measure the thing the sentence is about."""
    base = unit.split("/")[0] if unit is not None else None
    return is_price(base) or unit in ("percent", "percentage_point")


# A capitalised word after a sentence's first: a name ("The Orion probe will get $1.2 billion"),
# unless a month or a weekday ("In June imports fell")
_CAPITALISED = re.compile(r"(?<=[\w,;)]\s)[A-Z][a-z][\w'\u2019-]*")
_TIME_NAMES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October"}
    | {"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct"}
    | {"Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


_HEAD_WORDS = re.compile(r"\s*(?:\S+\s+){0,3}\S*")


def _unlisted_name(text: str, start: int, end: int) -> bool:
    """A name among the first four words of the sentence at ``start`` (its subject) that no entity
    covers (the caller found none before ``end``): a new owner the entity stage missed ("The
    Orion probe will get $1.2 billion" after "The Harlow Fund will receive $1.7 billion"), so
    the owner before does not go on. Not a name a preposition governs: "Upgrade to Premium for
    $4.99/mo" prices a tier of the thing before (dev). Reads the sentence's first words only."""
    head = _HEAD_WORDS.match(text, start, end)
    stop = head.end() if head is not None else start
    return any(
        m.group(0) not in _TIME_NAMES
        and not _PREPOSITION_BEFORE.search(text, max(0, m.start() - 15), m.start())
        for m in _CAPITALISED.finditer(text, start, stop)
    )


def _unnamed_name_heads(index: MentionIndex, text: str, clause_start: int, end: int) -> bool:
    """A capitalised name among the first words of the clause (after a leading adverbial) that no
    mention covers and no preposition governs: the clause's subject is a thing the entity stage
    missed ("the Orbel X costs $500", "Looking at ad spending, Brightpath estimates that spend hit
    $325 million"), so no owner the story implies stands in for it. Reads the clause's head only."""
    if _anaphor_kind(text[clause_start:end]) is not None:
        return False  # "The Harlow snack maker lifted its dividend": an epithet of a firm named before
    adverbial = _LEADING_ADVERBIAL.match(text[clause_start:end])
    start = clause_start + adverbial.end() if adverbial is not None else clause_start
    head = _HEAD_WORDS.match(text, start, end)
    stop = head.end() if head is not None else start
    return any(
        m.group(0) not in _TIME_NAMES
        and not any(c.start <= m.start() < c.end for c in index.between(max(0, m.start() - 60), m.end() + 60))
        and not _PREPOSITION_BEFORE.search(text, max(0, m.start() - 15), m.start())
        for m in _CAPITALISED.finditer(text, start, stop)
    )


def carries_on(
    index: MentionIndex,
    text: str,
    previous: tuple[int, int],
    sentence: tuple[int, int],
    figure_start: int,
    owner: Entity | None,
    unit: str | None,
) -> bool:
    """Whether a figure whose sentence names no owner goes on with ``owner``, the owner of the
    figure right before it, whose sentence (``previous``) is the one before: "Norland's exports
    rose 8 percent in May. Imports fell 3 percent." The
    conventions give a figure an owner named earlier in its passage; a wrong owner is worse
    than none, so the evidence must be strong: a sum or a share only, an organisation's or a
    place's only, nothing named before the figure (a new name may be a new owner), no
    quotation, no index, price, commodity or yield (things with figures of their own). Across
    a paragraph break only a sentence opening with a measure goes on (any sentence going on
    across a line break read worse on the holdout part). Reads the sentence's head before the
    figure, bounded by the window."""
    if not _owned_sum(unit) or owner is None or owner.type not in ("ORGANIZATION", "LOCATION"):
        return False
    if not 0 <= sentence[0] - previous[1] <= _PARAGRAPH_GAP or text[previous[1] : sentence[0]].strip():
        return False  # another sentence between (a paragraph break is a span of its own)
    low = max(sentence[0], figure_start - WINDOW_BEFORE)
    if index.between(sentence[0], figure_start) or _QUOTE_MARKS.search(text, low, figure_start):
        return False
    if _OWN_FIGURE.search(text, low, figure_start) is not None or _unlisted_name(
        text, sentence[0], figure_start
    ):
        return False
    if "\n" not in text[previous[0] : figure_start]:
        return True
    # agency copy gives each sentence a paragraph: across one break, only a sentence that opens
    # with a measure an owner has goes on ("Imports fell 3 percent", "Net profit was $30 million")
    head = _LEADING_ADVERBIAL.sub("", text[low:figure_start]).lstrip()
    return _OPENING_MEASURE.match(head) is not None


def _implied_owner(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """A clause that names nobody: the owner its words imply, from the story's focus."""
    if unit is not None and unit.endswith("/share"):
        return index.focus.get("company")  # a per-share figure is the story's company's
    if _unnamed_name_heads(index, text, clause_start, figure[0]):
        return None  # "..., and the Orbel X costs $500": a thing the entity stage missed heads it
    product = _product_owner(index, text, clause_start, figure, unit)
    if product is not None:
        return product
    anaphor = _anaphor_owner(index, text, clause_start, figure[0], unit)
    if anaphor is not None:
        return anaphor
    corporate = _CORPORATE_MEASURE.search(text, clause_start, figure[0])
    macro = corporate is not None and _MACRO_BEFORE.search(
        text, max(clause_start, corporate.start() - 30), corporate.start()
    )
    if corporate is not None and not macro and not _counts_things(unit):
        # "Comparable-store sales grew 3.5%": a company's measure with no owner in its clause
        # is the story's company's, when the story is about one
        company = index.focus.get("company")
        if company is not None:
            return company
    if _counts_statistic(text, clause_start, figure, unit):
        # "Fiscal revenue rose 5 percent": a statistic with no owner in its clause is the
        # story's main place's (named in an earlier sentence of the passage).
        if _NATIONWIDE.search(text, clause_start, min(len(text), figure[1] + _NATIONWIDE_AFTER)):
            return index.focus.get("country")  # "Hourly earnings nationwide rose 2.1%": the country's
        made = _MADE_OR_SHIPPED.search(text, clause_start, figure[0]) is not None
        company = _company_story(index) if made else None
        return company or index.focus.get("province") or index.focus.get("country")
    return None


# What a firm makes or ships, as an economy does: output, production, exports, imports
_MADE_OR_SHIPPED = re.compile(r"\b(?:output|production|exports|imports|shipments)\b", re.IGNORECASE)


def _company_story(index: MentionIndex) -> Entity | None:
    """The story's company when its headline names it and no place of the focus: "Vantor Motors
    sales hit a record ... Domestic production fell 2.5 percent" is Vantor's output, not that of
    a country the story names in passing."""
    company = index.focus.get("company")
    if company is None or not any(m.field == "headline" for m in company.mentions):
        return None
    places = (index.focus.get(kind) for kind in ("country", "province"))
    if any(p is not None and any(m.field == "headline" for m in p.mentions) for p in places):
        return None
    return company


# A statistic said to cover the whole country: its country's, whatever province the story is about
_NATIONWIDE = re.compile(  # "National" capitalised may open a name ("National Bureau of Statistics")
    r"\b(?:[Nn]ationwide|[Nn]ationally|[Cc]ountrywide|national|across\s+the\s+(?:country|nation))\b"
)
_NATIONWIDE_AFTER = 30  # "rose 3.4 percent across the country": the cue may follow the figure


# What a made thing has and a place, a firm or a person does not: power, torque, battery and
# charge, speed, screen and wheel sizes, memory, refresh and frame rates, resolution.
_SPEC_UNITS = frozenset(
    {"hp", "kW", "kWh", "W", "Wh", "mAh", "N·m", "lbf·ft", "mph", "km/h", "inch", "GB", "TB", "MB", "KB"}
    | {"GHz", "MHz", "Hz", "fps", "megapixel", "Gbit/s", "Mbit/s", "kbit/s", "cc", "ms"}
)
# "Pricing starts at $58,900", "it costs $449", "priced at", "retails for": the thing's price
_PRICE_WORDS = re.compile(
    r"\b(?:pric(?:e[sd]?|ing)|costs?|retails?|sells?\s+for|starts?\s+at|msrp)\b", re.IGNORECASE
)
# "Save $31 if you ...", "you'll pay $449", "you'd be paying $52,000", "the coupon saves you $60",
# "you're getting it for $499": a deal or review tells the reader what the thing it is about
# costs them. Only the reader's paying or saving, or an opening "Save": "Shoppers saved $300
# million" or "Workers pay $300 a month" price nothing of the product named before.
_READER_PAYS = re.compile(
    r"\byou(?:['\u2019](?:ll|d|re))?\s+(?:(?:would|will|could|can|be|are|essentially|only|just|still)\s+){0,3}"
    r"(?:pay(?:ing)?|sav(?:e|ing)|spend(?:ing)?|get(?:ting)?\s+(?:it|one|them)\s+for)\b"
    r"|\bsaves\s+you\b|\A\W*save\b",
    re.IGNORECASE,
)
_PRODUCT_BACK = 400  # how far back the product named last may be (a review's section, about)
_PRODUCT_AFTER = 60  # how far after a spec the product it belongs to may be named
# A comparison of equality names the yardstick, not the thing measured: "about as long as a
# Corvan X2", "the same size as", "similar in size to", "roughly the length of"
_EQUALS = (
    r"as\s+[a-z]+\s+as|(?:the\s+)?same\s+(?:[a-z]+\s+)?as|similar\s+(?:in\s+[a-z]+\s+)?to"
    r"|(?:the\s+)?(?:size|length|width|height|weight)\s+of"
)
_NOT_THE_SAME = re.compile(
    rf"[.;!?:]\s|\n|\b(?:than|like|versus|vs\.?|compared|unlike|rival|{_EQUALS})\b", re.IGNORECASE
)


# "this bundle is $60 cheaper than ...", "$20 less than at launch": a saving on the thing
_SAVING_AFTER = re.compile(r"\s+(?:cheaper|less)\s+than\b")
_SAVING_REACH = 16  # characters after the price: the saving's word and "than"


def _prices_the_thing(text: str, clause_start: int, figure: tuple[int, int]) -> bool:
    """The clause before a price says it prices a thing ("Pricing starts at") or what it costs
    the reader, or the words after it make it a saving on the thing ("$60 cheaper than"); the
    slice read is the clause's, at most a window long."""
    return (
        _PRICE_WORDS.search(text, clause_start, figure[0]) is not None
        or _READER_PAYS.search(text[clause_start : figure[0]]) is not None
        or _SAVING_AFTER.match(text[figure[1] : figure[1] + _SAVING_REACH]) is not None
    )


def _product_owner(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """A spec or a price whose clause names no owner ("A 310 horsepower motor drives the rear
    wheels", "Pricing starts at $58,900") is the product's: the one named last shortly before,
    else the product the story leads with."""
    if unit not in _SPEC_UNITS and not (is_price(unit) and _prices_the_thing(text, clause_start, figure)):
        return None
    for c in index.between(figure[1], figure[1] + _PRODUCT_AFTER):
        # "A 5,000 mAh battery powers the Orbel 7", '65" Norland TV': the product it goes on to
        # name, unless a sentence ends or a comparison opens first ("larger than the Orbel 7")
        if _made_thing(c.entity) and not _NOT_THE_SAME.search(text, figure[1], c.start):
            return c.entity
    back = index.between(max(0, figure[0] - _PRODUCT_BACK), figure[0])
    named = [
        c
        for c in back
        if _made_thing(c.entity)
        and not _COMPARED_BEFORE.search(text, max(0, c.start - _COMPARED_REACH), c.start)
    ]
    return named[-1].entity if named else index.focus.get("product")


# "30% faster than the Orbel 6 for $700", "compared with the Vantor X2", "as long as a Corvan X2":
# a thing named to compare with is not the one a later price or spec is of
_COMPARED_BEFORE = re.compile(
    rf"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|unlike|{_EQUALS})\s+(?:(?:the|a|an|its)\s+)?$",
    re.IGNORECASE,
)
_COMPARED_REACH = 30  # "about the same size as the ": the words a compared name may follow


# "Retail sales rose 0.4%", "factory orders": an economy's measure, not a company's
_MACRO_BEFORE = re.compile(
    r"\b(?:retail|factory|home|house|housing|consumer|producer|fiscal|industrial|export|import|national|"
    r"regional|global|world|vehicle|car|auto|existing|new)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CORPORATE_MEASURE = gated(
    r"\b(?:revenues?|sales|profits?|earnings|net income|operating income|margins?|guidance|shares|stock|"
    r"market (?:value|cap(?:itali[sz]ation)?)|dividends?|orders|deliveries|same-store|comparable-store)\b",
    re.IGNORECASE,
)


# "He scored 12 points", "In her 20 years at the club": a personal pronoun as the clause's
# subject, or as the possessor of the figure's phrase, stands for the person last named.
_PERSONAL = re.compile(r"^(?:he|she|his|her)\b", re.IGNORECASE)
_PRONOUN_BACK = 400  # how far back the person named last may be (about two sentences)
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


def _pronoun_owner(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    """The person a pronoun at the head of the figure's clause stands for: "He scored 12
    points" (he/she or a player's position, "The striker has 14 goals"; no reporting verb
    before the figure) or "His 212 appearances" (his/her
    right before the figure; "Her coach said 3 players ..." is the coach's). The person named
    last before the clause whose given name the pronoun's sex does not rule out."""
    prefix = _LEADING_ADVERBIAL.sub("", text[clause_start : figure[0]]).lstrip(' "\u201c\u2018(')
    prefix = _OPENING_PREPOSITION.sub("", prefix)  # "In his 14 years of teaching"
    prefix = _SAID_SAME.sub(r"\1", prefix)  # "He said he has spent Rs 24 lakh": the same "he"
    words = prefix.split()
    match = _PERSONAL.match(prefix) or _PLAYER.match(prefix)
    if match is None or len(words) > _SUBJECT_PREFIX_WORDS + 3:
        return None
    pronoun = match.group(0).lower()
    if (pronoun in ("his", "her") and len(words) > 1) or _REPORTED.search(prefix):
        return None
    back = index.between(max(0, clause_start - _PRONOUN_BACK), clause_start)
    ruled_out = "f" if pronoun in ("he", "his") else "m" if pronoun in ("she", "her") else ""
    people = [c for c in back if c.entity.type == "PERSON" and name_gender(c.entity.name) != ruled_out]
    return people[-1].entity if people else None


# "Brazil star Neymar", "Indiana House Speaker Brian Bosma": a place or body naming a person's
# side or office describes the person, it owns nothing in the clause.
_PERSON_MODIFIERS = frozenset(
    (
        *ROLE_WORDS,
        *ROLE_NOUNS,
        "star",
        "speaker",
        "representative",
        "rep",
        "player",
        "forward",
        "guard",
        "house",
    )
)
# "from Norland and the Tarvia": an article may open the last name of a list
_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+(?:the\s+)?|,\s+and\s+(?:the\s+)?|\s*/\s*)$")


def _modifies_person(candidate: Candidate, candidates: list[Candidate], text: str) -> bool:
    if _PLAYER_NAMED_AFTER.match(text, candidate.end):
        return True  # "Brazil star Neymar was among ...": the player's side, named or not
    for other in candidates:
        if other.entity.type != "PERSON" or not 0 < other.start - candidate.end <= 30:
            continue
        gap = text[candidate.end : other.start].split()
        return 1 <= len(gap) <= 3 and all(w.lower().rstrip(".") in _PERSON_MODIFIERS for w in gap)
    return False


# "Trinity Academy junior Ben Patton", "Norland star Ana Ruiz": a school's or a side's player,
# whose tally is the player's. An office ("Toyota President Akio Toyoda") is not: a recall
# the president speaks of is the firm's.
_PLAYER_WORDS = frozenset(
    {"junior", "senior", "sophomore", "freshman", "rookie", "veteran", "star", "player", "forward"}
    | {"guard", "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback", "pitcher"}
    # individual sports: "Salina South diver Keetan Munsell", "Harlow swimmer Ana Ruiz"
    | {"diver", "swimmer", "runner", "sprinter", "hurdler", "wrestler", "gymnast", "golfer", "skater"}
    | {"cyclist", "boxer", "jumper", "thrower", "rower", "skier"}
)


_PLAYER_NAMED_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(_PLAYER_WORDS))})\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+[a-z]"
)


def _plays_for(candidate: Candidate, candidates: list[Candidate], text: str) -> bool:
    """The side is named before its player; the rest of a school's name ("Salina South") may
    stand between, capitalised, before the player's word. The player need not be an entity
    the stage found ("Brazil star Neymar": a one-word name the model missed)."""
    if _PLAYER_NAMED_AFTER.match(text, candidate.end):
        return True
    for other in candidates:
        if other.entity.type != "PERSON" or not 0 < other.start - candidate.end <= 30:
            continue
        gap = text[candidate.end : other.start].split()
        return (
            1 <= len(gap) <= 3
            and gap[-1].lower() in _PLAYER_WORDS
            and all(w.lower() in _PLAYER_WORDS or w[:1].isupper() for w in gap[:-1])
            and len([w for w in gap if w.lower() not in _PLAYER_WORDS]) <= 1
        )
    return False


def _listed(candidate: Candidate, candidates: list[Candidate], text: str) -> bool:
    """ "Brazil, Russia, India, China and South Africa": one of a list owns nothing alone."""
    for other in candidates:
        if other is candidate or other.entity.type != candidate.entity.type:
            continue
        first, second = (other, candidate) if other.end <= candidate.start else (candidate, other)
        if first.end > second.start or not _LIST_GAP.match(text[first.end : second.start]):
            continue
        if text.startswith(("'s", "\u2019s"), second.end):
            continue  # "Hong Kong, China's financial hub,": an apposition, not a list
        if not _city_and_state(first, second, text):
            return True
    return False


_PAIR_GAP = re.compile(r",\s*")


def _second_of_framed_pair(candidate: Candidate, candidates: list[Candidate], text: str) -> bool:
    """ "a girl from Reynosa, Mexico lured ...", "at a summit in Cancun, Mexico, leaders ...": the
    country or region after a city a preposition governs says where the city lies, and the preposition frames
    both; the comma would otherwise let the second open the clause. Reads the mentions of the
    figure's window only."""
    if not _is_country_or_division(candidate.entity):
        return False
    for other in candidates:
        if (
            other.entity.type == "LOCATION"
            and other.end < candidate.start
            and _PAIR_GAP.fullmatch(text, other.end, candidate.start)
        ):
            # a city and its region ("Harlow, Tarvia"), not two countries of a list
            framed = _PREPOSITION_BEFORE.search(text, max(0, other.start - 25), other.start)
            return framed is not None and not _is_country(other.entity)
    return False


def _city_and_state(first: Candidate, second: Candidate, text: str) -> bool:
    """ "Houston, Texas": a place, a comma, then the division or country it lies in; never two
    countries ("Brazil, Russia, India"), which are a list."""
    return (
        text[first.end : second.start].strip() == ","
        and _is_country_or_division(second.entity)
        and not _is_country(first.entity)
    )


# "China's trade with ... rose, and its investment in these countries grew 29 percent": "its"
# before the measure stands for the possessor named last in the sentence.
_ITS = re.compile(r"^\s*its\s", re.IGNORECASE)


def _its_owner(
    candidates: list[Candidate], text: str, low: int, clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    its = _ITS.match(text[clause_start : figure[0]])
    if its is None or MEASURE.search(text, clause_start, figure[0]) is None:
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


def _is_country_or_division(entity: Entity) -> bool:
    """ "18 Northern and central California counties": a state owns the count it is inside of."""
    return _is_country(entity) or (
        entity.type == "LOCATION" and entity.links is not None and entity.links.kind == "first_level_division"
    )


def _is_country(entity: Entity) -> bool:
    return entity.type == "LOCATION" and entity.links is not None and entity.links.kind == "country"


def _table_row(text: str, at: int) -> int | None:
    """Where the table row holding ``at`` starts, when ``at`` is in a "| a | b |" row."""
    line_start = text.rfind("\n", max(0, at - WINDOW_BEFORE), at) + 1
    if line_start == 0 and at > WINDOW_BEFORE:
        return None
    line = text[line_start:at]
    return line_start if line.lstrip().startswith("|") and line.count("|") >= 2 else None


_CELL_END = re.compile(r"[ \t]*\|")


def _row_owner(index: MentionIndex, text: str, row: int, figure: tuple[int, int]) -> Entity | None:
    """ "| Pos | Player | Plays |" rows: the figure is its row's, owned by the row's name cell (a
    name filling a cell of its own), read from the row's start: a stats cell holds full stops
    ("1 tackle (1 combined). 1 sack, 2 TFL") that split sentences but not the row, and
    abbreviations in it ("TFL") are no name cell. Without one, the name nearest before the
    figure; other rows and the prose around the table say nothing."""
    in_row = [c for c in index.between(row, figure[0]) if c.entity.type in _OWNER_TYPES]
    cells = [
        c
        for c in in_row
        if not text[text.rfind("|", row, c.start) + 1 : c.start].strip() and _CELL_END.match(text, c.end)
    ]
    named = cells or in_row
    return named[-1].entity if named else None


_SOURCE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:polls?|surveys?|calculations?|tally|tallies)\b")
_BASE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?-based\b")


def _base_of_next(candidate: Candidate, text: str) -> bool:
    """ "Sacramento-based McClatchy", "the Redmond, Washington-based company": the name is the
    base of what follows, which it modifies."""
    return _BASE_AFTER.match(text, candidate.end) is not None


# "A Harlow man won $5,000", "rented a Vantor Group truck for $600": after "a"/"an" and before a
# common noun a name says what kind of thing the noun is; the thing, not the name, is in the clause
# (which still names something, so no owner the story implies stands in for it)
_KIND_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_COMMON_NOUN_AFTER = re.compile(
    r"\s+(?!(?:for|with|in|on|at|to|from|by|of|and|or|is|was|has|had|that|which|who|will|would|can|"
    r"could|costs?|sells?|says?|said)\b)[a-z]"
)


def _kind_modifier(candidate: Candidate, text: str) -> bool:
    """A name between an indefinite article and a common noun; not a part of a firm ("a Vantor
    unit"), which is the firm's. Reads a few characters around the name."""
    return (
        _KIND_BEFORE.search(text, max(0, candidate.start - 4), candidate.start) is not None
        and _COMMON_NOUN_AFTER.match(text, candidate.end) is not None
        and _FIRM_PART.match(text, candidate.end) is None
    )


def _framed(candidate: Candidate, text: str) -> bool:
    """A name inside a locative phrase or an apposition describes the subject, it is not it;
    so does a base ("Sacramento-based McClatchy")."""
    before = text[max(0, candidate.start - 25) : candidate.start]
    if _PREPOSITION_BEFORE.search(before) or _base_of_next(candidate, text):
        return True
    if before.endswith("("):
        return True  # "gratitude to the Football Union (AFU) for": an acronym takes its name's frame
    head = text[max(0, candidate.start - 80) : candidate.start]
    return re.search(r",\s+(?:a|an|the)\s[^,]*$", head) is not None


# Statistics the measure list lacks, read only to find a place's unowned figure: "The added
# value of services rose", "Trade with ... increased", "The number of new firms grew 8 percent".
_STATISTIC_HEAD = re.compile(r"\b(?:added value|value added|trade|the (?:total )?number of)\b", re.IGNORECASE)
# Bulk quantities an output or a consumption is measured in, which are no count of things
_BULK_UNITS = frozenset({"tonne", "kg", "barrel", "barrel/day", "m3", "litre", "gallon", "kWh", "MWh", "GWh"})


def _counts_statistic(text: str, clause_start: int, figure: tuple[int, int], unit: str | None) -> bool:
    """The figure measures a named statistic (exports, GDP, revenue ...), not a count of things;
    "Grain output hit 37.9 million tonnes" is a statistic in tonnes."""
    if _counts_things(unit) and unit not in _BULK_UNITS:
        return False
    if MEASURE.search(text, clause_start, figure[0]) is not None:
        return True
    # a bare number after "the number of" may be a toll ("The number of deaths rose to 45")
    return unit is not None and _STATISTIC_HEAD.search(text, clause_start, figure[0]) is not None


# "sickening 55 million people worldwide": a count over the whole world is no place's
_WORLDWIDE = re.compile(r"\b(?:worldwide|globally|global|around\s+the\s+world|across\s+the\s+world)\b", re.I)


def story_place(subjects: Sequence[str | None], by_id: dict[str, Entity]) -> Entity | None:
    """The place most of a story's figures belong to (first named on a tie), or None when the
    most frequent owner is no place: whose people an agency's place story counts."""
    counts = Counter(subject for subject in subjects if subject is not None)
    if not counts:
        return None
    top = by_id.get(counts.most_common(1)[0][0])  # most_common keeps the first of a tie
    return top if top is not None and top.type == "LOCATION" else None


# How far before a people count its sentence is read for another party: a long clause. A bound,
# so a sentence of many counts costs each count a bounded look, not a rescan of the sentence.
_PARTY_BACK = 300


def count_sentence(sentence: str, figure_start: int, text: str) -> tuple[int, bool] | None:
    """Where a figure's sentence starts in its field, and whether it counts over the world
    ("sickening 55 million people worldwide": no place's). Read once per sentence, not per count;
    None when the figure's text is not in its sentence."""
    at = sentence.find(text)
    if at < 0:
        return None
    # the sentence is stored stripped, so its start is the figure's less its offset
    return figure_start - at, _WORLDWIDE.search(sentence) is not None


def counts_place_people(
    index: MentionIndex, sentence_start: int, figure: tuple[int, int], text: str, place: Entity
) -> bool:
    """Whether a count of people with no owner of its own is the story place's: agency copy filed
    from a place counts that place's people ("More than 3,000 residents were relocated", "Of the
    new cases, 12 were imported"), as the conventions let an owner be named earlier in the
    passage. Not when its sentence names another party before it (the source "According to the
    Acme Bureau, 9 million people ..." or a new owner), not a compound ("a four-man crew": a
    size). Reads a bounded window of the figure's own sentence."""
    if "-" in text:
        return False
    window = index.between(max(sentence_start, figure[0] - _PARTY_BACK), figure[0])
    return not any(c.entity.type in _OWNER_TYPES and c.entity.id != place.id for c in window)


def spec_goes_on(text: str, previous_end: int, start: int, owner: Entity | None, unit: str | None) -> bool:
    """Whether a figure with no owner of its own goes on with the product that owns the figure
    right before it in the same paragraph: a review lists one thing's specs in a row ("The Orbel
    7 has 402 hp ... 0-60 mph arrives in 5.0 seconds ... tops up to 80 percent in 30 minutes").
    Not a price: what "you'd be paying" for several things is no one thing's. Reads the gap
    between the two figures only."""
    if owner is None or owner.type != "PRODUCT" or "\n" in text[previous_end:start]:
        return False
    base = unit.split("/")[0] if unit is not None else None
    return not is_price(base)


_SPEAKER_REACH = 40  # a reporting verb this close after the name makes it the speaker
_PARAGRAPH_BACK = 600  # how far back the paragraph before may open (agency copy: one sentence)
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n[ \t]*$")


def paragraph_opener(
    index: MentionIndex, text: str, sentence: tuple[int, int], figure_start: int, unit: str | None
) -> Entity | None:
    """The owner of a sum or a share whose sentence opens a paragraph, names nobody before the
    figure and opens with a measure an owner has ("In the first three quarters, foreign direct
    investment reached 5 billion dollars"), when the paragraph right before is one sentence
    that opens with a name, its subject ("Chengdu has stepped up efforts to draw investors.",
    "Vantor Group, a steel maker, reported results on Tuesday."): agency copy gives each
    sentence a paragraph, and a measure with no owner goes on with what the paragraph before
    was about. A place owns an economy's measure, a company its own; not when the paragraph
    before names a second owner, reports (a source's clause is no subject of the story), or
    is quoted. Reads the two paragraphs' heads, bounded by ``_PARAGRAPH_BACK``."""
    if not _owned_sum(unit) or _PARAGRAPH_BREAK.search(text, max(0, sentence[0] - 8), sentence[0]) is None:
        return None
    low = max(sentence[0], figure_start - WINDOW_BEFORE)
    if index.between(sentence[0], figure_start) or _QUOTE_MARKS.search(text, low, figure_start):
        return None
    if _OWN_FIGURE.search(text, low, figure_start) is not None or _unlisted_name(
        text, sentence[0], figure_start
    ):
        return None
    head = _LEADING_ADVERBIAL.sub("", text[low:figure_start]).lstrip()
    if _OPENING_MEASURE.match(head) is None:
        return None
    back = max(index.skip_before, sentence[0] - _PARAGRAPH_BACK)
    brk = text.rfind("\n", back, sentence[0])
    previous_end = text.rfind("\n", back, brk)  # the paragraph before ends at the break
    while previous_end > back and text[previous_end - 1] in "\r\n \t":
        previous_end -= 1
    opens = text.rfind("\n", back, previous_end)
    if opens < 0 and back > 0 and back != index.skip_before:
        return None  # the paragraph before is longer than the look-back
    opens = max(opens + 1, index.skip_before)
    paragraph = text[opens:previous_end]
    if not paragraph.strip() or _QUOTE_MARKS.search(paragraph) or _SENTENCE_END.search(paragraph):
        return None  # no paragraph, a quotation, or more than one sentence
    names = [c for c in index.between(opens, previous_end) if c.entity.type in ("ORGANIZATION", "LOCATION")]
    if not names or any(c.entity is not names[0].entity for c in names):
        return None  # nobody, or a second owner named
    first = names[0]
    if _SENTENCE_HEAD.search(text, max(opens, first.start - 8), first.start) is None and text[
        opens : first.start
    ].strip(' \t"\u201c'):
        return None  # the name does not open the paragraph: not its subject
    if _REPORTED.search(text, first.end, min(previous_end, first.end + _SPEAKER_REACH)):
        return None  # "Harlow Bank said ...", "Kessel officials told ...": a source, no subject
    entity = first.entity
    corporate_at = _CORPORATE_MEASURE.search(head)
    corporate = corporate_at is not None and not _MACRO_BEFORE.search(head, 0, corporate_at.start())
    if entity.type == "ORGANIZATION":
        return entity if _company_like(entity) and corporate else None
    if entity.links is None or entity.links.kind not in _FOCUS_KINDS or corporate:
        return None
    return entity
