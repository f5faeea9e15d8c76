"""Settings come from WIRE_* variables (KAFKA_BOOTSTRAP_SERVERS for the broker) and flags win."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from consumer.cli import _settings, build_parser
from consumer.config import Settings


def test_defaults_are_safe() -> None:
    s = Settings()
    assert s.delivery == "at-least-once"
    assert s.http_host == "127.0.0.1"
    assert (s.input_topic, s.articles_topic, s.indicators_topic, s.dlq_topic) == (
        "wire.raw",
        "wire.articles.v1",
        "wire.indicators.v1",
        "wire.dlq.v1",
    )


def test_environment_and_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "broker:1234")
    monkeypatch.setenv("WIRE_GROUP_ID", "from-env")
    monkeypatch.setenv("WIRE_POOL_SIZE", "3")
    args = build_parser().parse_args(["run", "--group-id", "from-flag", "--exactly-once"])
    s = _settings(args)
    assert s.bootstrap_servers == "broker:1234"
    assert s.group_id == "from-flag"
    assert s.pool_size == 3
    assert s.delivery == "exactly-once"


def test_bad_values_fail_with_the_variable_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRE_DELIVERY", "sometimes")
    with pytest.raises(ValidationError, match="delivery"):
        Settings()


def test_secrets_never_in_description(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("WIRE_SASL_PASSWORD", "hunter2")
    s = Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_username="u")
    assert "hunter2" not in repr(s) and "hunter2" not in str(s.describe())
    assert s.sasl_secret() == "hunter2"
    secret = tmp_path / "pw"
    secret.write_text("from-file\n")
    monkeypatch.delenv("WIRE_SASL_PASSWORD")
    assert Settings(sasl_password_file=secret).sasl_secret() == "from-file"


def test_pool_defaults_to_the_cores_and_zero_means_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2}, raising=False)
    assert Settings().resolved_pool_size() == 3
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(64)), raising=False)
    assert Settings().resolved_pool_size() == 8
    assert Settings(pool_size=0).resolved_pool_size() == 0
