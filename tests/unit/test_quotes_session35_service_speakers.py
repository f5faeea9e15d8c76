"""Direct quotes a place's public service speaks by its kind (issue 14, session 35): "police
said", "the sheriff's office said", "the fire department said", "a spokesperson for the
district said", "police officials said", "the authority said"; "the spokesperson said" far after
the body's spokesperson was brought in; "the letter signed by" a body. The kind's words must be
the body's own, and of several bodies of that kind none is guessed. Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

_FILLER = (
    "The victim was taken to a hospital.\n\n"
    "Witnesses described a gray pickup truck leaving the scene.\n\n"
    "Neighbours said the street had been quiet for years.\n\n"
)


def _speakers(body: str, orgs: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name, "ORGANIZATION") for name in orgs]
    entities += [_entity(article, name) for name in people]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


# ------------------------------------------------------- the one body of the kind the tag names


@pytest.mark.parametrize(
    ("body", "orgs", "speaker"),
    [
        (
            # named three paragraphs before the tag: "police" alone
            "A man was shot outside a bar on Friday, the Kelby Police Department said.\n\n"
            + _FILLER
            + '"We are asking anyone with video to come forward," police said.',
            ("Kelby Police Department",),
            "Kelby Police Department",
        ),
        (
            "Officers with the Marlow Police Department arrested two teenagers on Sunday.\n\n"
            'Police said, "Both suspects were taken to the juvenile center."',
            ("Marlow Police Department",),
            "Marlow Police Department",
        ),
        (
            # another office named since: the sheriff's, by its own words
            "The Tarvin County Sheriff's Office found the missing boy on Tuesday.\n\n"
            "The Tarvin County Coroner's Office had been called to another case.\n\n"
            '"He was cold but unharmed," the sheriff\'s office said.',
            ("Tarvin County Sheriff's Office", "Tarvin County Coroner's Office"),
            "Tarvin County Sheriff's Office",
        ),
        (
            # a police department named since: the fire department, by its own words
            "Crews fought a house fire on Elm Street, the Harlow Fire Department said.\n\n"
            "The Harlow Police Department closed the road for three hours.\n\n"
            '"The family got out safely," the fire department said.',
            ("Harlow Fire Department", "Harlow Police Department"),
            "Harlow Fire Department",
        ),
        (
            "Classes were cancelled on Monday across the Dunmore County School District.\n\n"
            "A broken boiler left three schools without heat.\n\n"
            '"We expect to reopen on Wednesday," a spokesperson for the district said.',
            ("Dunmore County School District",),
            "Dunmore County School District",
        ),
        (
            "The Kelby Transit Authority will cut six bus routes in March.\n\n"
            '"We cannot keep running empty buses," the authority said in a statement.',
            ("Kelby Transit Authority",),
            "Kelby Transit Authority",
        ),
        (
            # unnamed officials of the named body: the body, as the conventions say
            "The Marlow Police Department arrested a man on Friday.\n\n"
            '"He is facing eleven charges," police officials said.',
            ("Marlow Police Department",),
            "Marlow Police Department",
        ),
        (
            "Troopers with the Ohio State Police stopped the car.\n\n"
            '"The driver was not impaired," state police said.',
            ("Ohio State Police",),
            "Ohio State Police",
        ),
        (
            "The crash was investigated by the Kelby County Highway Patrol.\n\n"
            '"Speed was a factor," the highway patrol said.',
            ("Kelby County Highway Patrol",),
            "Kelby County Highway Patrol",
        ),
        (
            "A man was shot outside a bar on Friday, the Kelby Police Department said.\n\n"
            '"We are asking anyone with video to come forward," Kelby police said.',
            ("Kelby Police Department",),
            "Kelby Police Department",
        ),
    ],
)
def test_a_service_by_its_kind_is_the_body_of_that_kind(
    body: str, orgs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(body, orgs) == [speaker]


@pytest.mark.parametrize(
    ("body", "orgs"),
    [
        (
            # no fire department named: never the police department, the only "department"
            "The Brackwater Police Department closed the road after a house fire.\n\n"
            '"The family got out safely," the fire department said.',
            ("Brackwater Police Department",),
        ),
        (
            # another country's police: not the town's department
            "A Kelby woman was arrested in Spain, the Kelby Police Department said.\n\n"
            '"She was carrying two kilos of cocaine," Spanish police said.',
            ("Kelby Police Department",),
        ),
        (
            # no sheriff's office named: never the coroner's
            "The Tarvin County Coroner's Office was called to the farm on Tuesday.\n\n"
            '"The boy was cold but unharmed," the sheriff\'s office said.',
            ("Tarvin County Coroner's Office",),
        ),
    ],
)
def test_never_a_body_of_another_kind(body: str, orgs: tuple[str, ...]) -> None:
    """The general reading of "the department", "the office" or "police" had taken any body whose
    name holds the noun: a wrong speaker, where null is right."""
    assert _speakers(body, orgs) == [None]


@pytest.mark.parametrize(
    ("body", "orgs"),
    [
        (
            # a police union is no police force
            "The Kelby Police Officers Association criticised the budget on Monday.\n\n"
            '"Response times will get longer," police said.',
            ("Kelby Police Officers Association",),
        ),
        (
            # two forces named, neither spoke: which one is a guess
            "The Kelby Police Department and the Marlow Police Department searched the river.\n\n"
            '"The death does not appear suspicious," police said.',
            ("Kelby Police Department", "Marlow Police Department"),
        ),
        (
            # officials with no kind named stay unnamed
            "The Kelby County Health Department reported four new cases of measles.\n\n"
            '"Parents should check their children\'s records," officials said.',
            ("Kelby County Health Department",),
        ),
        (
            # the sheriff is a person, not the office
            "The Tarvin County Sheriff's Office found the missing boy on Tuesday.\n\n"
            '"He was cold but unharmed," the sheriff said.',
            ("Tarvin County Sheriff's Office",),
        ),
    ],
)
def test_near_misses_name_nobody(body: str, orgs: tuple[str, ...]) -> None:
    assert _speakers(body, orgs) == [None]


@pytest.mark.parametrize(
    ("named", "tag"),
    [
        ("the Harlow Fire Department", "fire officials said"),
        ("Kelby County Public Schools", "school officials said"),
        ("the Tarvin County Sheriff's Office", "sheriff's officials said"),
        ("the Marlow County Health Department", "health officials said"),
        ("Kelby County Public Schools", "a district spokeswoman said"),
    ],
)
def test_unnamed_officials_of_a_service_speak_for_it(named: str, tag: str) -> None:
    body = (
        f"Crews worked through the night, {named} said.\n\n"
        + _FILLER
        + f'"We will stay until it is safe," {tag}.'
    )
    orgs = (named.removeprefix("the "),)
    assert _speakers(body, orgs) == [orgs[0]]


def test_the_department_still_reads_as_before() -> None:
    body = (
        "The Marlow Police Department said a woman was robbed near a bank.\n\n"
        '"The suspect fled on foot toward the park," the department said.'
    )
    assert _speakers(body, ("Marlow Police Department",)) == ["Marlow Police Department"]


def test_of_two_forces_the_one_that_spoke_last() -> None:
    body = (
        "The Kelby Police Department and the Marlow Police Department searched the river.\n\n"
        '"We found nothing," the Marlow Police Department said.\n\n'
        '"We will search again at dawn," police said.'
    )
    speakers = _speakers(body, ("Kelby Police Department", "Marlow Police Department"))
    assert speakers == ["Marlow Police Department", "Marlow Police Department"]


# ------------------------------------------------------------- the body behind a spokesperson


@pytest.mark.parametrize(
    "between",
    [
        _FILLER,
        "Ridership fell by a third in two years.\n\nRiders said the routes were their only way to work.\n\n",
        "Drivers said they would fight the cuts.\n\nSeveral riders wrote to the mayor.\n\n"
        "One said she walks now.\n\n",
    ],
)
def test_the_spokesperson_far_after_the_body_brought_it_in(between: str) -> None:
    body = (
        "A spokesperson for the Kelby Transit Authority said six bus routes will be cut.\n\n"
        + between
        + '"We cannot keep running empty buses," the spokesperson said.'
    )
    assert _speakers(body, ("Kelby Transit Authority",)) == ["Kelby Transit Authority"]


def test_an_indefinite_spokesperson_far_after_is_someone_new() -> None:
    body = (
        "A spokesperson for the Kelby Transit Authority said six bus routes will be cut.\n\n"
        + _FILLER
        + '"We cannot keep running empty buses," a spokesperson said.'
    )
    assert _speakers(body, ("Kelby Transit Authority",)) == [None]


def test_a_named_spokesperson_stays_the_person() -> None:
    body = (
        "A spokesperson for the Kelby Transit Authority said six bus routes will be cut.\n\n"
        + _FILLER
        + "Spokesperson Dana Quill answered questions on Monday.\n\n"
        + '"We cannot keep running empty buses," the spokesperson said.'
    )
    speakers = _speakers(body, ("Kelby Transit Authority",), ("Dana Quill",))
    assert speakers == ["Dana Quill"]


# ------------------------------------------------------------------ a letter signed by a body


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("says the letter signed by the Kelby Medical Society.", "Kelby Medical Society"),
        ("the letter signed by the Kelby Medical Society said.", "Kelby Medical Society"),
        ("reads a statement issued by the Kelby Medical Society.", "Kelby Medical Society"),
        ("says the letter written by Dana Quill.", "Dana Quill"),
    ],
)
def test_a_document_signed_by_a_body_is_its_words(tag: str, speaker: str) -> None:
    body = f'Hospitals are running out of beds.\n\n"We are at a breaking point," {tag}'
    assert _speakers(body, ("Kelby Medical Society",), ("Dana Quill",)) == [speaker]


def test_a_letter_signed_by_unnamed_people_names_nobody() -> None:
    body = 'Hospitals are full.\n\n"We are at a breaking point," says the letter signed by 40 doctors.'
    assert _speakers(body, ("Kelby Medical Society",)) == [None]


# ------------------------------------------------------------------ review of session 35 (M2)


@pytest.mark.parametrize(
    ("body", "orgs", "speaker"),
    [
        (
            # "school officials": a school district's, never any district's
            "The Kelby Health District reported three cases of flu.\n\n"
            + _FILLER
            + '"We are watching it closely," school officials said.',
            ("Kelby Health District",),
            None,
        ),
        (
            "The Harlow County Board of Education met on Monday.\n\n"
            + _FILLER
            + '"We are watching it closely," school officials said.',
            ("Harlow County Board of Education",),
            "Harlow County Board of Education",
        ),
        (
            # the place before "police" is a whole word of the body's place, never a piece of one
            "Officers of the New Tarvin Police Department flew to the coast.\n\n"
            '"He was arrested at the station," Tarvin police said.',
            ("New Tarvin Police Department",),
            None,
        ),
        (
            "The Columbus Police Department sent two officers.\n\n"
            '"He was arrested at the station," Columbia police said.',
            ("Columbus Police Department",),
            None,
        ),
        (
            "The Kelby County Police Department sent two officers.\n\n"
            '"He was arrested at the station," Kelby police said.',
            ("Kelby County Police Department",),
            "Kelby County Police Department",
        ),
        (
            "A Marlow man was held in Israel, the Israel Police said.\n\n"
            '"He was arrested at the station," Israeli police said.',
            ("Israel Police",),
            "Israel Police",
        ),
        (
            # a police union is no police force, though its name ends on "Police"
            "The Fraternal Order of Police criticised the budget on Monday.\n\n"
            '"Response times will get longer," police said.',
            ("Fraternal Order of Police",),
            None,
        ),
        (
            "The Kelby Association of Chiefs of Police met on Monday.\n\n"
            '"Response times will get longer," police said.',
            ("Kelby Association of Chiefs of Police",),
            None,
        ),
        (
            # a determiner or a common word opening the tag is no place
            "Officers with the Marlow Police Department arrested two teenagers on Sunday.\n\n"
            'The police said, "Both suspects were taken to the juvenile center."',
            ("Marlow Police Department",),
            "Marlow Police Department",
        ),
        (
            "Officers with the Marlow Police Department arrested two teenagers on Sunday.\n\n"
            'Local police said, "Both suspects were taken to the juvenile center."',
            ("Marlow Police Department",),
            "Marlow Police Department",
        ),
    ],
)
def test_the_kind_and_place_are_the_bodys_own(body: str, orgs: tuple[str, ...], speaker: str | None) -> None:
    assert _speakers(body, orgs) == [speaker]


@pytest.mark.parametrize(
    ("between", "orgs", "speaker"),
    [
        (
            # another body named since: its own spokesperson may speak, so nobody is guessed
            "The Marlow Rail Company will add two trains in April.\n\n" + _FILLER,
            ("Kelby Transit Authority", "Marlow Rail Company"),
            None,
        ),
        (
            # the same body named again since: still its spokesperson
            "The Kelby Transit Authority last cut routes in 2019.\n\n" + _FILLER,
            ("Kelby Transit Authority",),
            "Kelby Transit Authority",
        ),
    ],
)
def test_the_far_spokesperson_only_with_no_other_body_since(
    between: str, orgs: tuple[str, ...], speaker: str | None
) -> None:
    body = (
        "A spokesperson for the Kelby Transit Authority said six bus routes will be cut.\n\n"
        + between
        + '"We cannot keep running empty buses," the spokesperson said.'
    )
    assert _speakers(body, orgs) == [speaker]
