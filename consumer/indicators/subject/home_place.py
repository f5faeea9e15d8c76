"""A place that only says where a named firm or person is from: "Norland retail giant Kelvo
Stores is to buy ...", "Tarvia sportswear firm Umbix posted a 22% rise", "Marlow 400m champion
Ana Vell was banned for two years".

News copy names a firm or a sportsperson after a bare description whose first word is their home
("US oil giant", "UK insurer", "Sydney 200m champion"). The place opens the clause, so it stood in
the subject's position and took the figure; the clause's head is the name the description leads
to. A company noun leads to an organisation, a performer's noun to a person; an office ("Norland
president Jo Lee", "Tarvia coach Al Vey") does not, since what an office holder announces is often
the place's own (its deficit, its team's changes). Reads at most 60 characters after the place.
"""

from __future__ import annotations

import re

from consumer.indicators.subject.mentions import Candidate

_FIRM_NOUNS = (
    "firm|giant|group|maker|company|carrier|airline|retailer|chain|lender|insurer|operator|bank|"
    "conglomerate|manufacturer|producer|developer|broadcaster|publisher|brewer|miner|supplier|"
    "distributor|start-?up"
)
_PERFORMER_NOUNS = (
    "champion|legend|star|sprinter|runner|hurdler|athlete|swimmer|cyclist|boxer|golfer|jockey|"
    "rapper|singer|actor|actress|band|striker|winger|midfielder|defender|goalkeeper|centre|"
    "fly-half|scrum-half|full-back|flanker|hooker|prop|lock|international"
)
# up to three lower-case or numeric describing words ("oil", "retail", "400m and 200m"), then the
# noun, then the capitalised name; "'s" may follow the place ("Britain's former champion X")
_DESCRIPTION = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:[a-z0-9][\w.-]*|and)\s+){0,3}?"
    rf"(?:(?P<firm>{_FIRM_NOUNS})|(?P<performer>{_PERFORMER_NOUNS}))\s+(?=[A-Z0-9])"
)
_REACH = 60
# words that make the place a clause of its own ("Norland beat Tarvia", "Norland said firm X")
_CLAUSE_WORDS = frozenset({"said", "says", "has", "had", "is", "was", "will", "would", "beat", "and"})


def described_name(place: Candidate, candidates: list[Candidate], text: str) -> Candidate | None:
    """The firm or person that the place's bare description right after it leads to, or None."""
    if place.entity.type != "LOCATION":
        return None
    after = text[place.end : place.end + 3]
    if not after or not (after[0] == " " or after.startswith(("'s ", "\u2019s "))):
        return None
    found = _DESCRIPTION.match(text, place.end, min(len(text), place.end + _REACH))
    if found is None:
        return None
    words = text[place.end : found.start("firm") if found.group("firm") else found.start("performer")].split()
    if any(w in _CLAUSE_WORDS for w in words[:1]) or any(w.endswith("ed") for w in words):
        return None  # "Norland had firm ...", "Norland signed star X": a verb, so a clause
    wanted = "ORGANIZATION" if found.group("firm") else "PERSON"
    return next((c for c in candidates if c.start == found.end() and c.entity.type == wanted), None)
