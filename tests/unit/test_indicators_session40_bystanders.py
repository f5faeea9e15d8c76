"""Session 40: figures whose sentence names a bystander, not an owner, and ages told by epithet.

A telling verb's hearer ("He told Harbor News: ..."), a person credited in a participle
apposition (", starring Ann Lee,"), a list of names a count restates in apposition ("Vantor and
Orbis, two networks"), a poll's share of its respondents, and a place whose only figures are the
scene's weather give no owner; an age epithet opening its sentence before a verb, a possessive or a
sports or arts role ("The 29-year-old later won") is the person named last.
"""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, Dateline, EntityType
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities, focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harbor News": ("ORGANIZATION", None),
    "Ivo Brant": ("PERSON", None),
    "Mara Kelto": ("PERSON", None),
    "Kessel Film": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Orbis Net": ("ORGANIZATION", None),
    "Harlow Court": ("ORGANIZATION", None),
    "Tarvia Re": ("ORGANIZATION", None),
    "Norwell Forum": ("ORGANIZATION", None),
    "Vantor Works": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the hearer of a telling verb
        ('Ivo Brant spoke on Monday. He told Harbor News: "I fear 20 officials forgot it."', "20 officials"),
        ("Critics were loud. Ivo Brant told Harbor News that 300 staff would go.", "300 staff"),
        ("Ivo Brant told Harbor News on Monday that 40 workers had left.", "40 workers"),
        # a person credited in a participle apposition
        ("The comedy, starring Mara Kelto, took $33.1m at the box office.", "$33.1m"),
        ("The comedy, featuring Mara Kelto, drew 2 million viewers.", "2 million viewers"),
        ("The musical, co-starring Ivo Brant, sold 80,000 tickets.", "80,000 tickets"),
        # a list of names a count restates
        (
            "Harlow Court ruled for Delmar and Orbis Net, two file-sharing networks.",
            "two file-sharing networks",
        ),
        ("Kessel Film backed Delmar and Orbis Net, two small studios.", "two small studios"),
        (
            "Harlow Court sided with Vantor Group, Kessel Film and Orbis Net, three small firms.",
            "three small firms",
        ),
        # a poll's share of those it asked: the figure before's owner does not go on to it
        ("Norwell Forum's income rose 5% last year. Over 65% of the managers surveyed had no plan.", "65%"),
        ("Vantor Group's sales rose 8% in May. Some 40% of those questioned wanted a change.", "40%"),
        ("Orbis Net's profit fell 3%. About 29% of respondents said they were worried.", "29%"),
    ],
)
def test_a_bystander_owns_no_figure(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a telling verb's subject keeps its own figures
        ("Vantor Group told investors that sales rose 9%.", "9%", "Vantor Group"),
        ("Harbor News said revenue rose 12% last year.", "12%", "Harbor News"),
        # a firm named first, not in a credit apposition
        ("Kessel Film, the studio, took $40m last year.", "$40m", "Kessel Film"),
        # one name before an apposed count is the name's size
        ("Vantor Group, with 300 employees, makes tools.", "300 employees", "Vantor Group"),
        # a share of people that is no poll's goes on as before
        (
            "Norwell Forum's income rose 5% last year. Over 65% of the managers had no plan.",
            "65%",
            "Norwell Forum",
        ),
        ("Vantor Group's sales rose 8% in May. Margins rose 2%.", "2%", "Vantor Group"),
    ],
)
def test_near_misses_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Officials dropped Mara Kelto from the squad. The 29-year-old would be a strong contender.",
            "29-year-old",
        ),
        ("Coach Mara Kelto has retired. The 47-year-old later returned to management.", "47-year-old"),
        ("Mara Kelto is out of the side. The 21-year-old Harlow prop is uncapped.", "21-year-old"),
        ("Mara Kelto wants a move. The 28-year-old's contract expires in June.", "28-year-old"),
        ('Mara Kelto was pleased. "It was hard," added the 30-year-old, smiling.', "30-year-old"),
        ("Mara Kelto won in Harlow. The 25-year-old set a new national record.", "25-year-old"),
    ],
)
def test_an_age_epithet_is_the_person_named_last(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Mara Kelto"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a thing's age: a noun follows the epithet
        ("Vantor Group will shut Vantor Works. The 50-year-old plant will close in June.", "50-year-old"),
        ("Mara Kelto visited Vantor Works. The 80-year-old building needs repairs.", "80-year-old"),
        # a name after the role owns it (or nobody), not the person named before
        ("Mara Kelto praised the squad. The 19-year-old winger Tom Vale scored twice.", "19-year-old"),
    ],
)
def test_an_age_before_a_thing_or_a_name_is_not_the_person_named_before(text: str, figure: str) -> None:
    assert _owners(text)[figure] != "Mara Kelto"


def _dateline_owners(text: str, names: dict[str, EntityType]) -> dict[str, str | None]:
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=9),
        dateline=Dateline(raw="HARLOW, May 3 (Agency) --", place="Harlow"),
    )
    return {r.text: r.subject_name for r in extract_indicators(article, body_entities(text, names))}


_PLACES: dict[str, EntityType] = {"Kessel Hills": "LOCATION", "Vantor Power": "ORGANIZATION"}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Kessel Hills has had 2 inches of rain in the past two months. Kessel Hills saw 5 inches "
            "in May. More than 45,000 people were without power.",
            "45,000 people",
        ),
        (
            "Kessel Hills had 30 mm of rain. Kessel Hills saw winds of 90 km/h. About 2,000 people "
            "were evacuated.",
            "2,000 people",
        ),
        (
            "Kessel Hills saw 12 inches of snow. Kessel Hills saw 3 feet of drifts. Some 600 people "
            "slept in shelters.",
            "600 people",
        ),
    ],
)
def test_a_place_that_only_had_weather_does_not_own_the_storys_people(text: str, figure: str) -> None:
    assert _dateline_owners(text, _PLACES)[figure] is None


def test_a_place_with_statistics_still_owns_the_storys_people() -> None:
    text = "Kessel Hills' output grew 6 percent. Kessel Hills' exports rose 4 percent. "
    text += "About 300 people found jobs."
    assert _dateline_owners(text, _PLACES)["300 people"] == "Kessel Hills"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Mara Kelto welcomed the return of the four detainees.", "four detainees"),
        ("Mara Kelto was speaking on Monday to more than 100 pupils from schools nearby.", "100 pupils"),
        ("Mara Kelto is one of four captains named in the squad.", "four captains"),
        ("Mara Kelto urged the two men to stop squabbling.", "two men"),
    ],
)
def test_people_a_person_acts_on_are_not_the_persons(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # kin are the person's, and so is a count heading a clause of its own
        ("Mara Kelto, who leaves a son and two daughters, died on Monday.", "two daughters"),
        ("Mara Kelto spent time with her two sons.", "two sons"),
        ("Mara Kelto learned that 100 people view her page each week.", "100 people"),
    ],
)
def test_kin_and_a_persons_audience_stay_the_persons(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Mara Kelto"


@pytest.mark.parametrize(
    "sentence",
    [
        "One official said more talks were due.",
        "One trader said prices would hold.",
        '"It is too early," one analyst said.',
    ],
)
def test_a_count_of_one_is_a_person_not_the_story_places_people(sentence: str) -> None:
    text = "Kessel Hills' output grew 6 percent. Kessel Hills' exports rose 4 percent. " + sentence
    owners = _dateline_owners(text, _PLACES)
    assert [owner for figure, owner in owners.items() if figure.lower().startswith("one")] == [None]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Vantor Group has launched lawsuits against 80 banks to recover money.", "80 banks"),
        ("Mara Kelto has won a restraining order against two photographers.", "two photographers"),
        ("Orbis Net dropped its legal action against five lenders on Monday.", "five lenders"),
    ],
)
def test_a_count_after_against_is_the_other_side(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


def test_a_count_the_subject_has_keeps_it_beside_against() -> None:
    owners = _owners("Vantor Group, with 300 employees, fought against the plan.")
    assert owners["300 employees"] == "Vantor Group"
