"""Attribution patterns that yield overlapping speaker names over one model piece."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from consumer.entities import retype
from consumer.entities.candidates import Candidate
from consumer.entities.name_finders import NameFinders


@pytest.mark.parametrize(
    "spans",
    [
        [(10, 25), (10, 30)],  # the same name read with and without a third word
        [(10, 25), (8, 25)],
        [(10, 25), (10, 25), (10, 30)],
    ],
)
def test_a_piece_inside_two_overlapping_speaker_names_is_dropped_once(
    monkeypatch: pytest.MonkeyPatch, spans: list[tuple[int, int]]
) -> None:
    monkeypatch.setattr(retype, "speaker_names", lambda text, gazetteer: iter(spans))
    piece = Candidate("body", 12, 18, "LOCATION", "ner")
    other = Candidate("body", 40, 45, "ORGANIZATION", "ner")
    cands = [piece, other]
    found = NameFinders._speakers(SimpleNamespace(gazetteer=None), "body", "x" * 60, cands)  # type: ignore[arg-type]
    assert piece not in cands and other in cands
    assert {(c.start, c.end) for c in found} == set(spans)
    assert all(c.type == "PERSON" for c in found)


def test_a_name_equal_to_the_model_span_retypes_it_and_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retype, "speaker_names", lambda text, gazetteer: iter([(10, 25), (10, 25)]))
    whole = Candidate("body", 10, 25, "PRODUCT", "ner")
    cands = [whole]
    found = NameFinders._speakers(SimpleNamespace(gazetteer=None), "body", "x" * 60, cands)  # type: ignore[arg-type]
    assert found == [] and cands == [whole] and whole.type == "PERSON"
