"""Session 48 (I): a first-level division's bare name that copy writes for something else is no
key of the gazetteer, so no airline, rocket, time zone or town abroad carries the division's code:
a word WordNet holds as more than a noun's name ("Eastern", "Central"), a listed common noun
("Delta", "Plateau"), or the division's own town's name that a bigger city abroad bears ("San
Juan", "San José"). The typed form ("Delta State", "Eastern Province") still names the division."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from consumer.events import Article, Body, Entity


def _article(body: str) -> Article:
    return Article(
        id="w",
        story_id="w",
        headline="",
        body=Body(text=body, paragraphs=[p for p in body.split("\n\n") if p], word_count=len(body.split())),
    )


def _codes(extractor: EntityExtractor, body: str) -> dict[str, str | None]:
    entities: list[Entity] = extractor.extract([_article(body)])[0]
    return {e.name: (e.links.iso3166 if e.links else None) for e in entities}


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("Delta", "NG-DE"),
        ("Eastern", "RW-02"),
        ("Western", "PG-WPD"),
        ("Central", "PG-CPM"),
        ("Plateau", "NG-PL"),
        ("Red Sea", "SD-RS"),
        ("San Jose", "CR-SJ"),
        ("San Juan", "AR-J"),
    ],
)
def test_bare_word_or_city_name_is_not_the_division(surface: str, code: str) -> None:
    entry = load_gazetteer().lookup(surface)
    assert entry is None or entry.iso3166 != code


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("Delta State", "NG-DE"),
        ("Eastern Province", "LK-5"),
        ("Plateau State", "NG-PL"),
        ("Ontario", "CA-ON"),  # a division named by no word, whose namesakes abroad are towns
        ("Kano", "NG-KN"),  # its own town's name, which no bigger city abroad bears
        ("Bavaria", "DE-BY"),
    ],
)
def test_typed_and_other_divisions_stay(surface: str, code: str) -> None:
    entry = load_gazetteer().lookup(surface)
    assert entry is not None and entry.iso3166 == code


@pytest.mark.parametrize(
    "body",
    [
        "Passengers on the Delta flight to Orvane waited four hours before the plane turned back.",
        "The launch window opens at 6:10 a.m. Eastern time on Thursday, the agency said.",
        "The chip maker keeps offices in San Jose and in Kelbourne, its chief executive said.",
    ],
)
def test_no_division_code_in_running_text(extractor: EntityExtractor, body: str) -> None:
    codes = _codes(extractor, body)
    assert not {"NG-DE", "RW-02", "CR-SJ"} & set(codes.values()), codes
