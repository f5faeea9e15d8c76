"""Session 41 (issue 11's cost bound): the retype chain asks the rules that retype only the
model's own readings (each opens on ``cand.origin != "ner"``) of model names alone; about two
names in three that reach them are the gazetteer's, and each skipped call was a call that could
only say no. ``acting_firm`` tests the reading's type before its pattern. Outputs unchanged."""

from __future__ import annotations

from typing import Any

import pytest

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype import acting_firms, apply
from consumer.entities.retype.acting_firms import acting_firm
from consumer.entities.retype.apply import retype

# the rules of apply's chain that retype only a model reading ("ner")
_MODEL_ONLY = (
    "_numbered_provision",
    "numbered_group",
    "quoted_work",
    "kind_before_product",
    "has_spec",
    "kind_predicate",
    "broadcast_programme",
    "cast_title",
    "described_kind_title",
    "described_group",
    "land_by_context",
    "named_venue",
)


def _listed(text: str, name: str) -> Candidate:
    entry = load_gazetteer().lookup(name)
    assert entry is not None, name
    start = text.index(name)
    return Candidate("body", start, start + len(name), entry.type, "gazetteer", entry)


def _unasked(monkeypatch: pytest.MonkeyPatch) -> None:
    def unasked(*args: Any) -> bool:
        raise AssertionError("a model-only rule was asked of a listed name")

    for rule in _MODEL_ONLY:
        monkeypatch.setattr(apply, rule, unasked)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Prices in Germany rose as the rock band played on.", "Germany", "LOCATION"),
        ("The film Canada made was shown in the northern region.", "Canada", "LOCATION"),
        ("Officials said French exporters had a weak month.", "French", "NORP"),
    ],
)
def test_a_listed_name_is_never_asked_by_the_model_only_rules(
    text: str, name: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _unasked(monkeypatch)
    cand = _listed(text, name)
    retype([cand], {"body": text}, load_gazetteer())
    assert cand.type == kind


def test_a_listed_language_word_is_still_a_language(monkeypatch: pytest.MonkeyPatch) -> None:
    _unasked(monkeypatch)
    text = "The letter was written in French, the court heard."
    cand = _listed(text, "French")
    retype([cand], {"body": text}, load_gazetteer())
    assert cand.type == "MISC"  # the language rule reads listed names too


def test_a_model_reading_still_reaches_them() -> None:
    text = "Fans of the folk band Tessi Varndale queued for hours."
    start = text.index("Tessi Varndale")
    cand = Candidate("body", start, start + len("Tessi Varndale"), "PERSON", "ner")
    retype([cand], {"body": text}, load_gazetteer())
    assert cand.type == "ORGANIZATION"  # "folk band X": the band (``described_group``)


def test_a_model_reading_is_asked_by_them(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def no(*args: Any) -> bool:
        asked.append("asked")
        return False

    monkeypatch.setattr(apply, "described_group", no)
    text = "Crowds met Parlo Quisted at the gate on Sunday."
    start = text.index("Parlo Quisted")
    cand = Candidate("body", start, start + len("Parlo Quisted"), "PERSON", "ner")
    retype([cand], {"body": text}, load_gazetteer())
    assert asked == ["asked"]


class _Unread:
    def match(self, *args: Any) -> None:
        raise AssertionError("the firm's-act pattern was read for a place's reading")


def test_acting_firm_reads_no_pattern_for_a_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(acting_firms, "_FIRM_ACTS", _Unread())
    text = "Germany said on Tuesday it would act."
    cand = _listed(text, "Germany")
    assert not acting_firm(cand, text, "Germany", load_gazetteer())


@pytest.mark.parametrize(
    ("text", "kind", "firm"),
    [
        ("Orvantix said on Tuesday it would cut jobs.", "PRODUCT", True),  # a product's reading acts
        ("Orvantix said on Tuesday it would cut jobs.", "LOCATION", False),  # a place's never does
        ("Orvantix rose on Tuesday after the report.", "PRODUCT", False),  # no firm's act after it
    ],
)
def test_acting_firm_keeps_its_answers(text: str, kind: str, firm: bool) -> None:
    cand = Candidate("body", 0, len("Orvantix"), kind, "ner")  # type: ignore[arg-type]
    assert acting_firm(cand, text, "Orvantix", load_gazetteer()) is firm
