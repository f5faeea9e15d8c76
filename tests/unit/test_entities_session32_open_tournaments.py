"""Session 32: a capitalised "Open" ending a name is a tournament's with no article before it
("last year's Varnish Open", "the 1998 Kelvish Open champion"), which the model reads as a
place; "Masters" and "Classic" still want "the" ("Kessler Masters, 34," is a man). Names are
made up."""

from __future__ import annotations

import pytest

from consumer.entities.retype.heads import tournament


def _type(text: str, name: str) -> str | None:
    return tournament(text, text.index(name), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Roe has not played since last year's Varnish Open.", "Varnish Open"),
        ("The 1998 Kelvish Open champion had too much for him.", "Kelvish Open"),
        ("She won at Dorrland Open events twice.", "Dorrland Open"),
        ("He lost in the Tarvia Open.", "Tarvia Open"),  # with "the", as before
    ],
)
def test_an_open_with_no_article_is_a_tournament(text: str, name: str) -> None:
    assert _type(text, name) == "EVENT"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kessler Masters, 34, was fined.", "Kessler Masters"),  # a surname
        ("Vela Classic sold well.", "Vela Classic"),
        ("The group backs Open Harbor Data.", "Open Harbor Data"),  # "Open" opens the name
        ("He joined Kelvish Open.", "Open"),  # one word
    ],
)
def test_other_heads_still_want_the_article(text: str, name: str) -> None:
    assert _type(text, name) is None
