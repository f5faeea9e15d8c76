"""At-least-once: every output of a batch acknowledged (acks=all, idempotent producer), then
the batch's offsets committed. Auto-commit is off.

Fast path: every send of the batch is issued, then all acks are awaited at once (order within
a partition follows issue order). An input whose sends failed is redone alone, after every
other ack is in (a record resent while later ones still linger would share a broker batch
with them, and a refused batch fails all its records): with retries while the error is
transient, and as a dead letter (`output_rejected`) if the broker refuses its output for good.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiokafka import TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError

from consumer.errors import PublishError
from consumer.pipeline import Outcome
from consumer.publish import OutRecord
from consumer.worker.checkpoint.records import Outputs
from consumer.worker.errors import ErrorKind, classify, is_refused
from consumer.worker.inflight import PerPartition
from consumer.worker.producers import SharedProducer
from consumer.worker.retry import Retry

log = logging.getLogger("consumer.worker")


def _retry_send(exc: BaseException) -> bool:
    """A send is retried after any Kafka error but a refusal (which dead-letters the item)."""
    return isinstance(exc, KafkaError) and not is_refused(exc)


class AtLeastOnce:
    def __init__(self, producer: SharedProducer, outputs: Outputs, retry: Retry) -> None:
        self.producer, self.outputs, self.retry = producer, outputs, retry
        self.metrics = retry.metrics

    async def start(self) -> None:
        await self.producer.start()

    async def close(self) -> None:
        await self.producer.close()

    async def on_assigned(self, tps: set[TopicPartition]) -> None:
        return None

    async def on_revoked(self, tps: set[TopicPartition]) -> None:
        return None

    async def deliver(self, consumer: Any, per_tp: PerPartition[Outcome]) -> None:
        producer = await self.producer.get()
        sent: list[tuple[TopicPartition, Any, list[OutRecord], list[asyncio.Future[Any]] | None]] = []
        for tp, pairs in per_tp.items():
            for rec, outcome in pairs:
                outputs = self.outputs.of(tp, rec, outcome)
                sent.append((tp, rec, outputs, await _send(producer, outputs)))
        redo: list[tuple[TopicPartition, Any, list[OutRecord]]] = []
        for tp, rec, outputs, futures in sent:
            if futures is not None and await _acked(futures):
                self.outputs.count(outputs)
            else:
                redo.append((tp, rec, outputs))
        if redo:
            await self.producer.reset()  # a refused batch breaks the producer's sequence numbers
            for tp, rec, outputs in redo:
                await self.deliver_alone(tp, rec, outputs)
        await self.commit(consumer, {tp: pairs[-1][0].offset + 1 for tp, pairs in per_tp.items()})

    async def deliver_alone(self, tp: TopicPartition, rec: Any, outputs: list[OutRecord]) -> None:
        """One input's outputs alone, acknowledged; refused for good -> its dead letter instead."""
        try:
            await self._send_acked(outputs, rec.offset)
        except KafkaError as exc:
            if not is_refused(exc) or not outputs or outputs[0].kind == "dead_letter":
                raise  # even the dead letter is refused: stop rather than lose the item
            error = PublishError("output_rejected", f"{type(exc).__name__}: the broker refused an output")
            await self.producer.reset()
            await self._send_acked(self.outputs.dead_letter(tp, rec, error), rec.offset)

    async def _send_acked(self, outputs: list[OutRecord], offset: int) -> None:
        async def attempt() -> None:
            producer = await self.producer.get()
            try:
                await asyncio.gather(*[await _send_one(producer, out) for out in outputs])
            except KafkaError as exc:
                if classify(exc) is ErrorKind.FATAL:
                    await self.producer.reset()  # e.g. OutOfOrderSequenceNumber: a new producer id helps
                raise
            self.outputs.count(outputs)

        await self.retry.call(
            "produce", attempt, retry_on=_retry_send, extra={"offset": offset}, what="publish"
        )

    async def commit(self, consumer: Any, offsets: dict[TopicPartition, int]) -> None:
        """Commit the offsets of the partitions still ours; retried while the broker is away."""

        async def attempt() -> None:
            owned = {tp: off for tp, off in offsets.items() if tp in consumer.assignment()}
            if not owned:
                return
            try:
                await consumer.commit(owned)
            except (CommitFailedError, IllegalStateError) as exc:
                # Partitions moved to another worker: it re-reads from the last commit.
                log.warning("commit refused after rebalance", extra={"error": type(exc).__name__})
                return
            self.metrics.commits.inc()

        await self.retry.call("commit", attempt)


async def _send_one(producer: Any, out: OutRecord) -> asyncio.Future[Any]:
    future: asyncio.Future[Any] = await producer.send(out.topic, out.value, key=out.key, headers=out.headers)
    return future


async def _send(producer: Any, outputs: list[OutRecord]) -> list[asyncio.Future[Any]] | None:
    """Issue the sends; None if one could not be issued (the input is redone alone)."""
    try:
        return [await _send_one(producer, out) for out in outputs]
    except KafkaError:
        return None


async def _acked(futures: list[asyncio.Future[Any]]) -> bool:
    results = await asyncio.gather(*futures, return_exceptions=True)
    return not any(isinstance(result, BaseException) for result in results)
