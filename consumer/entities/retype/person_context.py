"""What the words around a name say about it being a person's: an age or "who" after it, a role
or a title before or in apposition, a credit cue ("photo by"), a quotation's speech verb, or the
two sides of a result in sets.

Kept apart from ``person_names`` (the name's own look) so either can be read alone.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.craft_makers import craft_maker_before
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.person_names import (
    NAME_OPENERS,
    NAME_PARTICLES,
    PERSON_ROLES,
    is_place,
    name_word,
    person_words,
)
from consumer.gate import gated

# What only a person has next to the name: an age in apposition ("Braun, 38,"), "who" ("Vale,
# who ..."), or a lower-case role right before it ("guard Rondo", "diver Keetan Munsell").
_AGE_AFTER = re.compile(r",\s+\d{1,2}(?:\s*[,;)\u2013\u2014]|\s+-\s|\.\s|$)")
_WHO_AFTER = re.compile(r",?\s+who\s")
# A player's line in a results roundup: the name, then a count of what only a player does ("Ana
# Roe 19 points and 3 steals.", "Kell 7 saves.", "Jo Vale made 35 saves"), where the model reads
# an unfamiliar name as a body. A side's result is written with a score or a verb and the other
# side ("Kelby beat Tarvo 3-1"), and a place's figures take other units, so a count of a player's
# feats right after the name is a person's.
_STAT_AFTER = re.compile(
    r"\s+(?:(?:made|stopped)\s+)?\d{1,3}\s+"
    r"(?:points?|goals?|assists?|saves?|rebounds?|steals?|blocks?|tackles?|sacks?|kills|digs|aces|"
    r"strikeouts|receptions|interceptions|touchdowns?|shots)\b"
)
_ROLE_RIGHT_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")
# A capitalised title right before the name, which only a person bears
_TITLE_RIGHT_BEFORE = re.compile(
    r"(?<![\w-])(?:Chancellor|President|Premier|(?:Prime|Foreign|Finance|Defen[cs]e|Interior)\s+Minister|Senator|"
    r"Governor|Mayor|King|Queen|Prince|Princess|Pope|Sheikh|Judge|Justice|Ambassador|Commissioner|"
    r"Chairman|Chairwoman|Coach|Captain|Archbishop|Bishop|Rabbi|Imam|Sir|Dame|Sen\.|Rep\.|Gov\.|Dr\.|"
    r"Mr\.?|Mrs\.?|Ms\.?)\s+$"
)
# A credit or billing cue right before the name, which only a person fills: "images by Tanveer
# Badal", "Photo: Jo Roe/Acme", "courtesy of Jo Roe", "starring Ada Quill", "hosted by Ola Vint",
# and a wire story's foot or a post's byline ("Reporting by Jo Roe; Editing by Sam Lee", "Posted by").
# Only a bare "by" after a maker's noun or verb of a picture, a show or a text: "led by", "owned
# by" or "a poll by" are a body's as often. A name of two or three words only ("photo: Reuters",
# "featuring Coldplay" are one), no body's head word and no list's entry (checked by the caller).
CREDIT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|artwork|credit)\s*:)|"
    r"(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|artwork)\s+(?:by|courtesy\s+of))|"
    r"courtesy\s+of|(?:co-)?starring|featuring|(?:hosted|directed|narrated|illustrated|photographed|"
    r"moderated|presented|posted|written|edited)\s+by|"
    r"(?:(?:additional|extra)\s+)?(?:reporting|editing|writing|words|story|text)\s+by)[ \t]+$",
    re.IGNORECASE,
)
CREDIT_REACH = 40  # characters looked back over for the cue


# A paper's title words ("… Herald", "… Daily"): credits and newspapers' names
PAPER_TITLES = (
    "Times|Star|Post|Herald|Tribune|News|Sun|Mirror|Express|Standard|Observer|Mail|Bee|Globe|Examiner|"
    "Register|Dispatch|Courier|Gazette|Journal|Chronicle|Inquirer|Telegraph|Sun-Times|Daily"
)


# Words of a credit that names a paper, a picture desk or an archive, not a person ("Photo:
# Harbor Daily News", "Images: Acme Photo Archive")
CREDIT_BODY_WORDS = frozenset(
    (
        *(w.lower() for w in PAPER_TITLES.split("|")),
        *word_list("images photos pictures photo photography press magazine studio studios wire archive"),
        *word_list("archives collection library museum gallery agency media"),
        # a desk's or a crew's credit ("Written by Harbor Staff", "Photo: Kestrel Projects")
        *word_list("staff desk newsroom editors writers reporters team crew projects productions"),
    )
)


def _credited_person(text: str, start: int, surface: str, gazetteer: Gazetteer) -> bool:
    """A name of two or three words after a credit or billing cue ("images by Tanveer Badal"):
    not one a paper's or a picture desk's word ends or fills, nor one a place opens ("Photo:
    Boston Herald"; a given name that is a place, "Austin Kell", is a person by its look)."""
    words = surface.split()
    return (
        2 <= len(words) <= 3
        and words[0].lower() not in NAME_OPENERS
        and not any(w.lower() in CREDIT_BODY_WORDS for w in words)
        and not is_place(words[0], gazetteer)
        and CREDIT_BEFORE.search(text, max(0, start - CREDIT_REACH), start) is not None
    )


# A role in apposition after the name: "Vale, the company's chief operating officer," / "Vale,
# its finance director," / "Vale, chief executive of ...". Roles a firm can hold too ("the
# bank's adviser", "the asset manager", "a commodity trader") are no evidence.
# Trades of the arts and the news only a person plies ("the producer", "the designer" are a
# firm's too: "the world's largest oil producer")
_ARTS_AND_NEWS_TRADES = frozenset(
    word_list(
        "comedian novelist author poet playwright screenwriter filmmaker anchor anchorman anchorwoman "
        "presenter columnist photographer painter sculptor musician guitarist drummer composer songwriter"
    )
)
# "Jo Roe, the campaign's head of research": a head in apposition is a person's (session 48; before a
# name, "head Acme" is no evidence, so PERSON_ROLES leaves it out)
_APPOSITION_ROLES = (
    (PERSON_ROLES - frozenset(word_list("adviser advisor trader researcher manager")))
    | _ARTS_AND_NEWS_TRADES
    | frozenset(("head",))
)
# The role ends the apposition (a comma, or "of"/"at"/"for" and its body): "Orders went to
# Acme, the minister said" is an attribution after the name, no apposition. An employer in
# capitals may stand among the role's modifiers ("the veteran CNN anchor").
_ROLE_APPOSITION = re.compile(
    r",\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?:[\w.&-]+(?:['\u2019]s?)?\s+)?(?:(?:[a-z-]+|[A-Z]{2,5})\s+){0,3}?"
    r"([a-z]+)(?=\s*,|\s+(?:of|at|for)\s)"
)


# "Kowalczyk, a film producer who ...": an apposition whose noun takes "who" is a person's;
# a firm takes "that" or "which". Nouns of groups of people take "who" too ("a band who").
_WHO_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s+who(?:se)?\s")
_GROUP_NOUNS = frozenset(
    word_list(
        "band group team crew duo trio quartet choir club company firm family couple pair charity "
        "organisation organization union party people"
    )
)


# "Tupou said he was ready", "Tupou said on Monday that she ...": a name whose speech goes on
# with "he" or "she" is a person's (a body says "it"; a firm's name the gazetteer knows, or
# one with a body's head word, never gets here). Verbs a firm uses of a hire ("announced")
# are left out.
_SAYS_HE_AFTER = re.compile(
    r"\s+(?:said|says|added|explained|recalled|argued|insisted|admitted|replied)"
    r"(?:\s+on\s+[A-Z][a-z]+day)?(?:\s+that)?\s+(?:he|she)\s"
)


# "her brother, Tavita Olomua,": a person's role or kin set off before the name
_ROLE_COMMA_BEFORE = re.compile(r"(?<![\w-])(?:his|her|their|my|our|your)\s+([a-z]+),\s+$")
# "Ulric P. Vantage": a given name, a middle initial and a surname
_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z]\. [A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?")
# "Ulric P Vantage": the same without the initial's point, as British copy writes it; only after a
# given name the lists know ("Roy F Weston Inc" keeps its head; "In A Boy's Eyes" opens on a stop word)
_BARE_MIDDLE_INITIAL = re.compile(
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?) [A-HJ-Z] [A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?"
)


def _bare_middle_initial(surface: str) -> bool:
    match = _BARE_MIDDLE_INITIAL.fullmatch(surface)
    return match is not None and match.group(1).lower() not in STOP_WORDS and is_given_name(match.group(1))


# '"…," Hauser said': one name word between a quotation's closing mark and a verb of speech is
# the speaker named by surname (a body the gazetteer knows never gets here; an unknown one is
# "the company said" far more often than its bare name after a quotation).
_QUOTE_CLOSED_BEFORE = re.compile(r"[,?!][\"”'’][ \t]+$")
_SPEECH_VERB_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|asked|explained|recalled|continued)\b")


# '"…," said Hauser.': the same word after the verb, the sentence or a clause ending on it
_QUOTE_AND_VERB_BEFORE = re.compile(r"[,?!][\"”][ \t]+(?:said|says|added|asked|explained)[ \t]+$")
_CLAUSE_END_AFTER = re.compile(r"[.,;]")


def _quoted_speaker(text: str, start: int, end: int, surface: str) -> bool:
    if " " in surface:
        return False
    if _QUOTE_CLOSED_BEFORE.search(text, max(0, start - 4), start) is not None:
        return _SPEECH_VERB_AFTER.match(text, end) is not None
    return (
        _QUOTE_AND_VERB_BEFORE.search(text, max(0, start - 16), start) is not None
        and _CLAUSE_END_AFTER.match(text, end) is not None
    )


def person_context(text: str, start: int, end: int, surface: str, gazetteer: Gazetteer) -> bool:
    if (_MIDDLE_INITIAL.fullmatch(surface) or _bare_middle_initial(surface)) and head_word(
        surface
    ) not in HEAD_TYPES:
        return True
    if (
        len(surface.split()) > 3
        or head_word(surface) in HEAD_TYPES
        or not person_words(surface.split(), gazetteer)
    ):
        return False
    if _AGE_AFTER.match(text, end) or _WHO_AFTER.match(text, end):
        return True
    if _STAT_AFTER.match(text, end, end + 40):
        return True  # "Ana Roe 19 points", "Kell made 35 saves": a player's line
    if _quoted_speaker(text, start, end, surface):
        return True
    if _SAYS_HE_AFTER.match(text, end, end + 40):
        return True
    who = _WHO_APPOSITION.match(text, end, end + 80)
    if who is not None and who.group(1) not in _GROUP_NOUNS:
        return True
    appos = _ROLE_APPOSITION.match(text[end : end + 100])
    if appos is not None and appos.group(1) in _APPOSITION_ROLES:
        return True
    if _TITLE_RIGHT_BEFORE.search(text, max(0, start - 30), start):
        return True  # "Chancellor Olaf Scholz said": the model read a body
    if _credited_person(text, start, surface, gazetteer):
        return True  # "images by Tanveer Badal": a photographer, host or star
    if craft_maker_before(text, start):
        return True  # "film-maker Ada Quell", "documentary maker Jo Roe": a person's craft
    role = _ROLE_RIGHT_BEFORE.search(text, max(0, start - 20), start) or _ROLE_COMMA_BEFORE.search(
        text, max(0, start - 30), start
    )
    return role is not None and role.group(1) in PERSON_ROLES


# "Kyrylo Horbach cruised past Tomasz Wierzbicki 6-2, 6-1": the two sides of a result in sets
# (two sets or more, or one with its tie-break) are players, whom the model often reads as
# bodies when their given names are not English ones. A team in sets is a country or a club
# the gazetteer knows, or a one-score result ("Manchester City beat Sheffield United 3-1").
_SIDE = r"((?:[A-Z][\w'’-]+\s+(?:(?:de|van|von|da|di|del|der|dos|le|la)\s+)?){0,2}[A-Z][\w'’-]+)"
_RESULT_VERB = (
    r"(?:beat|beats|defeated|defeats|edged|edges|downed|ousted|upset|stunned|overcame|outlasted|routed|"
    r"thrashed|crushed|dispatched|swept|(?:edged|cruised|eased|breezed|battled|rallied|powered|raced|"
    r"stormed|swept|fought)\s+past|saw\s+off|lost\s+to|fell\s+to|was\s+beaten\s+by)"
)
_SET = r"\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}(?:-\d{1,2})?\))?"
_PLAYERS = gated(
    rf"(?=[A-Z])(?<![\w'’-]){_SIDE}\s+{_RESULT_VERB}\s+{_SIDE}\s+"
    rf"(?:{_SET}(?:,\s*{_SET})+|\d{{1,2}}-\d{{1,2}}\s*\(\d{{1,2}}\))(?![\w-])"
)

_SET_SCORE = re.compile(r"\d-\d")  # in every match of _PLAYERS: its sets or its score


def set_score_players(text: str) -> dict[int, int]:
    """End -> start of each side of a result in sets (the side may open with a sentence's
    first word, "After Matteo Arnaldi": a candidate is a player when it ends where a side
    ends and starts inside it)."""
    if _SET_SCORE.search(text) is None:
        return {}  # every result in sets holds "6-4": a text with no digit-dash-digit skips the scan
    return {m.end(g): m.start(g) for m in _PLAYERS.finditer(text) for g in (1, 2)}


def player(cand: Candidate, surface: str, players: dict[int, int], gazetteer: Gazetteer) -> bool:
    """A side of a result in sets, shaped like a person's name and no known place or body."""
    start = players.get(cand.end)
    words = surface.split()
    return (
        start is not None
        and start <= cand.start
        and 1 <= len(words) <= 3
        and all(name_word(w) or w.lower() in NAME_PARTICLES for w in words)
        and head_word(surface) not in HEAD_TYPES
        and gazetteer.lookup(surface) is None
        and not any(is_place(w, gazetteer) for w in words if name_word(w))
    )
