"""A name the sentence says is a kind of made thing is that thing (``retype.kind_predicate``):
"Velmo Tab is a tablet for children", "Quorra Pulse is a fitness tracker with ...". Never a firm
or a person the kind only modifies ("a phone maker", "a camera operator"), a list's name, a head
word's body, nor a given name. Texts and names written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.kind_predicate import kind_predicate
from tests.unit.entity_texts import entities_of, types_of


def _asks(text: str, name: str) -> bool:
    start = text.index(name)
    cand = Candidate(field="body", start=start, end=start + len(name), type="PERSON", origin="ner")  # type: ignore[arg-type]
    return kind_predicate(cand, text, name, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Velmo Tab is a tablet for children.", "Velmo Tab"),
        ("The Quorra Pulse is a fitness tracker with a heart-rate sensor.", "Quorra Pulse"),
        ("Tarn Beam is an app for photographers.", "Tarn Beam"),
        ("The Dorvik Nomad was a cheap family SUV.", "Dorvik Nomad"),
    ],
)
def test_a_name_said_to_be_a_made_thing_is_the_thing(text: str, name: str) -> None:
    assert _asks(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quorvex is a phone maker based in Oslo.", "Quorvex"),  # the kind modifies "maker"
        ("Tarn Dell is a camera operator at the station.", "Tarn Dell"),  # a person's trade
        ("Quorra Labs is a robot developer.", "Quorra Labs"),  # a head word's body
        ("Maria Vell is a phone addict.", "Maria Vell"),  # a given name first
        ("Velmo Tab is a hit with children.", "Velmo Tab"),  # no kind of made thing
    ],
)
def test_a_firm_or_a_person_the_kind_only_describes_stays(text: str, name: str) -> None:
    assert not _asks(text, name)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Velmo Tab is a tablet for children. It costs $99 in most shops.", "Velmo Tab"),
        ("Quorra Pulse is a fitness tracker with a heart-rate sensor.", "Quorra Pulse"),
    ],
)
def test_the_extractor_reads_the_product(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PRODUCT", types
