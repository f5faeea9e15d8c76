"""Roles of people and descriptions of organisations, read from appositions.

Wire copy introduces a source once, in a fixed shape: "said Su Jianjun, deputy
director of the provincial development and reform commission", or with a title in
front ("Prime Minister Li Keqiang"); companies get "Siasun, a robot-maker based in
Shenyang". Only these shapes are read, so an attribute is either what the text says
or absent.
"""

from __future__ import annotations

import re
import string

from spacy.lang.en.stop_words import STOP_WORDS

from consumer import lexicon


def _split(text: str) -> list[str]:
    return text.split()


ROLE_WORDS = frozenset(
    [
        "director",
        "minister",
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "head",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "governor",
        "mayor",
        "official",
        "manager",
        "economist",
        "analyst",
        "professor",
        "ceo",
        "executive",
        "officer",
        "leader",
        "ambassador",
        "commissioner",
        "general",
        "deputy",
        "vice",
        "member",
        "researcher",
        "founder",
        "coach",
        "captain",
        "editor",
        "premier",
        "envoy",
        "lawyer",
        "senator",
        "representative",
        "prosecutor",
        "judge",
        "partner",
        "strategist",
        "adviser",
        "advisor",
        "dean",
        "commander",
        "inspector",
        "engineer",
        "chancellor",
        "king",
        "queen",
        "prince",
        "principal",
        "trader",
        "consultant",
        "scientist",
        "expert",
        "correspondent",
        "deputies",
        "vice-president",
        "vice-chairman",
        "prime",
        "foreign",
        "finance",
        "writer",
        "reporter",
        "attorney",
        "chef",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "speaker",
        "lieutenant",
        "admiral",
        "colonel",
        "sergeant",
        "detective",
        "superintendent",
        *lexicon.OFFICE_TITLES,
    ]
)
# AP-style abbreviated titles before a name ("Sen. Rand Paul", "Lt. Gov. Dan Patrick"): the role
# is published spelt out, as a reader would say it
_TITLE_ABBREVIATIONS = {
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "lt.": "Lieutenant",
    "gen.": "General",
    "adm.": "Admiral",
    "col.": "Colonel",
    "sgt.": "Sergeant",
    "capt.": "Captain",
    "cmdr.": "Commander",
    "maj.": "Major",
    "supt.": "Superintendent",
    "insp.": "Inspector",
    "det.": "Detective",
    "amb.": "Ambassador",
    "pres.": "President",
    "atty.": "Attorney",
}
_ROLE_WORDS = ROLE_WORDS
# Lower-case titles before a name, with the organisation in front: "NBS spokesperson Xing
# Zhihong", "Goldman Sachs economist Jan Hatzius", "national disaster agency spokesman Sutopo".
_ROLE_NOUNS = "|".join(lexicon.ROLE_NOUNS)
_LOWER_TITLE = re.compile(
    r"(?:^|(?<=[\s(\"“]))"
    r"(?P<org>(?:[A-Z][\w&.'’-]*[ \t]+){1,4}|(?:[a-z][\w-]*[ \t]+){0,3})"
    r"(?P<role>(?:(?:" + "|".join(lexicon.ROLE_MODIFIERS) + r")[ \t]+)*(?:" + _ROLE_NOUNS + r"))[ \t]+$"
)
# Lower-case words the greedy org part of _LOWER_TITLE may take from the role before its noun:
# a role's own modifier, "prime", or a government field's word ("by former prime minister Jo Roe"
# gave the role "minister"). Moved back into the role from the org's end (session 49, C).
_TITLE_QUALIFIERS = frozenset((*lexicon.ROLE_MODIFIERS, "prime", *lexicon.PORTFOLIO_WORDS))
_WORD = re.compile(r"\S+")
# _LOWER_TITLE ends on a role noun and spaces or tabs before the end of the window (or before a
# line break that ends it, as "$" reads one): a window that does not end so cannot match, and this
# test costs a twentieth of the pattern's search, which is tried at each position of the window.
# Issue 11 bounds the cost beyond NER.
_ROLE_NOUN_ENDS = tuple(lexicon.ROLE_NOUNS)


def _may_end_in_role(text: str, low: int, high: int) -> bool:
    """Whether ``text[low:high]`` may end on a role noun and spaces, as _LOWER_TITLE needs."""
    window = text[low:high]
    if window[-1:] == "\n":  # "$" matches before a line break that ends the window too
        window = window[:-1]
    return window[-1:] in (" ", "\t") and window.rstrip(" \t").endswith(_ROLE_NOUN_ENDS)


_ORG_HEADS = frozenset(
    _split(
        "agency ministry department bureau office commission council committee company bank police army "
        "navy team club party government service authority administration board institute university "
        "court regulator exchange fund union association federation"
    )
)
_PORTFOLIOS = frozenset(
    _split(
        "finance foreign defence defense interior health trade energy economy economic education justice "
        "agriculture labour labor home culture environment transport industry commerce tourism housing "
        "sports science"
    )
)
# _TITLE_BEFORE ends on a capitalised word ("Gen.", "Minister", "President-elect") and spaces or
# tabs before the end of the window (or before a line break that ends it): most names follow a
# lower-case word or a mark, and this test says so at a tenth of the cost of the pattern's search,
# which is tried at each position of the window. Issue 11 bounds the cost beyond NER.
_TITLE_SUFFIXES = ("-elect", "-designate")
_ASCII_CAPITALS = frozenset(string.ascii_uppercase)


def _may_end_in_title(text: str, low: int, high: int) -> bool:
    """Whether ``text[low:high]`` may end on a capitalised title word and spaces, as
    _TITLE_BEFORE needs."""
    window = text[low:high]
    if window[-1:] == "\n":  # "$" matches before a line break that ends the window too
        window = window[:-1]
    if window[-1:] not in (" ", "\t"):
        return False
    word = window.rstrip(" \t")
    if word.endswith("."):  # "Gen.", "Dr.": a capital and at most three lower-case letters
        head = word[:-1].rstrip(string.ascii_lowercase)
        return len(word) - 1 - len(head) <= 3 and head[-1:] in _ASCII_CAPITALS
    forms = [word] + [word[: -len(s)] for s in _TITLE_SUFFIXES if word.endswith(s)]
    for form in forms:
        head = form.rstrip(string.ascii_lowercase)
        if len(head) < len(form) and head[-1:] in _ASCII_CAPITALS:
            return True
    return False


# A company's legal suffix inside an apposition: "general manager of Acme Holding Co., Ltd.",
# whose full stops and comma would otherwise end the role at "Co".
_LEGAL_SUFFIX = r"(?:Co\.,?|Ltd\.|Inc\.|Corp\.|Plc\.|Bhd\.|L\.L\.C\.)"
# A place's shortened "Saint", "Mount" or "Fort" before its name ("a lawyer from St. Tarvin",
# "a professor at St. Quell University"), whose full stop would otherwise end the role there
# (session 47).
_PLACE_SHORT = r"(?:St|Mt|Ft)"
_APPOSITION = re.compile(
    r",\s+((?:the\s+|a\s+|an\s+)?[\w'’-]+(?:[ \t]+(?:"
    + _LEGAL_SUFFIX
    + r"|"
    + _PLACE_SHORT
    + r"\.(?=[ \t]+[A-Z])|[\w'’&-]+)){0,14}?)"
    r"(?=\s*(?:[,;:\"“”)]|(?<!\b" + _PLACE_SHORT + r")\.(?:\s|$)|$)|(?<=\.)(?<!\b" + _PLACE_SHORT + r"\.)\s)"
)
# Capitalised titles ("Prime Minister Li Keqiang", "Gen. Mark Milley"), on the name's own line;
# a full stop only after a short abbreviation, so "... Premier League.\n\nAlexandre" is no title.
_TITLE_BEFORE = re.compile(r"((?:(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z]+(?:-elect|-designate)?)[ \t]+){1,3})$")
_DESCRIPTION = re.compile(r",\s+((?:an?|the)\s+[^,;\"“”\n]{3,160}?)(?=\s*(?:[,;\"“”)]|\.(?:\s|$)|$))")


# An apposition whose closing comma the writer left out runs on into the sentence's own verb:
# "Jo Roe, a fund manager at Kelby Trust said the bid ...". A reporting verb after the role's
# first words ends the role there; a relative pronoun left before it goes too.
_RUN_ON_VERB = re.compile(
    r"(?:\s+(?:who|that))?\s+(?:said|says|told|tells|added|adds|warned|noted|stated|explained|insisted|"
    r"argued|believes|thinks|wrote|writes)\b"
)


# A relative clause after the role's first words says what the person did or does, no title:
# "a professor of surgery who leads the Kelby clinic", "the campaign manager who helped him win"
# (session 47). An apposition that opens on such a pronoun or on "and" is no role at all ("Jo
# Roe, who was ousted as deputy this month,", "Ann Lee and Kim Roe, and the firm's deputy ...").
_RELATIVE = re.compile(r"[ \t,]+(?:who|whose|which)(?:['’]s)?\b")
# So is one that opens on a preposition ("Jo Roe, with whom the king met", "on an official visit
# to ...") or on a verb's "-ing"/"-ed" form with an object or "and" after it ("echoing the
# president", "resigned and its chairman took over"); a title's own "acting", "managing" or
# "ousted" has a title's noun after it and stays (session 49, C).
_NO_ROLE_OPENING = re.compile(
    r"(?:(?:who|whose|which|and)(?:['’]s)?"
    r"|with|on|in|at|for|from|after|before|during|since|to|by|into|amid|despite|under|over|while|when"
    r"|[a-z]+(?:ing|ed)[ \t]+(?:the|a|an|his|her|its|their|this|that|and))\b",
    re.IGNORECASE,
)
# ... but "who is" or "who was" before a title, or a determiner and a title, names the position
# the person holds or held: "Jo Roe, who is now head of Kelby Trust," → "head of Kelby Trust";
# "Roe, who was formerly chairman of Kelby," → "formerly chairman of Kelby" ("who was ousted as
# deputy" names none: its first two words hold no title)
_WHO_IS_OPENING = re.compile(r"who(?:[ \t]+(?:is|was)|['’]s)[ \t]+(?:(?:now|currently|also)[ \t]+)?")


def _who_is_role(text: str, start: int, end: int) -> int | None:
    """Where the title starts after an apposition's "who is"/"who was", or None."""
    opening = _WHO_IS_OPENING.match(text, start, end)
    if opening is None:
        return None
    words = [w.lower().strip(",") for w in text[opening.end() : end].split()[:2]]
    if words and (
        words[0] in ("a", "an", "the", "formerly", "previously")
        or any(lexicon.bare_title(w) in _ROLE_WORDS for w in words)
    ):
        return opening.end()
    return None


# "of", "at" or "for" before the role's organisation: a capitalised name ("chief of the Kelby
# Trust") or a lower-case body with its own head word and a qualifier ("deputy director of the
# provincial development and reform commission"); any other lower-case phrase after them names
# none ("a professor of surgery", "his coach for the past decade", "head of a pan-African firm").
_OF_OR_AT = re.compile(r"\b(?:of|at|for)\s+(?:the\s+)?")


def _role_org(role: str) -> str | None:
    """The organisation a role names after "of", "at" or "for", the first that is one (a
    lower-case body only where no capitalised name follows: "of law at St. Quell University" is
    the university's)."""
    for match in _OF_OR_AT.finditer(role):
        rest = role[match.end() :].strip()
        words = rest.split()
        if rest[:1].isupper() or (
            rest.islower() and len(words) > 1 and words[-1] in _ORG_HEADS and words[0] not in ("a", "an")
        ):
            return rest
    return None


def _is_role(phrase: str) -> bool:
    words = [w.lower().strip("'’") for w in phrase.split()]
    return any(lexicon.bare_title(w) in _ROLE_WORDS for w in words[:6])


def person_role(text: str, start: int, end: int) -> tuple[str, str | None, tuple[int, int]] | None:
    """(role, organisation, role span) for the person mentioned at text[start:end]."""
    match = _APPOSITION.match(text, end)
    held = _who_is_role(text, match.start(1), match.end(1)) if match else None
    if (
        match
        and _is_role(match.group(1))
        and not match.group(1)[:1].isdigit()
        and (held is not None or not _NO_ROLE_OPENING.match(match.group(1)))
    ):
        role_start, role_end = match.span(1)
        if held is not None:
            role_start = held
        run_on = _RUN_ON_VERB.search(text, role_start, role_end)
        if run_on is not None:
            role_end = run_on.start()
        relative = _RELATIVE.search(text, role_start, role_end)
        if relative is not None:
            role_end = relative.start()
        role = text[role_start:role_end].strip()
        if _is_role(role):
            return role, _role_org(role), (role_start, role_end)
    low = max(0, start - 60)
    before = _TITLE_BEFORE.search(text, low, start) if _may_end_in_title(text, low, start) else None
    title = (
        " ".join(_TITLE_ABBREVIATIONS.get(w.lower(), w) for w in before.group(1).split()) if before else ""
    )
    if before and _is_role(title):
        words = title.split()
        first = next(
            (i for i, w in enumerate(words) if lexicon.bare_title(w.strip(".")) in _ROLE_WORDS), None
        )
        if first is not None:
            # "Quellish Interior Minister": the portfolio is the title's, the people's word not
            while first > 0 and words[first - 1].lower() in lexicon.PORTFOLIO_WORDS:
                first -= 1
            role = " ".join(words[first:])
            return role, None, before.span(1)
    low = max(0, start - 80)
    lower = _LOWER_TITLE.search(text, low, start) if _may_end_in_role(text, low, start) else None
    if lower:
        role, role_start = lower.group("role"), lower.start("role")
        found = list(_WORD.finditer(text, lower.start("org"), lower.end("org")))
        while found and found[-1].group() in _TITLE_QUALIFIERS:
            role_start = found.pop().start()  # "former prime minister", "the planning minister"
        role = text[role_start : lower.end("role")]
        owner = text[lower.start("org") : role_start].strip()
        words = owner.split()
        if words and all(w.lower() in _PORTFOLIOS for w in words):
            # "Finance minister Jeremy Hunt": the portfolio is part of the title, no organisation
            return f"{owner} {role}", None, (lower.start("org"), lower.end("role"))
        # a lower-case organisation needs its own noun and a qualifier: "national disaster agency"
        useful = owner[:1].isupper() or (len(words) > 1 and words[-1].lower() in _ORG_HEADS)
        if owner[:1].isupper() and any(w.lower() in STOP_WORDS for w in words):
            useful = False  # "On Monday spokesman ...": not an organisation
        span = (lower.start("org") if useful else role_start, lower.end("role"))
        return role, owner if useful else None, span
    return None


def org_description(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """'a robot-maker based in the provincial capital of Shenyang' after 'Siasun'."""
    match = _DESCRIPTION.match(text, end)
    if not match:
        return None
    return match.group(1).strip(), match.span(1)
