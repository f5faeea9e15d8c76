"""The price of a good told in a place's story is the good's (no entity), not the place's."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Norland": ("LOCATION", "country"),
    "Harlow": ("LOCATION", "city"),
    "Kessel": ("LOCATION", "first_level_division"),
}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            'Norland has sent three warships to its southern isles to fight what officials call "extreme" '
            "illegal fishing, which is plundering the fish worth between 5,000 and 7,000 US dollars a tonne.",
            "5,000 and 7,000 US dollars a tonne",
        ),
        (
            "Souvenirs will go on sale at 120 shops across Norland next week, with prices ranging from "
            "two US dollars for a cap to hundreds of dollars for a watch.",
            "two US dollars",
        ),
        (
            "Heavy fog closed roads in Kessel and Harlow on Monday. The price of cabbage rose from 2 yuan to "
            "3.5 yuan per kilo as trucks were kept out of the city.",
            "3.5 yuan per kilo",  # a rise from one level to another: two figures (session 49, D)
        ),
    ],
)
def test_a_goods_price_is_no_places(text: str, figure: str) -> None:
    assert focus_rows("Fog shuts Kessel roads", text, _NAMES)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the place frames the price as its own
        ("Norland's rice prices rose to 400 dollars a tonne in March.", "400 dollars a tonne"),
        ("Norland raised the price of its crude to 20 dollars a barrel on Monday.", "20 dollars a barrel"),
        # a sum that prices no good stays the place's
        ("Norland will spend 3 billion dollars on new roads next year.", "3 billion dollars"),
    ],
)
def test_a_place_keeps_a_price_it_frames(text: str, figure: str) -> None:
    assert focus_rows("Norland prices", text, _NAMES)[figure] == "Norland"
