"""Session 30: ``anaphor_kind`` reads only the clause head an anaphor that counts may reach, and
the two cuts of a sentence-opening describing word share their rank words; neither changes a
result. The bounded reading is compared with the whole clause's on made-up clauses."""

from __future__ import annotations

import random

import pytest

from consumer.entities import boundaries
from consumer.entities.candidates import Candidate
from consumer.entities.retype import name_edges
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.name_edges import OPENING_RANK_WORDS, cut_qualifier_opening
from consumer.indicators.subject import anaphora
from consumer.indicators.subject.adverbial import OPENING_PHRASE
from consumer.indicators.subject.cues import SUBJECT_PREFIX_WORDS


def _whole_clause(clause: str) -> tuple[str, str] | None:
    """``anaphor_kind`` as it read before: every pattern searched over the whole clause."""
    prefix = OPENING_PHRASE.sub("", clause)  # the bare pattern, not the memo under test
    opened = prefix.lstrip(' "\u201c\u2018(')
    if opened != prefix and not anaphora._EXPLETIVE.match(opened):
        prefix = opened
    for kind, pattern in anaphora._ANAPHORS:
        match = pattern.search(prefix)
        if match is not None and len(prefix[: match.start()].split()) <= SUBJECT_PREFIX_WORDS + 2:
            return kind, match.group(0)
    return None


_LONG_TAIL = " while rain fell on the hills" * 40
_ANAPHORS_LATE = " and then the company sold the benchmark index to the country" * 40


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The Harlow-based company lifted its dividend by ", ("company", "The Harlow-based company")),
        ("On Monday, the Swiss lender said profit rose" + _LONG_TAIL, ("company", "the Swiss lender")),
        ("Exports from the province grew " + _LONG_TAIL, ("province", "the province")),
        ("It lost " + _LONG_TAIL, ("company", "It")),
        # six words before the first anaphor: too late, whatever follows
        ("Tarvel and Quillon agreed late on Friday that" + _ANAPHORS_LATE, None),
        ("Output rose", None),
    ],
)
def test_anaphor_kind_reads_the_head(clause: str, expected: tuple[str, str] | None) -> None:
    assert anaphora.anaphor_kind(clause) == expected
    assert _whole_clause(clause) == expected


_VOCABULARY = word_list(
    "the its it shares The It this our company firm group stock giant maker retailer conglomerate "
    "nation country province city index benchmark car phone Swiss packaged food Redmond, "
    "Washington-based -based a of in rose fell 5% said (the \"It company's nation's maker-based "
    "conglomerates firms x-based b, c. and"
)


def test_anaphor_kind_as_the_whole_clause() -> None:
    rng = random.Random(30)
    for _ in range(4000):
        words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 24))]
        gaps = [rng.choice((" ", " ", "  ", "\n", ", ", "\t")) for _ in words]
        clause = "".join(w + g for w, g in zip(words, gaps, strict=True))
        assert anaphora.anaphor_kind.__wrapped__(clause) == _whole_clause(clause), repr(clause)


def test_rank_words_shared() -> None:
    assert OPENING_RANK_WORDS <= boundaries._DESCRIBING_OPENERS
    assert OPENING_RANK_WORDS <= name_edges._QUALIFIER_OPENERS
    # the broad describing words stay out of the unchecked cut: they open names of their own
    assert not {"major", "local", "senior"} & name_edges._QUALIFIER_OPENERS


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("It rained. Top Harlow Police officials said so.", "Top Harlow Police", "Harlow Police"),
        ("It rained. Rival Quillon Motor Works shut.", "Rival Quillon Motor Works", "Quillon Motor Works"),
        ("It rained. Major League Baseball said so.", "Major League Baseball", "Major League Baseball"),
    ],
)
def test_qualifier_cut(text: str, name: str, kept: str) -> None:
    start = text.index(name)
    cand = Candidate("body", start, start + len(name), "ORGANIZATION", "ner")
    cut_qualifier_opening(text, cand)
    assert text[cand.start : cand.end] == kept
