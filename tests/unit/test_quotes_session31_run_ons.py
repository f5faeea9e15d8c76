"""Partial or direct when the writer's words go on after the mark (issue 14, session 31, round
two): made-up texts, one class each, read on BBC stories nobody had tuned on."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity, _kinds_of

# ---------------- an anticipatory 'it' in the marks, its 'that' clause in the writer's words after


@pytest.mark.parametrize(
    "sentence",
    [
        'Bell said "it is more likely than not" that the port will close in May.',
        'Bell told the board "it was far too early" to say whether the levy would go.',
        'Bell said "it\'s hard to believe" that the ferry sank so fast.',
        'Bell said "it seems highly doubtful" whether the harbour can reopen this year.',
    ],
)
def test_extraposed_it_finished_by_the_writer_is_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the whole clause in the marks, or no 'that' clause after it: the quote keeps its reading
        'Bell said "it is more likely than not that the port will close".',
        'Bell said "it was the best day of my life" for the crew.',
        'Bell said "it is more likely than not. The port will close" in May.',
    ],
)
def test_extraposed_it_near_misses_stay_direct(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]


# ---------------- a quoted clause joined by the writer's 'and' to a quoted lower-case fragment


@pytest.mark.parametrize(
    "sentence",
    [
        'Bell insisted that "what they wanted was a fair deal" and "not in any way a handout".',
        'Bell said "we were safe to sail" and "perfectly sound in every respect".',
        'Bell said that "the levy is a tax on farms" but "fair to every grower in the valley".',
    ],
)
def test_clause_coordinated_with_a_fragment_is_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial", "partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the second item is a clause of its own, or opens with a capital: both stay direct
        'Bell insisted that "what they wanted was a fair deal" and "we will never change that".',
        'Bell said "we were safe to sail" and "It will sail again next week".',
    ],
)
def test_clause_coordinated_with_a_clause_stays_direct(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct", "direct"]


# ---------------- a description by the agent a passive verb names: partial, the agent's words


def _quotes_of(sentence: str) -> list[tuple[str, str | None]]:
    article = _article(f"Ann Bell runs the port.\n\n{sentence}")
    quotes = extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))])
    return [(q.kind, q.speaker_name) for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The ferry was described by Ann Bell as "the finest boat that ever sailed the bay".',
        'The ferry, dubbed by Bell as "a boat that will outlive us all", sailed on Monday.',
        'The new ferry, described by Bell as "Built for storms and the long winter crossing", sailed.',
    ],
)
def test_description_by_a_named_agent_is_hers_and_partial(sentence: str) -> None:
    assert _quotes_of(sentence) == [("partial", "Ann Bell")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an agent who is no entity, or a quoted text of whole sentences: the old reading
        ('The ferry, described by critics as "a boat that will sink one day", sailed.', [("partial", None)]),
        (
            'The ferry was described by Bell as "Unsafe. It should never sail again."',
            [("direct", "Ann Bell")],
        ),
        ('Bell described the ferry as "a boat that will outlive us all".', [("partial", "Ann Bell")]),
    ],
)
def test_description_near_misses(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes_of(sentence) == expected


# ---------------- a demonstrative noun phrase after a preposition: the preposition's object


@pytest.mark.parametrize(
    "sentence",
    [
        'Bell vowed to shield the farms from "this forcible and unlawful seizure of their land".',
        'Bell warned of "these reckless and costly plans for the whole valley".',
        'Bell said she was tired of "those endless delays at the harbour gates".',
    ],
)
def test_demonstrative_noun_phrase_after_a_preposition_is_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # no preposition before the mark, or a clause with a verb of its own: the old reading
        'Bell said "this forcible and unlawful seizure of their land must end".',
        'Bell said "these reckless and costly plans for the whole valley".',
    ],
)
def test_demonstrative_near_misses_stay_direct(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]
