"""Whose figure it is (an entity id) and what it measures (a short phrase from the text).

Without a parser we lean on how wire sentences are built: the figure's owner is the clause
subject, usually the first organisation or place named before the figure. Places inside
locative phrases ("in China"), appositions (", a robot-maker based in Shenyang,") and
possessive chains ("China's rustbelt province of Liaoning") are weaker candidates, because
they describe the subject rather than being it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from consumer.events import Entity

_MEASURE = re.compile(
    r"\b(?:(?:industrial|retail|economic|gross domestic|fixed[- ]asset|foreign direct|foreign|fiscal|tax|net|"
    r"operating|annual|quarterly|total|consumer|producer|home|house|housing|oil|share|stock|trade|"
    r"value[- ]added|"
    r"local|regional|national|provincial|core|headline|factory|manufacturing|export|import|gross|"
    r"government|budget|public|market)\s+){0,2}"
    r"(?:economy|gdp|gross domestic product|output value|output|production|sales|revenues?|profits?|earnings|"
    r"income|exports|imports|surplus|deficit|investment|prices?|inflation|unemployment rate|"
    r"jobless rate|unemployment|index|shares|stock|spending|consumption|debt|reserves|yields?|"
    r"interest rates?|wages|pay|budget|turnover|demand|population|growth|valuation|market value|"
    r"cpi|ppi|pmi|futures|crude|margins?|turnout|votes?|death toll|toll|depth|magnitude)\b",
    re.IGNORECASE,
)
_SUBJECT_TYPES = {
    "ORGANIZATION": 0,
    "LOCATION": 0,
    "NORP": 1,
    "PERSON": 2,
    "PRODUCT": 2,
    "EVENT": 3,
    "MISC": 3,
}
_AUXILIARY = re.compile(r"\b(?:had|has|have|was|were|is|are|been|being|be|will|would)\b\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Candidate:
    entity: Entity
    start: int
    end: int


def mentions_in(entities: Sequence[Entity], field: str, start: int, end: int) -> list[Candidate]:
    found = [
        Candidate(entity, m.start, m.end)
        for entity in entities
        for m in entity.mentions
        if m.field == field and start <= m.start and m.end <= end
    ]
    found.sort(key=lambda c: c.start)
    return found


def _weak(candidate: Candidate, text: str, others: list[Candidate]) -> bool:
    before = text[max(0, candidate.start - 25) : candidate.start].lower()
    after = text[candidate.end : candidate.end + 40]
    if re.search(
        r"\b(?:in|at|to|near|across|throughout|based in|capital of|city of|outside)\s+(?:the\s+)?$", before
    ):
        return True
    if re.match(r"^'s?\b", after) or after.startswith("\u2019"):
        # "China's rustbelt province of Liaoning": the possessor frames a nearer name.
        nearer = [o for o in others if candidate.end < o.start <= candidate.end + 40]
        if nearer:
            return True
    # Inside an apposition: ", a robot-maker based in Shenyang," after another name.
    head = text[max(0, candidate.start - 80) : candidate.start]
    return re.search(r",\s+(?:a|an|the)\s[^,]*$", head) is not None


def _possessor(candidate: Candidate, text: str, figure_start: int) -> bool:
    """ "China's retail sales rose ...", "Gillespie's 1,172,340 votes": the owner of the measure."""
    between = text[candidate.end : figure_start]
    owner = re.match(r"['\u2019]s?\s+", between)
    if owner is None:
        return False
    rest = between[owner.end() :]
    return not rest.strip() or _MEASURE.match(rest) is not None


def subject_of(
    entities: Sequence[Entity],
    field: str,
    text: str,
    sentence: tuple[int, int],
    figure: tuple[int, int],
    skip_before: int = 0,
) -> Entity | None:
    """The entity a figure in ``sentence`` is about, or None when the text does not say.

    Mentions before ``skip_before`` (the dateline prefix of the body) are never subjects.
    """
    candidates = [
        c
        for c in mentions_in(entities, field, max(sentence[0], skip_before), sentence[1])
        if not (figure[0] <= c.start < figure[1]) and _SUBJECT_TYPES.get(c.entity.type, 3) < 3
    ]
    if not candidates:
        return None
    # "45 deputies from Liaoning": the owner follows the counted noun.
    owner = re.match(r"^\s+(?:from|of|in|at)\s+(?:the\s+)?", text[figure[1] : figure[1] + 12])
    if owner is not None:
        for c in candidates:
            if c.start == figure[1] + owner.end():
                return c.entity
    before = [c for c in candidates if c.end <= figure[0]]
    # A clause boundary (";", ", while", ", and") resets the subject.
    boundary = max(
        (
            m.end()
            for m in re.finditer(
                r";|,?\s+(?:while|whereas)\b|,\s+(?:but|and)\b", text[sentence[0] : figure[0]]
            )
        ),
        default=0,
    )
    local = [c for c in before if c.start >= sentence[0] + boundary] or before
    owners = [c for c in local if _possessor(c, text, figure[0])]
    if owners:
        return owners[-1].entity
    strong = [c for c in local if not _weak(c, text, candidates)]
    pool = strong or local
    if pool:
        best = min(pool, key=lambda c: (_SUBJECT_TYPES.get(c.entity.type, 3), c.start))
        return best.entity
    return None


def measure_of(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], counted: str | None
) -> str | None:
    """A short phrase naming what is measured: "economy", "output value", "deputies disqualified"."""
    if counted is not None:
        head = counted.split()[-1].lower()
        verb = re.search(
            r"\b([a-z]+ed|[a-z]+ing)\s+(?:(?:about|some|nearly|at least|more than|over|almost|around|"
            r"an estimated|another)\s+)*$",
            text[sentence[0] : figure[0]],
        )
        done = _past(verb.group(1)) if verb else None
        if done is None:  # "245 houses were destroyed"
            passive = re.match(
                r"\s+(?:were|was|have been|has been|had been|are|is|got)\s+([a-z]+ed)\b",
                text[figure[1] : min(sentence[1], figure[1] + 40)],
            )
            done = passive.group(1) if passive else None
        return f"{head} {done}" if done else head
    clause = text[sentence[0] : figure[0]]
    matches = list(_MEASURE.finditer(clause))
    if matches:
        return _normalise(matches[-1].group(0))
    after = _MEASURE.match(text, figure[1] + 1) if figure[1] < sentence[1] else None
    return _normalise(after.group(0)) if after else None


_ING_VERBS = frozenset(
    ("kill", "injur", "wound", "hurt", "evacuat", "displac", "rescu", "hospitalis", "hospitaliz", "arrest")
)


def _past(verb: str) -> str | None:
    """ "killed" stays; "killing" -> "killed", "injuring" -> "injured" for the verbs of a toll."""
    if verb.endswith("ed"):
        return verb
    stem = verb[:-3]
    if stem in _ING_VERBS:
        return stem + "ed"
    return None


def predicate_before(text: str, start: int, limit: int) -> tuple[int, str] | None:
    """ "economic statistics had been falsified" before a period: (start, "economic statistics falsified")."""
    window = text[max(limit, start - 80) : start]
    match = re.search(r"(?:^|\bthat\s+|,\s+)((?:[a-z][\w-]*\s+){1,5}?[a-z]+ed)\s+$", window)
    if match is None:
        return None
    phrase = _AUXILIARY.sub("", match.group(1)).strip()
    return max(limit, start - 80) + match.start(1), phrase


def _normalise(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower())
