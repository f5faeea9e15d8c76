"""Session 43 (B): one product named in the singular and the plural is one entity, and a name
never runs over a sentence's full stop. Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities.candidates import Candidate, trim
from consumer.entities.product_short_forms import join_product_plurals
from consumer.entities.records import CandidateGroup
from consumer.events import EntityType, TextField


def _groups(
    text: str, spans: list[tuple[str, EntityType]]
) -> tuple[list[CandidateGroup], dict[TextField, str]]:
    groups = []
    for surface, kind in spans:
        start = text.index(surface)
        groups.append(
            CandidateGroup(kind, [Candidate("body", start, start + len(surface), kind, "ner")], None, surface)
        )
    return groups, {"body": text}


@pytest.mark.parametrize(
    ("text", "plural", "singular"),
    [
        ("The new Zentrobook is thin. Older Zentrobooks were heavy.", "Zentrobooks", "Zentrobook"),
        ("The Vela Pro ships soon; two Vela Pros were tested.", "Vela Pros", "Vela Pro"),
    ],
)
def test_a_products_plural_joins_its_singular(text: str, plural: str, singular: str) -> None:
    groups, recased = _groups(text, [(singular, "PRODUCT"), (plural, "PRODUCT")])
    joined = join_product_plurals(groups, recased)
    assert [g.name for g in joined] == [singular]
    assert len(joined[0].cands) == 2


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # no "s" of a plural: a name ending in "ss", "us", "is" or a capital
        ("The Kelvo Glas beat the Kelvo Glass.", [("Kelvo Glas", "PRODUCT"), ("Kelvo Glass", "PRODUCT")]),
        ("The Tarvo X sold less than the Tarvo XS.", [("Tarvo X", "PRODUCT"), ("Tarvo XS", "PRODUCT")]),
        (
            "The Quell Genesi and the Quell Genesis.",
            [("Quell Genesi", "PRODUCT"), ("Quell Genesis", "PRODUCT")],
        ),
        # the singular is a body, not a product
        ("Zorvane said its Zorvanes sold well.", [("Zorvane", "ORGANIZATION"), ("Zorvanes", "PRODUCT")]),
    ],
)
def test_no_plural_no_join(text: str, spans: list[tuple[str, EntityType]]) -> None:
    groups, recased = _groups(text, spans)
    assert len(join_product_plurals(groups, recased)) == 2


def test_two_singulars_leave_the_plural_alone() -> None:
    text = "The Kelpbook and the KELPBOOK differ; Kelpbooks sold."
    groups, recased = _groups(
        text, [("Kelpbook", "PRODUCT"), ("KELPBOOK", "PRODUCT"), ("Kelpbooks", "PRODUCT")]
    )
    assert len(join_product_plurals(groups, recased)) == 3


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("after the Harbor Crash. Kelvo ran", ["Harbor Crash", "Kelvo"]),
        ("tested the XR-9. Dana Roe said", ["XR-9", "Dana Roe"]),
    ],
)
def test_a_sentence_stop_ends_a_name(text: str, pieces: list[str]) -> None:
    start = text.index(pieces[0])
    end = text.index(pieces[-1]) + len(pieces[-1])
    assert [text[s:e] for s, e in trim(text, start, end)] == pieces


@pytest.mark.parametrize(
    "name", ["St. Kelvin Hospital", "Tarvo Corp. Holdings", "Quell Bros. Pictures", "Kelby Tenn. Office"]
)
def test_an_abbreviations_stop_stays_in_the_name(name: str) -> None:
    text = f"staff at {name} said"
    start = text.index(name)
    assert [text[s:e] for s, e in trim(text, start, start + len(name))] == [name]
