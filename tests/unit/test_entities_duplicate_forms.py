"""One thing published once, not twice (issue 11, session 35): the same name written two ways
(a hyphen, a space, accents, a possessive's apostrophe, a list's record on one form only), and
a body named with and without the place, people or national word that qualifies it. Names made
up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, duplicates
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, load_gazetteer
from consumer.entities.records import CandidateGroup
from consumer.events import EntityType, TextField
from tests.unit.entity_texts import entities_of

_GAZ = load_gazetteer()


def _group(kind: EntityType, name: str, entry: GazEntry | None = None, n: int = 1) -> CandidateGroup:
    cands = [Candidate("body", 10 * i, 10 * i + 5, kind, "ner") for i in range(n)]
    return CandidateGroup(kind, cands, entry, name)


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("PERSON", "Tarvo Quell-Marsh", "Tarvo Quell Marsh"),
        ("ORGANIZATION", "Kelvo Airways'", "Kelvo Airways"),
        ("ORGANIZATION", "Dalby, Tesk and Co", "Dalby Tesk and Co"),
        ("PERSON", "Orrin Vask Jr.", "Orrin Vask Jr"),
        ("ORGANIZATION", "Quorvane", "Quorváne"),
        ("ORGANIZATION", "Brimly Soft", "BrimlySoft"),
        ("ORGANIZATION", "Kelvo Group Plc", "Kelvo"),
        ("ORGANIZATION", "Quell Marsh and Co Inc.", "Quell Marsh"),
        ("ORGANIZATION", "Quell Marsh and Co", "Quell Marsh Co Inc"),
        ("ORGANIZATION", "Ex-Harvel", "Harvel"),
        ("ORGANIZATION", "K.Q. Holdings Inc", "KQ"),
    ],
)
def test_two_spellings_of_one_name_are_one_group(kind: EntityType, a: str, b: str) -> None:
    joined = duplicates.join_variant_forms([_group(kind, a), _group(kind, b, n=2)])
    assert len(joined) == 1 and len(joined[0].cands) == 3
    assert not joined[0].name.endswith("'") and not joined[0].name.startswith("Ex-")


def test_the_listed_form_keeps_its_record_and_takes_the_other() -> None:
    listed = GazEntry(name="Kelvo", type="ORGANIZATION")
    joined = duplicates.join_variant_forms(
        [_group("ORGANIZATION", "Kelvo"), _group("ORGANIZATION", "Kelvo", listed)]
    )
    assert len(joined) == 1 and joined[0].entry is listed


def test_a_city_state_written_two_ways_is_the_country() -> None:
    country = GazEntry(name="Harbor Kong", type="LOCATION", kind="country", iso3166="HQ")
    town = GazEntry(name="Harbor Kong", type="LOCATION", kind="city", country="HQ")
    joined = duplicates.join_variant_forms(
        [_group("LOCATION", "Harborkong", town), _group("LOCATION", "Harbor Kong", country)]
    )
    assert len(joined) == 1 and joined[0].entry is country


@pytest.mark.parametrize(
    "groups",
    [
        [("ORGANIZATION", "Kelvo", None), ("PERSON", "Kelvo", None)],  # two types
        [("ORGANIZATION", "Kelvo Bank", None), ("ORGANIZATION", "Kelvo Banks", None)],  # another word
        [("ORGANIZATION", "A", None), ("ORGANIZATION", "A.", None)],  # too short to say
        [("ORGANIZATION", "Kelvo Motors Inc", None), ("ORGANIZATION", "Kelvo", None)],  # a trade's word
        [("PERSON", "Ex-Harvel", None), ("PERSON", "Harvel", None)],  # a body's prefix only
        [("ORGANIZATION", "Exton-Harvel", None), ("ORGANIZATION", "Harvel", None)],
        [  # two namesake towns, each with its record
            ("LOCATION", "Marlow", GazEntry(name="Marlow", type="LOCATION", kind="city", country="GB")),
            ("LOCATION", "Marlow", GazEntry(name="Marlow", type="LOCATION", kind="city", country="US")),
        ],
        [  # a town called like a country it does not lie in
            ("LOCATION", "Tarvia", GazEntry(name="Tarvia", type="LOCATION", kind="country", iso3166="TV")),
            ("LOCATION", "Tarvia", GazEntry(name="Tarvia", type="LOCATION", kind="city", country="US")),
        ],
    ],
)
def test_names_that_differ_or_name_two_records_stay_apart(
    groups: list[tuple[EntityType, str, GazEntry | None]],
) -> None:
    assert len(duplicates.join_variant_forms([_group(k, n, e) for k, n, e in groups])) == 2


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("U.S. Harbor Board", "Harbor Board"),
        ("Afghan Quellists", "Quellists"),
        ("National Tarvel Institute", "Tarvel Institute"),
        ("N.V. Dorvex", "Dorvex"),
        ("J.K. Morwen Co Inc", "Morwen"),
        ("UN Harbor Council", "Harbor Council"),
        ("KX Harbor Board", "Harbor Board"),  # a body's capitals before two words
        ("US Dorvex", "Dorvex"),  # capitals the gazetteer knows as a place
        ("Tokyo Kelp Exchange", "Kelp Exchange"),
        ("Dalby, Tesk and Co", "Dalby"),  # a comma partnership's first partner
        ("Harlow Kelvex Corp", "Kelvex"),  # a legal name's later word
        ("Tarvo Quellan Brothers Inc", "Quellan"),
    ],
)
def test_a_body_named_without_its_qualifier_is_the_qualified_body(long: str, short: str) -> None:
    groups = [
        _group("ORGANIZATION", long),
        _group("ORGANIZATION", short),
        _group("ORGANIZATION", "Velm Group"),
    ]
    joined = duplicates.join_qualified_forms(groups, _GAZ)
    assert [g.name for g in joined] == [long, "Velm Group"]
    assert len(joined[0].cands) == 2


@pytest.mark.parametrize(
    "names",
    [
        ["White Harbor", "Harbor"],  # no place, people or national word before it
        ["BBC Tarvo", "Tarvo"],  # a body's unit by one word
        ["U.S. Harbor Board", "U.K. Harbor Board", "Harbor Board"],  # two qualified bodies
        ["Texas Tarvo", "Tarvo Co"],  # a company by its own suffix
        ["Quellan Harbor Board", "Harbor Board"],  # an unknown word first
        ["Sues Harbor Board", "Harbor Board"],  # a word a list spells a town by ("Suez")
        ["Harlow Kelvex Corp", "Quill Kelvex Inc", "Kelvex"],  # two companies' word
        ["Dorvex Motors Inc", "Motors"],  # a trade's word
        ["Tarvo Savings Bank Corp", "Bank"],  # a body's head word
        ["Kelby Tarvo Quell Lamm Inc", "Lamm"],  # a long name's fourth word
        ["Quarlo Kelvex", "Kelvex"],  # no legal name
        ["Dalby, Tesk and Co", "Tesk"],  # the second partner
        ["Dalby, Tesk", "Dalby"],  # a list of two names, no firm
        ["QX Tarvo", "Tarvo"],  # a one-word unit after a body's capitals (issue 11 review)
        ["ZK Dorvex", "Dorvex"],
        ["Quarlen Kelvex Corp", "Kelvex Holdings", "Kelvex"],  # another entity holds the word
    ],
)
def test_a_short_name_with_no_single_qualified_body_stays_apart(names: list[str]) -> None:
    groups = [_group("ORGANIZATION", n) for n in names]
    assert len(duplicates.join_qualified_forms(groups, _GAZ)) == len(names)


def _at(name: str, *spans: tuple[TextField, int]) -> CandidateGroup:
    cands = [Candidate(field, s, s + len(name), "ORGANIZATION", "ner") for field, s in spans]
    return CandidateGroup("ORGANIZATION", cands, None, name)


def test_a_legal_names_later_word_written_first_is_a_body_of_its_own() -> None:
    """A parent named before its subsidiary ("Kelvex said it would sell its stake in Quarlen
    Kelvex Corp") stays apart; the word after the legal name has been given joins it, a
    headline's short form before the body's legal name too."""
    first = [_at("Kelvex", ("body", 0), ("body", 90)), _at("Quarlen Kelvex Corp", ("body", 40))]
    assert len(duplicates.join_qualified_forms(first, _GAZ)) == 2
    after = [_at("Kelvex", ("body", 60)), _at("Quarlen Kelvex Corp", ("body", 5))]
    assert [g.name for g in duplicates.join_qualified_forms(after, _GAZ)] == ["Quarlen Kelvex Corp"]
    headline = [_at("Kelvex", ("headline", 0), ("body", 60)), _at("Quarlen Kelvex Corp", ("body", 5))]
    assert len(duplicates.join_qualified_forms(headline, _GAZ)) == 1


def test_another_type_is_never_joined_to_a_qualified_body() -> None:
    groups = [_group("ORGANIZATION", "U.S. Harbor Board"), _group("LOCATION", "Harbor Board")]
    assert len(duplicates.join_qualified_forms(groups, _GAZ)) == 2


def _datelined(country: str) -> CandidateGroup:
    place = GazEntry(name="Quellport", type="LOCATION", kind="city", country=country)
    return CandidateGroup("LOCATION", [Candidate("dateline", 0, 9, "LOCATION", "rule")], place, "Quellport")


def test_a_foreign_national_body_keeps_the_bare_one_apart() -> None:
    """A story datelined in one country names another's "U.S. Kelvan Treasury": its bare "Kelvan
    Treasury" may be the dateline's own; datelined in the United States, it is the one."""
    for country, count in (("AR", 3), ("US", 2)):
        groups = [
            _datelined(country),
            _group("ORGANIZATION", "U.S. Kelvan Treasury"),
            _group("ORGANIZATION", "Kelvan Treasury"),
        ]
        assert len(duplicates.join_qualified_forms(groups, _GAZ)) == count
    groups = [
        _datelined("AR"),
        _group("ORGANIZATION", "U.S. Kelvan Board"),
        _group("ORGANIZATION", "Kelvan Board"),
    ]
    assert len(duplicates.join_qualified_forms(groups, _GAZ)) == 2  # no national head: joined


def _names(extractor: EntityExtractor, body: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.name) for e in entities_of(extractor, body))


@pytest.mark.parametrize(
    ("body", "short"),
    [
        (
            "Officials at the U.S. Quarrow Safety Board met on Monday. The Quarrow Safety Board said "
            "it would publish its report in May.",
            "Quarrow Safety Board",
        ),
        (
            "Researchers at the National Kelvane Institute found the gene. A Kelvane Institute "
            "scientist, Dr Ona Brisk, said the result was clear.",
            "Kelvane Institute",
        ),
        (
            "Shares in Indian airline Torvak Airways' listing rose on Tuesday. Torvak Airways, "
            "founded in 1993, flies to 40 cities.",
            "Torvak Airways'",
        ),
    ],
)
def test_the_story_publishes_the_body_once(extractor: EntityExtractor, body: str, short: str) -> None:
    names = [n for t, n in _names(extractor, body) if t == "ORGANIZATION"]
    assert short not in names
    assert len([n for n in names if short.rstrip("'") in n]) == 1
