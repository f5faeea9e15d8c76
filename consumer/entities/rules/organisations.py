"""Organisation rules the model misses: companies and bodies by their description.

A company noun before a name, an apposition with a body's head noun, a corporate suffix,
a party written with a lower-case "party", a cabinet portfolio, an acronym body: shapes of
wire copy that make a name an ORGANIZATION (or keep a person's title out of it).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.opening_words import opening_adverb
from consumer.entities.retype.craft_makers import craft_maker_at
from consumer.entities.retype.cued_people import person_cue_words
from consumer.entities.retype.cuts import sentence_end_word
from consumer.entities.retype.given_names import is_given_name, name_gender
from consumer.entities.retype.heads import is_head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.rules.shared import OPENING_PREPOSITIONAL_PHRASE, OPENING_WINDOW, TITLE_WORDS
from consumer.gate import gated, scan
from consumer.lexicon import (
    COMMON_ACRONYMS,
    COMPANY_TITLE_WORDS,
    MONTH_NAMES,
    PORTFOLIO_WORDS,
    ROLE_NOUNS,
    SPEECH_VERB_PATTERN,
    WEEKDAYS,
)

_ORG_NOUNS = (
    r"(?:maker|company|firm|manufacturer|producer|group|bank|operator|retailer|carrier|provider|developer|"
    r"conglomerate|insurer|lender|brokerage|start-?up|supplier|exporter|importer|airline|giant|agency|"
    r"organi[sz]ation|association|institute|university|fund|subsidiary|unit|affiliate|newspaper|"
    r"broadcaster|club|party|consultancy|charity|foundation|regulator|ministry|exchange|corporation)"
)
# The name may hold "of" or "for" ("Diplomatic Academy of Vietnam, a government university"), and
# "for a" ("Committee for a Sound Harbor Budget, a research group");
# "Macao and Taiwan, the ministry added" is an attribution, not an apposition. The name's words
# stay on one line: a time stamp or a heading on the line before is none of it ("7:00 AM PDT" +
# "\n\nZorvex, a startup").
# The apposition's head noun comes before any preposition: "X, a member of the group" is a
# member (a person), "X, a unit of Y" a unit; a possessive noun is no head: "X, the company's
# chief operating officer" is the officer.
_APPOSITIVE_ORG = gated(
    r"(?=[A-Z])(?<![\w'’.&-])((?:[A-Z][\w&'’.-]*[ \t]+"
    r"(?:(?:of|for)[ \t]+(?:the[ \t]+)?|for[ \t]+an?[ \t]+)?){0,4}[A-Z][\w&'’.-]*),\s+"
    r"(?P<det>an?|the)\s+"
    r"(?:(?!(?:of|for|at|in|on|with|to|from|by|and|or)\s)[\w'’-]+\s+){0,5}?[\w-]*"
    + _ORG_NOUNS
    + rf"\b(?!['\u2019]s\b)(?!\s+{SPEECH_VERB_PATTERN}\b)"
)


# "Jo Roe, a fund manager at Kelby", "Ada Quell, a bank spokeswoman,", "Tom Vane, a party
# member": the body's noun the apposition matched only qualifies the person's role after it, so
# the name is the person's (session 41: 1987 wire and BBC copy read fund managers as firms).
# A "fund manager" or "asset manager" may be a firm ("Kelby Trust, a fund manager based in ..."):
# a manager is a person only when "at" or "with" names the employer after it.
_ROLE_AFTER_NOUN = re.compile(
    r"[ \t]+(?:(?:"
    + "|".join(sorted(r for r in ROLE_NOUNS if r != "manager"))
    + r"|member|worker|employee|insider|veteran|staffer)s?|bosse?s?"
    + r"|managers?(?=[ \t]+(?:at|with)[ \t]))\b"
)


_PERSON_TITLE = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Capt|Lt|Col|Sgt)\.?\s"
)  # "MS Amlin" is no title


# "beauty company Coty", "the chipmaker Nvidia": a company noun written right before a
# capitalised name is the name's description (the model often misses one-word companies). The
# name stays on its line ("firm Quorly.\n\nPrell's wife": a new paragraph is no part of it).
_COMPANY_BEFORE = gated(
    r"\b(?:company|firm|maker|chipmaker|automaker|carmaker|drugmaker|manufacturer|retailer|carrier|"
    r"airline|insurer|lender|brokerage|start-?up|conglomerate|giant|broadcaster|newspaper|"
    r"outlet|supplier|developer|operator)\s+((?:[A-Z][\w&'’.-]*)(?:[ \t]+[A-Z][\w&'’.-]*){0,2})"
)


# Company nouns that are adjectives too ("the soft-spoken but firm Roe", "a very firm Roe"):
# after a degree word or a conjunction they describe a person, not a company.
_ADJECTIVE_NOUNS = frozenset({"firm", "giant"})
_ADJECTIVE_BEFORE = re.compile(r"\b(?:but|yet|very|so|too|quite|rather|fairly|always)[ \t]+$")
_ADJECTIVE_REACH = 12


# "CEO of the company Jobs co-founded", "left the firm Vale ran for a decade": a verb a founder
# or a head does right after the name, the noun phrase the object of a word before it, makes the
# name the subject of a clause about the company, a person as a rule ("The carmaker Lurio led the
# market" opens its sentence: the name is the carmaker's)
_FOUNDER_VERB_AFTER = re.compile(
    r"[ \t]+(?:co-?founded|founded|started|set[ \t]+up|ran|runs|heads|headed|led|leads|chairs|chaired)\b"
)
_OBJECT_BEFORE = re.compile(r"\b[a-z]+[ \t]+(?:the|a|an|his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?$")
_OBJECT_REACH = 40


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,5}")
_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


def _person_after_acronym(text: str, words: list[str]) -> bool:
    """An acronym, then two words that name a person: a given name the list knows, or a surname
    the story also writes after "Mr"/"Ms" ("Mr Morvan"), neither a body's head word."""
    first, given, surname = words
    if _ACRONYM_WORD.fullmatch(first) is None or first in COMMON_ACRONYMS:
        return False
    if not all(_NAME_WORD.fullmatch(w) and not is_head_word(w.lower()) for w in (given, surname)):
        return False
    return is_given_name(given) or (
        re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(surname)}\b", text) is not None
    )


# A company noun a person plies too ("the veteran broadcaster Cyril Vane"): before a listed given
# name and a surname, the person's trade ("developer", "operator" left out: "tour operator Thomas
# Cook" is the firm)
_PERSON_TRADES = frozenset({"broadcaster"})


# "property developer Ivor Quell", "New York developer Jo Roe": a developer of land is a person as
# often as a firm; before a given name borne by one sex ("Donald", not "Taylor" of "developer
# Taylor Wimpey") the person's (session 41, 1987 wire copy read the developer as a firm)
_SEXED_TRADES = frozenset({"developer"})


def _plied_by_a_person(noun: str, words: list[str]) -> bool:
    """A trade a person plies too before a listed given name and one or two name words."""
    if noun in _SEXED_TRADES and name_gender(" ".join(words)) is None:
        return False
    return (
        noun in _PERSON_TRADES | _SEXED_TRADES
        and 2 <= len(words) <= 3
        and is_given_name(words[0])
        and all(_NAME_WORD.fullmatch(w.rstrip(".,;:")) and not is_head_word(w.lower()) for w in words[1:])
    )


def _cued_after_trade(noun: str, words: list[str], text: str, cued: dict[str, frozenset[str]]) -> bool:
    """A trade a person plies too ("developer", "broadcaster") before two or three name words whose
    last the story names as a person's elsewhere ("developer Oruk Tavessi ... Tavessi has released
    code he says ...", "Mr Tavessi"; ``cued_people``): the person, whatever the given name (the
    census lists few that are not English). The field's cue words are read once, and only here."""
    if noun not in _PERSON_TRADES | _SEXED_TRADES or not 2 <= len(words) <= 3:
        return False
    if not all(_NAME_WORD.fullmatch(w) and not is_head_word(w.lower()) for w in words):
        return False
    if "words" not in cued:
        cued["words"] = person_cue_words(text)
    return words[-1] in cued["words"]


def described_companies(text: str) -> Iterator[tuple[int, int]]:
    """'beauty company Coty': the capitalised name after a lower-case company noun."""
    cued: dict[str, frozenset[str]] = {}
    for match in _COMPANY_BEFORE.finditer(text):
        noun = text[match.start() : match.start(1)].strip()
        if noun == "maker" and craft_maker_at(text, match.start()):
            continue  # "film-maker Jo Roe": a person's craft, the model's reading stands
        if noun in _ADJECTIVE_NOUNS and _ADJECTIVE_BEFORE.search(
            text, max(0, match.start() - _ADJECTIVE_REACH), match.start()
        ):
            continue
        start = match.start(1)
        words = match.group(1).split()
        for i, word in enumerate(words[:-1]):
            if sentence_end_word(word):  # "cable giant Comcast. These networks": a sentence ends
                words = [*words[:i], word[:-1]]
                break
        while words and (words[-1].lower() in MONTH_NAMES or words[-1].lower() in WEEKDAYS):
            words.pop()  # "the firm Monday said": a day is no part of a name
        if not words or words[0].lower() in STOP_WORDS or words[0].lower() in TITLE_WORDS:
            continue  # "company CEO Jane Roe": a title, then a person
        if len(words) == 3 and _person_after_acronym(text, words):
            continue  # "defence maker BRAX Etienne Morvan": the firm, then its head (the model's)
        if _plied_by_a_person(noun, words) or _cued_after_trade(noun, words, text, cued):
            continue  # "comedian and broadcaster Cyril Vane": a person's trade
        end = start
        for word in words:
            end = text.index(word, end) + len(word)
        if text[end - 2 : end] in ("'s", "’s"):
            end -= 2  # "company Omron's robot": the owner, without its possessive
        elif _FOUNDER_VERB_AFTER.match(text, end) and _OBJECT_BEFORE.search(
            text, max(0, match.start() - _OBJECT_REACH), match.start()
        ):
            continue
        yield start, end


# "the Democratic Progressive party", "the Scottish National party", "the ruling Justice and
# Development party": a party named in title case with a lower-case "party" (as much copy writes
# it). The model stops before "party" (a cut name no reader lists) or reads the adjective as a
# group ("Conservative"); the conventions list the party, an organisation. A party word of
# politics in the name, or "ruling"/"opposition"/"governing" before it, tells it from "the
# Christmas party"; possessives end the run ("the President's party" names none).
_PARTY_NAME = gated(
    r"(?<![\w'’-])[Tt]he (?P<lead>(?:ruling|opposition|governing|far-right|far-left|main) )?"
    r"(?P<name>(?:[A-Z][\w'’-]*(?<!['’]s) (?:(?:and|of|for|the|&) ){0,2}){1,4}party)(?![\w'’-])"
)
_POLITICAL_WORDS = frozenset(
    word_list(
        "democratic democrat republican labour labor conservative liberal national nationalist "
        "progressive socialist social communist green greens people's peoples workers' workers "
        "unity justice development freedom independence reform alliance christian popular "
        "revolutionary federal union left right radical congress"
    )
)


def named_parties(text: str) -> Iterator[tuple[int, int]]:
    """Political parties named with a lower-case "party": (start, end) of the name and "party"."""
    for match in scan(_PARTY_NAME, text):
        words = match.group("name").lower().split()[:-1]
        if match.group("lead") or any(w in _POLITICAL_WORDS for w in words):
            yield match.span("name")


# "Rep. Jane Roe, R-W.Va., said": a US legislator's party and state, the state abbreviated
# in AP style or written out.
_PARTY_STATE = gated(
    r"(?<![\w.-])[RDI]-(?P<state>[A-Z][A-Za-z]*\.?(?: ?[A-Z][a-z]*\.)?(?: [A-Z][a-z]+)?)(?=[,;)])"
)


def party_states(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """The state in a party-state tag ("R-W.Va.", "D-Calif.", "R-Texas"), when it is a US state."""
    for match in _PARTY_STATE.finditer(text):
        entry = gazetteer.lookup(match["state"])
        if entry is not None and entry.kind == "first_level_division" and entry.country == "US":
            yield match.span("state")


# Nouns of a firm that name a person's trade too: "who" after them says which
_TRADES = frozenset(
    ("maker", "producer", "developer", "operator", "supplier", "exporter", "importer", "provider")
)
_WHO_AFTER = re.compile(r"\s+who(?:se)?\s")


# "Jo Roe, CEO of Quillon Labs, a startup ...": an officer's title and "of" open the name the
# apposition describes; the company is what follows them, the title is Jo Roe's.
_OFFICER_TITLES = frozenset((*COMPANY_TITLE_WORDS, *word_list("coo cto cio cmo co-founder cofounder")))
_TITLE_OF = re.compile(r"(?P<title>(?:[\w-]+ ){1,4}?)of (?:the )?(?=[A-Z])")


_EMPLOYER_AFTER = re.compile(r".* (?:for|at) (?:the )?(?=[A-Z])")


def _after_officer_title(name: str) -> int:
    """How many characters of ``name`` an officer's title and "of" take at its start (0: none),
    with the department up to "for" or "at" when one follows ("Director of Growth Marketing
    for Harbin Logistics": the employer is Harbin Logistics)."""
    match = _TITLE_OF.match(name)
    if match is None or not all(w.lower() in _OFFICER_TITLES for w in match["title"].split()):
        return 0
    employer = _EMPLOYER_AFTER.match(name, match.end())
    return employer.end() if employer is not None else match.end()


def appositive_orgs(text: str) -> Iterator[tuple[int, int]]:
    """'Siasun, a robot-maker based in ...': the name before 'a <kind of company>' is an organisation."""
    for match in _APPOSITIVE_ORG.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        for word in re.finditer(r"\S+", text[start:end]):
            if word.end() < end - start and sentence_end_word(word.group()):
                start += word.end() + 1  # "went to Verizon. Quillon Labs, a startup": a sentence ends
        while text[start:end][:1].isspace():
            start += 1
        name = text[start:end]
        if name.startswith("The "):
            start += 4
        start += _after_officer_title(text[start:end])
        if (
            text[start:end].lower() in STOP_WORDS
            or _PERSON_TITLE.match(name)
            or opening_adverb(text, start, end)
        ):
            continue  # "Dr. Jane Roe, a ..." is a person whatever the apposition says
        if _SUFFIX_ALONE.fullmatch(name):
            continue  # "Acme Optics Co., Ltd., a lens maker": the name's own tail, no name
        if _WHO_AFTER.match(text, match.end()) and re.split(r"[\s-]", match.group(0))[-1] in _TRADES:
            continue  # "Kowalczyk, a film producer who ...": a person (a firm is "that" or "which")
        if _ROLE_AFTER_NOUN.match(text, match.end()) is not None:
            continue  # "Jo Roe, a fund manager at ...": the body's noun qualifies a person's role
        # the phrase may open on the name's own first word too ("Like Quillon, the company has
        # ...", "Unlike Tarvo Group, the firm ...": session 32), so the window runs to its end
        opening = OPENING_PREPOSITIONAL_PHRASE.search(text, max(0, start - OPENING_WINDOW), end)
        if match.group("det") == "the" and opening is not None:
            continue
        yield start, end


# "Secretary of State Jane Roe", "the Secretary of Commerce": the one word after a cabinet
# title's "of" is the title's portfolio, no body's name (the model reads "State" as one)
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Secretary|Secretaries|Minister|Ministers)\s+of\s+$")
_PORTFOLIO_REACH = 20  # characters looked back over


# "Finance Minister Jo Roe", "who served as Energy Minister", "Transport Secretary Ann Lee": the
# one word before a capitalised cabinet title is its portfolio, no body's name (the model reads
# "Finance" or "Transport" as one); a body with that word is written "Ministry of Finance"
_TITLE_AFTER_PORTFOLIO = re.compile(r"[ \t]+(?:Minister|Ministers|Secretary|Secretaries)(?![\w-])")


def portfolio_word(text: str, start: int, end: int | None = None) -> bool:
    """Whether a word at [start, end) closes a cabinet title ("Secretary of State") or opens
    one ("Finance Minister")."""
    if _PORTFOLIO_BEFORE.search(text, max(0, start - _PORTFOLIO_REACH), start) is not None:
        return True
    return end is not None and _TITLE_AFTER_PORTFOLIO.match(text, end) is not None


# Session 36: a portfolio's word before an office holder's title that a list of portfolios or a
# lower-case title follows ("Energy and Mines Minister Jo Roe", "Arts minister Ann Lee", "Transport
# Commissioner Jo Roe", "the Trade and Industry Secretary"): the portfolio, no body. Every
# capitalised word of the list is a portfolio's word; a party's word before a lower-case "minister"
# is the party's ("Labour minister Ann Lee"); a ministry is a body ("the Finance ministry said").
_OFFICE_AFTER_PORTFOLIOS = re.compile(
    r"(?P<more>(?:,[ \t]+[A-Z][a-z]+)*,?[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+)?[ \t]+"
    r"(?P<office>Minister|Ministers|Secretary|Secretaries|Commissioner|Commissioners"
    r"|minister|ministers|secretary|commissioner)(?![\w-])"
)
_OFFICE_REACH = 80
_PARTY_PORTFOLIOS = frozenset(("labour", "labor"))
_PORTFOLIO_SPAN = re.compile(r"[A-Z][a-z]+(?:(?:,| and| &) [A-Z][a-z]+)*")


def office_follows(text: str, end: int) -> bool:
    """Whether an office's title (or portfolios and a title) follows ``end``: the test
    ``portfolio_before_office`` ends on, cheap enough to read first for every body the model found."""
    return _OFFICE_AFTER_PORTFOLIOS.match(text, end, min(len(text), end + _OFFICE_REACH)) is not None


def portfolio_before_office(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a portfolio's word, or portfolios joined by "and" ("Education and
    Agriculture"), before an office or a list of portfolios and an office (see
    ``_OFFICE_AFTER_PORTFOLIOS``)."""
    surface = text[start:end]
    if _PORTFOLIO_SPAN.fullmatch(surface) is None:
        return False
    words = [w.lower() for w in re.findall(r"[A-Z][a-z]+", surface)]
    if not all(word in PORTFOLIO_WORDS for word in words):
        return False
    match = _OFFICE_AFTER_PORTFOLIOS.match(text, end, min(len(text), end + _OFFICE_REACH))
    if match is None:
        return False
    if match["more"] is not None:
        others = re.findall(r"[A-Z][a-z]+", match["more"])
        return all(word.lower() in PORTFOLIO_WORDS for word in others)
    return match["office"][0].isupper() or len(words) > 1 or words[0] not in _PARTY_PORTFOLIOS


# "Minister of Industry, Investment and Commerce Dale Orwin", "Secretary of Health and Human
# Services Alex Tazar", "Minister of Labour and Social Security Pearnel Tambry": a cabinet title
# whose portfolio runs over several words before the holder's name. The model reads the pieces
# of the portfolio as bodies ("Industry", "Investment and Commerce") or runs the last of them
# into the name ("Planning Rosa Kettle" as a body): one wrong body, and the person lost. The
# portfolio is read from a class of words that name a government's fields, so the name after it
# is the words that are none of them ("Minister of Blue Economy Jo Roe", an unknown field, is
# left alone). "Ministry of Industry, Investment and Commerce" is one body, which the model
# splits at its comma.
_CABINET_TITLE = gated(
    r"(?<![\w-])(?:(?P<office>Minister|Ministers|Secretary|Secretaries)|(?P<body>Ministry|Department))"
    r"[ \t]+(?:of|for)[ \t]+"
)
_PORTFOLIO_JOINS = frozenset(("and", "&", "of", "for", "the", ","))
_PORTFOLIO_TOKEN = re.compile(r",|[^\s,]+")
_PORTFOLIO_TOKENS = 16  # a portfolio and a name fit in far fewer: a bounded look
_HOLDER_WORD = re.compile(r"(?:[A-Z][a-z]+(?:['’-][A-Za-z][a-z]*)*|[A-Z]\.|Jr\.?|Sr\.?|II|III|IV)")
_NAME_TITLES = frozenset(word_list("Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Hon Hon. Sen. Senator Rev. Prof. Sir Dame"))
_NAME_WORDS = 4
_POSSESSIVE_END = re.compile(r"['’]s$")
_INITIAL = re.compile(r"[A-Z]\.|[JS]r\.")


def cabinet_titles(text: str) -> Iterator[tuple[bool, int, int, int, tuple[int, int] | None]]:
    """Cabinet titles and ministries named with a portfolio of one or more field words:
    (a ministry?, the title's start, the portfolio's start and end, the holder's name's span
    after a title, if one follows before a lower-case word or a sentence's punctuation)."""
    for match in scan(_CABINET_TITLE, text):
        tokens = [
            (m.start(), m.end(), m.group())
            for m in itertools.islice(_PORTFOLIO_TOKEN.finditer(text, match.end()), _PORTFOLIO_TOKENS)
        ]
        last = _portfolio_last(tokens)
        if last < 0:
            continue
        run = (tokens[0][0], tokens[last][1])
        if match.group("body"):
            yield True, match.start(), run[0], run[1], None
        else:
            yield False, match.start(), run[0], run[1], _holder(tokens[last + 1 :])


def _portfolio_last(tokens: list[tuple[int, int, str]]) -> int:
    """The index of the portfolio's last field word, or -1 (a leading "the" is allowed:
    "Minister of the Interior")."""
    last = -1
    for i, (_, _, word) in enumerate(tokens):
        if word[:1].isupper() and word.lower() in PORTFOLIO_WORDS:
            last = i
        elif word in _PORTFOLIO_JOINS and (last >= 0 or (i == 0 and word == "the")):
            continue
        else:
            break
    return last


def _holder(tokens: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The name of two to four words right after a portfolio, ended by a lower-case word, a
    punctuation mark or a weekday ("... Jo Roe said", "... Jo Roe, who", "... Jo Roe Tuesday");
    a courtesy title before it is left out ("Minister of Health Dr Jo Roe")."""
    if tokens and tokens[0][2] in _NAME_TITLES:
        tokens = tokens[1:]
    words: list[tuple[int, int]] = []
    for start, _, word in tokens[: _NAME_WORDS + 1]:
        stem = word if _INITIAL.fullmatch(word) else _POSSESSIVE_END.sub("", word.rstrip(".,;:!?"))
        if stem.lower() in WEEKDAYS:
            break
        if _HOLDER_WORD.fullmatch(stem) is None or stem.lower() in PORTFOLIO_WORDS:
            if word[:1].isupper():
                return None  # a capitalised word goes on: no plain name ends here
            break
        words.append((start, start + len(stem)))
        if stem != word:
            break  # a possessive or a sentence's mark ends the name
    if not 2 <= len(words) <= _NAME_WORDS or all(e - s <= 2 for s, e in words):
        return None  # no name, a longer run of capitals, or initials only
    return words[0][0], words[-1][1]


# "the State-owned shipbuilder", "State-run media": the state capitalised, as Chinese copy
# writes it, before an ownership participle is no body's name
_STATE_COMPOUND = re.compile(r"State-(?:owned|run|backed|controlled|funded|affiliated|sponsored)\b")


# "State Senator Jo Roe", "State Rep. Ann Lee", "County Commissioner Jo Roe", "City Councilman
# ...", "State officials said": the level of government capitalised before an official's title or
# its officials is part of the title or a plain adjective, no body (the model reads "State" alone
# as one); "State Police" or "County Board" is a body's name
_LEVEL_TITLE = re.compile(
    r"(?:State|County|City)[ \t]+(?:Senators?|Sen\.|Representatives?|Reps?\.|Assembly(?:man|woman|member)|"
    r"Delegate|Del\.|Treasurer|Auditor|Comptroller|Controller|Superintendent|Attorney General|"
    r"Council(?:man|woman|member|or)|Commissioner|Executive|Judge|Clerk|Assessor|Coroner|Sheriff|"
    r"Lawmakers?|Legislators?|"
    # or before its lower-case people ("State officials have outlawed ...", "City inspectors")
    r"(?:officials|lawmakers|legislators|regulators|prosecutors|inspectors|investigators|auditors))(?![\w-])"
)


def state_compound(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is the "State" of "State-owned", or the level of
    government of an official's title ("State Senator")."""
    if end - start == len("State") and _STATE_COMPOUND.match(text, start) is not None:
        return True
    return end - start <= len("County") and _LEVEL_TITLE.match(text, start) is not None


# "SPEND a day at the lake ...", "ATTEND a workshop ...": an events listing opens each entry
# with its verb in capitals; a name at a line's start is not followed by an article
_CAPS_LEAD_IN = re.compile(r"[A-Z]{3,}(?= (?:a|an|the|your|our|this|these) )")


def caps_lead_in(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end), opening a line, is a listing's verb in capitals."""
    at_line_start = start == 0 or text[start - 1] == "\n"
    match = _CAPS_LEAD_IN.match(text, start, end + 12)
    return at_line_start and match is not None and match.end() == end


# "the FNV union said", "oil broker PVM": capitals the model passes over, named by the kind of
# body they are (a body's kind after the letters, or a firm's kind before them)
_ACRONYM_BODY = gated(
    r"(?=[tT])\b(?:the|The)\s+([A-Z][A-Z0-9&]{1,5})\s+(?:union|party|group|agency|brokerage|ministry|council|"
    r"committee|alliance|movement|militia|broadcaster|newspaper|airline|carrier|lender|insurer|regulator|"
    r"coalition|federation|association|institute|think\s+tank|rebels|faction)\b"
)


def acronym_bodies(text: str, is_known: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The letters of "the FNV union", unless they name something already known (a place: "the
    US carrier") or are a common abbreviation ("the AI group")."""
    for match in scan(_ACRONYM_BODY, text):  # most texts name none of its kinds: tested first
        letters = match.group(1)
        if letters not in COMMON_ACRONYMS and not is_known(letters):
            yield match.span(1)


# A corporate suffix makes the capitalised words before it a company: "Acme Corp", "Foo Holdings".
_CORPORATE_SUFFIX = (
    r"(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|Co|Plc|PLC|plc|AG|SA|SE|NV|LLC|LLP|GmbH|Bhd|Berhad|"
    r"Oyj|ASA|SpA|S\.A|N\.V|Holdings|Group)"
)
# "Co., Ltd.", "Co., Inc.": a second suffix may follow the first after a comma; a partnership's
# "and Co" ends a name too ("Tarvo Webb and Co."), and initials may open one ("J.P. Tarvo and
# Co"). The words are on one line: a heading or a list item before a line break is no part of the name ("Ocean
# Villa\n\nHarbor Hotels Corporation").
_COMPANY = gated(
    r"(?<![\w&'’.-])((?:(?:(?:[A-Z]\.){2,3}|[A-Z][\w&'’-]*\.?|&|of|and)[ \t]+){0,4}?"
    r"[A-Z][\w&'’-]*(?:[ \t]+(?:and|&)(?=[ \t]+Co\b))?)"
    r"(?:[ \t]+" + _CORPORATE_SUFFIX + r"\b\.?(?!\w))+(?:,[ \t]+(?:Ltd|Limited|Inc|LLC)\b\.?(?!\w))?"
)
# initials open a company's name ("J.P. Tarvo and Co Inc"), a country's never
_PLACE_INITIALS = frozenset(("U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "U.S.A."))
_SUFFIX_ALONE = re.compile(_CORPORATE_SUFFIX + r"\.?")
CORPORATE_SUFFIX_END = re.compile(r"\s+" + _CORPORATE_SUFFIX + r"\.?$")
# what follows a company's short name in its full one: suffixes only ("Plc", "Co Ltd", "and Co Inc")
CORPORATE_SUFFIX_TAIL = re.compile(r"(?:,?\s+(?:and|&)\s+Co\b\.?)?(?:,?\s+" + _CORPORATE_SUFFIX + r"\b\.?)+")
ROLE_TITLE_WORDS = frozenset(COMPANY_TITLE_WORDS)
_NOT_NAME_WORDS = frozenset((*WEEKDAYS, *MONTH_NAMES))
# Prepositions that open a sentence and are no stop words: "Despite Tarvo Holdings' loss", "Like
# Quillon Motors, the firm ...", "Inside Harlow Bank Ltd" (session 32). Cut only where two words
# or more are left, so a firm of one such word and its suffix ("Outside Inc") keeps it.
_OPENING_PREPOSITIONS = frozenset(
    word_list("despite like unlike inside outside amid amidst following including excluding regarding")
)


# "in Group D", "the Euro Cup Group F match": a stage of a competition, whose "Group" is no
# corporate suffix and no body
_STAGE_AFTER = re.compile(r" (?:[A-H]|\d{1,2})(?![\w'’-])")


def stage_group(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) ends in "Group" or "Pool" opening a stage's label."""
    return text[max(start, end - 5) : end] in ("Group", " Pool") and _STAGE_AFTER.match(text, end) is not None


# a partnership's "and Co" ending a suffixed name ("Merrill Lynch and Co Inc", "Goldman, Sachs
# and Co"): the model's organisations inside it ("Merrill Lynch", "Co Inc") are its pieces
_AND_CO_END = re.compile(r" (?:and|&) Co\b\.?(?:,? " + _CORPORATE_SUFFIX + r"\b\.?)*$")


# Every character a match of _COMPANY consumes is a capitalised word's, "of", "and", "&", a
# space or a tab, a full stop or a comma: no match crosses a line break, and every match holds a
# suffix after a space or a tab. So each match lies on a line that holds such a suffix, and
# scanning those lines alone (with the text around them in sight for the look-arounds) finds the
# same matches. Issue 11 bounds the cost beyond NER: most lines hold no suffix, and the search for
# one costs about a third of the whole scan.
_SUFFIX_AFTER_SPACE = re.compile(r"[ \t]" + _CORPORATE_SUFFIX + r"\b")


def _on_lines(pattern: re.Pattern[str], cue: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, read only on the lines where ``cue`` matches: the same matches
    for a pattern no match of which crosses a line break and every match of which holds one of
    ``cue`` (each line is read once, in order, so the matches come in the whole scan's order)."""
    done = 0  # the end of the last line read
    for hit in cue.finditer(text):
        if hit.start() < done:
            continue
        start = text.rfind("\n", 0, hit.start()) + 1
        done = text.find("\n", hit.end())
        if done < 0:
            done = len(text)
        yield from pattern.finditer(text, start, done)


def companies(text: str) -> Iterator[tuple[int, int]]:
    """'Acme Corp', 'Siasun Robot & Automation Co Ltd': name plus corporate suffix."""
    for match in _on_lines(_COMPANY, _SUFFIX_AFTER_SPACE, text):
        start, end = match.start(1), match.end()
        if stage_group(text, start, end):
            continue
        words = text[start:end].split()
        # "On Tuesday Acme Corp": sentence-initial function words and dates are not the name
        while len(words) > 2 and (
            words[0].lower() in STOP_WORDS
            or words[0].lower() in _NOT_NAME_WORDS
            or words[0].lower() in _OPENING_PREPOSITIONS
        ):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words[0].lower() in STOP_WORDS or words[0].lower() in _NOT_NAME_WORDS:
            continue
        if words[0] in _PLACE_INITIALS:  # "the U.S. Acme Corp plant": the place, then the company
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if "of" in words[:-1]:  # "Chief Executive of Acme Corp": a title, then the company
            cut = words.index("of")
            # "Jo Roe of Tarvo Webb and Co": a partnership's name holds no "of", a person comes first
            partnership = _AND_CO_END.search(text, start, end) is not None
            if partnership or all(w.lower() in ROLE_TITLE_WORDS for w in words[:cut]):
                if cut + 1 >= len(words) - 1:
                    continue
                start = text.index(words[cut + 1], start + sum(len(w) + 1 for w in words[:cut]))
        yield start, end


# "Goldman, Sachs and Co", "Kidder, Peabody & Co": a partnership's old styling, one firm, which
# the suffix rule cannot read across the comma (never before a list's "and", "Acme, Tarvo Kelp,
# Quill and Co")
_COMMA_AND_CO = gated(
    r"(?<![\w&'’.-])([A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:and|&) Co\b\.?"
    r"(?:,? (?:Inc|Ltd|Limited)\b\.?)?)"
)
# in every match of _COMMA_AND_CO, which never crosses a line break (its words are joined by spaces)
_AND_CO = re.compile(r" (?:and|&) Co\b")


def comma_partnerships(text: str) -> Iterator[tuple[int, int]]:
    """ "Goldman, Sachs and Co": a comma inside a partnership's name; a stop word opening the
    match ("As Goldman, ...") is cut off."""
    if " Co" not in text:
        return
    for match in _on_lines(_COMMA_AND_CO, _AND_CO, text):
        start, end = match.span(1)
        first = text[start : text.index(" ", start)].rstrip(",")
        if first.lower() in STOP_WORDS or first in _NOT_NAME_WORDS:
            if "," in first or text[start + len(first)] == ",":
                continue
            start += len(first) + 1
        yield start, end


# "Melbourne broker <J.R. Quill and Co Ltd> said": a wire (Reuters) sets a company's whole
# name in angle brackets; a ticker in capitals ("<HMC>") and an address ("<jo@x.com>") are none
_BRACKETED_COMPANY = gated(
    r"<([A-Z][\w&'’.-]*(?:,? (?:[A-Z][\w&'’.-]*|\([A-Z][\w&'’.-]*\)"
    r"|&|of|and|de|des|du|der|la|le|van|von|di|del|et|y)){0,7})>"
)


def bracketed_companies(text: str) -> Iterator[tuple[int, int]]:
    """The name inside a wire's "<...>" brackets, when it has two words or more and a lower-case
    letter (no ticker: a headline's re-cased "<Hmc>" is one word) and ends on a capitalised word."""
    if "<" not in text:
        return
    for match in _BRACKETED_COMPANY.finditer(text):
        name = match.group(1)
        if " " in name and any(c.islower() for c in name) and name.rsplit(" ", 1)[-1][:1].isupper():
            yield match.span(1)


def company_runs_on(text: str, start: int, end: int, org_start: int, org_end: int) -> bool:
    """A partnership's name [start, end) ending on "and Co" holds the model's organisation, with
    only name words before it."""
    if not (start <= org_start and org_end <= end and _AND_CO_END.search(text, start, end)):
        return False
    # "Jo Roe of Tarvo Webb and Co": a person and "of" before the firm's words are no part of it
    return all(_FIRM_NAME_WORD.fullmatch(w) or w in ("and", "&") for w in text[start:org_start].split())


# A word of a company's own name: capitalised, joined only to capitalised parts ("Coca-Cola",
# never "Shenzhen-based"), perhaps the suffix's comma ("Co.,")
_FIRM_NAME_WORD = re.compile(r"[A-Z][\w&'’.]*(?:-[A-Z][\w&'’.]*)*,?")


def company_reaches_back(text: str, start: int, end: int, org_start: int, org_end: int) -> bool:
    """A suffixed company name [start, end) that holds a model organisation and begins words
    before it: the model dropped the name's first words ("Origin" of "Origin Quantum Computing
    Technology Co., Ltd."; all of it but "Ltd."), which are capitalised name words only."""
    if not start < org_start or org_end > end:
        return False
    words = text[start:org_start].split()
    return all(_FIRM_NAME_WORD.fullmatch(w) for w in words)
