"""A place named in the phrase that heads a statistic owns it (session 39, ``place_scope``): a
place's tally ("the number of private firms in Kessel"), an economy's statistic the older lists
lack ("capital expenditure in Norland", "Norland's money supply"), Xinhua's "the added value of
Kessel", "tourist arrivals to Kessel", "In Kessel, the output of ..." and "In X," right after the
dateline's dash, and a public body of the place telling the statistic ("Norland's finance ministry
said the trade surplus ..."). Near misses (casualties, a firm's tally, a firm telling its own
figures, a statistic no one place keeps) keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Kessel": ("LOCATION", "first_level_division"),
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Vantor Group": ("ORGANIZATION", None),
}


def _owner(text: str, figure: str) -> str | None:
    return focus_rows("", text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a place's tally or stock: "the number / value / length of <things> in X"
        ("The number of private firms in Kessel rose to 31,000 by June.", "31,000", "Kessel"),
        ("The total length of expressways in Kessel reached 4,800 km.", "4,800 km", "Kessel"),
        (
            "The value of online farm sales in Kessel hit 3 billion yuan last year.",
            "3 billion yuan",
            "Kessel",
        ),
        # an economy's statistic the older "in X" list lacks
        ("Total bank assets in Norland rose to 81.5 billion dlrs in May.", "81.5 billion dlrs", "Norland"),
        ("Capital expenditure in Norland rose 4.5 pct in the first quarter.", "4.5 pct", "Norland"),
        ("Money supply in Tarvia grew 11.2 pct in the year to March.", "11.2 pct", "Tarvia"),
        ("Wholesale prices in Tarvia fell 0.4 pct in April.", "0.4 pct", "Tarvia"),
        # Xinhua's statistic "of X", and the arrivals a place receives
        (
            "The added value of Kessel's digital economy reached 310 billion yuan.",
            "310 billion yuan",
            "Kessel",
        ),
        ("The fiscal revenue of Kessel rose 9.1 percent last year.", "9.1 percent", "Kessel"),
        ("Tourist arrivals to Kessel exceeded 82 million in the first half.", "82 million", "Kessel"),
        # "In X," heading the clause before the place's output or tally
        ("In Kessel, the output of electric cars rose 41 percent.", "41 percent", "Kessel"),
        ("In Kessel, the number of 5G users reached 12 million.", "12 million", "Kessel"),
        # "In X," right after the dateline's dash
        ("HARLOW, May 3 (Xinhua) -- In Kessel, retail sales rose 7.7 percent.", "7.7 percent", "Kessel"),
        ("HARLOW, March 16 - In Norland, consumer prices rose 1.3 pct in March.", "1.3 pct", "Norland"),
        # a place's possessive before a statistic the measure words lack
        ("Norland's money supply grew 8.5 pct in the year to May.", "8.5 pct", "Norland"),
        (
            "The shift came from the swing in Tarvia's current account to a surplus of 2.1 billion dlrs.",
            "2.1 billion dlrs",
            "Tarvia",
        ),
        (
            "Growth in Norland's broad money supply will stay between 9 and 10 pct, an official said.",
            "9 and 10 pct",
            "Norland",
        ),
        # a public body the place's possessive names, telling the place's statistic
        (
            "Prices rose. Norland's finance ministry said the trade surplus narrowed to 3.4 billion dlrs.",
            "3.4 billion dlrs",
            "Norland",
        ),
        (
            "Prices rose. Tarvia's statistics office said exports fell 2.6 pct in February.",
            "2.6 pct",
            "Tarvia",
        ),
        # ... or the place as the body's first word
        (
            "Prices rose. The Kessel provincial bureau of statistics said GDP grew 6.4 percent.",
            "6.4 percent",
            "Kessel",
        ),
        (
            "Prices rose. Data from the Kessel commerce department showed exports rose 5.3 percent.",
            "5.3 percent",
            "Kessel",
        ),
    ],
)
def test_place_owns_its_scoped_statistic(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # casualties and patients in a place are nobody's
        ("The number of people killed in Kessel rose to 34.", "34", None),
        ("The number of confirmed cases in Kessel rose to 312.", "312", None),
        ("In Kessel, the number of injured rose to 56.", "56", None),
        # a firm's tally or outlay in a place stays the firm's reading
        ("Vantor Group said the number of stores in Kessel rose to 310.", "310", None),
        ("Vantor Group said capital expenditure in Kessel rose 30 percent.", "30 percent", None),
        ("The number of its stores in Kessel rose to 310.", "310", None),
        # one of a list of places, or a figure far past the tally's clause
        (
            "The amount of grain stored in Kessel and Tarvia silos totalled 58,500 tonnes.",
            "58,500 tonnes",
            None,
        ),
        (
            "By May the number of fibre lines in Kessel overtook copper, and in June officials said a line "
            "was added every 12 seconds.",
            "12 seconds",
            None,
        ),
        # a firm's possessive heading the clause after "In X," wins
        ("In Kessel, Vantor Group's output rose 14 percent.", "14 percent", "Vantor Group"),
        # a bare "sales in X" stays a market; "from X" after a tally names an origin, no owner here
        ("Sales in Kessel rose 6 percent.", "6 percent", None),
        ("Norland's trade surplus in Tarvia rose to 5.2 billion dlrs.", "5.2 billion dlrs", "Norland"),
        ("The number of tourists from Kessel rose to 3 million.", "3 million", None),
        # no sentence-opening "In" after the dash, and no statistic after "In X,"
        ("HARLOW, May 3 (Xinhua) -- In Kessel, 300 people were evacuated.", "300 people", None),
        # a public body of a place telling a statistic no one place keeps, or a firm of the place
        ("Prices rose. Norland's finance ministry said world trade rose 3 pct.", "3 pct", None),
        ("Prices rose. Norland's biggest bank said profits rose 3 pct.", "3 pct", None),
        ("Prices rose. Kessel said exports rose 6 percent.", "6 percent", None),
        # another place's possessive in the reported clause keeps its statistic
        (
            "Prices rose. Norland's finance ministry said Tarvia's trade surplus narrowed to 3 billion dlrs.",
            "3 billion dlrs",
            "Tarvia",
        ),
    ],
)
def test_near_misses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner
