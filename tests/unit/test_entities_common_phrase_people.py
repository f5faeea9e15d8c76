"""Model "people" of capitalised common words (session 43): a section's, a newsletter's or a
feature's title whose first word the story writes in lower case and whose other words are
English dictionary words ("Gift Guides", "Fact Checker") is no person, though the story never
writes "guides" or "checker" in lower case. A first word the story never writes in lower case
(a given name no list holds before a surname WordNet lists), a group that took in a person's
other forms, and a phrase that speaks stay."""

from __future__ import annotations

import pytest

from consumer.entities.candidates import Candidate
from consumer.entities.records import CandidateGroup
from consumer.entities.span_filters import common_phrase_people
from consumer.events import TextField


def _group(body: str, *names: str) -> CandidateGroup:
    cands = []
    for name in names:
        at = body.index(name)
        cands.append(Candidate("body", at, at + len(name), "PERSON", "ner"))
    return CandidateGroup("PERSON", cands, None, names[0])


def _kept(body: str, *names: str) -> bool:
    recased: dict[TextField, str] = {"body": body}
    return bool(common_phrase_people([_group(body, *names)], recased))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Need a gift for a cousin? Stay tuned for more Gift Guides next week.", "Gift Guides"),
        ("That is, in fact, false, according to the daily Fact Checker page.", "Fact Checker"),
        ("Photos taken at night look brighter with Night Mode on the new phone.", "Night Mode"),
    ],
)
def test_a_title_of_common_words_is_no_person(body: str, name: str) -> None:
    assert not _kept(body, name)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # the first word never in lower case: a person whose surname WordNet lists
        ("Tarlo Jenner scored twice at night and the crowd stood.", ("Tarlo Jenner",)),
        # a headline's run that took in the person's other forms
        (
            "The house Jenner was born in will close. It will house a museum. Ada Jenner lived there.",
            ("house Jenner", "Ada Jenner"),
        ),
    ],
)
def test_a_person_stays(body: str, names: tuple[str, ...]) -> None:
    assert _kept(body, *names)


def test_a_phrase_that_speaks_stays() -> None:
    body = 'Need a gift? "Buy early," said Gift Guides in a note.'
    assert _kept(body, "Gift Guides")


def _origin_group(body: str, *spans: tuple[str, str]) -> CandidateGroup:
    """A group of the model's guess and its own repeats: (surface, origin) pairs."""
    cands, at = [], 0
    for name, origin in spans:
        at = body.index(name, at)
        cands.append(Candidate("body", at, at + len(name), "PERSON", origin))
        at += len(name)
    return CandidateGroup("PERSON", cands, None, spans[0][0])


def test_a_heading_copied_to_its_other_mention_is_no_person() -> None:
    # session 46 (B): the model's repeats ("prop") are its guess too
    body = "Pay Gap: why the gap in pay persists. More on Pay Gap next week."
    group = _origin_group(body, ("Pay Gap", "ner"), ("Pay Gap", "prop"))
    assert not common_phrase_people([group], {"body": body})


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # every word English, none a census name, the first an adjective or a verb: a label or a
        # dish the story never writes in lower case
        ("Order now: Spicy Noodle, two for the price of one.", "Spicy Noodle"),
        ("The will named him Lone Trustee of the farm.", "Lone Trustee"),
        ("Try the Mellow Lantern for reading at night.", "Mellow Lantern"),
    ],
)
def test_english_words_no_census_list_holds_are_no_person(body: str, name: str) -> None:
    assert not _kept(body, name)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Brave Wilson scored twice.", "Brave Wilson"),  # a census surname
        # a first word that is a noun alone (session 47: a plural last, "Lantern Bites", is a
        # band's or a firm's name, ``_plural_thing_end``)
        ("Lantern Bite sang for the crowd.", "Lantern Bite"),
        ("The prize went to Lone Quarrington.", "Lone Quarrington"),  # a word no dictionary lists
    ],
)
def test_a_name_with_a_name_word_stays(body: str, name: str) -> None:
    assert _kept(body, name)


def test_a_mention_with_another_word_keeps_the_person() -> None:
    body = "Spicy Trustee spoke. Later Jo Trustee agreed."
    assert _kept(body, "Spicy Trustee", "Jo Trustee")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # session 47: a last word that is a plural of things and no census surname
        ("The blog Quarn Patents first reported the filing.", "Quarn Patents"),
        ("Photo: Velbrook Images. The crowd cheered.", "Velbrook Images"),
        ("Book a day with Harbor Tours from the strip.", "Harbor Tours"),
    ],
)
def test_a_name_ending_on_a_plural_of_things_is_no_person(body: str, name: str) -> None:
    assert not _kept(body, name)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # a given name first: a person whose surname is such a plural
        ("Steve Jobs unveiled the phone.", ("Steve Jobs",)),
        # a census surname that is a plural
        ("Tarlo Sparks scored twice.", ("Tarlo Sparks",)),
        # the surname written alone too: a person named by it
        ("Quarn Patents arrived late. Patents said the road was closed.", ("Quarn Patents", "Patents")),
    ],
)
def test_a_person_with_a_plural_surname_stays(body: str, names: tuple[str, ...]) -> None:
    assert _kept(body, *names)


def test_a_plural_end_that_speaks_stays() -> None:
    body = '"We are sold out," said Quarn Patents on Monday.'
    assert _kept(body, "Quarn Patents")


def test_a_short_plural_end_stays() -> None:
    # a stem of three letters ("kor") is as often a foreign surname
    assert _kept("Officials said his wife Jetta Kors was freed.", "Jetta Kors")


def test_a_plural_end_with_a_persons_cue_stays() -> None:
    from consumer.entities.gazetteer import load_gazetteer

    body = "Police found Quorra Ledges, 47, on Monday."
    at = body.index("Quorra Ledges")
    group = CandidateGroup("PERSON", [Candidate("body", at, at + 13, "PERSON", "ner")], None, "Quorra Ledges")
    assert common_phrase_people([group], {"body": body}, load_gazetteer())
    assert not common_phrase_people([group], {"body": body})  # without the cue's reading: dropped
