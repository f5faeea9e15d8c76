"""A model body run over a possessive, owner and owned in one name ("Biden's State Department"),
is cut in two where either side is a name of its own (issue 11): the gazetteer knows it, or the
owner ends on a body's head word. Names that hold a possessive stay whole ("People's Daily")."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "owned"),
    [
        ("Trump's Justice Department filed the suit on Monday.", "Justice Department"),
        ("Biden's State Department issued a warning.", "State Department"),
        ("The ad ran on Harwell Institute’s Twitter feed for a week.", "Twitter"),
        ("Critics said Acme Bank’s Facebook page was hacked.", "Facebook"),
    ],
)
def test_owner_and_owned_are_two_names(extractor: EntityExtractor, body: str, owned: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(owned) == "ORGANIZATION", types
    assert not any("’s " in name or "'s " in name for name in types), types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("People's Daily reported the news on Monday.", "People's Daily"),
        (
            "The Standing Committee of the National People's Congress approved the law.",
            "Standing Committee of the National People's Congress",
        ),
        ("Shares of McDonald's Corp rose 2 percent.", "McDonald's"),
    ],
)
def test_names_holding_a_possessive_stay_whole(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


def test_a_programme_holding_a_possessive_stays_whole(extractor: EntityExtractor) -> None:
    """Whole, and a named plan by the conventions (MISC) since session 34 (``programme_name``)."""
    types = types_of(entities_of(extractor, "Funding came from the Texas Women's Health Program last year."))
    assert types.get("Texas Women's Health Program") == "MISC", types


@pytest.mark.parametrize(
    ("body", "owner", "owned"),
    [
        ("Other services include Velcom’s Paywise in Kenya and Smart Money elsewhere.", "Velcom", "Paywise"),
        (
            "Regulators cleared a rival drug last week to compete with Tarnex's Zolvira treatment."
            " Tarnex Inc. fell 6%.",
            "Tarnex Inc.",
            "Zolvira",
        ),
        (
            "The app competes with Harbin Mobile’s Quidpay in Ghana and with bank transfers.",
            "Harbin Mobile",
            "Quidpay",
        ),
    ],
)
def test_a_coined_name_after_the_possessive_is_the_owners_thing(
    extractor: EntityExtractor, body: str, owner: str, owned: str
) -> None:
    """Session 44: a coined word no dictionary holds after the possessive is the owner's product
    or work, not the rest of the body's name; the owner is the body, the owned left untyped."""
    types = types_of(entities_of(extractor, body))
    assert types.get(owner) == "ORGANIZATION", types
    assert not any(owned in name for name in types), types


def test_ordinary_words_after_the_possessive_stay_in_the_name(extractor: EntityExtractor) -> None:
    body = "Analysts at Marden's Investors Service cut the rating on Friday."
    types = types_of(entities_of(extractor, body))
    assert types.get("Marden's Investors Service") == "ORGANIZATION", types
