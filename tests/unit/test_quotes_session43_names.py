"""Quotes, session 43 (found on an unseen fresh page): a short name given with a naming verb before
"as", and a list's numbered heading in quotation marks, are no quotes; an opinion after a
describing verb and a numbered line that quotes a whole sentence stay quotes. Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str | None, str]]:
    article = _article(body)
    vell = _entity(article, "Tom Vell", forms=("Vell",))
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    return [(q.kind, q.speaker_name, q.text) for q in extract_quotes(article, [vell, roe])]


@pytest.mark.parametrize(
    "body",
    [
        "Roe said her predecessor, Tom Vell, had dubbed the mayor's role in the harbor plan as "
        '"the Marlow problem."',
        'Roe said the crews had long nicknamed the old ferry as "the Tub."',
        'Roe said the staff now refer to the old pier as "the annex."',
    ],
)
def test_a_name_given_before_as_is_no_quote(body: str) -> None:
    assert _quotes(body) == []


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('Roe said the mayor had described the harbor plan as "certainly absurd."', "certainly absurd."),
        ('Roe said the mayor had dubbed the plan as "a disaster for every family on the coast."', "disaster"),
    ],
)
def test_an_opinion_or_a_longer_fragment_stays_a_quote(body: str, words: str) -> None:
    assert any(words in text for _, _, text in _quotes(body))


def test_a_numbered_heading_in_marks_is_no_quote() -> None:
    body = (
        "Roe told the panel she had tried to work with the mayor.\n\n"
        '6. "The Marlow problem"\n\n'
        "Vell told the panel he had never met the mayor."
    )
    assert _quotes(body) == []


def test_a_numbered_line_quoting_a_sentence_stays_a_quote() -> None:
    body = 'Roe spoke first.\n\n7. "We never agreed on the terms and we never will," Roe said.'
    assert [(kind, who) for kind, who, _ in _quotes(body)] == [("direct", "Ann Roe")]
