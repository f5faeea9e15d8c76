"""A relative or a friend named by the given name alone after the relation's noun is a person (session 45):
the model missed the name or read a lone person that the filters dropped."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.kin_names import kin_named_people
from tests.unit.entity_texts import entities_of


def _people(extractor: EntityExtractor, body: str) -> list[str]:
    return sorted(e.name for e in entities_of(extractor, body) if e.type == "PERSON")


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Former governor Tobias Venn, his wife Marion and two aides were held at the lodge.", "Marion"),
        ("So I asked my brother Dennis, who writes software, and he built the page for me.", "Dennis"),
        ("The carver Ottis Brell and his wife, Doreen, will make a plate for each guest.", "Doreen"),
        ("The house was empty: she had left her son Kevin and the nurse behind.", "Kevin"),
        ("Activist Lorna Quade and sister Bernice found the film moving.", "Bernice"),
        ("Over lunch, my friend Glenda handed me a battered paperback.", "Glenda"),
        ("The singer and his ex-wife Tanya sold the house in the hills.", "Tanya"),
    ],
)
def test_a_given_name_after_a_relative_noun_is_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert person in _people(extractor, body)


def test_the_relative_named_in_full_elsewhere_is_that_person(extractor: EntityExtractor) -> None:
    body = "He came home with his wife Marion. Later Marion Venn said the farm would be sold."
    assert _people(extractor, body) == ["Marion Venn"]


def test_two_full_names_opening_on_the_given_name_leave_it_unread(extractor: EntityExtractor) -> None:
    body = "Marion Venn and Marion Quade met the council. His wife Marion stayed at home."
    assert _people(extractor, body) == ["Marion Quade", "Marion Venn"]


@pytest.mark.parametrize(
    "text",
    [
        "His wife Marion Venn said the farm would be sold.",  # the full name: the model's
        "Her son Will said nothing, and her daughter May came later.",  # a stop word, a month
        "Sister Bernice led the prayers.",  # a nun's style
        "The company's sister Quorvex unit grew.",  # no given name
        "his brother-in-law Dennis-Lee",  # hyphened pieces
        "The bank and its sister Chase agreed the terms.",  # a firm's sister
    ],
)
def test_no_kin_named_person(text: str) -> None:
    assert list(kin_named_people(text)) == []
