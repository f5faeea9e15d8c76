"""Counting helpers for tests against the real broker: topics, produce, collect, worker processes."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

ROOT = Path(__file__).resolve().parents[2]


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def create_topics(bootstrap: str, names: Sequence[str], partitions: int = 1, **configs: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [
                NewTopic(n, num_partitions=partitions, replication_factor=1, topic_configs=dict(configs))
                for n in names
            ]
        )
    finally:
        await admin.close()


async def produce(
    bootstrap: str,
    topic: str,
    values: Sequence[bytes],
    headers: Sequence[Sequence[tuple[str, bytes]]] | None = None,
    keys: Sequence[bytes | None] | None = None,
) -> None:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        max_request_size=64 * 1024 * 1024,
    )
    await producer.start()
    try:
        futures = []
        for i, value in enumerate(values):
            h = list(headers[i]) if headers else []
            k = keys[i] if keys else None
            futures.append(await producer.send(topic, value, key=k, headers=h))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def topic_reader(bootstrap: str, topic: str, read_committed: bool = True) -> AIOKafkaConsumer:
    """A group-less reader from the earliest offset, sized for the largest test records."""
    return AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed" if read_committed else "read_uncommitted",
        max_partition_fetch_bytes=64 * 1024 * 1024,
        fetch_max_bytes=128 * 1024 * 1024,
    )


async def collect(
    bootstrap: str,
    topic: str,
    expected: int,
    timeout: float = 60.0,
    read_committed: bool = True,
    settle: float = 0.0,
) -> list[Any]:
    """Read from the beginning until `expected` records (then `settle` more seconds) or timeout."""
    consumer = topic_reader(bootstrap, topic, read_committed)
    await consumer.start()
    out: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        settle_until: float | None = None
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=300)
            for recs in batch.values():
                out.extend(recs)
            if len(out) >= expected and settle_until is None:
                settle_until = time.monotonic() + settle
            if settle_until is not None and time.monotonic() >= settle_until:
                break
    finally:
        await consumer.stop()
    return out


async def committed(bootstrap: str, group: str, topic: str, partitions: int = 1) -> dict[int, int | None]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        return {p: await consumer.committed(TopicPartition(topic, p)) for p in range(partitions)}
    finally:
        await consumer.stop()


def header(record: Any, name: str) -> bytes | None:
    for k, v in record.headers or ():
        if k == name:
            return bytes(v)
    return None


@dataclass
class WorkerProcess:
    """`python -m consumer run` as a real child process, so it can be killed like in production."""

    bootstrap: str
    topics: dict[str, str]
    group: str
    extra_args: Sequence[str] = ()
    env: dict[str, str] | None = None
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    def start(self) -> WorkerProcess:
        args = [
            sys.executable,
            "-m",
            "consumer",
            "run",
            "--bootstrap-servers",
            self.bootstrap,
            "--input-topic",
            self.topics["input"],
            "--articles-topic",
            self.topics["articles"],
            "--indicators-topic",
            self.topics["indicators"],
            "--quotes-topic",
            self.topics["quotes"],
            "--dlq-topic",
            self.topics["dlq"],
            "--group-id",
            self.group,
            "--http-port",
            "0",
            *self.extra_args,
        ]
        env = dict(os.environ)
        env.update(self.env or {})
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"{self.group}-{uuid.uuid4().hex[:6]}.log"
        log = self.log_path.open("wb")
        self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        return self

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(30)

    def terminate(self, timeout: float = 60) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path else ""

    def __enter__(self) -> WorkerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.kill()


def topic_set(prefix: str) -> dict[str, str]:
    base = unique(prefix)
    return {
        "input": f"{base}.raw",
        "articles": f"{base}.articles",
        "indicators": f"{base}.indicators",
        "quotes": f"{base}.quotes",
        "dlq": f"{base}.dlq",
    }
