"""The item's language as a BCP 47 primary tag, from its text.

py3langid (a maintained fork of langid.py) ships its ~4 MB model in the wheel, so
nothing is fetched at run time, and classifies a few KB in well under a
millisecond once loaded. Declared languages (an envelope's ``language``, an HTML
``lang`` attribute) are often wrong on scraped pages (templates say ``en`` on every
page of a multilingual site), so the text decides when it is long enough to be
sure, and the declaration only breaks ties on short or ambiguous text.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from consumer.bounds import MAX_TOKEN_CHARS, has_long_run

UNDETERMINED = "und"
# About 250 words: the same tags as 4,000 characters on the 355 shared and corpus items, at 60%
# of the cost (language detection was a third of parse-only CPU).
_SAMPLE_CHARS = 1500
_MIN_LETTERS = 12
_CONFIDENT = 0.90
_SURE_LETTERS = 200  # below this many letters an unconfident guess is no answer
_TAG_RE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
_LETTERS_RE = re.compile(r"[^\W\d_]")
# A run of non-space characters no longer than a word can be, tried once per run.
_WORD_RUN = re.compile(rf"(?<!\S)\S{{1,{MAX_TOKEN_CHARS}}}(?!\S)")


def primary_tag(declared: str | None) -> str | None:
    """ "en-US", "EN_gb", "eng"? -> "en": the primary subtag, lower-cased; None if malformed."""
    if not declared:
        return None
    match = _TAG_RE.match(declared)
    return match.group(1).lower() if match else None


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def warm_up() -> None:
    """Load the model now (about a second) rather than on the first item."""
    _identifier().classify("warm up")


def _sample(text: str) -> str:
    """The first few KB of ``text``'s words, runs of non-space characters longer than any
    word (a base64 blob, a long URL, a rule of ``=`` signs) left out: they are no language."""
    if not has_long_run(text[: _SAMPLE_CHARS + MAX_TOKEN_CHARS]):
        return text[:_SAMPLE_CHARS]
    words: list[str] = []
    size = 0
    for match in _WORD_RUN.finditer(text):
        words.append(match.group())
        size += len(match.group()) + 1
        if size >= _SAMPLE_CHARS:
            break
    return " ".join(words)


def detect_language(text: str, declared: str | None = None) -> str:
    """The primary language tag of ``text``: detected, else declared, else ``und``.

    Only the first few KB of words are read: the cost is bounded whatever the item's size.
    """
    declared_tag = primary_tag(declared)
    sample = _sample(text)
    if len(_LETTERS_RE.findall(sample[:1000])) < _MIN_LETTERS:
        return declared_tag or UNDETERMINED
    tag, probability = _identifier().classify(sample)
    if probability >= _CONFIDENT:
        return str(tag)
    if declared_tag is not None:
        return declared_tag
    # a wire flash of one line in Latin letters ("Honda profit down 20 pct on weak China sales.")
    # is too short for an unsure guess among the languages that share them: it read as Nigerian
    # Pidgin at 0.57 and lost all its enrichment. Another script says more ("عنوان الخبر").
    # An unsure "en" stays: it is the guess the short pages of the shared sets needed.
    letters = _LETTERS_RE.findall(sample[:1000])
    latin = sum(ch.isascii() for ch in letters)
    short_latin = len(letters) < _SURE_LETTERS and latin >= 0.8 * len(letters)
    return UNDETERMINED if short_latin and tag != "en" else str(tag)
