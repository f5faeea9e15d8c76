"""Acronyms a story spells out in lower case ("a thermal energy storage (TES) tank") are short
forms of common nouns, no bodies, whatever the model or a namesake in the gazetteer read; an
acronym of a capitalised name, or one whose lower-case words do not spell it, keeps its body."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "acronym"),
    [
        (
            "Engineers tested a thermal energy storage (TES) tank at the plant. "
            "TES tanks hold heat for hours.",
            "TES",
        ),
        (
            "The clinic uses a continuous passive motion (CPM) machine after knee surgery. "
            "CPM machines move the joint slowly.",
            "CPM",
        ),
        (
            "Many clinics now use pulsed field ablation (PFA) to treat the heart. "
            "PFA takes less time than older methods, doctors said.",
            "PFA",
        ),
        # spelt before ", or" (session 43)
        (
            "The patient was found to have chronic fatigue syndrome, or CFS. Doctors said CFS is missed.",
            "CFS",
        ),
        # a chemist's mixed-case form, spelt after it (session 43)
        ("New SiC (silicon carbide) chips switch faster. A SiC wafer costs more, the maker said.", "SiC"),
        (
            "The city bought a new automated fare collection (AFC) system. "
            "The AFC system will be ready in May.",
            "AFC",
        ),
    ],
)
def test_an_acronym_spelt_in_lower_case_is_no_body(
    extractor: EntityExtractor, body: str, acronym: str
) -> None:
    ents = entities_of(extractor, body)
    assert not any(acronym in [m.text for m in e.mentions] for e in ents), types_of(ents)


def test_a_listed_namesake_gives_way_to_the_spelt_words(extractor: EntityExtractor) -> None:
    body = "The bank installed a biometric identity system (BIS) at its branches. BIS terminals scan palms."
    ents = entities_of(extractor, body)
    assert "Bank for International Settlements" not in types_of(ents), types_of(ents)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Harbor Fishing Association (HFA) said catches fell. The HFA wants more boats.",
            "Harbor Fishing Association",
        ),
        (
            "The Harbor Fishing Association, or HFA, said catches fell. The HFA wants more boats.",
            "Harbor Fishing Association",
        ),
        # lower-case words that do not spell the acronym: a body's description, its name kept
        ("Staff at the regional lender, or KDB, cut their forecast. KDB expects slower growth.", "KDB"),
        ("Analysts at the regional lender (KDB) cut their forecast. KDB expects slower growth.", "KDB"),
        (
            "The Bank for International Settlements (BIS) warned on Monday. BIS said rates would rise.",
            "Bank for International Settlements",
        ),
    ],
)
def test_an_acronym_of_a_name_keeps_its_body(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"
