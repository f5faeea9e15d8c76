"""Places typed as bodies: a count of years, times or miles after a place is no score ("killed in
Marseille 40 years ago", "visited Ohio 75 times"), while a results line's numbers still make
clubs; a town its state places ("Dayton, Ohio") is the town on its bare mentions the model read as
a body; waters by their head word ("Quarrow Inlet") and a known town after a preposition of place
("stores in nearby Novi") are places. Sentences made up for the test."""

from __future__ import annotations

import re

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.candidates import Candidate, Origin
from consumer.entities.consolidate import vote_types
from consumer.events import EntityType
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("text", "end_of"),
    [
        ("He honoured the athletes killed in Marseille 40 years ago.", "Marseille"),
        ("The two candidates have visited Ohio 75 times since spring.", "Ohio"),
        ("She grew up in Lyon but moved to England 15 years later.", "England"),
        ("The convoy stopped in Dover 30 miles short of the port.", "Dover"),
        ("Flights from Quito 3 days a week were cancelled.", "Quito"),
    ],
)
def test_a_count_of_time_or_visits_after_a_place_is_no_score(text: str, end_of: str) -> None:
    end = text.index(end_of) + len(end_of)
    assert not rules.followed_by_score(text, end)


@pytest.mark.parametrize(
    ("text", "end_of"),
    [
        ("Results on Sunday:\nGranby 2 Dunmore 1\nWelton 0 Ashby 3", "Granby"),
        ("Late goals gave Granby 2, Dunmore 1.", "Granby"),
        ("Granby 2 (Hale 2) Dunmore 1 (Roe)", "Granby"),
        ("Result: Welton 3 Ashby 1 after extra time", "Welton"),
    ],
)
def test_a_results_lines_numbers_are_still_scores(text: str, end_of: str) -> None:
    end = text.index(end_of) + len(end_of)
    assert rules.followed_by_score(text, end)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The anchor will honour the athletes killed in Marseille 40 years ago.", "Marseille"),
        ("Obama and Romney have together visited Ohio 75 times this year.", "Ohio"),
        ("The chef grew up in Lyon but moved to England 15 years later.", "England"),
    ],
)
def test_places_before_a_count_of_years_or_visits_stay_places(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(place) == "LOCATION"


# ------------------------------------------------ a town its state places is the town everywhere


def _town_cands(
    extractor: EntityExtractor, text: str, town: str, state: str, town_reading: tuple[EntityType, Origin]
) -> list[Candidate]:
    """The town before its state as ``town_reading`` says, the state by the gazetteer, and the
    town's other, bare mentions read as a body by the model."""
    gazetteer = extractor.gazetteer
    first = text.index(f"{town}, {state}")
    state_start = first + len(town) + 2
    cands = [
        Candidate("body", first, first + len(town), *town_reading, gazetteer.lookup(town)),
        Candidate(
            "body", state_start, state_start + len(state), "LOCATION", "gazetteer", gazetteer.lookup(state)
        ),
    ]
    for match in re.finditer(re.escape(town), text):
        if match.start() != first:
            cands.append(Candidate("body", match.start(), match.end(), "ORGANIZATION", "ner"))
    return sorted(cands, key=lambda c: c.start)


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        (
            "The president toured a mill in Dayton, Ohio. The plants around Dayton closed, Dayton "
            "lost jobs and unemployment in Dayton fell only last year.",
            "Dayton",
            "Ohio",
        ),
        (
            "Flint, Michigan, was a car town. Flint lost its plants; Flint's leaders and Flint "
            "residents still wait.",
            "Flint",
            "Michigan",
        ),
        (
            "Reporters went to Scranton, Pennsylvania. Scranton recovered, Scranton's mayor said, "
            "and Scranton is growing.",
            "Scranton",
            "Pennsylvania",
        ),
    ],
)
def test_a_town_its_state_places_types_its_bare_mentions(
    extractor: EntityExtractor, text: str, town: str, state: str
) -> None:
    cands = _town_cands(extractor, text, town, state, ("LOCATION", "gazetteer"))
    assert not extractor._towns_before_states(cands, {"body": text})
    vote_types(cands, {"body": text})
    assert {c.type for c in cands if text[c.start : c.end] == town} == {"LOCATION"}


def test_a_town_that_is_the_storys_surname_keeps_the_models_reading(extractor: EntityExtractor) -> None:
    text = "Senator Ann Warren spoke in Warren, Michigan. Warren said Warren would win."
    cands = _town_cands(extractor, text, "Warren", "Michigan", ("LOCATION", "gazetteer"))
    cands.append(Candidate("body", text.index("Ann Warren"), text.index("Ann Warren") + 10, "PERSON", "ner"))
    cands.sort(key=lambda c: c.start)
    extractor._towns_before_states(cands, {"body": text})
    assert all(c.origin != "rule" for c in cands)


def test_a_town_before_a_possessive_state_is_left_alone(extractor: EntityExtractor) -> None:
    text = "Mr. Dayton, Ohio's new envoy, met Dayton officials and Dayton staff."
    cands = _town_cands(extractor, text, "Dayton", "Ohio", ("LOCATION", "gazetteer"))
    extractor._towns_before_states(cands, {"body": text})
    assert all(c.origin != "rule" for c in cands)


# ------------------------------------------------ waters and lowlands by their head word


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("A ferry crossed Quarrow Inlet on Sunday.", "Quarrow Inlet"),
        ("Whales fed in the Harlan Bight.", "Harlan Bight"),
        ("Sailors anchored off Brenna Inlet.", "Brenna Inlet"),
        (
            "The first phase of the Harlow Array project, around 12 miles off the coasts of Kent and "
            "Essex in the Medway Estuary, will see 175 turbines.",
            "Medway Estuary",
        ),
    ],
)
def test_waters_by_their_head_word_are_places(extractor: EntityExtractor, body: str, place: str) -> None:
    assert types_of(entities_of(extractor, body)).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Gulf Air said it would add flights.", "Gulf Air"),
        ("The Gulf Cooperation Council met in Riyadh.", "Gulf Cooperation Council"),
        ("Shares of Basin Electric rose.", "Basin Electric"),
        ("The Inlet Group said profits rose.", "Inlet Group"),
    ],
)
def test_bodies_opening_on_a_water_word_stay_bodies(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


# ------------------------------------------------ a known town after a preposition of place


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Stores in nearby Novi opened early.", "Novi"),  # the model reads a body
        ("A protest was held in nearby Livonia on Wednesday night.", "Livonia"),
        ("Stores in nearby Orem opened early.", "Orem"),
        ("Stores in nearby Ogden opened early.", "Ogden"),  # the model reads a person
        ("A protest was held in nearby Torrance on Wednesday night.", "Torrance"),
    ],
)
def test_a_known_town_after_a_preposition_of_place_is_the_town(
    extractor: EntityExtractor, body: str, town: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(town) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Vodafone holds a 40% stake in Nokia.", "Nokia", "ORGANIZATION"),  # a holding's noun
        ("Investors in Sandy Springs Bank were told to wait.", "Sandy Springs Bank", "ORGANIZATION"),
        ("Stores in Orange County opened early.", "Orange County", "LOCATION"),
    ],
)
def test_a_holding_or_a_longer_name_keeps_its_reading(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind
