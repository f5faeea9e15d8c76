"""A title and a surname written without a full stop ("Mrs Holloway", "Dr Blessing"), as British
and Commonwealth copy writes them, after the full name: the same person, never a second one.
Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _people(extractor: EntityExtractor, body: str) -> dict[str, set[str]]:
    return {e.name: {m.text for m in e.mentions} for e in entities_of(extractor, body) if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("body", "person", "form"),
    [
        (
            "Margaret Holloway said the plan would work. Ms Holloway added that it was late.",
            "Margaret Holloway",
            "Holloway",
        ),
        (
            "Dr Anton Blessing said schools were safe. Dr Blessing added that cases were falling.",
            "Anton Blessing",
            "Blessing",
        ),
        (
            "Khairunisa Haidar Fauzi was on the plane, her mother said. "
            "Ms Khairunisa was a flight attendant.",
            "Khairunisa Haidar Fauzi",
            "Khairunisa",
        ),
        ("Dai Shuqin lost her son. Mrs Dai said she still hoped he was alive.", "Dai Shuqin", "Dai"),
        (
            "The Honourable Natalio Wheeler will act as premier. "
            "Honourable Natalio Wheeler said he was shocked.",
            "Natalio Wheeler",
            "Natalio Wheeler",
        ),
    ],
)
def test_a_titled_surname_joins_the_full_name(
    extractor: EntityExtractor, body: str, person: str, form: str
) -> None:
    people = _people(extractor, body)
    assert person in people, people
    assert form in people[person], people
    assert len(people) == 1, people  # no second person under the titled form


@pytest.mark.parametrize(
    ("body", "person", "form"),
    [
        (
            "Wenjian Liu and Rafael Ramos were shot on Saturday. "
            "Crowds mourned Officers Liu and Ramos on Sunday.",
            "Wenjian Liu",
            "Liu",
        ),
        (
            "Doctors Priya Nair and Tom Baker ran the trial. Drs Nair and Baker said it worked.",
            "Priya Nair",
            "Nair",
        ),
        (
            "Constable Amir Patel and Constable Joy Reid were hurt. "
            "Constables Patel and Reid are recovering.",
            "Amir Patel",
            "Patel",
        ),
    ],
)
def test_a_plural_title_before_two_surnames_joins_the_first(
    extractor: EntityExtractor, body: str, person: str, form: str
) -> None:
    people = _people(extractor, body)
    assert form in people.get(person, set()), people
    assert len(people) == 2, people


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # no full name to join: the titled form stays the person's name
        ("Mrs Holloway said the bakery would close on Friday.", {"Mrs Holloway"}),
        # a given name that is also a title, and a name that ends like a trade, are no titles
        (
            "Dean Holloway scored twice. Margaret Holloway, his coach, said he was ready.",
            {"Dean Holloway", "Margaret Holloway"},
        ),
        (
            "Karan Singh Deol told the court he paid. Lakshiwnder Singh, another man, said he had paid too.",
            {"Karan Singh Deol", "Lakshiwnder Singh"},
        ),
    ],
)
def test_untitled_names_and_lone_titled_forms_are_unchanged(
    extractor: EntityExtractor, body: str, names: set[str]
) -> None:
    assert set(_people(extractor, body)) == names
