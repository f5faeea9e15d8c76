"""Prototype, for measurement only: the worker with batch k+1 processed while batch k is published.

Today ``Worker.run`` is strictly serial: fetch -> process -> publish + wait for acks ->
commit -> fetch. While the batch's acks and the commit are in flight the CPU stage
idles, and while it processes nothing is in flight. This prototype overlaps them, one
batch deep: process(k+1) runs while publish+commit(k) awaits the broker; publishes stay
in batch order (each waits for the previous one), so per-partition order and "commit
only after every output is acknowledged" still hold.

It is NOT production code: a rebalance during the overlap would publish the
processed batch of a revoked partition after the revoke (a duplicate, which at-least-once
tolerates, but not the worker's promise). The production change (see docs/benchmarks.md)
has ``on_revoked`` await the in-flight publish and drop the processed-but-unpublished
records of revoked partitions.

Also, with ``BENCH_CHUNKS_PER_PROCESS=k`` (default 1, today's behaviour), the executor
splits a batch into ``k * pool_size`` chunks instead of ``pool_size``, so a process that
finishes its share early takes the next chunk instead of idling (items are 200-2,000 words,
so equal-count halves are not equal work). ``BENCH_PIPELINE=0`` keeps the serial loop, to
measure the chunking alone.

``python -m benchmarks.experiments.pipelined_worker run ...`` takes the same flags as
``python -m consumer run``; the benchmark runs it with ``--only parse-pipelined,full-pipelined``.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections import defaultdict
from typing import Any

from consumer.pipeline import Outcome, RawItem
from consumer.worker import runner
from consumer.worker.runner import Worker, _content_type


async def _publish(self: Worker, consumer: Any, flat: list[Any], outcomes: list[Outcome]) -> None:
    per_tp: dict[Any, list[tuple[Any, Outcome]]] = defaultdict(list)
    for (tp, rec), outcome in zip(flat, outcomes, strict=True):
        per_tp[tp].append((rec, outcome))
    started = time.perf_counter()
    async with self._lock:
        if self.exactly_once:
            await asyncio.gather(*(self._publish_txn(consumer, tp, pairs) for tp, pairs in per_tp.items()))
        else:
            await self._publish_and_commit(consumer, per_tp)
    self.metrics.stage_seconds.labels("publish").observe(time.perf_counter() - started)
    self._update_lag(consumer, per_tp)


async def pipelined_run(self: Worker) -> None:
    assert self._consumer is not None
    consumer = self._consumer
    pending: asyncio.Task[None] | None = None
    try:
        while not self._stop.is_set():
            batch = await self._fetch(consumer)
            batch = {tp: recs for tp, recs in batch.items() if tp in consumer.assignment()}
            flat = [(tp, rec) for tp, recs in batch.items() for rec in recs]
            if not flat:
                if pending is not None:
                    await pending
                    pending = None
                continue
            self.metrics.consumed.inc(len(flat))
            self.metrics.batch_size.observe(len(flat))
            started = time.perf_counter()
            items = [RawItem(rec.value or b"", _content_type(rec.headers)) for _, rec in flat]
            outcomes = await self.executor.process(items)  # overlaps the previous batch's publish
            self.metrics.stage_seconds.labels("process").observe(time.perf_counter() - started)
            if pending is not None:
                await pending
            pending = asyncio.create_task(_publish(self, consumer, flat, outcomes))
        if pending is not None:
            await pending
    finally:
        await self.shutdown()


def main() -> int:
    if os.environ.get("BENCH_PIPELINE", "1") != "0":
        runner.Worker.run = pipelined_run  # type: ignore[method-assign]
    k = int(os.environ.get("BENCH_CHUNKS_PER_PROCESS", "1"))
    if k > 1:
        from consumer.worker import executor

        split = executor._split
        executor._split = lambda items, parts: split(items, parts * k)  # type: ignore[assignment]
    from consumer.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
