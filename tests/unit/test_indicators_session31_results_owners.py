"""Session 31: who owns a wire results table, and a wire currency after a place.

A results table ("Shr 31 cts vs 18 cts", "Net 90 mln vs 51 mln") names nobody on its lines: its
figures are the company its headline opens with ("Vantor Grain Co <VGC> 1st Qtr Net"). A line's
label ("Shr", "Net", "Revs") is no name, neither for the entity stage nor as the owner, and with no
company opening the headline the table's figures are nobody's rather than a name from the notes.
A place before a wire currency ("U.S. dlrs", "Hong Kong dlrs", "Tarvia yen") only names the
money, as before "dollars", so it is no story country an unowned statistic falls back on. Texts
are made up."""

from __future__ import annotations

import pytest

from consumer.entities.span_filters import programme_label
from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows, page_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Grain Co": ("ORGANIZATION", None),
    "Harlow Mills Inc": ("ORGANIZATION", None),
    "Kessel Isles": ("LOCATION", "country"),
    "Shr": ("ORGANIZATION", None),
}
_TABLE = "Shr 15 cts vs 12 cts\n\nNet 2,407,000 vs 2,393,000\n\nRevs 117.2 mln vs 67.1 mln\n\n"


@pytest.mark.parametrize("figure", ["15 cts", "2,407,000", "2,393,000", "117.2 mln", "67.1 mln"])
def test_a_results_table_is_the_headline_company(figure: str) -> None:
    text = _TABLE + "Harlow Mills Inc bought grain."
    owners = focus_rows("Vantor Grain Co <VGC> 1st Qtr Net", text, _NAMES)
    assert owners[figure] == "Vantor Grain Co"


def test_a_label_read_as_a_name_owns_nothing() -> None:
    owners = focus_rows("Quarterly results", _TABLE + "Harlow Mills Inc bought grain.", _NAMES)
    assert owners["15 cts"] is None
    assert owners["117.2 mln"] is None


def test_prose_under_a_results_headline_keeps_its_reading() -> None:
    text = _TABLE + "Harlow Mills Inc paid 4 mln dlrs for the mill."
    owners = focus_rows("Vantor Grain Co <VGC> 1st Qtr Net", text, _NAMES)
    assert owners["4 mln dlrs"] == "Harlow Mills Inc"


@pytest.mark.parametrize(
    "text",
    [
        "Shr 31 cts vs 18 cts",
        "Net loss 1.2 mln vs profit 3.4 mln",
        "    Revs 120.4 mln vs 98.7 mln",
        "Oper shr nil vs 12 cts",
        "Avg shrs 4.1 mln vs 3.9 mln",
    ],
)
def test_a_results_label_is_no_name(text: str) -> None:
    body = "Vantor Grain Co said.\n" + text
    start = body.index(text.strip())
    end = start + len(text.strip().split(" ", 1)[0])
    assert programme_label(body, start, end, "ORGANIZATION")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vantor Grain Co said.\nNet Holdings Corp bought the mill.", "Net"),
        ("Vantor Grain Co said. Shr 31 cts vs 18 cts", "Shr"),  # not opening a line
        ("Vantor Grain Co said.\nOper Capital said it was pleased.", "Oper"),
    ],
)
def test_other_label_words_keep_their_reading(text: str, word: str) -> None:
    start = text.index(word)
    assert not programme_label(text, start, start + len(word), "ORGANIZATION")


@pytest.mark.parametrize("money", ["U.S. dlrs", "U.S. dlr", "Kessel Isles yen", "Kessel Isles francs"])
def test_a_place_naming_a_wire_currency_is_no_story_country(money: str) -> None:
    text = f"Retail sales rose 3 pct in March. Exports were worth 5 mln {money}."
    names = dict(_NAMES, **{"U.S.": ("LOCATION", "country")})
    assert focus_rows("", text, names)["3 pct"] is None


def test_a_place_named_otherwise_stays_the_story_country() -> None:
    text = "Retail sales rose 3 pct in March. Exports from the Kessel Isles were worth 5 mln dlrs."
    assert focus_rows("", text, _NAMES)["3 pct"] == "Kessel Isles"


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("Avg shrs primary 35.9 mln vs 36.5 mln", "35.9 mln"),
        ("Avg shrs diluted 39.3 mln vs 39.9 mln", "39.3 mln"),
        ("Avg shrs fully diluted 4.1 mln vs 3.9 mln", "4.1 mln"),
    ],
)
def test_average_shares_primary_or_diluted_are_shares(line: str, first: str) -> None:
    rows = page_rows(f"Vantor Grain Co results.\n{line}\nThe company said demand grew.")
    assert next((r.text, r.unit) for r in rows) == (first, "share")


def test_prose_on_average_shares_keeps_its_reading() -> None:
    rows = page_rows("Avg shrs primary rose to 35.9 mln from 36.5 mln, the company said.")
    assert all(r.unit != "share" for r in rows)
