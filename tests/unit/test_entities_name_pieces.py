"""A person's name cut short or a piece of it left alone, pinned on sentences written for the
test: a surname after a generational suffix joins the full name ("Tom Roe Jr. ... Roe"); a
sentence-opening adverb of time is no part of the name ("Afterwards Roe called"); a royal style
opens a monarch's name ("Queen Elizabeth II"); a hyphened given name opens the name the model
began after the hyphen ("Jean-" + "Jacques Roe"); a surname after another given name is another
person ("Nina Weber" beside "Carl Weber"). Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, propagation
from consumer.entities.candidates import Candidate
from consumer.entities.retype.name_edges import cut_opening_word, take_hyphened_given_name, take_royal_style
from tests.unit.entity_texts import entities_of


def _mentions(extractor: EntityExtractor, body: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in entities_of(extractor, body) if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("body", "person", "surname"),
    [
        (
            "Representative Thomas O'Dwyer Jr. said no on Monday. Then O'Dwyer left the room.",
            "Thomas O'Dwyer Jr.",
            "O'Dwyer",
        ),
        (
            "The board named Ellis McTavish Sr. chairman in May. Weeks later McTavish quit the board.",
            "Ellis McTavish Sr.",
            "McTavish",
        ),
        (
            "The estate was run by Conrad D'Arcy III for years. By then D'Arcy owned half the valley.",
            "Conrad D'Arcy III",
            "D'Arcy",
        ),
    ],
)
def test_a_surname_before_a_suffix_joins_the_full_name(
    extractor: EntityExtractor, body: str, person: str, surname: str
) -> None:
    people = _mentions(extractor, body)
    assert surname in people[person]


def test_a_suffix_is_no_part_of_the_name_on_its_own(extractor: EntityExtractor) -> None:
    people = _mentions(extractor, "Thomas O'Dwyer Jr. said no. The Jr. varsity team lost.")
    assert "Jr." not in people.get("Thomas O'Dwyer Jr.", [])


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name(extractor: EntityExtractor) -> None:
    body = "Representative Thomas O'Dwyer said no on Monday. Afterwards O'Dwyer called her."
    people = _mentions(extractor, body)
    assert "Afterwards O'Dwyer" not in people
    assert people["Thomas O'Dwyer"] == ["Thomas O'Dwyer", "O'Dwyer"]


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("Mirela Shaugh chaired it. Yesterday Shaugh resigned.", "Yesterday Shaugh", "Shaugh"),
        ("Dorian Souza filed the suit. Previously Souza had lost.", "Previously Souza", "Souza"),
        ("The panel met. Later Jo Marlot said no.", "Later Jo Marlot", "Jo Marlot"),
    ],
)
def test_an_adverb_of_time_is_cut_off_the_model_person(text: str, model: str, name: str) -> None:
    cand = _cand(text, model)
    cut_opening_word(text, cand)
    assert text[cand.start : cand.end] == name


def test_an_adverb_inside_a_sentence_is_left(  # no sentence's start before it: no cut
) -> None:
    text = "The panel met. She said Later Jo Marlot."
    cand = _cand(text, "Later Jo Marlot")
    cut_opening_word(text, cand)
    assert text[cand.start : cand.end] == "Later Jo Marlot"


def _cand(text: str, surface: str) -> Candidate:
    at = text.index(surface)
    return Candidate("body", at, at + len(surface), "PERSON", "ner")


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("The visit was approved by Queen Elizabeth II last year.", "Elizabeth II", "Queen Elizabeth II"),
        ("The guests were greeted by Emperor Naruhito at noon.", "Naruhito", "Emperor Naruhito"),
        ("Later, King Osric IV signed the charter.", "Osric IV", "King Osric IV"),
        ("A letter from Crown Prince Alaric was read.", "Alaric", "Crown Prince Alaric"),
    ],
)
def test_a_royal_style_opens_the_name(text: str, model: str, name: str) -> None:
    cand = _cand(text, model)
    take_royal_style(text, cand)
    assert text[cand.start : cand.end] == name


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("The author Stephen King Charles wrote it.", "Charles"),  # "King" is a surname here
        ("The club hired Queen Ann Roebuck as its coach.", "Ann Roebuck"),  # a given name and a surname
        ("President Osric said no.", "Osric"),  # an office, no royal style
    ],
)
def test_near_misses_keep_the_models_start(text: str, model: str) -> None:
    cand = _cand(text, model)
    take_royal_style(text, cand)
    assert text[cand.start : cand.end] == model


def test_a_royal_style_joins_a_bare_regnal_name(extractor: EntityExtractor) -> None:
    people = _mentions(
        extractor, "The visit was approved by Queen Elizabeth II last year. Elizabeth II died in 2022."
    )
    assert people.get("Queen Elizabeth II") == ["Queen Elizabeth II", "Elizabeth II"]


@pytest.mark.parametrize(
    ("text", "model", "name"),
    [
        ("In 2016, Quillon CFO Jean-Jacques Marlot said so.", "Jacques Marlot", "Jean-Jacques Marlot"),
        ("The chair, Marie-Claire Vondel, agreed.", "Claire Vondel", "Marie-Claire Vondel"),
        ("Its founder Karl-Heinz Dornbach spoke.", "Heinz Dornbach", "Karl-Heinz Dornbach"),
    ],
)
def test_a_hyphened_given_name_opens_the_name(text: str, model: str, name: str) -> None:
    cand = _cand(text, model)
    take_hyphened_given_name(text, cand)
    assert text[cand.start : cand.end] == name


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("The Harris-Biden ticket won.", "Biden"),  # one word: a pairing, no given name
        ("A pro-Quentin Marlot rally began.", "Quentin Marlot"),  # no given name before the hyphen
        ("The Ford-Jo Marlot deal fell through.", "Jo Marlot"),  # "Ford" is no common given name
    ],
)
def test_a_hyphen_before_no_given_name_leaves_the_name(text: str, model: str) -> None:
    cand = _cand(text, model)
    take_hyphened_given_name(text, cand)
    assert text[cand.start : cand.end] == model


@pytest.mark.parametrize(
    ("body", "other"),
    [
        (
            "PROMOTER OF THE YEAR\n\n- Carl Weber – Harbor Presents\n\n- Nina Weber – Quill Live!",
            "Nina Weber",
        ),
        (
            "SONGWRITERS\n\n- Otto Brannigan – Kelp Records\n\n- Edna Brannigan – Tide Sounds",
            "Edna Brannigan",
        ),
        (
            "BAND MEMBERS\n\n- Rolf Anselm – Kelp Records\n\n- Martha Anselm – Tide Sounds",
            "Rolf Anselm",
        ),
    ],
)
def test_a_surname_after_another_given_name_is_another_person(
    extractor: EntityExtractor, body: str, other: str
) -> None:
    people = _mentions(extractor, body)
    assert other in people
    assert all(other.split()[-1] not in mentions for mentions in people.values())


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Carl Weber spoke. In May Weber left.", "Carl Weber"),  # a month is no given name
        ("Carl Weber spoke. Rep. Weber left.", "Carl Weber"),  # a title
        ("Carl Weber spoke. Then Anna Lee Weber left.", "Carl Weber"),  # a name word before the given name
        ("Philip Weber spoke, and later Phil Weber left.", "Philip Weber"),  # the owner's short form
        ("Tom Weber spoke, and later Tom Weber left.", "Tom Weber"),  # the owner's own given name
    ],
)
def test_near_misses_leave_the_surname_to_its_owner(text: str, owner: str) -> None:
    at = text.rindex("Weber")
    assert propagation._other_given_name(text, at, [owner], 0) is None


def test_another_given_name_opens_another_persons_name() -> None:
    text = "Carl Weber spoke, and later Nina Weber left."
    at = text.rindex("Weber")
    assert propagation._other_given_name(text, at, ["Carl Weber"], 0) == text.index("Nina")


@pytest.mark.parametrize(
    ("body", "other", "owner"),
    [
        (
            "SESSION PLAYER\n\n- Paul Franklin\n\n- Josh Grange\n\n- Tim Marks\n\n- Tim Lauer",
            "Tim Marks",
            "Tim Lauer",
        ),
        (
            "DRUMMERS\n\n- Ada Quill\n\n- Rolf Danner\n\n- Gary Morrow\n\n- Gary Kurstin",
            "Gary Morrow",
            "Gary Kurstin",
        ),
    ],
)
def test_a_given_name_before_another_surname_is_another_person(
    extractor: EntityExtractor, body: str, other: str, owner: str
) -> None:
    people = _mentions(extractor, body)
    assert other in people
    assert other.split()[0] not in people.get(owner, [])


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Tim Lauer spoke.\n\n- Tim Marks\n\n- Ann Roe", "Tim Marks"),
        ("Tim Lauer spoke, and later Tim Balding said no.", "Tim Balding"),
        ("Tim Lauer spoke. The drummer, Tim O'Hara, agreed.", "Tim O'Hara"),
    ],
)
def test_another_surname_after_a_given_name_is_another_person(text: str, other: str) -> None:
    at = text.index("Tim", 5)
    end = propagation._other_surname(text, at, at + 3, ["Tim Lauer"], {}, {})
    assert end is not None and text[at:end] == other


@pytest.mark.parametrize(
    "text",
    [
        "Tim Lauer spoke. Later, Tim Hortons opened.",  # a name the story tags itself
        "Tim Lauer spoke. Then Tim Marks Jones came.",  # a name word before the given name
        "Tim Lauer spoke, and later Tim Says Goodbye aired.",  # a third name word: title case
        "Tim Lauer spoke, and later Tim March came.",  # a month
        "Tim Lauer spoke, and later Tim Roe came.",  # a story person's surname
    ],
)
def test_near_misses_leave_the_given_name_to_its_owner(text: str) -> None:
    at = text.index("Tim", 5)
    known = {
        "Tim Hortons": Candidate("body", 0, 0, "ORGANIZATION", "ner"),
        "Hortons": Candidate("body", 0, 0, "ORGANIZATION", "ner"),
    }
    parts = {"Roe": {"Ann Roe"}}
    assert propagation._other_surname(text, at, at + 3, ["Tim Lauer"], known, parts) is None


def test_a_third_name_word_keeps_the_surname_to_its_owner() -> None:
    text = "Carl Weber spoke, and later Nina Weber Aspen left."
    assert propagation._other_given_name(text, text.rindex("Weber"), ["Carl Weber"], 0) is None
