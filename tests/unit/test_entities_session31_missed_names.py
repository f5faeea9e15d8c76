"""Session 31: names the stage missed on new copy. An acronym defined in brackets after a name
it spells, and its later bare mentions, are that name's; a name in the wire's angle brackets is
a company; a peer's surname after "Lord" or "Baroness" is a person. Near misses keep their old
readings. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


def _mentions(extractor: EntityExtractor, body: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "name", "acronym"),
    [
        (
            "Officials appeared before the Special Harbour Appeals Commission (SHAC) on Monday, a "
            "secure court. The SHAC ruled on Friday.",
            "Special Harbour Appeals Commission",
            "SHAC",
        ),
        (
            "The Marlow Pensions Policy Institute (MPPI) said life expectancy was rising. The MPPI "
            "added that the gap between regions had grown.",
            "Marlow Pensions Policy Institute",
            "MPPI",
        ),
        (
            "He said the Royal Institute of Kelp Growers (RIKG) is looking at the technology. "
            "RIKG members will vote in May.",
            "Royal Institute of Kelp Growers",
            "RIKG",
        ),
    ],
)
def test_defined_acronym_joins_its_name(
    extractor: EntityExtractor, body: str, name: str, acronym: str
) -> None:
    mentions = _mentions(extractor, body)
    assert name in mentions, mentions
    assert mentions[name].count(acronym) == 2, mentions


@pytest.mark.parametrize(
    "body",
    [
        # spells nothing the story names: a measure in brackets stays no entity
        "The gross domestic product (GDP) rose 2.4% in the quarter, the Tarvian statistics office said.",
        "Sales of liquid crystal display (LCD) screens rose, the Kelvar Trade Office said. LCD prices fell.",
    ],
)
def test_bracket_letters_spelling_no_name_stay_out(extractor: EntityExtractor, body: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert "GDP" not in types and "LCD" not in types, types


def test_person_initials_in_brackets_join_no_person(extractor: EntityExtractor) -> None:
    mentions = _mentions(extractor, "Jonas Harwick (JH) said the plan would work and the board agreed.")
    assert mentions.get("Jonas Harwick") == ["Jonas Harwick"], mentions


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Kelvar Oil Corp <KVO> said the consortium includes <Editions Marlovie>, which holds 10 pct.",
            "Editions Marlovie",
        ),
        (
            "Earlier, <Quellan Information Systems (U.K.) Ltd> said it wanted to enter the market.",
            "Quellan Information Systems (U.K.) Ltd",
        ),
        (
            "Tarvel SA <TRVL.PA> said shareholders include <Gruppo Tarvelli> and <Banque Harlovet>.",
            "Gruppo Tarvelli",
        ),
    ],
)
def test_angle_bracketed_name_is_a_company(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert not any(">" in n or "<" in n for n in types), types


def test_angle_bracketed_title_outside_wire_copy_is_no_company(extractor: EntityExtractor) -> None:
    body = "The reading list includes <Salt and Iron Roads>, a history of the harbour towns."
    types = types_of(entities_of(extractor, body))
    assert types.get("Salt and Iron Roads") != "ORGANIZATION", types


def test_ticker_in_angle_brackets_is_no_name(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Kelvar Oil Corp <KVO> said it would cut output by 10 pct."))
    assert "KVO" not in types, types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Lord Harwick spent two years in prison after the trial.", "Harwick"),
        ("The party said it would not block any bid by Lord Tessiter to rejoin its ranks.", "Tessiter"),
        ("Baroness Quillmore's report on the courts came out on Tuesday.", "Quillmore"),
    ],
)
def test_peer_is_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PERSON", types


def test_peer_joins_the_full_name(extractor: EntityExtractor) -> None:
    body = "Jeffrey Harwick wrote the book in prison. Lord Harwick denied the claim on Monday."
    mentions = _mentions(extractor, body)
    assert mentions.get("Jeffrey Harwick", []).count("Harwick") == 1, mentions


@pytest.mark.parametrize(
    "body",
    [
        "The Lord Chancellor agreed to review the rules on Monday.",
        "The Lord Mayor opened the new bridge over the river.",
    ],
)
def test_peer_offices_stay_no_person(extractor: EntityExtractor, body: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert not any(t == "PERSON" for t in types.values()), types
