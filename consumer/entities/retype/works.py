"""A name that fills a pair of quotation marks is a work's title or a nickname (MISC), not the
body or product the model read. Used by ``bodies`` and by ``apply``.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer

# A name that fills a pair of quotation marks: the closing mark right after it (a comma or a
# full stop may stand inside), never a letter ("the ‘Big Four’s’").
_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_CLOSING_QUOTE = re.compile(r"[,.!?]?([”\"’'])(?![\w'’])")


def quoted_title(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
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


def quoted_work(cand: Candidate, text: str, gazetteer: Gazetteer) -> bool:
    """A model product that fills a pair of quotation marks (a title's article, which the scorer
    and the reader ignore, may open it) is a work's title: a product is seldom quoted. A name the
    gazetteer knows keeps its type. (An event stays one: "the “Black Friday” sales".)"""
    article = _TITLE_ARTICLE.search(text, max(0, cand.start - 4), cand.start)
    start = article.start() if article else cand.start
    surface = text[start : cand.end]
    probe = Candidate(cand.field, start, cand.end, cand.type, cand.origin)
    return (
        quoted_title(probe, text, surface, gazetteer)
        and gazetteer.lookup(text[cand.start : cand.end]) is None
    )
