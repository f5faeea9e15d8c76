"""Fixtures of the fault-injection suite: a private broker that a test may stop and restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.helpers import PrivateBroker, no_broker


@pytest.fixture
def private_broker(tmp_path: Path) -> Iterator[PrivateBroker]:
    """A single-node broker of this test's own (never the shared session broker); purged at teardown."""
    if not PrivateBroker.available():
        no_broker("java and mvn are needed for a private scripts/kafka-local broker")
    broker = PrivateBroker(tmp_path / "kafka")
    try:
        broker.start()
    except Exception as exc:
        broker.stop(purge=True)
        no_broker(str(exc))
    try:
        yield broker
    finally:
        broker.stop(purge=True)
