"""Session 31: company names typed as people or cut wrong, and a peer's seat read as a name.

- A company by its trade's word ("Harlow Telecom", "Kessel Metals"): the model reads a place or
  a surname before the word as a person's given name.
- A corporate suffix's full stop that ends a sentence ("Quorvex Co. Quorvex said"): the model's
  name runs on into the next sentence; it is cut after the suffix.
- A peer's territorial title ("Lord Tarvo of Marlow Vale"): part of the person's style, no
  place or body.
Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, boundaries
from consumer.entities.candidates import Candidate
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shares in Kelby Telecom fell after Kelby Telecom cut its forecast.", "Kelby Telecom"),
        ("Kessel Metals said it would sell shares to the public next year.", "Kessel Metals"),
        ("Dallas Metals said it would cut jobs at its plant.", "Dallas Metals"),
        ("Jo Roe, who runs Tarvo Motors, said the plant would close.", "Tarvo Motors"),
        ("Harlan Refining said it would close the plant. Harlan Refining makes fuel.", "Harlan Refining"),
    ],
)
def test_company_by_its_trade_word(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Quorvex Co. Quorvex said on Monday it would grow.", "Quorvex Co."),
        ("Harlow Inc. Harlow shares rose sharply on the news.", "Harlow Inc."),
        ("Kelvo Corp. Kelvo made a profit last year, it said.", "Kelvo Corp."),
    ],
)
def test_suffix_full_stop_ends_the_name(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert not any(n.startswith(name + " ") for n in types), types


@pytest.mark.parametrize(
    ("body", "seat"),
    [
        ("Lord Marle of Kelvedon said the bill was flawed.", "Kelvedon"),
        ("Lord Harwick of Tessaly Vale said the plan would fail.", "Tessaly Vale"),
        ("Lord Quill of Kelby Moor said the plan would fail.", "Kelby Moor"),
        ("Lord Tarvo of Harlowby told peers the plan would fail.", "Harlowby"),
    ],
)
def test_peer_seat_is_no_name(extractor: EntityExtractor, body: str, seat: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert seat not in types, types


def test_near_misses_keep_their_reading(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The Lord Mayor of London opened the fair."))
    assert types.get("London") == "LOCATION", types
    types = types_of(entities_of(extractor, "Jo Marle met Ann Shipley in Paris on Monday."))
    assert types.get("Jo Marle") == "PERSON", types
    types = types_of(entities_of(extractor, "He bought a stake in Tarvo Corp. Jo Marle said it was fine."))
    assert types.get("Jo Marle") == "PERSON", types


@pytest.mark.parametrize(
    ("body", "company", "short"),
    [
        (
            "Tarlin Viyella Plc said profits rose. Tarlin Viyella said it would pay a dividend.",
            "Tarlin Viyella Plc",
            "Tarlin Viyella",
        ),
        (
            "Shares in Tarlin Viyella rose after Tarlin Viyella Plc said profits rose.",
            "Tarlin Viyella Plc",
            "Tarlin Viyella",
        ),
        (
            "Marvo Kessel Inc said it agreed to merge. Marvo Kessel will pay 10 dlrs a share.",
            "Marvo Kessel Inc",
            "Marvo Kessel",
        ),
    ],
)
def test_company_less_its_suffix_is_the_company(
    extractor: EntityExtractor, body: str, company: str, short: str
) -> None:
    entities = entities_of(extractor, body)
    types = types_of(entities)
    assert short not in types, types
    (firm,) = [e for e in entities if e.name == company]
    assert firm.type == "ORGANIZATION"
    assert short in [m.text for m in firm.mentions]


def test_founder_named_by_surname_stays_a_person(extractor: EntityExtractor) -> None:
    body = "Jo Harlan Corp said sales fell. Jo Harlan, its founder, said Harlan would stay."
    types = types_of(entities_of(extractor, body))
    assert types.get("Jo Harlan") == "PERSON", types


def test_suffix_stop_inside_a_name_that_runs_on_is_no_sentence_end() -> None:
    """ "The Harlow Corp. Quell Park International Three-Day Event": a sponsor's name opening an
    event's; capitalised words after the model's span say the name runs on, so it is not cut
    (found on the dev part after the session-31 suffix cut: one wrong name became two)."""
    text = "Riders came to The Harlow Corp. Quell Park International Three-Day Event on Sunday."
    start = text.index("Harlow")
    cand = Candidate("body", start, text.index(" Three"), "ORGANIZATION", "ner")
    out = boundaries.suffix_sentence_ends([cand], {"body": text})
    assert [(text[c.start : c.end]) for c in out] == ["Harlow Corp. Quell Park International"]
    said = "Shares of Harlow Corp. Harlow said on Sunday it would sell."
    other = Candidate("body", said.index("Harlow"), said.index(" said"), "PERSON", "ner")
    out = boundaries.suffix_sentence_ends([other], {"body": said})
    assert [(said[c.start : c.end]) for c in out] == ["Harlow Corp.", "Harlow"]
