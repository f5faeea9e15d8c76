"""Quotes, session 43 (fresh web pages): false quotes and wrong kinds.

A slogan closed by its own stop between a determiner and the noun it names, a quoted participle
phrase after the writer's `and`, a quoted `that` clause fronting a preposition, and reported
"clauses" that are a verb's object (`admitted to the design`, `added his seventh goal`,
`revealed the new model`).
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str | None, str]]:
    article = _article(body)
    vell = _entity(article, "Tom Vell", forms=("Vell",))
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    kelco = _entity(article, "Kelco", "ORGANIZATION")
    return [(q.kind, q.speaker_name, q.text) for q in extract_quotes(article, [vell, roe, kelco])]


# ---------------------------------------------------------------- a slogan names its thing


@pytest.mark.parametrize(
    "body",
    [
        'While the "Drive slow. Live long." campaign did not appeal to Ann Roe, she said she liked it.',
        'Kelco dropped its "Eat well. Sleep well." slogan last year, Tom Vell said.',
        'Ann Roe never liked the "We are here." banner, and said so.',
    ],
)
def test_a_slogan_closed_by_its_stop_before_its_noun_is_no_quote(body: str) -> None:
    texts = [text for _, _, text in _quotes(body)]
    assert all("well" not in text and "slow" not in text and "here" not in text for text in texts)


def test_a_quoted_sentence_after_a_determiner_and_a_verb_of_saying_stays() -> None:
    quotes = _quotes('Ann Roe said: "The plan is dead. We start again." The board agreed.')
    assert [q[0] for q in quotes] == ["direct"]


# ---------------------------------------------------------------- a participle after the writer's "and"


@pytest.mark.parametrize(
    "body",
    [
        'Tom Vell recalled Roe walking into the hall and "going far off the plan in a way only she '
        'could do, making all of us laugh."',
        'Ann Roe remembered the old coach shouting at them and "pushing everyone until we could not stand."',
    ],
)
def test_a_quoted_participle_after_the_writers_and_is_partial(body: str) -> None:
    quotes = _quotes(body)
    assert [q[0] for q in quotes] == ["partial"]


def test_a_quoted_clause_after_and_stays_direct() -> None:
    quotes = _quotes('"We lost," Tom Vell said, and "we will lose again if nothing changes," he added.')
    assert "partial" not in [q[0] for q in quotes]


# ---------------------------------------------------------------- "that" and a fronted preposition


def test_a_quoted_that_clause_fronting_a_preposition_is_partial() -> None:
    body = (
        'But Ann Roe said the result does not mean the plan failed, rather "that for the few who '
        'fall ill the clinics need more money."'
    )
    assert [q[0] for q in _quotes(body)] == ["partial"]


def test_a_demonstrative_after_a_verb_of_saying_stays_direct() -> None:
    assert [q[0] for q in _quotes('Ann Roe said, "that for me was the best day of the year."')] == ["direct"]


# ---------------------------------------------------------------- an object, no reported clause


@pytest.mark.parametrize(
    "body",
    [
        "Kelco admitted to the flawed design and launched a repair program for all its older trucks in June.",
        "Tom Vell added to his collection of titles, winning the long race for the second year running.",
        "Tom Vell added his seventh goal of the season, and Roe stopped 27 shots as the team won.",
        "Kelco revealed the Model Z Concept, a larger version of its old truck with a longer range.",
        "Earlier this year Kelco unveiled a new electric van built for city streets and short trips.",
    ],
)
def test_a_verbs_object_is_no_reported_clause(body: str) -> None:
    assert _quotes(body) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Tom Vell added his side would fight on until the end of the season.", "his side would fight on"),
        ("Kelco revealed the plant had been losing money for years.", "the plant had been losing money"),
        ("Ann Roe admitted to reporters that the plan had failed badly.", "the plan had failed badly"),
        ("Ann Roe admitted she had never read the report in full.", "she had never read the report"),
    ],
)
def test_a_reported_clause_after_the_same_verbs_stays(body: str, text: str) -> None:
    quotes = _quotes(body)
    assert [q[0] for q in quotes] == ["indirect"]
    assert quotes[0][2].startswith(text)
