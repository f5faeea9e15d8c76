"""The gazetteer as a spaCy component: an entity ruler that knows about capitalisation.

spaCy's EntityRuler matches either exact case (missing ALL-CAPS copy) or lower case
(matching "turkey" and "reading" as places). Here a token n-gram is looked up
case-insensitively only when it starts and ends with a capitalised token, which is
what a name looks like in running text and in re-cased headlines. Hits go to
``doc.spans["gazetteer"]`` so the merge step can weigh them against the statistical NER.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.attrs import IDX, IS_SPACE, ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.gazetteer.entries import MAX_NAME_TOKENS

SPANS_KEY = "gazetteer"


class _Words(dict[int, str]):
    """ORTH hash -> token text, read from the string store once per word, not once per token.

    Why: decoding a token's text from the string store was the largest part of reading the
    columns (issue 11's cost bound); a dict hit is a fraction of it. Bounded: emptied when it
    holds ``_MAX_WORDS`` words, so a long-running worker's cache cannot grow without end."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, orth: int) -> str:
        word: str = self.strings[orth]
        self[orth] = word
        return word


class _Capitalised(dict[str, bool]):
    """Token text -> whether it is capitalised: a capital first letter, or a brand's camel case
    ("iPhone", "eBay"). Worked out once per word and then read by a dict hit per token (the
    texts come from ``_Words``, so each keeps its hash); emptied with the word cache."""

    def __missing__(self, word: str) -> bool:
        flag = self[word] = word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())
        return flag


class _Opens(dict[str, bool]):
    """Token text -> whether some gazetteer key may start with it (lower-cased).

    Why: most capitalised words ("The", "Monday", a surname) open no name of the gazetteer, and
    for each the matcher tried every n-gram up to ``MAX_NAME_TOKENS`` (a slice, a ``lower()``, a
    dict miss each). Every n-gram's surface starts with its first token's text, so when no key
    starts with that word lower-cased (one bisection of the sorted keys, once per word), no
    n-gram it opens is a key: the same spans. A non-ASCII word is always tried, since its
    ``lower()`` need not line up with the surface's ("\u03a3" folds by context)."""

    def __init__(self, keys: Sequence[str]) -> None:
        super().__init__()
        self.sorted_keys = keys

    def __missing__(self, word: str) -> bool:
        keys, low = self.sorted_keys, word.lower()
        at = bisect.bisect_left(keys, low)
        flag = self[word] = not word.isascii() or (at < len(keys) and keys[at].startswith(low))
        return flag


_MAX_WORDS = 200_000
_CLITICS = frozenset(("'s", "\u2019s"))
_COLUMNS = [ORTH, IDX, IS_SPACE, SPACY]


def _token_columns(doc: Doc, cache: _Words | None = None) -> tuple[list[str], list[int], list[int], str]:
    """The doc's token texts, start offsets, whitespace-token flags and text, read as columns.

    Why columns: the gazetteer counts towards the cost bound of the stages beyond NER (issue 11),
    and a Python ``Token`` object made for every token of every text was most of this
    component's time. ``Doc.to_array`` reads the attributes in C (all four in one call); a token's
    text is its ORTH string (through ``cache`` when given), and the text is every token followed
    by its trailing space (what ``doc.text`` joins).
    """
    columns = doc.to_array(_COLUMNS)
    if not len(columns):
        return [], [], [], ""
    orths, starts, spaces, trailing = columns.T.tolist()  # spaces: 1 for a whitespace token
    read = cache.__getitem__ if cache is not None else doc.vocab.strings.__getitem__
    words: list[str] = list(map(read, orths))
    text = "".join([word + " " if space else word for word, space in zip(words, trailing, strict=True)])
    return words, starts, spaces, text


class GazetteerMatcher:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._words: _Words | None = None
        self._capitalised = _Capitalised()
        self._keys = sorted(gazetteer.entries)
        self._opens = _Opens(self._keys)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        entries = self.gazetteer.entries
        acronyms = self.gazetteer.acronyms
        words_cache = self._words
        strings = doc.vocab.strings
        if words_cache is None or words_cache.strings is not strings or len(words_cache) > _MAX_WORDS:
            words_cache = self._words = _Words(strings)
            self._capitalised = _Capitalised()
            self._opens = _Opens(self._keys)
        opens = self._opens.__getitem__
        words, starts, spaces, text = _token_columns(doc, words_cache)
        # Capitalised: once per token, not per n-gram, read from the per-word table.
        capitalised = list(map(self._capitalised.__getitem__, words))
        n = len(words)
        i = 0
        while i < n:
            if not capitalised[i] or not opens(words[i]):
                i += 1
                continue
            found = 0
            for j in range(min(n, i + MAX_NAME_TOKENS), i, -1):
                last = words[j - 1]
                # a listed name may end on its possessive's clitic ("McDonald's", "Lowe's")
                if spaces[j - 1] or not (capitalised[j - 1] or last[:1].isdigit() or last in _CLITICS):
                    continue
                surface = text[starts[i] : starts[j - 1] + len(last)]
                if "\n" in surface:
                    continue
                entry = entries.get(surface.lower())
                if entry is None:
                    continue
                # A known acronym only in capitals: "Who will ..." is not the WHO.
                if surface.upper() in acronyms and not surface.isupper():
                    continue
                # A short ALL-CAPS token in running text is an acronym: trust only known ones.
                if (
                    surface.isupper()
                    and len(surface) <= 5
                    and surface not in acronyms
                    and entry.kind != "country"
                ):
                    continue
                spans.append(Span(doc, i, j, label=entry.type))
                found = j - i
                break
            i += found or 1
        doc.spans[SPANS_KEY] = spans
        return doc
