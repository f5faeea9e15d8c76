"""Counting, memory and broker helpers for the fault-injection suite.

Every item a test sends embeds its number (``item number N``), so what comes out
is counted by number: distinct numbers received, duplicates, dead letters, and
numbers that never came out at all.
"""

from __future__ import annotations

import asyncio
import glob
import os
import re
import shutil
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from tests.integration.kafka_helpers import ROOT, header, topic_reader
from tests.integration.test_worker import wire_item

__all__ = ["ROOT", "wire_item"]

PARSE_ONLY = ["--no-enrich", "--pool-size", "0", "--batch-max-records", "100"]
_NUMBER = re.compile(rb"item number (\d+)")


def number_of(value: bytes | None) -> int | None:
    """The item number embedded in an input, an article event or a dead letter."""
    if not value:
        return None
    m = _NUMBER.search(value[:1_000_000]) or _NUMBER.search(value)
    return int(m.group(1)) if m else None


def long_item(n: int, size: int) -> bytes:
    """A valid wire item whose body is about `size` bytes (distinct paragraphs, so nothing is folded)."""
    head = wire_item(n)
    paras = []
    total = len(head)
    i = 0
    while total < size:
        p = (
            f"Paragraph {i} of item {n}: the provincial statistics bureau said industrial value "
            f"added rose in sector {i} as producers expanded capacity and exports recovered.\n\n"
        )
        paras.append(p)
        total += len(p)
        i += 1
    return head + "".join(paras).encode()


# ---------------------------------------------------------------------- counting


@dataclass
class Tally:
    """What came out for a set of numbered inputs."""

    name: str
    sent: int
    received: Counter[int] = field(default_factory=Counter)
    dead: Counter[int] = field(default_factory=Counter)
    dead_reasons: Counter[str] = field(default_factory=Counter)
    unnumbered_dead: int = 0

    def add_articles(self, records: Iterable[Any]) -> None:
        for r in records:
            n = number_of(r.value)
            assert n is not None, f"an article without an item number: {r.value[:200]!r}"
            self.received[n] += 1

    def add_dead(self, records: Iterable[Any]) -> None:
        for r in records:
            self.dead_reasons[(header(r, "dlq_reason") or b"?").decode()] += 1
            n = number_of(r.value)
            if n is None:
                self.unnumbered_dead += 1
            else:
                self.dead[n] += 1

    @property
    def distinct(self) -> int:
        return len(self.received)

    @property
    def duplicates(self) -> int:
        return sum(self.received.values()) - len(self.received)

    @property
    def dead_letters(self) -> int:
        return sum(self.dead.values()) + self.unnumbered_dead

    def missing(self, expected: Iterable[int]) -> list[int]:
        return sorted(n for n in expected if n not in self.received and n not in self.dead)

    def line(self, **extra: object) -> str:
        parts = [
            f"sent={self.sent}",
            f"received_distinct={self.distinct}",
            f"duplicates={self.duplicates}",
            f"dead_lettered={self.dead_letters}",
        ]
        if self.dead_reasons:
            parts.append("reasons=" + ",".join(f"{k}:{v}" for k, v in sorted(self.dead_reasons.items())))
        parts += [f"{k}={v}" for k, v in extra.items()]
        return f"FAULT-TALLY {self.name}: " + " ".join(parts)

    def report(self, **extra: object) -> None:
        line = self.line(**extra)
        print("\n" + line, flush=True)
        out = os.environ.get("WIRE_FAULTS_REPORT")
        if out:
            with open(out, "a", encoding="utf-8") as f:
                f.write(line + "\n")


# ---------------------------------------------------------------------- broker


async def produce_many(
    bootstrap: str,
    topic: str,
    values: Sequence[bytes],
    keys: Sequence[bytes | None] | None = None,
    headers: Sequence[Sequence[tuple[str, bytes]]] | None = None,
    max_request_size: int = 64 * 1024 * 1024,
) -> None:
    """Produce in chunks, so 20,000 futures or a 50 MB value never pile up in this process."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        max_request_size=max_request_size,
        request_timeout_ms=120_000,
    )
    await producer.start()
    try:
        futures: list[asyncio.Future[Any]] = []
        for i, value in enumerate(values):
            k = keys[i] if keys else None
            h = list(headers[i]) if headers else []
            futures.append(await producer.send(topic, value, key=k, headers=h))
            if len(futures) >= 1000 or len(value) > 1_000_000:
                await asyncio.gather(*futures)
                futures.clear()
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def end_offsets(bootstrap: str, topic: str, partitions: int) -> int:
    """Sum of the partitions' end offsets (uncommitted records and txn markers included): cheap progress."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, request_timeout_ms=10_000)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        ends = await consumer.end_offsets(tps)
        return int(sum(ends.values()))
    finally:
        await consumer.stop()


async def wait_end_offsets(
    bootstrap: str, topic: str, partitions: int, at_least: int, timeout: float, alive: Any = None
) -> int:
    deadline = time.monotonic() + timeout
    last = 0
    while time.monotonic() < deadline:
        try:
            last = await end_offsets(bootstrap, topic, partitions)
        except Exception:  # the broker may be down on purpose
            last = last
        if last >= at_least:
            return last
        if alive is not None and not alive():
            raise AssertionError("the worker exited while waiting for output")
        await asyncio.sleep(0.5)
    raise AssertionError(f"{topic}: end offsets {last} < {at_least} after {timeout} s")


async def read_all(
    bootstrap: str,
    topic: str,
    *,
    until: Any = None,
    timeout: float = 120.0,
    quiet: float = 3.0,
    read_committed: bool = True,
) -> list[Any]:
    """Read a topic from the beginning until `until(records)` is true and nothing new came for `quiet` s."""
    consumer = topic_reader(bootstrap, topic, read_committed)
    await consumer.start()
    out: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        last_new = time.monotonic()
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=300)
            for recs in batch.values():
                out.extend(recs)
                if recs:
                    last_new = time.monotonic()
            done = until(out) if until is not None else True
            if done and time.monotonic() - last_new >= quiet:
                break
    finally:
        await consumer.stop()
    return out


def no_broker(reason: str) -> None:
    import pytest

    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"fault suite under CI: {reason}")
    pytest.skip(reason)


class PrivateBroker:
    """A `scripts/kafka-local` broker of one test's own, which the test may stop and restart."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.script = ROOT / "scripts" / "kafka-local"
        self.env = dict(os.environ, KAFKA_LOCAL_DIR=str(state_dir))
        self.address = ""

    def _run(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.script), *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )

    def start(self) -> str:
        proc = self._run("start")
        if proc.returncode != 0:
            raise RuntimeError(f"kafka-local start failed: {proc.stderr[-2000:]}")
        self.address = proc.stdout.strip().splitlines()[-1]
        return self.address

    def stop(self, purge: bool = False) -> None:
        self._run("stop", *(["--purge"] if purge else []), timeout=180)

    @staticmethod
    def available() -> bool:
        return shutil.which("java") is not None and shutil.which("mvn") is not None


def kafka_classpath() -> str | None:
    """The broker's classpath resolved by scripts/kafka-local (for kafka.admin.ConfigCommand), if any."""
    base = os.environ.get("KAFKA_LOCAL_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.environ.get("HOME", "/tmp"), ".cache"),
        "kafka-local",
    )
    version = os.environ.get("KAFKA_VERSION", "4.1.1")
    for path in sorted(glob.glob(os.path.join(base, f"kafka_*-{version}-*", "classpath.txt"))):
        text = Path(path).read_text().strip()
        if text and shutil.which("java"):
            return text
    return None


def set_producer_quota(bootstrap: str, client_id: str, bytes_per_s: int) -> bool:
    """Throttle one client id's produce bandwidth on the broker; False when no Kafka tools are at hand."""
    cp = kafka_classpath()
    if cp is None:
        return False
    proc = subprocess.run(
        [
            "java",
            "-Xmx128m",
            "-cp",
            cp,
            "kafka.admin.ConfigCommand",
            "--bootstrap-server",
            bootstrap,
            "--alter",
            "--add-config",
            f"producer_byte_rate={bytes_per_s}",
            "--entity-type",
            "clients",
            "--entity-name",
            client_id,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.returncode == 0


# ---------------------------------------------------------------------- memory


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class RssSampler:
    """Samples a process's resident set size every `interval` seconds in a thread."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        self.pid = pid
        self.interval = interval
        self.samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._t0 = time.monotonic()

    def _loop(self) -> None:
        while not self._stop.is_set():
            mb = rss_mb(self.pid)
            if mb is None:
                return
            self.samples.append((time.monotonic() - self._t0, mb))
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def mark(self) -> float:
        return time.monotonic() - self._t0

    def peak(self, since: float = 0.0) -> float:
        values = [mb for t, mb in self.samples if t >= since]
        return max(values) if values else 0.0

    def at(self, t: float) -> float:
        before = [mb for ts, mb in self.samples if ts <= t]
        return before[-1] if before else (self.samples[0][1] if self.samples else 0.0)


def until_distinct(expected: int) -> Any:
    """A `read_all` stop condition: `expected` distinct item numbers seen (checked incrementally)."""
    seen: set[int] = set()
    checked = 0

    def done(records: list[Any]) -> bool:
        nonlocal checked
        for r in records[checked:]:
            n = number_of(r.value)
            if n is not None:
                seen.add(n)
        checked = len(records)
        return len(seen) >= expected

    return done
