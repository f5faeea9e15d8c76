"""A figure whose sentence names no owner may go on with the owner of the sentence before."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, EntityType, Indicator
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities as _entities
from tests.unit.indicator_texts import focus_rows


def _subjects(text: str, names: dict[str, EntityType]) -> dict[str, str | None]:
    paragraphs = text.split("\n\n")
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=paragraphs, word_count=9)
    )
    rows: list[Indicator] = extract_indicators(article, _entities(text, names))
    return {r.text: r.subject_name for r in rows}


_NORLAND: dict[str, EntityType] = {"Norland": "LOCATION", "Tarvia": "LOCATION"}
_LEAD = "The harbour was quiet on Monday and the cranes stood still along the quay. " * 5


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # agency copy gives each sentence a paragraph: one opening with a measure goes on
        ("Norland's exports rose 8 percent in May.\n\nImports fell 3 percent.", "3 percent"),
        ("Norland's economy grew 5 percent last year.\n\nRetail sales rose 7.2 percent.", "7.2 percent"),
        (
            "Norland's revenue reached $9 billion.\n\nIn the first quarter, total spending was $2 billion.",
            "$2 billion",
        ),
    ],
)
def test_a_paragraph_opening_with_a_measure_goes_on(text: str, figure: str) -> None:
    assert _subjects(text, _NORLAND)[figure] == "Norland"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a sum or a share in the next sentence of the paragraph, naming nobody, is the same owner's
        ("Norland's exports rose 8 percent in May. Imports fell 3 percent.", "3 percent", "Norland"),
        (
            "Norland posted a trade surplus of $2 billion in March. "
            "The surplus was $1.4 billion a year earlier.",
            "$1.4 billion",
            "Norland",
        ),
        (
            _LEAD + "Harlow Mills earned $300 million last year. A year earlier the figure was $250 million.",
            "$250 million",
            "Harlow Mills",
        ),
        (
            _LEAD + "Brightwave Music cut its price to $5.99 for students. Others will pay $9.99 a month.",
            "$9.99 a month",
            "Brightwave Music",
        ),
    ],
)
def test_a_sum_or_share_goes_on_with_the_sentence_before(text: str, figure: str, owner: str) -> None:
    names: dict[str, EntityType] = {
        **_NORLAND,
        "Harlow Mills": "ORGANIZATION",
        "Brightwave Music": "ORGANIZATION",
    }
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a new paragraph starts afresh unless it opens with a measure an owner has
        ("Norland's exports rose 8 percent in May.\n\nAnalysts expect a 3 percent fall.", "3 percent"),
        ("Norland's exports rose 8 percent in May.\n\nThe port handled 3 percent more ships.", "3 percent"),
        # a count, a size or a duration is no sum an owner goes on with
        ("Norland's exports rose 8 percent in May. Some 300 trucks were seized.", "300 trucks"),
        ("Norland's exports rose 8 percent in May. The talks lasted three days.", "three days"),
        # a quotation, or a new name before the figure, may be anyone's
        (
            'Norland\'s exports rose 8 percent in May. "Imports fell 3 percent," an official said.',
            "3 percent",
        ),
        ("Norland's exports rose 8 percent in May. In Tarvia, imports fell 3 percent.", "3 percent"),
        # only from the sentence right before
        ("Norland's exports rose 8 percent in May. The port was busy. Imports fell 3 percent.", "3 percent"),
        # a person's figure goes on within its own clause only
        ("Ann Lee earned $2 million last year. The bonus was $500,000.", "$500,000"),
        # an index, a price, a commodity or a yield is a thing of its own
        ("Norland's exports rose 8 percent in May. The benchmark index fell 1.2 percent.", "1.2 percent"),
        ("Norland's exports rose 8 percent in May. Gold prices averaged $1,900 an ounce.", "$1,900 an ounce"),
        ("Norland's exports rose 8 percent in May. Crude oil slipped 2 percent.", "2 percent"),
    ],
)
def test_a_sum_goes_on_only_on_strong_evidence(text: str, figure: str) -> None:
    names: dict[str, EntityType] = {**_NORLAND, "Ann Lee": "PERSON"}
    assert _subjects(text, names)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # what comes in from a place (imports, revenue, income, profits) is not that place's
        ("Imports from Tarvia totaled $2 billion in May.", "$2 billion", None),
        ("Revenue from Tarvia rose 8 percent last year.", "8 percent", None),
        ("Profits from Tarvia fell 6 percent.", "6 percent", None),
        ("Norland's net income from Tarvia rose 4 percent.", "4 percent", "Norland"),
        # what goes out from it, or a measure "of" it, is
        ("Exports from Tarvia rose 8 percent.", "8 percent", "Tarvia"),
        ("Output from Tarvia fell 2 percent.", "2 percent", "Tarvia"),
        ("Revenue of Tarvia rose 8 percent.", "8 percent", "Tarvia"),
    ],
)
def test_an_inflow_from_a_place_is_not_its(text: str, figure: str, owner: str | None) -> None:
    assert _subjects(text, _NORLAND)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a share of a named owner's measure, in a clause that names no owner, is the owner's
        ("Private firms contributed 52.1 percent of Norland's exports.", "52.1 percent", "Norland"),
        (
            _LEAD + "Online orders made up 31 percent of Vantor Group's total revenue.",
            "31 percent",
            "Vantor Group",
        ),
        ("Farm goods accounted for 12 percent of Tarvia's GDP.", "12 percent", "Tarvia"),
        ("Private firms contributed 52.1 percent of Norland's foreign trade.", "52.1 percent", "Norland"),
        # the clause's own subject wins; a share of a thing that is no measure is no one else's
        ("Tarvia bought 40 percent of Norland's exports.", "40 percent", "Tarvia"),
        ("Foreign firms won 30 percent of Norland's contracts.", "30 percent", None),
        ("Ann Lee owns 12 percent of Norland's port.", "12 percent", "Ann Lee"),
    ],
)
def test_a_share_of_an_owners_measure_is_the_owners(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {**_NORLAND, "Vantor Group": "ORGANIZATION", "Ann Lee": "PERSON"}
    assert _subjects(text, names)[figure] == owner


_PLACES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Motors": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Harlow": ("LOCATION", "first_level_division"),
}


@pytest.mark.parametrize(
    ("headline", "text", "figure", "owner"),
    [
        # a company story's unowned statistic is the company's, not a place's named in passing
        (
            "Vantor Motors sales hit a record",
            "Vantor Motors sold more cars in Norland than ever. Domestic production fell 2.5 percent.",
            "2.5 percent",
            "Vantor Motors",
        ),
        (
            "Vantor Motors posts record year",
            "Vantor Motors opened a plant in Harlow in May. Output rose 4 percent in the year.",
            "4 percent",
            "Vantor Motors",
        ),
        (
            "Vantor Motors lifts forecast",
            "Vantor Motors cut prices in Norland on Monday. In the first half, exports grew 7 percent.",
            "7 percent",
            "Vantor Motors",
        ),
        # a story whose headline names the place, or names no company, stays the place's
        (
            "Norland's car output up as Vantor Motors expands",
            "Vantor Motors opened a plant in Norland. Industrial output rose 4 percent.",
            "4 percent",
            "Norland",
        ),
        (
            "Car plants busy",
            "Vantor Motors opened a plant in Norland. Industrial output rose 4 percent.",
            "4 percent",
            "Norland",
        ),
    ],
)
def test_a_company_storys_statistic_is_the_companys(
    headline: str, text: str, figure: str, owner: str
) -> None:
    assert focus_rows(headline, text, _PLACES)[figure] == owner
