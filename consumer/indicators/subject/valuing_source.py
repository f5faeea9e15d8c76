"""A body that tells or values a figure owns none of it: the source, not the owner.

"The Statistics Office had originally put the January current account surplus at 4.9 billion
marks", "Finance Ministry figures show foreign investment fell to 4.2 billion guilders", "The
New China News Agency quoted Tian as putting state income at 226 billion yuan": the body heads
the clause, so the clause-subject reading gave it the economy's figure. A public body or a news
medium that puts a figure "at" a level, estimates or forecasts it, or whose figures show it, is
where the figure comes from; the conventions give it to the place or firm it measures, and no
owner is better than the source. A firm valuing its own things ("Acme put its losses at ...",
"Acme estimated the cost at ...") keeps them: only bodies that are no company count, except that
"quoted X as saying" makes any name a medium relaying another's words.
"""

from __future__ import annotations

import re

from consumer.indicators.subject.mentions import Candidate, company_like

# the valuing verb right after the body, after at most a few words saying when ("had originally
# put", "last month quoted", "on Friday estimated"); not a verb whose object is its own ("put its"),
# nor one opening a reported clause ("estimated that ..."), which the reporting rules read
_VALUES = re.compile(
    r"\s+(?:(?:had|has|have|originally|earlier|also|now|first|(?:on|last|this)\s+\w+)\s+){0,3}"
    r"(?P<verb>put|puts|putting|estimated|estimates|pegged|pegs|reckoned|reckons|calculated|"
    r"forecast|forecasts|projected|projects|predicted|predicts|quoted|quotes)\s+"
    r"(?!(?:its|their|our|that)\b)"
)
# the body's own figures or data as the source: "Finance Ministry figures show", "Bureau data showed"
_FIGURES_SHOW = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:preliminary|provisional|latest|new|official|monthly)\s+)?"
    r"(?:figures|data|statistics|estimates)\s+(?:\w+\s+)?(?:show|shows|showed|indicate|indicates|indicated)\b"
)
# a medium relays another's words: "quoted Tian as saying", "quoted officials as putting"
_AS_SAYING = re.compile(r"\bas\s+(?:saying|putting|estimating|telling|reporting|forecasting)\b")
_OWN = re.compile(r"\b(?:its|their|our)\b")
_REACH = 60  # the verb or the noun follows the body within a few words


def values_figure(candidate: Candidate, text: str, figure_start: int) -> bool:
    """Whether ``candidate`` is a body that tells the figure as its source ("The Statistics
    Office put the surplus at", "Ministry figures show", "the agency quoted Tian as saying"),
    read in a short window right after the name and before the figure."""
    if candidate.entity.type != "ORGANIZATION" or candidate.end >= figure_start:
        return False
    end = min(figure_start, candidate.end + _REACH)
    found = _VALUES.match(text, candidate.end, end)
    if found is not None:
        if _OWN.search(text, found.end(), figure_start) is not None:
            return False  # "The agency estimates the cost of its project at": its own figure
        if found.group("verb").startswith("quot"):
            return _AS_SAYING.search(text, found.end(), figure_start) is not None
        return not company_like(candidate.entity)
    return not company_like(candidate.entity) and _FIGURES_SHOW.match(text, candidate.end, end) is not None
