"""Codes that describe a product in a listing or a standing are no model codes: a count of parts
or a measure ("3-Piece", "4-Port", "27-Inch", "2-in-1", "22pcs"), a class or a category in sport
("Class 4A"), a ranking ("Parader's Top 100"); a list's opener ("Including") is no part of the
model after it. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import rules


@pytest.mark.parametrize(
    "text",
    [
        "Harvo 3-Piece Bamboo Cutting Board Set for $12.99",
        "Trenda 4-Port USB Hub with power switches for $9.99",
        "Zapper Cutter Pro 2-in-1 Food Chopper for $19.99",
        "Velmont Series Curved 27-Inch FHD Monitor for $332.22",
        "Marlo Handheld Submersible 2-Way Radio for $74.59",
        "Pocina 22pcs Baking Set for $18.99",
        "To know more, see the Marsden 3-D Leadership Model.",
        "In Class 4A, Marlow Ridge and Tessel are the favorites.",
        "The Class 5A quarterfinals start on Friday.",
        "Hit Parader's Top 100 Metal Vocalists of All Time",
    ],
)
def test_descriptors_rankings_and_classes_are_no_models(text: str) -> None:
    assert list(rules.products(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Get the bundle, Including PS4 Pro and two games, for $299.", ["PS4 Pro"]),
        ("All Vela X5 models get a new camera.", ["Vela X5"]),
        ("Both Orvo S8 Plus phones sold out.", ["Orvo S8 Plus"]),
        ("The Korvan 3-Series sedan was shown.", ["Korvan 3-Series"]),  # a maker's series stays
        ("The Zorbl X5 Pro phone was shown.", ["Zorbl X5 Pro"]),
        ("Vela 7 Plus sold well; the Orvo Tab 3-inch case did not.", ["Vela 7 Plus"]),
        ("Harvo's Vela Fold 3 sold out.", ["Vela Fold 3"]),
    ],
)
def test_models_beside_descriptors_keep_their_reading(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.products(text)] == names
