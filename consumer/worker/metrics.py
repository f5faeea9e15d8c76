"""Prometheus metrics of the worker, in their own registry so tests can read them."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.consumed = Counter("wire_items_consumed", "Raw items read from the input topic", registry=r)
        self.produced = Counter(
            "wire_events_produced", "Events acknowledged by the broker", ["topic"], registry=r
        )
        self.dead_letters = Counter(
            "wire_dead_letters", "Items sent to the dead-letter topic", ["reason"], registry=r
        )
        self.stage_seconds = Histogram(
            "wire_stage_seconds",
            "Processing time per stage and batch",
            ["stage"],
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=r,
        )
        self.batch_size = Histogram(
            "wire_batch_size",
            "Records per fetched batch",
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512),
            registry=r,
        )
        self.lag = Gauge(
            "wire_consumer_lag", "High watermark minus committed offset", ["partition"], registry=r
        )
        self.in_flight = Gauge("wire_in_flight_items", "Items fetched but not yet committed", registry=r)
        self.retries = Counter(
            "wire_transient_retries", "Retries after transient broker errors", ["op"], registry=r
        )
        self.commits = Counter("wire_commits", "Offset commits (or committed transactions)", registry=r)
        self.assigned = Gauge("wire_assigned_partitions", "Partitions assigned to this worker", registry=r)

    def consumed_count(self) -> float:
        """Raw items read so far (through the registry: prometheus_client's public read path)."""
        return self.registry.get_sample_value("wire_items_consumed_total") or 0.0
