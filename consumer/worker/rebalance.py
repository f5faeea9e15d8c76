"""The rebalance listener: drop revoked partitions from what is in flight, wait on the checkpoint.

A partition is given up only once nothing of it is, or will be, published here. Its records
not yet publishing are dropped first, before anything awaits, so the publish stage leaves
them out even if it runs before the lock is ours; then the publish lock waits for the batch
publishing now to be acknowledged and committed. If such a partition comes back, aiokafka
starts it again from its committed offset: nothing is skipped, and no seek is needed.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka import ConsumerRebalanceListener, TopicPartition

from consumer.worker.checkpoint import Checkpoint
from consumer.worker.inflight import InFlight, names
from consumer.worker.metrics import Metrics

log = logging.getLogger("consumer.worker")


class RebalanceListener(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(
        self, inflight: InFlight, publish_lock: asyncio.Lock, checkpoint: Checkpoint, metrics: Metrics
    ) -> None:
        self.inflight, self.publish_lock = inflight, publish_lock
        self.checkpoint, self.metrics = checkpoint, metrics
        self.assigned: set[TopicPartition] = set()
        # aiokafka calls on_partitions_assigned after every join, even with nothing assigned:
        # from then on this worker is a member of its group (readiness does not need partitions).
        self.joined = False

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        revoked = set(revoked)
        self.inflight.drop(revoked)
        async with self.publish_lock:
            self.assigned -= revoked
            await self.checkpoint.on_revoked(revoked)
            self.metrics.assigned.set(len(self.assigned))
        log.info("partitions revoked", extra={"partitions": names(revoked)})

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        assigned = set(assigned)
        self.joined = True
        self.assigned |= assigned
        await self.checkpoint.on_assigned(assigned)
        self.metrics.assigned.set(len(self.assigned))
        log.info("partitions assigned", extra={"partitions": names(assigned)})
