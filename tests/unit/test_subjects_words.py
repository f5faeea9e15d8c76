"""The subjects stage's word reading: one ``re.split`` on the word pattern (`_Text`) reads a field
as the (gap, word) pairs a findall of gap-then-word reads, with the same masked word indexes; and
`_scan`, visiting only the words that may count, counts as the scan that stepped over every word."""

from __future__ import annotations

import bisect
import itertools
import re

from consumer.subjects.classify import (
    _INDEX,
    _NAMED_KINDS,
    _cached_key,
    _Cue,
    _mark,
    _phrase_at,
    _scan,
    _Text,
    _word_cue,
)

# The reading it replaced: (gap, word) pairs, the trailing gap and findall's empty match dropped.
_PAIRS = re.compile(r"([^A-Za-z0-9]*)([A-Za-z0-9]{1,40}(?:['\u2019][A-Za-z]{1,20})?|$)")


def _reference(text: str, masks: list[tuple[int, int]]) -> tuple[list[str], list[str], list[str], set[int]]:
    pairs = _PAIRS.findall(text)
    while pairs and not pairs[-1][1]:
        pairs.pop()
    gaps = [gap for gap, _ in pairs]
    words = [word for _, word in pairs]
    masked: set[int] = set()
    if masks and pairs:
        starts = list(itertools.accumulate(map(len, itertools.chain.from_iterable(pairs))))[0::2]
        for lo, hi in masks:
            first = bisect.bisect_left(starts, lo)
            masked.update(range(first, bisect.bisect_left(starts, hi, first)))
    return gaps, words, [_cached_key(w) for w in words], masked


def _read(text: str, masks: list[tuple[int, int]]) -> tuple[list[str], list[str], list[str], set[int]]:
    found = _Text(text, masks)
    return found.gaps, found.words, found.keys, found.masked


def test_every_short_text_splits_as_the_pairs_did() -> None:
    alphabet = "aZ1 '\u2019\n-\u00e9"
    for length in range(6):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            masks = [(0, length), (1, 3)] if length else []
            assert _read(text, masks) == _reference(text, masks), text


def test_long_runs_apostrophes_and_masks() -> None:
    texts = [
        "x" * 41 + "yz " + "q" * 80,
        "Dellmore's " + "a" * 39 + "'" + "b" * 25 + " end.\n",
        '  -- Orvan Kettle said: "rates\u2019ll rise" in 2031 ...  ',
        "Tarn\u2019s output fell 4.5% ",
        "",
        "!!!",
        "word",
    ]
    for text in texts:
        for masks in ([], [(0, 5)], [(2, 12), (20, 40)], [(0, len(text))], [(len(text), len(text) + 3)]):
            assert _read(text, masks) == _reference(text, masks), (text, masks)


def test_gaps_and_words_line_up() -> None:
    found = _Text("The Vellmark's shares rose; it said\u2019s", [(4, 13)])
    assert found.words == ["The", "Vellmark's", "shares", "rose", "it", "said\u2019s"]
    assert found.gaps == ["", " ", " ", " ", "; ", " "]
    assert found.masked == {1}


def _reference_scan(
    text: _Text,
    counts: dict[_Cue, float],
    weight: float,
    lead: int,
    common: set[_Cue] | None,
    lowercase_seen: set[_Cue],
    windows: dict[str, set[int]] | None = None,
) -> None:
    """The scan as it stepped over every word (before words that cannot count were left out)."""
    keys, masked, phrases = text.keys, text.masked, _INDEX.phrases
    i, n = 0, len(keys)
    while i < n:
        if i in masked:
            i += 1
            continue
        zone = weight * 2.0 if i < lead else weight
        if keys[i] in phrases:
            found = _phrase_at(text, i)
            if found is not None:
                cue, length = found
                counts[cue] = counts.get(cue, 0.0) + zone
                if windows is not None:
                    _mark(windows, cue, i)
                i += length
                continue
        single = _word_cue(keys[i])
        if single is not None and single.weights and single.nameable:
            if not text.capitalised(i):
                lowercase_seen.add(single)
            elif common is not None and single not in common:
                single = None
            elif not text.initial(i):
                named = keys[i] in _NAMED_KINDS and i + 1 < n and text.capitalised(i + 1)
                single = single if named and text.joined(i + 1) else None
        if single is not None and single.weights:
            counts[single] = counts.get(single, 0.0) + zone
            if windows is not None:
                _mark(windows, single, i)
        i += 1


_SCAN_TEXTS = [
    "The trade war hit exports; the central bank cut interest rates as inflation eased.",
    "Storm Veyla flooded homes. A storm warning stayed. Heat and frost hit crops, police said.",
    "Voters in Carrowmere cast ballots in the election; the parliament vote on the budget followed.",
    "Officials said the vaccine trial in hospitals helped patients; the pandemic slowed the economy.",
    "stock market index futures fell as the trade deficit widened and the trade-war talks stalled",
]


def test_scan_counts_as_the_word_by_word_scan() -> None:
    words = " ".join(_SCAN_TEXTS).split()
    texts = [
        *_SCAN_TEXTS,
        " ".join(words[::2]),
        " ".join(reversed(words)),
        " ".join(w.upper() for w in words),
    ]
    for text in texts:
        for masks in ([], [(4, 30)], [(0, len(text) // 2)]):
            for lead, common in ((60, None), (3, None), (0, set())):
                got: tuple[dict[_Cue, float], set[_Cue], dict[str, set[int]]] = ({}, set(), {})
                want: tuple[dict[_Cue, float], set[_Cue], dict[str, set[int]]] = ({}, set(), {})
                _scan(_Text(text, masks), got[0], 1.5, lead, common, got[1], got[2])
                _reference_scan(_Text(text, masks), want[0], 1.5, lead, common, want[1], want[2])
                assert got == want, (text, masks, lead)
                assert got[0], text  # the texts hold cues: the comparison is not of two empty counts
