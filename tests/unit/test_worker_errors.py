"""Classification of aiokafka errors (isinstance and `retriable`, never class names), the one
retry helper, and closing clients without silencing surprises."""

from __future__ import annotations

import logging
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka import errors as kafka
from tenacity import RetryCallState

from consumer.worker.errors import ErrorKind, classify, stop_quietly
from consumer.worker.metrics import Metrics
from consumer.worker.retry import JitteredBackoff
from tests.unit.worker_fakes import retry

TRANSIENT, REFUSED, FATAL = ErrorKind.TRANSIENT, ErrorKind.REFUSED, ErrorKind.FATAL

EXPECTED = {
    # transient: the broker is away, moving leaders, or slow
    "KafkaConnectionError": TRANSIENT,
    "KafkaTimeoutError": TRANSIENT,  # `retriable` unset in aiokafka, transient all the same
    "NodeNotReadyError": TRANSIENT,
    "RequestTimedOutError": TRANSIENT,
    "NotLeaderForPartitionError": TRANSIENT,
    "LeaderNotAvailableError": TRANSIENT,
    "NotEnoughReplicasError": TRANSIENT,
    "NotEnoughReplicasAfterAppendError": TRANSIENT,
    "CoordinatorNotAvailableError": TRANSIENT,  # an alias: __name__ is GroupCoordinatorNotAvailableError
    "NotCoordinatorError": TRANSIENT,  # an alias: __name__ is NotCoordinatorForGroupError
    "UnknownTopicOrPartitionError": TRANSIENT,
    "NoBrokersAvailable": TRANSIENT,
    "StaleMetadata": TRANSIENT,
    # refused: this output will never be taken
    "MessageSizeTooLargeError": REFUSED,
    "RecordTooLargeError": REFUSED,
    "RecordListTooLargeError": REFUSED,
    "InvalidTopicError": REFUSED,
    "CorruptRecordException": REFUSED,
    # fatal for the caller to decide
    "ProducerFenced": FATAL,
    "OutOfOrderSequenceNumber": FATAL,
    "CommitFailedError": FATAL,
    "IllegalStateError": FATAL,
    "TopicAuthorizationFailedError": FATAL,
    "SaslAuthenticationFailed": FATAL,
    "UnknownError": FATAL,
}


@pytest.mark.parametrize(("name", "kind"), sorted(EXPECTED.items(), key=lambda item: item[0]))
def test_classify_aiokafka_errors(name: str, kind: ErrorKind) -> None:
    assert classify(getattr(kafka, name)()) is kind


def test_errors_seen_in_a_fault_run_are_classified_as_recorded() -> None:
    """tests/unit/data/fault_errors.txt: the error classes a fault-suite run logged, and their kind."""
    path = Path(__file__).parent / "data" / "fault_errors.txt"
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind = line.split("#")[0].split()
        assert classify(getattr(kafka, name)()) is ErrorKind(kind), name


def test_classes_count_not_names() -> None:
    class Renamed(kafka.MessageSizeTooLargeError):
        pass

    impostor = type("MessageSizeTooLargeError", (kafka.KafkaError,), {})
    assert classify(Renamed()) is REFUSED
    assert classify(impostor()) is FATAL


def test_builtin_errors() -> None:
    assert classify(TimeoutError()) is TRANSIENT
    assert classify(ConnectionResetError()) is TRANSIENT
    assert classify(ValueError()) is FATAL


async def test_transient_errors_are_retried_past_any_library_default() -> None:
    metrics = Metrics()
    calls = 0

    async def flaky() -> str:
        nonlocal calls
        calls += 1
        if calls <= 60:  # tenacity gives up never; stamina's default would after 10
            raise kafka.KafkaConnectionError()
        return "done"

    assert await retry(metrics).call("commit", flaky) == "done"
    assert metrics.registry.get_sample_value("wire_transient_retries_total", {"op": "commit"}) == 60


async def test_other_errors_are_not_retried() -> None:
    calls = 0

    async def broken() -> None:
        nonlocal calls
        calls += 1
        raise kafka.ProducerFenced()

    with pytest.raises(kafka.ProducerFenced):
        await retry().call("commit", broken)
    assert calls == 1


async def test_a_deadline_stops_the_retries() -> None:
    async def down() -> None:
        raise kafka.KafkaConnectionError()

    with pytest.raises(kafka.KafkaConnectionError):
        await retry().call("connect", down, deadline=0.0)


def test_backoff_grows_with_jitter_up_to_the_maximum() -> None:
    wait = JitteredBackoff(0.5, 4.0)
    for attempt in range(1, 12):
        state = MagicMock(spec=RetryCallState)
        state.attempt_number = attempt
        ceiling = min(4.0, 0.5 * 2 ** (attempt - 1))
        delays = [wait(state) for _ in range(50)]
        assert all(0.25 <= d <= ceiling for d in delays)
    assert max(delays) > 2.0  # jitter spreads up to the ceiling


async def test_stopping_a_client_logs_surprises_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="consumer.worker")
    away = MagicMock(spec_set=AIOKafkaProducer)
    away.stop.side_effect = kafka.KafkaConnectionError()
    odd = MagicMock(spec_set=AIOKafkaProducer)
    odd.stop.side_effect = RuntimeError("odd")
    await stop_quietly(away, "producer")
    await stop_quietly(odd, "test-client")
    await stop_quietly(odd, "test-client")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0].exc_info is not None
    assert any(r.levelno == logging.DEBUG and r.getMessage() == "client stop failed" for r in caplog.records)
