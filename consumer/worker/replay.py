"""`wire-consumer replay-dlq`: send dead letters back to the input topic, filtered by reason and time.

A dead letter (``consumer.publish.dead_letter``) is the input record's own value, key and headers
plus ``dlq_*`` headers saying why. Replaying one sends the value, the key and the headers without
the ``dlq_*`` ones to the input topic, where the worker reads it as new: the same input makes the
same event ids, so downstream can deduplicate an item that is published twice.

What is read: every partition of the dead-letter topic, from the first offset (or, with
``since``, from the first offset at or after that time), up to its end as it was when the
replay started, so the dead letters of replayed items that fail again are not read again in the
same run. Readers use ``read_committed``: in exactly-once mode dead letters are written in
transactions. Time filters apply to the dead letter's own timestamp: when it was dead-lettered.

No consumer group is used and no offset is committed: a replay is a one-off read.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from consumer.config import Settings
from consumer.publish import DLQ_PREFIX, Headers, header
from consumer.worker.clients import common_kwargs, producer_kwargs

log = logging.getLogger("consumer.replay")


@dataclass(frozen=True)
class ReplayFilter:
    """Which dead letters to replay: any of `reasons` (all if empty), dead-lettered in [since, until)."""

    reasons: frozenset[str] = frozenset()
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def matches(self, headers: Headers, timestamp_ms: int | None) -> bool:
        if self.reasons:
            reason = header(headers, "dlq_reason")
            if reason is None or reason.decode("utf-8", "replace") not in self.reasons:
                return False
        if self.since is None and self.until is None:
            return True
        if timestamp_ms is None:
            return False
        if self.since is not None and timestamp_ms < _ms(self.since):
            return False
        return self.until is None or timestamp_ms < _ms(self.until)


@dataclass
class ReplayReport:
    read: int = 0
    replayed: int = 0
    by_reason: Counter[str] = field(default_factory=Counter)  # replayed (or, dry run, would be)

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "replayed": self.replayed,
            "by_reason": dict(sorted(self.by_reason.items())),
        }


def original_headers(headers: Headers) -> Headers:
    """The input record's headers: the dead letter's, less the ones the dead letter added."""
    return [(k, v) for k, v in headers if not k.startswith(DLQ_PREFIX)]


def parse_time(text: str) -> dt.datetime:
    """An ISO 8601 time (``2026-12-02T08:00:00Z``, ``2026-12-02``); without a zone, UTC."""
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _ms(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


async def replay_dlq(
    settings: Settings,
    selection: ReplayFilter,
    *,
    target: str | None = None,
    dry_run: bool = False,
) -> ReplayReport:
    """Replay the matching dead letters of `settings.dlq_topic` to `target` (the input topic)."""
    target = target or settings.input_topic
    consumer = AIOKafkaConsumer(
        **common_kwargs(settings),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        max_partition_fetch_bytes=settings.max_partition_fetch_bytes,
    )
    producer = None if dry_run else AIOKafkaProducer(**producer_kwargs(settings))
    report = ReplayReport()
    await consumer.start()
    try:
        if producer is not None:
            await producer.start()
        ends = await _assign(consumer, settings, selection.since)
        await _read_until(consumer, ends, selection, producer, target, report)
    finally:
        if producer is not None:
            await producer.stop()  # flushes: every replayed record is acknowledged (acks=all)
        await consumer.stop()
    log.info("dead letters replayed", extra={"target": target, "dry_run": dry_run, **report.as_dict()})
    return report


async def _assign(
    consumer: AIOKafkaConsumer, settings: Settings, since: dt.datetime | None
) -> dict[TopicPartition, int]:
    """Assign every partition; returns each one's end offset now (what this run reads up to)."""
    partitions = await _partitions(settings, settings.dlq_topic)
    if not partitions:
        return {}
    consumer.assign(partitions)
    ends: dict[TopicPartition, int] = await consumer.end_offsets(partitions)
    starts: dict[TopicPartition, Any] = {}
    if since is not None:
        starts = await consumer.offsets_for_times({tp: _ms(since) for tp in partitions})
    for tp in partitions:
        found = starts.get(tp)
        if found is not None:
            consumer.seek(tp, found.offset)
        elif since is not None:
            consumer.seek(tp, ends[tp])  # nothing that recent: nothing to read here
        else:
            await consumer.seek_to_beginning(tp)
    return ends


async def _partitions(settings: Settings, topic: str) -> list[TopicPartition]:
    """The topic's partitions, from the admin client (a consumer knows only what it reads);
    none if the topic does not exist (it is not created by asking)."""
    admin = AIOKafkaAdminClient(**common_kwargs(settings))
    await admin.start()
    try:
        if topic not in await admin.list_topics():
            return []
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    ids = {p["partition"] for t in described if t["topic"] == topic for p in t["partitions"]}
    return [TopicPartition(topic, p) for p in sorted(ids)]


async def _read_until(
    consumer: AIOKafkaConsumer,
    ends: dict[TopicPartition, int],
    selection: ReplayFilter,
    producer: AIOKafkaProducer | None,
    target: str,
    report: ReplayReport,
) -> None:
    pending = {tp for tp, end in ends.items() if await consumer.position(tp) < end}
    futures: list[Any] = []
    while pending:
        batch = await consumer.getmany(*pending, timeout_ms=500)
        for tp, records in batch.items():
            for rec in records:
                if rec.offset >= ends[tp]:
                    break
                report.read += 1
                headers: Headers = list(rec.headers or ())
                if not selection.matches(headers, rec.timestamp):
                    continue
                report.replayed += 1
                report.by_reason[
                    (header(headers, "dlq_reason") or b"unknown").decode("utf-8", "replace")
                ] += 1
                if producer is not None:
                    futures.append(
                        await producer.send(
                            target, rec.value or b"", key=rec.key, headers=original_headers(headers)
                        )
                    )
        pending = {tp for tp in pending if await consumer.position(tp) < ends[tp]}
    for future in futures:
        await future  # an unacknowledged replay fails the command
