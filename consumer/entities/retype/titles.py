"""Office and job titles glued to names: cut off a person ("Mayor-elect Jo Roe"), cut off a
body ("Harlow News CFO"), or a span that is only a title ("Founder & Principal Consultant").

One module because the title word lists and the cuts that use them change together.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.dictionary import dictionary_words, in_dictionary
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, head_type, head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.name_edges import TITLES_BEFORE, trade_before
from consumer.entities.retype.person_names import facility_head, name_word
from consumer.lexicon import (
    COMPANY_TITLE_WORDS,
    PEOPLE_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_WORDS,
    bare_title,
)

# A company officer's title in capitals before a name ("CFO Jo Roe", "Acme VP Jo Roe", "Harlow GM
# Jo Roe"). Only in capitals and only before a name: alone, "GM" is General Motors, so these stay
# out of ``TITLES_BEFORE`` (whose words alone are no name).
# session 38: a member of the European or the Scottish parliament ("MEP Ada Quell") too
OFFICER_ACRONYMS = frozenset(str.split("CFO COO CTO CIO CMO CSO CPO VP SVP EVP GM MEP MSP"))


# A name and a model number joined by a hyphen: spacecraft, aircraft, vehicles, rockets.
MODEL_NAME = re.compile(r"^[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?-\d{1,4}[A-Za-z]?$")
# An ordinal or a number alone ("19th", "2020") is no name.
# A number, an ordinal, or an amount glued to its unit ("5,000mAh", "128GB", "60Hz", "4K"):
# a figure, never a name.
_NUMBER_ONLY = re.compile(
    r"^\d[\d,.]*(?:st|nd|rd|th|s|\s?(?:mAh|Wh|kWh|[KMGT]B|[KMG]?Hz|MP|mm|cm|km|kg|mg|ml|W|V|K|p|fps|nm))?$"
)


# A stage of a competition or a draw ("Group A", "Pool B", "Round 16"): a label, not a name.
_STAGE_LABEL = re.compile(r"^(?:Group|Pool|Round|Heat|Section|Zone|Conference)\s+(?:[A-H]|\d{1,2})$")


def title_before(word: str) -> bool:
    """Whether a capitalised word is a title written before a person's name ("Superintendent",
    "Supt.", "Mayor-elect"). A trade's look alone ("Oceanographer") is no title here: names
    end like trades too ("Lakshiwnder")."""
    return bare_title(word.rstrip(".")) in TITLES_BEFORE


def no_name(surface: str) -> bool:
    if _NUMBER_ONLY.match(surface) or _STAGE_LABEL.match(surface.rstrip(".")):
        return True
    words = surface.split()
    if len(words) == 1 and len(surface.rstrip(".")) <= 1:
        return True
    return bool(words) and all(w.rstrip(".").lower() in TITLES_BEFORE for w in words)


def cut_title(text: str, cand: Candidate) -> None:
    """ "Superintendent Jane Roe": the title opens the name but is not part of it (the role
    rules read it from the text before the name)."""
    words = text[cand.start : cand.end].split()
    while len(words) >= 3 and (
        bare_title(words[0].rstrip(".")) in TITLES_BEFORE
        or trade_before(words)
        or words[0] in OFFICER_ACRONYMS
    ):
        cand.start = text.index(words[1], cand.start + len(words[0]))  # "Lt Col Jane Roe"
        words = words[1:]
    if 4 <= len(words) <= 5 and words[1] in OFFICER_ACRONYMS and all(name_word(w) for w in words[2:]):
        cand.start = text.index(words[2], cand.start + len(words[0]) + len(words[1]))  # "Ravens GM Jo Roe"


# Titles that also open a body's or a place's name ("General Motors", "Major League Baseball",
# "Principal Financial", "Prince Hotels", "Chief Executive magazine", "St Eustatius"): they make
# a person only before a given name and a surname ("General Mark Roe").
_BODY_OPENING_TITLES = frozenset(
    word_list(
        "general major principal prince princess king queen dean chief head president member executive "
        "partner leader director chair vice deputy senior capital justice judge representative dr mr "
        "sir pope captain premier st saint"
    )
)


# Ranks of police and fire services, written before a surname alone ("Trooper Roe", "Sgt Roe").
_RANKS_BEFORE_SURNAME = frozenset(
    word_list(
        "detective sergeant sgt inspector insp constable trooper fireman firefighter superintendent supt "
        "corporal cpl officer patrolman deputy"
    )
)


def titled_person(surface: str, gazetteer: Gazetteer) -> bool:
    """ "Detective Cowie Massy", "Linebacker Sione Roe", "Fireman Coyle": a person's title or
    trade, then one to three name words that name no place or body, which the model read as an
    organisation. The title is then cut off like a person's (``cut_title``)."""
    words = surface.split()
    if not 2 <= len(words) <= 4:
        return False
    title, rest = bare_title(words[0].rstrip(".")), words[1:]
    if words[0] in OFFICER_ACRONYMS:
        # "CFO Ravi Tandon"; never "GM Financial Services": a given name must open the rest
        return len(rest) >= 2 and is_given_name(rest[0]) and all(name_word(w) for w in rest)
    if title not in TITLES_BEFORE or title in PEOPLE_NOUNS or not all(name_word(w) for w in rest):
        return False  # "Individual Medley": what a person is, not a title, opens events too
    if head_type(surface) is not None:
        return False  # "Premier League", "Governor's Cup": the name's head says what it is
    if title in _BODY_OPENING_TITLES and not (len(rest) >= 2 and is_given_name(rest[0])):
        return False
    if len(rest) == 1 and title not in _RANKS_BEFORE_SURNAME:
        return False  # "Admiral Insurance", "Pastor Bakeries": a title word names firms too
    if any(w.lower() in TITLES_BEFORE or w.lower() in STOP_WORDS for w in rest):
        return False  # "Deputy Director", "Director Of": titles or a phrase, no name
    name = " ".join(rest)
    return gazetteer.lookup(name) is None and head_word(name) not in HEAD_TYPES and not facility_head(name)


# Role words that also end the name of a paper, a magazine or an office ("The Economist", "New
# Scientist", "The Hollywood Reporter", "Argus Leader", "Inspector General", "The American Lawyer").
_NAME_ENDING_ROLES = frozenset(
    word_list("economist scientist reporter leader general editor engineer attorney executive writer lawyer")
)
# Trades a web page's staff credit ends on ("Digital Audience Specialist Ann Roe", "Lead Designer",
# "Executive Chef"): a job, never a body's last word, though no list of roles before a name has them
_TRADE_ENDS = frozenset(
    word_list(
        "specialist designer producer chef curator developer programmer photographer planner coordinator "
        "administrator technician marketer columnist"
    )
)
_ROLE_ENDS = frozenset((*ROLE_NOUNS, *ROLE_WORDS, *_TRADE_ENDS)) - _NAME_ENDING_ROLES
_ROLE_OPENERS = frozenset((*ROLE_NOUNS, *ROLE_WORDS, *COMPANY_TITLE_WORDS)) - frozenset(
    word_list("general member leader")
)
_EMPLOYER_AFTER = re.compile(r"[ \t]+(?:for|at)[ \t]+(?=[A-Z])")


# A company officer's title after the company and before the officer's name ("Harlow News CFO Mark
# Kranz"): the title's words, cut off the body's name.
_OFFICER_TAIL_WORDS = (
    frozenset((*ROLE_WORDS, *ROLE_NOUNS, *COMPANY_TITLE_WORDS, *word_list("cfo coo cto cio cmo svp evp vp")))
    - _NAME_ENDING_ROLES
)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def cut_officer_title(text: str, cand: Candidate) -> None:
    """An officer's title the model ran into a body's name, before it ("the past Chair of the
    Beacon Council", read as a body or a MISC), cut off; one after it: `job_title_only`."""
    if cand.entry is not None or cand.origin != "ner" or cand.type not in ("ORGANIZATION", "MISC"):
        return
    # the title and "of" before a body named by its head word are the person's
    cand.start += _officer_title_of(text[cand.start : cand.end])


def job_title_only(text: str, cand: Candidate) -> bool:
    """A model body that is a job title alone (True: drop it); else the body's name without an
    officer's title the model ran in after it ("Harlow News CFO Mark Kranz" -> Harlow News). A
    model person that is a staff credit's trade before the holder's name is dropped too."""
    if cand.type == "PERSON":
        return _trade_credit(text, cand)
    if cand.type != "ORGANIZATION":
        return False
    if _role_phrase(text, cand) or _title_opening(text, cand):
        return True
    _cut_rank_tail(text, cand)
    _cut_officer_tail(text, cand)
    return False


# Police and armed-service ranks written after the body and before the holder's name; the model
# runs the rank into the body ("Kelby Police Detective Ann Moss", "the Harlow Police Department
# Sgt. Rita Vane", "U.S. Navy Petty" + "Officer Jo Roe"). Cut only before a name, or "Officer"
# after "Petty": "the Office of Inspector General", "Kelby Sheriff's Deputy" keep theirs. A grade
# word before the rank goes with it ("Staff Sgt.", "First Lieutenant").
_RANK_TAIL = re.compile(
    r"(?:[ \t]+(?:Staff|Master|First|Second|Senior|Chief))?[ \t]+"
    r"(?:Sergeant|Sgt|Lieutenant|Lt|Detective|Det|Corporal|Cpl|Trooper|Constable|Inspector|Insp|"
    r"Patrolman|Patrolwoman|Pvt|Pfc|Cmdr|Adm|(?P<petty>Petty))$"
)
_OFFICER_AFTER = re.compile(r"[ \t]+Officer\b")
_NAME_AFTER_RANK = re.compile(r"\.?[ \t]+[A-Z][a-z]")


def _cut_rank_tail(text: str, cand: Candidate) -> None:
    """ "Kelby Police Detective" + " Ann Moss" -> Kelby Police: a rank before a name is the
    holder's, no word of the body (which keeps one word or more)."""
    if _NAME_AFTER_RANK.match(text, cand.end) is None:
        return
    rank = _RANK_TAIL.search(text, cand.start, cand.end)
    if rank is None or rank.start() <= cand.start:
        return
    if rank["petty"] is None or _OFFICER_AFTER.match(text, cand.end) is not None:
        cand.end = rank.start()


# bodies' head words no type rule takes (a board is named after its place or its kind)
_BOARD_HEADS = frozenset(word_list("board boards trustees governors directors regents"))


def _cut_officer_tail(text: str, cand: Candidate) -> None:
    """ "Harlow News CFO Mark Kranz", "Quillon Labs Senior Vice President Ann Lee": a title the
    model ran into the body's name before the officer's is no part of it (the name keeps one
    word or more; "The Economist", "Argus Leader" end on a name's own word). With no name after
    it, the title goes where a body's head word ends what is left ("the Marlow County Board
    Chair resigned", "a Dunmore Bank Spokesman said"): the officer is meant, not the body."""
    named_after = _NAME_AFTER.match(text, cand.end) is not None
    spans = [m.span() for m in re.finditer(r"\S+", text[cand.start : cand.end])]
    keep = len(spans)
    while keep > 1 and text[cand.start + spans[keep - 1][0] : cand.start + spans[keep - 1][1]].lower() in (
        _OFFICER_TAIL_WORDS
    ):
        keep -= 1
    if keep == len(spans):
        return
    while keep > 1 and text[cand.start + spans[keep - 1][0] : cand.start + spans[keep - 1][1]].lower() in (
        ROLE_MODIFIERS
    ):
        keep -= 1
    last = text[cand.start + spans[keep - 1][0] : cand.start + spans[keep - 1][1]].lower()
    body_head = HEAD_TYPES.get(last) == "ORGANIZATION" or last in _BOARD_HEADS
    if not named_after and (keep < 2 or not body_head):
        return
    cand.end = cand.start + spans[keep - 1][1]


def _trade_credit(text: str, cand: Candidate) -> bool:
    """A model "person" of title-case words ending on a trade, before the holder's name ("Lead
    Designer" + " Pia Holm", "Tarvin Film Producer Jo Roe"): a staff credit's job, no one's name
    (the trades are no surnames)."""
    words = text[cand.start : cand.end].split()
    return (
        len(words) >= 2
        and words[-1].lower() in _TRADE_ENDS
        and words[-1][:1].isupper()
        and _NAME_AFTER.match(text, cand.end) is not None
    )


def _role_phrase(text: str, cand: Candidate) -> bool:
    """A capitalised job title the model read as a body, as in an author's note on web copy: a
    title at the end ("Founder & Principal Consultant", "Small Business Marketing Strategist") or a
    title opening it with "of" and no body's head word ("Minister of Industry") names no body
    (True: drop it); a title then "for"/"at" and the employer ("Director of Growth Marketing for
    Harbin Logistics") keeps the employer only. A body's head word in the title part ("Chairman
    of Acme Holdings", "Executive Office of the President") keeps the name whole."""
    surface = text[cand.start : cand.end]
    words = [w.strip("&,.").lower() for w in surface.split()]
    if len(words) < 2:
        return False
    opener = words[0] in _ROLE_OPENERS or (words[0] in ROLE_MODIFIERS and words[1] in _ROLE_OPENERS)
    employer = None
    if opener:
        employer = max(_EMPLOYER_AFTER.finditer(surface), key=lambda m: m.start(), default=None)
    title_words = (
        words if employer is None else [w.strip("&,.").lower() for w in surface[: employer.start()].split()]
    )
    if any(w in HEAD_TYPES for w in title_words):
        return False
    if employer is not None:
        cand.start += employer.end()
        return False
    return (opener and "of" in words) or words[-1] in _ROLE_ENDS


# Session 47: the model stops a capitalised job title before its role noun and reads the words
# before it as a body ("Chief Nursing Quality" + " Officer at Kelby", "Company Safety" + " Officer
# (CSO)", "Senior" + " Content Director Jo Roe"). A title opens on a role's word or modifier, or on
# "Company"/"Corporate"; every word of it is an ordinary English word, and none after its first
# a body's head word.
_TITLE_OPENERS = frozenset((*ROLE_MODIFIERS, *_ROLE_OPENERS, *word_list("company corporate")))
_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,3}")
_AFTER_REACH = 40  # characters read after the span: up to three words


def _title_opening(text: str, cand: Candidate) -> bool:
    """A model body of ordinary words opening a job title, whose role noun comes in the one to
    three capitalised words right after it (True: drop it). A listed body or one the gazetteer
    matched never reaches this test; a head word ("Foreign Office" + " Minister") keeps the body."""
    lows = [w.lower() for w in text[cand.start : cand.end].split()]
    if not lows or lows[0] not in _TITLE_OPENERS or any(w in HEAD_TYPES for w in lows[1:]):
        return False
    words = dictionary_words()[0]
    if not all(in_dictionary(w, words) for w in lows):
        return False
    after = _WORDS_AFTER.match(text, cand.end, min(len(text), cand.end + _AFTER_REACH))
    if after is None:
        return False
    for word in after.group(0).split():
        low = word.lower()
        if low in _ROLE_ENDS:
            return True
        if not in_dictionary(low, words) or low in HEAD_TYPES:
            return False
    return False


_OFFICER_OF = re.compile(r"(?P<title>(?:[A-Z][\w-]*[ \t]+){1,3})of[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _officer_title_of(surface: str) -> int:
    """How many characters an officer's title and "of" take at the start of a name whose rest ends
    on a body's head word ("Chair of the Beacon Council" -> 16); 0 when the name is otherwise."""
    match = _OFFICER_OF.match(surface)
    if match is None:
        return 0
    title = [w.lower() for w in match["title"].split()]
    if not all(w in _ROLE_OPENERS or w in ROLE_MODIFIERS for w in title) or title[-1] not in _ROLE_OPENERS:
        return 0
    rest = surface[match.end() :].split()
    if not rest or HEAD_TYPES.get(rest[-1].strip("&,.").lower()) != "ORGANIZATION":
        return 0
    if " of " in surface[match.end() :]:
        return 0
    return match.end()
