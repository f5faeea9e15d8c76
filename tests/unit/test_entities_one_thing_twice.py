"""One thing published once, not twice: a name that opens a longer surname, a state's postal
code beside its name, a people's plural and singular, a title with and without "the", a
force's "Policing", and a part number or variant code. Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import extractor, group_keys, people_joins, records, short_forms
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Ilda Varo", "Ilda Varo da Cunha"),
        ("Teo Marlind", "Teo Marlind van der Hoek"),
        ("Rafa Senté", "Rafa Senté de la Vara"),
        ("Amir Hadel", "Amir Hadel bin Tarek"),
    ],
)
def test_a_name_that_opens_one_longer_surname_is_that_person(short: str, full: str) -> None:
    assert people_joins._full_name_opening(short, ["Bram Oster Vell", full]) == full


@pytest.mark.parametrize(
    ("short", "names"),
    [
        ("Tovin Hale", ["Tovin Hale Jr."]),  # a father or a son
        ("Tovin Hale", ["Tovin Hale III"]),
        ("Ilda Paul", ["Ilda Paul Varo"]),  # "John Paul" of "John Paul Jones"
        ("Ilda Varo", ["Ilda Varo Music"]),  # a trade after the name
        ("Ilda Varo", ["Ilda Varo Presents"]),
        ("Ilda Varo", ["Ilda Varo da Cunha", "Ilda Varo de Sousa"]),  # two owners: neither
        ("Ilda Varo", ["Ilda Varo Cunha Pell"]),  # two more words with no particle
        ("Ilda Varo", ["Ilda Varo de"]),
        ("Ilda Varo", ["Ilda Varo NGO"]),
    ],
)
def test_a_name_that_opens_no_single_longer_surname_stays_apart(short: str, names: list[str]) -> None:
    assert people_joins._full_name_opening(short, names) is None


def test_join_people_groups_the_short_name_under_the_full_one() -> None:
    text = "Ilda Varo da Cunha, the mayor, spoke. Later Ilda Varo said it was done."
    cands = [
        Candidate("body", 0, 18, "PERSON", "ner"),
        Candidate("body", text.index("Ilda Varo said"), text.index("Ilda Varo said") + 9, "PERSON", "ner"),
    ]
    people_joins.join_people(cands, {"body": text}, load_gazetteer())
    assert {c.group for c in cands} == {"Ilda Varo da Cunha"}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Vellorians", "Vellorian"), ("Ostrani Americans", "Ostrani American"), ("Greenists", "Greenist")],
)
def test_a_peoples_plural_and_singular_share_a_key(a: str, b: str) -> None:
    assert group_keys._people_key(a.lower()) == group_keys._people_key(b.lower())


def test_a_double_s_and_a_short_word_keep_their_key() -> None:
    assert group_keys._people_key("swiss") == "swiss"
    assert group_keys._people_key("vells") == "vell"
    assert group_keys._people_key("ags") == "ags"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the vell tribune", "vell tribune"),
        ("counter fraud policing", "counter fraud police"),
        ("the harrow policing unit", "harrow policing unit"),
    ],
)
def test_a_bodys_key_drops_the_and_reads_policing_as_police(a: str, b: str) -> None:
    assert group_keys._body_key(a) == group_keys._body_key(b)


def test_policing_inside_a_name_and_a_the_word_stay() -> None:
    assert group_keys._body_key("policing institute") == "policing institute"
    assert group_keys._body_key("theatre vell") == "theatre vell"


def _group(kind: str, name: str) -> records.CandidateGroup:
    return records.CandidateGroup(kind, [Candidate("body", 0, 1, kind, "ner")], None, name)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "short", "coded"),
    [
        ("PRODUCT", "Korvex Q5", "Korvex Q5-8830K"),
        ("MISC", "VELLO", "VELLO-21"),
        ("PRODUCT", "Arlo Beam", "Arlo Beam-X2"),
    ],
)
def test_a_name_joins_its_one_coded_form(kind: str, short: str, coded: str) -> None:
    joined = short_forms.join_part_numbers([_group(kind, coded), _group(kind, short)])
    assert [g.name for g in joined] == [coded]
    assert len(joined[0].cands) == 2


@pytest.mark.parametrize(
    "groups",
    [
        # two codes
        [("PRODUCT", "Korvex Q5-8830K"), ("PRODUCT", "Korvex Q5-7710U"), ("PRODUCT", "Korvex Q5")],
        [("ORGANIZATION", "Vell-21"), ("ORGANIZATION", "Vell")],  # a body: no part number
        [("PRODUCT", "Arlo Beam-Pro"), ("PRODUCT", "Arlo Beam")],  # a word, not a code
        [("PRODUCT", "Korvex Q5-8830K"), ("MISC", "Korvex Q5")],  # another type
    ],
)
def test_a_name_with_no_single_coded_form_stays_apart(groups: list[tuple[str, str]]) -> None:
    joined = short_forms.join_part_numbers([_group(kind, name) for kind, name in groups])
    assert len(joined) == len(groups)


def test_a_postal_code_joins_the_state_the_story_names() -> None:
    ext = extractor.EntityExtractor.__new__(extractor.EntityExtractor)
    ext.gazetteer = load_gazetteer()
    dakota = ext.gazetteer.lookup("South Dakota")
    oregon = ext.gazetteer.lookup("Oregon")
    assert dakota is not None and oregon is not None
    assert ext._named_state("SD", {"south dakota": dakota}) is dakota
    assert ext._named_state("OR", {"oregon": oregon}) is oregon
    assert ext._named_state("SD", {"oregon": oregon}) is None  # the state is not named
    assert ext._named_state("ZQ", {"oregon": oregon}) is None
    assert ext._named_state("Or", {"oregon": oregon}) is None


def test_a_partys_adjective_is_its_members() -> None:
    ext = extractor.EntityExtractor.__new__(extractor.EntityExtractor)
    ext.gazetteer = load_gazetteer()
    members = ext._members_of("Democratic")
    assert members is not None and members.name == "Democrat"
    assert ext._members_of("Velloric") is None  # no list knows "Vellor"
    assert ext._members_of("Atlantic") is None  # "Atlant" is nobody
