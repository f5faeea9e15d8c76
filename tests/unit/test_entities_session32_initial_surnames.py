"""Session 32: an initial and a surname ("L Dorrance", "G Tarrow"), as team sheets and results
lists name players, is a person where the model read a place or a body. A compass point's
initial before a place ("S Korea", "N Ireland"), a head word ("K Street"), a word the text
writes in lower case and "A"/"X" openings keep their readings. Names are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.retype import retype
from consumer.entities.retype.person_names import initial_and_surname
from consumer.events import EntityType, TextField
from tests.unit.entity_texts import entities_of


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _retyped(text: str, name: str, kind: EntityType, gazetteer: Gazetteer) -> str:
    field: TextField = "body"
    start = text.index(name)
    cand = Candidate(field, start, start + len(name), kind, "ner")
    retype([cand], {field: text}, gazetteer)
    return cand.type


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Harlow: Brenn, Tolley, L Dorrance, Quayle, Marsh.", "L Dorrance", "LOCATION"),
        ("Replacements: G Tarrow, M Kessell, Pyne.", "G Tarrow", "LOCATION"),
        ("Tries: Vance 2, D Quorley. Cons: Pyne.", "D Quorley", "ORGANIZATION"),
    ],
)
def test_an_initial_and_a_surname_is_a_person(
    text: str, name: str, kind: EntityType, gazetteer: Gazetteer
) -> None:
    assert _retyped(text, name, kind, gazetteer) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talks between S Korea and the north stalled.", "S Korea"),
        ("Aid for N Ireland rose.", "N Ireland"),
        ("Lobbyists on K Street met.", "K Street"),
        ("The X Factor returned.", "X Factor"),
        ("A Nation divided.", "A Nation"),
        ("The M Package sold out; the package cost 20 pounds.", "M Package"),
    ],
)
def test_near_misses_are_no_initial_and_surname(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert not initial_and_surname(name, text, gazetteer)


@pytest.mark.parametrize(
    ("body", "full"),
    [
        (
            "Luca Dorrance scored twice. Dorrance was the best player. "
            "Harlow: Brenn, Tolley, L Dorrance, Quayle.",
            "Luca Dorrance",
        ),
        ("Tomas Kerrigan kicked three goals. Kessel: Pyne, T Kerrigan, Marsh, Vance.", "Tomas Kerrigan"),
        (
            "Dario Venturel was named in the side. Venturel is fit. "
            "Team: Hale, Brenn, D Venturel, Ferris, Quayle.",
            "Dario Venturel",
        ),
        (
            "Sione Waldrup starts on the wing. Team: Hale, S Waldrup, Brock, Ferris. "
            "Waldrup said he was ready.",
            "Sione Waldrup",
        ),
    ],
)
def test_an_initial_and_a_surname_joins_the_full_name(
    extractor: EntityExtractor, body: str, full: str
) -> None:
    surname = full.split()[-1]
    people = [e for e in entities_of(extractor, body) if e.type == "PERSON" and e.name.endswith(surname)]
    assert [e.name for e in people] == [full]


def test_an_initial_two_full_names_share_joins_neither(extractor: EntityExtractor) -> None:
    body = "Lena Brock and Luis Brock both played. Team: Hale, L Brock, Ferris."
    names = {e.name for e in entities_of(extractor, body) if e.type == "PERSON"}
    assert {"Lena Brock", "Luis Brock"} <= names


def test_the_text_is_read_once_for_many_initialled_names(gazetteer: Gazetteer) -> None:
    # a long team sheet: each name asks whether the text writes its surname in lower case; the
    # text's words are read once, not once per name (a search per name grew with their product)
    import itertools
    import string

    from consumer.entities.retype import person_names

    surnames = ["".join(p).capitalize() + "ley" for p in itertools.product(string.ascii_lowercase, repeat=3)]
    text = ", ".join(f"G {s}" for s in surnames[:3000]) + ". The bradley tarp."
    before = person_names._text_words.cache_info().misses
    people = [initial_and_surname(f"G {s}", text, gazetteer) for s in surnames[:3000]]
    assert person_names._text_words.cache_info().misses == before + 1
    assert sum(people) > 2500  # a few made-up words are places or listed words
    assert not initial_and_surname("G Bradley", text, gazetteer)  # "bradley" written in lower case


def test_initialled_names_find_their_full_name_by_surname_index() -> None:
    # one lookup per initialled name, not a scan of every two-word name: a long team sheet of
    # initialled players and full names stays linear (session 32 review)
    from consumer.entities import people_joins

    names = [f"Ann Roe{i}" for i in range(3000)] + ["Luca Dorrance", "Lena Dorrance", "Mia Quell"]
    index = people_joins._by_surname(names)
    assert people_joins._initial_owner("M Quell", index) == "Mia Quell"
    assert people_joins._initial_owner("M. Quell", index) == "Mia Quell"
    assert people_joins._initial_owner("L Dorrance", index) is None  # two full names fit
    assert people_joins._initial_owner("K Quell", index) is None  # another initial
    assert people_joins._initial_owner("Mia Quell", index) is None  # no initial
