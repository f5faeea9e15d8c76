"""Session 35: a trade group's "It said <another subject> ..." owns none of the reported figures.

"It" heading a clause that names nobody else is the story's company. When that company is an
institute, an association or a council speaking a reported clause with a subject of its own
("It said residual fuel stocks fell to 38.04 mln"), the figure is the industry's it reports on,
not the group's, and stays unowned. A group speaking about itself, and a firm, keep the old
answer. (Fixing the thousands comma exposed the class: "fell 380,000 barrels to 38.04 mln".)
"""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Kessel Oil Institute": ("ORGANIZATION", None),
    "Vantor Corp": ("ORGANIZATION", None),
}
_GROUP = "The Kessel Oil Institute publishes weekly figures. "


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It said residual fuel stocks fell to 38.04 mln from 38.42 mln.", "38.04 mln"),
        ("It said heating oil imports were 2.5 mln dlrs last week.", "2.5 mln dlrs"),
        ("It estimated farm incomes at 300 mln dlrs.", "300 mln dlrs"),
        ("It said the refiners paid 45 mln dlrs in fees.", "45 mln dlrs"),
        ("It said residual stocks fell 380,000 barrels to 38.04 mln.", "38.04 mln"),
    ],
)
def test_a_groups_reported_clause_with_its_own_subject_is_not_the_groups(text: str, figure: str) -> None:
    assert _owners(_GROUP + text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (_GROUP + "It said it spent 45 mln dlrs on new offices.", "45 mln dlrs", "Kessel Oil Institute"),
        (_GROUP + "It said its income fell to 12 mln dlrs.", "12 mln dlrs", "Kessel Oil Institute"),
        (_GROUP + "It spent 45 mln dlrs on new offices.", "45 mln dlrs", "Kessel Oil Institute"),
        ("Vantor Corp makes pipes. It said fuel costs rose to 9 mln dlrs.", "9 mln dlrs", "Vantor Corp"),
    ],
)
def test_a_group_about_itself_and_a_firm_keep_their_figures(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
