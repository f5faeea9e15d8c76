"""Products the model reads as bodies, round two: well-known consoles, handhelds, operating systems,
telescopes and supercomputers the gazetteer lists as products, a listed product in the plural and
a maker of two words or with "&" before marked model words, and a listed console's game
(``retype.product_families``). Makers stay bodies; a family's bare common word ("Windows") and a
person named like a telescope stay what they were. Sentences (and the made-up names in them)
written for the test; the real names are the list's entries."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.product_families import listed_plural, long_maker_model, platform_title
from consumer.entities.retype.products import model_before_kind
from tests.unit.entity_texts import entities_of, types_of


def _mention_types(extractor: EntityExtractor, body: str) -> dict[str, str]:
    """Each mention's text and its entity's type (a listed product takes the list's first form
    as its name: "PS2" is "PlayStation 2")."""
    return {m.text: e.type for e in entities_of(extractor, body) for m in e.mentions}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Released in May on PS2, the racing game costs $40, Jo Roe said.", "PS2"),
        ("The GameBoy Advance costs about $90 in Tarvo shops, Jo Roe said.", "GameBoy Advance"),
        ("Sales of the Nintendo DS rose in Marlow, Jo Roe said.", "Nintendo DS"),
        ("The puzzle first ran on the Commodore Amiga, Quill Harwick said.", "Commodore Amiga"),
        ("Harlow Labs moved its servers to Linux last year, its boss said.", "Linux"),
        ("Offices still running Windows XP were warned on Monday, Jo Roe said.", "Windows XP"),
        ("Images from Hubble showed a faint ring, astronomers in Marlow said.", "Hubble"),
        ("Engineers tested the code on Blue Gene before the launch, Jo Roe said.", "Blue Gene"),
    ],
)
def test_a_listed_console_system_or_telescope_is_a_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = _mention_types(extractor, body)
    assert types.get(name) == "PRODUCT", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Nintendo said on Monday that profits rose by a third.", "Nintendo", "ORGANIZATION"),
        ("Sony hired 400 engineers in Marlow, Jo Roe said.", "Sony", "ORGANIZATION"),
        ("The astronomer Edwin Hubble measured the distance in 1929.", "Edwin Hubble", "PERSON"),
    ],
)
def test_makers_and_people_keep_their_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


def test_a_bare_common_word_of_a_family_is_no_product(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Windows were smashed in Marlow on Friday, police said."))
    assert "Windows" not in types, types


@pytest.mark.parametrize("name", ["Kindles", "Chromecasts", "Sony Walkmans", "Amazon Kindles"])
def test_a_listed_products_plural_is_a_product(name: str) -> None:
    assert listed_plural(name, load_gazetteer())


@pytest.mark.parametrize("name", ["Amazons", "Googles", "Kindless", "Dows", "Harlow Kindles"])
def test_no_plural_product_for_bodies_indices_or_unknown_makers(name: str) -> None:
    assert not listed_plural(name, load_gazetteer())


@pytest.mark.parametrize(
    "name",
    [
        "Marlowe & Finch Studio 5D Audio System",
        "Marlowe & Finch Quill X200",
        "General Motors Velora Controller",
        "Morgan Stanley TradeDesk Pro",
    ],
)
def test_a_long_makers_marked_model_is_a_product(name: str) -> None:
    assert long_maker_model(name, load_gazetteer())


@pytest.mark.parametrize(
    "name",
    [
        "Marlowe & Finch Asset Management",  # a division's words
        "Marlowe & Finch Foundation",  # a body's head word
        "General Motors Q3",  # a quarter's code, no model
        "Goldman Sachs Velora Fund",  # no model's mark
        "Marlowe & Finch",  # the maker alone
        "Deutsche Bank Tarvia",  # a word without a mark
    ],
)
def test_no_model_for_a_long_makers_division_or_body(name: str) -> None:
    assert not long_maker_model(name, load_gazetteer())


@pytest.mark.parametrize(
    "body",
    [
        "By noon, PlayStations had sold out in Tarvo, the chain said.",
        "Yesterday, Walkmans and PlayStations sold out in Marlow shops, the chain said.",
    ],
)
def test_the_extractor_types_a_listed_products_plural(extractor: EntityExtractor, body: str) -> None:
    """Session 47 (J): the list files the plural under the product, so it is one entity named
    by the singular ("Joy-Cons" an alias of "Joy-Con" in the annotations)."""
    types = types_of(entities_of(extractor, body))
    assert types.get("PlayStation") == "PRODUCT", types
    assert "PlayStations" not in types, types


def _cand(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate(field="body", start=start, end=start + len(name), type="ORGANIZATION", origin="ner")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sales rose after the PS2-only game Starfleet Harbor Command came out.", "Starfleet Harbor Command"),
        ("The prize went to PlayStation 2 title Kelby Motor Racing on Friday.", "Kelby Motor Racing"),
        ("Fans queued for the GameCube game Harbor Kings Online, Jo Roe said.", "Harbor Kings Online"),
        ("It beat the Xbox 360 rhythm game Tarvo Drum Club in May.", "Tarvo Drum Club"),
    ],
)
def test_a_listed_consoles_game_is_a_product(text: str, name: str) -> None:
    assert platform_title(_cand(text, name), text, name, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Arsenal game against Harlow Rovers was postponed.", "Harlow Rovers"),  # a club's match
        ("The Marlow title Kelby Rangers won was their first.", "Kelby Rangers"),  # no listed console
        ("Xbox sales rose while Harlow Labs cut jobs.", "Harlow Labs"),  # no game or title between
        ("The S&P 500 game Kelby Capital played paid off.", "Kelby Capital"),  # an index, no console
    ],
)
def test_no_game_without_a_listed_console_right_before(text: str, name: str) -> None:
    assert not platform_title(_cand(text, name), text, name, load_gazetteer())


def test_the_extractor_types_a_consoles_game(extractor: EntityExtractor) -> None:
    types = types_of(
        entities_of(extractor, "Fans queued for the GameCube game Harbor Kings Online, Jo Roe said.")
    )
    assert types.get("Harbor Kings Online") == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "name", "made"),
    [
        ("Kelby bought six newer Quill SP handhelds, Jo Roe said.", "Quill SP", True),
        ("Tests ran on the Harbor Vela supercomputer in May.", "Harbor Vela", True),
        ("Nintendo handhelds sold well, Jo Roe said.", "Nintendo", False),  # the maker
        ("The Harlow Labs handheld team grew, Jo Roe said.", "Harlow Labs", False),  # a noun after the kind
    ],
)
def test_a_handheld_or_a_supercomputer_after_a_model_name(text: str, name: str, made: bool) -> None:
    assert model_before_kind(_cand(text, name), text, name, load_gazetteer()) is made
