"""One retry helper for transient broker errors, on tenacity.

Transient errors are retried without limit (the item is never skipped or dead-lettered):
tenacity's stop is `stop_never` unless the caller gives a deadline (only start-up does).
Delays grow exponentially with full jitter between half the initial delay and a ceiling
that doubles up to the maximum, so a group of workers does not hammer a recovering broker
in lockstep.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_never
from tenacity.stop import stop_base
from tenacity.wait import wait_base

from consumer.worker.errors import is_transient
from consumer.worker.metrics import Metrics

log = logging.getLogger("consumer.worker")

T = TypeVar("T")


class JitteredBackoff(wait_base):
    """tenacity wait: the n-th retry waits uniformly between initial/2 and min(maximum, initial * 2**(n-1)),
    cut short at a deadline."""

    def __init__(self, initial: float, maximum: float, deadline: float | None = None) -> None:
        self.initial, self.maximum, self.deadline = initial, maximum, deadline
        self.rng = random.Random()

    def __call__(self, retry_state: RetryCallState) -> float:
        ceiling = min(self.maximum, self.initial * 2 ** max(0, retry_state.attempt_number - 1))
        delay = self.rng.uniform(self.initial / 2, ceiling)
        if self.deadline is not None:
            delay = min(delay, max(0.1, self.deadline - time.monotonic()))
        return delay


class _StopAt(stop_base):
    def __init__(self, deadline: float) -> None:
        self.deadline = deadline

    def __call__(self, retry_state: RetryCallState) -> bool:
        return time.monotonic() >= self.deadline


@dataclass
class Retry:
    """Retries an operation while it fails with an error `retry_on` accepts (default: transient).

    Each retry is counted in `wire_transient_retries{op}` and logged ("... failed, retrying").
    """

    initial_s: float
    max_s: float
    metrics: Metrics = field(default_factory=Metrics)
    sleep: Callable[[float], Awaitable[None]] | None = None  # tests pass a fake
    # monotonic time of the latest retry: a worker retrying a broker that is away is alive
    last_retry: float | None = field(default=None, init=False)

    async def call(
        self,
        op: str,
        attempt: Callable[[], Awaitable[T]],
        *,
        retry_on: Callable[[BaseException], bool] = is_transient,
        deadline: float | None = None,
        extra: dict[str, Any] | None = None,
        what: str | None = None,
    ) -> T:
        retrying = AsyncRetrying(
            stop=stop_never if deadline is None else _StopAt(deadline),
            wait=JitteredBackoff(self.initial_s, self.max_s, deadline),
            retry=retry_if_exception(retry_on),
            before_sleep=self._noted(op, what or op, extra or {}),
            reraise=True,
            sleep=self.sleep or asyncio.sleep,
        )

        async def once() -> T:  # a coroutine function: tenacity calls anything else synchronously
            return await attempt()

        return await retrying(once)

    def _noted(self, op: str, what: str, extra: dict[str, Any]) -> Callable[[RetryCallState], None]:
        def note(state: RetryCallState) -> None:
            error = state.outcome.exception() if state.outcome is not None else None
            self.metrics.retries.labels(op).inc()
            self.last_retry = time.monotonic()
            log.warning(f"{what} failed, retrying", extra={**extra, "error": type(error).__name__})

        return note
