"""Checkpoints: deliver a batch's outcomes, then commit its offsets, one way per delivery mode.

Modelled on Quix Streams' `checkpointing/`: the stream loop hands a checkpoint the processed
records of one batch; the checkpoint makes them durable downstream and only then moves the
committed offsets past them. Isolating a refused output and dead-lettering its item lives in
each checkpoint, once.
"""

from __future__ import annotations

from typing import Any, Protocol

from aiokafka import TopicPartition

from consumer.pipeline import Outcome
from consumer.worker.inflight import PerPartition


class Checkpoint(Protocol):
    async def start(self) -> None:
        """Connect what must be there before the first batch (one try: start-up retries)."""

    async def deliver(self, consumer: Any, per_tp: PerPartition[Outcome]) -> None:
        """Publish every outcome and wait for its acknowledgement, then commit the offsets."""

    async def on_assigned(self, tps: set[TopicPartition]) -> None: ...

    async def on_revoked(self, tps: set[TopicPartition]) -> None: ...

    async def close(self) -> None: ...
