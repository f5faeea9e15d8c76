"""Page furniture the model ran into a name (session 48): a button's word ("Click to share",
"Read more", "Play slideshow"), a photo agency's credit inside a gallery's run of captions
("Getty Images 5", "GETTY The ...", "AP:Associated Press") and a tabloid's capitals kicker before
or after a person ("STREET FIGHT Jo Roe", "Ada Quell ROCKET SCIENCE As ...") are cut off; the
same words as a name's own, or before prose, stay."""

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
    ("text", "span", "kind", "name"),
    [
        (
            "Named as Marla Tovey and Harvel Quist Click to share on Facebook (Opens in new window)",
            "Harvel Quist Click",
            "PERSON",
            "Harvel Quist",
        ),
        (
            "the title stays in Tarvin Bay Click here to read more",
            "Tarvin Bay Click",
            "LOCATION",
            "Tarvin Bay",
        ),
        (
            "Why the harbour must stay open | Dorla Vane Read more The council met.",
            "Dorla Vane Read",
            "PERSON",
            "Dorla Vane",
        ),
        (
            "Ten numbers that define Kessa Morrow Play slideshow 1 of 10",
            "Kessa Morrow Play",
            "PERSON",
            "Kessa Morrow",
        ),
        (
            "she waved to the crowd. Jo Quell/The Kelby Post Buy Photo Wait",
            "The Kelby Post Buy",
            "ORGANIZATION",
            "The Kelby Post",
        ),
        (
            "He raced for the last time at Quarrow Getty Images 5 The driver sat",
            "Quarrow Getty Images",
            "LOCATION",
            "Quarrow",
        ),
        ("on the hill with Roe and his wife Marla GETTY The trio posed", "Marla GETTY", "PERSON", "Marla"),
        ("a handshake with President Tovey AP:Associated Press 18 The pair", "Tovey AP", "PERSON", "Tovey"),
        ("a new start for all. GETTY Tovey campaigned hard for his ally", "GETTY Tovey", "PERSON", "Tovey"),
        (
            "slams her rivals TRIUMPHANT QUELL Dorla Quell becomes mayor",
            "QUELL Dorla Quell",
            "PERSON",
            "Dorla Quell",
        ),
        (
            "fans praise him STREET FIGHT Harvel Quist shakes hands",
            "STREET FIGHT Harvel Quist",
            "PERSON",
            "Harvel Quist",
        ),
        (
            "By Marla Tovey and Kessa Morrow WASHINGTON, Nov 6 (Reuters) - The",
            "Kessa Morrow WASHINGTON",
            "PERSON",
            "Kessa Morrow",
        ),
        (
            "the rogue world Quarrovan ROCKET SCIENCE As the launch nears",
            "Quarrovan ROCKET SCIENCE",
            "PERSON",
            "Quarrovan",
        ),
    ],
)
def test_furniture_is_cut_off_the_name(text: str, span: str, kind: EntityType, name: str) -> None:
    assert _cut(text, span, kind) == name


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("The reporter Marla Click wrote the piece.", "Marla Click", "PERSON"),
        ("A novel by Harvel Read was praised.", "Harvel Read", "PERSON"),
        ("The boxer Kessa Play won again.", "Kessa Play", "PERSON"),
        # a state's code and a mixed-case agency are part of the name or the place
        ("She moved to Harlow AP in May.", "Harlow AP", "LOCATION"),
        ("Analysts at Thomson Reuters said", "Thomson Reuters", "ORGANIZATION"),
        # initials and short capitals open a person's name; a surname in capitals before prose
        ("The rapper DJ Kessa played.", "DJ Kessa", "PERSON"),
        ("Guard TJ Morrow scored.", "TJ Morrow", "PERSON"),
        ("The delegate Dorla QUELL said the vote was fair.", "Dorla QUELL", "PERSON"),
        ("Dorla QUELL (Tarvia) finished second.", "Dorla QUELL", "PERSON"),
    ],
)
def test_a_name_without_furniture_stays(text: str, span: str, kind: EntityType) -> None:
    assert _cut(text, span, kind) == span
