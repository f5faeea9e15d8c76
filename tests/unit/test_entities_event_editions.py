"""Events named by an edition and lower-case words before a lower-case kind ("the 5th Harlow trade
fair"), numbered plenary sessions of a numbered body, and fairs with their host city in brackets
("the Tarvia (Lyon) International Technology Fair", the edition left out of the name), session 37.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of as _entities
from tests.unit.entity_texts import types_of as _types

_FILL = " Officials said the work would go on next year, and more towns would join it."


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The 5th Lyon trade fair drew 2,000 exhibitors.", "5th Lyon trade fair"),
        ("The 12th Porto investment and trade fair ended on Sunday.", "12th Porto investment and trade fair"),
        ("Leaders met at the 3rd Tarvia-Kelby economic forum in May.", "3rd Tarvia-Kelby economic forum"),
        (
            "The fifth plenary session of the 19th Tarvia Workers' Party Central Committee closed.",
            "fifth plenary session of the 19th Tarvia Workers' Party Central Committee",
        ),
    ],
)
def test_a_numbered_event_with_a_lower_case_kind_is_one_event(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(name) == "EVENT"


@pytest.mark.parametrize(
    "text",
    [
        "The Lyon trade fair drew 2,000 exhibitors.",  # no edition
        "The 5th Lyon team won the fair play award.",  # no kind after the trade words
        "On the 5th Lyon officials said the fair opened.",  # a date's day: no "the" before it
        "The fifth plenary session was held in Lyon.",  # no numbered body
    ],
)
def test_no_lower_kind_event_without_an_edition_and_a_kind(text: str) -> None:
    assert list(rules.lower_kind_editions(text)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "A ground station was shown at the Tarvia (Lyon) International Technology Fair.",
            "Tarvia (Lyon) International Technology Fair",
        ),
        (
            "The 20th Tarvia (Porto) International Fair for Investment and Trade opened.",
            "Tarvia (Porto) International Fair for Investment and Trade",
        ),
        (
            "Firms flocked to the Kelbia (Dresden) Consumer Products Expo.",
            "Kelbia (Dresden) Consumer Products Expo",
        ),
    ],
)
def test_a_fair_with_a_bracketed_place_is_one_event(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(name) == "EVENT"


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Fairs Organization (HFO) Trade Fair opened.",  # an acronym in brackets
        "The Tarvia (Kelby) Trade Fair opened.",  # no place the list knows in brackets
        "Firms in the Tarvia (Lyon) Pilot Free Trade Zone rose.",  # a zone, a place
    ],
)
def test_no_bracketed_fair_without_a_known_place_and_a_fairs_head(text: str) -> None:
    is_place = lambda name: name in ("Lyon",)  # noqa: E731
    assert list(rules.bracketed_place_fairs(text, is_place)) == []
