"""One entity per name: a form whose mentions disagree on the type gets one type.

Texts and names are made up for the tests.
"""

from __future__ import annotations

import re

import pytest

from consumer.entities.candidates import Candidate, Origin
from consumer.entities.consolidate import vote_types
from consumer.events import EntityType


def _cands(text: str, name: str, readings: list[tuple[EntityType, Origin]]) -> list[Candidate]:
    """One candidate per occurrence of ``name`` in ``text``, typed and found as ``readings`` say."""
    spans = [m.span() for m in re.finditer(re.escape(name), text)]
    assert len(spans) == len(readings)
    return [
        Candidate("body", s, e, kind, origin) for (s, e), (kind, origin) in zip(spans, readings, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "name", "readings", "expected"),
    [
        # a work-title rule outvoted by the model's repeated reading of a body
        (
            "The network renewed the sitcom called Harbor Nights. Harbor Nights aired in May, "
            "Harbor Nights drew viewers, Harbor Nights won praise "
            "and Harbor Nights returns to Harbor Nights.",
            "Harbor Nights",
            [("MISC", "rule")] + [("ORGANIZATION", "ner")] * 5,
            "MISC",
        ),
        # a tie: the rule's weight equals two gazetteer readings
        (
            "Her novel Copper Vale, a debut, sold well; Copper Vale fans and Copper Vale critics agree.",
            "Copper Vale",
            [("MISC", "rule"), ("ORGANIZATION", "gazetteer"), ("ORGANIZATION", "gazetteer")],
            "MISC",
        ),
        # a person's name a rule found, read as a place by the model again and again
        (
            "Li Wenhao said on Monday. Li Wenhao left; Li Wenhao met Li Wenhao and Li Wenhao at noon.",
            "Li Wenhao",
            [("PERSON", "rule")] + [("LOCATION", "ner")] * 3 + [("LOCATION", "gazetteer")],
            "PERSON",
        ),
        # two rules disagree with equal weight: the stated order settles it, the model does not
        (
            "The game Ember Quest sold out. Ember Quest, a new title, and Ember Quest again.",
            "Ember Quest",
            [("MISC", "rule"), ("PRODUCT", "rule"), ("ORGANIZATION", "ner")],
            "PRODUCT",
        ),
    ],
)
def test_a_form_a_rule_found_takes_the_rule_type_everywhere(
    text: str, name: str, readings: list[tuple[EntityType, Origin]], expected: EntityType
) -> None:
    cands = _cands(text, name, readings)
    vote_types(cands, {"body": text})
    assert {c.type for c in cands} == {expected}


def test_a_model_tie_without_a_rule_is_left_alone() -> None:
    text = "Rennport Hall opened. Visitors came to Rennport Hall on Sunday."
    cands = _cands(text, "Rennport Hall", [("ORGANIZATION", "ner"), ("LOCATION", "ner")])
    vote_types(cands, {"body": text})
    assert [c.type for c in cands] == ["ORGANIZATION", "LOCATION"]


def test_a_model_majority_without_a_rule_still_decides() -> None:
    text = "Brackwell said. Brackwell hired staff. Shares of Brackwell rose."
    cands = _cands(text, "Brackwell", [("ORGANIZATION", "ner"), ("ORGANIZATION", "ner"), ("PERSON", "ner")])
    vote_types(cands, {"body": text})
    assert [c.type for c in cands] == ["ORGANIZATION"] * 3


def test_a_rule_on_another_form_changes_nothing() -> None:
    text = "The film Dune Harbor opened. Dune Harbour Ltd said Dune Harbour would pay."
    cands = _cands(text, "Dune Harbor", [("MISC", "rule")]) + _cands(
        text, "Dune Harbour", [("ORGANIZATION", "ner"), ("LOCATION", "ner")]
    )
    vote_types(cands, {"body": text})
    assert [c.type for c in cands] == ["MISC", "ORGANIZATION", "LOCATION"]


def test_a_tie_between_a_work_and_one_other_reading_goes_to_the_work() -> None:
    text = "Crowds queued for Saltmarsh Ballad. Saltmarsh Ballad took $4m on Friday."
    cands = _cands(text, "Saltmarsh Ballad", [("MISC", "ner"), ("ORGANIZATION", "ner")])
    vote_types(cands, {"body": text})
    assert [c.type for c in cands] == ["MISC", "MISC"]


@pytest.mark.parametrize(
    ("readings", "expected"),
    [
        # three readings as often each: the model's MISC is no better than the others
        (
            [("MISC", "ner"), ("ORGANIZATION", "ner"), ("PERSON", "ner")],
            ["MISC", "ORGANIZATION", "PERSON"],
        ),
        # a body's majority still decides against one work reading
        (
            [("MISC", "ner"), ("ORGANIZATION", "ner"), ("ORGANIZATION", "ner")],
            ["ORGANIZATION"] * 3,
        ),
        # a tie without a work is left alone
        (
            [("LOCATION", "ner"), ("ORGANIZATION", "ner"), ("LOCATION", "ner"), ("ORGANIZATION", "ner")],
            ["LOCATION", "ORGANIZATION", "LOCATION", "ORGANIZATION"],
        ),
    ],
)
def test_other_ties_and_majorities_keep_their_old_outcome(
    readings: list[tuple[EntityType, Origin]], expected: list[EntityType]
) -> None:
    text = " ".join(["Pellow Quay said."] * len(readings))
    cands = _cands(text, "Pellow Quay", readings)
    vote_types(cands, {"body": text})
    assert [c.type for c in cands] == expected


def _titled(
    text: str, ruled: str, ruled_type: EntityType, bare: str, bare_type: EntityType
) -> list[Candidate]:
    """The rule's candidate on ``ruled`` and model candidates on each later bare ``bare``."""
    first = text.index(ruled)
    cands = [Candidate("body", first, first + len(ruled), ruled_type, "rule")]
    at = text.find(bare, first + len(ruled))
    while at >= 0:
        cands.append(Candidate("body", at, at + len(bare), bare_type, "ner"))
        at = text.find(bare, at + len(bare))
    return cands


def test_a_ruled_title_with_its_article_types_the_bare_title() -> None:
    text = "She starred in the film The Copper Lantern. Copper Lantern won prizes; Copper Lantern opens."
    cands = _titled(text, "The Copper Lantern", "MISC", "Copper Lantern", "ORGANIZATION")
    vote_types(cands, {"body": text})
    assert [c.type for c in cands] == ["MISC"] * 3


def test_a_ruled_body_with_an_article_leaves_the_bare_form_alone() -> None:
    text = "Shares in The Vennick Group fell. Vennick Group said. Vennick Group hired staff."
    cands = _titled(text, "The Vennick Group", "ORGANIZATION", "Vennick Group", "PERSON")
    vote_types(cands, {"body": text})
    assert [c.type for c in cands] == ["ORGANIZATION", "PERSON", "PERSON"]


def test_a_bare_title_a_rule_found_itself_keeps_its_own_rule() -> None:
    text = "The musical The Tin Orchard closed. Tin Orchard Ltd staged it; Tin Orchard said."
    cands = _titled(text, "The Tin Orchard", "MISC", "Tin Orchard", "ORGANIZATION")
    cands[1].origin = "rule"
    vote_types(cands, {"body": text})
    assert [c.type for c in cands] == ["MISC", "ORGANIZATION", "ORGANIZATION"]
