"""Session 38 (issues 11 and 14): a person named after a role word.

A surname the model read as a body after a role word and a given name is the person's
(``person_edges``: "band frontwoman Ana" + "Matronic"), and a sentence headed by a body's name,
a role and a person ("Velvet Moths frontwoman Ana Quell collected the prize.") is headed by the
person, whom a "She told ..." after it means (``speaker_tags.clause_subject_before``). Texts
written for the test: the people, bands and firms in them are made up."""

from __future__ import annotations

import pytest

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.person_edges import given_name_openings
from consumer.events import TextField
from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _cand(text: str, name: str, kind: str) -> Candidate:
    start = text.index(name)
    return Candidate(field="body", start=start, end=start + len(name), type=kind, origin="ner")  # type: ignore[arg-type]


def _read(text: str, name: str, kind: str = "ORGANIZATION") -> tuple[str, str]:
    recased: dict[TextField, str] = {"body": text}
    (cand,) = given_name_openings([_cand(text, name, kind)], recased, load_gazetteer())
    return text[cand.start : cand.end], cand.type


@pytest.mark.parametrize(
    ("text", "surname", "person"),
    [
        ("Velvet Moths frontwoman Ana Quellaric collected it.", "Quellaric", "Ana Quellaric"),
        ("The club's striker Ivan Tarvonic scored twice.", "Tarvonic", "Ivan Tarvonic"),
        ("Harlow Bank chairman Maria Vostrix resigned.", "Vostrix", "Maria Vostrix"),
    ],
)
def test_a_role_and_a_given_name_make_the_model_body_a_person(text: str, surname: str, person: str) -> None:
    assert _read(text, surname) == (person, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers at Ana Quellaric spent more.",  # no role before the given name: a shop
        "Sales at the Velvet Quellaric unit rose.",  # no given name before it
        "He said later Ivan Tarvonic would open.",  # an adverb, no role
    ],
)
def test_no_role_no_person(text: str) -> None:
    surname = "Quellaric" if "Quellaric" in text else "Tarvonic"
    assert _read(text, surname) == (surname, "ORGANIZATION")


def _speaker(body: str, people: tuple[str, ...], bodies: tuple[str, ...] = ("Velvet Moths",)) -> str | None:
    article = _article(body)
    entities = [_entity(article, n) for n in people]
    entities += [_entity(article, b, type_="ORGANIZATION") for b in bodies]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "head",
    [
        "Velvet Moths frontwoman Ana Quell collected the album prize from singer Ida Roe.",
        "Velvet Moths singer Ana Quell accepted the award from actress Ida Roe.",
        "Velvet Moths guitarist Ana Quell thanked the crowd with drummer Ida Roe.",
    ],
)
def test_a_body_and_role_before_the_name_make_it_the_head(head: str) -> None:
    # the woman named last, an object, had been taken for want of a head
    said = 'She told the audience: "We are thrilled."'
    body = f"Tom Varley's song was named the best of the year. {head} {said}"
    assert _speaker(body, ("Tom Varley", "Ana Quell", "Ida Roe")) == "Ana Quell"


def test_a_role_head_needs_a_person_noun() -> None:
    # "Velvet Moths album" names no person: the sentence has no person at its head, as before
    body = (
        "Tom Varley won the best song prize.\n\n"
        'Velvet Moths album Ana Quell topped the charts. He told the audience: "We are thrilled."'
    )
    assert _speaker(body, ("Tom Varley", "Ana Quell")) != "Ana Quell"
