"""Owners named by a possessive or a preposition: "China's exports", "exports of X", "an offer by X".

A possessive that owns the measure or the figure wins over the clause subject; a chain of
possessives narrows to the owner that is framed last ("Harlow Bank's insurance arm, Vantor
Group"), and "<measure> of X", "from X", "by X" after the figure name its owner; a forecaster
of an economy's statistic is a source.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.gate import gated, may_end_with
from consumer.indicators.measure import MEASURE
from consumer.indicators.subject.anaphora import anaphor_possessor
from consumer.indicators.subject.clauses import FIRM_PART, is_country_or_division, listed
from consumer.indicators.subject.cues import PRODUCT_NOUNS, counts_things, is_price
from consumer.indicators.subject.described_firm import described_firm
from consumer.indicators.subject.home_place import described_name
from consumer.indicators.subject.maker_part import firms_thing_between, made_by_maker
from consumer.indicators.subject.mentions import (
    OWNER_TYPES,
    WINDOW_BEFORE,
    Candidate,
    MentionIndex,
    made_thing,
)
from consumer.indicators.subject.place_scope import (
    opens_after_dash,
    output_after_opening,
    place_statistic_head,
    scoped_before,
    tallied_place,
)
from consumer.indicators.subject.place_statistics import (
    headed_in_place,
    imports_into,
    rate_or_visits_of_place,
    statistic_after_opening,
    statistic_in_place,
)
from consumer.lexicon import ROLE_NOUNS, ROLE_WORDS

_PRODUCT_OBJECT = re.compile(rf"\b(?:the|this) {PRODUCT_NOUNS}\b", re.IGNORECASE)


def possessor(candidate: Candidate, text: str, figure_start: int) -> bool:
    """ "China's retail sales rose ...", "Gillespie's 1,172,340 votes": the owner of the measure."""
    between = text[candidate.end : figure_start]
    owner = _POSSESSIVE_S.match(between)
    if owner is None:
        return False
    rest = between[owner.end() :]
    return (
        not rest.strip()
        or MEASURE.match(rest) is not None
        or (candidate.entity.type == "LOCATION" and place_statistic_head(rest))
    )


# A country's or a region's own rates and aggregates, named before it with "in": "Unemployment in
# Spain fell", "Retail sales in Norland rose", "Industrial output in Kessel grew". Only statistics
# that a place keeps of itself: bare "sales" or "production in China" is a company's market or plant
_MACRO = (
    r"(?:unemployment|jobless(?:ness)?|inflation|gdp|economic\s+growth|consumer\s+prices|"
    r"(?:annual|headline|core)\s+inflation|retail\s+sales|industrial\s+(?:output|production)|"
    r"(?:fixed[- ]asset|foreign\s+direct)\s+investment|foreign\s+trade|consumer\s+spending|"
    # session 34: what a place's residents earn and number, and what it draws and keeps, in Xinhua
    # copy's words ("The per capita disposable income of urban residents in Kessel reached ...")
    r"(?:(?:per\s+capita\s+)?disposable\s+income|per\s+capita\s+income|average\s+(?:annual\s+|monthly\s+)?"
    r"(?:wages?|salar(?:y|ies))|tourism\s+(?:revenue|income)|tourist\s+arrivals|poverty|urbani[sz]ation|"
    r"forest\s+(?:coverage|cover)|air\s+quality\s+index|life\s+expectancy|population)"
    r"(?:\s+of\s+(?:urban|rural)\s+residents)?|"
    r"(?:home|house|housing)\s+prices)(?:\s+rate)?"
)
_MACRO_IN = re.compile(rf"\b{_MACRO}\s+in\s+(?:the\s+)?$", re.IGNORECASE)
MACRO = _MACRO  # the same statistics named after the figure, for ``postposed_place``
# ... and a place's trade the measure list lacks ("trade" only modifies there: "trade deficit")
_TRADE_END = re.compile(
    r"\b(?:(?:foreign|total|external)\s+)?trade(?:\s+volume)?$|\btourist\s+arrivals$", re.I
)
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

# UK and agency copy names a firm's stock with "in": "Shares in Vantor rose 3%", ", while shares
# in the bank fell"; only heading a clause ("Harlow Bank bought shares in Vantor for $5m" is the
# buyer's sum, session 31)
_SHARES_IN = re.compile(
    r"(?:^|[.!?;]\s+|\n\s*|,\s+(?:while|and|but|with)\s+|\b(?:while|and|but|with)\s+)"
    r"[Ss]hares\s+in\s+(?:the\s+)?$"
)


# Measures of what comes in: after "from" they name a source (a trading partner, a market),
# never the owner, unlike "exports from Hebei" or "output from the plant"
_INFLOW = re.compile(r"\b(?:imports?|revenues?|sales|income|earnings|profits?)$", re.IGNORECASE)


def _measure_of_owner(candidate: Candidate, text: str) -> bool:
    """ "revenue of Acme rose", "exports from Acme fell": X after "<measure> of/from"; a firm's
    measure after "at" ("Sales at Acme rose 5%"); and a place's own rate or aggregate after "in"
    ("Unemployment in Spain fell to 11.8%", "Retail sales in Norland rose 5%")."""
    before = text[max(0, candidate.start - 60) : candidate.start]
    # Each pattern below ends on its last word and white space at the window's end: a test of
    # that word skips the scan, which tries the pattern at every position of the window
    last = before.rstrip()
    of = last.endswith(("of", "from", "the"))  # _OF_BEFORE_END reads case as it is
    match = _OF_BEFORE_END.search(before) if of else None
    if match is not None and (
        MEASURE.search(match.group(1)) is not None
        # a place's own statistic the measure list lacks: "The foreign trade of Kessel rose 9 percent"
        or (candidate.entity.type == "LOCATION" and _TRADE_END.search(match.group(1)) is not None)
    ):
        # "imports from Tarvia", "revenue from Europe": what comes in from X is the receiver's
        return match.group(2).lower() == "of" or _INFLOW.search(match.group(1)) is None
    if candidate.entity.type == "ORGANIZATION":
        if may_end_with(last, ("in", "the")) and _SHARES_IN.search(before) is not None:
            return True
        return may_end_with(last, ("at", "the")) and _MEASURE_AT.search(before) is not None
    if candidate.entity.type != "LOCATION":
        return False
    if (_OPENS_IN.search(before) is not None or opens_after_dash(before)) and (
        _MACRO_AFTER.match(text, candidate.end)
        or statistic_after_opening(text, candidate.end)
        or output_after_opening(text, candidate.end)
    ):
        return True
    if scoped_before(before):
        return True  # "the number of private firms in Kessel", "capital expenditure in Norland"
    if rate_or_visits_of_place(before):
        return True  # "the urbanization rate of Kessel", "the number of tourists to Kessel"
    if may_end_with(last, ("to", "the")) and imports_into(before):
        return True  # "Imports into Norland rose 4 pct": the importer's
    return may_end_with(last, ("in", "the")) and (
        _MACRO_IN.search(before) is not None or statistic_in_place(before) or headed_in_place(before)
    )


def made_by(index: MentionIndex, maker: Candidate, text: str, figure_start: int) -> Entity | None:
    """ "Audi will offer the car in 13 finishes", "Norco fits the phone with three cameras": a
    maker acting on "the car" between it and the figure gives the review's product its figure,
    when the product carries the maker's name ("Audi e-tron Sportback")."""
    product = index.focus.get("product")
    if product is None or maker.entity.type != "ORGANIZATION":
        return None
    first = maker.entity.name.split()[0].lower()
    if not _PRODUCT_OBJECT.search(text, maker.end, figure_start):
        return None
    if first not in product.name.lower().split() and (
        firms_thing_between(text, maker.end, figure_start)
        or not made_by_maker(index, text, maker.entity, product)
    ):
        return None  # "Orbis has unveiled the Note 12 ... Orbis will sell the phone for $449" is its too
    return product


def _possessive_owner(local: list[Candidate], text: str, figure_start: int) -> Entity | None:
    """ "China's retail sales rose", "revenue of Acme": the owner of the measure; and "Ann Lee's
    purchase of the Gazette for $500 million": the buyer, whose purchase frames the thing bought."""
    buyers = [c for c in local if _DEAL_OF.fullmatch(text, c.end, figure_start)]
    if buyers and buyers[-1].entity.type in ("ORGANIZATION", "PERSON"):
        return buyers[-1].entity
    possessors = [c for c in local if possessor(c, text, figure_start) or _measure_of_owner(c, text)]
    if possessors:
        return narrowest(possessors[-1], local, text).entity
    tallied = tallied_place(local, text, figure_start)  # "the number of private firms in Kessel"
    return tallied.entity if tallied is not None else None


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


def narrowest(owner: Candidate, candidates: list[Candidate], text: str) -> Candidate:
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
    described = described_name(owner, candidates, text)  # "Norland oil giant Kelvo"
    if described is not None:
        return described
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
    described = described_firm(owner, candidates, text)  # "China's largest carmaker SAIC Motor"
    if described is not None:
        return described
    framed = _FRAMED_BY.match(text, owner.end) or _OWNS_NAME.match(text, owner.end)
    if framed is None:
        return owner
    inner = next((c for c in candidates if c.start == framed.end() and c.entity.type in OWNER_TYPES), None)
    if inner is None:
        return _new_thing_of(owner, candidates, text) or owner  # "Kelby's new Vantor X5"
    return _narrowed(inner, candidates, text)


# "Kelby's new Vantor X5", "Kelby's latest Orbel 7": a maker's possessive and a word of novelty
# before a product's name frame the product, which heads the phrase, as right after the possessive
_OWNS_NEW = re.compile(r"['\u2019]s?\s+(?:all-)?(?:new|latest|upcoming|forthcoming|flagship|newest)\s+")


def _new_thing_of(owner: Candidate, candidates: list[Candidate], text: str) -> Candidate | None:
    novel = _OWNS_NEW.match(text, owner.end)
    if novel is None:
        return None
    return next((c for c in candidates if c.start == novel.end() and made_thing(c.entity)), None)


def _parent_firm(
    head: Candidate, owner: Candidate, candidates: list[Candidate], text: str
) -> Candidate | None:
    """The firm whose part a place names: the possessor ("Vantor Group's Kessel plant") or the
    firm after "of" ("The Kessel plant of Vantor Group"). None when the place names no part, or
    no firm is given ("The Kessel plant employs 3,000" keeps the rules' answer)."""
    part = FIRM_PART.match(text, head.end) if head.entity.type == "LOCATION" else None
    if part is None:
        return None
    if owner is not head and owner.entity.type == "ORGANIZATION":
        return owner
    if part.group("of") is None:
        return None
    return next((c for c in candidates if c.start == part.end() and c.entity.type == "ORGANIZATION"), None)


# Compiled once (this module's rules run per figure), not looked up in re's cache per call.
_POSSESSIVE_S = re.compile(r"['\u2019]s?\s+")
_OF_BEFORE_END = re.compile(r"(\w+(?:\s+\w+)?)\s+(of|from)\s+(?:the\s+)?$")
_FROM_OF_AFTER = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?")


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


def possessed_or_forecast(
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
    possessive = _possessive_owner(local, text, figure[0]) or anaphor_possessor(
        index, text, clause_start, figure, unit
    )
    if possessive is not None:
        return (possessive,)
    national = national_owner(index, local, text, clause_start, figure) if unit not in _SPANS else None
    if national is not None:
        return (national,)
    if _FORECAST.search(text, max(clause_start, figure[0] - WINDOW_BEFORE), figure[0]) is not None:
        return (None,)
    return None


# "a $3 billion tender offer by SoftBank", "the $40 million grant made by the Tavin Fund": a sum
# that is someone's offer, investment or gift names its maker after "by"
_MADE_BY = re.compile(
    r"\s+(?:(?:[a-z][\w-]*\s+){0,2}?(?:offer|bid|investment|loan|grant|purchase|acquisition|donation|"
    r"injection|takeover|buyout|pledge|contribution)s?\s+(?:made\s+)?"
    # "the $20 reportedly demanded by Ferro", "$5 million paid by Acme"; also told in the passive:
    # "$2 million was raised by the Harlow Fund", "$40,000 has been donated by Acme"
    r"|(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:demanded|offered|paid|proposed|sought|pledged|donated|invested|spent|raised|contributed|"
    r"committed|earmarked|awarded|granted)\s+)"
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


_SHARE_OF = re.compile(r"\s+of\s+(?:all\s+)?")
_PLURAL_END = re.compile(r"s(?!['\u2019\w])")


def share_of_people(
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


def share_of_owner(
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


def owner_named_after(
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
                return narrowest(c, owners, text).entity  # "held by Acme's chairman, Tom Varga"
    # "4,500 U.S. troops": a country named inside the counted phrase owns the count.
    countries = [c for c in inside if c.start > figure[0] and is_country_or_division(c.entity)]
    if countries and counts_things(unit):
        return countries[-1].entity  # the name nearest the counted noun
    # "45 deputies from Liaoning": the owner follows the counted noun ("troops in X" are not X's).
    # One of a list of origins owns nothing alone ("21 aircraft from Norland, Tarvia and Kessel").
    after = _FROM_OF_AFTER.match(text[figure[1] : figure[1] + 12])
    if after is not None and counts_things(unit):
        for c in owners:
            if c.start == figure[1] + after.end():
                # "30 institutes from Norland and overseas": a place among unnamed others owns none
                return None if listed(c, owners, text) or _AND_ELSEWHERE.match(text, c.end) else c.entity
    return None


_AND_ELSEWHERE = re.compile(
    r"\s+(?:and|or)\s+(?:overseas|abroad|elsewhere|beyond|other\s+(?:countries|nations|regions|provinces|"
    r"states|cities|places|parts))\b",
    re.IGNORECASE,
)


# A national adjective heading the clause before a statistic a country keeps of itself: "German
# unemployment rose 7,000", "The Liberian economy grew 2.6 pct", "French wheat exports fell 3
# pct": the country the story names for it ("Japanese imports" → Japan), else the nationality
# (NORP); "The Chinese men's national team has seven points" is the nationality's, as the
# conventions give a national team's points (session 32). Only at the head of a clause (or of a
# reported one) and only before such a statistic: "French firms sold $5 billion" and "a Dutch
# bank raised 3 pct" are firms', not the nation's.
_NATIONAL_HEAD = re.compile(
    r"(?:^\s*|[.!?;:]\s+|\n\s*|,\s+|\b(?:said|says|showed|shows|show)\s+(?:that\s+)?)(?:the\s+)?$",
    re.IGNORECASE,
)
_NATIONAL_MEASURE = re.compile(
    rf"\s+(?:(?P<statistic>{_MACRO}|economy|economic\s+output|gross\s+(?:domestic|national)\s+product|gnp|"
    r"money\s+supply|budget\s+deficit|current\s+account(?:\s+(?:surplus|deficit|balance))?|"
    r"(?:visible\s+)?trade\s+(?:surplus|deficit|balance|gap)|"
    r"(?:[a-z][\w-]*\s+){0,2}(?:exports|imports|output|production))|"
    r"(?:(?:men|women)['\u2019]s\s+)?national\s+(?:[a-z]+\s+)?(?:team|side|squad))\b",
    re.IGNORECASE,
)
# a span of time is no statistic's: "The Tarvian economy had its worst year for 12 years"
_SPANS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade"})
_NATIONAL_REACH = 160  # the statistic's clause: the figure within this of the adjective
# a name a preposition governs between the adjective and the figure: "French exports to Norland"
_GOVERNED = re.compile(
    r"\b(?:to|from|in|with|for|of|by|at|on|into|against|than|behind)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def national_owner(
    index: MentionIndex,
    local: list[Candidate],
    text: str,
    clause_start: int,
    figure: tuple[int, int],
) -> Entity | None:
    """The country (else the nationality) of the national adjective heading the figure's clause
    before a country's statistic, when no name of an owner stands between it and the figure but
    ones a preposition governs ("French exports to Norland were 3 billion francs"). Reads the
    clause's head only."""
    for c in index.between(clause_start, figure[0]):
        if c.entity.type != "NORP":
            continue
        if figure[0] - c.end > _NATIONAL_REACH or text[c.start : c.start + 1].islower():
            return None
        if _NATIONAL_HEAD.search(text[max(clause_start, c.start - 40) : c.start]) is None:
            return None
        measure = _NATIONAL_MEASURE.match(text, c.end)
        if measure is None or measure.end() > figure[0]:
            return None
        if any(
            c.end <= o.start < figure[0] and not _GOVERNED.search(text, max(0, o.start - 30), o.start)
            for o in local
        ):
            return None
        if measure.group("statistic"):
            return _country_of(index, c.entity.name) or c.entity
        return c.entity
    return None


def _country_of(index: MentionIndex, adjective: str) -> Entity | None:
    """The country the story names whose name opens as each word of the adjective does, four
    letters ("Japanese" ~ Japan, "West German" ~ West Germany), as national currencies are read."""
    words = adjective.lower().split()
    for country in index.countries:
        names = {w for n in (country.name, *(m.text for m in country.mentions)) for w in n.lower().split()}
        if all(any(len(n) >= min(4, len(w)) and n[: min(4, len(w))] == w[:4] for n in names) for w in words):
            return country
    return None
