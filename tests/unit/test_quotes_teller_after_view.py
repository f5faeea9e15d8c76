"""A firm's view or forecast closed by its teller ("Kelvane AG expects sales to rise, chairman Jo
Harlan said") is the teller's indirect quote of the whole clause (indirect._teller_after). Names
made up for the test."""

from __future__ import annotations

import pytest

from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build(PipelineOptions())


def _indirect(pipeline: Pipeline, sentence: str) -> list[tuple[str | None, str]]:
    text = f"Results of the year\n\nBONN, March 23 - {sentence}\n"
    out = pipeline.process_batch([RawItem(text.encode(), None)])[0]
    assert isinstance(out, Processed)
    return [(q.speaker_name, q.text) for q in out.article.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "opening"),
    [
        (
            "Kelvane AG expects its sales to rise again this year, chairman Jo Harlan said.",
            "Jo Harlan",
            "Kelvane AG expects",
        ),
        (
            "Tarlow Corp expects to raise its market share in Dravo this year, managing board chairman"
            " Ed Quillon said.",
            "Ed Quillon",
            "Tarlow Corp expects",
        ),
        (
            "Demand for the fuel is forecast to rise to 680,000 barrels a day by 1995, energy minister"
            " Ana Brenmoor said.",
            "Ana Brenmoor",
            "Demand for the fuel",
        ),
    ],
)
def test_the_teller_closing_the_sentence_speaks(
    pipeline: Pipeline, sentence: str, speaker: str, opening: str
) -> None:
    quotes = _indirect(pipeline, sentence)
    assert len(quotes) == 1
    assert quotes[0][0] == speaker
    assert quotes[0][1].startswith(opening)
    assert not quotes[0][1].endswith("said")


def test_with_no_teller_the_view_holder_speaks(pipeline: Pipeline) -> None:
    quotes = _indirect(pipeline, "Kelvane AG expects its sales to rise again this year after a weak 1986.")
    assert quotes and quotes[0][0] == "Kelvane AG"
