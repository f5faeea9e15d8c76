"""Titles of office the role lists lacked ("Tanaiste", "Councillor", "Mayor-elect"), pinned on
sentences written for the test: before a name the title is the person's role, never part of
the person's name (which the quote speaker then carries)."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.lexicon import bare_title
from tests.unit.entity_texts import entities_of as _entities


def _people(extractor: EntityExtractor, body: str) -> dict[str, str | None]:
    return {
        e.name: (e.attributes.role if e.attributes else None)
        for e in _entities(extractor, body)
        if e.type == "PERSON"
    }


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            "Tanaiste Orla Brennick said on Tuesday that the budget would balance.",
            "Orla Brennick",
            "Tanaiste",
        ),
        ("Taoiseach Cathal Mulvane told the chamber the bill would pass.", "Cathal Mulvane", "Taoiseach"),
        ("Councillor Helen Marsh said the library would stay open.", "Helen Marsh", "Councillor"),
        (
            "Mayor-elect Dorian Fulbright said he would cut the waiting lists.",
            "Dorian Fulbright",
            "Mayor-elect",
        ),
        ("Alderman Rufus Tenby voted against the new parking plan.", "Rufus Tenby", "Alderman"),
    ],
)
def test_an_office_title_before_a_name_is_its_role(
    extractor: EntityExtractor, body: str, person: str, role: str
) -> None:
    people = _people(extractor, body)
    assert person in people, people
    assert people[person] == role


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        # a known title keeps working, and a name with no title before it gets no role
        ("Mayor Dorian Fulbright said he would cut the waiting lists.", "Dorian Fulbright", "Mayor"),
        ("Helen Marsh said the library would stay open.", "Helen Marsh", None),
    ],
)
def test_known_titles_and_bare_names_are_unchanged(
    extractor: EntityExtractor, body: str, person: str, role: str | None
) -> None:
    people = _people(extractor, body)
    assert people.get(person, "missing") == role, people


def test_only_a_title_suffix_is_taken_off() -> None:
    assert bare_title("Mayor-elect") == "mayor"
    assert bare_title("President-designate") == "president"
    assert bare_title("Smith-Elector") == "smith-elector"  # no suffix of its own
    assert bare_title("Councillor") == "councillor"


# --------------------------------------------------------------------------- a lone surname after a title


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Detective Aldous Prynne said officers were searching the hills near the lake.", "Aldous Prynne"),
        ("Sheriff Aldous Prynne said deputies were searching the hills near the lake.", "Aldous Prynne"),
        ("Detective Aldous Merrow said officers were searching the hills near the lake.", "Aldous Merrow"),
    ],
)
def test_the_word_between_a_title_and_a_lone_surname_is_the_given_name(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    people = _people(extractor, body)
    assert list(people) == [person], people
    if body.startswith("Detective"):
        assert people[person] == "Detective"  # the given name is no longer in the role


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Police Chief Baptiste said the road would reopen.", "Baptiste"),  # a title, no given name
        ("Governor Boston Baptiste said the road would reopen.", "Baptiste"),  # a place
        ("Detective On Baptiste's orders the road closed.", "Baptiste"),  # a common word
        ("Then Aldous Prynne said the road would reopen.", "Prynne"),  # no title before it
        ("Detective Aldous Prynne said the road would reopen.", "Aldous Prynne"),  # two words already
    ],
)
def test_a_lone_surname_keeps_its_span_without_a_title_and_a_given_name(text: str, surface: str) -> None:
    from consumer.entities.candidates import Candidate
    from consumer.entities.gazetteer import load_gazetteer
    from consumer.entities.retype.name_edges import take_given_name

    start = text.index(surface)
    cand = Candidate("body", start, start + len(surface), "PERSON", "ner")
    take_given_name(text, cand, load_gazetteer())
    assert text[cand.start : cand.end] == surface


# --------------------------------------------------------------------------- a sentence's opening word


def _tidied(text: str, surface: str) -> list[str]:
    from consumer.entities.candidates import Candidate
    from consumer.entities.gazetteer import load_gazetteer
    from consumer.entities.retype.cleanup import tidy

    start = text.index(surface)
    cand = Candidate("body", start, start + len(surface), "PERSON", "ner")
    return [text[c.start : c.end] for c in tidy([cand], {"body": text}, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Costs rose. Among Kazemi’s first acts was a hiring freeze.", "Among Kazemi", "Kazemi"),
        ("Costs rose. As Marwick noted, the budget was fixed.", "As Marwick", "Marwick"),
        ("But Dariush Kazemi said the budget was fixed.", "But Dariush Kazemi", "Dariush Kazemi"),
        ('He paused. "Despite Orme, we won," she said.', "Despite Orme", "Orme"),
    ],
)
def test_a_sentences_opening_word_is_cut_off_a_person(text: str, surface: str, name: str) -> None:
    assert _tidied(text, surface) == [name]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Costs rose, said Les Marwick, the treasurer.", "Les Marwick"),  # not an opening word
        ("Costs rose while Bethan Marwick watched.", "Bethan Marwick"),  # no sentence start
        ("Costs rose. Will Marwick said the budget was fixed.", "Will Marwick"),  # a given name
    ],
)
def test_a_name_not_opened_by_a_sentence_word_keeps_its_span(text: str, surface: str) -> None:
    assert _tidied(text, surface) == [surface]


@pytest.mark.parametrize(
    ("body", "person", "glued"),
    [
        (
            "Lena Marwick ran the court for years. “We survived.”  As Marwick said, it was quiet.",
            "Lena Marwick",
            "As Marwick",
        ),
        (
            "Tavish Orme joined the board in May. “It was hard.” But Orme said the vote was fair.",
            "Orme",
            "But Orme",
        ),
        (
            "Lena Marwick ran the court. “We survived.” Like Lena Marwick said, it was quiet.",
            "Lena Marwick",
            "Like Lena Marwick",
        ),
    ],
)
def test_a_speaker_after_a_quote_loses_the_sentences_opening_word(
    extractor: EntityExtractor, body: str, person: str, glued: str
) -> None:
    names = {m.text for e in _entities(extractor, body) for m in e.mentions}
    assert glued not in names, names
    assert any(person in name for name in names), names


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("The court was quiet. “We survived,” Lena Marwick said on Monday.", "Lena Marwick"),
        ("The court was quiet. “We survived.” Will Marwick said it was over.", "Will Marwick"),
    ],
)
def test_a_speaker_after_a_quote_without_an_opening_word_stays_whole(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert person in _people(extractor, body)
