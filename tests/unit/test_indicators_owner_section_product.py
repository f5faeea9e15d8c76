"""A count, a size or a duration with no owner in the first prose paragraph or two under a
section heading that names one product is that product's (a deal post's or a buying guide's
section); not a share, not after a buy line or a second product, not past two paragraphs."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, Entity, EntityType, Mention
from consumer.indicators import extract_indicators
from consumer.indicators.subject.mentions import MentionIndex
from consumer.indicators.subject.section_product import section_product
from tests.unit.indicator_texts import body_entities, focus_rows

_NAMES = {
    "Vantor Buds Pro": ("PRODUCT", None),
    "Orbel Dock": ("PRODUCT", None),
    "Kessel Lamp": ("PRODUCT", None),
    "Harbor Mart": ("ORGANIZATION", None),
}
_HEADING = "$20 Off Vantor Buds Pro at Harbor Mart\n\n"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the section's first paragraph, a pronoun for the thing
        (
            _HEADING + "These buds are a fine gift this winter, and they last up to 8 hours on a charge.",
            "8 hours",
            "Vantor Buds Pro",
        ),
        # a count of parts, the second sentence
        (
            _HEADING
            + "The upgrade is worth it. Other features include four sets of ear tips for a better fit.",
            "four sets",
            "Vantor Buds Pro",
        ),
        # the second prose paragraph under the heading
        (
            _HEADING
            + "The upgrade is worth it this winter.\n\nThe charging case adds another 20 hours of play.",
            "20 hours",
            "Vantor Buds Pro",
        ),
    ],
)
def test_a_sections_figure_is_the_product_its_heading_names(text: str, figure: str, owner: str) -> None:
    assert focus_rows("Deals of the week", text, _NAMES)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a share is no spec of the thing
        (_HEADING + "These buds are a fine gift, and 90% of buyers would buy them again.", "90%"),
        # past the first two prose paragraphs
        (
            _HEADING + "The upgrade is worth it.\n\nShipping is fast.\n\nThe case adds another 20 hours.",
            "20 hours",
        ),
        # after the section's buy line
        (_HEADING + "- Get it at Harbor Mart\n\nThe case adds another 20 hours.", "20 hours"),
        # another product named between the heading and the figure
        (_HEADING + "It pairs well with the Orbel Dock. The case adds another 20 hours.", "20 hours"),
        # a name before the figure in its sentence
        (_HEADING + "Shoppers at Harbor Mart rate it well, and the case adds another 20 hours.", "20 hours"),
        # a heading naming two products
        (
            "Vantor Buds Pro and Kessel Lamp Bundle\n\nThe case adds another 20 hours of play.",
            "20 hours",
        ),
        # the figure in the next section's heading, not under this one
        (
            _HEADING + "The upgrade is worth it.\n\nSpeakers with 12 hours of battery\n\nIt ships next week.",
            "12 hours",
        ),
        # prose cut short before its last words is no heading: it holds a sentence's end
        (
            "The Vantor Buds Pro won praise. The case was reviewed by Harbor Mart. Kelby's\n\n"
            "battery lasted 20 hours in the test.",
            "20 hours",
        ),
        # nor is a long paragraph that stops without its full stop
        (
            "The Vantor Buds Pro " + "won praise from many reviewers across the country " * 4 + "and\n\n"
            "The case lasted 20 hours in the test.",
            "20 hours",
        ),
        # a prose line is no heading
        ("Vantor Buds Pro went on sale today.\n\nThe case adds another 20 hours of play.", "20 hours"),
    ],
)
def test_no_section_product(text: str, figure: str) -> None:
    assert focus_rows("Deals of the week", text, _NAMES)[figure] is None


def test_a_shorter_name_of_the_headings_product_is_the_same_thing() -> None:
    text = (
        _HEADING + "These are the first Vantor Buds with noise cancelling, and they still play for 6 hours."
    )
    short = text.index("Vantor Buds with")
    entities = [
        Entity(
            id="pro",
            type="PRODUCT",
            name="Vantor Buds Pro",
            salience=0.9,
            mentions=[Mention(text="Vantor Buds Pro", field="body", start=8, end=23)],
        ),
        Entity(
            id="buds",
            type="PRODUCT",
            name="Vantor Buds",
            salience=0.5,
            mentions=[Mention(text="Vantor Buds", field="body", start=short, end=short + 11)],
        ),
    ]
    article = Article(
        id="a", story_id="s", headline="Deals", body=Body(text=text, paragraphs=[text], word_count=9)
    )
    rows = {r.text: r.subject_name for r in extract_indicators(article, entities) if r.field == "body"}
    assert rows["6 hours"] == "Vantor Buds Pro"


def test_the_dateline_before_a_heading_is_no_part_of_it() -> None:
    # the first line within reach opens after the dateline: a name there is not the heading's
    text = "Orbel Dock, May 3 (Wire) - $20 Off Vantor Buds Pro\n\nThese buds last up to 8 hours on a charge."
    skip = text.index("$20")
    names: dict[str, EntityType] = {"Orbel Dock": "PRODUCT", "Vantor Buds Pro": "PRODUCT"}
    entities = body_entities(text, names)
    index = MentionIndex(entities, "body", text, skip)
    figure = text.index("8 hours")
    owner = section_product(index, text, (text.index("These"), figure), "hour")
    assert owner is not None and owner.name == "Vantor Buds Pro"
