"""The pipeline's failure policy: start-up errors stop it, item failures carry their stage."""

from __future__ import annotations

import sys

import pytest

from consumer.errors import ItemTimeout, ParseError
from consumer.pipeline import Failed, Pipeline, PipelineOptions, RawItem, timed_out

STORY = b"Exports rise\n\nBEIJING, April 20 (Xinhua) -- Exports rose 5 percent."


def test_a_stage_module_that_fails_to_import_stops_the_pipeline_when_it_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An import error is a start-up error, never a dead-lettered item."""
    monkeypatch.setitem(sys.modules, "consumer.subjects", None)  # importing it raises ImportError
    with pytest.raises(ImportError):
        Pipeline(PipelineOptions(enrich=True), extractor=None)


def test_the_pipeline_reports_each_stage_an_item_enters() -> None:
    stages: list[str] = []
    Pipeline(PipelineOptions(enrich=False)).process_batch([RawItem(STORY)], stages.append)
    assert stages == ["decode", "parse"]


def test_undecodable_input_is_a_decode_failure() -> None:
    (outcome,) = Pipeline(PipelineOptions(enrich=False)).process_batch(
        [RawItem(b"\x89PNG\r\n\x1a\n" + bytes(512))]
    )
    assert isinstance(outcome, Failed) and isinstance(outcome.error, ParseError)
    assert (outcome.error.reason, outcome.error.stage) == ("binary", "decode")


@pytest.mark.parametrize("stage", ["decode", "parse", "enrich"])
def test_a_timeout_is_in_the_stage_it_reached(stage: str) -> None:
    failed = timed_out(2.5, stage)  # type: ignore[arg-type]
    assert isinstance(failed.error, ItemTimeout)
    assert (failed.error.reason, failed.error.stage) == ("timeout", stage)
    assert "2.5 s" in failed.error.message
