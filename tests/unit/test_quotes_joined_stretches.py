"""One direct quote in several stretches of a paragraph (issue 14, session 26): a quote whose
first stretch runs on into the writer's words, and an attribution holding an abbreviation."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, list[str], str | None]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    return [
        (q.kind, [body[s.start : s.end] for s in q.spans], q.speaker_name)
        for q in extract_quotes(article, [roe])
        if q.kind != "indirect"
    ]


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # the quoted words stop mid-sentence, the writer's words and the attribution end it, and
        # the next quoted sentence goes on: one quote (the dev annotation's reading)
        (
            '"The new port levy worried" most growers, Ann Roe said. "Nobody had planned for it."',
            ["The new port levy worried", "Nobody had planned for it."],
        ),
        (
            '"We could have saved the mill," Ann Roe said, "if the council had acted sooner" and kept'
            ' the loan. "But nobody listened to us."',
            [
                "We could have saved the mill,",
                "if the council had acted sooner",
                "But nobody listened to us.",
            ],
        ),
        (
            "\u201cYou have to keep an eye on the river\u201d in spring, Roe told reporters."
            " \u201cIt rises faster than anyone expects.\u201d",
            ["You have to keep an eye on the river", "It rises faster than anyone expects."],
        ),
        # an abbreviation inside the attribution ends no sentence
        (
            '"Most of the spill is gone by now," said Ann Roe at an Aug. 4 briefing.'
            ' "The rest is breaking down."',
            ["Most of the spill is gone by now,", "The rest is breaking down."],
        ),
        (
            '"The harbour is safe again," Ann Roe told a meeting in Feb. 2019. "Boats can come back."',
            ["The harbour is safe again,", "Boats can come back."],
        ),
    ],
)
def test_a_quote_goes_on_in_the_next_sentence(body: str, spans: list[str]) -> None:
    assert _quotes(body) == [("direct", spans, "Ann Roe")]


@pytest.mark.parametrize(
    "body",
    [
        # the quoted words finish the writer's sentence (they open none): two quotes, as before
        'Ann Roe said the flood showed "that the old dikes were too low" along the coast.'
        ' "We will raise them."',
        # a sentence of the writer's own between the two
        '"The new port levy worried" most growers, Ann Roe said. Prices fell. "Nobody had planned for it."',
    ],
)
def test_a_quote_after_the_writers_sentence_stays_apart(body: str) -> None:
    assert len(_quotes(body)) == 2
