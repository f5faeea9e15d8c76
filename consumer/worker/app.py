"""The worker: wiring, start, the stream loop, stop (`service.serve` runs it as a process).

The parts, each with one job (modelled on Quix Streams' checkpointing and processing
context, and FastStream's broker / subscriber / publisher split):

  * `inflight.InFlight`      batches fetched and not yet publishing; revokes and rewinds drop from them
  * `ordering.InOrder`       processing runs ahead, publishing goes strictly in fetch order;
                             its depth limit is the backpressure
  * `checkpoint.*`           deliver a batch's outcomes, then commit (at-least-once, exactly-once)
  * `producers.*`            the shared idempotent producer; the per-partition transactional ones
  * `rebalance.RebalanceListener`  drop revoked partitions, wait for the batch publishing now
  * `executor.Executor`      the process pool with the per-item time limit
  * `retry.Retry`, `errors.classify`  transient broker errors retried without limit

Shutdown: stop fetching, process the batches in hand, publish and commit them in order,
close. An error or a kill abandons what is in flight uncommitted: it is delivered again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from functools import partial
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

from consumer.config import Settings
from consumer.pipeline import Outcome, PipelineOptions, RawItem
from consumer.publish import Topics
from consumer.worker.checkpoint import Checkpoint
from consumer.worker.checkpoint.at_least_once import AtLeastOnce
from consumer.worker.checkpoint.exactly_once import ExactlyOnce
from consumer.worker.checkpoint.records import Outputs, content_type
from consumer.worker.clients import consumer_kwargs, security_failure
from consumer.worker.errors import is_transient, stop_quietly
from consumer.worker.executor import Executor
from consumer.worker.inflight import Batch, InFlight, PerPartition, names
from consumer.worker.metrics import Metrics
from consumer.worker.ordering import InOrder
from consumer.worker.producers import ProducerFactory, SharedProducer, TransactionalProducers
from consumer.worker.rebalance import RebalanceListener
from consumer.worker.retry import Retry
from consumer.worker.tracing import RecordTracer
from consumer.worker.tracing import build as build_tracer

log = logging.getLogger("consumer.worker")


class BrokerUnavailable(RuntimeError):
    """The broker could not be reached within the configured start-up time."""


def pipeline_options(settings: Settings) -> PipelineOptions:
    from consumer.parse import ParseLimits

    limits = ParseLimits(max_bytes=settings.max_item_bytes, default_timezone=settings.default_tz)
    return PipelineOptions(enrich=settings.enrich, spacy_model=settings.spacy_model, limits=limits)


class Worker:
    def __init__(
        self,
        settings: Settings,
        metrics: Metrics | None = None,
        *,
        executor: Executor | None = None,
        producer_factory: ProducerFactory = AIOKafkaProducer,
        tracer: RecordTracer | None = None,
    ) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()
        # Spans per record when tracing is on (WIRE_OTEL, OTEL_EXPORTER_OTLP_ENDPOINT) and the
        # extra `otel` is installed; None otherwise, and then nothing of OpenTelemetry is imported.
        self.tracer = tracer if tracer is not None else build_tracer(settings)
        pool = settings.resolved_pool_size()
        self.executor = executor or Executor(pipeline_options(settings), pool, settings.item_timeout_s)
        self._producer_factory = producer_factory
        self.retry = Retry(settings.retry_backoff_initial_s, settings.retry_backoff_max_s, self.metrics)
        self.inflight = InFlight()
        # Unpublished batches at most: with a pool, several batches are processed at once (so a
        # long item does not hold up the ones behind it) and published in fetch order.
        self.ordering = InOrder(max(2, pool + 1), self.metrics)
        self.checkpoint = self._checkpoint()
        self._publish_lock = asyncio.Lock()  # held by the publish stage and by the revoke listener
        self.listener = RebalanceListener(self.inflight, self._publish_lock, self.checkpoint, self.metrics)
        self._consumer: AIOKafkaConsumer | None = None
        self._stop = asyncio.Event()
        self.broker_ok = False
        self._progress_at: float | None = None  # monotonic; set while run() is running
        self._processing = 0  # items in the pool now: time they may take is not a stall

    def _checkpoint(self) -> Checkpoint:
        s = self.settings
        outputs = Outputs(
            Topics(s.articles_topic, s.indicators_topic, s.quotes_topic, s.dlq_topic),
            s.ce_source,
            self.metrics,
            self.tracer,
        )
        if s.delivery == "exactly-once":
            producers = TransactionalProducers(s, self._producer_factory)
            return ExactlyOnce(producers, outputs, self.retry, self.inflight, s.group_id)
        return AtLeastOnce(SharedProducer(s, self.retry, self._producer_factory), outputs, self.retry)

    # ------------------------------------------------------------------ public state

    @property
    def stop_event(self) -> asyncio.Event:
        return self._stop

    @property
    def consumed(self) -> float:
        """Raw items read from the input topic so far."""
        return self.metrics.consumed_count()

    def ready(self) -> bool:
        """Joined the group (with or without partitions: an idle replica, or one in the middle
        of a rebalance, is ready) and the broker answering."""
        return self.broker_ok and self.listener.joined

    def alive(self) -> bool:
        """False once the stream loop has made no progress (a fetch returned, a batch was
        processed or published, a broker call was retried) for `liveness_stall_s`: a stalled
        loop is restarted. Alive while starting and stopping (those have their own time limits).

        Items in the pool may legitimately take long: each has its time limit, and a chunk over
        its limit is redone one item at a time, so n items take at most 2 n limits. That much is
        added to the allowance while items are being processed, so a flood of slow items is not
        mistaken for a stall (a restart would only meet the same items again)."""
        stall_s, since = self.settings.liveness_stall_s, self._progress_at
        if not stall_s or since is None:
            return True
        last = max(since, self.retry.last_retry or since)
        allowance = stall_s + 2 * self.settings.item_timeout_s * self._processing
        return time.monotonic() - last < allowance

    def _progress(self) -> None:
        self._progress_at = time.monotonic()

    def request_stop(self) -> None:
        self._stop.set()

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        await self.executor.start()
        deadline = time.monotonic() + self.settings.connect_timeout_s
        try:
            await self.retry.call(
                "connect", self._connect, retry_on=lambda exc: isinstance(exc, KafkaError), deadline=deadline
            )
        except KafkaError as exc:
            raise BrokerUnavailable(
                f"cannot reach Kafka at {self.settings.bootstrap_servers} after "
                f"{self.settings.connect_timeout_s:g} s: {type(exc).__name__}: {exc}"
            ) from exc
        self.broker_ok = True

    async def _connect(self) -> None:
        try:
            await self.checkpoint.start()
            self._consumer = AIOKafkaConsumer(**consumer_kwargs(self.settings))
            await self._consumer.start()
        except KafkaError as exc:
            await self._close_clients()
            failure = await security_failure(self.settings)  # a wrong password or CA: no retry
            if failure is not None:
                raise BrokerUnavailable(failure) from exc
            raise
        self._consumer.subscribe([self.settings.input_topic], listener=self.listener)

    async def _close_clients(self) -> None:
        await self.checkpoint.close()
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            await stop_quietly(consumer, "consumer")

    async def run(self) -> None:
        """Consume until stopped; on stop, publish and commit what is in hand, then close."""
        assert self._consumer is not None
        consumer = self._consumer
        try:
            while not self._stop.is_set():
                self._progress()
                await self.ordering.reap()  # a failed publish stops the loop even while idle
                records = await self._fetch(consumer)
                if records:
                    await self.handle(consumer, records)
            self._progress_at = None
            await self.ordering.drain()
        finally:
            self._progress_at = None
            self.inflight.clear()
            await self.ordering.abandon()
            await self.shutdown()

    async def shutdown(self) -> None:
        # aiokafka does not call the revoke listener on stop(): run() has committed all it
        # had before returning (or abandoned it uncommitted on an error); close cleanly.
        await self._close_clients()
        self.executor.close()
        self.broker_ok = False
        if self.tracer is not None:
            self.tracer.shutdown()

    # ------------------------------------------------------------------ the stages

    async def _fetch(self, consumer: AIOKafkaConsumer) -> dict[TopicPartition, list[Any]]:
        try:
            records: dict[TopicPartition, list[Any]] = await consumer.getmany(
                timeout_ms=500, max_records=self.settings.batch_max_records
            )
        except KafkaError as exc:
            if not is_transient(exc):
                raise
            self.broker_ok = False
            self.metrics.retries.labels("fetch").inc()
            log.warning("fetch failed, retrying", extra={"error": type(exc).__name__})
            await asyncio.sleep(self.settings.retry_backoff_initial_s)
            return {}
        self.broker_ok = True
        return records

    async def handle(self, consumer: AIOKafkaConsumer, records: dict[TopicPartition, list[Any]]) -> None:
        """A fetched batch: admitted at once (no await between the fetch and this, see inflight),
        processed from now on, published after the batches before it. Waits while `depth`
        batches are unpublished."""
        batch = self.inflight.admit(records)
        if self.tracer is not None:
            self.tracer.fetched(batch)
        self.metrics.consumed.inc(len(batch))
        self.metrics.batch_size.observe(len(batch))
        self.metrics.in_flight.inc(len(batch))
        await self.ordering.submit(self._process(batch), partial(self._publish, consumer, batch))

    async def _process(self, batch: Batch) -> list[Outcome]:
        started = time.perf_counter()
        items = [RawItem(rec.value or b"", content_type(rec.headers)) for _, rec in batch.flat()]
        self._processing += len(items)
        try:
            outcomes = await self.executor.process(items)
        finally:
            self._processing -= len(items)
        self._progress()
        self.metrics.stage_seconds.labels("process").observe(time.perf_counter() - started)
        return outcomes

    async def _publish(self, consumer: AIOKafkaConsumer, batch: Batch, outcomes: list[Outcome]) -> None:
        """The publish stage: the batch's outputs acknowledged and its offsets committed."""
        try:
            async with self._publish_lock:
                self.inflight.take(batch)  # from here on the lock keeps revokes out
                publishable = self.inflight.publishable(batch, outcomes, consumer.assignment())
                if publishable.left_out:
                    log.info(
                        "processed records dropped: partitions revoked or rewound since the fetch",
                        extra={
                            "partitions": names(publishable.left_out),
                            "records": sum(publishable.left_out.values()),
                        },
                    )
                if not publishable.per_tp:
                    return
                started = time.perf_counter()
                await self._deliver(consumer, batch, publishable.per_tp)
                self.metrics.stage_seconds.labels("publish").observe(time.perf_counter() - started)
                self._update_lag(consumer, publishable.per_tp)
                self._progress()
        finally:
            self.metrics.in_flight.dec(len(batch))

    async def _deliver(self, consumer: AIOKafkaConsumer, batch: Batch, per_tp: PerPartition[Outcome]) -> None:
        if self.tracer is None:
            await self.checkpoint.deliver(consumer, per_tp)
            return
        self.tracer.begin(batch, per_tp)
        try:
            await self.checkpoint.deliver(consumer, per_tp)
        except BaseException as exc:
            self.tracer.end(exc)
            raise
        self.tracer.end(None)

    def _update_lag(self, consumer: AIOKafkaConsumer, per_tp: PerPartition[Outcome]) -> None:
        assignment = consumer.assignment()
        for tp, pairs in per_tp.items():
            high = consumer.highwater(tp) if tp in assignment else None
            if high is not None:
                lag = max(0, high - pairs[-1][0].offset - 1)
                self.metrics.lag.labels(f"{tp.topic}-{tp.partition}").set(lag)
