"""Names that frame a figure rather than own it: the region after a framed place ("from Harlow,
Norland"), the place a distance is measured to ("30 miles from Harlow") and the source of a report
("quoted Ann Lee as saying", "Lee tells reporters")."""

from __future__ import annotations

import re

import pytest

from consumer.events import Article, Body, Entity, EntityLinks, EntityType, Mention
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harlow": ("LOCATION", "city"),
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "first_level_division"),
    "Ann Lee": ("PERSON", None),
    "Tom Varga": ("PERSON", None),
    "Vantor Group": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    entities = []
    for name, (kind, place_kind) in _NAMES.items():
        mentions = [
            Mention(text=name, field="body", start=m.start(), end=m.end()) for m in re.finditer(name, text)
        ]
        links = EntityLinks(kind=place_kind) if place_kind else None  # type: ignore[arg-type]
        entities.append(Entity(id=name, type=kind, name=name, salience=0.5, mentions=mentions, links=links))
    body = Body(text=text, paragraphs=[text], word_count=9)
    article = Article(id="a", story_id="s", headline="", body=body)
    return {r.text: r.subject_name for r in extract_indicators(article, entities)}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("At a summit in Harlow, Norland, the delegates pledged $100 million for schools.", "$100 million"),
        ("A trader from Harlow, Tarvia spent $2 million on the painting.", "$2 million"),
        ("The singer from Harlow, Norland sold 40 percent of her shares.", "40 percent"),
    ],
)
def test_a_region_after_a_framed_place_is_framed_too(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a place pair that opens the clause without a preposition still owns its figure
        ("Harlow, Norland spent $2 million on new buses.", "$2 million", "Harlow"),
        # a list of places after a preposition, then a new subject
        ("Sales in Harlow rose, and Norland spent $3 million on roads.", "$3 million", "Norland"),
    ],
)
def test_an_unframed_place_pair_keeps_its_figure(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The probe was 34 million miles from Norland when it sent the picture.", "34 million miles"),
        ("The village lies 12 km from Harlow, on the river.", "12 km"),
        ("Rescuers searched an area within 50 miles of Harlow overnight.", "50 miles"),
    ],
)
def test_a_distance_to_a_place_is_not_the_place_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


def test_a_count_from_a_place_is_still_the_place_s() -> None:
    assert _owners("The assembly seated 45 deputies from Tarvia this year.")["45 deputies"] == "Tarvia"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Media quoted the rescue chief, Ann Lee, as saying 12 bodies had been recovered.", "12 bodies"),
        ("The paper quoted the mayor, Tom Varga, as saying 40 homes were lost in the flood.", "40 homes"),
        ("Ann Lee tells reporters 300 workers will lose their jobs next month.", "300 workers"),
    ],
)
def test_a_name_before_as_saying_or_tells_is_a_source(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a firm reporting its own quantity still owns it
        ("Analysts quoted Vantor Group as saying its revenue rose 5 percent.", "5 percent", "Vantor Group"),
        # "tell" without the report's -s is no reporting verb here
        ("Ann Lee scored 25 points in the final.", "25 points", "Ann Lee"),
    ],
)
def test_an_own_report_or_a_plain_clause_keeps_its_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


_REVIEW = {"Orbel 7": "PRODUCT", "Orbel 6": "PRODUCT", "Vantor X2": "PRODUCT"}


def _review_owners(text: str) -> dict[str, str | None]:
    body = Body(text=text, paragraphs=[text], word_count=9)
    article = Article(id="a", story_id="s", headline="", body=body)
    entities = body_entities(text, _REVIEW)  # type: ignore[arg-type]
    return {r.text: r.subject_name for r in extract_indicators(article, entities)}


@pytest.mark.parametrize(
    "text, figure, rival",
    [
        ("The Orbel 7 is well priced, 30% faster than the Orbel 6 for $700.", "$700", "Orbel 6"),
        ("It runs far faster than the Vantor X2 for $499.", "$499", "Vantor X2"),
        ("Buyers get more storage versus the Orbel 6 for $599.", "$599", "Orbel 6"),
    ],
)
def test_a_thing_named_to_compare_with_is_not_the_priced_one(text: str, figure: str, rival: str) -> None:
    assert _review_owners(text)[figure] != rival


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("The Orbel 6 is on sale for $599 this week.", "$599", "Orbel 6"),
        ("It is faster than the Orbel 6, and the Vantor X2 sells for $499.", "$499", "Vantor X2"),
    ],
)
def test_a_thing_priced_in_its_own_clause_keeps_its_price(text: str, figure: str, owner: str) -> None:
    assert _review_owners(text)[figure] == owner
