"""Type corrections the small NER model gets wrong on news copy, by class of name.

``en_core_web_sm`` decides a type from a few words of context; the name itself often says
more. These rules read only the candidate's own words (and a few characters around it),
so their cost is linear in the number of candidates:

- diseases are MISC, never organisations or people ("COVID-19", "Ebola", "... syndrome");
- a name's head word says its class: "... Treaty", "... Act" are MISC (laws), "... Games",
  "... Cup", "... Expo" are EVENT, "... Ministry", "... University" are ORGANIZATION,
  "... Airport", "... Mountain" are LOCATION;
- a model span that ends inside a parenthesis ("Ministry of Commerce (MOFCOM") is cut before it;
- two or three capitalised words starting with a common given name, or a common Chinese
  surname followed by a one- or two-syllable given name, are a PERSON when the model said
  place or organisation and no gazetteer entry or organisation word says otherwise; so is a
  name with what only a person has next to it (an age, "who", a role before it or in
  apposition after it: "Vale, the company's chief operating officer,");
- a name of two or three words right after a credit or billing cue ("images by", "Photo:",
  "hosted by", "starring") is a person's, with the same exceptions;
- two organisations the story names on their own, joined by a hyphen before what they take
  part in ("the Hawks-Owls game"), are two names (this one reads the story's other names).

Hand-written because no maintained library types names by their head word; the given-name
list comes from the US census files shipped by the ``names`` package.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate, era_after_year
from consumer.entities.gazetteer import AP_STATE_FORMS, GazEntry, Gazetteer, ascii_fold, market_index_names
from consumer.events import EntityType, TextField
from consumer.gate import gated
from consumer.lexicon import (
    ABBREVIATIONS,
    COMPANY_TITLE_WORDS,
    HONORIFICS,
    MONTH_NAMES,
    OFFICE_TITLES,
    PEOPLE_NOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SPEECH_VERB_PATTERN,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
    bare_title,
)
from consumer.parse.agencies import is_known_agency

# Real diseases that are written as names (a lexicon is the only way to know them).
_DISEASE_NAMES = (
    r"(?:COVID(?:-19)?|Covid(?:-19)?|SARS(?:-CoV-2)?|MERS|H1N1|H5N1|H7N9|HIV|AIDS|HIV/AIDS|Ebola|Zika|"
    r"Mpox|Monkeypox|Alzheimer'?s|Parkinson'?s|Nipah|Marburg|Lassa|Omicron|Delta variant|Black Death|"
    r"Yersinia pestis)"
)
_DISEASE_SUFFIX = (
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:[Dd]isease|[Ss]yndrome|[Ff]ever|[Vv]irus|[Ff]lu|[Pp]lague)"
)
_DISEASES = re.compile(rf"^(?:{_DISEASE_NAMES}|{_DISEASE_SUFFIX})$")
_DISEASE_IN_TEXT = gated(rf"(?<![\w-])(?:{_DISEASE_NAMES}|{_DISEASE_SUFFIX})(?![\w-])")


def is_disease(name: str) -> bool:
    """Whether the name is a disease's ("Covid", "Lassa fever")."""
    return _DISEASES.match(name) is not None


def disease_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a disease: these are MISC whatever the model says."""
    return [m.span() for m in _DISEASE_IN_TEXT.finditer(text)]


# Holidays and feasts by their name (a lexicon, as for diseases: nothing in the word says it is a
# day). The conventions make them EVENTs; the model reads them as a people ("Holi"), a body
# ("Kwanzaa"), a place ("Easter") or nothing ("Passover", "Yom Kippur"). An "Easter egg" is a
# hidden feature, no feast.
_HOLIDAY_NAMES = (
    r"(?:Hanukkah|Chanukah|Kwanzaa|Passover|Yom Kippur|Rosh Hashanah|Purim|Sukkot|Eid al-Fitr|Eid al-Adha|"
    r"Eid ul-Fitr|Eid ul-Adha|Ramadan|Holi|Vesak|Nowruz|Easter(?: Sunday| Monday)?|Good Friday|Ash Wednesday|"
    r"Mardi Gras|Halloween|Thanksgiving|Juneteenth|Hogmanay|Bonfire Night|Boxing Day|Oktoberfest|"
    r"Lunar New Year|Chinese New Year|Mid-Autumn Festival|Dragon Boat Festival|Lantern Festival)"
)
_HOLIDAYS = re.compile(rf"^{_HOLIDAY_NAMES}$")
# standalone only: never a word of a longer capitalised name ("A Thanksgiving Carol", "Easter
# Island", "Holi Cola"), which keeps its own reading
_HOLIDAY_IN_TEXT = gated(rf"(?<![\w'’.&-]){_HOLIDAY_NAMES}(?![\w'’&-]|[ \t]+[A-Z])")
_EGG_AFTER = re.compile(r"[ \t]+[Ee]ggs?\b")  # "an Easter egg": a hidden feature
_WORD_BEFORE_HOLIDAY = re.compile(r"([A-Za-z][\w'’.&-]*)[ \t]+$")


def holiday_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a holiday on its own: EVENTs whatever the model says. A capitalised
    word before it that is no small word makes it part of a longer name ("Office Thanksgiving",
    "A Hanukkah Story"), left to its own reading ("On Thanksgiving" is the day)."""
    spans = []
    for match in _HOLIDAY_IN_TEXT.finditer(text):
        word = _WORD_BEFORE_HOLIDAY.search(text, max(0, match.start() - 30), match.start())
        if word is not None and word.group(1)[:1].isupper() and word.group(1).lower() not in STOP_WORDS:
            continue
        if not _EGG_AFTER.match(text, match.end()):
            spans.append(match.span())
    return spans


def word_list(text: str) -> list[str]:
    return text.split()


_CLUB_HEAD_WORDS = "united rovers wanderers albion hotspur sox"
_HEAD_TYPES: dict[str, EntityType] = {}
for _words, _kind in (
    (
        "treaty act accord accords agreement protocol charter constitution declaration doctrine "
        # "award" alone is the prize ("the Hugo Award"); "awards" the ceremony, an EVENT
        "initiative dynasty era prize medal award "
        # named periods of history ("the Warring States Period", "the Bronze Age")
        "period age",
        "MISC",
    ),
    (
        "games olympics olympiad paralympics cup championship championships expo exposition "
        "summit festival fair awards marathon tournament grand-prix gala biennale triennale war show "
        "finals",
        "EVENT",
    ),
    (
        "ministry department agency commission committee council bureau administration authority "
        "association federation university institute college academy museum bank corporation "
        "company productions studios group party court police office foundation fund "
        "organization organisation club fc inc corp ltd llc plc co airlines airways network "
        "laboratory laboratories hospital school capital "
        # newspapers and companies by their name's last word ("Denver Post", "Masten Space Systems")
        "post herald tribune courant gazette journal chronicle inquirer telegraph "
        # more papers' last words ("Washington Examiner", "Orlando Sentinel", "Columbus Dispatch")
        # and trusts ("the Wellcome Trust"): the model reads some as people
        "examiner sentinel enquirer dispatch courier observer bulletin register trust "
        "systems holdings technologies industries enterprises ventures partners solutions "
        # drug makers and labs by their trade's plural ("Caribou Biosciences", "Verona Therapeutics")
        "biosciences therapeutics pharmaceuticals labs "
        # a navy and a squad by their head word ("the Royal Malaysian Navy", "the Art Crime Team")
        "navy team "
        # record labels ("Big Machine Records")
        "records recordings "
        # publishers and imprints ("Greystone Publishers", "Oxford University Press", "Nancy Paulsen Books")
        "publishers publishing press books "
        # football clubs by their name's last word ("Newcastle United", "Blackburn Rovers")
        f"{_CLUB_HEAD_WORDS} "
        # broadcasters and desks by their head word ("Israel Radio", "Syrian Television")
        "radio television newsroom",
        "ORGANIZATION",
    ),
    (
        # crafts and instruments by their head word ("Hubble Space Telescope", "Perseverance rover")
        "telescope spacecraft rover lander orbiter "
        # a product's edition ("Founder's Edition", "Premiere Edition")
        "edition",
        "PRODUCT",
    ),
    (
        "airport mountain mountains river lake sea ocean island islands square province county "
        "stadium arena amphitheatre amphitheater pavilion "
        "district prefecture peninsula valley desert bay strait canal "
        # China's county-level and development areas ("Xingguo Township", "Jiangdong New Area",
        # "Suzhou Industrial Zone"); "town" is no head, "Luton Town" is a club
        "township village zone new-area "
        # religious houses by their head word ("Loretto Abbey"); "Church" and "Mosque" are left
        # out, as they speak as bodies too and name congregations, and "Castle" is a surname as
        # often ("Cathedral" is below, with the buildings that speak)
        "abbey monastery convent basilica shrine "
        # buildings that house a body but are places themselves ("the Ohio Statehouse", "the
        # Lowell Observatory"); an observatory that speaks is a body (see _speaking_facility)
        "statehouse observatory "
        # monuments, courthouses, cathedrals and hotels by their head word ("the Harlow
        # Monument", "the Kessel County Courthouse", "the Grenvale Hotel"): buildings the model
        # reads as bodies; a cathedral or a hotel that speaks is a body (see _speaking_facility)
        "monument courthouse cathedral hotel "
        # ports, waters held back and markets by their head word ("Qinzhou Port", "the Harlan
        # Reservoir", "the Tessaly Wholesale Market"); "Port Authority" ends on "authority"
        "port reservoir dam wholesale-market "
        # tunnels and plants ("the Kelso Tunnel", "the Trenmoor Nuclear Power Plant"); a bare
        # "Plant" is a surname ("Robert Plant"), so only "power plant" is a head
        "tunnel power-plant "
        # straits named in the plural ("the Florida Straits") and parks by their kind ("Yosemite
        # National Park", "Alder Creek State Park"); a bare "Park" is a surname too ("Grace Park")
        "straits national-park state-park "
        # a landing by its head word ("Albert Quay", "Steel Pier", "Canary Wharf", "Dolphin Cay")
        "quay pier wharf cay "
        # coasts, aqueducts and old arenas by their head word ("the Essequibo Coast", "the
        # Delaware Aqueduct", "the Oakland Coliseum"): the model reads them as bodies; "Coast
        # Guard" ends on another word. "Bridge" is left out: works are named after bridges
        "coast aqueduct viaduct coliseum colosseum "
        # roads by their head word ("the Sam Rayburn Tollway", "the Garden State Parkway"), which
        # the model reads as people when a given name opens them
        "tollway turnpike expressway freeway parkway highway",
        "LOCATION",
    ),
):
    for _word in _words.split():
        _HEAD_TYPES[_word.replace("-", " ")] = _kind  # type: ignore[assignment]

_CLUB_HEADS = frozenset(word_list(_CLUB_HEAD_WORDS))
# Head words that end a person's name after a given name as well ("Harry Hotspur", "Ann Navy")
_GIVEN_NAME_HEADS = _CLUB_HEADS | frozenset(word_list("navy team"))
_SPEAKING_FACILITIES = frozenset({"observatory", "cathedral", "hotel"})
# Kinds of place written before the name ("the Hotel Varnell"), which the model reads as bodies;
# one or two capitalised words after it and nothing else ("Hotel Workers and Staff Union" is no
# hotel)
_PLACE_HEADS_FIRST = frozenset({"hotel"})
_HEAD_FIRST_TAIL = re.compile(r"\S+(?: [A-Z][\w'’.-]*){1,2}")
# Words before "Edition" that name a periodical's or a programme's edition, not a product's
_PAPER_EDITIONS = frozenset(
    word_list(
        "global international overseas national weekend weekly daily evening morning sunday saturday "
        "digital print online english chinese asia europe african africa american america us uk"
    )
)
# The only head words that may overrule a gazetteer entry (which knows better otherwise).
_STRONG_HEADS = frozenset({"treaty", "act", "agreement", "games", "cup", "expo", "summit", "awards"})
_SPORT_LEAGUE = gated(r"\b(?:Premier|Champions|Europa|Super|Nations|Conference)\s+League$")
# Streets and roads by their head word ("Marlowe Boulevard", "the Orland Expressway", "Southwest
# 117th Avenue"): the model reads them as people or bodies. Kept apart from _HEAD_TYPES, which
# also stops names from becoming people: "Lane" and "Street" are surnames too ("Diane Lane").
_STREET_HEADS = frozenset(
    word_list(
        "street avenue boulevard road parkway highway turnpike expressway freeway motorway drive lane "
        # a cul-de-sac in British and Caribbean copy ("Harp Close") and the abbreviated heads of
        # an address ("1225 N. Rampart St.", "Fifth Ave.")
        "close st ave blvd rd"
    )
)
# Street heads that are surnames too, so not a street after a given name ("Diane Lane", "Glenn Close")
_SURNAME_STREET_HEADS = frozenset(word_list("street lane close"))
# Every word capitalised or an ordinal: "Friends of Ashbury Parkway" (a body named for the
# street), "the hotel on Main Street" (a span run on past its name) are no street names.
_STREET_WORD = re.compile(r"[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)")

# The hundred commonest Chinese surnames in pinyin: Chinese names in English copy are
# "Surname Given", with no given-name list that could cover them.
_CHINESE_SURNAMES = frozenset(
    word_list(
        """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
    Su Lyu Lu Ding Ren Shen Yao Jin Fu Wen Fang Bai Zou Meng Xiong Qin Qiu Hou Yin Xue Yan Duan Lei
    Long Tao Hao Gu Mao Kong Shao Wan Qian Dai Xia Zhong Tan Lai Kang Chang Yi Shi Cui Gong Niu Mo
    Qi Liao Fan Ji Xing Zhan Bao Ou Geng Yue Zhai Chu Miao Shang Ning Guan Sheng Lian
    """
    )
)
# One syllable of Hanyu Pinyin without tones: an initial, then a final.
PINYIN_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxzcsrwy]|zh|ch|sh)?(?:[aeiouv]|ai|ei|ao|ou|an|en|ang|eng|ong|ia|ie|iao|iu|ian|in|"
    r"iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue|er)"
)
_PINYIN_SYLLABLE = re.compile(rf"^{PINYIN_SYLLABLE}{PINYIN_SYLLABLE}?$")
# A whole-text pattern opens with a look-ahead on its first character, e.g. (?=[A-Z]): the regex
# engine then skips every other position at once (1.5-4x faster; same matches).
# A Chinese name the model missed, where the copy marks a person: a role or "said" after it,
# a lower-case role noun before it ("He Shijian, secretary of ...", "villager Lu Min said").
_CHINESE_NAME = re.compile(r"(?=[A-Z])(?<![\w'’-])([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,11})(?![\w'’-])")
_PERSON_AFTER = re.compile(
    r",\s+(?:an?\s|the\s|[a-z]+\s+(?:of|at|for|with|from)\s)|\s+(?:said|says|told|added|noted|stressed)\b"
)
_ROLE_BEFORE = re.compile(r"\b[a-z]{3,}\s$")


def chinese_names(text: str) -> Iterator[tuple[int, int]]:
    """Surname and pinyin given name in a person's place: the small model misses many
    ("He Shijian" reads as the pronoun), and an attribution needs its speaker."""
    for match in _CHINESE_NAME.finditer(text):
        surname, given = match.group(1), match.group(2)
        if surname not in _CHINESE_SURNAMES or not _PINYIN_SYLLABLE.match(given.lower()):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        role = _ROLE_BEFORE.search(before)
        if _PERSON_AFTER.match(text, match.end()) or (role and role.group().strip() in ROLE_NOUNS):
            yield match.span()


# A name in a quote's attribution: '," Jane Q. Roe explained.' / '," said Jane Roe.' The small
# model misses many three-word and foreign names there, and a quote needs its speaker.
_NAME_WORD = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)?"
_SPEECH = SPEECH_VERB_PATTERN
_SPEAKER_AFTER_QUOTE = re.compile(
    rf"[”\"]\s*,?\s*({_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})\s+{_SPEECH}\b"
    rf"|[,.!?][”\"]\s*{_SPEECH}\s+({_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})\s*[.,]"
)


_SPEECH_AFTER = re.compile(rf"\s*,?\s+{_SPEECH}\b")
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH}\s+$")


def attributed(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is a speaker named next to a speech verb: "Hale said", "said Hale"."""
    return _SPEECH_AFTER.match(text, end, end + 20) is not None or (
        _SPEECH_BEFORE.search(text, max(0, start - 12), start) is not None
    )


@functools.cache
def _titled_pattern() -> re.Pattern[str]:
    """The title and role words that may stand before a name (``_TITLES_BEFORE``), plus "Rev."
    and "Pope"."""
    words = sorted({*_TITLES_BEFORE, "rev", "pope"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\.?\s+$", re.IGNORECASE)


def titled(text: str, start: int) -> bool:
    """A title or role word right before a name: "President Xi", "Dr. Okoye", "coach Hale"."""
    return _titled_pattern().search(text, max(0, start - 24), start) is not None


# The same with a description between: '," said hurricane forecaster Lixion Avila.', '," Edhem
# Camdzic, Doboj's imam-in-exile, told', and a sentence's subject in apposition before a speech
# verb ("Mirhunisa Komarica, a government refugee official, said:").
# "said a resident of Beit Lahiya", "said the coach of Real Sociedad": an article or a
# preposition makes the words after them a place or a body, not the speaker's name
_NOT_DESCRIPTION = r"(?:a|an|the|of|for|at|in|from|with|to|on|by)\s"
_SPEAKER_DESCRIBED = re.compile(
    rf"[”\"](?:(?<=[,.!?][”\"])\s*{_SPEECH}\s+(?:(?!{_NOT_DESCRIPTION})[a-z][\w-]*\s+){{1,3}}"
    rf"({_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})\s*[.,]"
    rf"|\s*,?\s*({_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}),\s+[^,\"”“\n]{{3,80}},\s+{_SPEECH}\b)"
)
# ... and a paragraph's subject in apposition (tried at line starts only: the scan stays cheap)
_SPEAKER_APPOSED = re.compile(
    rf"^({_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}),\s+(?:a|an|the)\s[^,\"”“\n]{{3,80}},\s+{_SPEECH}\b",
    re.MULTILINE,
)


def speaker_names(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Two or three capitalised words right after a closing quotation mark and before a
    speech verb (or after the mark and the verb, or with a description between): a person,
    unless a gazetteer entry, an organisation word or a title says otherwise."""
    found = (
        _SPEAKER_AFTER_QUOTE.finditer(text),
        _SPEAKER_DESCRIBED.finditer(text),
        _SPEAKER_APPOSED.finditer(text),
    )
    for match in (m for matches in found for m in matches):
        group = next(i for i in range(1, (match.re.groups or 0) + 1) if match.group(i))
        name, (start, end) = match.group(group), match.span(group)
        words = name.split()
        if words[0].lower() in _SENTENCE_OPENERS:
            if len(words) < 3:
                continue  # '."  As Roe said': the model's own "Roe" stands; one word is no sure person
            start, name, words = start + len(words[0]) + 1, name.split(" ", 1)[1], words[1:]
        if words[0].lower() in _TITLES_BEFORE or words[0].lower() in _NAME_PARTICLES:
            continue
        if any(p in _TITLES_BEFORE for p in words[0].lower().split("-")) or re.search(r"['\u2019]s\b", name):
            continue  # "Undersecretary-General Yasushi Akashi", "Agriculture Department's Drazek"
        if gazetteer.lookup(name) is not None or _head_type(name) is not None:
            continue
        if words[-1].lower() in _PARTY_MEMBERS:
            continue  # '," said one Nevada Democrat.': a party's member, no name
        entries = [gazetteer.lookup(w) for w in words]
        if any(entry is not None and entry.type == "ORGANIZATION" for entry in entries):
            continue
        yield start, end


# A speaker by a reporting verb next to a quotation: '," reports Jane Roe.',
# '," Roe writes.', 'quoted Roe as saying'. Writers' verbs ("writes", "reports", "notes") are no
# speech verbs elsewhere: they follow a paper's name as often as a person's, so only a person's
# look (below) makes this name a person.
_REPORTING = r"(?:said|says|writes|wrote|reports|reported|notes|noted|told|added)"
# two or three words, a particle perhaps before the last ("Claire des Rameaux"); one word alone
# is left to ``consolidate.join_people``, which makes a story person's surname theirs
_NAME_PARTICLE = r"(?:de|des|du|da|di|van|von|der|den|la|le)\s"
_TWO_OR_THREE = rf"({_NAME_WORD}(?:\s{_NAME_WORD})?\s(?:{_NAME_PARTICLE})?{_NAME_WORD})"
_REPORTED_SPEAKER = gated(
    rf"[,.!?][”\"]\s*{_REPORTING}\s+{_TWO_OR_THREE}(?=\s*[.,])"
    rf"|[,!?][”\"]\s*{_TWO_OR_THREE}\s+{_REPORTING}\b"
    rf"|\bquot(?:ed|es|e|ing)\s+{_TWO_OR_THREE}\s+as\s+saying\b"
    # before the quotation: 'Jo Roe of Acme Media said: “', 'As Jo Roe notes, “'. The model
    # often drops such a name when "of" and a body follow it; the verb must open the quotation
    # with a colon or a comma, so a reported sentence without quotation marks makes no speaker
    rf"|{_TWO_OR_THREE}(?:\s(?:of|at|from)\s(?:the\s)?({_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}))?"
    rf",?\s{_REPORTING}(?:\s(?:reporters|me|us))?[,:]\s?[“\"]"
)


def reported_people(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """A name by a reporting verb beside a quotation that looks like a person's (a given name
    opens two or three words, or its last word is the surname of a person the story names in
    full) is a PERSON where the model dropped it or read a body, a place or a MISC there: a
    quote's speaker must be a person entity. A body or a country the gazetteer knows by that
    spelling, a body's head word and an agency keep theirs ("Reuters reports", "Ford said" when
    no Ford person is in the story); a town only when a story person bears the surname. Before
    a quotation ('Jo Roe of Acme Media said: “') a model body over name and employer is cut to
    the employer first, and the model's given name alone ("Jo") grows into the whole name."""
    surnames = {
        recased[c.field][c.start : c.end].split()[-1]
        for c in cands
        if c.type == "PERSON" and " " in recased[c.field][c.start : c.end].strip()
    }
    dropped: set[int] = set()
    for text_field, text in recased.items():
        if "saying" not in text and "”" not in text and '"' not in text:
            continue
        held = _Spans([c for c in cands if c.field == text_field])
        for match in _REPORTED_SPEAKER.finditer(text):
            group = next(i for i in (1, 2, 3, 4) if match.group(i))
            start, end = _after_opener(text, *match.span(group))
            if not _reported_person(text[start:end], surnames, gazetteer):
                continue
            if match.group(5) and _split_employer(
                held.inside(start, match.end(5)) or [], (start, end), match.span(5)
            ):
                held = _Spans([c for c in cands if c.field == text_field])  # a start moved: re-sort (rare)
            inner = held.inside(start, end)
            if inner is not None:
                _make_person(cands, inner, text_field, (start, end), dropped)
    if dropped:
        cands[:] = [c for c in cands if id(c) not in dropped]


# A title of one or two words, then a given name and a surname, right after a quotation: ',"
# Patrol Chief Jo Roe said', '," Patrol Chief Jo Roe of the city police said'. The model reads
# the four words as one MISC or body; the title word says a person follows.
_TITLED_SPEAKER = gated(
    rf"[,!?][”\"]\s*((?:{_NAME_WORD}\s)?{_NAME_WORD})\s({_NAME_WORD}\s{_NAME_WORD})"
    rf"\s+(?:{_REPORTING}\b|(?:with|of|from|at)\s)"
)


def titled_speakers(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """A model MISC or body that is a title and a given name and a surname beside a quotation
    is that person, the title cut off (``_titled_person`` takes a body's reading with one title
    word only, and no MISC)."""
    for text_field, text in recased.items():
        if "”" not in text and '"' not in text:
            continue
        spans = {
            (c.start, c.end): c for c in cands if c.field == text_field and c.type in ("MISC", "ORGANIZATION")
        }
        for match in _TITLED_SPEAKER.finditer(text):
            cand = spans.get((match.start(1), match.end(2)))
            if cand is None or cand.origin != "ner" or cand.entry is not None:
                continue
            title, name = match.group(1).split()[-1], match.group(2)
            if title_before(title) and looks_like_person(name, gazetteer):
                cand.start, cand.type, cand.origin = match.start(2), "PERSON", "rule"


_CANNOT_SPEAK: frozenset[EntityType] = frozenset(("ORGANIZATION", "LOCATION", "MISC", "PRODUCT", "EVENT"))


def _make_person(
    cands: list[Candidate],
    inner: list[Candidate],
    text_field: TextField,
    span: tuple[int, int],
    dropped: set[int],
) -> None:
    """The name at ``span`` a person: the candidate of that very span retyped (as a rule's,
    so that its other mentions follow), or a new rule candidate where nothing stood or only
    pieces of it that are no person ("Carmen Toledo writes": the model saw the town alone)."""
    exact = [c for c in inner if (c.start, c.end) == span]
    if not exact and len(inner) == 1 and inner[0].type == "PERSON" and inner[0].start == span[0]:
        exact = inner  # the model's given name alone ("Dan" of "Dan Roe"): the whole name is it
        inner[0].end, inner[0].origin = span[1], "rule"
    for cand in exact:
        if cand.type in _CANNOT_SPEAK:
            cand.type, cand.origin, cand.entry = "PERSON", "rule", None
    if exact or any(c.type == "PERSON" for c in inner):
        return
    dropped.update(id(c) for c in inner)
    cands.append(Candidate(text_field, span[0], span[1], "PERSON", "rule"))


def _split_employer(held: list[Candidate], name: tuple[int, int], body: tuple[int, int]) -> bool:
    """A model body or MISC that runs from the speaker's name over "of" to the employer ("Jo Roe
    of Acme Media" as one body) cut to the employer; the name is then free for the person.
    ``held`` are the candidates within the whole phrase (already found by bisection)."""
    for cand in held:
        if (cand.start, cand.end) == (name[0], body[1]) and cand.type in ("ORGANIZATION", "MISC"):
            cand.start, cand.type, cand.entry = body[0], "ORGANIZATION", None
            return True
    return False


def _after_opener(text: str, start: int, end: int) -> tuple[int, int]:
    """The name's span without a sentence-opening word the match took for its first word
    ("As Jo Roe notes" → Jo Roe); a name of two words keeps it, and is then no person."""
    words = text[start:end].split()
    if len(words) == 3 and words[0].lower() in _SENTENCE_OPENERS:
        return start + len(words[0]) + 1, end
    return start, end


def _reported_person(name: str, surnames: set[str], gazetteer: Gazetteer) -> bool:
    words = name.split()
    first = words[0].lower()
    if first in _SENTENCE_OPENERS or first in _TITLES_BEFORE or first in STOP_WORDS:
        return False
    if _head_type(name) is not None or is_known_agency(name) or words[-1].lower() in _PARTY_MEMBERS:
        return False  # "a Nevada Democrat said": a party's member, no name
    if any((e := gazetteer.lookup(w)) is not None and e.type == "ORGANIZATION" for w in words):
        return False
    entry = gazetteer.lookup(name)
    known_surname = words[-1] in surnames
    if entry is not None and (entry.type != "LOCATION" or entry.kind != "city" or not known_surname):
        return False  # "Beijing says", "Acme said": a place or a body of that spelling
    return known_surname or (is_given_name(words[0]) and entry is None)


class _Spans:
    """One field's candidates, for overlap look-ups in O(log n) (a text with thousands of
    attributions stays linear-logarithmic, never a scan of every candidate per match)."""

    def __init__(self, cands: list[Candidate]) -> None:
        self.ordered = ordered = sorted(cands, key=lambda c: c.start)
        self.starts = [c.start for c in ordered]
        self.max_end = list(itertools.accumulate((c.end for c in ordered), max))

    def inside(self, start: int, end: int) -> list[Candidate] | None:
        """The candidates within [start, end), or None when one reaches out of it."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        if first > 0 and self.max_end[first - 1] > start:
            return None  # one that starts before the name runs into it
        inner = self.ordered[first:last]
        return None if any(c.end > end for c in inner) else inner


_MIN_GIVEN_NAME_RANK = 2500  # commoner than this in the census lists: "Dana", "Kurt", not "China"


@functools.cache
def given_names() -> frozenset[str]:
    """Common English given names (US census 1990, as shipped by the ``names`` package)."""
    found: set[str] = set()
    for filename in ("dist.male.first", "dist.female.first"):
        lines = resources.files("names").joinpath(filename).read_text().splitlines()
        for line in lines[:_MIN_GIVEN_NAME_RANK]:
            if line.strip():
                found.add(line.split()[0].title())
    return frozenset(found)


_GENDER_RATIO = 10.0  # a given name counts as one sex's when that sex bears it 10 times as often


@functools.cache
def _census_first_names() -> dict[str, tuple[float, float]]:
    """Given name -> (share among men, share among women), US census 1990 (``names`` package)."""
    shares: dict[str, list[float]] = {}
    for slot, filename in enumerate(("dist.male.first", "dist.female.first")):
        for line in resources.files("names").joinpath(filename).read_text().splitlines():
            parts = line.split()
            if len(parts) >= 2:
                shares.setdefault(parts[0].title(), [0.0, 0.0])[slot] = float(parts[1])
    return {name: (m, f) for name, (m, f) in shares.items()}


def name_gender(name: str) -> str | None:
    """ "m" or "f" when the person's given name is borne almost only by men or by women
    ("Neil", "Margaret"), else None ("Jordan", a surname first as in "Su Jianjun", unknowns).
    Pronoun resolution uses it only to rule a candidate out, never to pick one."""
    words = name.split()
    if len(words) < 2 or words[0] in _CHINESE_SURNAMES:
        return None
    share = _census_first_names().get(words[0].strip(".,"))
    if share is None:
        return None
    male, female = share
    if male >= _GENDER_RATIO * female:
        return "m"
    if female >= _GENDER_RATIO * male:
        return "f"
    return None


# _head and _head_type are pure functions of a surface, asked tens of thousands of times per batch
# for far fewer distinct surfaces: remembered, within a bound
@functools.lru_cache(maxsize=1 << 14)
def _head(surface: str) -> str:
    words = surface.replace("'s", "").split()
    return words[-1].strip(".,").lower() if words else ""


def is_head_word(word: str) -> bool:
    """Whether a lower-case word is the head noun of a kind of name ("bank", "university")."""
    return word in _HEAD_TYPES


def is_street_head(word: str) -> bool:
    """Whether a lower-case word is a street's head ("avenue", "road", "st")."""
    return word in _STREET_HEADS


def head_type(surface: str) -> EntityType | None:
    """The type a name's head word says ("... School" a body, "... Treaty" a MISC), if any."""
    return _head_type(surface)


@functools.lru_cache(maxsize=1 << 14)
def _head_type(surface: str) -> EntityType | None:
    if _SPORT_LEAGUE.search(surface):
        return "EVENT"
    words = surface.lower().split()
    if len(words) >= 2 and " ".join(words[-2:]) in _HEAD_TYPES:
        return _HEAD_TYPES[" ".join(words[-2:])]
    head = _head(surface)
    if head in _STREET_HEADS and _street(surface.split()):
        return "LOCATION"
    if len(words) < 2 or (head in _GIVEN_NAME_HEADS and is_given_name(surface.split()[0])):
        return None  # "Harry Hotspur, 34,": a given name first makes a person of a club's head word
    if head == "edition" and words[-2] in _PAPER_EDITIONS:
        return None  # "China Daily Global Edition", "Weekend Edition": a paper's or a show's
    if (
        head not in _HEAD_TYPES
        and words[0] in _PLACE_HEADS_FIRST
        and _HEAD_FIRST_TAIL.fullmatch(" ".join(surface.split()))
    ):
        return "LOCATION"  # "the Hotel Varnell": the kind first
    return _HEAD_TYPES.get(head)


def _street(words: list[str]) -> bool:
    """Whether capitalised words ending in a street word name a street: two words or more, all
    capitalised or ordinals, and no given name before "Lane" or "Street" (a person's surname)."""
    if len(words) < 2 or not all(_STREET_WORD.fullmatch(w) for w in words):
        return False
    return not (words[-1].lower() in _SURNAME_STREET_HEADS and is_given_name(words[-2]))


# Tournaments by their head word, with the article before them: "the Monte Carlo Masters",
# "the Qatar Open", "the Dubai Desert Classic". Without "the" the words are surnames or
# adjectives as often ("Kessler Masters, 34,"), so they are no head words of _HEAD_TYPES.
_TOURNAMENT_HEADS = frozenset(word_list("masters open classic invitational"))


def _tournament(text: str, start: int, surface: str) -> EntityType | None:
    if len(surface.split()) < 2 or _head(surface) not in _TOURNAMENT_HEADS:
        return None
    return "EVENT" if _THE_BEFORE.search(text, max(0, start - 5), start) else None


_NAME_PARTS = re.compile(r"[-'’]")  # compiled once: _name_word runs per candidate word


@functools.lru_cache(maxsize=1 << 14)  # pure, and asked again and again for the same words
def _name_word(word: str) -> bool:
    """ "Dana", "O'Neil", "Rose-Lynn": capitalised parts, each otherwise lower case."""
    parts = _NAME_PARTS.split(word)
    return all(p[:1].isupper() and p[1:].islower() for p in parts if p) and word[:1].isupper()


# "J.C.", "A.J.", "S.B.": a person's initials opening a name ("A.J. Varnell"); a country's short
# form the gazetteer knows ("U.S.", "U.K.") is no initials (checked by `_person_words`).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _person_words(words: list[str], gazetteer: Gazetteer) -> bool:
    """Name words, the first perhaps a person's initials ("B.W. Sutanto"), then a surname. Only
    cues that a body never has use it (a role right before, an age, a surname that speaks alone):
    a firm named for its founder keeps the form ("T.J. Maxx", "H.J. Heinz")."""
    first, rest = words[0], words[1:]
    if _INITIALS.fullmatch(first) and rest and gazetteer.lookup(first) is None:
        return all(_name_word(w) for w in rest)
    return all(_name_word(w) for w in words)


def is_given_name(word: str) -> bool:
    """A common given name, or a hyphenated pair of them ("Rose-Lynn", "Jean-Paul")."""
    return word in given_names() or ("-" in word and all(p in given_names() for p in word.split("-")))


_MAJOR_PLACE_RANK = 10  # cities of about a million people and up (see gazetteer._cities)


def _major_place(surface: str, gazetteer: Gazetteer) -> GazEntry | None:
    entry = gazetteer.lookup(surface)
    if entry is None or entry.type != "LOCATION" or entry.rank < _MAJOR_PLACE_RANK:
        return None
    return entry


# Particles inside people's names ("Vasco da Gama", "Ludwig van Beethoven").


def _town_by_its_name(surface: str, gazetteer: Gazetteer) -> GazEntry | None:
    """A town of two or three words written as the bundled cities spell its own name, accents
    aside ("Walla Walla", "Menomonee Falls", "Lashkar Gah"), opening with no given name ("Paris
    Hilton", "Winston Salem" may be people): no person is called so."""
    words = surface.split()
    if not 2 <= len(words) <= 3 or is_given_name(words[0]) or not all(w[:1].isupper() for w in words):
        return None
    if any(w.lower() in _NAME_PARTICLES for w in words[1:-1]):
        return None  # "Vasco Da Gama": the explorer as often as the town named for him
    entry = gazetteer.lookup(surface)
    if entry is None or entry.type != "LOCATION" or entry.kind != "city":
        return None
    return entry if ascii_fold(entry.name).casefold() == ascii_fold(surface).casefold() else None


_CLUB_CITY_RANK = 5  # gazetteer rank: a city of half a million people or more


def _club_of_city(surface: str, gazetteer: Gazetteer) -> bool:
    """A word and then a city ("Dynamo Kyiv", "Legia Warsaw", "Feyenoord Rotterdam"): a
    club named for its city, not a person, unless the first word is a given name ("Jack
    London") or the pair is a place the gazetteer knows ("Nizhny Novgorod")."""
    words = surface.split()
    if len(words) != 2 or not words[0].isalpha() or len(words[0]) < 3:
        return False  # "G. Hamilton": an initial, a person
    if is_given_name(words[0]) or words[0] in _CHINESE_SURNAMES or gazetteer.lookup(surface) is not None:
        return False
    city = gazetteer.lookup(words[1])
    return (
        city is not None and city.type == "LOCATION" and city.kind == "city" and city.rank >= _CLUB_CITY_RANK
    )


_ACTING_PLACES = ("country", "first_level_division")


def _country_or_division(surface: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(surface)
    return (
        entry is not None and entry.type == "LOCATION" and entry.kind in ("country", "first_level_division")
    )


def _surname_not_place(word: str, gazetteer: Gazetteer) -> bool:
    """A last word the gazetteer does not know, or knows only as a town under 100,000 people:
    "Chaves", "Taylor", "Davis" are surnames first, so "Rodrigo Chaves" is a person; a city of
    100,000 or more ("Walton", "Houston") may make a place of the pair ("Jordan Houston" stays
    unsettled)."""
    entry = gazetteer.lookup(word)
    return entry is None or (entry.type == "LOCATION" and entry.kind == "city" and entry.rank < 1)


# Head words of buildings, sites and waters, which no person's name ends on ("Marshall Space
# Center", "Lane County Jail", "Long Island Sound"). Not types of their own: a "... Center" is
# as often the body that runs it ("Pew Research Center"). "Hall", "House", "Park" and "Street"
# are surnames too.
_FACILITY_HEADS = frozenset(
    word_list("center centre jail prison winery inn hotel motel auditorium sound tower")
)
# Headlands, which the model reads as people ("Mizen Head", "Malin Head"): places only where the
# model read a person and no given name opens them ("Edith Head"), since as surnames they would
# otherwise stop a body's misreading from becoming the person ("Carmen Point said").
_HEADLAND_HEADS = frozenset(word_list("head point"))


def _facility_head(surface: str) -> bool:
    words = surface.split()
    return len(words) >= 2 and words[-1].lower() in _FACILITY_HEADS


def looks_like_person(surface: str, gazetteer: Gazetteer) -> bool:
    words = surface.split()
    if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words):
        return False
    if gazetteer.lookup(surface) is not None or _head(surface) in _HEAD_TYPES or _facility_head(surface):
        return False
    if _head(surface) in _STREET_HEADS and _street(words):
        return False  # "Madison Avenue": a given name and a street's head is the street
    if is_given_name(words[0]) and _surname_not_place(words[-1], gazetteer):
        return True
    if words[0] in _CHINESE_SURNAMES and len(words) == 2:
        given = words[1].lower()
        return bool(_PINYIN_SYLLABLE.match(given)) and gazetteer.lookup(words[1]) is None
    return False


# group 1: the run's first word (what split() would give: the word holds no white space)
_CAPITAL_RUN = re.compile(r"(?=[A-Z])\b([A-Z][\w'\u2019-]*)(?:[ \t]+[A-Z][\w'\u2019-]*)*")
# lower-case letters with Latin-1 accents too: Spanish and Portuguese surnames ("Hernández")
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_TITLE_WORD = re.compile(rf"[A-Z\u00c0-\u00d6\u00d8-\u00de][{_LOWER}]+")
_INITIAL_BEFORE = gated(r"\b[A-Z]\.\s+$")
_SURNAME_WORD = rf"([A-Z\u00c0-\u00d6\u00d8-\u00de][{_LOWER}]+(?:['\u2019-][A-Z]?[{_LOWER}]+)?)"
_SURNAME_AFTER = re.compile(rf"\s{_SURNAME_WORD}(?:\s{_SURNAME_WORD})?\b")
# a capitalised word or an initial right before ("J. Kenny"); "Thursday. Henke" is a new sentence


_NOT_SURNAMES = frozenset(
    w.title()
    for w in (
        *STOP_WORDS,
        *WEEKDAYS,
        *MONTH_NAMES,
        # heads of bodies, events and places ("Ivy League ... League officials said")
        *word_list("league day week year street road avenue park hall house center centre cup games"),
    )
)


def given_name_people(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """ "Kenny Dalglish spoke on Thursday": a common given name and a capitalised word or two
    after it that no list knows, standing alone. The small model misses many such names (it
    read "Dalglish" as a nationality). The surname must come up again alone in the story, as
    news names a person in full once and then by surname ("Star Wars" never says "Wars"). A
    capitalised word right before or after means a longer name ("Port Kenny Road", "the Kenny
    Dalglish Foundation"), left to the model."""
    names = given_names()
    alone: Counter[str] = Counter()  # capitalised words no capitalised word precedes
    given: list[tuple[int, int, str]] = []
    # one pass over runs of capitalised words: only a run's first word has no capital before it
    for run in _CAPITAL_RUN.finditer(text):
        first = run.group(1)
        # "Dalglish's" uses "Dalglish", and so does a plain apostrophe ("Salinas’ home")
        word = first.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
        if not _TITLE_WORD.fullmatch(word):
            continue  # "Day-long", "NATO"
        alone[word] += 1
        # not "May Day" or "Will Rivian?" (a month or a stop word), not "J. Kenny" (an initial before)
        if word not in names or word in _NOT_SURNAMES or word != first:
            continue  # the look-behind for an initial only for a given name
        start = run.start()
        if _INITIAL_BEFORE.search(text, max(0, start - 4), start) is None:
            given.append((start, start + len(word), word))
    for start, word_end, word in given:
        if is_place(word, gazetteer):
            continue  # "Cleveland Browns", "Austin Peay": a place first names a team or a school
        after = _SURNAME_AFTER.match(text, word_end)
        if after is None:
            continue
        for end in (after.end(2), after.end(1)) if after.group(2) else (after.end(1),):
            surface = text[start:end]
            words = surface.split()
            if words[-1] in _NOT_SURNAMES or _CAPITAL_AFTER.match(text, end):
                continue
            # a Spanish or Portuguese name of three words is used by its first surname
            # ("Lourdes Marín Quintero ... Marín said")
            used = alone[words[-1]] or (len(words) == 3 and alone[words[1]])
            if not used and not _described_person(text, end):
                continue  # a surname the story never uses again is likelier a thing ("Star Wars")
            if looks_like_person(surface, gazetteer):
                yield start, end
                break


# "Swimmer Ariarne Titmus won gold.": a person's trade or role opening a sentence (capitalised
# there only) and two name words, then a lower-case verb. The small model, taking the trade for
# a name's first word, reads the pair as a people or a body, or keeps a piece of it.
_ROLE_OPENED = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))([A-Z][a-z]+)[ \t]+"
    rf"({_NAME_WORD}[ \t]+{_SURNAME_WORD})(?=[ \t]+[a-z])",
    re.MULTILINE,
)


def role_opened_people(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int, int]]:
    """ "Swimmer Ariarne Titmus won gold", "Linebacker Tevita Moala said": the two name words
    after a sentence-opening trade of a person, where no list knows them or their first word and
    no head word ends them ("Analyst Harbor Group said" names a body); (trade's start, name's
    start, name's end)."""
    for match in _ROLE_OPENED.finditer(text):
        if match.group(1).lower() not in _PERSON_ROLES:
            continue
        name = " ".join(match.group(2).split())
        words = name.split()
        if _head(name) in _HEAD_TYPES or words[-1] in _NOT_SURNAMES or words[0].lower() in _NAME_OPENERS:
            continue
        if gazetteer.lookup(name) is not None or gazetteer.lookup(words[0]) is not None:
            continue
        yield match.start(1), *match.span(2)


_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
# ", a nurse at the clinic,", ", the team's coach,", ", 54,": an apposition that says a person
_DESCRIPTION_AFTER = re.compile(r",\s+(?:(?:an?|the)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)|\d{1,3},)")
_KIN_NOUNS = frozenset(
    word_list("mother father son daughter wife husband widow widower brother sister grandmother")
)


def _described_person(text: str, end: int) -> bool:
    """A name followed by an apposition naming a person's role, trade or kin within its first
    words ("a local farmer"), or an age."""
    match = _DESCRIPTION_AFTER.match(text, end, end + 60)
    if match is None:
        return False
    if match.group(1) is None:
        return True
    words = [w.lower() for w in match.group(1).split()]
    return any(w in ROLE_NOUNS or w in ROLE_WORDS or w in PEOPLE_NOUNS or w in _KIN_NOUNS for w in words)


def is_place(word: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows the word as a place."""
    entry = gazetteer.lookup(word)
    return entry is not None and entry.type == "LOCATION"


# What only a person has next to the name: an age in apposition ("Braun, 38,"), "who" ("Vale,
# who ..."), or a lower-case role right before it ("guard Rondo", "diver Keetan Munsell").
_AGE_AFTER = re.compile(r",\s+\d{1,2}(?:\s*[,;)\u2013\u2014]|\s+-\s|\.\s|$)")
_WHO_AFTER = re.compile(r",?\s+who\s")
_PERSON_ROLES = frozenset(
    (
        # "market leader Acme", "its partner Acme", "chief Acme": these may stand before a company
        *(r for r in ROLE_NOUNS if r not in ("partner", "leader", "head", "chief", "expert", "consultant")),
        *word_list(
            "player singer rapper actor actress diver swimmer runner pitcher coordinator "
            "quarterback linebacker cornerback rookie teammate wife husband son daughter father "
            "mother brother sister nephew niece cousin widow girlfriend boyfriend"
        ),
    )
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
_CREDIT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|artwork|credit)\s*:)|"
    r"(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|artwork)\s+(?:by|courtesy\s+of))|"
    r"courtesy\s+of|(?:co-)?starring|featuring|(?:hosted|directed|narrated|illustrated|photographed|"
    r"moderated|presented|posted|written|edited)\s+by|"
    r"(?:(?:additional|extra)\s+)?(?:reporting|editing|writing|words|story|text)\s+by)[ \t]+$",
    re.IGNORECASE,
)
_CREDIT_REACH = 40  # characters looked back over for the cue


# A paper's title words ("… Herald", "… Daily"): credits and newspapers' names
_PAPER_TITLES = (
    "Times|Star|Post|Herald|Tribune|News|Sun|Mirror|Express|Standard|Observer|Mail|Bee|Globe|Examiner|"
    "Register|Dispatch|Courier|Gazette|Journal|Chronicle|Inquirer|Telegraph|Sun-Times|Daily"
)


# Words of a credit that names a paper, a picture desk or an archive, not a person ("Photo:
# Harbor Daily News", "Images: Acme Photo Archive")
_CREDIT_BODY_WORDS = frozenset(
    (
        *(w.lower() for w in _PAPER_TITLES.split("|")),
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
        and words[0].lower() not in _NAME_OPENERS
        and not any(w.lower() in _CREDIT_BODY_WORDS for w in words)
        and not is_place(words[0], gazetteer)
        and _CREDIT_BEFORE.search(text, max(0, start - _CREDIT_REACH), start) is not None
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
_APPOSITION_ROLES = (
    _PERSON_ROLES - frozenset(word_list("adviser advisor trader researcher manager"))
) | _ARTS_AND_NEWS_TRADES
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


def _person_context(text: str, start: int, end: int, surface: str, gazetteer: Gazetteer) -> bool:
    if _MIDDLE_INITIAL.fullmatch(surface) and _head(surface) not in _HEAD_TYPES:
        return True
    if (
        len(surface.split()) > 3
        or _head(surface) in _HEAD_TYPES
        or not _person_words(surface.split(), gazetteer)
    ):
        return False
    if _AGE_AFTER.match(text, end) or _WHO_AFTER.match(text, end):
        return True
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
    role = _ROLE_RIGHT_BEFORE.search(text, max(0, start - 20), start) or _ROLE_COMMA_BEFORE.search(
        text, max(0, start - 30), start
    )
    return role is not None and role.group(1) in _PERSON_ROLES


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
_PLAYERS = re.compile(
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


def _player(cand: Candidate, surface: str, players: dict[int, int], gazetteer: Gazetteer) -> bool:
    """A side of a result in sets, shaped like a person's name and no known place or body."""
    start = players.get(cand.end)
    words = surface.split()
    return (
        start is not None
        and start <= cand.start
        and 1 <= len(words) <= 3
        and all(_name_word(w) or w.lower() in _NAME_PARTICLES for w in words)
        and _head(surface) not in _HEAD_TYPES
        and gazetteer.lookup(surface) is None
        and not any(is_place(w, gazetteer) for w in words if _name_word(w))
    )


# "Amazon Alexa", "Microsoft Surface": a one-word company the gazetteer knows, then capitalised
# words naming no part of a firm, is the company's product (the model reads the maker's body).
# A division is named by a word of trade or a body's head word ("Samsung Electronics", "Sony
# Pictures", "Amazon Web Services", "Toyota Motor"), or a place ("Apple China").
_DIVISION_WORDS = frozenset(
    word_list(
        "electronics motor motors pictures entertainment music web services service cloud research energy "
        "financial finance securities asset management health pharma pharmaceuticals auto automotive "
        "interactive games media communications semiconductor semiconductors display life insurance "
        "mobile labs lab global international worldwide digital software hardware retail logistics "
        "air cargo express news sports store stores america europe asia"
    )
)


_NOT_SURNAMES_LOWER = frozenset(w.lower() for w in _NOT_SURNAMES)


def maker_product(surface: str, gazetteer: Gazetteer) -> bool:
    """A company's name and model words no list knows: "Amazon Alexa", "Microsoft Surface"; or
    a product the list knows ("Quillon AirPods Pro"), or a model number after the first model
    word ("Dell Inspiron 14")."""
    words = surface.split()
    if not 2 <= len(words) <= 4 or gazetteer.lookup(surface) is not None:
        return False
    lead = gazetteer.lookup(words[0])
    if lead is None or lead.type != "ORGANIZATION":
        return False
    return all(_model_word(w, i > 0, gazetteer) for i, w in enumerate(words[1:]))


# Words after a listed product's name that make a service, a store or a publication built on it,
# a body by the conventions ("Xbox Live", "PlayStation Network", "Android Central").
_SERVICE_WORDS = frozenset(
    word_list("live network central pass plus arcade online market marketplace community magazine connect")
)


_PLURAL_WORD = re.compile(r"[A-Z][a-z]+[a-rt-z]s$")  # "Developers", "Partners": a body's members


def _listed_model_word(word: str, after_model: bool, gazetteer: Gazetteer) -> bool:
    """A model word (``_model_word``) that names no service built on the product nor its members."""
    return (
        _model_word(word, after_model, gazetteer)
        and word.lower() not in _SERVICE_WORDS
        and not _PLURAL_WORD.match(word)
    )


def listed_product_model(surface: str, gazetteer: Gazetteer) -> bool:
    """A listed product's name (no market index) and capitalised model words after it that no
    list knows, none a plural: "Kindle Paperwhite", "Chromecast Velo"; the model reads a body."""
    words = surface.split()
    if not 2 <= len(words) <= 4 or gazetteer.lookup(surface) is not None:
        return False
    for n in (2, 1):
        lead = gazetteer.lookup(" ".join(words[:n])) if len(words) > n else None
        if lead is not None and lead.type == "PRODUCT" and lead.name not in market_index_names():
            return all(_listed_model_word(w, i > 0, gazetteer) for i, w in enumerate(words[n:]))
    return False


def _model_word(word: str, after_model: bool, gazetteer: Gazetteer) -> bool:
    """A word of a model's name after its maker's: capitalised, no word of a division or a body,
    unknown to the lists or a listed product; after a first model word also a number. A body's
    word is one with its abbreviation's full stop too ("Apple Inc.", "Boeing Co.", "Nokia Corp."
    are the companies, no models)."""
    if after_model and word[:1].isdigit() and len(word) <= 5:
        return True
    entry = gazetteer.lookup(word)
    low = word.lower().rstrip(".")
    return (
        word[:1].isupper()
        and low not in _DIVISION_WORDS
        and low not in _HEAD_TYPES
        and low not in _NOT_SURNAMES_LOWER
        and (entry is None or entry.type == "PRODUCT")
    )


# Lower-case kind nouns of devices, vehicles and software that follow a model's name ("the Zed
# X2 phone", "four Skyhawk Raptor jets"); a maker's name before them is one word ("Boeing jets").
# The kind noun must end its noun phrase: punctuation, a function word or a past tense after it,
# so a noun it modifies ("Acme Telekom phone customers", "Air Force fighter jets") is no match.
_PRODUCT_KINDS = (
    "phone|smartphone|handset|laptop|notebook|tablet|console|headset|headphones|earbuds|"
    "smartwatch|camera|drone|app|browser|chip|processor|suv|sedan|hatchback|coupe|minivan|"
    "pickup|motorcycle|jet|fighter|airliner|helicopter|missile|rifle"
)
_KIND_AFTER = re.compile(rf"[ \t]+(?:{_PRODUCT_KINDS})s?(?:[ \t]+([a-z]+)\b|(?=[,.;:!?)]|\s*$))")
# Armed services fly and field these kinds themselves ("Royal Air Force jets", "Navy helicopters")
_SERVICE_HEADS = frozenset(word_list("force forces navy army corps guard marines command"))


def _model_before_kind(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A body the model read, of two words or more or with a model number, right before a device's
    or a vehicle's kind noun: the product ("the Zed X2 phone"). A name the gazetteer knows or
    leads, an armed service, or one word without a digit, is the maker ("Acme phones")."""
    words = surface.split()
    if len(words) < 2 and not any(ch.isdigit() for ch in surface):
        return False
    kind = _KIND_AFTER.match(text, cand.end)
    if kind is None or _head(surface) in _SERVICE_HEADS:
        return False
    after = kind.group(1)
    if after is not None and after not in STOP_WORDS and not after.endswith("ed"):
        return False
    return gazetteer.lookup(surface) is None and gazetteer.lookup(words[0]) is None


# Kinds of place copy names before "of X" ("the village of X", "the port of X").
_PLACE_KINDS = "city|town|village|province|county|region|district|port|suburb"
# "the area known as X", "a village called X": a kind of place that names what follows
_NAMED_PLACE = (
    rf"\b(?:{_PLACE_KINDS}|township|hamlet|area|community|neighbou?rhood)\s+(?:known\s+as|called)\s+$"
)
_PLACE_BEFORE = re.compile(
    rf"\b(?:{_PLACE_KINDS}|state|capital) of\s+$|\b(?:in|near|outside)\s+(?:the\s+)?$|\bfled\s+$"
    rf"|{_NAMED_PLACE}",
    re.IGNORECASE,
)


# "the village of X", "the port city of X": the kind of place named right before, stronger than
# "in X" (which also governs bodies: "in Parliament")
_KIND_OF_PLACE_BEFORE = re.compile(
    rf"\b(?:{_PLACE_KINDS}|township|hamlet)\s+of\s+$|{_NAMED_PLACE}", re.IGNORECASE
)


_KIND_REACH = 30  # characters before the name: "neighbourhood known as " and a little more


def kind_of_place_before(text: str, start: int) -> bool:
    return _KIND_OF_PLACE_BEFORE.search(text, max(0, start - _KIND_REACH), start) is not None


def place_context(text: str, start: int) -> bool:
    """ "the city of X", "in X": the words before say a place follows."""
    return _PLACE_BEFORE.search(text, max(0, start - _KIND_REACH), start) is not None


def cut_at_parenthesis(cand: Candidate, text: str) -> None:
    """ "Ministry of Commerce (MOFCOM": a name never ends inside an open parenthesis, nor runs on
    past a closing one it never opened ("(CNN Business)Asian markets", words run together)."""
    surface = text[cand.start : cand.end]
    opened = surface.rfind("(")
    if opened > 0 and ")" not in surface[opened:]:
        cand.end = cand.start + len(surface[:opened].rstrip())
        return
    closed = surface.find(")")
    if closed > 0 and "(" not in surface[:closed]:
        cand.end = cand.start + len(surface[:closed].rstrip())


_INDEX_WORD = re.compile(r"\s+(?:[Ii]ndex|INDEX)$")


def _listed_product(surface: str, gazetteer: Gazetteer) -> GazEntry | None:
    """A market index or product of the hand-made list under the model's span, perhaps with
    "Index" after it ("Kospi Index"): the list knows its type better than the model."""
    for form in (surface, _INDEX_WORD.sub("", surface)):
        entry = gazetteer.lookup(form)
        if entry is not None and entry.type == "PRODUCT":
            return entry
    return None


# A named storm is an event: "Typhoon Kong-rey", "Hurricane Milton" (the model reads a place,
# or only the name after the storm word). "Storm" alone is left out: "Storm Shadow" is a missile.
STORM_WORDS = r"(?:Super\s+Typhoon|Typhoon|Hurricane|(?:Tropical\s+)?Cyclone|Tropical\s+Storm|Winter\s+Storm)"
_STORM = re.compile(rf"^{STORM_WORDS}\s+[A-Z]")
_STORM_BEFORE = gated(rf"\b{STORM_WORDS}\s+$")


def _named_storm(cand: Candidate, text: str) -> bool:
    """Whether the candidate names a storm, taking in the storm word before it if it is there."""
    before = _STORM_BEFORE.search(text, max(0, cand.start - 25), cand.start)
    if before is not None:
        cand.start = before.start()
    return _STORM.match(text[cand.start : cand.end]) is not None


# A newspaper named by its place and its title word: "Dallas Morning News", "Beijing Evening
# News", "Kansas City Star" (the model reads an event, or the gazetteer the city).
_NEWSPAPER = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}?)\s(?:(?:Evening|Morning|Daily|Sunday|Weekly)\s)?"
    rf"(?:{_PAPER_TITLES})$"
)


def _newspaper(surface: str, gazetteer: Gazetteer) -> bool:
    match = _NEWSPAPER.match(surface)
    if match is None:
        return False
    place = gazetteer.lookup(match.group("place"))
    if place is None or place.type != "LOCATION":
        return False
    # a city by its own name, of 100,000 people or more (rank 1 and up): a town or an alternate
    # spelling that is a common word ("Lone" for Loni) would make "Lone Star" a newspaper
    own_name = place.name.casefold() == match.group("place").casefold()
    return place.kind != "city" or (own_name and place.rank >= 1)


# A facility's head word the model left out of the name: "the Harlow coal mine" (a named
# facility in lower case is a place by the conventions), "the Liwen-Dara expressway", "Orrin
# Mountain". A lower-case head needs a definite word before the name (_FACILITY_BEFORE);
# a capitalised one may not run on into a body's name ("Aldane Port Authority").
# Prisons, stadiums and reservoirs too ("the city's Hua Lo prison"), never as a modifier of the
# noun after them ("the Dunmore prison guard", "Brenvik stadium bonds": a guard, bonds).
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?:(?P<lower>(?:(?:coal|gold|copper|iron|tin|salt|uranium|diamond)[ \t]+)?(?:mine|colliery)"
    r"|expressway|(?P<building>prison|jail|penitentiary|stadium|reservoir)(?![ \t]+(?:guards?|officers?|"
    r"staff|workers?|employees?|system|officials?|authorities|population|sentences?|terms?|reforms?|riots?|"
    r"bonds?|projects?|plans?|deals?|fees?|fights?|gangs?|visits?|camps?|services?)\b))\b"
    r"|(?:Mountain|Mountains|Port|Reservoir|Dam)\b(?![ \t]+[A-Z]))"
)
_FACILITY_REACH = 24  # characters after the name: a mineral and the head word
# What may stand before a lower-case facility's name: "the", an owner's possessive ("Beijing's
# Harlow coal mine"), an apposition's comma ("the last one, Harlow coal mine"), or a preposition
# of place ("at Harlow coal mine"); never "a" ("a Dunmore mine worker") or "in" ("in Brenvik mine
# shares": the company).
_FACILITY_BEFORE = re.compile(r"(?:\b(?:[Tt]he|at|near)|['’]s|,)[ \t]+$")
_FACILITY_BEFORE_REACH = 6


def _extend_to_facility(cand: Candidate, text: str) -> bool:
    """Take a facility's head word the model left out into the name, which is then a place."""
    after = _FACILITY_AFTER.match(text, cand.end, cand.end + _FACILITY_REACH)
    if after is None:
        return False
    if (
        cand.type == "PERSON"
        and not after.group("building")
        and not _lone_unknown_word(text[cand.start : cand.end])
    ):
        return False  # "the Jane Orrin mine": a person's; a prison or a stadium is named after one
    if after.group("lower") and (
        cand.entry is not None  # "the Shanxi coal mine": a mine somewhere in a known place
        or not _FACILITY_BEFORE.search(text, max(0, cand.start - _FACILITY_BEFORE_REACH), cand.start)
    ):
        return False
    if cand.entry is not None and cand.entry.type == "ORGANIZATION":
        return False  # a company the gazetteer knows: "the Glencore mine" is the company's
    cand.end, cand.type, cand.entry = after.end(), "LOCATION", None
    return True


def _lone_unknown_word(surface: str) -> bool:
    """One capitalised word that is no given name: the model's "person" before a lower-case
    "coal mine" ("the last one, Tarvo coal mine") is the mine's own name, where a full name or a
    given name ("the Jane Orrin mine", "the Jane mine") is its owner's."""
    return " " not in surface and not is_given_name(surface)


def _kind_by_name(cand: Candidate, text: str, gazetteer: Gazetteer) -> EntityType | None:
    """What the name says it is, whatever the model read: a storm, a disease, a newspaper."""
    if _named_storm(cand, text):
        return "EVENT"
    surface = " ".join(text[cand.start : cand.end].split())
    if _DISEASES.match(surface):
        return "MISC"
    if _HOLIDAYS.match(surface) and not _EGG_AFTER.match(text, cand.end):
        return "EVENT"
    if cand.type != "ORGANIZATION" and (_newspaper(surface, gazetteer) or _team_plural(cand, text, surface)):
        return "ORGANIZATION"
    return None


# "the Clean Stove Grants program", "the Deep Orbit Logistics Services (DOLS) programme": the
# model reads a scheme's name as a body; a programme is MISC by the conventions. The name must
# end in what a scheme hands out: "the Mayo Clinic program" is the clinic's.
_PROGRAMME_AFTER = re.compile(r"(?:\s+\([A-Z]{2,8}\))?\s+(?:program|programme|scheme)s?\b")
_PROGRAMME_REACH = 24  # characters after the name: "(ACRONYM)" and the noun
_SCHEME_WORDS = frozenset(
    word_list("grants services payments loans scholarships fellowships benefits subsidies vouchers credits")
)


def _programme(cand: Candidate, text: str, surface: str) -> bool:
    """A model organisation of two words or more, with no gazetteer entry, ending in a scheme
    word right before a lower-case "program": the programme's name."""
    return (
        cand.type == "ORGANIZATION"
        and cand.entry is None
        and len(surface.split()) >= 2
        and _head(surface) in _SCHEME_WORDS
        and _PROGRAMME_AFTER.match(text, cand.end, cand.end + _PROGRAMME_REACH) is not None
    )


# A broadcast's words near a "... Show" ("TV", "aired", "a daytime variety program", "a memorable
# ... clip", "late-night"): the name is a programme (a work, MISC by the conventions),
# not a fair ("the Geneva Motor Show") or a contest ("the National Horse Show").
_BROADCAST_NEAR = gated(
    r"\b(?:TV|television|sitcom|talk[ -]show|episodes?|hosts?|hosted|co-host|re-?runs|aired|airs|"
    r"broadcasts?|viewers|anchor|network|variety|clips?|late[ -]night|daytime|prime[ -]?time|segments?|"
    r"comedians?|ratings)\b"
)
_BROADCAST_REACH = 50  # characters either side of the name
_FAIR_KINDS = frozenset(
    word_list("motor auto car boat air horse dog flower garden home trade fashion art antiques")
)
_QUOTE_BEFORE = re.compile(r"[\"“](?:[Tt]he\s+)?$")


def _broadcast(cand: Candidate, text: str, surface: str) -> bool:
    """A "... Show" that is a programme: in quotation marks, named for a host (a given name and a
    surname), or with a word of broadcasting within reach."""
    if _head(surface) != "show":
        return False
    words = surface.split()
    if len(words) >= 2 and words[-2].lower() in _FAIR_KINDS:
        return False  # "the Harbor Boat Show drew a late-night crowd": a fair
    if len(words) == 3 and is_given_name(words[0]) and _name_word(words[1]):
        return True  # "The Dana Pellam Show": a host's show; fairs are named for places and trades
    if _QUOTE_BEFORE.search(text, max(0, cand.start - 5), cand.start) is not None:
        return True
    window = (max(0, cand.start - _BROADCAST_REACH), cand.end + _BROADCAST_REACH)
    return _BROADCAST_NEAR.search(text, *window) is not None


def _kind_by_head(cand: Candidate, text: str, surface: str) -> EntityType | None:
    """The type a name's head word gives, or a tournament's, or a programme's; an observatory
    that speaks ("the Hong Kong Observatory said") is a body, as the model read it, not the
    building; a broadcast show is a work."""
    if _broadcast(cand, text, surface):
        return "MISC"
    head = _head_type(surface) or _tournament(text, cand.start, surface)
    if (
        head == "LOCATION"
        and _head(surface) in _SPEAKING_FACILITIES
        and attributed(text, cand.start, cand.end)
    ):
        return None
    if head is None and _programme(cand, text, surface):
        return "MISC"
    return head


def _placed(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A body or a person the words before say is a place ("in Kyiv", "the village of Marinka"):
    retyped in place, with the gazetteer's record when it has one."""
    if cand.type not in ("PERSON", "ORGANIZATION", "PRODUCT", "MISC") or not place_context(text, cand.start):
        return False
    entry = gazetteer.lookup(surface)
    kind_named = kind_of_place_before(text, cand.start)
    if entry is not None and entry.type == "LOCATION":
        cand.type, cand.entry = "LOCATION", entry
    elif entry is None and kind_named:
        cand.type = "LOCATION"  # a village or a town the gazetteer lacks
    else:
        return False
    if kind_named:
        # "the town of X" says what X is for the whole story: as a rule's finding, it types the
        # name's other mentions too ("X could not be saved", which the model reads as a body)
        cand.origin = "rule"
    return True


# A capitalised word alone right before a verb of speech: "Scholz told reporters" (not the end
# of a longer name: "Lockheed Martin said")
_SPEAKING = re.compile(
    r"(?=[A-Z])(?:\b([A-Z][\w'\u2019.&-]*)[ \t]+)?\b([A-Z][\w'\u2019-]+)[ \t]+"
    r"(?:said|says|told|tells|added|stressed|noted|insisted)\b"
)


def _speaking_words(text: str) -> frozenset[str]:
    """Every word that speaks alone in the text: one pass per field."""
    return frozenset(m.group(2) for m in _SPEAKING.finditer(text) if _alone(m.group(1)))


def _alone(before: str | None) -> bool:
    """No capitalised word before, or one that ends a sentence or is a title ("on Friday. Roe
    said", "Dr. Roe said"): a full stop after two letters or more. An initial ("J. Roe") or a
    name's word ("Lockheed Martin said") makes the word the end of a longer name."""
    return before is None or (before.endswith(".") and len(before) >= 3 and "." not in before[:-1])


def _surname_speaks(surface: str, speaking: frozenset[str], gazetteer: Gazetteer) -> bool:
    """ "Olaf Scholz ... Scholz told reporters": a name whose last word speaks alone is a person's
    (bodies are called by their first word, "Goldman said"); the last word must be no known name."""
    words = surface.split()
    return (
        2 <= len(words) <= 3
        and _person_words(words, gazetteer)
        and _head(surface) not in _HEAD_TYPES
        and words[-1] in speaking
        and gazetteer.lookup(words[-1]) is None
    )


def _alone_words(
    cands: list[Candidate], recased: dict[TextField, str], cases: dict[str, str]
) -> dict[TextField, frozenset[str]]:
    """Per field, the one-word names read as a person or a body (a possessive cut off), but for
    words the article writes in lower case mid-sentence ("Money ... confined money")."""
    found: dict[TextField, set[str]] = {}
    for cand in cands:
        surface = recased[cand.field][cand.start : cand.end].removesuffix("'s").removesuffix("\u2019s")
        if not surface or " " in surface or cand.type not in ("PERSON", "ORGANIZATION"):
            continue
        if cases.get(surface.lower()) != surface.lower():
            found.setdefault(cand.field, set()).add(surface)
    return {fld: frozenset(words) for fld, words in found.items()}


# Words that open the names of bodies and places, never a given name ("New Media", "North Star")
_NAME_OPENERS = frozenset(
    (
        *STOP_WORDS,
        *word_list("new old north south east west northern southern eastern western central upper lower"),
        *word_list("national international united general great royal grand big little first global"),
    )
)


def _surname_alone(surface: str, alone: frozenset[str], gazetteer: Gazetteer) -> bool:
    """ "Tavro Keski ... Keski said", "Keski's film": a two-word name whose last word the story
    uses alone, and never its first, is a person's, named in full once and then by surname. A
    body is called by its first word ("Goldman Sachs ... Goldman"), or in full; the model's
    "body" with an unlisted given name is a person. Neither word a name a list knows, and no
    body's head word ("Harlan Ventures")."""
    words = surface.split()
    return (
        len(words) == 2
        and all(_name_word(w) for w in words)
        and words[-1] in alone
        and words[0] not in alone
        and _head(surface) not in _HEAD_TYPES
        and words[-1] not in _NOT_SURNAMES
        and words[0].lower() not in _NAME_OPENERS
        and gazetteer.lookup(words[-1]) is None
        and gazetteer.lookup(words[0]) is None
    )


# "in Alton, NH;", "Elkton, MD.": a US state's postal code after a town the gazetteer knows
_TOWN_COMMA_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),[ \t]$")
_CODE_END = re.compile(r"[;,.)]|[ \t]*(?:\n|$)")
_TOWN_REACH = 40  # characters looked back over for the town


def _postal_code_after_town(
    cand: Candidate, text: str, surface: str, gazetteer: Gazetteer
) -> GazEntry | None:
    """The state a two-capital "organisation" after "Town, " names, before punctuation."""
    if len(surface) != 2 or not surface.isupper() or not _CODE_END.match(text, cand.end):
        return None
    town = _TOWN_COMMA_BEFORE.search(text, max(0, cand.start - _TOWN_REACH), cand.start)
    if town is None or not is_place(town.group(1), gazetteer):
        return None
    return gazetteer.postal_division(surface)


# Words of a story about sport, where a city's name stands for its club ("Perth beat Shanghai",
# "Cleveland's defense"): read once per field, and only when a city was read as a body.
_SPORT_STORY = gated(
    r"\b(?:season|games?|teams?|players?|beat|defeated|wins?|won|victory|playoffs?|coach|league|"
    r"match|matches|scored|goals?|points|finals?|tournament|squad|striker|quarterback|innings|"
    r"stadium|rebounds?|touchdowns?|seed(?:ed)?)\b",
    re.IGNORECASE,
)
_CITY_AS_BODY_RANK = 1  # a city of 100,000 people or more (see gazetteer._cities)
# Where a word of sport makes a city a club: the story's lead (a report on a game says so
# at once) or the passage around the name. Not the whole text: a long feature's "landing
# points" or "won" far from the name made every city it named a body.
_SPORT_LEAD = 600
_SPORT_AROUND = 400


def about_sport(text: str, start: int, end: int) -> bool:
    """Whether a word of sport stands in the story's lead or within reach of the name."""
    return (
        _SPORT_STORY.search(text, 0, _SPORT_LEAD) is not None
        or _SPORT_STORY.search(text, max(0, start - _SPORT_AROUND), end + _SPORT_AROUND) is not None
    )


def _city_read_as_body(surface: str, gazetteer: Gazetteer) -> GazEntry | None:
    """A city of 100,000 or more by its own name, in title case ("Karachi", "Oklahoma City"):
    not an alternate name ("Athena") or an acronym ("MAU") that the gazetteer also holds."""
    if not all(_name_word(w) for w in surface.split()):
        return None
    entry = gazetteer.lookup(surface)
    if entry is None or entry.type != "LOCATION" or entry.kind != "city" or entry.rank < _CITY_AS_BODY_RANK:
        return None
    return entry if entry.name.casefold() == surface.casefold() else None


# "the Wheel of Time series", "two Star Trek novels", "the X-Men sequel": a name of two words or
# more right before a kind of work is the work's (MISC). One word is often the studio or the
# publisher ("Marvel films", "Penguin books"), and so is a name with a maker's head word
# ("Harbor Lane Studios films"). The kind noun must end its noun phrase: a function word or a
# punctuation mark after it ("two Star Trek novels before ..."), not "series A" or "films unit".
_WORK_KIND_AFTER = re.compile(
    r"[ \t]+(?:TV |television )?(?:series|novels?|films?|movies?|sequel|prequel|trilogy|saga|franchise|"
    r"books|comics|episodes?)(?:(?=[,.;:!?()]|\s*$)|\s+(?P<next>[a-z]+)\b)"
)
_MAKER_HEADS = frozenset(
    word_list(
        "studios studio pictures films entertainment productions books press publishing publishers records "
        "media network networks channel television tv cinema animation games comics group inc corp ltd llc"
    )
)


def _work_before_kind(cand: Candidate, text: str, surface: str) -> bool:
    """A model body of two words or more, no gazetteer entry, right before a kind of work."""
    words = surface.split()
    return (
        len(words) >= 2
        and cand.entry is None
        and words[-1].lower().rstrip(".") not in _MAKER_HEADS
        and _head_type(surface) is None
        and (kind := _WORK_KIND_AFTER.match(text, cand.end)) is not None
        and (kind.group("next") is None or kind.group("next") in STOP_WORDS)  # not "series A", "films unit"
    )


def _retype_body(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> None:
    """A model organisation that is a place, a product or a work by its name (in place)."""
    if _work_before_kind(cand, text, surface) or _quoted_title(cand, text, surface, gazetteer):
        cand.type = "MISC"  # "the Wheel of Time series", an episode "“Traffic School”"
    elif (state := _postal_code_after_town(cand, text, surface, gazetteer)) is not None:
        cand.type, cand.entry = "LOCATION", state  # "in Gladstone, NJ;": the state
    elif _country_or_division(surface, gazetteer):
        # "Vietnam said ...", "Taiwan's ...": a country or province is a place by the
        # conventions, even when it acts (a results line's club is found later, by score)
        cand.type, cand.entry = "LOCATION", gazetteer.lookup(surface)
    elif (
        city := _city_read_as_body(surface, gazetteer) or _town_by_its_name(surface, gazetteer)
    ) is not None:
        # "from Halifax to ...", "Edmonton, which is ...", "Red Bank officials": the model's body
        # is the city or the town, unless the story is about sport, where it stands for its club
        if not about_sport(text, cand.start, cand.end):
            cand.type, cand.entry = "LOCATION", city
    elif (
        maker_product(surface, gazetteer)
        or listed_product_model(surface, gazetteer)
        or _model_before_kind(cand, text, surface, gazetteer)
        or _launched_product(cand, text, surface, gazetteer)
    ):
        cand.type, cand.entry = "PRODUCT", None  # "Amazon Alexa", "Microsoft Surface"
    else:
        _owned_product(cand, gazetteer, text)


# A name that fills a pair of quotation marks: the closing mark right after it (a comma or a
# full stop may stand inside), never a letter ("the ‘Big Four’s’").
_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_CLOSING_QUOTE = re.compile(r"[,.!?]?([”\"’'])(?![\w'’])")


def _quoted_title(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """“Traffic School”, 'Final Verdicts', “Mail Kimp Remix”: a name the model read as a body
    that fills a pair of quotation marks is the title of a work (an episode, a sketch, a song)
    or a nickname, never an organisation; a body the gazetteer knows keeps its type."""
    opening = text[cand.start - 1 : cand.start]
    if opening not in _QUOTE_PAIRS or (
        cand.start >= 2 and not (text[cand.start - 2].isspace() or text[cand.start - 2] == "(")
    ):
        return False  # a quotation mark opens after a space or a parenthesis, never inside a word ("Roe's")
    closing = _CLOSING_QUOTE.match(text, cand.end)
    return (
        closing is not None
        and closing.group(1) == _QUOTE_PAIRS[opening]
        and gazetteer.lookup(surface) is None
    )


# A title's opening article, which the model leaves out of the name ("“The Discovery,”" → Discovery)
_TITLE_ARTICLE = re.compile(r"(?:The|A|An) $")


def _quoted_work(cand: Candidate, text: str, gazetteer: Gazetteer) -> bool:
    """A model product that fills a pair of quotation marks (a title's article, which the scorer
    and the reader ignore, may open it) is a work's title: a product is seldom quoted. A name the
    gazetteer knows keeps its type. (An event stays one: "the “Black Friday” sales".)"""
    article = _TITLE_ARTICLE.search(text, max(0, cand.start - 4), cand.start)
    start = article.start() if article else cand.start
    surface = text[start : cand.end]
    probe = Candidate(cand.field, start, cand.end, cand.type, cand.origin)
    return (
        _quoted_title(probe, text, surface, gazetteer)
        and gazetteer.lookup(text[cand.start : cand.end]) is None
    )


# "Acme unveiled the Helix Pro", "it launched its Vela Air", "released its Starfall Legends": what a
# maker launches after a determiner is its product. A company is launched without one ("launched
# Zed Capital"), a plan or a body named with its head word ("the Green Roads Initiative", "the Zed
# Foundation") keeps the head's type, and "released the ..." frees people or publishes reports,
# so only "released its ..." counts.
_LAUNCHED_BEFORE = re.compile(
    r"\b(?:(?:unveil|launch|introduc|debut)(?:ed|es|s|ing)?|rolled out|rolls out|released)\s+"
    r"(?:the|its|their|a)\s+(?:new\s+|latest\s+|first\s+)?$"
)
_LAUNCH_REACH = 40  # characters looked back for the verb and determiner


def launched_before(text: str, start: int) -> bool:
    """Whether a launch verb and a determiner stand right before ``start`` ("unveiled the ...";
    "released" only with an owner's determiner, "released its ...")."""
    before = _LAUNCHED_BEFORE.search(text, max(0, start - _LAUNCH_REACH), start)
    return before is not None and not (before.group(0).startswith("released") and " the " in before.group(0))


def _launched_product(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body or work, no list's entry, no head word and no given name, right after a launch
    verb and a determiner ("released" only with an owner's determiner)."""
    if cand.entry is not None or _head_type(surface) is not None or gazetteer.lookup(surface) is not None:
        return False
    if any(is_given_name(w) for w in surface.split()):
        return False  # "launched the Fondation Marie Roux": a body or a prize named after a person
    before = _LAUNCHED_BEFORE.search(text, max(0, cand.start - _LAUNCH_REACH), cand.start)
    if before is None:
        return False
    return not (before.group(0).startswith("released") and " the " in before.group(0))


# "the rover Tessaly", "a chatbot called Wren", "the smartphone Vela X": a kind of made thing
# right before a name (a determiner before it) says the name is the thing's. Only kinds a person
# or a company seldom follows as a relative clause's subject ("the jet Roe flew", "the SUV Roe
# drove", "the probe Roe led" are left out); a given name only after "called"/"named"/"dubbed".
_KIND_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|new)\s+(?:new\s+)?"
    r"(?:rover|lander|orbiter|spacecraft|space\s+probe|satellite|(?:space\s+)?telescope|app|chatbot|browser|"
    r"smartphone|console|video\s+game|mobile\s+game|operating\s+system|vaccine)"
    r"\s+(?P<called>(?:called|named|dubbed)\s+)?$"
)
_KIND_BEFORE_REACH = 40  # characters looked back: a determiner, "new", a two-word kind, "called"
# what makes the name a relative clause's subject: a second name joined to it ("the vaccine
# Corvell and Dunmore Labs built"), or a verb and then the main clause's ("the app Roe built is")
_RELATIVE_SUBJECT_AFTER = re.compile(
    r" (?:(?:and|or|&) [A-Z]|[a-z]+ (?:is|was|are|were|has|had|have|will|would|can|could|may|might)\b)"
)


def _kind_before_product(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model name of one to four words, no list's entry, head word or person's look, right after
    a determiner and a kind of made thing ("the rover Tessaly", "an app called Zorbly")."""
    if cand.entry is not None or not 1 <= len(surface.split()) <= 4 or _head_type(surface) is not None:
        return False
    if gazetteer.lookup(surface) is not None:
        return False
    before = _KIND_BEFORE.search(text, max(0, cand.start - _KIND_BEFORE_REACH), cand.start)
    if before is None or _RELATIVE_SUBJECT_AFTER.match(text, cand.end):
        return False
    if before.group("called"):
        return True
    return not looks_like_person(surface, gazetteer) and not is_given_name(surface.split()[0])


# "The Zephyr X has a 6.1-inch screen", "the Vela's 402 hp", "Marrow packs a 5,000 mAh battery":
# a name that has a machine's spec is the machine. The verb of having (or a possessive) follows
# the name right away, and the spec's unit is one only made things have (power, torque, charge,
# a screen's or a wheel's inches), within the clause.
_HAS_SPEC = re.compile(
    r"(?:['’]s\s|\s+(?:has|had|gets|got|packs|offers|features|boasts|sports|comes\s+with|delivers|"
    r"makes|produces|uses|carries|houses)\s)"
)
_SPEC_UNIT = re.compile(
    r"\d[\d,.]*\s?-?(?:mAh|kWh|kW|hp|horsepower|lb-ft|pound-feet|GHz|megapixels?|MP|mpg|"
    r"inch(?:es)?\s+(?:screen|display|touchscreen|wheels)|cylinder\s+engine)\b"
)
_CLAUSE_END = re.compile(r"[.;!?]\s|\n|, (?:and|but|while|whereas) ")
# A maker's own last word: "Quillon Motors has a 300-hp engine in its truck" is the company's
_MAKER_WORDS = frozenset(
    word_list(
        "motors motor auto autos automotive automobiles cars electronics technologies technology tech "
        "industries group company co corp corporation inc ltd llc plc labs systems devices mobile "
        "aerospace aviation dynamics robotics energy holdings international works"
    )
)
_SPEC_REACH = 70  # characters after the name: the verb, a few words and the spec


def _has_spec(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model name of one to four words, no list's entry, head word or person's look, that has a
    made thing's spec right after it ("The Zephyr X has a 6.1-inch screen")."""
    if cand.entry is not None or not 1 <= len(surface.split()) <= 4 or _head_type(surface) is not None:
        return False
    verb = _HAS_SPEC.match(text, cand.end)
    if verb is None or gazetteer.lookup(surface) is not None:
        return False
    if surface.split()[-1].lower().rstrip(".") in _MAKER_WORDS:
        return False
    window = text[verb.end() : cand.end + _SPEC_REACH]
    stop = _CLAUSE_END.search(window)
    if _SPEC_UNIT.search(window[: stop.start()] if stop else window) is None:
        return False
    return not looks_like_person(surface, gazetteer) and not is_given_name(surface.split()[0])


_OWNER_SPLIT = re.compile(r"['’]s\s+")


def _owned_product(cand: Candidate, gazetteer: Gazetteer, text: str) -> None:
    """ "Teens love Quillon's AirPods": a company's possessive before a product the list knows, read
    as one body, is the product (the span starts after the possessive)."""
    split = _OWNER_SPLIT.search(text, cand.start, cand.end)
    if split is None:
        return
    owner, product = (
        gazetteer.lookup(text[cand.start : split.start()]),
        gazetteer.lookup(text[split.end() : cand.end]),
    )
    if (
        owner is not None
        and owner.type == "ORGANIZATION"
        and product is not None
        and product.type == "PRODUCT"
    ):
        cand.start, cand.type, cand.entry = split.end(), "PRODUCT", product


def _typed_by_model_or_head(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A listed product, a model name or a telling head word types a name whatever its context
    said; True when it did (the caller then stops). Kept apart so ``retype`` reads as its order.
    A provision's kind word and its number ("Section 230") come first."""
    if _numbered_provision(cand, text, surface):
        return True
    listed = _listed_product(surface, gazetteer) if cand.entry is None else None
    if listed is not None:
        cand.type, cand.entry = "PRODUCT", listed
        return True
    if _MODEL_NAME.match(surface) and cand.entry is None:
        cand.type = "PRODUCT"  # "Chang'e-5", "Shenzhou-12", "F-35": a craft or a model
        return True
    head = _kind_by_head(cand, text, surface)
    gazetteer_knows = cand.entry is not None and cand.origin == "gazetteer"
    overrules = not gazetteer_knows or _head(surface) in _STRONG_HEADS
    if head is not None and head != cand.type and overrules:
        cand.type, cand.entry = head, None
        return True
    if cand.type == "PRODUCT" and cand.origin == "ner" and _quoted_work(cand, text, gazetteer):
        cand.type, cand.entry = "MISC", None  # “Harbor Lights,”, “The Lantern,”: a work's title
        return True
    if cand.type == "NORP" and _language(cand, text):
        cand.type, cand.entry = "MISC", None  # "written in Spanish,", "she speaks Hindi": a language
        return True
    if (
        cand.origin == "ner"
        and cand.type in ("ORGANIZATION", "PERSON", "LOCATION", "MISC")
        and (
            _kind_before_product(cand, text, surface, gazetteer) or _has_spec(cand, text, surface, gazetteer)
        )
    ):
        cand.type = "PRODUCT"  # "the rover Tessaly", "an app called Zorbly", "Vela X has 402 hp"
        return True
    return False


# A nationality's word that names a language: after a verb of speaking, learning or translating or
# after "in"/"into"/"from", and ending its noun phrase (a punctuation mark, a function word, the word
# "language", or "and"/"or" and a second such word), so "in Chinese consumer goods" stays the people's
# (NORP). Only this mention is retyped: a story that also writes "Chinese firms" has its majority of
# readings decide the name's one type.
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:in|into|from|speaks?|spoke|speaking|spoken|fluent|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|"
    r"translat(?:e|es|ed|ing|ion))[ \t]+"
    r"(?:(?:fluent|perfect|broken|basic|plain|native|conversational)[ \t]+)?"
    r"(?:[A-Z][a-z]+,?[ \t]+(?:and|or)[ \t]+)?$"  # the second of two: "in English and French."
)
_LANGUAGE_REACH = 40  # characters looked back for the verb or the preposition
_LANGUAGE_AFTER = re.compile(
    r"(?:[,.;:)!?”\"]|[ \t]*$|[ \t]+(?:(?:and|or)[ \t]+[A-Z][a-z]+"
    r"(?=[,.;:)!?]|[ \t]*$|[ \t]+(?:language|as|by|with|to|on|at|for|but|is|was)\b)"
    r"|as|by|with|to|on|at|for|but|while|when|because|than|is|was|are|were|"
    r"language|languages|speakers?|subtitles|translation|version|edition)\b)"
)


def _language(cand: Candidate, text: str) -> bool:
    """A people's word in a language's place ("written in Spanish,", "translated into French and
    German"): one capitalised word, a verb or a preposition before it, nothing it modifies after it."""
    surface = text[cand.start : cand.end]
    return (
        surface.isalpha()
        and surface[:1].isupper()
        and _LANGUAGE_BEFORE.search(text, max(0, cand.start - _LANGUAGE_REACH), cand.start) is not None
        and _LANGUAGE_AFTER.match(text, cand.end) is not None
    )


# A law's or a document's part is named by its kind word and its number ("Section 230", "Article
# 50", "Bill 10", "Proposition 22"); the model keeps the kind word alone as MISC or a product.
_PROVISION_WORDS = frozenset(
    word_list("section article chapter clause bill amendment proposition measure resolution title rule")
)
_PROVISION_NUMBER = re.compile(r"[ \u00a0](?:\d+[A-Za-z]?|[IVXL]+)(?![\w.-])")  # one space: no run


def _numbered_provision(cand: Candidate, text: str, surface: str) -> bool:
    """A model MISC or product that is a provision's kind word, perhaps with its number ("Section",
    "Bill 2"), before that number: the name runs over the number and is a MISC ("Section 230",
    "Bill 2"). True when it changed the candidate."""
    if cand.type not in ("MISC", "PRODUCT") or cand.origin != "ner":
        return False
    words = surface.split()
    if not words or words[0].lower() not in _PROVISION_WORDS or not words[0][:1].isupper():
        return False
    if len(words) == 1:
        number = _PROVISION_NUMBER.match(text, cand.end)
        if number is None:
            return False
        cand.end = number.end()
    elif len(words) != 2 or _PROVISION_NUMBER.fullmatch(" " + words[1]) is None:
        return False
    cand.type, cand.entry = "MISC", None
    return True


def retype(
    cands: list[Candidate],
    recased: dict[TextField, str],
    gazetteer: Gazetteer,
    cases: dict[str, str] | None = None,
) -> None:
    """Correct each candidate's type from its own words (in place). ``cases``: how the article
    spells each word in mid-sentence (rules.case_map), when known."""
    speaking = {fld: _speaking_words(text) for fld, text in recased.items()}
    players = {fld: set_score_players(text) for fld, text in recased.items()}
    alone = _alone_words(cands, recased, cases or {})
    for cand in cands:
        text = recased[cand.field]
        cut_at_parenthesis(cand, text)
        if cand.origin != "rule" and _extend_to_facility(cand, text):
            continue
        kind = _kind_by_name(cand, text, gazetteer)
        if kind is not None:
            cand.type, cand.entry = kind, None
            continue
        surface = " ".join(text[cand.start : cand.end].split())
        if cand.origin == "rule":
            continue
        if _typed_by_model_or_head(cand, text, surface, gazetteer):
            continue
        gazetteer_knows = cand.entry is not None and cand.origin == "gazetteer"
        if _placed(cand, text, surface, gazetteer):
            continue
        place_or_org = cand.type in ("LOCATION", "ORGANIZATION")
        if place_or_org and _street_after_preposition(cand, text, surface):
            # "parked on Elmer Street": the street on all its mentions, though a person's look
            cand.type, cand.entry, cand.origin = "LOCATION", None, "rule"
        elif (
            place_or_org
            and not gazetteer_knows
            and (
                # "two children, Hopper and Dylan": a given name no list knows as a place
                looks_like_person(surface, gazetteer) or _given_name_place(cand, text, surface, gazetteer)
            )
        ):
            cand.type, cand.entry = "PERSON", None
        elif (
            place_or_org
            and cand.entry is None
            and (
                _person_context(text, cand.start, cand.end, surface, gazetteer)
                or _player(cand, surface, players[cand.field], gazetteer)
            )
        ):
            # "Braun, 38, ...", "Vale, who ...", "guard Rondo", "Horbach beat Wierzbicki 6-2, 6-1"
            cand.type = "PERSON"
        elif (
            place_or_org
            and cand.origin == "ner"
            and (
                _surname_speaks(surface, speaking[cand.field], gazetteer)
                or (
                    cand.entry is None
                    and _surname_alone(surface, alone.get(cand.field, frozenset()), gazetteer)
                )
            )
        ):
            cand.type, cand.entry = "PERSON", None
        elif cand.type == "ORGANIZATION" and cand.origin == "ner":
            _retype_body(cand, text, surface, gazetteer)
        elif (
            cand.type == "MISC" and cand.origin == "ner" and _launched_product(cand, text, surface, gazetteer)
        ):
            cand.type = "PRODUCT"  # "Quillon introduced the Vela Air"
        elif cand.type == "PERSON" and cand.origin == "ner" and _club_of_city(surface, gazetteer):
            cand.type, cand.entry = "ORGANIZATION", None  # "Dynamo Vestby", "Legia Warsaw": a club
        elif cand.type == "PERSON" and cand.origin == "ner":
            _retype_person(cand, text, surface, gazetteer)


# Words before a name that make it a place ("moved to X", "from X", "at X"), besides place_context's
_TO_PLACE_BEFORE = re.compile(r"\b(?:to|from|at|of|across|across from|via)[ \t]+$")
_TOWN_AFTER = re.compile(r",[ \t]+[A-Z]")  # "Dylan, Texas": a town before its state or county
_PLACE_AFTER_REACH = 3


def _given_name_place(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model place that is one common given name the gazetteer does not know ("Dylan",
    "Billie", "Kinsley"), with no preposition of place before it nor a state after it: the
    model's guess at an unknown capitalised word, which a story names people by."""
    if cand.type != "LOCATION" or cand.origin != "ner" or cand.entry is not None or " " in surface:
        return False
    if not is_given_name(surface) or gazetteer.lookup(surface) is not None:
        return False
    return not placed_by_context(text, cand.start, cand.end)


def placed_by_context(text: str, start: int, end: int) -> bool:
    """Words around a name that say it is a place: a preposition of place before it ("in X",
    "moved to X"), or a state or county after it ("X, Texas")."""
    before = max(0, start - _KIND_REACH)
    return (
        place_context(text, start)
        or _TO_PLACE_BEFORE.search(text, before, start) is not None
        or _TOWN_AFTER.match(text, end, end + _PLACE_AFTER_REACH) is not None
    )


# A preposition of place right before "<Given name> Street/Lane": "parked on Elmer Street", "a
# house near Grace Lane", "the 1200 block of Elmer Street"; never "of" alone, "with" or "into"
# ("the family of Grace Lane", "bumped into Grace Lane": people's).
_STREET_PREPOSITION = re.compile(r"\b(?:on|at|along|off|onto|near|across|block of)[ \t]+$")
_STREET_PREPOSITION_REACH = 10  # characters before the name: "block of" and its space


# Heads of a short street or a row of houses that name a street only where a preposition of
# place says so ("lived on Quarry Place", "at Harlow Terrace"): alone they name shows, malls and
# works as often ("Melrose Place", "The Good Place")
_PLACED_STREET_HEADS = _SURNAME_STREET_HEADS | frozenset(word_list("place terrace crescent mews"))
_ARTICLES = frozenset({"The", "A", "An"})


def _street_after_preposition(cand: Candidate, text: str, surface: str) -> bool:
    """A given name and "Street" or "Lane" after a preposition of place: the street, which
    ``_street`` leaves to the person it reads on its own ("Della Street said"); so is a name
    ending on "Place", "Terrace", "Crescent" or "Mews" there ("on St Olave Place"), whatever the
    model read (a body, a person), but one opening on an article ("on The Good Place")."""
    words = surface.split()
    return (
        len(words) >= 2
        and words[-1].lower() in _PLACED_STREET_HEADS
        and words[0] not in _ARTICLES
        and all(_STREET_WORD.fullmatch(w) for w in words)
        and _STREET_PREPOSITION.search(text, max(0, cand.start - _STREET_PREPOSITION_REACH), cand.start)
        is not None
    )


def _retype_person(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> None:
    """A model "person" whose name says it is a place."""
    if _street_after_preposition(cand, text, surface):
        # the preposition says what the name is for the whole story, as "the town of X" does
        cand.type, cand.entry, cand.origin = "LOCATION", None, "rule"
        return
    headland = len(surface.split()) == 2 and _head(surface) in _HEADLAND_HEADS
    if (_facility_head(surface) or headland) and not is_given_name(surface.split()[0]):
        # "Lane County Jail", "Long Island Sound" read as people ("Anne Center" may be one); a
        # centre that speaks is the body that runs it
        cand.type = "ORGANIZATION" if attributed(text, cand.start, cand.end) else "LOCATION"
        cand.entry = None
        return
    place = _major_place(surface, gazetteer) or _town_by_its_name(surface, gazetteer)
    if place is not None and not looks_like_person(surface, gazetteer):
        # "Kyiv", "Sioux Falls" read as people: a country, a major division or a city of
        # about a million is the place (a surname of the story's person is joined back
        # to that person later, by consolidate.join_people)
        cand.type, cand.entry = "LOCATION", place


def _team_plural(cand: Candidate, text: str, surface: str) -> bool:
    """A model product that is one plural name after "the" ("the Clippers", "the Rovers") is a team
    or a band: a product's name is seldom a plural (a listed one, "AirPods", has its entry)."""
    if cand.type != "PRODUCT" or cand.origin != "ner" or cand.entry is not None:
        return False
    return (
        bool(_PLURAL_NAME.match(surface))
        and _THE_BEFORE.search(text, max(0, cand.start - 4), cand.start) is not None
    )


_PLURAL_NAME = re.compile(r"^[A-Z][a-z]{2,}[^s\W]s$")  # "Clippers", not "Bass" or "Kiss"
_THE_BEFORE = re.compile(r"\b[Tt]he $")


# Lower-case words that may sit inside a name ("Bank of China", "Ludwig van Beethoven").
_PARTICLE_JOINED = re.compile(r"(?:al|el)-[A-Z]")  # "Ayman al-Safadi", "Mohamed el-Erian"
_NAME_PARTICLES = frozenset(
    word_list(
        "of the and for de la le du da di dos das des von van der den del della dei ten ter zu vom "
        "bin al el y on in at upon &"
    )
)
# Capitalised verbs and function words: a "name" running across them is a title-case headline.
_HEADLINE_WORDS = frozenset(
    word_list("Is Are Was Were Has Have Had Will Would Its After Before Says Said Could Should Gets")
)
# Headline verbs in the present ("Kelby Sees Profit", "Norland Wins Tie"): they end a name only
# where a title-case headline goes on after them, since some are surnames or name words too
# ("Michael Sells said", "the band Blue Eyes"); "Niagara Falls", "Consumer Reports", "Four Tops",
# "Royal Caribbean Cruises" and "Greatest Hits" keep theirs, so those words are not listed.
_HEADLINE_VERBS = frozenset(
    word_list(
        "Sees Wins Posts Raises Plans Seeks Takes Edges Buys Sells Expects Warns Urges Denies Slams "
        "Hails Vows Rejects Approves Unveils Eyes Launches "
        # a company's or a market's news ("Quillon Robotics Introduces New Arm", "Dunmore Foods
        # Acquires Rival Baker", "Harlow Index Rises on Hopes"); no bare verb a name may hold
        # ("Harbor Rise Apartments", "Capital Gains Tax", "Cough Drops")
        "Introduces Announces Reveals Releases Acquires Agrees Adds Boosts Beats Misses Rises Slides "
        "Surges Soars Tumbles Plunges Hires Sues Settles Debuts Confirms Expands "
        # a place's or a service's news ("Kelby Library Reopens After Flood", "Marlow Museum Closes
        # to Repair Roof", "Dunmore Bank Halts Lending in Harlow"); no name's own plural ("Files",
        # "Faces", "Marks", "Returns", "Signs", "Lands")
        "Closes Opens Reopens Shuts Halts Resumes Suspends Cancels Delays Cuts Slashes Sheds Joins "
        "Quits Resigns Loses Lifts Extends Welcomes Celebrates Honors Honours"
    )
)
# The headline goes on after the verb: a capitalised word, or one of the small words a headline
# writes in lower case before one ("Rise to Records", "Slide on Weak Outlook").
_TITLE_GOES_ON = re.compile(r"\s+(?:(?:to|on|in|at|for|as|of|with|from|after|over|amid)\s+)?[A-Z0-9$]")
_MARKET_TAILS = frozenset(word_list("Stock Stocks Shares Share Price Prices"))
_PHOTO_WORDS = frozenset(word_list("Photo Photos Video File Source Credit Caption Graphic"))


# "Committee for a Fair Harbor Budget", "Alliance for an Open Kelby", the film "Anne of a Thousand
# Days": an article after "for" or "of", then capitalised words to the name's end, is inside it
_FOR_AN_ARTICLE = re.compile(
    r"[ \t](?:for|of)[ \t]+an?[ \t]+(?:(?:of|and|the)[ \t]+)?(?:[A-Z][\w'’-]*(?:[ \t]+|$))+$"
)
# the small words a name never ends on: left over where the name was cut at prose after them
# ("The Internationalization of" + " our Public ...", "Harlow Council for" + " some ...")
_DANGLING_PARTICLE = re.compile(r"(?:[ \t]+(?:of|for|and|the|on|in|at|to|upon|with|&))+$")


def _cut_words(text: str, cand: Candidate) -> None:
    """End a name before a lower-case word that is no name particle, or a headline verb; a small
    word left dangling at its end goes with the cut."""
    position = cand.start
    for match in re.finditer(r"\S+", text[cand.start : cand.end]):
        word = match.group()
        if word == "to" and _purpose_name(text, cand.start, cand.start + match.start(), cand.end):
            position = cand.start + match.end()  # "Campaign to Abolish Nuclear Weapons"
            continue
        at = cand.start + match.start()
        if word in ("a", "an") and _FOR_AN_ARTICLE.search(text, cand.start, cand.end) is not None:
            position = cand.start + match.end()  # "Committee for a Responsible Harbor Budget"
            continue
        headline_verb = word in _HEADLINE_VERBS and _TITLE_GOES_ON.match(text, at + len(word)) is not None
        if position > cand.start and (
            (word[:1].islower() and word.lower() not in _NAME_PARTICLES and not _PARTICLE_JOINED.match(word))
            or word in _HEADLINE_WORDS
            or headline_verb
        ):
            cand.end = len(text[: cand.start + match.start()].rstrip())
            dangling = _DANGLING_PARTICLE.search(text, cand.start, cand.end)
            if dangling is not None:
                # one word left before it ("The Liberalization of" + " our Public ..."): a noun of
                # prose the model read into a name, none itself
                one_word = not any(ch.isspace() for ch in text[cand.start : dangling.start()])
                cand.end = cand.start if one_word else dangling.start()
            break
        position = cand.start + match.end()
    # "Acme Stock Is Falling": once cut, a trailing market word is no part of the company.
    words = text[cand.start : cand.end].split()
    while len(words) > 1 and words[-1] in _MARKET_TAILS:
        words.pop()
        cand.end = cand.start + len(text[cand.start : cand.end].rsplit(None, 1)[0].rstrip())


_QUESTION_VERBS = frozenset(
    word_list("Will Can Could Would Should Shall Did Does Do Is Are Was Were Has Have Had May Might Must")
)
_QUESTION_REACH = 300


def _cut_question_verb(text: str, cand: Candidate) -> None:
    """ "Will Warren continue ...?": the verb opening a question is no part of the name after it
    ("Will Smith said ..." is no question, and keeps its given name)."""
    words = text[cand.start : cand.end].split()
    if len(words) < 2 or words[0] not in _QUESTION_VERBS:
        return
    before = text[max(0, cand.start - 3) : cand.start].strip(" \"'\u201c\u2018(")
    if before and before[-1] not in ".!?\n":
        return
    rest = text[cand.end : cand.end + _QUESTION_REACH]
    stop = re.search(r"[.!?]", rest)
    verb = re.match(r"\s+([a-z]+)\b", rest)
    if stop is None or stop.group() != "?" or verb is None:
        return
    if verb.group(1).endswith(("s", "ed")):
        return  # "Will Ferrell stars in the remake, but can it ...?": the name has its own verb
    cand.start = cand.start + len(words[0]) + 1
    while cand.start < cand.end and text[cand.start].isspace():
        cand.start += 1


# Bodies named for their purpose: "Committee to Protect Journalists", "Campaign to Abolish ...".
_PURPOSE_HEADS = frozenset(
    word_list("Campaign Committee Society Coalition Alliance Fund Foundation Movement Council Commission")
)


def _purpose_name(text: str, start: int, to_at: int, end: int) -> bool:
    """ "to" inside a name: after a body's head word ("Campaign to ...", "Society for the
    Prevention of Cruelty to Children"), with capitalised words to the name's end or to an
    acronym in parentheses ("... Nuclear Weapons (ICAN", cut there later)."""
    before = text[start:to_at].split()
    after = text[to_at + 2 : end].split("(", 1)[0].split()
    if not any(w in _PURPOSE_HEADS for w in before):
        return False
    return bool(after) and all(w[:1].isupper() for w in after)


_PERIOD_CODE = re.compile(r"^(?:Q[1-4]|H[12]|FY\d{2,4})$")
# Social handles, web addresses and URL slugs ("@jdoe", "www.x.com", "4p7SXk7JPW") that share
# links leave in page text: no entity has such a name.
_HANDLE = re.compile(
    r"@\w|https?:|www\.|\.(?:com|org|net)\b|"
    r"^(?=(?:\S*\d){2})(?=(?:\S*[A-Z]){2})(?=(?:\S*[a-z]){2})\S{8,}$"
)
_OWNING_PLACES = frozenset({"country", "first_level_division"})  # "China's Huawei", "Punjab's Bhatinda"
_POSSESSIVE_SPLIT = re.compile(r"(?<=\w)['\u2019]s?\s+(?=[A-Z])")


def _split_possessive(
    cand: Candidate,
    text: str,
    gazetteer: Gazetteer,
    named: dict[str, EntityType] | None = None,
    last_words: dict[str, EntityType] | None = None,
) -> list[Candidate]:
    """ "Vietnam's Communist Party", "Fox News' Jane Roe": the owner and the owned are two names.
    The owner is known from the gazetteer, or as a name the story gives on its own (``named``:
    "Ford's Wikipedia page" after "Ford"), or as the last word of one (``last_words``: "Vance's
    Harbor Lane Holdings" after "Rory Vance"), or by a person's shape ("Robert Jordan's Wheel")."""
    match = _POSSESSIVE_SPLIT.search(text, cand.start, cand.end)
    if match is None:
        return [cand]
    left_end, right_start = match.start(), match.end()
    right = text[right_start : cand.end]
    left = text[cand.start : left_end]
    entry = gazetteer.lookup(left)
    if entry is None and gazetteer.lookup(text[cand.start : cand.end]) is None:
        shaped = (
            looks_like_person(left, gazetteer) and len(right.split()) >= 2
        )  # not "Dick Smith's Electronics"
        surname = (last_words or {}).get(left) if len(right.split()) >= 2 else None
        owner_type = (named or {}).get(left) or surname or ("PERSON" if shaped else None)
        if owner_type is not None:
            return [
                Candidate(cand.field, cand.start, left_end, owner_type, cand.origin, None, None, cand.weak),
                Candidate(cand.field, right_start, cand.end, cand.type, cand.origin, None, None, cand.weak),
            ]
    if entry is None or gazetteer.lookup(text[cand.start : cand.end]) is not None:
        return [cand]  # "People's Liberation Army" is one name: split only at a known owner
    if len(right.split()) < 2 and not (entry.type == "LOCATION" and entry.kind in _OWNING_PLACES):
        return [cand]
    out = [Candidate(cand.field, cand.start, left_end, entry.type, "gazetteer", entry)]
    place = gazetteer.lookup(right) if len(right.split()) == 1 else None
    if place is not None and place.type == "LOCATION":
        # "Punjab's Bhatinda": a place of a place, whatever the model read it as
        out.append(Candidate(cand.field, right_start, cand.end, "LOCATION", "gazetteer", place))
    else:
        out.append(
            Candidate(cand.field, right_start, cand.end, cand.type, cand.origin, None, None, cand.weak)
        )
    return out


_HYPHEN_PAIR = re.compile(r"([A-Z][\w.&]*)-([A-Z][\w.&]*)")
_PAIR_NOUN_AFTER = re.compile(
    r"\s+(?:game|match|merger|deal|talks|war|clash|rivalry|series|derby|tie|fight|summit|meeting|"
    r"relations|trade|border|dispute|agreement)s?\b"
)


def _country(name: str, gazetteer: Gazetteer) -> GazEntry | None:
    entry = gazetteer.lookup(name)
    return entry if entry is not None and entry.type == "LOCATION" and entry.kind == "country" else None


def _split_pair(
    cand: Candidate, text: str, named: dict[str, EntityType] | None, gazetteer: Gazetteer
) -> list[Candidate]:
    """ "the Hawks-Owls game", "the Gannett-GateHouse merger": two organisations the story also
    names on their own (or two countries: "the U.S.-Canada border"), joined by a hyphen before
    what they take part in, are two names
    ("Coca-Cola", "Mercedes-Benz", "Bosnia-Herzegovina" are one). Each piece takes the
    gazetteer's entry for its name, so it joins the story's other mentions of it."""
    match = _HYPHEN_PAIR.fullmatch(text, cand.start, cand.end)
    if match is None or _PAIR_NOUN_AFTER.match(text, cand.end) is None:
        return [cand]
    countries = [_country(match.group(n), gazetteer) for n in (1, 2)]
    if countries[0] is not None and countries[1] is not None:
        # "the U.S.-Canada border": two countries, whatever else the story names
        return [
            Candidate(cand.field, match.start(n), match.end(n), "LOCATION", cand.origin, countries[n - 1])
            for n in (1, 2)
        ]
    if (
        not named
        or named.get(match.group(1)) != "ORGANIZATION"
        or named.get(match.group(2)) != "ORGANIZATION"
    ):
        return [cand]
    pieces = []
    for n in (1, 2):
        entry = gazetteer.lookup(match.group(n))
        entry = entry if entry is not None and entry.type == "ORGANIZATION" else None
        pieces.append(Candidate(cand.field, match.start(n), match.end(n), "ORGANIZATION", cand.origin, entry))
    return pieces


# "Grant and Ambersley were pronounced dead", "parts of Orange and Riverside counties": two names
# joined by "and" or "&" that the model read as one body. Each side is one or two capitalised words.
_SIDE_WORDS = r"[A-Z][\w.'’+-]*(?: [A-Z][\w.'’+-]*)?"
_AND_PAIR = re.compile(rf"({_SIDE_WORDS}) (?:and|&) ({_SIDE_WORDS})")


def _side_type(
    side: str, named: dict[str, EntityType], surnames: dict[str, EntityType], gazetteer: Gazetteer
) -> tuple[EntityType, GazEntry | None] | None:
    """What one side of an "and" pair is on its own: a name the story reads alone (a person's
    surname included) or one the gazetteer knows; None when it is neither. A body only the model
    read alone is no proof: "Customs" and "Border Protection" are its pieces of one agency."""
    entry = gazetteer.lookup(side)
    if named.get(side) not in (None, "ORGANIZATION"):
        return named[side], entry if entry is not None and entry.type == named[side] else None
    if side in surnames:
        return surnames[side], None
    return (entry.type, entry) if entry is not None else None


def _split_and_pair(
    cand: Candidate,
    text: str,
    named: dict[str, EntityType] | None,
    surnames: dict[str, EntityType],
    gazetteer: Gazetteer,
) -> list[Candidate]:
    """An "A and B" span whose two sides are each a name on its own (in the story or the
    gazetteer) is two names; a whole the gazetteer knows ("Trinidad and Tobago"), a name of one
    word twice ("Johnson & Johnson") or a side known nowhere ("Simon & Schuster") stays one."""
    match = _AND_PAIR.fullmatch(text, cand.start, cand.end)
    if match is None or match.group(1) == match.group(2) or gazetteer.lookup(match.group(0)) is not None:
        return [cand]
    sides = [_side_type(match.group(n), named or {}, surnames, gazetteer) for n in (1, 2)]
    if sides[0] is None or sides[1] is None:
        return [cand]
    return [
        Candidate(cand.field, match.start(n), match.end(n), kind, cand.origin, entry)
        for n, (kind, entry) in zip((1, 2), (sides[0], sides[1]), strict=True)
    ]


def _surnames(named: dict[str, EntityType]) -> dict[str, EntityType]:
    """The last words of the field's people of two words or more: "Grant" of "Keisha Grant"."""
    return {name.split()[-1]: kind for name, kind in named.items() if kind == "PERSON" and " " in name}


def _last_words(named: dict[str, EntityType]) -> dict[str, EntityType]:
    """The last words of the field's names of two or three capitalised words, whatever their type
    ("Vance" of "Rory Vance", even where the model read a body): an owner's short form before a
    possessive. A head word ("Bank" of "Acme Bank") names a kind, not the owner."""
    out: dict[str, EntityType] = {}
    for name, kind in named.items():
        words = name.split()
        if (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and not is_head_word(words[-1].lower())
        ):
            out.setdefault(words[-1], kind)
    return out


# A kind of connected device written in capitals, as deals copy does: no maker, no product
_SMART_DEVICE = re.compile(
    r"Smart (?:TVs?|HDTVs?|Watch(?:es)?|Displays?|Speakers?|Phones?|Home|Glasses|Rings?|Plugs?|Bulbs?|"
    r"Thermostats?|Locks?|Bands?|Scales?)"
)


# "Orbix Labs Inc. (NASDAQ: ORBX)": a stock's exchange and its ticker after the company. The
# ticker is a code of the company's stock, no name of its own; the exchange is a body (the
# conventions type exchanges as organisations), not the exchange's index.
_EXCHANGES = (
    r"(?:NYSE(?:\s?(?:MKT|Arca|American))?|NASDAQ(?:GS|GM|CM)?|Nasdaq|AMEX|OTC(?:MKTS|QB|QX|BB)?"
    r"|TSXV?|ASX|LSE|HKEX|SEHK|SGX|NSE|BSE)"
)
_EXCHANGE = re.compile(_EXCHANGES)
_EXCHANGE_TICKER = re.compile(rf"^({_EXCHANGES})\s*:\s*[A-Z][A-Z.]{{0,7}}$")
_TICKER_BEFORE = re.compile(rf"\(\s*{_EXCHANGES}\s*:\s*$")
_TICKER_AFTER = re.compile(r"\s*\)")
_TICKER_AFTER_EXCHANGE = re.compile(r"\s*:\s*[A-Z][A-Z.]{0,7}\s*\)")
_EXCHANGE_NAMES = {"nasdaq": "Nasdaq Stock Market", "nyse": "New York Stock Exchange"}


def _ticker(cand: Candidate, text: str, gazetteer: Gazetteer) -> bool:
    """The ticker in "(NYSE: DLF)", no name; its exchange retyped on the way (in place)."""
    if _TICKER_BEFORE.search(text, max(0, cand.start - 24), cand.start) and _TICKER_AFTER.match(
        text, cand.end
    ):
        return True
    _stock_exchange(cand, text, gazetteer)
    return False


def _stock_exchange(cand: Candidate, text: str, gazetteer: Gazetteer) -> None:
    """ "(NASDAQ: ORBX)": the exchange of a ticker is the exchange (in place), cut from the
    ticker the model may have read with it."""
    surface = text[cand.start : cand.end]
    both = _EXCHANGE_TICKER.match(surface)
    if both is not None:
        cand.end = cand.start + both.end(1)
        surface = both.group(1)
    if not _EXCHANGE.fullmatch(surface) or not _TICKER_AFTER_EXCHANGE.match(text, cand.end):
        return
    if not text[max(0, cand.start - 3) : cand.start].rstrip().endswith("("):
        return
    key = surface.split()[0].lower()
    entry = gazetteer.lookup(_EXCHANGE_NAMES.get(key, surface))
    cand.type, cand.origin = "ORGANIZATION", "rule"
    cand.entry = entry if entry is not None and entry.type == "ORGANIZATION" else None


# Post-nominal letters, the degrees and credentials a name may carry ("Jane Rowe, MD, MPH,"): a
# tagger reads them as a body or, for "MD", as Maryland. A closed class of words.
_DEGREES = (
    r"(?:MD|M\.D\.|DO|PhD|Ph\.D\.|MPH|MSN|MSW|MHS|MBA|MFA|MSc|MS|MA|BSc|BSN|RN|LPN|NP|DNP|PA-C|DVM|DDS|DMD|"
    r"JD|LLM|EdD|PsyD|PharmD|CPA|CFA|CFP|FACP|FACS|FRCP|FAAP|MSCE)"
)
_DEGREE = re.compile(rf"{_DEGREES}$")
_NAME_AND_DEGREES_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{1,2}})(?:, {_DEGREES})*, $"
)
_DEGREE_REACH = 60  # characters looked back: the name and the degrees before this one


def _post_nominal(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A degree after a person's name and a comma ("Jane Rowe, MD, MPH,"), not a place after a
    town ("Baltimore, MD"): the words before the degrees must read as a person's name."""
    if not _DEGREE.match(surface):
        return False
    before = _NAME_AND_DEGREES_BEFORE.search(text, max(0, cand.start - _DEGREE_REACH), cand.start)
    return before is not None and looks_like_person(before.group("name"), gazetteer)


# The counted parts of a series, a list, a page or a plan, named by the kind and a number ("Episode
# 38", "Item 1", "Part 2", "Phase 3", "Round 4"): the model reads the capitalised kind alone as a
# MISC or a body; the part names no entity (a law's parts are `_PROVISION_WORDS`, kept as MISC).
_COUNTED_PARTS = frozenset(
    word_list(
        "episode item part step page figure fig table slide photo image round phase stage level lot "
        "volume vol issue option question exhibit appendix note chart graph"
    )
)


_PART_NUMBER = re.compile(r"[ \u00a0](?:\d+[A-Za-z]?|[IVXL]+)(?![\w-]|\.\w)")  # "Item 2." ends a sentence


def _counted_part(text: str, cand: Candidate, surface: str) -> bool:
    """A model name that is a counted part's kind alone before its number, or with it."""
    word, _, rest = surface.partition(" ")
    if word.lower().rstrip(".") not in _COUNTED_PARTS or not word[:1].isupper():
        return False
    if rest:
        return _PART_NUMBER.fullmatch(" " + rest) is not None
    return _PART_NUMBER.match(text, cand.end) is not None


def _names_nothing(cand: Candidate, text: str, surface: str) -> bool:
    if _PERIOD_CODE.match(surface):
        return True  # "Q3", "FY2024": reporting periods, not names
    if cand.entry is None and (_HANDLE.search(surface) or _no_name(surface)):
        return True  # handles and slugs; "Lt Col", "Y.": titles or an initial alone name nobody
    if cand.entry is None and _SMART_DEVICE.fullmatch(surface):
        return True  # "the best Smart TV interface", "42mm Smart Watch": a kind of device
    if cand.origin == "ner" and cand.entry is None and _counted_part(text, cand, surface):
        return True  # "Episode 38", "Item 1", "Phase 2": a part of a series by its number
    return era_after_year(text, cand.start, surface)  # "476 B.C.": an era, not British Columbia


def _cut_at_line_break(cand: Candidate, text: str) -> str:
    """ "SWITZERLAND\n\nAscom": a name never runs over a line break; the first line's part stays.
    "CA @ Shoreline Amphitheatre": a listing's place code before "@" is no part of the venue."""
    surface = text[cand.start : cand.end]
    if "\n" in surface:
        cand.end = cand.start + len(surface.split("\n", 1)[0].rstrip())
        cand.entry = None
    at = text.find(" @ ", cand.start, cand.end)
    if at >= 0:
        cand.start, cand.entry = at + 3, None
    return text[cand.start : cand.end]


def _names_on_their_own(
    cands: list[Candidate], recased: dict[TextField, str]
) -> dict[TextField, dict[str, EntityType]]:
    """Per field, each candidate's words (with no possessive in them) and the type first read."""
    named: dict[TextField, dict[str, EntityType]] = {}
    for cand in cands:
        surface = recased[cand.field][cand.start : cand.end]
        if "'" not in surface and "\u2019" not in surface:
            named.setdefault(cand.field, {}).setdefault(surface, cand.type)
    return named


def _split_joined(
    cand: Candidate,
    text: str,
    named: dict[str, EntityType] | None,
    surnames: dict[str, EntityType],
    gazetteer: Gazetteer,
    last_words: dict[str, EntityType] | None = None,
) -> list[Candidate]:
    """A model name split at a possessive, a hyphen between two sides or an "and" between two
    names that each stand alone (each split only when its own rule says so)."""
    return [
        part
        for piece in _split_possessive(cand, text, gazetteer, named, last_words)
        for pair in _split_pair(piece, text, named, gazetteer)
        for joined in _split_and_pair(pair, text, named, surnames, gazetteer)
        for street in _split_street(joined, text)
        for member in _split_party_member(street, text, gazetteer)
        for part in _split_person_tail(member, text, gazetteer)
    ]


# A party's member, written as a noun ("a Colorado Democrat", "one Nevada Republican"): the
# model reads it, or it and the state before it, as a person.
_PARTY_MEMBERS = frozenset(word_list("democrat democrats republican republicans tory tories"))


def _split_party_member(cand: Candidate, text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A model person ending on a party member's noun names no one: a place the gazetteer knows
    right before it is the place ("Nevada Democrat" → Nevada); the member's noun is left out (as
    a people's word it is the gold's only where the text names the party's people as such)."""
    if cand.type != "PERSON":
        return [cand]
    words = text[cand.start : cand.end].split()
    if not words or words[-1].lower() not in _PARTY_MEMBERS:
        return [cand]  # the common case, told apart without building the word spans
    spans = [m.span() for m in re.finditer(r"\S+", text[cand.start : cand.end])]
    if not spans or text[cand.start + spans[-1][0] : cand.end].lower() not in _PARTY_MEMBERS:
        return [cand]
    for first in range(len(spans) - 1):
        start, end = cand.start + spans[first][0], cand.start + spans[-2][1]
        entry = gazetteer.lookup(text[start:end])
        if entry is not None and entry.type == "LOCATION":
            return [Candidate(cand.field, start, end, "LOCATION", "gazetteer", entry)]
    return []


def _title_word(word: str) -> bool:
    """A person's title or trade written before a name ("Secretary", "Educator", "CFO")."""
    return (
        bare_title(word.rstrip(".").lower()) in _TITLES_BEFORE
        or _TRADE.fullmatch(word) is not None
        or word in _OFFICER_ACRONYMS
    )


# A company officer's title in capitals before a name ("CFO Jo Roe", "Acme VP Jo Roe", "Harlow GM
# Jo Roe"). Only in capitals and only before a name: alone, "GM" is General Motors, so these stay
# out of ``_TITLES_BEFORE`` (whose words alone are no name).
_OFFICER_ACRONYMS = frozenset(str.split("CFO COO CTO CIO CMO CSO CPO VP SVP EVP GM"))


_MIDDLE_INITIAL_WORD = re.compile(r"[A-Z]\.")
# "Director of Product Management Joe Roe": a title and "of" right before the model's body, whose
# words up to the given name are the title's portfolio, no body's name
_TITLE_OF_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w.&-]*)[ \t]+of[ \t]+$")
_TITLE_OF_REACH = 30


def _title_of_before(text: str, start: int) -> bool:
    before = _TITLE_OF_BEFORE.search(text, max(0, start - _TITLE_OF_REACH), start)
    return before is not None and _title_word(before.group(1))


def _split_person_tail(cand: Candidate, text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """ "the Ministry of Finance Brian Manning", "Arts Educator Owen Ellis": a model body that
    ends on a given name and a surname after a body's name or a title is the body and a person
    (the person named last, two or three words). The part before is kept only when it names a
    body by a head word ("Ministry") or the gazetteer knows it; a title alone is the person's."""
    if cand.type != "ORGANIZATION":
        return [cand]
    spans = [m.span() for m in re.finditer(r"\S+", text[cand.start : cand.end])]
    words = [text[cand.start + s : cand.start + e] for s, e in spans]
    if len(words) < 3:
        return [cand]
    for i in range(max(1, len(words) - 3), len(words) - 1):
        rest = words[i:]
        if not (is_given_name(rest[0]) or words[i - 1] in _OFFICER_ACRONYMS) or not all(
            _name_word(w) or (0 < j < len(rest) - 1 and _MIDDLE_INITIAL_WORD.fullmatch(w))
            for j, w in enumerate(rest)
        ):
            continue  # a given name opens the person ("Thomas M. Hoenig" with his middle initial),
            # or an officer's title ends what is before
        if any(w.lower() in _HEAD_TYPES or w.lower() in _TITLES_BEFORE for w in rest):
            continue
        body = words[:i]
        while body and _title_word(body[-1]):
            body.pop()
        known = gazetteer.lookup(" ".join(body)) if body else None
        is_body = any(_HEAD_TYPES.get(w.lower()) == "ORGANIZATION" for w in body) or (
            known is not None and known.type == "ORGANIZATION"
        )
        if len(body) == i and not is_body and not _title_of_before(text, cand.start):
            continue  # neither a title nor a body's name before the given name
        start = cand.start + spans[i][0]
        out = [Candidate(cand.field, start, cand.end, "PERSON", cand.origin, None, None, cand.weak)]
        if body and is_body:
            end = cand.start + spans[len(body) - 1][1]
            body_cand = Candidate(cand.field, cand.start, end, cand.type, cand.origin, None, None, cand.weak)
            out.insert(0, body_cand)
        return out
    return [cand]


_ON_STREET = re.compile(r"[ \t]+(?:on|at|off)[ \t]+(?=[A-Z0-9])")


def _split_street(cand: Candidate, text: str) -> list[Candidate]:
    """ "Rosie's Diner on Main Street", "the Harbor Brewery at 5th Avenue": a place or a body and
    the street it stands on, which the model ran into one name, are two names (the street a
    place). "Council on Foreign Relations" names no street and stays whole."""
    if cand.type not in ("ORGANIZATION", "LOCATION"):
        return [cand]
    match = _ON_STREET.search(text, cand.start, cand.end)
    if match is None or match.start() == cand.start:
        return [cand]
    words = text[match.end() : cand.end].split()
    if not words or words[-1].lower() not in _STREET_HEADS or not _street(words):
        return [cand]
    return [
        Candidate(cand.field, cand.start, match.start(), cand.type, cand.origin, None, None, cand.weak),
        Candidate(cand.field, match.end(), cand.end, "LOCATION", cand.origin, None, None, cand.weak),
    ]


def tidy(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> list[Candidate]:
    """Split credit lines and possessives, cut names at prose, drop spans that are no names."""
    out: list[Candidate] = []
    pieces: list[Candidate] = []
    named = _names_on_their_own(cands, recased)
    surnames = {fld: _surnames(names) for fld, names in named.items()}
    last_words = {fld: _last_words(names) for fld, names in named.items()}
    for cand in cands:
        if cand.origin == "ner" and cand.entry is None:
            pieces.extend(
                _split_joined(
                    cand,
                    recased[cand.field],
                    named.get(cand.field),
                    surnames.get(cand.field, {}),
                    gazetteer,
                    last_words.get(cand.field),
                )
            )
        else:
            pieces.append(cand)
    for cand in pieces:
        text = recased[cand.field]
        if _ticker(cand, text, gazetteer) or _names_nothing(cand, text, text[cand.start : cand.end]):
            continue
        if _post_nominal(cand, text, text[cand.start : cand.end], gazetteer):
            continue  # "Jane Rowe, MD, MPH": her degrees, no place or body
        surface = text[cand.start : cand.end]
        if "/" in surface and cand.origin != "rule":
            out.extend(_split_credit(cand, text))
            continue
        if ", " in surface and cand.origin == "ner" and cand.entry is None:
            split = _split_list(cand, text, gazetteer)
            if split is not None:
                out.extend(split)
                continue
        if ("\n" in surface or " @ " in surface) and cand.origin != "rule":
            surface = _cut_at_line_break(cand, text)
        if not surface.strip():
            continue
        if cand.entry is None and cand.origin != "rule":
            if surface[:1].islower() or _no_persons_name(cand, text, gazetteer):
                continue  # "a Grocery Store", "s Hoa Lo": a name starts with a capital
            _cut_model_name(text, cand, gazetteer)  # may leave nothing: dropped at the end
        _cut_officer_title(text, cand)
        if (
            cand.type == "ORGANIZATION"
            and cand.entry is None
            and cand.origin == "ner"
            and _job_title_only(text, cand)
        ):
            continue  # "Founder & Principal Consultant": a job title, no body
        _cut_loose_end(text, cand)
        if cand.end > cand.start and text[cand.start : cand.end] not in _PHOTO_WORDS:
            out.append(cand)
    return out


_FOOTNOTE_END = re.compile(r"(?<=[a-z])[,.;:*]?\d{1,3}$")
_GLUED_DIGIT = re.compile(r"[A-Za-z][.,*]?\d|\d[A-Za-z]")  # not "RSA-768": a model's number
_LIKENESS_END = re.compile(r"-(?:ish|esque)$")
_MODEL_CODE = re.compile(r"(?<![\w.-])[A-Z]{1,6}\d{1,4}[A-Za-z]{0,3}(?![\w-])")
_OWNED_AFTER = re.compile(r"['\u2019]s\s+(?=[A-Z])")


def _no_persons_name(cand: Candidate, text: str, gazetteer: Gazetteer) -> bool:
    """Whether a model person's span is no person's name by its shape (True: drop it). A page's
    footnote mark glued to the name is cut off ("Jo Roe,11"); a digit glued to a letter ("DDR4 RAM",
    "Block79 North"), a likeness's suffix ("a Jo Roe-ish swagger") or an owned thing after a
    possessive ("Acme’s Orbo", "Roe’s Tavern", "Valentine’s Day") names none; where the owner has a
    person's look ("Jo Roe’s Tavern") the owner is kept."""
    if cand.type != "PERSON":
        return False
    surface = text[cand.start : cand.end]
    footnote = _FOOTNOTE_END.search(surface)
    if footnote is not None:
        cand.end = cand.start + footnote.start()
        surface = surface[: footnote.start()]
    if _MODEL_CODE.search(surface):
        cand.type = "PRODUCT"  # "Orvo X10", "GDDR5 RAM": a model's code, a made thing
        return False
    if _GLUED_DIGIT.search(surface) or _LIKENESS_END.search(surface):
        return True
    owned = _OWNED_AFTER.search(surface)
    if owned is None or _head_type(surface) is not None or gazetteer.lookup(surface) is not None:
        return False  # "Sam’s Club", "Macy’s Parade": the head word or the gazetteer types it later
    if looks_like_person(surface[: owned.start()], gazetteer):
        cand.end = cand.start + owned.start()
        return False
    return True


# Shortened words a body's name may end on with their full stop ("Acme Co.", "Smith Bros.").
_NAME_ABBREVIATIONS = frozenset((*ABBREVIATIONS, *word_list("bros mfg assn assoc intl natl plc llc llp")))
_LOOSE_END = re.compile(r"(?:[ \t]+&|(?<=[a-z]{2})\.|['’]s)$")


def sentence_end_word(word: str) -> bool:
    """A word and the full stop that ends a sentence after it ("Comcast.", "Verizon."): a whole
    word of four letters or more, no abbreviation ("Corp.", "Bros.", "Calif.") nor initials."""
    stem = word[:-1]
    return (
        word.endswith(".")
        and len(stem) >= 4
        and "." not in stem
        and any(ch.islower() for ch in stem)
        and stem.lower() not in _NAME_ABBREVIATIONS
        and word not in AP_STATE_FORMS
    )


def _cut_loose_end(text: str, cand: Candidate) -> None:
    """ "Halden Crest Group." at a sentence's end, "We back Ona Prell & co": the full stop after
    a whole word, or an ampersand, ends no body's name (an abbreviation keeps its stop: "Acme
    Co."); nor does a possessive that joins put on the last part ("the Harlow Agency for" +
    "Rural Development's fund": the model's own spans lose theirs when trimmed). Names the
    gazetteer knows are its own."""
    if cand.type != "ORGANIZATION" or cand.entry is not None:
        return
    surface = text[cand.start : cand.end]
    loose = _LOOSE_END.search(surface)
    if loose is None:
        return
    if loose.group()[-1:] == "s" and cand.origin == "rule":
        return  # a rule's name is as the rule found it
    last = surface[: loose.start()].split()[-1:] or [""]
    if loose.group() == "." and (
        len(last[0]) < 4 or "." in last[0] or last[0].lower() in _NAME_ABBREVIATIONS
    ):
        return
    cand.end = cand.start + len(surface[: loose.start()].rstrip())


def _cut_model_name(text: str, cand: Candidate, gazetteer: Gazetteer) -> None:
    """A model's name cut at an opening quotation mark, prose, a question's verb, a title or a
    position (in place)."""
    _cut_at_opening_quote(text, cand)
    _cut_words(text, cand)
    if cand.end <= cand.start:
        return  # no name was left
    _cut_question_verb(text, cand)
    if cand.type == "ORGANIZATION" and _titled_person(text[cand.start : cand.end], gazetteer):
        # "Detective Cowie Massy", "Trooper Roe": a person's title, then the name
        cand.type = "PERSON"
        cand.start = text.index(text[cand.start : cand.end].split()[1], cand.start + 1)
    if cand.type == "PERSON":
        _cut_title(text, cand)
        _take_given_name(text, cand, gazetteer)
        _take_hyphened_given_name(text, cand)
        _take_royal_style(text, cand)
        _cut_opening_word(text, cand)
    _cut_position(text, cand)


_OPENING_QUOTE = re.compile(r"\s[‘“\"]")


def _cut_at_opening_quote(text: str, cand: Candidate) -> None:
    """ "Super Value ‘stumped’ on ...", "a true Transit Policy Institute ‘Gold Standard’ line":
    a quotation mark opened after a space starts a quote, no part of the name before it."""
    quote = _OPENING_QUOTE.search(text, cand.start, cand.end)
    if quote is not None:
        cand.end = quote.start()


# Titles written before a name; the model sometimes takes one into the name.
_TITLES_BEFORE = frozenset(
    (
        *ROLE_WORDS,
        *ROLE_NOUNS,
        *HONORIFICS,
        *TITLE_ABBREVIATIONS,
        *word_list(
            "superintendent sheriff detective sergeant inspector constable chancellor dean principal "
            "pastor bishop archbishop cardinal rabbi imam reverend judge justice councilman councilwoman "
            "councillor councilor alderman trustee chairperson representative congressman congresswoman "
            "lieutenant colonel major admiral commander sheikh emir "
            # the style of a minister or a member in Commonwealth copy ("Honourable Jo Roe")
            "honourable honorable "
            # market and sports trades wire copy puts before a name ("Broker Khurshid Alam",
            # "Trainer Berti Vogts", "Linebacker Jo Roe")
            "broker dealer trader analyst economist strategist trainer quarterback linebacker "
            "cornerback shortstop pitcher outfielder infielder winger fullback fireman firefighter "
            "trooper"
        ),
        *OFFICE_TITLES,
        # what a person is, in feature copy ("Villager Li Hongmei runs a homestay")
        *(w for w in PEOPLE_NOUNS if not w.endswith("s")),
    )
)


# A name and a model number joined by a hyphen: spacecraft, aircraft, vehicles, rockets.
_MODEL_NAME = re.compile(r"^[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?-\d{1,4}[A-Za-z]?$")
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
    return bare_title(word.rstrip(".")) in _TITLES_BEFORE


def _no_name(surface: str) -> bool:
    if _NUMBER_ONLY.match(surface) or _STAGE_LABEL.match(surface.rstrip(".")):
        return True
    words = surface.split()
    if len(words) == 1 and len(surface.rstrip(".")) <= 1:
        return True
    return bool(words) and all(w.rstrip(".").lower() in _TITLES_BEFORE for w in words)


def _cut_title(text: str, cand: Candidate) -> None:
    """ "Superintendent Jane Roe": the title opens the name but is not part of it (the role
    rules read it from the text before the name)."""
    words = text[cand.start : cand.end].split()
    while len(words) >= 3 and (
        bare_title(words[0].rstrip(".")) in _TITLES_BEFORE
        or _trade_before(words)
        or words[0] in _OFFICER_ACRONYMS
    ):
        cand.start = text.index(words[1], cand.start + len(words[0]))  # "Lt Col Jane Roe"
        words = words[1:]
    if 4 <= len(words) <= 5 and words[1] in _OFFICER_ACRONYMS and all(_name_word(w) for w in words[2:]):
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


def _titled_person(surface: str, gazetteer: Gazetteer) -> bool:
    """ "Detective Cowie Massy", "Linebacker Sione Roe", "Fireman Coyle": a person's title or
    trade, then one to three name words that name no place or body, which the model read as an
    organisation. The title is then cut off like a person's (``_cut_title``)."""
    words = surface.split()
    if not 2 <= len(words) <= 4:
        return False
    title, rest = bare_title(words[0].rstrip(".")), words[1:]
    if words[0] in _OFFICER_ACRONYMS:
        # "CFO Ravi Tandon"; never "GM Financial Services": a given name must open the rest
        return len(rest) >= 2 and is_given_name(rest[0]) and all(_name_word(w) for w in rest)
    if title not in _TITLES_BEFORE or title in PEOPLE_NOUNS or not all(_name_word(w) for w in rest):
        return False  # "Individual Medley": what a person is, not a title, opens events too
    if _head_type(surface) is not None:
        return False  # "Premier League", "Governor's Cup": the name's head says what it is
    if title in _BODY_OPENING_TITLES and not (len(rest) >= 2 and is_given_name(rest[0])):
        return False
    if len(rest) == 1 and title not in _RANKS_BEFORE_SURNAME:
        return False  # "Admiral Insurance", "Pastor Bakeries": a title word names firms too
    if any(w.lower() in _TITLES_BEFORE or w.lower() in STOP_WORDS for w in rest):
        return False  # "Deputy Director", "Director Of": titles or a phrase, no name
    name = " ".join(rest)
    return gazetteer.lookup(name) is None and _head(name) not in _HEAD_TYPES and not _facility_head(name)


# Role words that also end the name of a paper, a magazine or an office ("The Economist", "New
# Scientist", "The Hollywood Reporter", "Argus Leader", "Inspector General", "The American Lawyer").
_NAME_ENDING_ROLES = frozenset(
    word_list("economist scientist reporter leader general editor engineer attorney executive writer lawyer")
)
_ROLE_ENDS = frozenset((*ROLE_NOUNS, *ROLE_WORDS)) - _NAME_ENDING_ROLES
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


def _cut_officer_title(text: str, cand: Candidate) -> None:
    """An officer's title the model ran into a body's name, before it ("the past Chair of the
    Beacon Council", read as a body or a MISC), cut off; one after it: `_job_title_only`."""
    if cand.entry is not None or cand.origin != "ner" or cand.type not in ("ORGANIZATION", "MISC"):
        return
    # the title and "of" before a body named by its head word are the person's
    cand.start += _officer_title_of(text[cand.start : cand.end])


def _job_title_only(text: str, cand: Candidate) -> bool:
    """A model body that is a job title alone (True: drop it); else the body's name without an
    officer's title the model ran in after it ("Harlow News CFO Mark Kranz" -> Harlow News)."""
    if _role_phrase(text, cand):
        return True
    _cut_officer_tail(text, cand)
    return False


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
    body_head = _HEAD_TYPES.get(last) == "ORGANIZATION" or last in _BOARD_HEADS
    if not named_after and (keep < 2 or not body_head):
        return
    cand.end = cand.start + spans[keep - 1][1]


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
    if any(w in _HEAD_TYPES for w in title_words):
        return False
    if employer is not None:
        cand.start += employer.end()
        return False
    return (opener and "of" in words) or words[-1] in _ROLE_ENDS


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
    if not rest or _HEAD_TYPES.get(rest[-1].strip("&,.").lower()) != "ORGANIZATION":
        return 0
    if " of " in surface[match.end() :]:
        return 0
    return match.end()


# A capitalised title, then one capitalised word, right before a one-word person: "Detective
# Aldous Prynne", where the model read only the surname and the given name fell into the role.
_TITLE_AND_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+([A-Z][a-z]{2,})[ \t]+$")


def _take_given_name(text: str, cand: Candidate, gazetteer: Gazetteer) -> None:
    """ "Sergeant Lorne Baptiste" read as "Baptiste": the word between a title and a lone surname
    is the given name (uncommon ones too, which no list knows) unless it is a title, a common
    word or a known place or body itself ("Police Chief Baptiste", "Governor Boston Baptiste")."""
    if " " in text[cand.start : cand.end].strip():
        return
    before = _TITLE_AND_WORD_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    if before is None or bare_title(before.group(1)) not in _TITLES_BEFORE:
        return
    word = before.group(2).lower()
    if word in _TITLES_BEFORE or word in STOP_WORDS or word in MONTH_NAMES or word in WEEKDAYS:
        return
    if gazetteer.lookup(before.group(2)) is not None:
        return  # "Governor Boston Baptiste": a place or a body, no given name
    cand.start = before.start(2)


# A monarch's or a royal's style before one name and perhaps a regnal number ("Queen" + "Elizabeth
# II", "Emperor" + "Naruhito", "Princess" + "Anne"): the style belongs to the name (conventions'
# "Queen Elizabeth II", "Prince Andrew"), unlike an office's title ("President Roe").
_ROYAL_STYLE_BEFORE = re.compile(
    r"(?<![\w'’.-])(?:Crown[ \t]+)?"
    r"(?:King|Queen|Prince|Princess|Emperor|Empress|Tsar|Czar|Tsarina|Sultan|Pope)[ \t]+$"
)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+[ \t]+$")
_ROYAL_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+(?:[IVX]{1,4}|[IVX]{1,4}I))?")


def _take_royal_style(text: str, cand: Candidate) -> None:
    """ "Queen Elizabeth II" read as "Elizabeth II": a royal style right before a person of one
    name word and perhaps a regnal number opens the name; never after a name word ("Stephen King
    Charles"), nor before a given name and a surname ("Queen Ann Roe" is no style)."""
    if not _ROYAL_NAME.fullmatch(text, cand.start, cand.end):
        return
    before = _ROYAL_STYLE_BEFORE.search(text, max(0, cand.start - 22), cand.start)
    if before is not None and not _NAME_WORD_BEFORE.search(text, max(0, before.start() - 16), before.start()):
        cand.start = before.start()


# A given name hyphened to the one the model opened a person's name on ("Jean-" + "Jacques Roe",
# "Marie-" + "Claire Vondel"): the model's tokenizer splits at the hyphen.
_HYPHENED_GIVEN_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{1,10})-$")


def _take_hyphened_given_name(text: str, cand: Candidate) -> None:
    """ "LVMH CFO Jean-Jacques Roe" read as "Jacques Roe": a common given name and a hyphen
    right before a name of two words or more whose first is a name word open the name ("Harris-"
    + "Biden", one word, and "Pro-" + a name, no given name, stay as they are)."""
    if cand.start < 3 or text[cand.start - 1] != "-":
        return
    words = text[cand.start : cand.end].split()
    if len(words) < 2 or not _name_word(words[0]):
        return
    before = _HYPHENED_GIVEN_NAME.search(text, max(0, cand.start - 13), cand.start)
    if before is not None and is_given_name(before.group(1)):
        cand.start = before.start(1)


# Words that open a sentence and never a person's name: the model sometimes reads "Among Roe's
# first acts" or "As Roe noted" as one name.
_SENTENCE_OPENERS = frozenset(
    word_list(
        "as but and or nor yet so among amid amidst despite under after before like unlike with without "
        "since although though because while whilst when whenever if unless until whereas whether against "
        "during through towards toward upon within beyond besides meanwhile however thus hence "
        # adverbs of time and sequence that open a sentence ("Afterwards Roe called", "Later Roe said")
        "then later afterwards afterward earlier yesterday today tonight now instead finally separately "
        "eventually initially previously recently currently nevertheless nonetheless moreover furthermore"
    )
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"'”’)]?\s+|\n\s*|[\"“(]\s*)$")


# A verb's -ing form or an imperative that opens a sentence before a name ("Citing Jo Roe, she
# argued", "Channelling Roe, he decreed", "On Twitter: Follow Jo Roe"): no part of the name.
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_IMPERATIVE_OPENERS = frozenset(word_list("follow meet"))


def _verb_opens(first: str, rest: str) -> bool:
    """A sentence-opening verb before a name: its -ing form, no given name itself ("Sterling",
    "Irving" are), or "Follow"/"Meet"; what follows is a given name and more, or one name word
    that is no head or street word ("Channelling Roe", never "Downing Street")."""
    if not (first.lower() in _IMPERATIVE_OPENERS or (_GERUND.fullmatch(first) and not is_given_name(first))):
        return False
    words = rest.split()
    if len(words) >= 2:
        return is_given_name(words[0])
    word = words[0].lower() if words else ""
    return (
        bool(words)
        and _name_word(words[0])
        and word not in _HEAD_TYPES
        and word not in _STREET_HEADS
        and word not in _FACILITY_HEADS
    )


def _cut_opening_word(text: str, cand: Candidate) -> None:
    """ "As Roe noted", "Among Roe's first acts", "Citing Jo Roe": a conjunction, preposition or
    verb opening the sentence is cut off the person's name after it."""
    first = text[cand.start : cand.end].split(" ", 1)
    if len(first) < 2 or not first[0][:1].isupper():
        return
    if first[0].lower() not in _SENTENCE_OPENERS and not _verb_opens(first[0], first[1]):
        return
    if _SENTENCE_START.search(text, max(0, cand.start - 4), cand.start) is None:
        return
    cand.start += len(first[0]) + 1


# A trade's suffix ("Firefighter", "Librarian", "Geologist", "Counselor"): one no list has.
_TRADE = re.compile(r"[A-Z][a-z]{3,}(?:er|or|ist|ian)")


def _trade_before(words: list[str]) -> bool:
    """ "Firefighter Sean Coyle", "Librarian Anne Gregory": a capitalised word of a trade, no
    given name itself, before a given name that opens the rest of the name."""
    return bool(_TRADE.fullmatch(words[0])) and not is_given_name(words[0]) and is_given_name(words[1])


# A player's position before the name in a team's notes ("Hawks: F Jon Roe missed ...",
# "G Ann Poe"): the model takes the letter into a name it then reads as a body or a product
_POSITION = re.compile(r"(?:F|G|C|PG|SG|SF|PF|QB|RB|WR|LB|CB|LHP|RHP) (?=[A-Z][a-z])")
_POSITION_BEFORE = re.compile(r"(?:^|\n|:[ \t]+)$")


def _cut_position(text: str, cand: Candidate) -> None:
    """ "F Jon Roe" after a colon or at a line's start: the position is cut and the name left
    is a person's (two or three name words)."""
    position = _POSITION.match(text, cand.start, cand.end)
    if position is None or not _POSITION_BEFORE.search(text, max(0, cand.start - 3), cand.start):
        return
    words = text[position.end() : cand.end].split()
    if 2 <= len(words) <= 3 and all(_name_word(w) for w in words):
        cand.start, cand.type, cand.entry = position.end(), "PERSON", None


_CORPORATE_TAIL = re.compile(
    r"(?:Ltd|Inc|Co|Corp|LLC|LLP|Plc|PLC|plc|AG|SA|NV|GmbH|Limited|Incorporated|Jr|Sr|II|III|IV)\.?"
)
_INTERJECTIONS = frozenset(word_list("hey hi hello oh ok okay yes no well dear thanks"))
_LIST_PART = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’.-]*)*")


def _known_bodies(head: str, tail: str, gazetteer: Gazetteer) -> bool:
    """ "Facebook, Instagram": two bodies the gazetteer knows are two items of a list."""
    first, second = gazetteer.lookup(head), gazetteer.lookup(tail)
    return first is not None and second is not None and first.type == second.type == "ORGANIZATION"


def _split_list(cand: Candidate, text: str, gazetteer: Gazetteer) -> list[Candidate] | None:
    """ "Draper, Firefly Aerospace", "Mueller, Stormy": two names of a list the model read as one,
    each on its own with the model's type. A place after the comma ("Fort Worth, Texas"), a
    corporate suffix ("Acme Co., Ltd.") or anything but capitalised names keeps the span whole."""
    surface = text[cand.start : cand.end]
    head, _, tail = surface.partition(", ")
    if not _LIST_PART.fullmatch(head) or not _LIST_PART.fullmatch(tail) or ", " in tail:
        return None
    if _CORPORATE_TAIL.fullmatch(tail) or (
        gazetteer.lookup(tail) is not None and not _known_bodies(head, tail, gazetteer)
    ):
        return None
    tail_start = cand.start + len(head) + 2
    tail_cand = Candidate(
        cand.field, tail_start, cand.end, cand.type, cand.origin, None, cand.group, cand.weak
    )
    if head.lower() in _INTERJECTIONS:
        return [tail_cand]  # "Hey, Siri": the call is no name
    head_end = cand.start + len(head)
    head_cand = Candidate(
        cand.field, cand.start, head_end, cand.type, cand.origin, None, cand.group, cand.weak
    )
    return [head_cand, tail_cand]


def _split_credit(cand: Candidate, text: str) -> list[Candidate]:
    """ "Xinhua/Jane Roe", "Photo/Site", "Acme/": each side on its own; an agency is an
    organisation and the name credited with it a person."""
    parts: list[tuple[int, int]] = []
    cursor = cand.start
    for piece in text[cand.start : cand.end].split("/"):
        stripped = piece.strip()
        if stripped:
            begin = cursor + piece.index(stripped)
            parts.append((begin, begin + len(stripped)))
        cursor += len(piece) + 1
    agencies = [is_known_agency(text[s:e]) for s, e in parts]
    out: list[Candidate] = []
    for (s, e), agency in zip(parts, agencies, strict=True):
        word = text[s:e]
        if word in _PHOTO_WORDS or "." in word:
            continue  # "Photo/cctv.com": the credit word and a site address are no entities
        if agency:
            out.append(Candidate(cand.field, s, e, "ORGANIZATION", "rule"))
        elif any(agencies) and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", word):
            out.append(Candidate(cand.field, s, e, "PERSON", "rule"))
        else:
            out.append(Candidate(cand.field, s, e, cand.type, cand.origin, None, cand.group, cand.weak))
    return out


def initials(name: str) -> str:
    """ "China Aerospace Science and Industry Corporation" -> "CASIC"."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


# fullmatch()ed in place between two candidates (no copy of the text between them, which can be long)
_LIST_GLUE = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s+&\s+")


def _list_chains(cands: list[Candidate], recased: dict[TextField, str]) -> Iterator[list[Candidate]]:
    """The runs of candidates of one field joined only by a list's glue ("A, B and C"); one pass
    over the candidates in text order."""
    chain: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.field, c.start)):
        if chain and (
            cand.field != chain[-1].field
            or not _LIST_GLUE.fullmatch(recased[cand.field], chain[-1].end, cand.start)
        ):
            yield chain
            chain = []
        chain.append(cand)
    if chain:
        yield chain


def people_in_lists(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """In "A, B and C" where most names are people, a name the model typed otherwise, with no
    gazetteer entry or organisation/place head word, is a person too (in place). So is each name
    of a list a credit cue opens ("Reporting by Jo Roe and Ada Quill"), when its first name is a
    person: the cue is read once, before the list, not before its later names."""
    for chain in _list_chains(cands, recased):
        people = sum(1 for c in chain if c.type == "PERSON")
        credited = len(chain) >= 2 and chain[0].type == "PERSON" and _credit_opens(chain[0], recased)
        if credited or (people >= 2 and people * 2 > len(chain)):
            for c in chain:
                surface = recased[c.field][c.start : c.end]
                words = surface.split()
                if (
                    c.type != "PERSON"
                    and c.origin != "rule"
                    and 2 <= len(words) <= 3
                    and all(w[:1].isupper() for w in words)
                    and gazetteer.lookup(surface) is None
                    and _head(surface) not in _HEAD_TYPES
                    and not (credited and any(w.lower() in _CREDIT_BODY_WORDS for w in words))
                ):
                    c.type, c.entry = "PERSON", None


def _credit_opens(cand: Candidate, recased: dict[TextField, str]) -> bool:
    """Whether a credit or billing cue stands right before the candidate ("Photos by ")."""
    text = recased[cand.field]
    return _CREDIT_BEFORE.search(text, max(0, cand.start - _CREDIT_REACH), cand.start) is not None


# What the model reads a town in a list as: a body ("Peekskill"), or a people ("Yonkers", a plural).
_LISTED_PLACE_MISREADINGS = ("ORGANIZATION", "NORP")


def places_in_lists(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """In "Reston, Tysons and Leesburg", "Bonaire, St Eustatius and Saba", where most names are
    places (two or more: a pair, "Ford and Michigan", proves nothing), a name of one to three
    capitalised words that only the model read as a body or a people is a place too (in place): a town or an
    island the gazetteer lacks. A name the gazetteer knows otherwise, one with a head word of its
    own ("... University"), a corporate suffix or a person's look keeps its type, and so does
    every name of a story about sport, where "Chelsea, Porto and Barcelona" are clubs."""
    cands.extend(_missed_list_places(cands, recased, gazetteer))
    for chain in _list_chains(cands, recased):
        places = sum(1 for c in chain if c.type == "LOCATION")
        if places < 2 or places * 2 <= len(chain):
            continue
        for c in chain:
            if (
                c.type not in _LISTED_PLACE_MISREADINGS
                or c.origin != "ner"
                or (c.entry and c.entry.type != "LOCATION")
            ):
                continue
            text = recased[c.field]
            if not _bare_place_name(text[c.start : c.end], gazetteer):
                continue
            if not about_sport(text, c.start, c.end):
                entry = gazetteer.lookup(text[c.start : c.end])
                c.type, c.entry = "LOCATION", entry if entry is not None else c.entry


def bodies_in_lists(
    cands: list[Candidate],
    recased: dict[TextField, str],
    gazetteer: Gazetteer,
    examples: Callable[[str], Iterator[tuple[int, int]]],
) -> None:
    """A name only the model read as a place, which the gazetteer does not know at all, is a body
    in a list where most names are bodies ("Amazon, Keldra and Netflix": two bodies or more,
    as `places_in_lists` asks of places) or in one a plural kind of business opens ("companies
    including Zenthor, Harlow and Quillon": ``examples``, `rules.example_bodies`): a company or a platform
    the model took for a town. Found by a rule, so the name's other mentions follow it."""
    if not any(c.type == "LOCATION" and c.origin == "ner" and c.entry is None for c in cands):
        return  # no model place the gazetteer lacks: nothing to retype, no list to read
    listed: set[tuple[TextField, int, int]] = set()
    for chain in _list_chains(cands, recased):
        bodies = sum(1 for c in chain if c.type == "ORGANIZATION")
        if bodies >= 2 and bodies * 2 > len(chain):
            listed.update((c.field, c.start, c.end) for c in chain)
    fields = {c.field for c in cands if c.type == "LOCATION" and c.origin == "ner" and c.entry is None}
    for field in fields:
        listed.update((field, s, e) for s, e in examples(recased[field]))
    for c in cands:
        if c.type != "LOCATION" or c.origin != "ner" or c.entry is not None:
            continue
        if (c.field, c.start, c.end) not in listed:
            continue
        surface = recased[c.field][c.start : c.end]
        words = surface.split()
        if (
            1 <= len(words) <= 3
            and gazetteer.lookup(surface) is None
            and _head(surface) not in _HEAD_TYPES
            and not looks_like_person(surface, gazetteer)
        ):
            c.type, c.origin = "ORGANIZATION", "rule"


# A name the model missed between two listed places ("Denver, Tessing and Omaha"), or after the
# "and" that ends a list of places ("Ohio, Kentucky and Brannock."), where the list goes on no further.
_LIST_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_GAP_MEMBER = re.compile(rf"(?:,\s*|,?\s+and\s+)(?P<name>{_LIST_NAME})(?:,\s*|,?\s+and\s+)")
_TAIL_MEMBER = re.compile(
    rf",?\s+and\s+(?P<name>{_LIST_NAME})"
    r"(?=[.,;:)]|\s+(?:on|in|at|to|for|from|with|by|last|this|next|during|over|after|before|until)\b|$)"
)
# A route's end the model missed after a place it found ("from Chicago to Brannock").
_ROUTE_END = re.compile(rf" to (?P<name>{_LIST_NAME})(?=[.,;:)]|\s+[a-z]|$)")
_DATE_NAMES = frozenset(
    (
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday"),
    )
)
_GAP_REACH = 48  # characters between two listed places: one name of up to three words and its glue


def _missed_list_places(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """Places no candidate covers inside or at the end of a list of two places or more joined by
    a list's glue, and a route's end after "from" and a place ("from Chicago to Brannock"): a bare
    name (see `_bare_place_name`) outside stories about sport. One look at the text after each
    place, up to the next candidate."""
    found: list[Candidate] = []
    ordered = sorted(cands, key=lambda c: (c.field, c.start))
    for i, a in enumerate(ordered):
        if a.type != "LOCATION":
            continue
        text = recased[a.field]
        b = ordered[i + 1] if i + 1 < len(ordered) and ordered[i + 1].field == a.field else None
        limit = min(b.start if b is not None else len(text), a.end + _GAP_REACH)
        if limit <= a.end:
            continue
        prev = ordered[i - 1] if i > 0 and ordered[i - 1].field == a.field else None
        member = None
        if b is not None and b.type == "LOCATION" and b.start == limit:
            member = _GAP_MEMBER.fullmatch(text, a.end, limit)
        listed = prev is not None and prev.type == "LOCATION" and text[prev.end : a.start] == ", "
        if member is None and listed:
            # a place a place and a comma come before: the list is open, a name may end it
            member = _TAIL_MEMBER.match(text, a.end, limit)
        if member is None and text[max(0, a.start - 5) : a.start].lower() == "from ":
            member = _ROUTE_END.match(text, a.end, limit)  # "from Chicago to Brannock"
            if member is not None and member.group("name").split()[0].lower() in _DATE_NAMES:
                member = None  # "from Ohio to March": a time, no place
        if member is not None:
            s, e = member.span("name")
            e -= name_full_stop(text[s:e], lambda name: gazetteer.lookup(name) is not None)
            if _bare_place_name(text[s:e], gazetteer) and not about_sport(text, s, e):
                found.append(Candidate(a.field, s, e, "LOCATION", "rule", gazetteer.lookup(text[s:e])))
    return found


def name_full_stop(name: str, known: Callable[[str], bool]) -> int:
    """1 where a name's last dot is a sentence's full stop ("Brannock."), 0 for an abbreviation's
    ("Va.", "U.S.", "Calif." when the gazetteer knows it)."""
    if not name.endswith("."):
        return 0
    last = name.rsplit(maxsplit=1)[-1]
    return 0 if len(last) <= 4 or "." in last[:-1] or known(name) else 1


def listed_place_name(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name a kind of place lists as an example may be one (see `_bare_place_name`)."""
    return _bare_place_name(surface, gazetteer)


def _bare_place_name(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name may be a place: one to three capitalised words, no head word, corporate
    suffix or acronym, no gazetteer entry but a place's, and no person's look."""
    words = surface.split()
    return (
        1 <= len(words) <= 3
        and all(_name_word(w) for w in words)
        and _head(surface) not in _HEAD_TYPES
        and _CORPORATE_TAIL.fullmatch(words[-1]) is None
        and _known_as(surface, gazetteer) in (None, "LOCATION")
        and not looks_like_person(surface, gazetteer)
    )


def _known_as(surface: str, gazetteer: Gazetteer) -> EntityType | None:
    entry = gazetteer.lookup(surface)
    return entry.type if entry is not None else None
