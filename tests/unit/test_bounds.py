"""Cost bounds: over-long runs and sentences, and the windows the figure rules read.

No timings here (see benchmarks/scaling.py): these pin the behaviour that makes the cost
linear, and that offsets stay valid when the text the rules read is masked.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import random

import pytest

from consumer.bounds import (
    FIGURES_WARNING,
    LONG_TOKEN_WARNING,
    MAX_ENRICHED_CHARS,
    MAX_ENRICHED_TOKENS,
    MAX_FIGURES,
    MAX_SENTENCE_CHARS,
    MAX_TOKEN_CHARS,
    TRUNCATED_WARNING,
    cut_span,
    enriched_end,
    has_long_run,
    mask_long_runs,
)
from consumer.events import Article, Body, Indicator
from consumer.indicators import extract_indicators
from consumer.parse.language import detect_language
from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem
from consumer.sentences import bounded_sentences

# Commas and words, no full stop and no measure word ("sales", "exports", "prices"...): keeps
# a sentence going without telling the rules anything.
_FILLER = (
    "according to two people familiar with the plans who asked not to be named, "
    "as the talks between the two sides had not been made public by either of them, "
)


def _indicators(text: str, warnings: list[str] | None = None) -> list[Indicator]:
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=len(text.split())),
        published_at=dt.datetime(2021, 5, 3, tzinfo=dt.UTC),
    )
    return extract_indicators(article, warnings=warnings)


def _row(rows: list[Indicator], figure: str) -> Indicator:
    matches = [r for r in rows if r.text == figure]
    assert len(matches) == 1, (figure, [r.text for r in rows])
    return matches[0]


# --------------------------------------------------------------------------- pure bounds


def test_mask_keeps_length_and_short_runs() -> None:
    text = "short words stay " + "=" * 500 + " and " + "x" * MAX_TOKEN_CHARS + " end"
    masked = mask_long_runs(text)
    assert len(masked) == len(text)
    assert masked.startswith("short words stay " + "=" * MAX_TOKEN_CHARS + " ")
    assert masked.endswith(" and " + "x" * MAX_TOKEN_CHARS + " end")  # exactly at the bound: kept
    assert not has_long_run(masked)
    assert mask_long_runs("nothing long here") == "nothing long here"


def test_enrichment_reads_a_bounded_head_of_the_body() -> None:
    prose = "The ministry said exports rose in April. " * 2_000  # 82,000 chars, 16,000 tokens
    assert enriched_end(prose) == len(prose)
    assert enriched_end(prose * 2) == MAX_ENRICHED_CHARS
    dense = "1-2-3, " * 10_000  # 70,000 chars, 70,000 tokens: digits and marks are tokens too
    end = enriched_end(dense)
    assert end < len(dense)
    assert sum(1 for c in dense[:end] if not c.isspace()) == MAX_ENRICHED_TOKENS
    # a long run counts as it is read (masked past MAX_TOKEN_CHARS): it hides nothing after it
    with_run = "Exports rose. " + "=" * 200_000 + " Imports fell."
    assert enriched_end(with_run) == MAX_ENRICHED_CHARS
    short_run = "Exports rose. " + "=" * 50_000 + " Imports fell."
    assert enriched_end(short_run) == len(short_run)


def test_cut_span_covers_the_sentence_in_bounded_pieces() -> None:
    text = "Output by region: " + ", ".join(f"Region{i} {i}.5 percent" for i in range(400)) + "."
    pieces = cut_span(text, 0, len(text), limit=500)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(end - start <= 500 for start, end in pieces)
    # cut after a comma, never inside a figure
    assert all(text[end - 2 : end] == ", " for _, end in pieces[:-1])


def test_only_over_long_sentences_are_cut() -> None:
    short = "Exports rose 5 percent. Imports fell 2 percent."
    spans, pieces = bounded_sentences(short)
    assert len(spans) == 2 and not pieces
    table = "Figures: " + ", ".join(f"item {i} {i} tonnes" for i in range(1000)) + "."
    spans, pieces = bounded_sentences(table)
    assert len(spans) > 1 and set(spans) == pieces
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)


def test_language_is_read_from_words_not_from_a_long_run() -> None:
    blob = base64.b64encode(random.Random(7).randbytes(30_000)).decode()
    text = (
        "The company said on Monday that its exports rose 5 percent in April and that it "
        f"expects more growth this year. {blob} The statement gave no further details."
    )
    assert detect_language(text) == "en"


# --------------------------------------------------------------------------- figure windows


def test_a_figure_far_away_in_the_sentence_does_not_change_the_metric() -> None:
    alone = _indicators("The figure stood at 4.2 percent in April.")
    far = _indicators(
        "Exports jumped 10 percent in March, " + _FILLER * 3 + "and the figure stood at 4.2 percent in April."
    )
    assert _row(far, "10 percent").metric == "trade"  # its own measure, right before it
    near, distant = _row(alone, "4.2 percent"), _row(far, "4.2 percent")
    assert (distant.measure, distant.metric) == (near.measure, near.metric) == (None, "other")


def test_the_measure_next_to_a_figure_still_wins_in_a_long_sentence() -> None:
    rows = _indicators(
        "Imports fell 3 percent in March, " + _FILLER * 3 + "while retail sales grew 6.1 percent in April."
    )
    sales = _row(rows, "6.1 percent")
    assert (sales.measure, sales.metric) == ("retail sales", "retail_sales")
    assert _row(rows, "3 percent").metric == "trade"


def test_a_flattened_table_keeps_every_figure_with_a_bounded_sentence() -> None:
    cells = [f"Region{i} {i + 1}.5 percent" for i in range(600)]
    text = "Growth by region in the first quarter: " + ", ".join(cells) + "."
    rows = _indicators(text)
    assert len(rows) == 600
    for row in rows:
        assert text[row.start : row.end] == row.text
        assert len(row.sentence) <= MAX_SENTENCE_CHARS
        assert row.text in row.sentence


def test_figures_stop_at_the_cap_with_a_warning() -> None:
    text = "Output by site: " + ", ".join(f"site{i} {i + 1} tonnes" for i in range(MAX_FIGURES + 50)) + "."
    warnings: list[str] = []
    rows = _indicators(text, warnings)
    assert len(rows) == MAX_FIGURES
    assert rows[-1].value == MAX_FIGURES  # the first MAX_FIGURES figures, in text order
    assert warnings == [FIGURES_WARNING]
    warnings = []
    _indicators("Output rose 5 percent.", warnings)
    assert warnings == []


# --------------------------------------------------------------------------- the whole pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build(PipelineOptions())


def _story(middle: str) -> bytes:
    return (
        "Acme Corp exports rise 5 pct in April\n\n"
        "Xinhua, May 3, 2021\n\n"
        "BEIJING, May 3 (Xinhua) -- Exports of Acme Corp rose 5.6 percent in April, the National "
        f"Bureau of Statistics said on Tuesday. {middle} Wang Wei, a senior analyst with Orient "
        "Securities in Shanghai, said exports would grow 7.2 percent this year.\n"
    ).encode()


def _check_offsets(outcome: Processed) -> None:
    article = outcome.article
    fields = {"headline": article.headline, "body": article.body.text}
    for entity in article.entities:
        for mention in entity.mentions:
            if mention.field in fields:
                assert fields[mention.field][mention.start : mention.end] == mention.text, mention
    for indicator in article.indicators:
        assert fields[indicator.field][indicator.start : indicator.end] == indicator.text, indicator


@pytest.mark.parametrize(
    "run",
    [
        "=" * 5_000,
        "&" * 5_000,
        "data:image/png;base64," + base64.b64encode(random.Random(3).randbytes(6_000)).decode(),
        "https://cdn.example.com/track/" + "a1b2c3d4/" * 600,
    ],
    ids=["equals", "ampersands", "base64", "url"],
)
def test_an_over_long_run_is_masked_with_a_warning_and_offsets_stay_valid(
    pipeline: Pipeline, run: str
) -> None:
    item = RawItem(_story(f"The notice, posted at {run} on Monday, said little."))
    (outcome,) = pipeline.process_batch([item])
    assert isinstance(outcome, Processed)
    article = outcome.article
    assert run in article.body.text  # the published body keeps the run as it came
    assert LONG_TOKEN_WARNING in article.warnings
    assert article.language == "en"
    _check_offsets(outcome)
    names = {e.name for e in article.entities}
    assert {"Acme Corp", "Wang Wei", "Orient Securities"} <= names, names  # read after the run too
    wang = next(e for e in article.entities if e.name == "Wang Wei")
    assert all(m.start > article.body.text.index(run) + len(run) for m in wang.mentions if m.field == "body")
    assert {r.text for r in article.indicators} >= {"5.6 percent", "7.2 percent"}


def test_no_warning_without_a_long_run(pipeline: Pipeline) -> None:
    outcome = pipeline.process_batch([RawItem(_story("The notice said little."))])[0]
    assert isinstance(outcome, Processed)
    assert LONG_TOKEN_WARNING not in outcome.article.warnings
    _check_offsets(outcome)


def test_a_token_dense_body_is_read_up_to_the_bound_with_a_warning(pipeline: Pipeline) -> None:
    dense = ", ".join(f"{i % 10}-{i % 7}" for i in range(12_000))  # ~48,000 tokens
    (outcome,) = pipeline.process_batch([RawItem(_story(f"Codes: {dense}."))])
    assert isinstance(outcome, Processed)
    article = outcome.article
    assert TRUNCATED_WARNING in article.warnings
    end = enriched_end(article.body.text)
    assert end < article.body.text.index("Wang Wei")
    assert all(m.end <= end for e in article.entities for m in e.mentions if m.field == "body")
    assert all(i.end <= end for i in article.indicators if i.field == "body")
    _check_offsets(outcome)


def test_a_long_table_sentence_keeps_entity_and_figure_offsets(pipeline: Pipeline) -> None:
    places = ["Beijing", "Shanghai", "Liaoning", "Guangdong", "Acme Corp", "Orient Securities"]
    cells = ", ".join(f"{places[i % len(places)]} {i + 1}.5 percent" for i in range(800))
    outcome = pipeline.process_batch([RawItem(_story(f"Output by region in April was: {cells}."))])[0]
    assert isinstance(outcome, Processed)
    _check_offsets(outcome)
    assert len(outcome.article.indicators) >= 800
    assert all(len(i.sentence) <= MAX_SENTENCE_CHARS for i in outcome.article.indicators)
