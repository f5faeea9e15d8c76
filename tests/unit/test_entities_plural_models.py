"""A listed maker and a three-digit model number written in the plural ("six Boeing 747s", "11
Boeing 737's") name the model, the ending left out; texts written for the test. The small model
read the maker alone, and the plural ending stopped the model-number finder."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


def _is_maker(name: str) -> bool:
    return name in ("Boeing", "Airbus", "Fokker", "McDonnell Douglas")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Corvair will buy six Boeing 747s this year.", ["Boeing 747"]),
        ("It sold nine of its 14 Boeing 737's to a lessor.", ["Boeing 737"]),
        ("The carrier leases three Fokker 100s and two Airbus 310s.", ["Fokker 100", "Airbus 310"]),
        ("Its McDonnell Douglas 880s were grounded.", ["McDonnell Douglas 880"]),
        ("The fleet of Boeing\n767s grew.", ["Boeing\n767"]),  # a hard-wrapped line
        ("Tarvel flies Boeing 737-400s to Lisbon.", ["Boeing 737-400"]),
    ],
)
def test_a_maker_and_a_plural_model_number_are_the_model(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.plural_models(text, _is_maker)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Boeing grew in the 1980s and 1990s.",  # decades: four digits
        "Trains of the Class 377s were late.",  # no listed maker
        "Norvia Route 66s are famous.",  # no listed maker
        "Boeing 747 jets were grounded.",  # no plural ending: the other finders' case
        "Boeing 747sx was a typo.",  # the ending is no plural: a word runs on
        "Boeing 3,747s were counted.",  # a number with a thousands' comma
    ],
)
def test_no_plural_model(text: str) -> None:
    found = [text[s:e] for s, e in rules.plural_models(text, _is_maker)]
    assert found == [], found


def test_the_extractor_types_the_plural_model_a_product(extractor: EntityExtractor) -> None:
    body = "Corvair Airlines said it would buy six Boeing 747s for its long routes, the carrier said."
    types = types_of(entities_of(extractor, body))
    assert types.get("Boeing 747") == "PRODUCT", types


@pytest.mark.parametrize(
    ("found", "name"),
    [
        ("Airbus A320s", "Airbus A320"),
        ("Boeing 737-300s", "Boeing 737-300"),
        ("McDonnell Douglas DC-9s", "McDonnell Douglas DC-9"),
        ("Kelvo 6s", "Kelvo 6s"),  # one digit after a space: the model's own letter
        ("Vorta X20", "Vorta X20"),  # no plural ending
        ("Vorta Xs", "Vorta Xs"),  # no number before the "s"
    ],
)
def test_a_plural_ending_after_a_model_number_is_left_out(found: str, name: str) -> None:
    text = f"Tarvel bought the {found} last year."
    start = text.index(found)
    assert text[start : rules.singular_end(text, start, start + len(found))] == name


def test_the_extractor_names_the_plural_model_without_its_ending(extractor: EntityExtractor) -> None:
    body = "Tarvel Airways said it would lease four Airbus A320s from a lessor in Dublin next year."
    types = types_of(entities_of(extractor, body))
    assert types.get("Airbus A320") == "PRODUCT", types
