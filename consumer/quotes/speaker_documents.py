"""Who issued the report a tag quotes: '"...," the report said' after 'The NAO's annual report
showed ...'.

The conventions give what an unnamed document says to its named issuer. A statement has long
been read so (``DescribedSpeakers.statement_author``); a report, a letter, a survey, a study or a
body's minutes named in a sentence of the writer's ('An IMF mission made the comments in a report
published ...', 'In a letter to the minister, the growers' union stated ...', "the Bank of
Finland's survey predicted") named no one: their quotes had speaker null, or gave no indirect quote
(session 34, BBC pages and Reuters copy of 1987: twelve quotes). The issuer is the first
organisation of the last sentence in reach naming the noun, outside quoted words: before the noun
in its clause, right after it ("of", "by", "from"), or heading the clause after an opening phrase
that holds it; never an addressee or a topic ('a letter to Acme', 'The report said Acme's stake
...'); nothing when no sentence in reach names the noun so.

Cost: two scans of a bounded window before the tag (the noun, the sentence stops) and the mentions
of the sentences naming the noun there; only for a tag whose subject is "the" and one of these nouns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from consumer.events import Entity
from consumer.quotes.speaker_words import SENTENCE_STOP

REPORT_NOUNS = frozenset(("report", "letter", "minutes", "study", "survey"))
_NOUN = {noun: re.compile(rf"\b{noun}\b") for noun in REPORT_NOUNS}
# a body named as the addressee or the topic, not the issuer
_NOT_ISSUER = re.compile(r"\b(?:to|for|with|on|about|against|into|over|at)\s+(?:the\s+)?$", re.IGNORECASE)
# the issuer right after the noun ('a report by the Economist Unit', 'The report of the Divestment
# Committee'), or as the subject after an opening phrase holding it ('In a letter to ..., NAWG stated')
_ISSUER_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:of|by|from)\s+(?:the\s+)?$")
# ... never a body of another clause before the noun ('Acme shares fell after a report showed')
_OTHER_CLAUSE = re.compile(
    r"\b(?:after|before|when|as|following|amid|despite|since|because|but|while|and|that|which|who)\b|[,;]"
)
_OPENING_BEFORE = re.compile(r"\s*(?:In|With|Through)\s[^,.;]{0,80},\s+(?:the\s+)?$")

Mentions = Callable[[str, int, int], list[tuple[int, int, Entity]]]


def report_issuer(
    masked: str,
    mentions_in: Mentions,
    quoted: Callable[[int], bool],
    fld: str,
    noun: str,
    before: int,
    reach: int,
) -> Entity | None:
    """The organisation that issued the ``noun`` a tag at ``before`` quotes: in the last sentence
    within ``reach`` that names the noun with its issuer, the first organisation before the noun,
    right after it ('of', 'by', 'from') or heading the clause after an opening phrase holding it. A
    body named after "The report said" is what the report is about, not its issuer."""
    low = max(0, before - reach)
    stops = [m.end() for m in SENTENCE_STOP.finditer(masked, low, before)]
    for m in reversed(list(_NOUN[noun].finditer(masked, low, before))):
        start = stops[bisect.bisect_right(stops, m.start()) - 1] if stops and stops[0] <= m.start() else low
        cut = bisect.bisect_right(stops, m.end())
        end = stops[cut] if cut < len(stops) else before
        for m_at, _, ent in mentions_in(fld, start, end):
            if ent.type != "ORGANIZATION" or quoted(m_at):
                continue
            if m_at < m.start():
                addressed = _NOT_ISSUER.search(masked, max(start, m_at - 12), m_at) is not None
                if not addressed and _OTHER_CLAUSE.search(masked, m_at, m.start()) is None:
                    return ent  # "The NAO's annual report showed", 'Acme said in its report'
            elif _ISSUER_AFTER.match(masked, m.end(), m_at) or _OPENING_BEFORE.match(masked, start, m_at):
                return ent
    return None
