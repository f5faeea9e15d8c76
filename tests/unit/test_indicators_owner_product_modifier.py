"""A price or a size written right before a product's name is the product's, whoever heads the
clause: "Harbor Mart has the $49 Lumo Stick", "the $8-a-month Lumo Plus plan".
Not a count, a share or a sum in millions, not a firm's name, and not a gift card, a deal or a
programme the product's name only qualifies."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Orbis": ("ORGANIZATION", None),
    "Harbor Mart": ("ORGANIZATION", None),
    "Kelvo Vista": ("PRODUCT", None),
    "Lumo Plus": ("PRODUCT", None),
    "Lumo Stick": ("PRODUCT", None),
    "Kelby Smith": ("PERSON", None),
    "Vantor": ("ORGANIZATION", None),
    "Orbel Keys": ("PRODUCT", None),
    "Orbel Glide 2": ("PRODUCT", None),
}
_HEADLINE = "Weekend deals from Orbis"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a store heading the clause sells the thing, the size or price modifies the thing
        ("Harbor Mart lists the 256GB Kelvo Vista at half price.", "256GB", "Kelvo Vista"),
        ("Harbor Mart has the $49 Lumo Stick in stock again.", "$49", "Lumo Stick"),
        # a subscription's monthly price glued before its name, the maker heading the clause
        ("Orbis buyers get three months of the $8-a-month Lumo Plus plan.", "$8", "Lumo Plus"),
        # the maker bundling an extra, fitting a part, a reviewer trying the thing
        ("Orbis is bundling a $15 Lumo Stick with each order.", "$15", "Lumo Stick"),
        ("Orbis fitted its 120Hz Kelvo Vista with a new stand.", "120Hz", "Kelvo Vista"),
        ("Kelby Smith reviewed the $999 Kelvo Vista on Monday.", "$999", "Kelvo Vista"),
    ],
)
def test_a_figure_right_before_a_products_name_is_the_products(text: str, figure: str, owner: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a firm's name after the figure: a card's value, the clause's owner stays
        ("Orbis adds a $50 Harbor Mart gift card.", "$50", "Orbis"),
        # the product's name only qualifies a card or a programme
        ("Orbis adds a $25 Lumo Plus gift card to every order.", "$25", "Orbis"),
        ("Orbis will spend $2 billion Kelvo Vista development money.", "$2 billion", "Orbis"),
        ("Orbis put $300m Kelvo Vista marketing behind it.", "$300m", "Orbis"),
        ("Orbis backs a four billion dollar Kelvo Vista push.", "four billion dollar", "Orbis"),
        # a count of the things, and a share, are left to the other rules
        ("Orbis sold 40,000 Kelvo Vista sets last month.", "40,000 Kelvo Vista sets", "Orbis"),
        ("Orbis said 12% Kelvo Vista buyers came back.", "12%", None),
        # words between the figure and the name: the clause's owner stays
        ("Orbis earned $5 from each Kelvo Vista.", "$5", "Orbis"),
    ],
)
def test_near_misses_keep_the_clauses_owner(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES).get(figure) == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the maker's name between the price and the model's, the tagger reading them apart; an
        # older model the clause named first is no owner either (session 43)
        (
            "The popular Orbel Glide 2 was replaced with an even better $99 Vantor Orbel Keys mouse.",
            "$99",
            "Orbel Keys",
        ),
        ("I tried it alongside the $79 Vantor's Orbel Keys keyboard.", "$79", "Orbel Keys"),
        ("Harbor Mart has the $49 Vantor Orbel Glide 2 in stock.", "$49", "Orbel Glide 2"),
    ],
)
def test_a_price_before_a_makers_model_is_the_models(text: str, figure: str, owner: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a maker's name before a card or a word: no model after it, the clause's owner stays
        ("Orbis adds a $50 Vantor gift card.", "$50", "Orbis"),
        ("Orbis adds a $50 Vantor store credit to the Orbel Keys.", "$50", "Orbis"),
    ],
)
def test_a_makers_name_without_a_model_after_it_keeps_the_owner(text: str, figure: str, owner: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES).get(figure) == owner
