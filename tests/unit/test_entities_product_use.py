"""A model body that the text calls or uses as a made thing is a PRODUCT (``retype.product_use``):
a product line's head ("the Harlow Builder Series"), a kind of made thing in apposition ("Quorvex,
the streaming stick,"), a feature built into a device ("with Trivox built in"), software one
installs or a machine a program runs on. A company named with a kind of maker, or doing what
companies do, stays a body. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.product_use import (
    built_in,
    kind_in_apposition,
    product_line,
    used_as_software,
)
from tests.unit.entity_texts import entities_of, types_of


def _cand(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate(field="body", start=start, end=start + len(name), type="ORGANIZATION", origin="ner")


def _asks(rule, text: str, name: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(rule(_cand(text, name), text, name, load_gazetteer()))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Expert Builder Series sets focus on play.", "Expert Builder Series"),
        ("The Kestrel Pilot Series is similar to the rest, but costs more.", "Kestrel Pilot Series"),
        ("Get the Velmont Racer Series for $40, down from $60.", "Velmont Racer Series"),
        ("Marrow said the Tarvo Collection sets would ship in May.", "Tarvo Collection"),
        ("It won't last: the Orvo Creator Series is half price.", "Orvo Creator Series"),
    ],
)
def test_a_product_lines_head_makes_a_product(text: str, name: str) -> None:
    assert _asks(product_line, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jo Roe won the Harlow Series race on Sunday.", "Harlow Series"),  # a contest near it
        ("Tickets for the Marlow Lecture Series went on sale.", "Marlow Lecture Series"),  # an event's word
        ("She starred in the 2031 Harbor Series opener.", "Harbor Series"),  # a year before it
        ("The Kelby Collection opened a new wing on Tuesday.", "Kelby Collection"),  # a museum
        ("The Tarvo Series of talks begins today.", "Tarvo Series of talks"),  # no capital after the head
    ],
)
def test_no_product_line_for_events_or_museums(text: str, name: str) -> None:
    assert not _asks(product_line, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The deal includes Quorvex, the streaming stick, for half price.", "Quorvex"),
        ("Sony bundles a game on Zelvo, the disc format for the machine.", "Zelvo"),
        ("There is Vantaskin, a faux-leather made from fruit waste.", "Vantaskin"),
        ("Harwell is building a new version of its operating system, Trivox, which ships in May.", "Trivox"),
        ("Kids want Brimlo, the new games console.", "Brimlo"),
    ],
)
def test_a_kind_of_made_thing_in_apposition_makes_a_product(text: str, name: str) -> None:
    assert _asks(kind_in_apposition, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Telvana, the phone maker, said profits rose.", "Telvana"),  # a maker
        ("Ericsson, the phone and network maker, said sales fell.", "Ericsson"),  # a listed company
        ("Harwell, the software company, hired 40 engineers.", "Harwell"),
        ("Telvana, the device, Harwell said, is late.", "Harwell"),  # the name speaks: no apposition
        ("Harwell said the smartphone, Telvana reported, sold well.", "Telvana"),
    ],
)
def test_no_product_for_a_maker_in_apposition(text: str, name: str) -> None:
    assert not _asks(kind_in_apposition, text, name)


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("This television has Trivox built in, which helps.", "Trivox", built_in),
        ("The speaker comes with Zorbly built-in.", "Zorbly", built_in),
        ("Users must install Quorvex before making calls.", "Quorvex", used_as_software),
        ("The game was ported to Brimlo, the studio said.", "Brimlo", used_as_software),
        ("You can download Velmo and try it for free.", "Velmo", used_as_software),
    ],
)
def test_a_thing_built_in_or_installed_is_a_product(text: str, name: str, rule) -> None:  # type: ignore[no-untyped-def]
    assert _asks(rule, text, name)


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("Harwell built its own plant in Ohio.", "Harwell", built_in),  # no "built in" after
        ("Users can download Telvana's app.", "Telvana", used_as_software),  # the owner of the app
        ("The site was ported to Harwell servers.", "Harwell", used_as_software),  # a noun it modifies
        ("The story ran on Kelby Page, the editor said.", "Kelby Page", used_as_software),  # a page runs it
        ("Users can install Google on their phones.", "Google", used_as_software),  # a listed company
        ("Harwell said it would sue Telvana over the deal.", "Telvana", used_as_software),  # no verb of use
    ],
)
def test_no_product_for_a_company_that_acts_or_owns(text: str, name: str, rule) -> None:  # type: ignore[no-untyped-def]
    assert not _asks(rule, text, name)


def test_the_extractor_types_the_product(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Users must install Skype before making calls."))
    assert types.get("Skype") == "PRODUCT", types  # the model reads a body


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Microsoft, the software giant, said profits rose.", "Microsoft"),
        ("Nokia, the handset maker, hired 400 engineers.", "Nokia"),
        ("Google sued Oracle over the code, Reuters reported.", "Oracle"),
    ],
)
def test_the_extractor_keeps_the_company(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
