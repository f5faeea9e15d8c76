"""Exactly-once: per input partition, the batch's outputs and its next offset go in one Kafka
transaction, from a producer whose transactional id names that partition (zombie fencing).

aiokafka commits a transaction even when the broker refused one of its batches (the records
are simply missing), so every send is acknowledged before the offsets join the transaction;
a refusal aborts it, and its offsets are never committed. A refused broker batch fails all
its records: when more than one item was hit, the batch is redone in *isolate* mode, each
item's records acknowledged before the next is sent, to find the one the broker refuses;
that item becomes a dead letter (`output_rejected`) and the batch is redone.

Fenced (another worker owns the partition now): never skip. The partition is rewound to the
batch's first offset, and its records fetched behind this batch are dropped, since
publishing them would commit past the rewound ones.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from aiokafka import TopicPartition
from aiokafka.errors import KafkaError, ProducerFenced

from consumer.errors import PublishError
from consumer.pipeline import Failed, Outcome
from consumer.publish import OutRecord
from consumer.worker.checkpoint.records import Outputs
from consumer.worker.errors import is_refused
from consumer.worker.inflight import InFlight, PerPartition
from consumer.worker.producers import TransactionalProducers
from consumer.worker.retry import Retry

log = logging.getLogger("consumer.worker")


def _retry_transaction(exc: BaseException) -> bool:
    """Any Kafka error is retried with a fresh producer, but a fence (rewind) or a refusal."""
    return isinstance(exc, KafkaError) and not isinstance(exc, ProducerFenced) and not is_refused(exc)


@dataclass
class _Partition:
    """One partition's share of a batch, across the attempts at its transaction."""

    tp: TopicPartition
    records: list[Any]
    outcomes: list[Outcome]
    isolate: bool = False
    refused: set[int] = field(default_factory=set)  # items whose output was refused, this attempt

    def blame(self, exc: BaseException) -> bool:
        """After a refusal: dead-letter the refused item, or isolate the items to find it.
        False if no item can be blamed (even a dead letter was refused)."""
        culprits = {i for i in self.refused if not isinstance(self.outcomes[i], Failed)}
        if not culprits:
            return False
        if len(self.refused) == 1 or self.isolate:
            (index,) = culprits
            error = PublishError("output_rejected", f"{type(exc).__name__}: the broker refused an output")
            self.outcomes[index] = Failed(error)
        else:
            self.isolate = True
        return True


class ExactlyOnce:
    def __init__(
        self,
        producers: TransactionalProducers,
        outputs: Outputs,
        retry: Retry,
        inflight: InFlight,
        group_id: str,
    ) -> None:
        self.producers, self.outputs, self.retry = producers, outputs, retry
        self.inflight, self.group_id = inflight, group_id
        self.metrics = retry.metrics

    async def start(self) -> None:
        return None  # producers start per partition, on assignment

    async def close(self) -> None:
        await self.producers.close()

    async def on_assigned(self, tps: set[TopicPartition]) -> None:
        for tp in tps:
            await self.producers.get(tp)

    async def on_revoked(self, tps: set[TopicPartition]) -> None:
        for tp in tps:
            await self.producers.drop(tp)

    async def deliver(self, consumer: Any, per_tp: PerPartition[Outcome]) -> None:
        await asyncio.gather(*(self._partition(consumer, tp, pairs) for tp, pairs in per_tp.items()))

    async def _partition(self, consumer: Any, tp: TopicPartition, pairs: list[tuple[Any, Outcome]]) -> None:
        part = _Partition(tp, [rec for rec, _ in pairs], [outcome for _, outcome in pairs])
        extra = {"partition": tp.partition}
        while True:  # each pass commits, fails one more item, or turns isolation on: bounded
            try:
                await self.retry.call(
                    "transaction",
                    lambda: self._attempt(consumer, part),
                    retry_on=_retry_transaction,
                    extra=extra,
                )
            except ProducerFenced:
                log.warning("producer fenced: partition owned elsewhere", extra=extra)
                self.rewind(consumer, tp, part.records[0].offset)
                return
            except KafkaError as exc:
                if not is_refused(exc) or not part.blame(exc):
                    raise  # even a dead letter is refused: stop rather than lose the item
            else:
                return

    async def _attempt(self, consumer: Any, part: _Partition) -> None:
        tp = part.tp
        if tp not in consumer.assignment():
            return  # revoked meanwhile: the next owner redoes the batch from the committed offset
        part.refused.clear()
        try:
            producer = await self.producers.get(tp)
            outputs = [
                self.outputs.of(tp, rec, outcome)
                for rec, outcome in zip(part.records, part.outcomes, strict=True)
            ]
            async with producer.transaction():
                await _send_all(producer, outputs, part)
                await producer.send_offsets_to_transaction({tp: part.records[-1].offset + 1}, self.group_id)
        except KafkaError:
            await self.producers.drop(tp)  # a fresh producer with the same id resumes cleanly
            raise
        for outs in outputs:
            self.outputs.count(outs)
        self.metrics.commits.inc()
        log.debug(
            "transaction committed",
            extra={
                "partition": tp.partition,
                "first": part.records[0].offset,
                "last": part.records[-1].offset,
            },
        )

    def rewind(self, consumer: Any, tp: TopicPartition, offset: int) -> None:
        """Read `tp` again from `offset`; drop its records already fetched behind it."""
        self.inflight.drop({tp})
        if tp in consumer.assignment():
            consumer.seek(tp, offset)


async def _send_all(producer: Any, outputs: list[list[OutRecord]], part: _Partition) -> None:
    pending: list[tuple[int, asyncio.Future[Any]]] = []
    for index, outs in enumerate(outputs):
        try:
            for out in outs:
                future = await producer.send(out.topic, out.value, key=out.key, headers=out.headers)
                pending.append((index, future))
        except KafkaError as exc:
            if is_refused(exc):
                part.refused.add(index)  # refused by the producer itself (max_request_size)
            raise
        if part.isolate:
            await _acked(pending, part.refused)
    await _acked(pending, part.refused)


async def _acked(pending: list[tuple[int, asyncio.Future[Any]]], refused: set[int]) -> None:
    """Wait for the acks of `pending` (then clear it); raise the first error, refusals first."""
    if not pending:
        return
    results = await asyncio.gather(*(future for _, future in pending), return_exceptions=True)
    failures = [(i, r) for (i, _), r in zip(pending, results, strict=True) if isinstance(r, BaseException)]
    pending.clear()
    if not failures:
        return
    refused.update(i for i, error in failures if is_refused(error))
    permanent = [error for _, error in failures if is_refused(error)]
    raise (permanent or [failures[0][1]])[0]
