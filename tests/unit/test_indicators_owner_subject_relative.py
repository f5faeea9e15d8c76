"""In a relative clause whose pronoun is its subject (", which owns ...", ", who beat ..."), the
names after the verb are objects: a figure inside the clause belongs to the name the clause hangs
on, never to the first name inside it. Object relatives (", which Harlow Bank bought ..."), reported
clauses and clauses already closed by a comma keep their own readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Daily Star": ("ORGANIZATION", None),
    "Evening Post": ("ORGANIZATION", None),
    "Kessel Hawks": ("ORGANIZATION", None),
    "Tarvia Rams": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Harlow Bank, which bought Vantor Group for $5 billion in 2019, said on Monday it would sell.",
            "$5 billion",
            "Harlow Bank",
        ),
        (
            "Harlow Bank, which owns the Daily Star, the Evening Post and more than 90 other papers, "
            "plans to sell.",
            "90 other papers",
            "Harlow Bank",
        ),
        (
            "Vantor Group, which owns the Daily Star and 90 other papers, cut 300 jobs.",
            "90 other papers",
            "Vantor Group",
        ),
        (
            "Fans cheered the Kessel Hawks, who beat the Tarvia Rams by 12 points.",
            "12 points",
            "Kessel Hawks",
        ),
        (
            "Traders watched Harlow Bank, which also lent Vantor Group $40 million.",
            "$40 million",
            "Harlow Bank",
        ),
        # a place's count inside its relative clause is nobody's unless the place has them
        ("Norland, which borders Tarvia and 40 other countries, grew.", "40 other countries", None),
    ],
)
def test_a_subject_relative_clause_gives_its_figures_to_its_antecedent(
    text: str, figure: str, owner: str | None
) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # an object relative: its subject is named inside it
        ("Harlow Bank, which Vantor Group bought for $5 billion, grew.", "$5 billion", "Vantor Group"),
        # a relative clause that reports: the reported clause has its own subject
        ("Harlow Bank, which said Vantor Group lost $3 million, fell.", "$3 million", "Vantor Group"),
        # a possessive inside the clause still owns the measure
        ("Harlow Bank, which expects Norland's exports to rise 5 percent, grew.", "5 percent", "Norland"),
        # a closed relative clause: the main clause's subject
        ("Vantor Group, which is owned by Harlow Bank, earned $3 billion.", "$3 billion", "Vantor Group"),
        # no relative clause: the clause subject as before
        ("Vantor Group bought the Daily Star and 90 other papers.", "90 other papers", "Vantor Group"),
    ],
)
def test_other_clauses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner
