"""Session 42, products and the bodies that make them (texts written for the test):

- a determiner, a name and a kind of software, a game or a media format ending its noun phrase
  make the name a product ("the Marrowind game", "the Tarvex format"); a club before "game", a
  maker's division and a listed body stay bodies (``retype.product_use.named_software``);
- an ordinal in a wire's capitals is no model code ("SEES 2ND QTR LOSS");
- a listed maker with a dotted corporate suffix or a foreign word of industry is the company, not
  its model ("Siemens A.G.", "Airbus Industrie");
- an outlet's credit in brackets after the place that opens a story reports it, no product
  ("Hong Kong (CNN Business)").
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.product_use import named_software
from tests.unit.entity_texts import entities_of, rule_asks, types_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fans of the Marrowind game queued for hours.", "Marrowind"),
        ("Songs in the Tarvex format cannot be played on rival devices.", "Tarvex"),
        ("She opened the Kelvane browser and typed.", "Kelvane"),
        ("Users of the Dravolt app complained on Monday.", "Dravolt"),
        ("Critics loved the new Ostrin Vale video game, which sold 90,000 copies.", "Ostrin Vale"),
    ],
)
def test_a_named_software_kind_makes_a_product(text: str, name: str) -> None:
    assert rule_asks(named_software, text, name, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He will miss the Harvesters game on Saturday.", "Harvesters"),  # a club's plural look
        ("Brixo sold the Brixo software division.", "Brixo"),  # a noun after the kind
        ("Dravolt games are popular.", "Dravolt"),  # no determiner: the maker as often
        ("Users of the Google app complained.", "Google"),  # a listed company
        ("The Dravolt phone sold out.", "Dravolt"),  # a device's kind: the maker as often
    ],
)
def test_no_product_for_a_club_a_maker_or_a_listed_body(text: str, name: str) -> None:
    assert not rule_asks(named_software, text, name, "ORGANIZATION")


def test_the_extractor_types_every_mention_of_the_game(extractor: EntityExtractor) -> None:
    types = types_of(
        entities_of(extractor, "Fans of the Marrowind game queued for hours. Marrowind sold well.")
    )
    assert types.get("Marrowind") == "PRODUCT", types


@pytest.mark.parametrize(
    "headline",
    ["KELVO CORP SEES 2ND QTR LOSS", "TARLO INC POSTS 4TH QTR GAIN", "Kelvo Corp Sees 1St Qtr Loss"],
)
def test_an_ordinal_in_capitals_is_no_model(extractor: EntityExtractor, headline: str) -> None:
    entities = entities_of(extractor, "Kelvo Corp said its loss would widen.", headline=headline)
    assert not [e.name for e in entities if e.type == "PRODUCT"], [(e.type, e.name) for e in entities]


def test_a_model_code_before_a_kind_stays_a_product(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The Vela X4 phone sold out in two days."))
    assert types.get("Vela X4") == "PRODUCT", types  # near miss: a code, no ordinal


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Varlen said Siemens A.G. would buy the unit.", "Siemens A.G."),
        ("Varlen said Airbus Industrie made a counter-bid.", "Airbus Industrie"),
        (
            "Hong Kong (CNN Business)A muddled view of trade talks weighed on markets on Monday.",
            "CNN Business",
        ),
        ("New York (Reuters Breakingviews) Harlan Vell wrote that markets fell.", "Reuters Breakingviews"),
    ],
)
def test_a_maker_by_its_suffix_or_an_outlets_credit_is_a_body(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Teens want the new Amazon Alexa for Christmas.", "Amazon Alexa"),  # a maker's model
        ("Download the Google Pixel (phone) guide today.", "Google Pixel"),  # brackets, no credit
    ],
)
def test_a_makers_model_stays_a_product(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PRODUCT", types


def test_an_outlets_credit_in_brackets_is_not_the_body_referred_to() -> None:
    """Quotes: "the group" means the one other body of the passage, not the outlet credited in
    brackets at the story's opening (whose credit is now a body, no product)."""
    from consumer.quotes import extract_quotes
    from tests.unit.test_quotes import _article, _direct, _entity

    body = (
        "Harbor City (Kelvo Business) Harrow Watch staged a protest outside the plant on Monday.\n\n"
        '"This plant is poisoning the river," the group said in a statement.'
    )
    article = _article(body)
    entities = [_entity(article, name, "ORGANIZATION") for name in ("Kelvo Business", "Harrow Watch")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == ["Harrow Watch"]


def test_a_body_with_its_short_form_in_brackets_is_still_referred_to() -> None:
    """Near miss: the short form in brackets is skipped, the full name before it still counts."""
    from consumer.quotes import extract_quotes
    from tests.unit.test_quotes import _article, _direct, _entity

    body = (
        "Harrow Watch (HW) staged a protest outside the plant on Monday.\n\n"
        '"This plant is poisoning the river," the group said in a statement.'
    )
    article = _article(body)
    watch = _entity(article, "Harrow Watch", "ORGANIZATION")
    assert [q.speaker_name for q in _direct(extract_quotes(article, [watch]))] == ["Harrow Watch"]


@pytest.mark.parametrize("name", ["Kindle Varnis", "Kindle Velorus"])
def test_a_listed_model_ending_like_a_plural_is_a_product(extractor: EntityExtractor, name: str) -> None:
    """A model word ending on "-is" or "-us" after a listed product is a singular, no body's members."""
    types = types_of(entities_of(extractor, f"The {name} is thin and light."))
    assert types.get(name) == "PRODUCT", types


def test_a_listed_products_members_stay_a_body(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The Kindle Developers group met on Friday."))
    assert types.get("Kindle Developers") == "ORGANIZATION", types  # near miss: a plural's members
