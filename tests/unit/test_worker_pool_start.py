"""The pool's start: forkserver by default (the pipeline preloaded there, never in this process),
spawn on request, and enrichment split into one-item chunks (NER's working memory grows with the
chunk). No process is started here; the pool's answers are faked."""

from __future__ import annotations

import os
from collections.abc import Sequence

import pytest

from consumer.pipeline import Outcome, PipelineOptions, RawItem
from consumer.worker import pool_preload
from consumer.worker.executor import Executor
from tests.unit.worker_fakes import OK


class CountingExecutor(Executor):
    def __init__(self, options: PipelineOptions) -> None:
        super().__init__(options, pool_size=2, item_timeout_s=1.0)
        self.sizes: list[int] = []

    async def _submit(
        self, items: Sequence[RawItem], limit_s: float, stage_file: str | None
    ) -> list[Outcome]:
        self.sizes.append(len(items))
        return [OK] * len(items)


async def test_enrichment_runs_one_item_per_task() -> None:
    executor = CountingExecutor(PipelineOptions(enrich=True))
    try:
        outcomes = await executor.process([RawItem(f"{i}".encode(), None) for i in range(20)])
    finally:
        executor.close()
    assert len(outcomes) == 20
    assert executor.sizes == [1] * 20


async def test_parse_only_keeps_larger_chunks() -> None:
    executor = CountingExecutor(PipelineOptions(enrich=False))
    await executor.process([RawItem(f"{i}".encode(), None) for i in range(64)])
    assert executor.sizes == [8] * 8  # 4 chunks per process, 2 processes


def test_start_method_is_forkserver_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIRE_POOL_START_METHOD", raising=False)
    assert Executor(PipelineOptions(), 2, 1.0).start_method == "forkserver"
    monkeypatch.setenv("WIRE_POOL_START_METHOD", "spawn")
    assert Executor(PipelineOptions(), 2, 1.0).start_method == "spawn"
    with pytest.raises(ValueError, match="start_method"):
        Executor(PipelineOptions(), 2, 1.0, start_method="fork")


def test_nothing_is_preloaded_outside_the_forkserver(monkeypatch: pytest.MonkeyPatch) -> None:
    # Even with the variable set for this very process, importing the module here builds nothing.
    monkeypatch.setenv(pool_preload.ENV, pool_preload.encode(PipelineOptions(enrich=False)))
    assert not pool_preload._in_forkserver(str(os.getpid()))
    assert not pool_preload._in_forkserver(str(os.getppid()))  # not started as `python -c`
    assert pool_preload.pipeline_for(PipelineOptions(enrich=False)) is None
