"""A model person run on past the name (session 47): across a heading's colon ("Dana Quell:
Learning to swim"), a symbol standing as a word (a signature's "@", a menu path's ">"), or a
lower-case word hyphened to its end ("a Dana Quell-centered site") is cut back to the name; a
particle's hyphen ("al-Sharif") and a body's colon (its own rule) are left alone."""

from __future__ import annotations

import pytest

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.cuts import cut_model_name
from consumer.events import EntityType


def _cut(text: str, span: str, kind: EntityType = "PERSON") -> str:
    start = text.index(span)
    cand = Candidate("body", start, start + len(span), kind, "ner")
    cut_model_name(text, cand, load_gazetteer())
    return text[cand.start : cand.end]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "Talks this week.\n\nMarla Tovey: Sailing alone around the cape\n\nShe left.",
            "Marla Tovey: Sailing",
            "Marla Tovey",
        ),
        ("Comments\n\nKessa @ pies and puddings November 2, 2012\n\nLovely.", "Kessa @", "Kessa"),
        ("Open the menu and go to Settings > Profiles to start.", "Settings > Profiles", "Settings"),
        ("Fans built a Dorla Vane-centered social network last year.", "Dorla Vane-centered", "Dorla Vane"),
        ("The whole Harvel Quist-gate affair ended in court.", "Harvel Quist-gate", "Harvel Quist"),
    ],
)
def test_a_person_run_on_is_cut_back_to_the_name(text: str, span: str, name: str) -> None:
    assert _cut(text, span) == name


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officials said Ayman al-Sharif would speak.", "Ayman al-Sharif"),
        ("The singer Jean-Luc Varde arrived.", "Jean-Luc Varde"),
        ("A statement from Marla Tovey-Quist followed.", "Marla Tovey-Quist"),
        # a given name's lower-case syllable after a hyphen, an English word or not
        ("President Lin Hua-wen spoke.", "Lin Hua-wen"),
        ("Secretary-General Pak Ki-moon spoke.", "Pak Ki-moon"),
        ("Leader Kim Sung-un spoke.", "Kim Sung-un"),
    ],
)
def test_a_name_with_a_hyphen_of_its_own_stays(text: str, span: str) -> None:
    assert _cut(text, span) == span
