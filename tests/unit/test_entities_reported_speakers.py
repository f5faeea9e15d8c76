"""A name by a reporting verb beside a quotation ('," said Jane Roe.', '," Jane Roe writes.',
'quoted Jane Roe as saying') that looks like a person's is a PERSON where the model read a
body, a place or a MISC there: a quote's speaker must be a person entity. Bodies, places and
agencies the gazetteer knows keep theirs. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The statue will stay in Lyon. “It belongs to the city,” said Laurence des Ormeaux, "
            "the museum’s president.",
            "Laurence des Ormeaux",
        ),
        ("The vote is close. “We need every ballot,” Martin du Plessard said.", "Martin du Plessard"),
        (
            "The vote is close. “We need every ballot,” said Agnes des Moulins, a local organiser.",
            "Agnes des Moulins",
        ),
        ("The vote is close. “We need every ballot,” Carmen Toledo writes.", "Carmen Toledo"),
        (
            "The dike held overnight. “The water rose fast,” writes Laurence des Ormeaux.",
            "Laurence des Ormeaux",
        ),
    ],
)
def test_a_speaker_with_a_given_name_is_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ('"Markets fell sharply," Reuters reports.', "Reuters", "ORGANIZATION"),
        ('"We will appeal," Apple said.', "Apple", "ORGANIZATION"),
        ('"The talks are over," Paris says.', "Paris", "LOCATION"),
        ('"Sales rose," Ford said.', "Ford", "ORGANIZATION"),
        ('"We stand by it," Beijing says.', "Beijing", "LOCATION"),
        ('"It was a long night," Acme Group said.', "Acme Group", "ORGANIZATION"),
        ('"Rates will rise," notes Harbor Capital.', "Harbor Capital", "ORGANIZATION"),
        ('"Rates will rise," writes Wall Street Journal.', "Wall Street Journal", "ORGANIZATION"),
    ],
)
def test_bodies_and_places_keep_their_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


def test_a_story_persons_surname_joins_the_full_name(extractor: EntityExtractor) -> None:
    body = 'Edwin Marlow founded the orchard in 1990. "We lost half the crop," Marlow writes.'
    people = [e for e in entities_of(extractor, body) if e.type == "PERSON"]
    assert [p.name for p in people] == ["Edwin Marlow"]
    assert {m.text for m in people[0].mentions} == {"Edwin Marlow", "Marlow"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            'Crowds lined the avenue. "We have more officers than ever," Patrol Chief Dale Hollis said.',
            "Dale Hollis",
        ),
        (
            'Crowds lined the avenue. "We have more officers than ever," Patrol Chief Dale Hollis with the '
            "city police department said.",
            "Dale Hollis",
        ),
        (
            'Traffic stalled for hours. "Three lanes were closed," Transit Captain Nora Quill said.',
            "Nora Quill",
        ),
    ],
)
def test_a_title_read_into_a_speakers_name_is_cut_off(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PERSON", types
    assert not any(other.endswith(" " + name) for other in types), types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            'Sales slowed in May. "We expect a rebound," General Motors Europe said.',
            "General Motors Europe",
            None,
        ),
        ('The harbor froze. "Nobody can sail," Harbor Master Tilda Brandt said.', "Tilda Brandt", "PERSON"),
    ],
)
def test_no_title_no_given_name_no_cut(
    extractor: EntityExtractor, body: str, name: str, kind: str | None
) -> None:
    types = types_of(entities_of(extractor, body))
    if kind is None:
        assert types.get(name) != "PERSON", types
    else:
        assert types.get(name) == kind, types
