"""Plans, laws, bills and prizes named with their kind word after "a", an owner's word or a
possessive, bills after "the", treaties whose name opens before their kind word, and a plan by its
"Strategy" head are MISC (``rules.plan_names``, issue 11); names that only look so keep their old
reading. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules.plan_names import owned_plans, treaty_opening
from tests.unit.entity_texts import entities_of, types_of


def _never_listed(name: str) -> bool:
    return False


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in owned_plans(text, _never_listed)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lawmakers in Quellport passed a new Harbor Workers' Relief Act which cuts fees.",
            "Harbor Workers' Relief Act",
        ),
        (
            "Cocoa quotas are set under an International Kelp Agreement signed in 1981.",
            "International Kelp Agreement",
        ),
        ("The ministry set out its Medium Term Savings Strategy on Tuesday.", "Medium Term Savings Strategy"),
        ("She will announce her Safer Streets Plan next week.", "Safer Streets Plan"),
        ("He won an Orvell Award for the role.", "Orvell Award"),
        ("MPs voted on the Kelp Farming Bill after a long debate.", "Kelp Farming Bill"),
        ("Tarvia broke the Union's Stability and Harbor Pact rules again.", "Stability and Harbor Pact"),
        ("He started work on a Youth Harbor Program earning little.", "Youth Harbor Program"),
    ],
)
def test_a_kind_named_after_a_determiner_is_found(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "He joined the Quellan Plan Ltd board in 2001.",  # a firm: a capital after the kind
        "The Kelby Strategy Unit said it would report.",  # another name runs on
        "She loved a Jude Law film in Harlow.",  # a given name before "Law"
        "He passed an Act of Parliament last year.",  # "of" and a capital: left to other rules
        "MPs read the Bill of Quell Rights aloud.",  # the same
        "Its Monday Plan was dropped.",  # a date word
        "Ministers backed the Safer Streets Plan.",  # "the ... Plan": events.named_plans reads it
        "The World Harbor Programme said food was short.",  # "the" before a programme: a body as often
        "Its Kelby Council Plan was late.",  # a body's head word before the kind
        "Ask Bill about a plan to act.",  # no kind word after a determiner
    ],
)
def test_no_name_for_a_near_miss(text: str) -> None:
    assert _found(text) == []


def test_a_listed_name_is_left_alone() -> None:
    text = "Aid came from a Harbor Food Programme in 2004."
    assert [text[s:e] for s, e in owned_plans(text, lambda name: name == "Harbor Food Programme")] == []


@pytest.mark.parametrize(
    ("text", "kind_word", "name"),
    [
        ("a challenge under the European Convention on Fishing Rights", "Convention", "European Convention"),
        ("in line with the UN Convention on Harbor Papers", "Convention", "UN Convention"),
        ("they signed the Quellan Treaty on Open Seas", "Treaty", "Quellan Treaty"),
    ],
)
def test_a_treaty_opens_on_the_words_before_its_kind(text: str, kind_word: str, name: str) -> None:
    assert text[treaty_opening(text, text.index(kind_word)) :].startswith(name)


@pytest.mark.parametrize(
    ("text", "kind_word"),
    [
        ("they cited a Convention on Fishing Rights", "Convention"),  # no "the" before
        ("the Harbor Council Convention on Fishing", "Convention"),  # a body's head word
        ("on Monday the Convention on Harbors came in", "Convention"),  # nothing between
        ("the Quell's Convention on Seas", "Convention"),  # a possessive
    ],
)
def test_a_treaty_keeps_its_opening(text: str, kind_word: str) -> None:
    start = text.index(kind_word)
    assert treaty_opening(text, start) == start


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("MPs in Quellport voted on the Kelp Farming Bill on Tuesday.", "Kelp Farming Bill"),
        (
            "Prices are set under an International Kelp Agreement signed in Quellport.",
            "International Kelp Agreement",
        ),
        (
            "The Treasury in Quellport set out its Medium Term Savings Strategy on Tuesday.",
            "Medium Term Savings Strategy",
        ),
        ("Stars in Quellport hope to win an Orvell Award this year.", "Orvell Award"),
        (
            "The prisoner raised a challenge under the European Convention on Fishing Rights, lawyers said.",
            "European Convention on Fishing Rights",
        ),
    ],
)
def test_the_extractor_names_the_plan(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Sonny Bill Quellam played for Harlow on Sunday.", "Sonny Bill Quellam", "PERSON"),
        ("The Kelby Strategy Unit in Quellport said it would report.", "Kelby Strategy Unit", "ORGANIZATION"),
    ],
)
def test_the_extractor_keeps_other_names(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    "text",
    [
        "Kelby's Harbor Office and the UN Harbor Programme sent aid.",  # two names joined
        "Zeppo's Jimmy Quell and The Law played on.",  # a band after a person
        "It backed the UN's World Kelp Programme last year.",  # an agency after a possessive
        "She joined a United Harbor Programme office.",  # an agency's first word
    ],
)
def test_no_plan_for_two_names_or_an_agency(text: str) -> None:
    assert _found(text) == []


def test_an_owners_programme_is_a_plan() -> None:
    assert _found("The council said its Safer Harbor Programme would run.") == ["Safer Harbor Programme"]
