"""Repeated log lines (aiokafka's retry loop during a broker outage) are rate-limited."""

from __future__ import annotations

import logging

from consumer.worker.logs import RateLimit


def _record(msg: str, created: float) -> logging.LogRecord:
    record = logging.LogRecord("aiokafka", logging.WARNING, "x", 1, msg, None, None)
    record.created = created
    return record


def test_bursts_pass_then_repeats_are_suppressed_and_counted() -> None:
    limit = RateLimit(burst=3, window=10.0)
    passed = [limit.filter(_record("Unable connect to node %s", 100.0 + i * 0.01)) for i in range(1000)]
    assert sum(passed) == 3
    summary = _record("Unable connect to node %s", 111.0)
    assert limit.filter(summary)
    assert "997 similar messages suppressed" in str(summary.msg)


def test_distinct_messages_are_not_limited_by_each_other() -> None:
    limit = RateLimit(burst=1, window=10.0)
    assert limit.filter(_record("a", 1.0))
    assert limit.filter(_record("b", 1.0))
    assert not limit.filter(_record("a", 2.0))
