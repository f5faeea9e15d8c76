"""The subjects stage's word split (`_Text`): one ``re.split`` on the word pattern reads a field
as the (gap, word) pairs a findall of gap-then-word reads, with the same masked word indexes."""

from __future__ import annotations

import bisect
import itertools
import re

from consumer.subjects.classify import _cached_key, _Text

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
