"""Session 38 (issue 11): false organisations and a body named by two forms of its name.

A public body named with its kind word first and last ("the Department of Fisheries ... the
Fisheries Department") or with and without a governing kind word ("the Treasury Department ... the
Treasury") is one entity; two different bodies sharing the words ("the Tourism Ministry and the
Tourism Board") stay two. An amount whose pound sign was decoded twice ("Â£1.5bn"), a dimension's
abbreviation ("3D"), a month's abbreviation ("Aug/Oct") and a weekday's plural ("on Tuesdays") are
no names; "3D Systems Corp" and "Jan Kowalski" stay."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.kind_forms import join_dropped_kinds, kind_last
from consumer.entities.records import CandidateGroup
from consumer.entities.span_filters import calendar_word, is_amount
from consumer.events import Entity
from tests.unit.entity_texts import entities_of


def _bodies(extractor: EntityExtractor, body: str) -> list[Entity]:
    return [e for e in entities_of(extractor, body) if e.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    "body",
    [
        "The Department of Fisheries said on Monday that quotas would fall. A spokesman for the "
        "Fisheries Department said boats would be inspected.",
        "Officials at the Ministry of Tourism expect more visitors this year. The Tourism Ministry "
        "plans a campaign in Kelvania next month.",
        "The Court of Appeal rejected the claim on Tuesday. Lawyers said they would not challenge the "
        "Appeal Court ruling again.",
        "The Energy Department said on Monday that stocks fell. A report by the Department of Energy "
        "showed a drop.",
        "Traders said the Treasury would sell more bonds next week. The Treasury Department sold new "
        "bonds on Monday.",
    ],
)
def test_a_body_named_with_its_kind_word_moved_or_left_out_is_one_entity(
    extractor: EntityExtractor, body: str
) -> None:
    bodies = _bodies(extractor, body)
    assert len(bodies) == 1 and len(bodies[0].mentions) == 2, [(e.name, len(e.mentions)) for e in bodies]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "The Tourism Ministry and the Tourism Board disagreed on Monday. The Tourism chief said "
            "talks would go on.",
            {"Tourism Ministry", "Tourism Board"},
        ),
        (
            "The Department of Fisheries and the Fisheries Council met in Dorvik on Monday.",
            {"Department of Fisheries", "Fisheries Council"},
        ),
    ],
)
def test_two_bodies_sharing_words_stay_two(extractor: EntityExtractor, body: str, names: set[str]) -> None:
    assert names <= {e.name for e in _bodies(extractor, body)}


def test_a_second_kind_of_body_stays_apart(extractor: EntityExtractor) -> None:
    body = (
        "The Department of Mines said output fell. The Mines Department blamed floods, and the Mines "
        "Board agreed."
    )
    counts = {e.name: len(e.mentions) for e in _bodies(extractor, body)}
    assert counts == {"Department of Mines": 2, "Mines Board": 1}, counts


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Department of the Treasury", "Treasury Department"),
        ("Ministry of Tourism", "Tourism Ministry"),
        ("Court of Appeal", "Appeal Court"),
        ("Department of Health and Human Services", "Health and Human Services Department"),
        ("Ministry of Economy, Trade and Industry", "Ministry of Economy, Trade and Industry"),
        ("Kelvo Department Stores", "Kelvo Department Stores"),
        ("Bank of Kelvania", "Bank of Kelvania"),
    ],
)
def test_kind_last(name: str, form: str) -> None:
    assert kind_last(name) == form


def _group(name: str) -> CandidateGroup:
    return CandidateGroup(
        "ORGANIZATION", [Candidate("body", 0, len(name), "ORGANIZATION", "ner")], None, name
    )


def test_a_bare_name_joins_only_one_body_with_a_kind_word() -> None:
    one = join_dropped_kinds([_group("Harbor Reserve Board"), _group("Harbor Reserve")])
    assert [g.name for g in one] == ["Harbor Reserve Board"] and len(one[0].cands) == 2
    two = [_group("Tourism Ministry"), _group("Tourism Board"), _group("Tourism")]
    assert len(join_dropped_kinds(two)) == 3
    # the kind word alone, or after an acronym, is no body's own words left out
    alone = [_group("Board"), _group("NHS Board"), _group("NHS")]
    assert len(join_dropped_kinds(alone)) == 3


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            "Shares in Tarvo rose after the bid was raised to Â£1.5bn ($2.9bn) from Â£1.3bn. Tarvo "
            "said it would study the offer.",
            "Â£1.5bn",
        ),
        (
            "Kelvo Labs showed its new 3D camera in Dorvik. The 3D models will be sold next year.",
            "3D",
        ),
        (
            "Oil sold at 346.50 dlrs for May/Jul and 357.50 for Aug/Oct delivery, traders said.",
            "Aug",
        ),
        (
            "Oil sold at 346.50 dlrs for May/Jul and 357.50 for Aug/Oct delivery, traders said.",
            "Oct",
        ),
        (
            "The show will be broadcast on Tuesdays, Wednesdays and Thursdays from 2300 GMT on Radio Kelvo.",
            "Tuesdays",
        ),
    ],
)
def test_amounts_abbreviations_and_calendar_words_are_no_names(
    extractor: EntityExtractor, body: str, absent: str
) -> None:
    assert absent not in {e.name for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("3D Systems Corp said on Monday its sales rose 12 percent.", "3D Systems Corp", "ORGANIZATION"),
        ("Jan Kowalski, a trader at Kelvo Bank, said prices would fall.", "Jan Kowalski", "PERSON"),
    ],
)
def test_names_with_such_words_stay(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    assert {e.name: e.type for e in entities_of(extractor, body)}.get(name) == kind


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("Â£1.5bn", True), ("Â£42m", True), ("Â¥300", True), ("Â£2.1bnX", False), ("Â5", False)],
)
def test_an_amount_decoded_twice(surface: str, expected: bool) -> None:
    assert is_amount(surface) is expected


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            "The minister told MPs on Monday that the plan would go ahead. MPs voted 272 to 219 in favour.",
            "MPs",
        ),
        ("The MEP said her party would vote against the plan on Tuesday.", "MEP"),
        ("The first minister told MSPs that three patients were still missing.", "MSPs"),
    ],
)
def test_a_member_of_a_parliament_is_no_body(extractor: EntityExtractor, body: str, absent: str) -> None:
    assert absent not in {e.name for e in entities_of(extractor, body)}


def test_a_member_before_a_name_leaves_the_person(extractor: EntityExtractor) -> None:
    found = {
        e.name: e.type
        for e in entities_of(extractor, "Dorvik MP Jo Roe told Tarvo News the plan would fail.")
    }
    assert found.get("Jo Roe") == "PERSON" and found.get("Tarvo News") == "ORGANIZATION", found


@pytest.mark.parametrize(
    "body",
    [
        "Ada Quell stormed to double Olympic gold in Dorvik. The Olympic champion will race alongside "
        "Olympic 5,000m finalist Mia Roe.",
        "Jo Roe will race alongside Olympic 10,000m finalist Mia Roe in March.",
        "Quell, the Olympic 1,500m champion, won the race in Kelby.",
    ],
)
def test_the_games_adjective_is_no_town(extractor: EntityExtractor, body: str) -> None:
    assert ("Olympic", "LOCATION") not in {(e.name, e.type) for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Jo Roe ran in the Olympic Stadium in Dorvik on Sunday.", "Olympic Stadium", "LOCATION"),
        ("Jo Roe grew up in Olympic, a district of Kelby, and now lives in Dorvik.", "Olympic", "LOCATION"),
    ],
)
def test_a_longer_name_or_a_placed_town_stays(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert {e.name: e.type for e in entities_of(extractor, body)}.get(name) == kind


def test_a_body_in_capitals_is_no_month() -> None:
    group = CandidateGroup("ORGANIZATION", [], None, "DEC")
    assert not calendar_word(group)
    assert calendar_word(CandidateGroup("ORGANIZATION", [], None, "Dec"))
    assert calendar_word(CandidateGroup("EVENT", [], None, "Saturdays"))


@pytest.mark.parametrize("title", ["MEP", "MSP"])
def test_a_members_letters_before_a_name_are_cut(extractor: EntityExtractor, title: str) -> None:
    body = (
        f"The film showed a row between Jo Kelby, {title} Ada Quell and party leader Mia Roe about rumours."
    )
    names = {e.name: e.type for e in entities_of(extractor, body)}
    assert names.get("Ada Quell") == "PERSON", names
