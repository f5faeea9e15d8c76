"""Quotes, session 48 (issue 14): a body a tag names by the opening words of its full name.

`American Freight Lines ... "...," American said in a statement` and `An Orvale Transit spokeswoman
said` after the Orvale Transit Authority: the entity stage found the full name only (the short
form read as a people or as nothing), so the tag named no entity and the quote stayed null. The one
organisation whose name opens on the short form speaks; two such bodies, a person sharing the
word, a place, a given name or an article before a bare name keep null.
"""

from __future__ import annotations

import pytest

from consumer.events import Entity
from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity

_OPENING = "Cleaners walked out on Monday, and {body} cut services at Kelby.\n\n"


def _speakers(body: str, sentence: str, extra: tuple[tuple[str, str], ...] = ()) -> list[str | None]:
    article = _article(_OPENING.format(body=body) + sentence)
    cast: list[Entity] = [_entity(article, body, "ORGANIZATION")]
    cast += [_entity(article, name, type_) for name, type_ in extra]
    return [q.speaker_name for q in extract_quotes(article, cast) if q.kind == "direct"]


@pytest.mark.parametrize(
    ("body", "sentence", "extra"),
    [
        (
            "American Freight Lines",
            '"We are working with our partners to keep goods moving," American said in a statement.',
            (("American", "NORP"),),
        ),
        ("Orvale Transit Authority", 'An Orvale Transit spokeswoman said: "No buses will run today."', ()),
        ("Quarrow Mining Group", 'A spokesman for Quarrow told reporters: "The pit stays shut."', ()),
        ("Quarrow Mining Group", '"The pit stays shut," Quarrow said on Tuesday.', ()),
    ],
)
def test_the_body_named_by_its_opening_words_speaks(
    body: str, sentence: str, extra: tuple[tuple[str, str], ...]
) -> None:
    assert _speakers(body, sentence, extra) == [body]


@pytest.mark.parametrize(
    ("sentence", "extra"),
    [
        # two bodies open on the short form: which one is not said
        ('"The pit stays shut," Quarrow said on Tuesday.', (("Quarrow Rail Services", "ORGANIZATION"),)),
        # a person's name shares the word
        ('"The pit stays shut," Quarrow said on Tuesday.', (("Ann Quarrow", "PERSON"),)),
        # the short form is a place the story names: the place's, not the firm's
        ('"The pit stays shut," Quarrow said on Tuesday.', (("Quarrow", "LOCATION"),)),
        # an article before a bare name: a person of that people, not the firm
        ('"The pit stays shut," the Quarrow said on Tuesday.', ()),
    ],
)
def test_an_unclear_short_form_keeps_null(sentence: str, extra: tuple[tuple[str, str], ...]) -> None:
    assert _speakers("Quarrow Mining Group", sentence, extra) != ["Quarrow Mining Group"]


def test_a_given_name_is_no_short_form() -> None:
    found = _speakers("Jordan Freight Lines", '"The depot stays shut," Jordan said on Tuesday.')
    assert found == [None]


def test_the_full_name_read_as_a_tag_is_no_short_form() -> None:
    # 'Kelvo Reports' in a list read as 'Kelvo' and the verb 'reports': the name, not a speaker
    article = _article(
        "The app raised cash on Monday.\n\nTarvo also starts with phones first, a key edge as it enters a "
        "crowded field that spans Quora, Kelvo Reports and Zindle."
    )
    cast = [_entity(article, "Kelvo Reports", "ORGANIZATION"), _entity(article, "Quora", "ORGANIZATION")]
    assert all(q.speaker_name != "Kelvo Reports" for q in extract_quotes(article, cast))


def test_a_peoples_word_before_a_plain_form_is_no_tag() -> None:
    # 'Republican state schools chief ...': "state" read as the verb; the adjective names no body
    article = _article(
        "The governor was away on Tuesday at a meeting of the Republican Governors Association.\n\n"
        "Republican state schools Superintendent Ann Roe has cited a study showing pay lagging since 2002."
    )
    cast = [
        _entity(article, "Republican Governors Association", "ORGANIZATION"),
        _entity(article, "Ann Roe", "PERSON"),
    ]
    assert all(q.speaker_name != "Republican Governors Association" for q in extract_quotes(article, cast))
