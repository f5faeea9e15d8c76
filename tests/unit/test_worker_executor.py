"""The executor's per-item time limit, with the pool's answers faked: a chunk over its limit is
redone item by item, and only the item that runs away is dead-lettered (`timeout`)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from pebble import ProcessExpired

from consumer.errors import ItemTimeout
from consumer.pipeline import Failed, Outcome, PipelineOptions, RawItem
from consumer.worker.executor import Executor
from tests.unit.worker_fakes import OK

RUNAWAY = RawItem(b"runaway", None)


class FakePoolExecutor(Executor):
    """`_submit` answers like the pool: a chunk with the runaway item fails the way `error` says."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(PipelineOptions(enrich=False), pool_size=2, item_timeout_s=1.5)
        self.error = error
        self.submitted: list[tuple[int, float]] = []

    async def _submit(self, items: Sequence[RawItem], limit_s: float) -> list[Outcome]:
        self.submitted.append((len(items), limit_s))
        if RUNAWAY in items:
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


async def test_an_empty_batch_needs_no_pool() -> None:
    assert await FakePoolExecutor(TimeoutError()).process([]) == []
