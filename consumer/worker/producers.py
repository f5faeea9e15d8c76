"""Producer lifetimes: the shared idempotent producer (at-least-once) and the per-partition
transactional producers (exactly-once).

The shared producer is reset (stopped, and started afresh on next use) after the broker
refused one of its batches: the refusal leaves its sequence numbers out of step, and every
later batch of that partition would fail OutOfOrderSequenceNumber. A transactional producer
is named after its input partition, so starting one fences any zombie with the same id.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaProducer, TopicPartition

from consumer.config import Settings
from consumer.worker.clients import producer_kwargs
from consumer.worker.errors import stop_quietly
from consumer.worker.retry import Retry

ProducerFactory = Callable[..., Any]  # AIOKafkaProducer, or a test's fake


class SharedProducer:
    def __init__(self, settings: Settings, retry: Retry, factory: ProducerFactory = AIOKafkaProducer) -> None:
        self.settings, self.retry, self.factory = settings, retry, factory
        self._producer: Any = None

    async def start(self) -> None:
        """One try (start-up has its own retry, around the consumer too)."""
        if self._producer is None:
            self._producer = await self._started()

    async def get(self) -> Any:
        """The producer; (re)started here after a reset, retried while the broker is away."""
        if self._producer is None:
            self._producer = await self.retry.call("produce", self._started, what="producer start")
        return self._producer

    async def _started(self) -> Any:
        producer = self.factory(**producer_kwargs(self.settings))
        try:
            await producer.start()
        except BaseException:
            await stop_quietly(producer, "producer")
            raise
        return producer

    async def reset(self) -> None:
        old, self._producer = self._producer, None
        if old is not None:
            await stop_quietly(old, "producer")

    async def close(self) -> None:
        await self.reset()


class TransactionalProducers:
    def __init__(self, settings: Settings, factory: ProducerFactory = AIOKafkaProducer) -> None:
        self.settings, self.factory = settings, factory
        self._producers: dict[TopicPartition, Any] = {}
        self._locks: dict[TopicPartition, asyncio.Lock] = {}

    async def get(self, tp: TopicPartition) -> Any:
        """The partition's transactional producer, started on first use.

        aiokafka may hand out records of a new partition before the assign listener has
        finished, so the batch path must be able to create it too; a per-partition lock
        makes the second caller wait for the first one's start, not use it half-made.
        """
        async with self._locks.setdefault(tp, asyncio.Lock()):
            producer = self._producers.get(tp)
            if producer is None:
                tid = f"{self.settings.transactional_id_prefix}-{tp.topic}-{tp.partition}"
                producer = self.factory(**producer_kwargs(self.settings, transactional_id=tid))
                try:
                    await producer.start()  # init_transactions: fences any zombie with this id
                except BaseException:
                    await stop_quietly(producer, "transactional producer")
                    raise
                self._producers[tp] = producer
            return producer

    async def drop(self, tp: TopicPartition) -> None:
        """Stop the partition's producer: revoked, or failed (a fresh one with the same id resumes)."""
        old = self._producers.pop(tp, None)
        if old is not None:
            await stop_quietly(old, "transactional producer")

    async def close(self) -> None:
        for tp in list(self._producers):
            await self.drop(tp)
