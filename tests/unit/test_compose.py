"""docker-compose.yml cannot run here (no Docker engine): check it against the Compose
Specification's JSON Schema, and its structure."""

from __future__ import annotations

import copy
import importlib.resources
import json
from pathlib import Path
from typing import Any

import jsonschema
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _compose_spec() -> jsonschema.protocols.Validator:
    """The Compose Specification schema (draft 2020-12) that check-jsonschema ships, vendored
    from compose-spec/compose-spec with its licence (check_jsonschema/builtin_schemas/vendor)."""
    vendor = importlib.resources.files("check_jsonschema.builtin_schemas.vendor")
    assert (vendor / "licenses" / "LICENSE.compose-spec").is_file()
    schema = json.loads((vendor / "compose-spec.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_compose_file_is_valid_against_the_compose_specification() -> None:
    errors = sorted(_compose_spec().iter_errors(_compose()), key=lambda e: list(e.path))
    assert errors == [], "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def _mutated(edit: Any) -> dict:  # type: ignore[type-arg]
    doc = copy.deepcopy(_compose())
    edit(doc)
    return doc


def test_the_compose_schema_check_bites() -> None:
    validator = _compose_spec()
    bad = [
        _mutated(lambda d: d["services"]["worker"].update({"stop_grace": "45s"})),  # unknown key
        _mutated(lambda d: d["services"]["kafka"]["healthcheck"].update({"retries": [30]})),  # wrong type
        _mutated(lambda d: d["services"]["worker"].update({"ports": "127.0.0.1:8080:8080"})),  # not a list
        _mutated(lambda d: d["services"]["worker"]["depends_on"]["kafka"].update({"condition": "up"})),
    ]
    for doc in bad:
        assert not validator.is_valid(doc)


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
