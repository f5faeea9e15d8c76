"""Clause and apposition cuts: which names stand in the figure's clause, and which are framed.

Without a parser the owner is the clause subject, so the rules first cut the sentence at
clause breaks and then drop names that only describe the subject: a name a preposition
governs, an apposition, a list member, a side before a player, a base ("Redmond-based"), a
name that says what kind a noun is ("a Harlow man"), or one inside an opening phrase.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.gate import gated
from consumer.indicators.subject.adverbial import break_comma, without_opening
from consumer.indicators.subject.cues import (
    PREPOSITION_BEFORE,
    REPORTED,
    SENTENCE_HEAD,
    SUBJECT_PREFIX_WORDS,
)
from consumer.indicators.subject.mentions import Candidate
from consumer.lexicon import ROLE_NOUNS, ROLE_WORDS

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


def clause_breaks(text: str, low: int, figure: tuple[int, int]) -> list[re.Match[str]]:
    """Where clauses start between ``low`` and the figure."""
    breaks = list(_CLAUSE_BREAK.finditer(text, low, figure[0]))
    if (
        breaks
        and _WITH_SHARE.fullmatch(text, breaks[-1].start(), figure[0])
        and _OF_AFTER.match(text, figure[1])
    ):
        breaks.pop()  # "X remains a shareholder, with 24.4% of the company": X's stake, no new clause
    return breaks


RELATIVE = re.compile(r",\s+(?:which|who)\b")


def figure_clause(
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
        or not RELATIVE.match(last.group())
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


# A part of a firm a place name picks out: "the Norland unit", "its Kessel plant"
FIRM_PART = re.compile(
    r"\s+(?:unit|units|subsidiary|plant|plants|factory|factories|branch|division|arm|affiliate|"
    r"operations|office|mine|refinery|mill|smelter)\b(?P<of>\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)


def opening_break(
    text: str, low: int, breaks: list[re.Match[str]], shape: re.Pattern[str]
) -> re.Match[str] | None:
    """The figure's last clause break when it has ``shape`` (", with", ", but") and the window
    opens at a sentence's head, so the name before the break is the one the sentence opens with;
    None when the window starts inside a long sentence, whose opening is not read."""
    last = breaks[-1] if breaks else None
    if last is None or shape.match(last.group()) is None:
        return None
    return last if opens_sentence(text, low) else None


def opens_sentence(text: str, low: int) -> bool:
    """Whether the window starting at ``low`` opens at a sentence's head. A sentence's span opens on
    the space after the full stop before ("in 1990. Last year Kessel grew"): that space is skipped,
    as the head reads the full stop and the space before the sentence's first word."""
    opens, reach = low, min(len(text), low + 8)
    while opens < reach and text[opens].isspace():
        opens += 1
    return SENTENCE_HEAD.search(text, max(0, opens - 4), opens) is not None


def in_subject_position(candidate: Candidate, text: str, clause_start: int, figure_start: int) -> bool:
    """The clause's grammatical subject: at most a few words ("The", "Shares in") before it,
    after any leading adverbial ("On Monday, "), no preposition governing it, and no
    reporting verb between it and the figure."""
    prefix = without_opening(text[clause_start : candidate.start])
    if PREPOSITION_BEFORE.search(prefix) or "(" in prefix or base_of_next(candidate, text):
        return False  # "Sacramento-based McClatchy": the base modifies the subject
    if kind_modifier(candidate, text):
        return False  # "A Harlow man won $5,000": the man is the subject
    if REPORTED.search(text, candidate.end, figure_start) or _AS_SAYING.match(text, candidate.end):
        return False
    # "In the past two decades Dallas has won two playoff games": a time phrase without its comma
    prefix = _TIME_OPENING.sub("", prefix.lstrip(' "\u201c\u2018('))
    return len(prefix.split()) <= SUBJECT_PREFIX_WORDS


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


def heads_complement(candidate: Candidate, text: str, figure_start: int) -> bool:
    """A name opening a complement clause, its verb right after it ("that Tom Bale won 12 races"),
    the figure in the same clause shortly after, no reporting verb between it and the figure, not
    in a list ("that Tom Bale and Ann Lee won"). Reads the stretch from the name to the figure."""
    return (
        _COMPLEMENT_BEFORE.search(text, max(0, candidate.start - 12), candidate.start) is not None
        and VERB_AFTER_NAME.match(text, candidate.end) is not None
        and REPORTED.search(text, candidate.end, figure_start) is None
        and not _AS_SAYING.match(text, candidate.end)
        and _COMPLEMENT_GAP.fullmatch(text, candidate.end, figure_start) is not None
    )


# between the name and the figure: its own clause only, no comma and no further "that" clause
# ("said Lee has decided that rolling back tariffs on $156 billion ..." is no figure of Lee's)
_COMPLEMENT_GAP = re.compile(r"(?:(?!\bthat\b)(?:[^,;:\n]|(?<=\d),(?=\d))){1,80}")  # "1,200" is no comma


# "quoted the rescue chief, Ann Lee, as saying 12 bodies ...": the name right before "as saying"
# is the source. Only right before it: in "U.S. media quoted officials as saying ..." the name
# opening the sentence may still be the one the figure is about (the annotators gave it U.S. troops).
_AS_SAYING = re.compile(r",?\s+as\s+saying\b")
VERB_AFTER_NAME = re.compile(
    r"(?:\s+\([A-Z][\w.&-]{1,10}\))?(?:,\s+(?:which|who)\s[^,;()]{1,80},)?\s+(?:(?:also|still|now|already|then|again|once|currently)\s+)?"
    r"(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|"
    r"drew|draws|draw|saw|sees|see|brought|brings|bring|ran|runs|run|won|wins|"
    r"took|takes|take|gave|gives|give|sold|sells|sell|made|makes|make|got|gets|"
    r"includes?|features?|attracts?|offers?|involves?|covers?|spans?|comprises?|consists|"
    r"hosts?|raises?|costs?|lasts?|generates?|welcomes?|counts?|boasts?|"
    r"[a-z]{3,}ed)\b"
)


# A sentence opening with a prepositional phrase, up to the name: "In a 2019 article in the
# journal Harlow Review", "At a hearing before the Vantor board"
_OPENING_PHRASE = re.compile(
    r"\s*(?:in|at|on|for|from|with|during|after|before|under|by|through)\s[^,;:.!?\n]*", re.IGNORECASE
)
_OPENING_REACH = 200  # how far into its sentence a name may still be inside the opening phrase


def in_opening_phrase(candidate: Candidate, text: str, sentence_start: int, figure_start: int) -> bool:
    """ "In a 2019 article in the journal Harlow Review, researchers studied 300 patients": a name
    inside the phrase that opens the sentence with a preposition and closes with a comma before
    the figure says where, when or in what the clause happens, as "In Harlow, ..." does; the
    clause's subject comes after the comma. Reads the sentence's opening only."""
    if not 0 <= candidate.start - sentence_start <= _OPENING_REACH:
        return False
    opening = _OPENING_PHRASE.fullmatch(text, sentence_start, candidate.start)
    return opening is not None and break_comma(text, candidate.end, figure_start) >= 0


# A phrase or subordinate clause opening the figure's clause: a preposition, a subordinating word
# or a participle that puts a question ("Since the Harlow Air crash, the stock fell 12%", "Until
# the Lee administration names a chairman, the commission will be led by two members", "Asked
# whether Vantor ..., a 52-percent majority ..."); the clause's own subject follows its comma. Not a
# contrast ("While Harlow protesters marched, the speaker defended the state's budget"), which
# often shares its topic with the main clause (dev: the state's budget was the place's)
_OPENING_CLAUSE = re.compile(
    r"[\s\"\u201c\u2018(]*(?:since|until|till|after|before|if|when|whenever|although|though|"
    r"because|as|once|unless|despite|following|amid|unlike|like|with|without|in|at|on|for|during|"
    r"under|by|through|from|over|upon|asked|citing)\s",
    re.IGNORECASE,
)


def in_opening_clause(candidate: Candidate, text: str, clause_start: int, figure_start: int) -> bool:
    """A name inside a phrase or a subordinate clause that opens the figure's clause (after any
    adverbial its last comma closes) and ends with a comma before the figure: it says when, why
    or on what terms the clause happens, and the clause's subject comes after the comma ("Since
    the second Harlow Air crash, the stock has plunged 12%" is no airline's share price; "Though
    Orbel is loath to say so, the news that Kelby topped 300 million users" is Kelby's). The
    prefix rules read only the words before the name, which a few words after "Since the second"
    pass as a subject's. Reads the clause's head before the name and the gap to the figure."""
    if candidate.start < clause_start or candidate.end >= figure_start:
        return False
    head = without_opening(text[clause_start : candidate.start])
    if _OPENING_CLAUSE.match(head) is None:
        return False
    comma = break_comma(text, candidate.end, figure_start)
    return comma >= 0 and _PRONOUN_AFTER.match(text, comma + 1, figure_start) is None


# "Although Tom Bale joined in 2003, he leads the league with 11 assists": a pronoun heading the
# main clause may stand for the opening clause's name, which then stays the subject
_PRONOUN_AFTER = re.compile(r"[\s\"\u201c\u2018(]*(?:he|she|it|they|we|you|i)\b", re.IGNORECASE)


# ", and dropped by", ", but climbed to": a coordinated verb right before the figure, no subject
_SHARED_SUBJECT = re.compile(
    r",\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?"
    r"(?:[a-z]+ed|rose|fell|grew|sank|slid|shrank|lost|won|hit|made|took)\s+"
    r"(?:(?:by|to|at|a\s+further|another)\s+)?"
    r"(?:(?:about|nearly|almost|some|around|roughly|more\s+than|over|just)\s+)?$"
)


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
    if "\n" in gap:
        return False
    cut = _CLAUSE_BREAK.search(gap)
    if cut is not None and not (
        # "Shares fell 1% in London, and dropped by 1.2% in Amsterdam": a second predicate with no
        # subject of its own shares the first's (session 31); the one break in the gap
        _SHARED_SUBJECT.match(gap, cut.start()) and _CLAUSE_BREAK.search(gap, cut.end()) is None
    ):
        return False
    # "... 6 percent, and officials said 3 players ...": a reported figure is not the last owner's
    return REPORTED.search(gap) is None


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


def modifies_person(candidate: Candidate, candidates: list[Candidate], text: str) -> bool:
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


def plays_for(candidate: Candidate, candidates: list[Candidate], text: str) -> bool:
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


def listed(candidate: Candidate, candidates: list[Candidate], text: str) -> bool:
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


def second_of_framed_pair(candidate: Candidate, candidates: list[Candidate], text: str) -> bool:
    """ "a girl from Reynosa, Mexico lured ...", "at a summit in Cancun, Mexico, leaders ...": the
    country or region after a city a preposition governs says where the city lies, and the preposition frames
    both; the comma would otherwise let the second open the clause. Reads the mentions of the
    figure's window only."""
    if not is_country_or_division(candidate.entity):
        return False
    for other in candidates:
        if (
            other.entity.type == "LOCATION"
            and other.end < candidate.start
            and _PAIR_GAP.fullmatch(text, other.end, candidate.start)
        ):
            # a city and its region ("Harlow, Tarvia"), not two countries of a list
            framed = PREPOSITION_BEFORE.search(text, max(0, other.start - 25), other.start)
            return framed is not None and not _is_country(other.entity)
    return False


def _city_and_state(first: Candidate, second: Candidate, text: str) -> bool:
    """ "Houston, Texas": a place, a comma, then the division or country it lies in; never two
    countries ("Brazil, Russia, India"), which are a list."""
    return (
        text[first.end : second.start].strip() == ","
        and is_country_or_division(second.entity)
        and not _is_country(first.entity)
    )


def is_country_or_division(entity: Entity) -> bool:
    """ "18 Northern and central California counties": a state owns the count it is inside of."""
    return _is_country(entity) or (
        entity.type == "LOCATION" and entity.links is not None and entity.links.kind == "first_level_division"
    )


def _is_country(entity: Entity) -> bool:
    return entity.type == "LOCATION" and entity.links is not None and entity.links.kind == "country"


_BASE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?-based\b")


def base_of_next(candidate: Candidate, text: str) -> bool:
    """ "Sacramento-based McClatchy", "the Redmond, Washington-based company": the name is the
    base of what follows, which it modifies; so is a place between "the" and a firm's kind noun
    ("The St. Louis company earned", "the Van Nuys, Calif., thrift had"): business copy names a
    firm again by its home town, and the firm, not the town, owns what the clause reports."""
    if _BASE_AFTER.match(text, candidate.end) is not None:
        return True
    if candidate.entity.type != "LOCATION":
        return False
    return (
        _THE_BEFORE.search(text, max(0, candidate.start - 4), candidate.start) is not None
        and _HOME_TOWN_FIRM.match(text, candidate.end) is not None
    ) or (  # the state of "the Van Nuys, Calif., thrift"
        _TOWN_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None
        and _HOME_STATE_FIRM.match(text, candidate.end) is not None
    )


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TOWN_BEFORE = re.compile(r"\b[Tt]he\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},\s+$")
# up to three lower-case kind words and a firm's kind noun (a closed class of business words: a
# "city council" or a "port" is the town's own)
_FIRM_NOUN = (
    r"\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:company|concern|firm|thrift|bank|maker|producer|insurer|retailer|utility|conglomerate"
    r"|manufacturer|lender|brokerage|publisher|airline|carrier|chain|developer|refiner|partnership"
    r"|holding|holdings|group|operator|distributor|supplier|marketer)\b"
)
# the town, then ", Calif.," / ", N.J.," (the state) and the firm's noun
_HOME_TOWN_FIRM = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,)?" + _FIRM_NOUN)
_HOME_STATE_FIRM = re.compile(r"," + _FIRM_NOUN)


# "A Harlow man won $5,000", "rented a Vantor Group truck for $600": after "a"/"an" and before a
# common noun a name says what kind of thing the noun is; the thing, not the name, is in the clause
# (which still names something, so no owner the story implies stands in for it)
_KIND_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_COMMON_NOUN_AFTER = re.compile(
    r"\s+(?!(?:for|with|in|on|at|to|from|by|of|and|or|is|was|has|had|that|which|who|will|would|can|"
    r"could|costs?|sells?|says?|said)\b)[a-z]"
)


def kind_modifier(candidate: Candidate, text: str) -> bool:
    """A name between an indefinite article and a common noun; not a part of a firm ("a Vantor
    unit"), which is the firm's. Reads a few characters around the name."""
    return (
        _KIND_BEFORE.search(text, max(0, candidate.start - 4), candidate.start) is not None
        and _COMMON_NOUN_AFTER.match(text, candidate.end) is not None
        and FIRM_PART.match(text, candidate.end) is None
    )


def is_framed(candidate: Candidate, text: str) -> bool:
    """A name inside a locative phrase or an apposition describes the subject, it is not it;
    so does a base ("Sacramento-based McClatchy")."""
    before = text[max(0, candidate.start - 25) : candidate.start]
    if PREPOSITION_BEFORE.search(before) or base_of_next(candidate, text):
        return True
    if before.endswith("("):
        return True  # "gratitude to the Football Union (AFU) for": an acronym takes its name's frame
    head = text[max(0, candidate.start - 80) : candidate.start]
    return re.search(r",\s+(?:a|an|the)\s[^,]*$", head) is not None
