"""Ages, sizes and falls owned by the name right next to them, not by the clause subject.

"Vane, 38," is Vane's age, "the 64-year-old Democrat" the person the epithet names, a size
before a name the name's, and "3 inches of rain in Harlow County" the place's it fell on;
these are read before the clause rules because their owner sits beside the figure.
"""

from __future__ import annotations

import re

from consumer.entities.retype.given_names import name_gender
from consumer.events import Entity
from consumer.indicators.subject.cues import AGE_UNITS, PRONOUN_BACK
from consumer.indicators.subject.epithet_age import epithet_age_owner
from consumer.indicators.subject.mentions import OWNER_TYPES, Candidate, MentionIndex
from consumer.indicators.units import PRONOUN_AFTER_AGE
from consumer.lexicon import ROLE_NOUNS, ROLE_WORDS

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
        named_owner = after is not None and after.entity.type in OWNER_TYPES - {"LOCATION"}
        return after.entity if after is not None and named_owner else None
    if (
        attributive
        and _NOUN_AFTER_AGE.match(text, figure[1])
        and not _set_beside(candidates, text, figure[0])
    ):
        return _named_after_noun(candidates, text, figure[1])  # "his 6-year-old son", "the 50-year-old pact"
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


# "the six-year-old boy", "his 6-year-old son", "a 22-year-old local woman", "the 50-year-old pact": an
# attributive age before a lower-case noun describes that noun's unnamed referent, whom a person named
# nearby (a speaker, a parent, a leader in the next clause) is not; session 49 found such owners on
# five wire stories. The noun set beside a name keeps it: "Roe, a 44-year-old teacher", "Roe is a
# 44-year-old father of two" (a blind check found that one), "as a
# 13-year-old" (the subject's own), "his 62-year-old brother, Tom Varga", "6-year-old rafter Tom Varga"
# (the name after the noun)
_NOUN_AFTER_AGE = re.compile(
    r"[ \t]+(?!(?:in|on|at|of|for|to|from|with|by|who|which|that|and|or|is|was|has|had|said|says)\b)[a-z]"
)
_BESIDE_BEFORE = re.compile(
    r"(?:,[ \t]+(?:a|an|the)|\bas\s+(?:a|an)|[ \t]+(?:is|was|became|remains)[ \t]+(?:a|an))[ \t]+$"
)
_NOUN_THEN_NAME = re.compile(r"(?:[ \t]+[a-z][\w-]*){1,3},?[ \t]+")


def _set_beside(candidates: list[Candidate], text: str, at: int) -> bool:
    """Whether the age's noun phrase is set beside a person named right before it ("Roe, a
    44-year-old teacher") or is the subject's own ("as a 13-year-old")."""
    if re.search(r"\bas\s+(?:a|an)[ \t]+$", text[max(0, at - 8) : at]):
        return True
    return any(
        c.entity.type == "PERSON" and c.end < at and _BESIDE_BEFORE.fullmatch(text, c.end, at)
        for c in candidates
    )


def _named_after_noun(candidates: list[Candidate], text: str, end: int) -> Entity | None:
    """The person set beside the age's noun right after it ("his 62-year-old brother, Tom Varga",
    "the 6-year-old rafter Tom Varga"), else nobody."""
    found = _NOUN_THEN_NAME.match(text, end, end + 60)
    if found is None:
        return None
    return next((c.entity for c in candidates if c.start == found.end() and c.entity.type == "PERSON"), None)


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
    back = index.between(max(0, figure[0] - PRONOUN_BACK), figure[0])
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
    back = index.between(max(0, figure[0] - PRONOUN_BACK), figure[0])
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


# "Jane Roe, the first woman in space, has died aged 61", "He died at the age of 84", "She was
# 84.": an age told with an age word (or after a sentence-opening pronoun's "was") in a clause
# whose subject opens the sentence is that subject's, a person named first (one apposition may
# stand between) or the person a pronoun stands for; never when another person may be the one
# ("Roe said her mother died aged 84", "Roe's son, ...")
_AGE_WORD_BEFORE = re.compile(r"\b(?:aged|at\s+(?:the\s+)?age(?:\s+of)?)\s+$", re.IGNORECASE)
_PRONOUN_OPENS = re.compile(r"\s*[\"\u201c]?(He|She)\b")
_OTHER_PERSON_GAP = re.compile(
    r"['\u2019]s\b|\b(?:his|her|their|its|whose|said|says|told|and|when|after|before|while|who|which|that|"
    r"with|son|daughter|wife|husband|mother|father|brother|sister|child|baby)\b",
    re.IGNORECASE,
)
_BE_GAP = re.compile(r"\s+(?:was|is)\s+(?:about\s+|almost\s+|nearly\s+|just\s+|only\s+)?|['\u2019]s\s+")
_SUBJECT_GAP = 60  # characters of verb phrase between the subject (or its apposition) and the age


def _subject_age_owner(
    index: MentionIndex, text: str, sentence_start: int, candidates: list[Candidate], figure: tuple[int, int]
) -> Entity | None:
    pronoun = _PRONOUN_OPENS.match(text, sentence_start, figure[0])
    aged = _AGE_WORD_BEFORE.search(text, max(0, figure[0] - 24), figure[0]) is not None
    if not aged and (pronoun is None or not _BE_GAP.fullmatch(text, pronoun.end(), figure[0])):
        return None  # "She was 84.": an obituary's closing line
    before = [c for c in candidates if sentence_start <= c.start and c.end <= figure[0]]
    if pronoun is not None:
        gap = text[pronoun.end() : figure[0]].removeprefix("'s").removeprefix("\u2019s")  # "He's 45"
        if before or len(gap) > _SUBJECT_GAP or _OTHER_PERSON_GAP.search(gap):
            return None
        ruled_out = "f" if pronoun.group(1) == "He" else "m"
        back = index.between(max(0, sentence_start - PRONOUN_BACK), sentence_start)
        people = [c for c in back if c.entity.type == "PERSON" and name_gender(c.entity.name) != ruled_out]
        return people[-1].entity if people else None
    if not before or before[0].entity.type != "PERSON" or text[sentence_start : before[0].start].strip():
        return None
    gap = text[before[0].end : figure[0]]
    if gap.startswith(","):
        close = gap.find(",", 1)  # ", the first woman in space," describes the subject
        gap = gap[close + 1 :] if close > 0 else gap
    if len(gap) > _SUBJECT_GAP or _OTHER_PERSON_GAP.search(gap):
        return None
    return before[0].entity


def sized_owner(
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
            or _subject_age_owner(index, text, sentence_start, candidates, figure)
            or epithet_age_owner(index, text, sentence_start, figure)  # "The 29-year-old later won"
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
        if c.start == after.end() and c.entity.type in OWNER_TYPES | {"EVENT", "MISC"}:
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
