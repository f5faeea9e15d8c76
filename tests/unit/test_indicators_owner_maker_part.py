"""A product's part measured in a clause its maker heads, reports or introduces is the product's:
"Orbis's 6.1-inch screen", "Veltra says the battery lasts 14 hours", "Orbis will sell the phone
for $449" after Orbis unveiled it. Not a firm's plant, staff or results, not a supplier's or a
rival's part, and no product the maker did not bring out."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Orbis": ("ORGANIZATION", None),
    "Note 12": ("PRODUCT", None),
    "Seagrove": ("ORGANIZATION", None),
    "Marlow": ("ORGANIZATION", None),
    "Kessel Sound System": ("PRODUCT", None),
    "Lumo Drive": ("PRODUCT", None),
    "Ann Lee": ("PERSON", None),
}
_LAUNCH = "Orbis has unveiled its new Note 12 phone at a show.\n\n"
_HEADLINE = "Orbis shows Note 12"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the maker's possessive before the part
        (_LAUNCH + "Orbis's 6.1-inch screen is brighter than before.", "6.1-inch"),
        # the part heads the clause the maker's possessive opens, the figure after its verb
        (_LAUNCH + "Orbis's 3.0-litre engine produces 450 hp.", "450 hp"),
        (_LAUNCH + "Orbis's 3.0-litre engine produces 450 hp.", "3.0-litre"),
        # the maker heading the clause that fits the part
        (_LAUNCH + "Orbis has fitted a 48-megapixel camera and 256GB of storage.", "48-megapixel"),
        (_LAUNCH + "Orbis has fitted a 48-megapixel camera and 256GB of storage.", "256GB"),
        # the maker reporting the part's spec
        (_LAUNCH + "Orbis says the battery lasts 14 hours on a charge.", "14 hours"),
        (_LAUNCH + "According to Orbis, the battery lasts 20 hours.", "20 hours"),
        # what only a thing does, reported by its maker
        (_LAUNCH + "Orbis said it weighs 160 grams.", "160 grams"),
        # the maker's engineers cut the thing's weight
        (_LAUNCH + "Orbis's engineers cut the weight to 150 grams.", "150 grams"),
        # the maker's name before the product's brings it out as well as "its"
        ("The Orbis Note 12 goes on sale in May.\n\nOrbis's 6.5-inch display is sharp.", "6.5-inch"),
        ("Orbis launched the Note 12 in May.\n\nOrbis's 6.5-inch display is sharp.", "6.5-inch"),
        # a car's sprint the maker quotes, its powertrain's output
        (_LAUNCH + "Orbis quotes 0-60 mph in 4.1 seconds.", "4.1 seconds"),
        (_LAUNCH + "Orbis's hybrid system makes 243 hp.", "243 hp"),
        # a part's spec in a sentence naming nobody
        (_LAUNCH + "Battery life is 11 hours, and the display is sharp.", "11 hours"),
        (_LAUNCH + "I got 13 hours of battery life in my tests.", "13 hours"),
    ],
)
def test_a_parts_spec_given_to_its_maker_is_the_products(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == "Note 12"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the maker selling the thing it brought out
        (_LAUNCH + "Orbis will sell the phone for $449 in Europe.", "$449"),
        ("Orbis launched the Note 12 in May.\n\nOrbis will offer the phone in 13 colours.", "13 colours"),
    ],
)
def test_the_maker_acting_on_the_thing_it_brought_out_gives_it_the_figure(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == "Note 12"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the firm's plant, network, staff and results
        (_LAUNCH + "Orbis's factories make 2GB memory chips for other firms.", "2GB", "Orbis"),
        (_LAUNCH + "Orbis's data centres hold 40TB of storage.", "40TB", "Orbis"),
        (_LAUNCH + "Orbis employs 3,000 staff.", "3,000 staff", "Orbis"),
        (_LAUNCH + "Orbis's revenue rose 12% to $3bn.", "$3bn", "Orbis"),
        # a supplier's part: the supplier did not bring the phone out
        (_LAUNCH + "Seagrove's 5GB hard drive won a prize.", "5GB", "Seagrove"),
        # a firm that brought out nothing in the story
        ("Marlow has a new phone.\n\nMarlow's 6.1-inch screen is dim.", "6.1-inch", "Marlow"),
        # a person named before the part's spec
        (_LAUNCH + "Ann Lee found the battery lasted 10 hours.", "10 hours", None),
    ],
)
def test_a_firms_own_figures_and_other_makers_parts_keep_their_owner(
    text: str, figure: str, owner: str | None
) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == owner


def test_a_parts_spec_with_no_product_in_the_story_stays_unowned() -> None:
    text = "Phones are getting thinner.\n\nBattery life is 11 hours on most models."
    assert focus_rows("Thin phones", text, _NAMES)["11 hours"] is None


def test_it_after_a_sentence_opening_with_the_makers_name_and_the_product_is_the_product() -> None:
    text = "The Orbis Note 12 goes on sale in May. It weighs 190 grams."
    assert focus_rows("Phones", text, _NAMES)["190 grams"] == "Note 12"


def test_a_thing_brought_in_with_a_is_no_owner_of_the_next_spec() -> None:
    text = (
        "The Note 12 has a new body. A Kessel Sound System will be available.\n\n"
        "The 6.7-inch upper touchscreen handles settings."
    )
    assert focus_rows("Note 12 revealed", text, _NAMES)["6.7-inch"] == "Note 12"


def test_a_spec_run_stops_at_another_product_named_between() -> None:
    text = (
        "The Note 12 is new. Its screen measures 6.1 inches, and it fills two racks. "
        "Marlow's rival Lumo Drive is also on show. The rival machine fills 40 racks in tests."
    )
    rows = focus_rows("Note 12 revealed", text, _NAMES)
    assert rows["two racks"] == "Note 12"
    assert rows["40 racks"] is None


def test_a_spec_run_with_no_other_product_between_goes_on() -> None:
    text = (
        "The Note 12 is new. Its screen measures 6.1 inches, and it fills two racks. The case fills 40 racks."
    )
    assert focus_rows("Note 12 revealed", text, _NAMES)["40 racks"] == "Note 12"


_REVIEW = "The Note 12 is the best phone of the year.\n\n"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_REVIEW + "Ann Lee got 14 hours from the battery in her tests.", "14 hours"),
        (_REVIEW + "Ann Lee measured a top speed of 130 mph on the track.", "130 mph"),
    ],
)
def test_a_reviewers_part_spec_is_the_storys_product(text: str, figure: str) -> None:
    assert focus_rows("Note 12 review", text, _NAMES)[figure] == "Note 12"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the story's product is not the one named last: the person's part may be another thing's
        (
            _REVIEW + "The Lumo Drive is new too. Ann Lee got 14 hours from the battery.",
            "14 hours",
            "Ann Lee",
        ),
        # no part of a thing beside the figure: the person's own count
        (_REVIEW + "Ann Lee spent 14 hours on the train.", "14 hours", "Ann Lee"),
    ],
)
def test_a_persons_figure_off_the_storys_product_keeps_its_owner(
    text: str, figure: str, owner: str | None
) -> None:
    assert focus_rows("Note 12 review", text, _NAMES)[figure] == owner


_PLACES = {**_NAMES, "Tarvia": ("LOCATION", "country"), "Norland": ("LOCATION", "country")}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_REVIEW + "In Tarvia, the phone costs $499.", "$499"),
        (_REVIEW + "In Tarvia the phone costs $499, while in Norland it sells for $449.", "$449"),
        (_REVIEW + "In Norland, it will retail for $520 from May.", "$520"),
    ],
)
def test_a_products_price_in_a_places_clause_is_the_products(text: str, figure: str) -> None:
    assert focus_rows("Note 12 review", text, _PLACES)[figure] == "Note 12"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the cost of doing something
        (_REVIEW + "In Tarvia, it costs $30 to fill the tank.", "$30"),
        # no place: the name heads the clause
        (_REVIEW + "Orbis said the phone costs $499.", "$499"),
        # a place heading the clause, no preposition before it
        (_REVIEW + "Tarvia said it costs $80 to run the scheme.", "$80"),
    ],
)
def test_a_price_off_the_pattern_keeps_its_old_owner(text: str, figure: str) -> None:
    old = {"$30": None, "$499": "Note 12", "$80": "Tarvia"}
    assert focus_rows("Note 12 review", text, _PLACES)[figure] == old[figure]


def test_the_maker_reporting_what_the_reader_gets_from_the_part() -> None:
    text = _LAUNCH + "Orbis says you'll get up to 9 hours of battery life."
    assert focus_rows(_HEADLINE, text, _NAMES)["9 hours"] == "Note 12"
