"""The gazetteer component reads token columns (a cost bound, issue 11): the same hits as before.

The matcher reads token texts, offsets and whitespace flags with ``Doc.to_array`` rather than
one Python ``Token`` per token; these tests pin that the columns are what the tokens say and
that the matching rules (longest name first, capitalised ends, acronyms only in capitals, no
name across a line break) are kept. Texts are made up.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from consumer.entities.matcher import SPANS_KEY, GazetteerMatcher, _Capitalised, _token_columns, _Words


def _hits(blank: Language, matcher: GazetteerMatcher, text: str) -> list[tuple[str, str]]:
    doc = matcher(blank(text))
    return [(span.text, span.label_) for span in doc.spans[SPANS_KEY]]


@pytest.mark.parametrize(
    "text",
    [
        "Officials met in New York on Tuesday.",
        "Two  spaces,\ttabs\n\nand a blank line; café prices rose 5%.",
        "  Leading and trailing whitespace  ",
        "A\u00a0non-breaking space and an em dash \u2014 both kept.",
        "",
    ],
)
def test_columns_are_what_the_tokens_say(blank: Language, text: str) -> None:
    doc: Doc = blank(text)
    words, starts, spaces, joined = _token_columns(doc)
    assert words == [t.text for t in doc]
    assert starts == [t.idx for t in doc]
    assert [bool(s) for s in spaces] == [t.is_space for t in doc]
    assert joined == doc.text == text
    # through the per-word cache (filled by this doc, then read again): the same columns
    cache = _Words(doc.vocab.strings)
    assert _token_columns(doc, cache) == _token_columns(doc, cache) == (words, starts, spaces, joined)


@pytest.mark.parametrize(
    ("word", "flag"),
    [
        *[("Harbor", True), ("iPad", True), ("eZone", True), ("harbor", False), ("i", False), ("", False)],
        *[("42", False), ("-", False), ("ÉTÉ", True), ("élan", False), ("ßX", True)],
    ],
)
def test_capitalised_table(word: str, flag: bool) -> None:
    table = _Capitalised()
    assert table[word] is flag and table[word] is flag  # worked out, then read from the table
    assert table[word] is (word[:1].isupper() or (word[:1].islower() and word[1:2].isupper()))


def test_word_cache_follows_the_string_store(matcher: GazetteerMatcher) -> None:
    # a doc of another vocabulary (a reloaded model) gets a cache of its own store
    first, second = spacy.blank("en"), spacy.blank("en")
    both = [("Nairobi", "LOCATION"), ("Lima", "LOCATION")]
    assert _hits(first, matcher, "Talks in Nairobi and Lima.") == both
    assert matcher._words is not None and matcher._words.strings is first.vocab.strings
    assert _hits(second, matcher, "Talks in Nairobi and Lima.") == both
    assert matcher._words.strings is second.vocab.strings


def test_longest_name_first(blank: Language, matcher: GazetteerMatcher) -> None:
    assert _hits(blank, matcher, "Crowds filled New York City at dawn.") == [("New York City", "LOCATION")]
    assert _hits(blank, matcher, "Crowds filled New York at dawn.") == [("New York", "LOCATION")]


def test_case_rules_kept(blank: Language, matcher: GazetteerMatcher) -> None:
    # a lower-case word is no name; an acronym counts only in capitals
    assert _hits(blank, matcher, "They ate turkey in the evening.") == []
    assert _hits(blank, matcher, "Who will win? The WHO will say.") == [("WHO", "ORGANIZATION")]
    assert _hits(blank, matcher, "NEW YORK ROUNDUP") == [("NEW YORK", "LOCATION")]


def test_no_name_across_a_line_break(blank: Language, matcher: GazetteerMatcher) -> None:
    assert ("New\nYork", "LOCATION") not in _hits(blank, matcher, "It was New\nYork all along.")
    assert _hits(blank, matcher, "Trade with Turkey and Paris grew.") == [
        ("Turkey", "LOCATION"),
        ("Paris", "LOCATION"),
    ]
