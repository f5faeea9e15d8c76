"""A page's label line (a menu entry, a section's label, a widget's caption) of ordinary words
between prose, bullets or buttons is no name; a name on a line of its own among other names (a
list of partners), a sign-off, a coined product heading or a label the prose names again stays.
Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.menu_labels import label_words, menu_label
from tests.unit.entity_texts import entities_of


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # a section's label between paragraphs
        (
            "Start with loose curls in the morning and pin them up.\n\nMessy Ponytail\n\n"
            "Pull the hair back and tie it low with a band.",
            "Messy Ponytail",
        ),
        # a rating widget's caption after a bullet list
        (
            "- Two glass jars\n\n- Some moss and pebbles (optional)\n\nFound This Useful\n\n"
            "Small jar gardens keep a bit of the woods on a desk all year.",
            "Found This Useful",
        ),
        # a blog's section label before a sub-label with a slash
        (
            "- Dana fixed the crash when a tab was closed twice.\n\nProject News\n\n"
            "Settings / Preferences\n\n- The new menu landed in the beta last week.",
            "Project News",
        ),
    ],
)
def test_a_label_line_of_ordinary_words_is_no_name(extractor: EntityExtractor, body: str, label: str) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert label not in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a list of partners: the lines around it are names too
        (
            "The fund has three partners this year.\n\n- Quillon Labs\n- Silver Harbor Holdings\n"
            "- Tarvo Systems\n\nEach of them joined in the spring.",
            "Silver Harbor Holdings",
        ),
        # named again in prose
        (
            "The fund has one new partner this year.\n\nSilver Harbor Holdings\n\n"
            "Silver Harbor Holdings joined the fund in the spring.",
            "Silver Harbor Holdings",
        ),
        # a sign-off: a given name first
        ("Thanks for reading, and see you next week.\n\nGrace Young", "Grace Young"),
        # a product's name as a heading
        (
            "The laptops were tested for a month.\n\nKelbrook Swift 3\n\n"
            "The laptop weighs two pounds and costs $999.",
            "Kelbrook Swift 3",
        ),
    ],
)
def test_a_name_on_a_line_of_its_own_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names


def test_label_words_want_ordinary_words_and_no_given_name() -> None:
    assert label_words("All Past Issues")
    assert label_words("Found This Useful")
    assert not label_words("Grace Young")  # a sign-off's given name
    assert not label_words("Quillon Labs")  # a coined word


def test_a_label_beside_a_name_line_is_read_as_a_list_entry() -> None:
    body = "Our partners:\n\nQuillon Labs\n\nSilver Harbor Capital\n\nThe list is long."
    start = body.index("Silver")
    assert not menu_label(body, start, start + len("Silver Harbor Capital"))
    body = "We met in May and talked for an hour.\n\nSilver Harbor Capital\n\nWe met again in June."
    start = body.index("Silver")
    assert menu_label(body, start, start + len("Silver Harbor Capital"))


# Session 49: a page laid out in tables reaches the text as rows; a row whose only words are a
# label is a box's heading (a sidebar's "Latest Headlines"), a row of a table of names is a name.


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "The harbour board met on Friday and agreed to dredge the east channel.\n\n"
            "| |\n\n| Latest Headlines |\n\n| |\n\nThe work starts in April.",
            "Latest Headlines",
        ),
        (
            "The new bridge opens to traffic next week after two years of work.\n\n"
            "| | Weekend Reading | |\n\n| Write to us about the bridge at the town hall. |",
            "Weekend Reading",
        ),
    ],
)
def test_a_table_row_of_one_label_is_no_name(extractor: EntityExtractor, body: str, label: str) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert label not in names, names
    start = body.index(label)
    assert menu_label(body, start, start + len(label))


def test_a_name_among_table_rows_of_names_stays() -> None:
    body = "Our sponsors this season:\n\n| Quillon Labs |\n\n| Silver Harbor Capital |\n\n| Tarvo Systems |"
    start = body.index("Silver")
    assert not menu_label(body, start, start + len("Silver Harbor Capital"))
    body = "| Latest Headlines | Weather |\n\nThe new bridge opens next week."
    assert not menu_label(body, 2, 2 + len("Latest Headlines"))  # another cell holds words
