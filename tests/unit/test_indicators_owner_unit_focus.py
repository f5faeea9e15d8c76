"""Session 35: a unit the lead names as its subject is the story's company, not its parent.

Agency copy about a subsidiary names the parent in the headline ("VANTOR CORP UNIT SETTLES
...") and the unit in the lead with its parentage ("Harlow Securities Inc, the brokerage
subsidiary of Vantor Corp, agreed ..."). Once the headline's name and the lead's parent were
one entity, the parent was the story's most salient firm and took every figure the fallbacks
give the story's company. The lead's subject, the unit, takes them now; a parent that heads the
lead itself, or a unit of another firm, leaves the focus as it was.
"""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Corp": ("ORGANIZATION", None),  # first: the most salient firm, as the headline makes it
    "Harlow Securities Inc": ("ORGANIZATION", None),
    "Kessel Trust": ("ORGANIZATION", None),
}
_HEADLINE = "VANTOR CORP UNIT SETTLES CHARGES"
_TAIL = " Regulators said it failed to report 42 cash deposits. The total unreported cash was 3.1 mln dlrs."


def _owners(lead: str) -> dict[str, str | None]:
    return focus_rows(_HEADLINE, lead + _TAIL, _NAMES)


@pytest.mark.parametrize(
    "lead",
    [
        "Harlow Securities Inc, the brokerage subsidiary of Vantor Corp, agreed to settle charges.",
        "Harlow Securities Inc, a unit of Vantor Corp, agreed to settle charges.",
        "Vantor Corp's Harlow Securities Inc unit agreed to settle charges.",
        "Vantor Corp's brokerage Harlow Securities Inc subsidiary agreed to settle charges.",
    ],
)
def test_the_leads_unit_owns_the_storys_unnamed_figures(lead: str) -> None:
    assert set(_owners(lead).values()) == {"Harlow Securities Inc"}


@pytest.mark.parametrize(
    "lead",
    [
        "Vantor Corp, the parent of Harlow Securities Inc, agreed to settle charges.",
        "Vantor Corp agreed to settle charges against Harlow Securities Inc.",
        "Harlow Securities Inc, a client of Vantor Corp, agreed to settle charges.",
        "Vantor Corp said Harlow Securities Inc, a unit of Kessel Trust, agreed to settle charges.",
        "Vantor Corp's Harlow Securities Inc shares rose.",
    ],
)
def test_other_leads_keep_the_salient_firm(lead: str) -> None:
    assert set(_owners(lead).values()) == {"Vantor Corp"}


def test_a_figure_the_sentence_gives_its_parent_stays_the_parents() -> None:
    lead = "Harlow Securities Inc, a unit of Vantor Corp, agreed to settle charges."
    owners = focus_rows(_HEADLINE, lead + " Vantor Corp earned 12 mln dlrs last year.", _NAMES)
    assert owners["12 mln dlrs"] == "Vantor Corp"
