"""Places named with a possessive ("St. Kelby's Square", "Marla's Vineyard"), which the small model
cuts at the clitic: a saint's place takes its kind back, a kind of place alone takes its owner's
name back. A country's, a town's or a story person's possessive stays the owner's. Names made up
for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.boundaries import possessive_place_names
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer
from tests.unit.entity_texts import entities_of, types_of

_GAZ = Gazetteer(
    entries={"tarvia": GazEntry(name="Tarvia", type="LOCATION", kind="country", iso3166="XT")},
    acronyms=frozenset(),
    proper_tokens=frozenset(),
    cities={},
)


def _run(text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    cands = []
    for name, kind in spans:
        s = text.index(name)
        cands.append(Candidate("body", s, s + len(name), kind, "ner"))  # type: ignore[arg-type]
    out = possessive_place_names(cands, {"body": text}, _GAZ)  # type: ignore[dict-item]
    return [(text[c.start : c.end], c.type) for c in out]


@pytest.mark.parametrize(
    ("text", "spans", "place"),
    [
        ("Crowds filled St. Kelby's Square on Sunday.", [("St. Kelby", "LOCATION")], "St. Kelby's Square"),
        ("The ship left Saint Orrin's Bay at dawn.", [("Saint Orrin", "LOCATION")], "Saint Orrin's Bay"),
        (
            "They summer on Marla's Vineyard.",
            [("Marla", "PERSON"), ("Vineyard", "LOCATION")],
            "Marla's Vineyard",
        ),
        ("The ferry to Tobin's Landing sank.", [("Landing", "LOCATION")], "Tobin's Landing"),
    ],
)
def test_a_possessive_place_name_is_whole(text: str, spans: list[tuple[str, str]], place: str) -> None:
    assert _run(text, *spans) == [(place, "LOCATION")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Tarvia's Island was shelled.", [("Island", "LOCATION")]),  # a country's possessive
        ("Jo Marla's Vineyard trip drew crowds.", [("Jo Marla", "PERSON"), ("Vineyard", "LOCATION")]),
        ("St. Kelby's Square Gardens opened.", [("St. Kelby", "LOCATION")]),  # a name runs on
        ("Kelby's Square was full.", [("Kelby", "LOCATION")]),  # no saint before the clitic
        ("St. Kelby's economy grew.", [("St. Kelby", "LOCATION")]),  # no kind of place after it
    ],
)
def test_an_owner_or_a_longer_name_keeps_the_cut(text: str, spans: list[tuple[str, str]]) -> None:
    assert _run(text, *spans) == spans


def test_a_saints_square_in_running_text(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Crowds gathered in St. Orwen's Square on Sunday."))
    assert types.get("St. Orwen's Square") == "LOCATION", types
