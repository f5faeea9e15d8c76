"""A month the model runs into the name before a date ("Maria October" + " 29, 2012 at 1:29
am", a comment's or a byline's signature) is cut off: left in, it spreads over the text as the
person's surname ("October" a person wherever a date names the month)."""

from __future__ import annotations

import pytest

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.cuts import cut_model_name
from consumer.events import EntityType


def _cut(text: str, name: str, kind: EntityType = "PERSON") -> str:
    start = text.index(name)
    cand = Candidate("body", start, start + len(name), kind, "ner")
    cut_model_name(text, cand, load_gazetteer())
    return text[cand.start : cand.end]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "Thanks!\n\nMarta Velloso October 29, 2012 at 5:44 am\n\nLoved it.",
            "Marta Velloso October",
            "Marta Velloso",
        ),
        ("Great recipe.\n\nDoreen July 12, 2012 at 5:32 pm\n\nMade it twice.", "Doreen July", "Doreen"),
        (
            "By Harriet Quell September 14th, 2012\n\nThe council voted.",
            "Harriet Quell September",
            "Harriet Quell",
        ),
        ("Kessa L. May 3, 2011 at 9:10 am\n\nWhere do you buy it?", "Kessa L. May", "Kessa L."),
    ],
)
def test_a_month_before_a_day_and_a_year_is_cut_off_the_name(text: str, span: str, name: str) -> None:
    assert _cut(text, span) == name


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no day and year after it: a name's own word, or a month alone
        ("Jo May said the pier would close.", "Jo May"),
        ("Rob Tenner and Ada June left on Friday.", "Ada June"),
        ("She met Ada March 12 times last year.", "Ada March"),
        # the month alone is no name to cut down to nothing
        ("October 29, 2012 was a Monday.", "October"),
    ],
)
def test_a_month_word_without_a_date_after_it_stays(text: str, span: str) -> None:
    assert _cut(text, span) == span
