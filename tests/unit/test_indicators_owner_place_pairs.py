"""Xinhua round-ups of several places (session 40): "while that of Marlow hit 5 trillion yuan"
(``that_of``), "7 percent in Kessel and 7.5 percent in Marlow" (``postposed_place.paired_place``),
a sentence opening with "Growth in X" / "Investment in X", "the urbanization rate of X", "the number
of tourists to X" (``place_statistics``), and "12 million people live in X" (``visited_place``). The
place named so owns the figure; the story's main place, the first place of the pair or nobody had
it. Near misses (a yardstick "than that of", a firm's growth, a count that does not live there)
keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Kessel": ("LOCATION", "first_level_division"),
    "Marlow": ("LOCATION", "first_level_division"),
    "Tarvia": ("LOCATION", "country"),
    "Vantor Group": ("ORGANIZATION", None),
}
_LEAD = "Kessel's economy grew 6.1 percent last year. "


def _owner(text: str, figure: str) -> str | None:
    return focus_rows("", _LEAD + text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Kessel's GDP reached 8 trillion yuan, while that of Marlow hit 5 trillion yuan.",
            "5 trillion yuan",
            "Marlow",
        ),
        ("The economy of Kessel grew 7.6 percent, and that of Marlow 8.1 percent.", "8.1 percent", "Marlow"),
        ("Kessel's exports rose 9 percent, while those of Tarvia fell 3 percent.", "3 percent", "Tarvia"),
        ("GDP grew 7 percent in Kessel and 7.5 percent in Marlow.", "7.5 percent", "Marlow"),
        ("Growth in Marlow was 10.2 percent, leading the country.", "10.2 percent", "Marlow"),
        ("Investment in Marlow rose 9 percent last year.", "9 percent", "Marlow"),
        ("Total investment in Marlow reached 900 billion yuan.", "900 billion yuan", "Marlow"),
        ("The urbanization rate of Marlow reached 56 percent.", "56 percent", "Marlow"),
        ("The forest coverage of Marlow hit 61 percent.", "61 percent", "Marlow"),
        ("The number of tourists to Marlow reached 8 million.", "8 million", "Marlow"),
        ("Some 12 million people live in Marlow.", "12 million people", "Marlow"),
        ("About 300,000 residents now live in Tarvia.", "300,000 residents", "Tarvia"),
    ],
)
def test_the_place_the_words_name_owns_the_figure(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a yardstick after "than": the clause's subject keeps it
        ("Marlow's GDP grew 5 percent, higher than that of Tarvia.", "5 percent", "Marlow"),
        # a firm's growth or investment inside a sentence stays the older reading
        ("Vantor Group said sales growth in Marlow was 12 percent.", "12 percent", None),
        ("Vantor Group's investment in Marlow rose 9 percent.", "9 percent", "Vantor Group"),
        # counts of things in two places: whose troops, not where they are
        ("Tarvia has 4,500 troops in Kessel and 3,000 troops in Marlow.", "3,000 troops", "Tarvia"),
        # a product's prices in two markets
        ("The Orbel X will sell for 339 pounds in Kessel and $499 in Tarvia.", "$499", None),
        # people who do not live there, and a rate of something else
        ("Some 300 people died in Marlow.", "300 people", None),
        ("The interest rate of Vantor Group loans is 5 percent.", "5 percent", "Vantor Group"),
    ],
)
def test_near_misses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner
