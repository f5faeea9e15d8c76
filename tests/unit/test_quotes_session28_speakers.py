"""Quote speakers left null when the text names them (issue 14, session 28): made-up texts, one
class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

# --------------------------------------------------------------------------- a body named by its head noun

_WORDS = '"We will miss her and we thank everyone who cared for her."'


def _speakers(body: str, orgs: tuple[str, ...], people: tuple[str, ...] = ()) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name, "ORGANIZATION") for name in orgs]
    entities += [_entity(article, name, forms=(name.split()[-1],)) for name in people]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


def _tagged(before: str, tag: str) -> str:
    """``before``, then the quote closed by the tag ('the zoo said')."""
    return f'{before} {_WORDS[:-2]}," {tag}.'


@pytest.mark.parametrize(
    ("body", "org"),
    [
        # 'the zoo', 'the hospital', 'the museum' name no kind in the word lists: they had named no
        # one; the body whose name the noun heads is the one meant
        (_tagged("Keepers at Larkfield Zoo found it.\n\n", "the zoo said"), "Larkfield Zoo"),
        (_tagged("Saint Brigid Hospital treated 40.", "the hospital said"), "Saint Brigid Hospital"),
        (_tagged("The Museum of Coastal Flight shut.", "the museum said"), "Museum of Coastal Flight"),
        (_tagged("Keepers at Larkfield Zoo found the tumour.", "zoo officials said"), "Larkfield Zoo"),
        (f"Keepers at Larkfield Zoo found the tumour. A zoo spokeswoman said: {_WORDS}", "Larkfield Zoo"),
    ],
)
def test_a_body_named_by_the_noun_heading_its_name(body: str, org: str) -> None:
    assert _speakers(body, (org, "Tarrow Council")) == [org]


@pytest.mark.parametrize(
    ("body", "orgs"),
    [
        # no body of that name in the text: null as before
        (_tagged("Doctors treated 40 people after the crash.", "the hospital said"), ("Tarrow Council",)),
        # an indefinite one is some other body
        (_tagged("Keepers at Larkfield Zoo found the tumour.", "a zoo said"), ("Larkfield Zoo",)),
        # a place's kind heading a club's name means the place's own body
        (_tagged("Fans of Harwick City gathered.", "the city said"), ("Harwick City",)),
        (_tagged("A jet of the Harwick Air Force crashed.", "the force said"), ("Harwick Air Force",)),
        # a document or work of that name's head noun: 'the post' is a post, not the Harbour Post
        (_tagged("The Harbour Post ran the story.", "the post said"), ("Harbour Post",)),
        (_tagged("The Tarrow Survey mapped it.", "the survey said"), ("Tarrow Survey",)),
        # the noun is not the name's head
        (_tagged("Larkfield Zoo Trust met on Monday.", "the zoo said"), ("Larkfield Zoo Trust",)),
    ],
)
def test_no_body_headed_by_the_noun_stays_null(body: str, orgs: tuple[str, ...]) -> None:
    assert _speakers(body, orgs) == [None]


def test_a_person_noun_is_never_read_as_a_body() -> None:
    # 'the singer' with a band named Blue Singer: a person, not the band
    body = _tagged("Tom Vale and Ann Bell joined Blue Singer.", "the singer said")
    assert _speakers(body, ("Blue Singer",), ("Tom Vale", "Ann Bell")) == [None]


# ------------------------------------------------------------------- a surname, its full name typed otherwise

_SAID = '"We bake every night of the week and we never close."'


@pytest.mark.parametrize(
    ("body", "type_"),
    [
        # the entity stage typed the full name a place, a body or a work; the bare surname is no
        # mention of it and no person has it: the quote had no speaker
        (f'Tom Brandel runs the bakery. {_SAID[:-2]}," Brandel said.', "ORGANIZATION"),
        (f"Tom Brandel runs the bakery.\n\nBrandel said: {_SAID}", "MISC"),
        (f'Tom Brandel runs the bakery.\n\n{_SAID[:-2]}," said Brandel.', "LOCATION"),
        (f'Ann K. Brandel runs the bakery. {_SAID[:-2]}," Brandel told reporters.', "LOCATION"),
    ],
)
def test_a_surname_of_a_full_name_typed_otherwise(body: str, type_: str) -> None:
    article = _article(body)
    name = "Ann K. Brandel" if "Ann K." in body else "Tom Brandel"
    entities = [_entity(article, name, type_), _entity(article, "Eastfield", "LOCATION")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == [name]


@pytest.mark.parametrize(
    ("names", "types"),
    [
        # a person has the surname: the person, as before
        (("Tom Brandel", "Ann Brandel"), ("LOCATION", "PERSON")),
        # two full names typed otherwise end with it: no guess
        (("Tom Brandel", "Ann Brandel"), ("LOCATION", "ORGANIZATION")),
        # not a person's name: no given name opens it
        (("Northern Brandel",), ("LOCATION",)),
    ],
)
def test_a_surname_tag_with_no_one_mistyped_keeps_its_reading(
    names: tuple[str, ...], types: tuple[str, ...]
) -> None:
    body = f'{" and ".join(names)} were named. {_SAID[:-2]}," Brandel said.'
    article = _article(body)
    entities = [_entity(article, n, t) for n, t in zip(names, types, strict=True)]
    want = "Ann Brandel" if "PERSON" in types else None
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == [want]


def test_zoo_officials_opening_a_sentence() -> None:
    body = _tagged("Keepers at Larkfield Zoo found it.", "Zoo officials said")
    assert _speakers(body, ("Larkfield Zoo",)) == ["Larkfield Zoo"]


# --------------------------------------------------------------------------- a place as a tag's whole subject

_DENIED = '"We have never sent weapons to the rebels and we never will."'


@pytest.mark.parametrize(
    "body",
    [
        # the conventions give a place that speaks as the speaker ('Austria argued ...'); a place was
        # no speaker candidate, so the quote had none
        f'{_DENIED[:-2]}," Ruritania said in a statement.',
        f'{_DENIED[:-2]}," said Ruritania.',
        f"Ruritania said: {_DENIED}",
        f'{_DENIED[:-2]}," the Ruritania said.',
    ],
)
def test_a_place_that_is_the_whole_subject_speaks(body: str) -> None:
    article = _article(body)
    entities = [_entity(article, "Ruritania", "LOCATION"), _entity(article, "Tom Vale")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == ["Ruritania"]


@pytest.mark.parametrize(
    ("body", "people", "want"),
    [
        # a place inside the subject phrase is no subject
        (f'{_DENIED[:-2]}," a Ruritania official said.', (), None),
        (f'{_DENIED[:-2]}," officials in Ruritania said.', (), None),
        # a word of a person's name: the person's, as before, never the place's
        (f'Ruritania Vale spoke. {_DENIED[:-2]}," Ruritania said.', ("Ruritania Vale",), "Ruritania Vale"),
    ],
)
def test_a_place_in_the_phrase_or_a_name_is_no_speaker(
    body: str, people: tuple[str, ...], want: str | None
) -> None:
    article = _article(body)
    entities = [_entity(article, "Ruritania", "LOCATION"), *(_entity(article, p) for p in people)]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == [want]


def test_a_clause_a_place_reports_is_read_as_before() -> None:
    # only a quote's tag: a reported clause with a place for subject stays no quote, as before
    # ('New York attorney general is ...' read a place as the subject of 'is')
    article = _article("Ruritania said it would close the border to all traffic next week.")
    entities = [_entity(article, "Ruritania", "LOCATION")]
    assert [q for q in extract_quotes(article, entities) if q.kind == "indirect"] == []
