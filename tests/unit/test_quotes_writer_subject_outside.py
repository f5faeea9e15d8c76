"""Quoted words that go on with the writer's subject outside the marks (issue 14): a verb of
telling or warning, or a dashed aside between the subject and the mark, does not make them a
clause of the speaker's own. Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _kinds_of(sentence: str) -> list[str]:
    article = _article(f"Ina Vale runs the depot.\n\n{sentence}")
    quotes = extract_quotes(article, [_entity(article, "Ina Vale", forms=("Vale",))])
    return [q.kind for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb of telling after the writer's subject: its predicate, not Vale's clause
        'The ruling "tells every landlord that the rules will apply to them too," Vale said.',
        # a dashed aside between the writer's subject and the mark
        'The plan -- drafted in secret over the summer -- "gives the council a power it should '
        'never have had," Vale said.',
        "The new levy \u2014 the third in two years \u2014 \u201cwarns every grower that the season "
        "will be hard,\u201d Vale said.",
        "Cutting the subsidy for the ports -- the agency's main income -- \"tells the operators "
        'that they must compete for cargo if they wish to stay in business," Vale said.',
    ],
)
def test_words_going_on_with_the_writers_subject_are_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "say" hands on a clause of its own; words with their own subject after an aside; a
        # direct quote split by its tag goes on in lower case
        'Farm workers "say you can\'t rely on the rain any more," Vale said.',
        'The harvest -- late again this year -- "it was the worst we have seen," Vale said.',
        '"We lost," Vale said, "but we will be back next spring."',
    ],
)
def test_words_with_a_clause_of_their_own_stay_direct(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]


def test_a_single_dash_before_an_imperative_keeps_its_reading() -> None:
    # one dash is no aside: the old reading (a fragment of the writer's sentence) stays
    sentence = 'His advice was short -- "keep your head down and work hard every day," Vale said.'
    assert _kinds_of(sentence) == ["partial"]
