"""The terms of a firm's own debt issue: "The debentures have an 8-3/4 pct coupon and were priced
at 99.784", "A companion 100 mln dlr issue maturing in 1997 was assigned a 9-5/8 pct coupon",
"Non-callable for five years, the issue is rated A-2 by Moody's".

Agency copy on a bond sale names the issuer once ("Vantor Power Co is raising 55 mln dlrs
through an offering of first mortgage bonds, said lead manager ...") and then tells the terms in
sentences headed by the paper itself, which name no owner, or only the rating agencies and the
benchmark a preposition governs; those figures had no owner (session 42: about one fresh agency
story in thirty, some four unowned figures each). The issuer is the firm the lead opens with (not
a possessor before its unit), never the manager or an agency that rates the paper.

Only a sentence that opens on the paper (after a "Non-callable for N years," phrase at most)
and speaks of its terms (a coupon, a yield, a price, a rating, a maturity, a call); not a
figure that names a benchmark of its own ("the 9-1/4 pct Treasury bonds of 2016").
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import MentionIndex, company_like

# the sentence opens on the paper: "The debentures", "These bonds", "A companion 100 mln dlr
# issue", "The 150 mln dlr offering due 1992", after a call phrase at most
_PAPER_HEAD = re.compile(
    r"\s*(?:non-(?:callable|refundable)\s+for\s+[\w-]+\s+years?,\s+)?"
    r"(?:the|these|this|an?|each|both)\s+(?:[\w$.,/-]+\s+){0,6}?"
    r"(?:debentures|notes|bonds|issues?|offering|tranches?|debt|certificates)\b",
    re.IGNORECASE,
)
# what the sentence tells of the paper: its terms
_TERMS = re.compile(
    r"\b(?:coupons?|yield(?:s|ing)?|priced|pricing|rated|callable|refundable|matur(?:e|es|ing|ity)|"
    r"due\s+(?:19|20)\d\d|sinking\s+fund|par)\b",
    re.IGNORECASE,
)
# a benchmark right after the figure names another's paper: "9-1/4 pct Treasury bonds"
_BENCHMARK_AFTER = re.compile(r"\s+(?:U\.S\.\s+)?Treasur(?:y|ies)\b")
# the firm the story is about must not be the paper's manager: "lead manager Banque Kessel SA"
_MANAGER_BEFORE = re.compile(r"\b(?:managers?|underwriters?|by)\b[^.,;]*$", re.IGNORECASE)
_MANAGER_REACH = 40
_POSSESSOR = re.compile(r"['\u2019]s?\b")
# a firm whose own clause takes the paper to court is no issuer ("Varnley Trust Co said it filed
# suit ... seeking redemption of Quillon debentures"): read up to the clause's end (a full stop that
# ends a sentence, not one inside "<ACME.L>" or "U.S."), at most 80 characters
_SUES = re.compile(r"(?:[^.;]|\.(?=\S)){0,80}?\b(?:su(?:es|ed|ing)|suit|lawsuit|complaint)\b", re.IGNORECASE)
# another firm issuing in a later sentence of a round-up ("Elsewhere, Alza Corp issued a 75 mln dlr
# convertible bond"): the terms after it may be its own
_ISSUING = re.compile(
    r"\s+(?:(?:also|has|had|is|was|will|then)\s+)?(?:rais(?:ed|ing)|issu(?:ed|ing)|offer(?:ed|ing)|sold|"
    r"priced|launched|plans)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z<\"])")


def issuer_owner(
    index: MentionIndex, text: str, sentence: tuple[int, int], figure: tuple[int, int]
) -> Entity | None:
    """The issuer for a term of the debt issue the sentence opens on, or None. The
    anchored head match is the cheap first test (few sentences open on the paper)."""
    head = _PAPER_HEAD.match(text, sentence[0], sentence[1])
    if head is None:
        return None
    if _BENCHMARK_AFTER.match(text, figure[1]) is not None:
        return None
    if _TERMS.search(text, sentence[0], sentence[1]) is None:
        return None
    # the issuer opens the lead ("Vantor Power Co is raising 55 mln dlrs through an offering"),
    # never as the manager: read only for the rare sentence that opens on the paper
    issuer = next(
        (
            c
            for c in index.between(index.skip_before, sentence[0])
            if company_like(c.entity) and not _POSSESSOR.match(text, c.end)  # "Vantor Corp's unit"
        ),
        None,
    )
    if issuer is None or _managing(text, issuer.start):
        return None
    if _SUES.match(text, issuer.end) is not None:
        return None
    # a round-up of several issues: another firm issuing in a later sentence
    lead_end = _SENTENCE_END.search(text, issuer.end, sentence[0])
    if lead_end is not None:
        for c in index.between(lead_end.end(), sentence[0]):
            other = c.entity.id != issuer.entity.id and company_like(c.entity)
            if not other or _ISSUING.match(text, c.end) is None:
                continue
            if not _managing(text, c.start):
                return None  # an underwriter "is offering" the paper; another issuer is not
    return issuer.entity


def _managing(text: str, start: int) -> bool:
    """Whether the firm named at ``start`` is the paper's manager, underwriter or rater."""
    return _MANAGER_BEFORE.search(text, max(0, start - _MANAGER_REACH), start) is not None
