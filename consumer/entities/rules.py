"""Wire-copy rules that the statistical model does not know.

ALL-CAPS headlines and datelines defeat a model trained on mixed case, so such lines
are re-cased before NER using the casing the same article uses elsewhere. Re-casing
never changes a string's length, so every offset found in the re-cased text is an
offset in the original, and mention text is always cut from the original.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer

_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_LEADING_CAPS = re.compile(r"^\s*([A-Z][A-Z.'’\- ]{1,40}[A-Z.])(?=\s*,|\s+\(|\s+-|\s+\d)")
_SENTENCE_END = frozenset(".!?\"'“”‘’:•-([")
_VOWELS = frozenset("AEIOUY")


def is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.8


def case_map(texts: Iterable[str]) -> dict[str, str]:
    """How this article spells each word when it is not shouting and not sentence-initial."""
    seen: dict[str, Counter[str]] = {}
    for text in texts:
        for line in text.splitlines():
            if is_caps_line(line):
                continue
            for match in _WORD.finditer(line):
                word = match.group()
                if word.isupper() and len(word) > 1:
                    continue
                before = line[: match.start()].rstrip()
                if not before or before[-1] in _SENTENCE_END:
                    continue
                seen.setdefault(word.lower(), Counter())[word] += 1
    return {low: forms.most_common(1)[0][0] for low, forms in seen.items()}


def _title(word: str) -> str:
    out = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    return out if len(out) == len(word) else word


def _recase_word(word: str, cases: dict[str, str], gaz: Gazetteer) -> str:
    if word in gaz.acronyms:
        return word
    low = word.lower()
    if len(low) != len(word):
        return word
    form = cases.get(low)
    if form is not None:
        return form
    if low in STOP_WORDS:
        return low
    if low in gaz.proper_tokens:
        return _title(word)
    if len(word) <= 4 and not (_VOWELS & set(word)):
        return word
    return _title(word)


def _recase_span(text: str, cases: dict[str, str], gaz: Gazetteer) -> str:
    return _WORD.sub(
        lambda m: _recase_word(m.group(), cases, gaz) if m.group().isupper() else m.group(), text
    )


def recase(text: str, cases: dict[str, str], gaz: Gazetteer) -> str:
    """Re-case ALL-CAPS lines and leading ALL-CAPS dateline places; same length as ``text``."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if is_caps_line(line):
            line = _recase_span(line, cases, gaz)
        else:
            lead = _LEADING_CAPS.match(line)
            if lead:
                line = line[: lead.start(1)] + _recase_span(lead.group(1), cases, gaz) + line[lead.end(1) :]
        out.append(line)
    result = "".join(out)
    return result if len(result) == len(text) else text


_ORG_NOUNS = (
    r"(?:maker|company|firm|manufacturer|producer|group|bank|operator|retailer|carrier|provider|developer|"
    r"conglomerate|insurer|lender|brokerage|start-?up|supplier|exporter|importer|airline|giant|agency|"
    r"organi[sz]ation|association|institute|university|fund|subsidiary|unit|affiliate|newspaper|"
    r"broadcaster|club|party|consultancy|charity|foundation|regulator|ministry|exchange|corporation)"
)
_APPOSITIVE_ORG = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*),\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,5}?[\w-]*" + _ORG_NOUNS + r"\b"
)


def appositive_orgs(text: str) -> Iterator[tuple[int, int]]:
    """'Siasun, a robot-maker based in ...': the name before 'a <kind of company>' is an organisation."""
    for match in _APPOSITIVE_ORG.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if name.startswith("The "):
            start += 4
        if text[start:end].lower() in STOP_WORDS:
            continue
        yield start, end


_SCORE_AFTER = re.compile(r"\s+\d{1,3}(?:\s|$|\s*[,;.(])")


def followed_by_score(text: str, end: int) -> bool:
    """A team name in a results line ('Shenyang 2 Dalian 1'): a place followed by a small number."""
    return bool(_SCORE_AFTER.match(text, end))


_AGENCY_IN_DATELINE = re.compile(r"\((?P<agency>[A-Z][A-Za-z .-]{1,30})\)")


def dateline_agency(raw: str) -> tuple[int, int] | None:
    match = _AGENCY_IN_DATELINE.search(raw)
    return match.span("agency") if match else None


def dateline_place(raw: str) -> tuple[int, int] | None:
    """The place at the start of 'BEIJING, April 20 (Xinhua) --' or 'LONDON 1996-08-30'."""
    match = re.match(r"\s*([A-Z][\w.'’ -]*?[\w.])(?=\s*,|\s+\(|\s+-|\s+\d|\s*$)", raw)
    if not match or len(match.group(1)) > 40:
        return None
    return match.span(1)
