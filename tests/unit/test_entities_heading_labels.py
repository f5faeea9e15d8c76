"""A section heading of ordinary words alone on its line, which the model reads as a body, names no
body ("Sound Quality", "Shape / Camber Profile"); a paper's credit line, a firm the story names again
in its text and a body on a line with other words stay (session 46)."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of

_MINUTES = "Notes from the council meeting as recorded\n{}\nThe Town Office\nCHAIR: Good evening, everyone."
_REVIEW = (
    "Our testers rode it all winter (the full video is below).\n\n{}\n\n"
    "Beyond its wide tips, the Kelvo looks like other recent boards from Dorran."
)


def _mentioned(body: str, extractor: EntityExtractor) -> set[str]:
    return {m.text for e in entities_of(extractor, body) for m in e.mentions}


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        (_MINUTES.format("Weekly Digest"), "Weekly Digest"),
        (_MINUTES.format("Sound Quality"), "Sound Quality"),
        (_MINUTES.format("Final Verdict"), "Final Verdict"),
        (_MINUTES.format("Build Quality"), "Build Quality"),
        (_MINUTES.format("Scripted Film & Theatre"), "Scripted Film & Theatre"),
        (_REVIEW.format("Shape / Camber Profile"), "Shape"),
        (_REVIEW.format("Shape / Camber Profile"), "Camber Profile"),
    ],
)
def test_a_heading_of_ordinary_words_is_no_body(extractor: EntityExtractor, body: str, heading: str) -> None:
    assert heading not in _mentioned(body, extractor)


def test_the_body_after_the_heading_stays(extractor: EntityExtractor) -> None:
    found = types_of(entities_of(extractor, _MINUTES.format("Sound Quality")))
    assert found.get("Town Office") == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a paper's credit line: its head word
        (_MINUTES.format("Harbor Herald"), "Harbor Herald"),
        # a firm the story also names in mid-sentence
        (
            "Kelvo shares rose 4% on Monday.\n\nBright Horizons\n\n"
            "Analysts at Bright Horizons said it would last.",
            "Bright Horizons",
        ),
    ],
)
def test_a_name_on_its_own_line_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"
