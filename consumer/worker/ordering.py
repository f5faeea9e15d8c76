"""Publish strictly in fetch order, while processing runs ahead; the depth limit is the backpressure.

Each fetched batch gets two tasks: its processing (in the pool, side by side with the
batches around it) and its publish task, which waits for its own outcomes *and* for the
previous batch's publish task before it publishes. So batch k+1's first send is issued only
after batch k is acknowledged and committed, and per-partition output order is input order.
Once `depth` batches are unpublished, `submit` waits for the oldest: a slow output side
stops the fetching, and memory stays at `depth` batches.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TypeVar

from consumer.worker.metrics import Metrics

T = TypeVar("T")


class InOrder:
    def __init__(self, depth: int, metrics: Metrics | None = None) -> None:
        self.depth = max(1, depth)
        self.metrics = metrics or Metrics()
        self._chain: deque[asyncio.Task[None]] = deque()  # publish tasks, oldest first

    def __len__(self) -> int:
        return len(self._chain)

    async def submit(self, processing: Awaitable[T], publish: Callable[[T], Awaitable[None]]) -> None:
        """Start `processing`; publish its result after every batch submitted before it."""
        previous = self._chain[-1] if self._chain else None
        work = asyncio.ensure_future(processing)
        self._chain.append(asyncio.create_task(self._publish_after(work, previous, publish)))
        while len(self._chain) >= self.depth:
            await self._chain[0]  # a failure is raised here and stops the caller's loop
            self._chain.popleft()

    async def _publish_after(
        self,
        processing: asyncio.Future[T],
        previous: asyncio.Task[None] | None,
        publish: Callable[[T], Awaitable[None]],
    ) -> None:
        try:
            result = await processing
        finally:
            if previous is not None:
                started = time.perf_counter()
                await previous  # fetch order: the previous batch is committed first
                self.metrics.stage_seconds.labels("wait").observe(time.perf_counter() - started)
        await publish(result)

    async def reap(self) -> None:
        """Forget the batches already published; raise a failed one's error."""
        while self._chain and self._chain[0].done():
            await self._chain.popleft()

    async def drain(self) -> None:
        """Wait until every submitted batch is published; a failure is raised here."""
        if self._chain:
            await self._chain[-1]  # each publish task waits for the one before it
        self._chain.clear()

    async def abandon(self) -> None:
        """On an error or a cancel: stop what is in flight (uncommitted, so delivered again)."""
        tasks = [task for task in self._chain if not task.done()]
        self._chain.clear()
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        for task in tasks:
            if not task.cancelled():
                task.exception()  # retrieved: the error that matters is already propagating
