"""Session 30: pre-checks that spare scans without changing a result (the cost bound, issue 11).

A pattern anchored at a window's end (``... of\\s+$``) is tried at every position of the window;
``gate.may_end_with`` tests the window's last word first. The gazetteer matcher skips a
capitalised word that opens no key of the gazetteer. Each test compares the gated reading with
the pattern's (or the ungated matcher's) own answer on made-up text.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from consumer.entities.matcher import SPANS_KEY, GazetteerMatcher, _Opens
from consumer.entities.retype import kinds
from consumer.events import Entity, Mention
from consumer.gate import may_end_with
from consumer.indicators.subject import possessive
from consumer.indicators.subject.mentions import Candidate


@pytest.mark.parametrize(
    ("window", "words", "expected"),
    [
        ("sales at ", ("at", "the"), True),
        ("Sales AT THE  \n", ("at", "the"), True),
        ("the rate in\t", ("in", "the"), True),
        ("said on Tuesday ", ("at", "the"), False),
        ("the theme ", ("at", "the"), False),  # "theme" ends on "me", not on "the"
        ("sales at", ("at",), True),  # no white space after: the pattern says no, not this test
        ("Unemployment \u0131n ", ("in",), True),  # a dotless i: outside ASCII, left to the pattern
    ],
)
def test_may_end_with(window: str, words: tuple[str, ...], expected: bool) -> None:
    assert may_end_with(window, words) is expected


def _place_context_scan(text: str, start: int) -> bool:
    return kinds._PLACE_BEFORE.search(text, max(0, start - kinds.KIND_REACH), start) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread to the town of Varnel on Monday.",
        "The family fled Varnel last year.",
        "Workers in Varnel walked out.",
        "Shops near the Varnel market shut early.",
        "a village called Varnel lies on the river",
        "the district known as Varnel grew fast",
        "Talks with Varnel Group collapsed.",
        "IN THE  Varnel hills, snow fell.",
        "He lives \u0131n Varnel.",
    ],
)
def test_place_context_as_the_scan(text: str) -> None:
    start = text.index("Varnel")
    assert kinds.place_context(text, start) is _place_context_scan(text, start)


def _candidate(text: str, name: str, kind: str) -> Candidate:
    start = text.index(name)
    mention = Mention(text=name, field="body", start=start, end=start + len(name))
    entity = Entity(id="e1", type=kind, name=name, mentions=[mention], salience=0.5)  # type: ignore[arg-type]
    return Candidate(entity, start, start + len(name))


def _measure_scan(candidate: Candidate, text: str) -> bool:
    """The rule as it read before the pre-checks: every pattern scanned."""
    before = text[max(0, candidate.start - 60) : candidate.start]
    match = possessive._OF_BEFORE_END.search(before)
    if match is not None and possessive.MEASURE.search(match.group(1)) is not None:
        return match.group(2).lower() == "of" or possessive._INFLOW.search(match.group(1)) is None
    if candidate.entity.type == "ORGANIZATION":
        return possessive._MEASURE_AT.search(before) is not None
    if candidate.entity.type != "LOCATION":
        return False
    if possessive._OPENS_IN.search(before) is not None and possessive._MACRO_AFTER.match(text, candidate.end):
        return True
    return possessive._MACRO_IN.search(before) is not None


@pytest.mark.parametrize(
    ("text", "name", "kind", "expected"),
    [
        ("The revenue of Quellon Corp rose 5 percent.", "Quellon Corp", "ORGANIZATION", True),
        ("Imports from Tarnia fell 3 percent.", "Tarnia", "LOCATION", False),
        ("Exports from the Tarnia region rose 2 percent.", "Tarnia", "LOCATION", True),
        ("Sales at Quellon Corp rose 5 percent.", "Quellon Corp", "ORGANIZATION", True),
        ("Profits AT THE Quellon Corp fell 2 percent.", "Quellon Corp", "ORGANIZATION", True),
        ("Unemployment in Tarnia fell to 6 percent.", "Tarnia", "LOCATION", True),
        ("Retail sales in the Tarnia region rose 4 percent.", "Tarnia", "LOCATION", True),
        ("In Tarnia, retail sales rose 8 percent.", "Tarnia", "LOCATION", True),
        ("Analysts said Quellon Corp shares rose 5 percent.", "Quellon Corp", "ORGANIZATION", False),
        ("Traffic at Tarnia airport rose 5 percent.", "Tarnia", "LOCATION", False),
        ("Unemployment \u0131n Tarnia fell to 6 percent.", "Tarnia", "LOCATION", True),
    ],
)
def test_measure_of_owner_as_the_scan(text: str, name: str, kind: str, expected: bool) -> None:
    candidate = _candidate(text, name, kind)
    assert possessive._measure_of_owner(candidate, text) is expected
    assert possessive._measure_of_owner(candidate, text) is _measure_scan(candidate, text)


def test_opens_reads_key_prefixes() -> None:
    opens = _Opens(sorted(["new york", "newark", "york", "\u03c3\u03b1"]))
    assert opens["New"] and opens["NEWARK"] and opens["York"]
    assert not opens["Monday"] and not opens["Yorkshire"]
    assert opens["\u03a3\u0391"]  # outside ASCII: always tried


@pytest.mark.parametrize(
    "text",
    [
        "The Monday talks in Paris and New York ended.",
        "Officials from Germany, Brazil and South Korea met the WHO team on Friday.",
        "Quellon Varnish said Tarnia Tarnia sales rose.",
        "NEW YORK, May 2 (Reuters) -- Shares rose in Tokyo.",
    ],
)
def test_matcher_hits_as_without_the_skip(blank: Language, matcher: GazetteerMatcher, text: str) -> None:
    doc = matcher(blank(text))
    gated = [(s.start, s.end, s.label_) for s in doc.spans[SPANS_KEY]]

    class _Always(dict[str, bool]):
        def __missing__(self, word: str) -> bool:
            return True

    plain = GazetteerMatcher(matcher.gazetteer)
    plain(blank("Warm"))  # builds the word caches for this vocabulary; the next call keeps them
    plain._opens = _Always()  # every capitalised word tried, as before the skip
    doc = plain(blank(text))
    assert gated
    assert gated == [(s.start, s.end, s.label_) for s in doc.spans[SPANS_KEY]]
