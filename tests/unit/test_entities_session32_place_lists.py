"""Session 32: places in lists. A list of places after a plural kind and an example cue ends
with its sentence ("countries such as Varnovia and Keldra. The aid ..." names Keldra, not
"Keldra. The"), and a model place that runs two listed places over the comma between them
("Lodz, Salvador") is the two places. Near misses keep their old readings. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.rules.places import example_bodies, example_places
from consumer.entities.span_splits import split_comma_places
from consumer.events import TextField
from tests.unit.entity_texts import entities_of


def _names(text: str, spans: object) -> list[str]:
    return [text[s:e] for s, e in spans]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aid went to countries such as Varnovia and Keldra. The money also paid for wells.",
            ["Varnovia", "Keldra"],
        ),
        ("It owed money to nations including Ostrania. Former ministers said so.", ["Ostrania"]),
        (
            "Floods hit towns like Marabol, Kelongu and Tessing. Relief Workers came later.",
            ["Marabol", "Kelongu", "Tessing"],
        ),
    ],
)
def test_a_listed_place_ends_with_its_sentence(text: str, names: list[str]) -> None:
    assert _names(text, example_places(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an abbreviation's dot inside a name is no full stop
        ("Floods hit towns like St. Kelby and Marabol last year.", ["St. Kelby", "Marabol"]),
        # a state's abbreviation the gazetteer knows ends no sentence
        ("It sold land in places like Varnovia, Va. and Keldra.", ["Varnovia", "Va.", "Keldra"]),
        # the list's last name at a sentence's end loses the full stop only
        ("Aid went to countries such as Varnovia and Keldra.", ["Varnovia", "Keldra"]),
    ],
)
def test_a_dot_inside_a_list_that_ends_no_sentence(text: str, names: list[str]) -> None:
    known = {"Va."}
    assert _names(text, example_places(text, known.__contains__)) == names


def test_a_listed_body_ends_with_its_sentence() -> None:
    text = "It buys from firms such as Kelvor Labs and Quanvex. The Deal fell through."
    assert _names(text, example_bodies(text)) == ["Kelvor Labs", "Quanvex"]


def test_a_listed_place_at_a_sentence_end_is_the_place_alone(extractor: EntityExtractor) -> None:
    body = "Relief went to countries such as Ethiopia and Chad. The Money came from donors."
    names = {e.name for e in entities_of(extractor, body)}
    assert "Chad. The" not in names
    assert "Chad" in names


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _split(text: str, gazetteer: Gazetteer, start: int, end: int) -> list[str]:
    field: TextField = "body"
    cands = [Candidate(field, start, end, "LOCATION", "ner")]
    return [text[c.start : c.end] for c in split_comma_places(cands, {field: text}, gazetteer)]


@pytest.mark.parametrize(
    ("text", "span", "parts"),
    [
        ("The tour visits Gdansk, Lodz, Salvador and Osorno.", "Lodz, Salvador", ["Lodz", "Salvador"]),
        (
            "It has plants in Latvia, the Czech Republic, Mongolia and Peru.",
            "Czech Republic, Mongolia",
            ["Czech Republic", "Mongolia"],
        ),
        (
            "Shops opened in Tartu, Ghent, Bergen and Graz.",
            "Tartu, Ghent, Bergen",
            ["Tartu", "Ghent", "Bergen"],
        ),
    ],
)
def test_two_listed_places_in_one_model_span_are_two(
    gazetteer: Gazetteer, text: str, span: str, parts: list[str]
) -> None:
    start = text.index(span)
    assert _split(text, gazetteer, start, start + len(span)) == parts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the whole a place of its own
        ("He flew to Washington, D.C. on Monday.", "Washington, D.C."),
        # a part no place the gazetteer knows
        ("It has plants in Latvia, Quorvexa and Peru.", "Latvia, Quorvexa"),
        # no comma
        ("It has plants in the Czech Republic now.", "Czech Republic"),
    ],
)
def test_a_model_place_with_a_part_no_place_stays_whole(gazetteer: Gazetteer, text: str, span: str) -> None:
    start = text.index(span)
    assert _split(text, gazetteer, start, start + len(span)) == [span]


def test_two_places_split_in_a_story(extractor: EntityExtractor) -> None:
    body = "The tour visits Gdansk, Lodz, Salvador, Recife and Osorno."
    names = {e.name for e in entities_of(extractor, body)}
    assert "Lodz, Salvador" not in names
    assert {"Łódź", "Salvador"} <= names  # the gazetteer names the town by its own spelling
