"""Shared fixtures: the real Kafka broker the integration tests talk to.

Order of preference: an address in WIRE_TEST_KAFKA; testcontainers when a Docker
engine answers; the project's own `scripts/kafka-local`. With none of them the
integration tests skip with the reason, except under CI=true, where that fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = FIXTURES / "xinhua-liaoning-recovery.txt"


def _docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _no_broker(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"no Kafka broker for the integration tests under CI: {reason}")
    pytest.skip(f"no Kafka broker: {reason}")


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    given = os.environ.get("WIRE_TEST_KAFKA")
    if given:
        yield given
        return
    if _docker_answers():
        from testcontainers.kafka import KafkaContainer

        container = (
            KafkaContainer("confluentinc/cp-kafka:7.6.0")
            .with_kraft()
            .with_env("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
            .with_env("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
        )
        with container:
            yield container.get_bootstrap_server()
        return
    script = ROOT / "scripts" / "kafka-local"
    if shutil.which("java") is None or shutil.which("mvn") is None:
        _no_broker("no WIRE_TEST_KAFKA, no Docker engine, and no java/mvn for scripts/kafka-local")
    status = subprocess.run([str(script), "status"], capture_output=True, text=True)
    started_here = status.returncode != 0
    proc = subprocess.run([str(script), "start"], capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        _no_broker(f"scripts/kafka-local start failed: {proc.stderr[-2000:]}")
    address = proc.stdout.strip().splitlines()[-1]
    try:
        yield address
    finally:
        if started_here:
            subprocess.run([str(script), "stop"], capture_output=True, timeout=120)
