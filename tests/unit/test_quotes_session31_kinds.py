"""Quote kinds and extents on new kinds of copy (issue 14, session 31): made-up texts, one class
each, read on BBC and Reuters stories nobody had tuned on."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity, _kinds_of

# ------------------- a quote running on past a paragraph break lost in the copy ('it remains. "He ...')


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        (
            'Ann Bell replied: "I have made my view very clear and it remains. "He has been a fine'
            ' colleague. The future is for later." The minister shrugged off the claims.',
            [
                "I have made my view very clear and it remains.",
                "He has been a fine colleague. The future is for later.",
            ],
        ),
        (
            '"We will review everything," Ann Bell said. "Selling is one option, but nothing is decided.'
            ' "We want to be in good health, other ports have done it." The port opened in May.',
            [
                "We will review everything,",
                "Selling is one option, but nothing is decided.",
                "We want to be in good health, other ports have done it.",
            ],
        ),
        (
            'Ann Bell said: "The levy is unfair to small farms! "It has to go before the spring." Her'
            ' rival Jim Doe said the "levy" was fair.',
            ["The levy is unfair to small farms!", "It has to go before the spring."],
        ),
    ],
)
def test_reopening_mark_inside_a_paragraph_goes_on_with_the_quote(body: str, spans: list[str]) -> None:
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ann Bell"), _entity(article, "Jim Doe")])
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert [body[s.start : s.end] for s in direct[0].spans] == spans
    assert direct[0].speaker_name == "Ann Bell"


@pytest.mark.parametrize(
    ("body", "n_direct"),
    [
        # a closing mark right after the stop, then a new quote: as before
        ('"The levy is unfair," Ann Bell said. "It has to go." The port opened in May.', 1),
        ('Ann Bell said: "The levy is unfair." "It has to go," Jim Doe said.', 2),
        # a closing mark after a space at the paragraph's end closes the quote
        ('Ann Bell said: "The levy is unfair to small farms. "', 1),
    ],
)
def test_near_misses_of_reopening_marks_keep_their_reading(body: str, n_direct: int) -> None:
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ann Bell"), _entity(article, "Jim Doe")])
    assert len([q for q in quotes if q.kind == "direct"]) == n_direct


# ------------------------------ a name heading the writer's clause, the quoted predicate after it


@pytest.mark.parametrize(
    "sentence",
    [
        'The crew said they hoped Bell "finds the peace she is looking for after all these years".',
        'The union said Acme "recognises that we have a wider role at the port".',
        'Bell said Acme "knows the crews we hired are the best in the valley".',
        'Bell said that Acme "showed the council what we can do with the quay".',
    ],
)
def test_predicate_after_a_name_heading_the_writers_clause_is_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a subject of the quote's own, an addressee, a question: the quote keeps its reading
        'Bell said Acme "ships for the port are late and we will lose the season".',
        'Bell told Acme "finds like these are rare and we will keep them".',
        'Bell told CNN "prices for the port are too high".',
        'Bell said Acme "crews are ready and we will sail".',
    ],
)
def test_near_misses_of_name_predicates_keep_their_kind(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]


# --------------- after the writer's comma: a second predicate of its subject, or a phrase with no verb


@pytest.mark.parametrize(
    "sentence",
    [
        'Bell said the port had paid most of the bills since 2001, "but has not agreed a settlement'
        ' with the crews pending its review".',
        'Bell said the port had paid most of its bills, "and will pay the rest when the review is over".',
        'Bell said the council had backed the ferry, "but didn\'t say where the money would come from".',
        'Bell said it was better than the old ferry, "just sitting there in the harbour, wasting away".',
        'Bell said the causes were plain enough, "poor planning, weak oversight and a lot of bad luck".',
    ],
)
def test_predicate_or_phrase_after_the_writers_comma_is_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a subject of their own, the attribution right before the comma, a quote split by its tag
        'Bell said the port had paid most bills, "but we have not agreed a settlement with the crews".',
        'Bell said, "absolutely not, and never again in this town".',
        'Bell told reporters in the harbour on Monday, "absolutely not, and never again in this town".',
    ],
)
def test_near_misses_after_the_writers_comma_keep_their_kind(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]


def test_split_quote_going_on_with_a_conjunction_stays_one_direct_quote() -> None:
    body = '"We paid the bills," Ann Bell said, "and will pay the rest when the review is over."'
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ann Bell")])
    assert [(q.kind, len(q.spans)) for q in quotes] == [("direct", 2)]


# ------------------------------------------------------- a slogan or motto the copula names: no quote


@pytest.mark.parametrize(
    "sentence",
    [
        'Bell said the party slogan would be "Britain is working - do not let them wreck it."',
        'Bell said their new tagline will be "Faster ferries for every island, every day."',
        'Bell said the campaign slogan was "Vote for the port and keep the island alive."',
    ],
)
def test_slogan_named_by_a_copula_is_no_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Bell said: "Our slogan is simple and we will win the vote."',
        'Bell said the slogan was wrong, adding: "We will win the vote."',
    ],
)
def test_near_misses_of_slogans_keep_their_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]


# ----------------------------------------- a closing mark lost before the tag ('A, she said. "B."')


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        (
            '"We will win the vote, Ann Bell said. "Next year we go to the islands." The team left.',
            ["We will win the vote,", "Next year we go to the islands."],
        ),
        (
            'Ann Bell said: "He asked for the inquiry. He accepted it was wrong, she said. "But the line'
            ' is drawn now."',
            ["He asked for the inquiry. He accepted it was wrong,", "But the line is drawn now."],
        ),
        (
            '"The ferry is late again, Bell added on Monday. "We have told the council twice."',
            ["The ferry is late again,", "We have told the council twice."],
        ),
    ],
)
def test_closing_mark_lost_before_the_tag(body: str, spans: list[str]) -> None:
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))])
    direct = [q for q in quotes if q.kind == "direct"]
    assert [[body[s.start : s.end] for s in q.spans] for q in direct] == [spans]
    assert direct[0].speaker_name == "Ann Bell"
