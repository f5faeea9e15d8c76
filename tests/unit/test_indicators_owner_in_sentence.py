"""Owners decided inside the figure's sentence: the speaker of a first person in a quotation, the
person a possessor's role names, the name an age is set beside, and counts no name owns (a toll
the subject caused, a count heading a reported clause, one of a list or of "X and overseas")."""

from __future__ import annotations

import re

import pytest

from consumer.events import Article, Body, Entity, EntityLinks, EntityType, Mention
from consumer.indicators import extract_indicators

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harlow": ("LOCATION", "city"),
    "Norland": ("LOCATION", "country"),
    "Kessel Isles": ("LOCATION", "country"),
    "Ann Lee": ("PERSON", None),
    "Tom Varga": ("PERSON", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Bram Vane": ("ORGANIZATION", None),  # a person the tagger took for a firm
    "Orbel 9": ("PRODUCT", None),
    "Tarvia": ("LOCATION", "first_level_division"),
    "Harlow Bank": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    entities = []
    for name, (kind, place_kind) in _NAMES.items():
        mentions = [
            Mention(text=name, field="body", start=m.start(), end=m.end())
            for m in re.finditer(rf"\b{name}\b(?! Bank)", text)
        ]
        links = EntityLinks(kind=place_kind) if place_kind else None  # type: ignore[arg-type]
        entities.append(Entity(id=name, type=kind, name=name, salience=0.5, mentions=mentions, links=links))
    body = Body(text=text, paragraphs=[text], word_count=9)
    article = Article(id="a", story_id="s", headline="", body=body)
    return {r.text: r.subject_name for r in extract_indicators(article, entities)}


@pytest.mark.parametrize(
    "text, figure",
    [
        ('"I lost half of my 2,000 subscribers in a week," said Ann Lee, a baker.', "2,000 subscribers"),
        ('"He was joking about my nine fouls," Ann Lee said after the game.', "nine fouls"),
        ('"I scored 31 points tonight," coach Ann Lee told reporters.', "31 points"),
        ('"It was a long year. And of my 300 students, five left," said Ann Lee.', "300 students"),
    ],
)
def test_a_first_person_in_a_quotation_is_its_speaker_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Ann Lee"


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a third person in the quotation is not the speaker
        ('"Her 300 students passed," said Ann Lee.', "300 students", None),
        # "my" outside a quotation has no tag to read
        ("Ann Lee wrote about my 300 students in a blog.", "300 students", "Ann Lee"),
        # a named subject before "I": the clause is not the speaker's
        ('"Vantor Group has 300 workers," said Ann Lee.', "300 workers", "Vantor Group"),
    ],
)
def test_a_quotation_without_a_first_person_owner_keeps_its_reading(
    text: str, figure: str, owner: str | None
) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Vantor Group's chief executive, Ann Lee, earned $5 million last year.", "$5 million", "Ann Lee"),
        ("Vantor Group's former chairman Tom Varga sold 2 million shares.", "2 million shares", "Tom Varga"),
        ("Harlow's mayor, Ann Lee, spent $3,000 on flowers.", "$3,000", "Ann Lee"),
    ],
)
def test_a_possessor_s_role_names_the_person_who_owns(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Vantor Group's revenue rose 5 percent last year.", "5 percent", "Vantor Group"),
        ("Vantor Group's chief executive earned $5 million last year.", "$5 million", "Vantor Group"),
    ],
)
def test_a_possessor_without_a_named_person_keeps_its_figure(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Bram Vane, 38 – who manages Ann Lee and Tom Varga – has been calling her.", "Bram Vane"),
        ("Bram Vane, 38, who coaches Tom Varga, has been calling her.", "Bram Vane"),
        ("The letter from Bram Vane, 38, and Tom Varga reached her.", "Bram Vane"),
        ("Ann Lee, 38, who coaches Tom Varga, has been calling her.", "Ann Lee"),
    ],
)
def test_an_age_is_the_name_s_it_is_set_beside(text: str, owner: str) -> None:
    assert _owners(text)["38"] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Vantor Group operations in Harlow have killed more than 9,000 people since 2015.", "9,000 people"),
        ("Norland troops killed at least 40 people in the raid on Monday.", "40 people"),
        ("Vantor Group reported at least 300 people attended the launch.", "300 people"),
        ("Harlow estimated 2,000 people were evacuated from the coast.", "2,000 people"),
    ],
)
def test_a_toll_or_a_reported_count_is_nobody_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Vantor Group reported 300 new subscribers in May.", "300 new subscribers", "Vantor Group"),
        ("Vantor Group hired 300 workers in Harlow last year.", "300 workers", "Vantor Group"),
        ("The storm killed 45 people from Norland on Monday.", "45 people", "Norland"),
    ],
)
def test_an_own_count_or_an_origin_keeps_its_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Scientists from Norland and the Kessel Isles spent $4 million on it.", "$4 million"),
        ("Delegates from Harlow and the Kessel Isles raised $2 million for the fund.", "$2 million"),
        ("In 2019, 30 institutes from Norland and overseas were chosen.", "30 institutes"),
        ("Some 40 firms from Harlow and other cities signed the pact.", "40 firms"),
    ],
)
def test_one_of_a_list_or_of_unnamed_others_owns_nothing(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Norland beat the Kessel Isles by 12 points on Sunday.", "12 points", "Norland"),
        ("In 2019, 30 institutes from Norland were chosen.", "30 institutes", "Norland"),
    ],
)
def test_a_single_name_keeps_its_figure(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "The Orbel 9 has 300 seats. On Monday it was shot down over Harlow, killing all 298 people.",
            "298 people",
        ),
        ("The Orbel 9 seats 180 passengers. The jet crashed in Harlow, killing 45 people.", "45 people"),
        ("The Orbel 9 has 300 seats. Vantor Group reported 120 people were on board.", "120 people"),
    ],
)
def test_a_count_nobody_owns_takes_no_owner_from_the_figure_before(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


def test_a_spec_run_still_goes_on() -> None:
    assert (
        _owners("The Orbel 9 has 300 seats. It carries 180 passengers on long flights.")["180 passengers"]
        == "Orbel 9"
    )


@pytest.mark.parametrize(
    "text, figure",
    [
        ("A Harlow man won $5,000 in the state lottery on Friday.", "$5,000"),
        ("He rented a Vantor Group truck for $600 to move the supplies.", "$600"),
        ("An Orbel 9 owner spent $2,000 on repairs last year.", "$2,000"),
    ],
)
def test_a_name_saying_what_kind_of_thing_owns_nothing(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("A Vantor Group unit sold 3,000 cars last year.", "3,000 cars", "Vantor Group"),
        ("Harlow won $5,000 in the state lottery on Friday.", "$5,000", "Harlow"),
        ("He bought an Orbel 9 for $600 last week.", "$600", "Orbel 9"),
    ],
)
def test_a_firm_part_a_bare_name_or_a_priced_thing_keeps_its_owner(
    text: str, figure: str, owner: str
) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Norland was 5.9 percent below its peak, Tarvia 4.1 percent, Harlow 1.5 percent.",
            "4.1 percent",
            "Tarvia",
        ),
        ("Ann Lee won 20 percent of the vote and Tom Varga 12 percent.", "12 percent", "Tom Varga"),
        ("Vantor Group lost $3 million in May, Harlow Bank $2 million.", "$2 million", "Harlow Bank"),
    ],
)
def test_a_gapped_clause_is_its_name_s(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # no figure before the name: no gapping, the clause's subject as before
        ("After the talks, Norland 4.1 percent growth was forecast.", "4.1 percent", "Norland"),
        # the name is a subject with its verb
        ("Norland grew 5.9 percent, and Tarvia grew 4.1 percent.", "4.1 percent", "Tarvia"),
    ],
)
def test_no_gapping_without_a_figure_before(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Alden bought the 25.2% stake held by Harlow Bank's former chairman, Tom Varga.",
            "25.2%",
            "Tom Varga",
        ),
        ("Alden bought the 9% stake held by Vantor Group's founder Ann Lee.", "9%", "Ann Lee"),
        ("Alden bought the 4% stake held by Tarvia's governor, Ann Lee, in May.", "4%", "Ann Lee"),
    ],
)
def test_a_stake_held_by_a_possessor_s_officer_is_the_officer_s(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Factories in northern Norland spent $3 million on filters.", "$3 million"),
        ("Traders from neighbouring Tarvia paid $2 million for the grain.", "$2 million"),
        ("Workers in rural Harlow lost 12 percent of their pay.", "12 percent"),
    ],
)
def test_a_place_after_a_preposition_and_a_compass_word_is_framed(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Vantor Group spent $3 million in northern Norland last year.", "$3 million", "Vantor Group"),
        ("Harlow spent $2 million on roads last year.", "$2 million", "Harlow"),
    ],
)
def test_a_subject_before_a_framed_place_keeps_its_figure(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Bank's unit Vantor Group earned $3 billion last year.",
        "Harlow Bank's insurance arm, Vantor Group, earned $3 billion last year.",
        "Harlow Bank's new subsidiary Vantor Group earned $3 billion last year.",
    ],
)
def test_a_possessor_s_part_names_the_firm_that_owns(text: str) -> None:
    assert _owners(text)["$3 billion"] == "Vantor Group"


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Vantor Group, a unit of Harlow Bank, earned $3 billion last year.", "Vantor Group"),
        ("Harlow Bank's unit earned $3 billion last year.", "Harlow Bank"),
    ],
)
def test_a_part_without_its_own_name_keeps_the_reading(text: str, owner: str) -> None:
    assert _owners(text)["$3 billion"] == owner
