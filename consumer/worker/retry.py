"""Exponential backoff with full jitter for transient broker failures.

Transient errors are retried forever (the item is never skipped or dead-lettered);
jitter keeps a group of workers from hammering a recovering broker in lockstep.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from aiokafka.errors import KafkaError


def backoff_delays(initial: float, maximum: float, rng: random.Random | None = None) -> Iterator[float]:
    rng = rng or random.Random()
    ceiling = initial
    while True:
        yield rng.uniform(initial / 2, ceiling)
        ceiling = min(maximum, ceiling * 2)


def is_transient(exc: BaseException) -> bool:
    """Broker-side trouble that another try can fix, as opposed to a bad item."""
    if isinstance(exc, KafkaError):
        return bool(getattr(exc, "retriable", False)) or type(exc).__name__ in {
            "KafkaConnectionError",
            "KafkaTimeoutError",
            "NodeNotReadyError",
            "RequestTimedOutError",
            "NotLeaderForPartitionError",
            "LeaderNotAvailableError",
            "NotEnoughReplicasError",
            "NotEnoughReplicasAfterAppendError",
            "CoordinatorNotAvailableError",
            "NotCoordinatorError",
            "UnknownTopicOrPartitionError",
        }
    return isinstance(exc, (TimeoutError, ConnectionError, OSError))
