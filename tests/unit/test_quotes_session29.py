"""Direct quotes of the wrong kind on fresh web pages (issue 14, session 29). Made-up texts, one
class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _kinds_of(sentence: str) -> list[str]:
    article = _article(f"Ann Bell runs the port.\n\n{sentence}")
    quotes = extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))])
    return [q.kind for q in quotes if q.kind != "indirect"]


# ---------------------------------------------- an article right before the mark: the writer's phrase


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's article begins the noun phrase the quoted words finish: not a sentence of
        # the speaker's, whatever its case or verbs (they were direct)
        "Bell described the new toll as a \u201cRecipe for disaster in the lower valley.\u201d",
        "Bell called it a \u201cTriumph of hope over experience,\u201d and left the room.",
        'Bell called the ferry the "Best thing that has happened to the island in years".',
        # a word of time after the mark modifies no noun: the words stay a fragment
        "Bell said the pier was the \u201cPride of the whole island and its fleet\u201d last week.",
    ],
)
def test_quoted_words_after_an_article_are_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # between an article and a noun, a quoted clause names its thing: no quote
        "It reminds me of the professor with the \u201cI do not want to live here anymore\u201d heading.",
        'Bell wrote the "Everybody deserves a second chance" post after the trial.',
        'Bell shared a "Nobody ever reads the fine print" cartoon with her staff.',
        'Bell keeps the "We will get you there some day" leaflet on her desk.',
    ],
)
def test_a_quoted_clause_between_an_article_and_its_noun_is_no_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # near misses keep their reading: an addressee before the mark, 'said that', a colon
        ('Bell told her "We are done with the ferry company for good."', ["direct"]),
        ('Bell said that "the ferry company has let the island down again."', ["direct"]),
        ('Bell put it this way: "The ferry company has let the island down."', ["direct"]),
        # a lower-case term after the article stays as it was
        ('Bell called the plan a "recipe for disaster" for the valley.', ["partial"]),
    ],
)
def test_near_misses_keep_their_kind(sentence: str, kinds: list[str]) -> None:
    assert _kinds_of(sentence) == kinds
