"""Quotes, session 49 (issue 14, AP and NYT wire copy of the 1990s): quotes typeset for TeX, opened
by two grave accents and closed by two apostrophes. Unread, each closing pair opened a stretch that
ran over the tag into the next quote, so the words were cut wrong and the speaker was lost. Made-up
texts."""

from __future__ import annotations

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str | None, str]]:
    article = _article(body)
    vell = _entity(article, "Tom Vell", forms=("Vell",))
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    return [(q.kind, q.speaker_name, q.text) for q in extract_quotes(article, [vell, roe])]


def test_a_tex_quote_split_by_its_tag_is_one_quote_of_the_tagged_speaker() -> None:
    body = (
        "The harbor board met on Monday.\n\n"
        "``We will keep the ferry running all winter,'' Roe said. ``Nobody will be left on the island.''"
    )
    assert _quotes(body) == [
        (
            "direct",
            "Ann Roe",
            "We will keep the ferry running all winter, Nobody will be left on the island.",
        )
    ]


def test_a_tex_quote_after_a_pronoun_tag_keeps_its_words_as_written() -> None:
    body = (
        "Vell spoke after the vote.\n\n"
        "``The ferry is a lifeline for the island,'' he was quoted as saying. ``We keep it running.''"
    )
    quotes = _quotes(body)
    assert [(kind, who) for kind, who, _ in quotes] == [("direct", "Tom Vell")]
    assert "he was quoted" not in quotes[0][2]


def test_a_tex_fragment_in_a_reported_sentence_is_the_subjects_partial() -> None:
    body = "Roe said the old ferry plan was ``a waste of public money'' and should be dropped."
    assert _quotes(body) == [("partial", "Ann Roe", "a waste of public money")]


def test_a_lone_pair_of_grave_accents_opens_no_quote() -> None:
    # negative: grave accents with no closing pair (a code sample) quote nobody
    body = "Roe said the script printed ``done on the screen when the ferry left."
    assert all(kind == "indirect" for kind, _, _ in _quotes(body))


def test_straight_and_curly_quotes_read_as_before() -> None:
    body = '"We will keep the ferry running," Roe said. \u201cNobody will be left behind.\u201d'
    assert [(kind, who) for kind, who, _ in _quotes(body)] == [("direct", "Ann Roe")]
