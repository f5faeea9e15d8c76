"""Checkpoints with no broker: a refused record is isolated and dead-lettered (at-least-once);
a refused batch aborts its transaction and its offsets are never committed (exactly-once)."""

from __future__ import annotations

from typing import Any

import pytest
from aiokafka import TopicPartition
from aiokafka.errors import MessageSizeTooLargeError, ProducerFenced

from consumer.pipeline import Outcome
from consumer.worker.checkpoint.at_least_once import AtLeastOnce
from consumer.worker.checkpoint.exactly_once import ExactlyOnce
from consumer.worker.inflight import InFlight
from consumer.worker.metrics import Metrics
from consumer.worker.producers import SharedProducer, TransactionalProducers
from tests.unit.worker_fakes import OK, TOPICS, FakeBroker, FakeOutputs, failed, record, retry, settings, tp


def _pairs(partition: int, offsets: range, outcome: Outcome = OK) -> list[tuple[Any, Outcome]]:
    return [(record(partition, o), outcome) for o in offsets]


def _alo(broker: FakeBroker) -> tuple[AtLeastOnce, Metrics]:
    metrics = Metrics()
    producer = SharedProducer(settings(), retry(metrics), broker.producer)
    return AtLeastOnce(producer, FakeOutputs(metrics), retry(metrics)), metrics


def _eos(broker: FakeBroker, inflight: InFlight | None = None) -> tuple[ExactlyOnce, Metrics]:
    metrics = Metrics()
    producers = TransactionalProducers(settings(delivery="exactly-once"), broker.producer)
    checkpoint = ExactlyOnce(producers, FakeOutputs(metrics), retry(metrics), inflight or InFlight(), "g")
    return checkpoint, metrics


def _dead(metrics: Metrics, reason: str) -> float:
    return metrics.registry.get_sample_value("wire_dead_letters_total", {"reason": reason}) or 0.0


# ---------------------------------------------------------------------- at-least-once


async def test_at_least_once_isolates_a_refused_record() -> None:
    broker = FakeBroker(refuse={b"p0o1"})
    checkpoint, metrics = _alo(broker)
    consumer = broker.consumer({tp(0), tp(1)})
    await checkpoint.deliver(consumer, {tp(0): _pairs(0, range(3)), tp(1): _pairs(1, range(2))})
    assert broker.values(TOPICS.articles) == [b"p0o0", b"p0o2", b"p1o0", b"p1o1"]
    assert broker.values(TOPICS.dlq) == [b"p0o1"]
    (dead,) = [headers for topic, _, headers in broker.acked if topic == TOPICS.dlq]
    assert dead["dlq_reason"] == b"output_rejected"
    assert broker.commit_log == [{tp(0): 3, tp(1): 2}]  # one commit, after every ack
    # A refusal breaks the producer's sequence numbers: a fresh one after the fast path, and
    # another after the record's own refusal, for its dead letter.
    assert len(broker.producers) == 3
    assert _dead(metrics, "output_rejected") == 1


async def test_at_least_once_stops_when_even_the_dead_letter_is_refused() -> None:
    broker = FakeBroker(refuse={b"p0o1"})
    broker.refuse_everywhere = True
    checkpoint, _ = _alo(broker)
    consumer = broker.consumer({tp(0)})
    with pytest.raises(MessageSizeTooLargeError):
        await checkpoint.deliver(consumer, {tp(0): _pairs(0, range(1, 2), failed())})
    assert broker.commit_log == []


async def test_at_least_once_commits_only_partitions_still_assigned() -> None:
    broker = FakeBroker()
    checkpoint, _ = _alo(broker)
    consumer = broker.consumer({tp(1)})
    await checkpoint.deliver(consumer, {tp(0): _pairs(0, range(2)), tp(1): _pairs(1, range(2))})
    assert broker.commit_log == [{tp(1): 2}]


# ---------------------------------------------------------------------- exactly-once


async def test_exactly_once_aborts_a_refused_batch_and_never_commits_its_offsets() -> None:
    broker = FakeBroker(refuse={b"p0o1", b"p0o2"})  # two items in the refused batch: isolate
    checkpoint, metrics = _eos(broker)
    consumer = broker.consumer({tp(0)})
    await checkpoint.deliver(consumer, {tp(0): _pairs(0, range(4))})
    assert broker.aborted >= 2  # the first try, and the isolating one that found p0o1
    assert broker.commit_log == [{tp(0): 4}]  # committed once, by the transaction that took
    assert broker.values(TOPICS.articles) == [b"p0o0", b"p0o3"]
    assert broker.values(TOPICS.dlq) == [b"p0o1", b"p0o2"]
    assert _dead(metrics, "output_rejected") == 2


async def test_exactly_once_a_refused_dead_letter_stops_with_nothing_committed() -> None:
    broker = FakeBroker(refuse={b"p0o0"})
    broker.refuse_everywhere = True
    checkpoint, _ = _eos(broker)
    consumer = broker.consumer({tp(0)})
    with pytest.raises(MessageSizeTooLargeError):
        await checkpoint.deliver(consumer, {tp(0): _pairs(0, range(2))})
    assert broker.commit_log == [] and broker.acked == []


async def test_exactly_once_fenced_rewinds_and_drops_what_follows() -> None:
    broker = FakeBroker()
    inflight = InFlight()
    checkpoint, _ = _eos(broker, inflight)
    consumer = broker.consumer({tp(0)})
    behind = inflight.admit({tp(0): [record(0, 5)]})
    producer = await checkpoint.producers.get(tp(0))
    producer.send_offsets_to_transaction.side_effect = ProducerFenced()
    await checkpoint.deliver(consumer, {tp(0): _pairs(0, range(2, 5))})
    consumer.seek.assert_called_once_with(tp(0), 2)
    assert behind.dropped == {tp(0)}
    assert broker.commit_log == [] and broker.acked == []


async def test_exactly_once_skips_a_partition_revoked_meanwhile() -> None:
    broker = FakeBroker()
    checkpoint, _ = _eos(broker)
    consumer = broker.consumer(set[TopicPartition]())
    await checkpoint.deliver(consumer, {tp(0): _pairs(0, range(2))})
    assert broker.commit_log == [] and broker.producers == []
