"""Quotes, session 48 (issue 14): a verb of saying joined on with a bare "and" (fresh web pages).

`Roe met the board and said Doe was "unfit" to lead.` reads, before the mark, a clause of the
writer's (`Roe met the board`) and the verb of saying as its subject's second predicate. Read as one
subject phrase, the words before the verb named no one and the short fragment, needing an
attribution, was dropped. The name heading that clause as the subject of its own past-tense verb
speaks; a name inside the clause, one of two subjects, a possessor or a document keeps the old
reading (no quote, or a null speaker).
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _partials(body: str) -> list[tuple[str | None, str, str | None]]:
    article = _article(body)
    cast = [
        _entity(article, "Ann Roe", forms=("Roe",)),
        _entity(article, "Max Dunn", forms=("Dunn",)),
        _entity(article, "Kelco", "ORGANIZATION"),
    ]
    return [(q.speaker_name, q.text, q.verb) for q in extract_quotes(article, cast) if q.kind == "partial"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "verb"),
    [
        ('Ms Roe met the board and said Mr Dunn was "unfit" to lead.', "Ann Roe", "said"),
        (
            'Ann Roe campaigned for the mayor during the long election and said Dunn was "unfit" to lead.',
            "Ann Roe",
            "said",
        ),
        ('Roe dropped the charges against Dunn and called the decision "an easy call".', "Ann Roe", "called"),
        ('Kelco lost the appeal and said the ruling was "deeply unfair" to staff.', "Kelco", "said"),
        ('Later, Roe thanked Dunn and said the plan was "a real step forward" here.', "Ann Roe", "said"),
    ],
)
def test_the_subject_of_the_first_predicate_speaks(sentence: str, speaker: str, verb: str) -> None:
    found = _partials("The council met on Monday. " + sentence)
    assert [(s, v) for s, _, v in found] == [(speaker, verb)]


@pytest.mark.parametrize(
    "sentence",
    [
        'Fans of Roe cheered and said the plan was "a real step forward" for the town.',  # a name inside
        'Dunn and Roe met the board and said the plan was "a real step forward" for the town.',  # two heads
        'Roe\'s aide met the board and said the plan was "a real step forward" for the town.',  # a possessor
        'The letter asked why Roe waited and said the plan was "a real step forward" for the town.',
        # a first verb whose own clause the "and" may go on: the board agreed, the man said
        'Roe said the board met on Monday and agreed it was a "good deal" for the town.',
        'Roe thought the board met on Monday and said it was a "good deal" for the town.',
        'Roe met the man who owned the boat and said it was a "good deal" for the town.',
    ],
)
def test_a_name_not_heading_the_clause_never_speaks(sentence: str) -> None:
    found = _partials("The council met on Monday. " + sentence)
    assert all(speaker is None for speaker, _, _ in found)
