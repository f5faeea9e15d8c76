"""The long-running worker: fetch a batch, process it, publish it, commit it - pipelined.

Two stages overlap: while batch k's outputs are being acknowledged and its offsets
committed (the publish stage, one task per batch, chained), the batches after it are
processed (the CPU stage, in the executor's pool, side by side: a long item does not hold
up the items fetched after it). At most `_depth` batches (pool size + 1, at least 2) are
unpublished at once; past that the loop waits for the oldest to be committed before it
fetches again. So when the output side is slow the worker simply stops fetching, and
memory stays flat: `_depth` batches, plus aiokafka's prefetch (at most one fetch response
per partition, bounded by max_partition_fetch_bytes; heartbeats go on in the background).

Ordering of side effects is the whole guarantee:
  * batches are published strictly in fetch order, one at a time (batch k+1's first
    send is issued after batch k is committed), so per-partition order is input order.
  * at-least-once: every output of a batch is acknowledged (acks=all, idempotent
    producer) before the batch's offsets are committed; auto-commit is off.
  * exactly-once: per input partition, outputs and the offset go in one Kafka
    transaction from a producer whose transactional id names that partition, so
    a zombie that lost the partition is fenced by the broker.
  * rebalance: the publish stage runs under a lock that the revoke listener also takes,
    so the batch being published is acknowledged and committed before its partitions
    are given up. Records of revoked partitions that are fetched or processed but not
    yet publishing are dropped: they are never published after the revoke. If such a
    partition comes back, aiokafka starts it again from its committed offset, so
    nothing is skipped (and no seek is needed).
  * a rewind (exactly-once, producer fenced: the partition goes back to the failed
    batch's first offset) drops that partition's records from the batch behind too,
    since publishing them would skip the rewound ones.
  * shutdown: stop fetching, process the batch in hand, publish and commit it after
    the one already publishing, close. An error or a kill abandons what is in flight
    uncommitted: it is delivered again.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import (
    CommitFailedError,
    IllegalStateError,
    KafkaError,
    ProducerFenced,
)

from consumer.config import Settings
from consumer.errors import PublishError
from consumer.events import Ingest
from consumer.pipeline import Failed, Outcome, PipelineOptions, RawItem
from consumer.publish import OutRecord, SourceRecord, Topics, header, records_for
from consumer.worker.clients import consumer_kwargs, producer_kwargs, security_failure
from consumer.worker.executor import Executor
from consumer.worker.metrics import Metrics
from consumer.worker.retry import backoff_delays, is_transient

log = logging.getLogger("consumer.worker")

# Permanent per-record publish failures: the item is dead-lettered, the stream goes on.
_PERMANENT_PUBLISH = {
    "MessageSizeTooLargeError",
    "RecordTooLargeError",
    "InvalidTopicError",
    "CorruptRecordError",
}


class BrokerUnavailable(RuntimeError):
    """The broker could not be reached within the configured start-up time."""


@dataclass(eq=False)
class _Batch:
    """One fetched batch on its way through the two stages.

    `dropped` collects partitions whose records must not be published any more: revoked,
    or rewound, after the fetch. The publish stage leaves them out.
    """

    records: dict[TopicPartition, list[Any]]
    dropped: set[TopicPartition] = field(default_factory=set)

    def flat(self) -> list[tuple[TopicPartition, Any]]:
        return [(tp, rec) for tp, recs in self.records.items() for rec in recs]

    def __len__(self) -> int:
        return sum(len(recs) for recs in self.records.values())


class _Listener(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, worker: Worker) -> None:
        self.worker = worker

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self.worker.on_revoked(set(revoked))

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        await self.worker.on_assigned(set(assigned))


class Worker:
    def __init__(self, settings: Settings, metrics: Metrics | None = None) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()
        self.topics = Topics(settings.articles_topic, settings.indicators_topic, settings.dlq_topic)
        self.exactly_once = settings.delivery == "exactly-once"
        options = PipelineOptions(enrich=settings.enrich, spacy_model=settings.spacy_model)
        options = _with_limits(options, settings)
        pool = settings.resolved_pool_size()
        self.executor = Executor(options, pool, settings.item_timeout_s)
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self._txn: dict[TopicPartition, AIOKafkaProducer] = {}
        self._txn_locks: dict[TopicPartition, asyncio.Lock] = {}
        self._lock = asyncio.Lock()  # held by the publish stage and by the revoke listener
        self._unpublished: list[_Batch] = []  # fetched, not yet taken by the publish stage
        self._publishing: asyncio.Task[None] | None = None  # the newest batch's publish task
        self._chain: deque[asyncio.Task[None]] = deque()  # publish tasks, oldest first
        # Unpublished batches at most: with a pool, several batches are processed at once
        # (so a long item does not hold up the ones behind it) and published in fetch order.
        self._depth = max(2, self.executor.pool_size + 1)
        self._stop = asyncio.Event()
        self._assigned: set[TopicPartition] = set()
        self.broker_ok = False

    # ------------------------------------------------------------------ lifecycle

    def ready(self) -> bool:
        return self.broker_ok and bool(self._assigned)

    def request_stop(self) -> None:
        self._stop.set()

    async def start(self) -> None:
        await self.executor.start()
        deadline = time.monotonic() + self.settings.connect_timeout_s
        delays = backoff_delays(self.settings.retry_backoff_initial_s, self.settings.retry_backoff_max_s)
        while True:
            try:
                await self._connect()
                break
            except KafkaError as exc:
                await self._close_clients()
                failure = await security_failure(self.settings)  # a wrong password or CA: no retry
                if failure is not None:
                    raise BrokerUnavailable(failure) from exc
                if time.monotonic() >= deadline:
                    raise BrokerUnavailable(
                        f"cannot reach Kafka at {self.settings.bootstrap_servers} after "
                        f"{self.settings.connect_timeout_s:g} s: {type(exc).__name__}: {exc}"
                    ) from exc
                delay = min(next(delays), max(0.1, deadline - time.monotonic()))
                log.warning("broker not reachable yet, retrying", extra={"error": type(exc).__name__})
                await asyncio.sleep(delay)
        self.broker_ok = True

    async def _connect(self) -> None:
        if not self.exactly_once:
            self._producer = AIOKafkaProducer(**producer_kwargs(self.settings))
            await self._producer.start()
        self._consumer = AIOKafkaConsumer(**consumer_kwargs(self.settings))
        await self._consumer.start()
        self._consumer.subscribe([self.settings.input_topic], listener=_Listener(self))

    async def _close_clients(self) -> None:
        for producer in list(self._txn.values()):
            with contextlib.suppress(Exception):
                await producer.stop()
        self._txn.clear()
        if self._consumer is not None:
            with contextlib.suppress(Exception):
                await self._consumer.stop()
            self._consumer = None
        if self._producer is not None:
            with contextlib.suppress(Exception):
                await self._producer.stop()
            self._producer = None

    async def run(self) -> None:
        """Consume until stopped; on stop, publish and commit what is in hand, then close."""
        assert self._consumer is not None
        consumer = self._consumer
        try:
            while not self._stop.is_set():
                await self._reap_publish()  # a failed publish stops the loop even while idle
                records = await self._fetch(consumer)
                if records:
                    await self._step(consumer, self._admit(records))
            await self._wait_publish()
        finally:
            await self._abandon_publish()
            await self.shutdown()

    async def shutdown(self) -> None:
        # aiokafka does not call the revoke listener on stop(): run() has committed all it
        # had before returning (or abandoned it uncommitted on an error); close cleanly.
        await self._close_clients()
        self.executor.close()
        self.broker_ok = False

    # ------------------------------------------------------------------ rebalance

    async def on_revoked(self, revoked: set[TopicPartition]) -> None:
        """Give the partitions up only once nothing of theirs is, or will be, published here.

        Records not yet publishing are dropped first, before anything awaits, so the publish
        stage leaves them out even if it runs before the lock is ours; then the lock waits for
        the batch publishing now to be acknowledged and committed.
        """
        self._drop(revoked)
        async with self._lock:
            for tp in revoked:
                self._assigned.discard(tp)
                producer = self._txn.pop(tp, None)
                if producer is not None:
                    with contextlib.suppress(Exception):
                        await producer.stop()
            self.metrics.assigned.set(len(self._assigned))
        log.info("partitions revoked", extra={"partitions": _names(revoked)})

    async def on_assigned(self, assigned: set[TopicPartition]) -> None:
        self._assigned |= assigned
        if self.exactly_once:
            for tp in assigned:
                await self._txn_producer(tp)
        self.metrics.assigned.set(len(self._assigned))
        log.info("partitions assigned", extra={"partitions": _names(assigned)})

    async def _txn_producer(self, tp: TopicPartition) -> AIOKafkaProducer:
        """The partition's transactional producer, started on first use.

        aiokafka may hand out records of a new partition before the assign listener
        has finished, so the batch path must be able to create it too; a per-partition
        lock makes the second caller wait for the first one's start, not use it half-made.
        """
        lock = self._txn_locks.setdefault(tp, asyncio.Lock())
        async with lock:
            producer = self._txn.get(tp)
            if producer is None:
                tid = f"{self.settings.transactional_id_prefix}-{tp.topic}-{tp.partition}"
                producer = AIOKafkaProducer(**producer_kwargs(self.settings, transactional_id=tid))
                try:
                    await producer.start()  # init_transactions: fences any zombie with this id
                except BaseException:
                    with contextlib.suppress(Exception):
                        await producer.stop()
                    raise
                self._txn[tp] = producer
            return producer

    # ------------------------------------------------------------------ the loop

    async def _fetch(self, consumer: AIOKafkaConsumer) -> dict[TopicPartition, list[Any]]:
        try:
            batch: dict[TopicPartition, list[Any]] = await consumer.getmany(
                timeout_ms=500, max_records=self.settings.batch_max_records
            )
            self.broker_ok = True
            return batch
        except KafkaError as exc:
            if not is_transient(exc):
                raise
            self.broker_ok = False
            self.metrics.retries.labels("fetch").inc()
            log.warning("fetch failed, retrying", extra={"error": type(exc).__name__})
            await asyncio.sleep(self.settings.retry_backoff_initial_s)
            return {}

    def _admit(self, records: dict[TopicPartition, list[Any]]) -> _Batch:
        """Register a fetched batch, so a revoke or a rewind from now on can drop its records.

        Called right after getmany with no await between: aiokafka hands out no records while
        a rebalance is in progress, so any batch of the old assignment is registered by the
        time the revoke listener runs.
        """
        batch = _Batch(records)
        self._unpublished.append(batch)
        self.metrics.consumed.inc(len(batch))
        self.metrics.batch_size.observe(len(batch))
        self.metrics.in_flight.inc(len(batch))
        return batch

    async def _step(self, consumer: AIOKafkaConsumer, batch: _Batch) -> None:
        """Start processing `batch` and queue its publish behind the previous batch's.

        Batches are processed concurrently (the pool runs them side by side) but published
        strictly in fetch order: each publish task waits for its own outcomes and for the
        previous batch to be committed. Waiting for the oldest batch once `_depth` are
        unpublished is the backpressure: a slow output side stops the fetching.
        """
        processing = asyncio.create_task(self._process(batch))
        task = asyncio.create_task(self._publish_after(consumer, batch, processing, self._publishing))
        self._publishing = task
        self._chain.append(task)
        while len(self._chain) >= self._depth:
            await self._chain[0]  # a failure is raised here and stops the loop
            self._chain.popleft()

    async def _publish_after(
        self,
        consumer: AIOKafkaConsumer,
        batch: _Batch,
        processing: asyncio.Task[list[Outcome]],
        previous: asyncio.Task[None] | None,
    ) -> None:
        try:
            outcomes = await processing
        finally:
            if previous is not None:
                started = time.perf_counter()
                await previous  # batch order: the previous batch is committed first
                self.metrics.stage_seconds.labels("wait").observe(time.perf_counter() - started)
        await self._publish(consumer, batch, outcomes)

    async def _process(self, batch: _Batch) -> list[Outcome]:
        started = time.perf_counter()
        items = [RawItem(rec.value or b"", _content_type(rec.headers)) for _, rec in batch.flat()]
        outcomes = await self.executor.process(items)
        self.metrics.stage_seconds.labels("process").observe(time.perf_counter() - started)
        return outcomes

    async def _publish(self, consumer: AIOKafkaConsumer, batch: _Batch, outcomes: list[Outcome]) -> None:
        """The publish stage: the batch's outputs acknowledged and its offsets committed."""
        try:
            async with self._lock:
                self._unpublished.remove(batch)  # from here on the lock keeps revokes out
                per_tp = self._publishable(consumer, batch, outcomes)
                if not per_tp:
                    return
                started = time.perf_counter()
                if self.exactly_once:
                    await asyncio.gather(
                        *(self._publish_txn(consumer, tp, pairs) for tp, pairs in per_tp.items())
                    )
                else:
                    await self._publish_and_commit(consumer, per_tp)
                self.metrics.stage_seconds.labels("publish").observe(time.perf_counter() - started)
                self._update_lag(consumer, per_tp)
        finally:
            self.metrics.in_flight.dec(len(batch))

    def _publishable(
        self, consumer: AIOKafkaConsumer, batch: _Batch, outcomes: list[Outcome]
    ) -> dict[TopicPartition, list[tuple[Any, Outcome]]]:
        """The batch's records and outcomes per partition, without the partitions dropped since the fetch."""
        per_tp: dict[TopicPartition, list[tuple[Any, Outcome]]] = defaultdict(list)
        for (tp, rec), outcome in zip(batch.flat(), outcomes, strict=True):
            if tp not in batch.dropped and tp in consumer.assignment():
                per_tp[tp].append((rec, outcome))
        left_out = {tp for tp in batch.records if tp not in per_tp}
        if left_out:
            dropped = sum(len(batch.records[tp]) for tp in left_out)
            log.info(
                "processed records dropped: partitions revoked or rewound since the fetch",
                extra={"partitions": _names(left_out), "records": dropped},
            )
        return per_tp

    def _drop(self, tps: set[TopicPartition]) -> None:
        """Drop the records of `tps` from every batch not yet publishing."""
        for batch in self._unpublished:
            batch.dropped |= tps & batch.records.keys()

    async def _wait_publish(self) -> None:
        """Wait for every queued batch to be committed; a failure is raised here."""
        task, self._publishing = self._publishing, None
        if task is not None:
            await task  # each publish task waits for the one before it
        self._chain.clear()

    async def _reap_publish(self) -> None:
        while self._chain and self._chain[0].done():
            await self._chain.popleft()  # raises a failed publish's error

    async def _abandon_publish(self) -> None:
        """On an error or a cancel: stop what is in flight; it is uncommitted, so delivered again."""
        self._unpublished.clear()
        tasks = [t for t in self._chain if not t.done()]
        if self._publishing is not None and self._publishing not in tasks and not self._publishing.done():
            tasks.append(self._publishing)
        self._chain.clear()
        self._publishing = None
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        for task in tasks:
            if not task.cancelled():
                task.exception()  # retrieved: the error that matters is already propagating

    def _outputs(self, tp: TopicPartition, rec: Any, outcome: Outcome) -> list[OutRecord]:
        source = _source(tp, rec)
        ingest = Ingest(
            topic=tp.topic,
            partition=tp.partition,
            offset=rec.offset,
            timestamp=_ts(rec.timestamp),
            processed_at=dt.datetime.now(dt.UTC),
        )
        return records_for(outcome, source, self.topics, self.settings.ce_source, ingest)

    # ------------------------------------------------------------------ at-least-once

    async def _publish_and_commit(
        self, consumer: AIOKafkaConsumer, per_tp: dict[TopicPartition, list[tuple[Any, Outcome]]]
    ) -> None:
        producer = await self._shared_producer()
        # Fast path: issue every send of the batch, then wait for all acks at once.
        # Order within a partition follows issue order (idempotent producer).
        sent: list[
            tuple[TopicPartition, Any, Outcome, list[OutRecord], list[asyncio.Future[Any]] | None]
        ] = []
        for tp, pairs in per_tp.items():
            for rec, outcome in pairs:
                outputs = self._outputs(tp, rec, outcome)
                try:
                    futures = [
                        await producer.send(o.topic, o.value, key=o.key, headers=o.headers) for o in outputs
                    ]
                except KafkaError:
                    futures = None  # handled one by one below
                sent.append((tp, rec, outcome, outputs, futures))
        # Wait for every ack before any retry: a record resent while later batches still
        # linger would share a batch with them (and a refused batch fails all its records).
        retry: list[tuple[TopicPartition, Any, Outcome, list[OutRecord]]] = []
        for tp, rec, outcome, outputs, futures in sent:
            if futures is not None:
                results = await asyncio.gather(*futures, return_exceptions=True)
                if not any(isinstance(r, BaseException) for r in results):
                    self._count(outputs)
                    continue
            retry.append((tp, rec, outcome, outputs))
        if retry:
            # A batch the broker refused leaves the idempotent producer's sequence numbers
            # out of step (every later batch of that partition fails OutOfOrderSequenceNumber):
            # go on with a fresh producer id.
            await self._reset_producer()
            # Slow path: each input's outputs alone, with retries or a dead letter.
            for tp, rec, outcome, outputs in retry:
                await self._deliver(tp, rec, outputs, outcome)
        offsets = {tp: pairs[-1][0].offset + 1 for tp, pairs in per_tp.items()}
        await self._commit(consumer, offsets)

    async def _deliver(
        self,
        tp: TopicPartition,
        rec: Any,
        outputs: list[OutRecord],
        outcome: Outcome,
    ) -> None:
        """Send one input's outputs alone and wait for acks; permanent refusal -> dead letter."""
        delays = backoff_delays(self.settings.retry_backoff_initial_s, self.settings.retry_backoff_max_s)
        while True:
            try:
                producer = await self._shared_producer()
                futures = [
                    await producer.send(o.topic, o.value, key=o.key, headers=o.headers) for o in outputs
                ]
                await asyncio.gather(*futures)
                self._count(outputs)
                return
            except KafkaError as exc:
                name = type(exc).__name__
                if name in _PERMANENT_PUBLISH and outputs and outputs[0].kind != "dead_letter":
                    error = PublishError("output_rejected", f"{name}: the broker refused an output")
                    outputs = records_for(
                        Failed(error), _source(tp, rec), self.topics, self.settings.ce_source
                    )
                    await self._reset_producer()  # a refused batch breaks the producer's sequence numbers
                    continue
                if not is_transient(exc) and name in _PERMANENT_PUBLISH:
                    raise  # even the dead letter is refused: stop rather than lose the item
                self.metrics.retries.labels("produce").inc()
                log.warning("publish failed, retrying", extra={"error": name, "offset": rec.offset})
                if not is_transient(exc):
                    await self._reset_producer()  # e.g. OutOfOrderSequenceNumber: a new producer id helps
                await asyncio.sleep(next(delays))

    async def _shared_producer(self) -> AIOKafkaProducer:
        """The at-least-once producer; (re)started here after a reset, retried while the broker is away."""
        if self._producer is not None:
            return self._producer
        delays = backoff_delays(self.settings.retry_backoff_initial_s, self.settings.retry_backoff_max_s)
        while True:
            producer = AIOKafkaProducer(**producer_kwargs(self.settings))
            try:
                await producer.start()
            except KafkaError as exc:
                with contextlib.suppress(Exception):
                    await producer.stop()
                if not is_transient(exc):
                    raise
                self.metrics.retries.labels("produce").inc()
                log.warning("producer start failed, retrying", extra={"error": type(exc).__name__})
                await asyncio.sleep(next(delays))
                continue
            self._producer = producer
            return producer

    async def _reset_producer(self) -> None:
        old, self._producer = self._producer, None
        if old is not None:
            with contextlib.suppress(Exception):
                await old.stop()

    async def _commit(self, consumer: AIOKafkaConsumer, offsets: dict[TopicPartition, int]) -> None:
        delays = backoff_delays(self.settings.retry_backoff_initial_s, self.settings.retry_backoff_max_s)
        while True:
            owned = {tp: off for tp, off in offsets.items() if tp in consumer.assignment()}
            if not owned:
                return
            try:
                await consumer.commit(owned)
                self.metrics.commits.inc()
                return
            except (CommitFailedError, IllegalStateError) as exc:
                # Partitions moved to another worker: it re-reads from the last commit.
                log.warning("commit refused after rebalance", extra={"error": type(exc).__name__})
                return
            except KafkaError as exc:
                if not is_transient(exc):
                    raise
                self.metrics.retries.labels("commit").inc()
                await asyncio.sleep(next(delays))

    # ------------------------------------------------------------------ exactly-once

    async def _publish_txn(
        self, consumer: AIOKafkaConsumer, tp: TopicPartition, pairs: list[tuple[Any, Outcome]]
    ) -> None:
        delays = backoff_delays(self.settings.retry_backoff_initial_s, self.settings.retry_backoff_max_s)
        outcomes = [outcome for _, outcome in pairs]
        first_offset = pairs[0][0].offset
        # aiokafka commits a transaction even when the broker refused one of its batches (the
        # records are simply missing), so every send is acknowledged before the offsets go in.
        # A refused batch fails all its records: when more than one item is hit, the batch is
        # redone in `isolate` mode, each item's records acknowledged before the next is sent.
        isolate = False
        while True:
            if tp not in consumer.assignment():
                return  # revoked meanwhile: the next owner redoes the batch from the committed offset
            refused: set[int] = set()
            try:
                producer = await self._txn_producer(tp)
                outputs = [self._outputs(tp, rec, o) for (rec, _), o in zip(pairs, outcomes, strict=True)]
                async with producer.transaction():
                    pending: list[tuple[int, asyncio.Future[Any]]] = []
                    for index, outs in enumerate(outputs):
                        try:
                            for o in outs:
                                fut = await producer.send(o.topic, o.value, key=o.key, headers=o.headers)
                                pending.append((index, fut))
                        except KafkaError as exc:
                            if type(exc).__name__ in _PERMANENT_PUBLISH:
                                refused.add(index)  # refused by the producer itself (max_request_size)
                            raise
                        if isolate:
                            await self._acked(pending, refused)
                    await self._acked(pending, refused)
                    await producer.send_offsets_to_transaction(
                        {tp: pairs[-1][0].offset + 1}, self.settings.group_id
                    )
                for outs in outputs:
                    self._count(outs)
                self.metrics.commits.inc()
                log.debug(
                    "transaction committed",
                    extra={"partition": tp.partition, "first": first_offset, "last": pairs[-1][0].offset},
                )
                return
            except ProducerFenced:
                # Another worker owns this partition now. Never skip: rewind, in case it comes back.
                log.warning("producer fenced: partition owned elsewhere", extra={"partition": tp.partition})
                await self._drop_txn_producer(tp)
                self._rewind(consumer, tp, first_offset)
                return
            except KafkaError as exc:
                name = type(exc).__name__
                culprits = {i for i in refused if not isinstance(outcomes[i], Failed)}
                await self._drop_txn_producer(tp)  # a fresh producer with the same id resumes cleanly
                if name in _PERMANENT_PUBLISH and culprits:
                    if len(refused) == 1 or isolate:
                        (index,) = culprits
                        error = PublishError("output_rejected", f"{name}: the broker refused an output")
                        outcomes[index] = Failed(error)
                    else:
                        isolate = True  # several items shared the refused batch: find the one
                    continue
                if not is_transient(exc) and name in _PERMANENT_PUBLISH:
                    raise  # even a dead letter is refused: stop rather than lose the item
                self.metrics.retries.labels("transaction").inc()
                log.warning("transaction failed, retrying", extra={"error": name, "partition": tp.partition})
                await asyncio.sleep(next(delays))

    @staticmethod
    async def _acked(pending: list[tuple[int, asyncio.Future[Any]]], refused: set[int]) -> None:
        """Wait for the acks of `pending` (then clear it); raise the first error, noting refused items."""
        if not pending:
            return
        results = await asyncio.gather(*(f for _, f in pending), return_exceptions=True)
        failures = [
            (i, r) for (i, _), r in zip(pending, results, strict=True) if isinstance(r, BaseException)
        ]
        pending.clear()
        if not failures:
            return
        for index, error in failures:
            if type(error).__name__ in _PERMANENT_PUBLISH:
                refused.add(index)
        permanent = [e for _, e in failures if type(e).__name__ in _PERMANENT_PUBLISH]
        raise (permanent or [failures[0][1]])[0]

    async def _drop_txn_producer(self, tp: TopicPartition) -> None:
        old = self._txn.pop(tp, None)
        if old is not None:
            with contextlib.suppress(Exception):
                await old.stop()

    def _rewind(self, consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int) -> None:
        """Read `tp` again from `offset`, and drop its records already fetched behind it.

        The batch behind (processing, or waiting for this one) follows the rewound records:
        publishing it would commit past them.
        """
        self._drop({tp})
        if tp in consumer.assignment():
            with contextlib.suppress(Exception):
                consumer.seek(tp, offset)

    # ------------------------------------------------------------------ bookkeeping

    def _count(self, outputs: Sequence[OutRecord]) -> None:
        for o in outputs:
            self.metrics.produced.labels(o.topic).inc()
            if o.kind == "dead_letter":
                reason = (header(o.headers, "dlq_reason") or b"unknown").decode()
                self.metrics.dead_letters.labels(reason).inc()
                log.warning(
                    "item dead-lettered",
                    extra={
                        "reason": reason,
                        "source_partition": (header(o.headers, "dlq_source_partition") or b"").decode(),
                        "source_offset": (header(o.headers, "dlq_source_offset") or b"").decode(),
                    },
                )

    def _update_lag(self, consumer: AIOKafkaConsumer, per_tp: dict[TopicPartition, Any]) -> None:
        for tp in per_tp:
            with contextlib.suppress(Exception):
                high = consumer.highwater(tp)
                if high is not None:
                    self.metrics.lag.labels(f"{tp.topic}-{tp.partition}").set(
                        max(0, high - per_tp[tp][-1][0].offset - 1)
                    )


def _with_limits(options: PipelineOptions, settings: Settings) -> PipelineOptions:
    from dataclasses import replace

    from consumer.parse import ParseLimits

    return replace(options, limits=ParseLimits(max_bytes=settings.max_item_bytes))


def _content_type(headers: Sequence[tuple[str, bytes]] | None) -> str | None:
    raw = header(headers or (), "content-type")
    return raw.decode("latin-1") if raw else None


def _source(tp: TopicPartition, rec: Any) -> SourceRecord:
    return SourceRecord(
        topic=tp.topic,
        partition=tp.partition,
        offset=rec.offset,
        timestamp_ms=rec.timestamp,
        headers=list(rec.headers or ()),
        value=rec.value or b"",
        key=rec.key,
    )


def _ts(ms: int | None) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC) if ms is not None else None


def _names(tps: set[TopicPartition]) -> list[str]:
    return sorted(f"{tp.topic}-{tp.partition}" for tp in tps)
