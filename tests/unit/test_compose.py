"""docker-compose.yml cannot run here (no Docker engine): check its structure instead."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_kafka_service_is_single_node_kraft_with_healthcheck() -> None:
    kafka = _compose()["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:4.")
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"] == "1"
    assert env["KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"] == "1"
    assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "1"
    assert "CONTROLLER" in env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    assert kafka["healthcheck"]["test"]
    # every advertised listener is declared
    names = {item.split("://")[0] for item in env["KAFKA_LISTENERS"].split(",")}
    for adv in env["KAFKA_ADVERTISED_LISTENERS"].split(","):
        assert adv.split("://")[0] in names


def test_worker_is_built_here_and_waits_for_a_healthy_broker() -> None:
    compose = _compose()
    worker = compose["services"]["worker"]
    assert worker["build"] == "."
    assert (ROOT / "Dockerfile").exists()
    assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"
    env = worker["environment"]
    host, _, port = env["KAFKA_BOOTSTRAP_SERVERS"].partition(":")
    assert host == "kafka"
    kafka_env = compose["services"]["kafka"]["environment"]
    assert f"kafka:{port}" in kafka_env["KAFKA_ADVERTISED_LISTENERS"]
    # Every WIRE_* variable names a real setting.
    from consumer.config import Settings

    fields = {f"WIRE_{name.upper()}" for name in Settings.model_fields}
    for key in env:
        assert key == "KAFKA_BOOTSTRAP_SERVERS" or key in fields, key
