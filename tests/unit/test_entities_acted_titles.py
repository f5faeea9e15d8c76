"""Session 38: a film's or a show's title named bare after an actor's part in it ("her role in
Kelp Harbour", "starred in Salt Roads", "his performance as Ada Quell in Northern Verge") is a
work (MISC), whatever the model read. Near misses (an owner's possessive, a listed place, a date,
capitals, a scandal's word, a body's head word) keep their old readings. And a plan, law or
scheme after "the" and a describing word ("the so-called Tarvo Plan"). Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Actress Jo Quellan was nominated for her role in Mabel Torrin, a drama about a nurse.",
            "Mabel Torrin",
        ),
        ("Critics praised his performance in Harbor Nights, which opens in March.", "Harbor Nights"),
        (
            "The actor, who starred in The Glass Orchard, said he was thrilled by the prize.",
            "The Glass Orchard",
        ),
        ("She won for her performance as Ada Quell in Northern Verge on Sunday night.", "Northern Verge"),
        (
            "Tom Parrow, 40, had a cameo in Keeper of the Quiet Lamps and little else.",
            "Keeper of the Quiet Lamps",
        ),
    ],
)
def test_title_after_an_actors_part_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


def test_plural_part_names_two_titles() -> None:
    body = "They both won praise for supporting roles in Dorrin Hollis and Velma Crow respectively."
    found = [body[s:e] for s, e in rules.acted_titles(body, lambda name: False, lambda name: False)]
    assert found == ["Dorrin Hollis", "Velma Crow"], found


def test_makers_possessive_opens_the_title_a_title_word_does_not() -> None:
    def person(name: str) -> bool:
        return name == "Jo Roe"

    body = "She had a small role in Jo Roe's Last Harbor. He took the lead role in Dead Man's Boots."
    found = [body[s:e] for s, e in rules.acted_titles(body, lambda name: False, person)]
    assert found == ["Last Harbor", "Dead Man's Boots"], found


def test_venue_and_listed_place_end_the_title() -> None:
    def listed(name: str) -> bool:
        return name == "Harwick"

    body = (
        "His performance in Kelp Tide at the Orrin was hailed. Her role in The Salt Orchard in Harwick ended."
    )
    found = [body[s:e] for s, e in rules.acted_titles(body, listed, lambda name: False)]
    assert found == ["Kelp Tide", "The Salt Orchard"], found


def test_listed_places_possessive_is_no_title() -> None:
    def listed(name: str) -> bool:
        return name == "Harwick"

    body = "Her last stage performance in Harwick's Old Quarter drew crowds."
    assert list(rules.acted_titles(body, listed, lambda name: False)) == []


@pytest.mark.parametrize(
    "body",
    [
        "He denied any role in Kelby's collapse and said he had done nothing wrong.",
        "The team's performance in Marlow's defeat was poor, the coach said.",
        "Sales showed a strong performance in February, the firm said.",
        "The agency played a role in ZBC at the time of the merger.",
        "The minister resigned over his role in Harborgate last year.",
        "She denied any role in Kelby Bank and its losses.",
        "His role in Hide and Seek was praised by the critics.",
    ],
)
def test_no_acted_title_near_misses(body: str) -> None:
    assert list(rules.acted_titles(body, lambda name: False, lambda name: False)) == []


def test_listed_place_after_a_part_keeps_its_reading(extractor: EntityExtractor) -> None:
    body = "The bank reported a strong performance in Germany, where sales rose."
    types = types_of(entities_of(extractor, body))
    assert types.get("Germany") == "LOCATION", types


# A plan, a law or a scheme after "the" and a describing word ("the so-called Tarvo Plan", "the
# new Kelp Farming Act"): ``events.named_plans`` reads a name only right after "the", and
# ``plan_names.owned_plans`` left "the" to it, so neither read these.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "He said that the so-called Tarvo Plan had worked for a while, but that new steps were needed.",
            "Tarvo Plan",
        ),
        (
            "Ministers want to scrap the proposed Harbor Levy Scheme before the election.",
            "Harbor Levy Scheme",
        ),
        ("The firm will comply with the new Kelp Farming Act from next year.", "Kelp Farming Act"),
        ("It backed the first Marlow Strategy in 2001.", "Marlow Strategy"),
    ],
)
def test_plan_after_the_and_a_describing_word_is_misc(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


@pytest.mark.parametrize(
    "body",
    [
        "The agency runs the new World Harbor Programme in Asia.",
        "He hailed the new Harbor Bank Plan as a success.",
    ],
)
def test_no_plan_after_the_and_a_describing_word_near_misses(body: str) -> None:
    found = [body[s:e] for s, e in rules.owned_plans(body, lambda name: False)]
    assert "World Harbor Programme" not in found and "Harbor Bank Plan" not in found, found
