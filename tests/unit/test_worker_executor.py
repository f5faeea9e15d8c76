"""The executor's per-item time limit, with the pool's answers faked: a chunk over its limit is
redone item by item, and only the item that runs away is dead-lettered (`timeout`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pebble import ProcessExpired

from consumer.errors import ItemTimeout, Stage
from consumer.pipeline import Failed, Outcome, PipelineOptions, RawItem
from consumer.worker.executor import Executor
from tests.unit.worker_fakes import OK

RUNAWAY = RawItem(b"runaway", None)


class FakePoolExecutor(Executor):
    """`_submit` answers like the pool: a chunk with the runaway item fails the way `error` says."""

    def __init__(self, error: BaseException, runaway_stage: Stage | None = None) -> None:
        super().__init__(PipelineOptions(enrich=False), pool_size=2, item_timeout_s=1.5)
        self.error = error
        self.runaway_stage = runaway_stage  # what the runaway item's process wrote before it died
        self.submitted: list[tuple[int, float]] = []

    async def _submit(
        self, items: Sequence[RawItem], limit_s: float, stage_file: str | None
    ) -> list[Outcome]:
        self.submitted.append((len(items), limit_s))
        if RUNAWAY in items:
            if stage_file is not None and self.runaway_stage is not None:
                Path(stage_file).write_text(self.runaway_stage)
            raise self.error
        return [OK] * len(items)


@pytest.mark.parametrize("error", [TimeoutError("Task timeout"), ProcessExpired("Abnormal termination", 9)])
async def test_only_the_runaway_item_is_dead_lettered(error: BaseException) -> None:
    executor = FakePoolExecutor(error)
    items = [RawItem(f"item {i}".encode(), None) for i in range(5)]
    items.insert(2, RUNAWAY)
    outcomes = await executor.process(items)
    assert len(outcomes) == 6
    (failed,) = [o for o in outcomes if isinstance(o, Failed)]
    assert outcomes.index(failed) == 2
    assert isinstance(failed.error, ItemTimeout) and failed.error.reason == "timeout"
    # Chunks get n times the limit; the failed chunk's items are redone alone, each with one limit.
    assert all(limit == pytest.approx(1.5 * size) for size, limit in executor.submitted)
    assert executor.submitted.count((1, 1.5)) >= 2


@pytest.mark.parametrize("stage", ["decode", "parse", "enrich"])
async def test_a_timeout_carries_the_stage_the_item_had_reached(stage: Stage) -> None:
    executor = FakePoolExecutor(TimeoutError("Task timeout"), runaway_stage=stage)
    try:
        outcomes = await executor.process([RawItem(b"fine", None), RUNAWAY])
    finally:
        executor.close()
    failed = outcomes[1]
    assert isinstance(failed, Failed) and isinstance(failed.error, ItemTimeout)
    assert failed.error.stage == stage
    assert outcomes[0] is OK


async def test_a_timeout_before_any_stage_is_a_decode_timeout() -> None:
    executor = FakePoolExecutor(ProcessExpired("Abnormal termination", 9))
    try:
        (failed,) = await executor.process([RUNAWAY])
    finally:
        executor.close()
    assert isinstance(failed, Failed) and failed.error.stage == "decode"


async def test_an_empty_batch_needs_no_pool() -> None:
    assert await FakePoolExecutor(TimeoutError()).process([]) == []
