"""Secrets stay secret: settings, logs, client arguments, error messages; the HTTP endpoint is local."""

from __future__ import annotations

import logging
import ssl
import sys
import uuid
from pathlib import Path

import orjson
import pytest
from aiokafka.errors import KafkaConnectionError, SaslAuthenticationFailed
from pydantic import SecretStr, ValidationError

from consumer.config import Settings
from consumer.worker.clients import (
    bootstrap_hosts,
    common_kwargs,
    consumer_kwargs,
    describe_failure,
    producer_kwargs,
    security_failure,
)
from consumer.worker.http import HealthServer
from consumer.worker.logs import JsonFormatter, redact, scrub
from consumer.worker.metrics import Metrics

_SECURITY_VARS = (
    "WIRE_SECURITY_PROTOCOL",
    "WIRE_SASL_MECHANISM",
    "WIRE_SASL_USERNAME",
    "WIRE_SASL_PASSWORD",
    "WIRE_SASL_PASSWORD_FILE",
    "WIRE_SSL_CAFILE",
    "WIRE_SSL_CERTFILE",
    "WIRE_SSL_KEYFILE",
    "WIRE_HTTP_HOST",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _SECURITY_VARS:
        monkeypatch.delenv(name, raising=False)


def _secret() -> str:
    return f"pw-{uuid.uuid4().hex}"


def _sasl(password: str, **more: object) -> Settings:
    return Settings(
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="wire",
        sasl_password=SecretStr(password),
        **more,  # type: ignore[arg-type]
    )


def _format(record_msg: str, *args: object, exc: bool = False, **extra: object) -> dict[str, object]:
    record = logging.LogRecord("consumer", logging.INFO, __file__, 1, record_msg, args, None)
    if exc:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            record.exc_info = sys.exc_info()
    for key, value in extra.items():
        setattr(record, key, value)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    parsed = orjson.loads(line)
    assert isinstance(parsed, dict)
    return parsed


# ---------------------------------------------------------------------- settings


def test_password_is_a_secret_str_hidden_from_repr_str_dump_and_describe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret = _secret()
    monkeypatch.setenv("WIRE_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("WIRE_SASL_USERNAME", "wire")
    monkeypatch.setenv("WIRE_SASL_PASSWORD", secret)
    s = Settings()
    assert isinstance(s.sasl_password, SecretStr)
    for shown in (repr(s), str(s), s.model_dump_json(), str(s.model_dump()), str(s.describe())):
        assert secret not in shown
    assert s.describe()["sasl_login_from"] == "env"
    assert s.sasl_secret() == secret


def test_password_file_is_read_keeping_inner_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "sasl-password"
    path.write_text(" spaced pass \n", encoding="utf-8")
    s = Settings(security_protocol="SASL_SSL", sasl_username="wire", sasl_password_file=path)
    assert s.sasl_secret() == " spaced pass "
    assert s.describe()["sasl_login_from"] == "file"
    path.write_text("rotated\r\n", encoding="utf-8")
    assert s.sasl_secret() == "rotated"  # read when used: a rotated file is picked up on reconnect
    assert "rotated" not in repr(s) and "rotated" not in str(s.describe())


@pytest.mark.parametrize(
    ("fields", "names"),
    [
        ({"sasl_password": SecretStr("x" * 12)}, "WIRE_SASL_USERNAME"),
        ({"sasl_username": "wire"}, "WIRE_SASL_PASSWORD or WIRE_SASL_PASSWORD_FILE"),
        (
            {
                "sasl_username": "wire",
                "sasl_password": SecretStr("x" * 12),
                "sasl_password_file": "/etc/hosts",
            },
            "not both",
        ),
        ({"sasl_username": "wire", "sasl_password_file": "/nonexistent/pw"}, "WIRE_SASL_PASSWORD_FILE"),
    ],
)
def test_incomplete_sasl_settings_fail_naming_the_variable(fields: dict[str, object], names: str) -> None:
    with pytest.raises(ValidationError, match=names):
        Settings(security_protocol="SASL_SSL", **fields)  # type: ignore[arg-type]


def test_validation_errors_never_echo_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = _secret()
    monkeypatch.setenv("WIRE_SASL_PASSWORD", secret)
    monkeypatch.setenv("WIRE_SECURITY_PROTOCOL", "SASL_SSL")  # no username: invalid
    with pytest.raises(ValidationError) as info:
        Settings()
    assert secret not in str(info.value) and secret not in repr(info.value)
    monkeypatch.setenv("WIRE_SASL_USERNAME", "wire")
    monkeypatch.setenv("WIRE_POOL_SIZE", "many")  # another field invalid
    with pytest.raises(ValidationError) as info:
        Settings()
    assert secret not in str(info.value)


def test_ca_file_must_hold_a_certificate(tmp_path: Path) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate\n")
    with pytest.raises(ValidationError, match="WIRE_SSL_CAFILE"):
        Settings(security_protocol="SSL", ssl_cafile=bad)
    with pytest.raises(ValidationError, match="WIRE_SSL_CAFILE"):
        Settings(security_protocol="SSL", ssl_cafile=tmp_path / "missing.pem")


# ---------------------------------------------------------------------- logs


def test_formatter_drops_secret_named_fields_at_any_depth() -> None:
    line = _format(
        "connecting",
        sasl_password="p1-visible?",
        api_token="p2-visible?",
        broker_credentials={"user": "u"},
        settings={"group_id": "g", "sasl_plain_password": "p3-visible?", "nested": [{"secret": "p4"}]},
        offset=7,
    )
    text = orjson.dumps(line).decode()
    for leaked in ("p1-visible?", "p2-visible?", "p3-visible?", "p4", "credentials"):
        assert leaked not in text
    assert line["offset"] == 7
    assert line["settings"] == {"group_id": "g", "nested": [{}]}


def test_formatter_masks_registered_secret_values_everywhere() -> None:
    secret = _secret()
    redact(secret)
    line = _format(
        "login %s failed: %r",
        "wire",
        f"password={secret}",
        exc=True,
        detail=f"...{secret}...",
        items=[secret, {"k": secret.encode()}],
    )
    text = orjson.dumps(line).decode()
    assert secret not in text
    assert line["msg"] == "login wire failed: 'password=***'"
    assert line["detail"] == "...***..."
    assert line["error"] == "RuntimeError"  # the class only: no traceback, no exception text
    assert "boom" not in text


def test_scrub_handles_secret_str_and_odd_values() -> None:
    assert scrub(SecretStr("abcdef-secret")) == "**********"
    assert scrub({"a": (1, 2.5, None, True)}) == {"a": [1, 2.5, None, True]}
    deep: dict[str, object] = {}
    node = deep
    for _ in range(20):
        node["x"] = {}
        node = node["x"]  # type: ignore[assignment]
    assert "x" in orjson.dumps(scrub(deep)).decode()  # bounded, no recursion error


def test_short_strings_are_not_registered_as_secrets() -> None:
    redact("a")
    redact(None)
    assert _format("a b c")["msg"] == "a b c"


def test_the_worker_logger_output_is_json_without_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    from consumer.worker.logs import configure

    secret = _secret()
    settings = _sasl(secret)
    common_kwargs(settings)  # building the clients registers the secret with the formatter
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        configure("DEBUG")
        logging.getLogger("consumer").info("start", extra={"settings": settings.describe()})
        logging.getLogger("aiokafka").warning("auth with %s failed", secret)
    finally:
        root.handlers[:], root.level = saved
    err = capsys.readouterr().err
    lines = [orjson.loads(x) for x in err.splitlines()]
    assert len(lines) == 2 and secret not in err
    assert lines[1]["msg"] == "auth with *** failed"


# ---------------------------------------------------------------------- client arguments


def test_client_arguments_carry_the_password_only_to_aiokafka(tmp_path: Path) -> None:
    secret = _secret()
    path = tmp_path / "pw"
    path.write_text(secret + "\n")
    s = Settings(
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-256",
        sasl_username="wire",
        sasl_password_file=path,
    )
    for kwargs in (common_kwargs(s), producer_kwargs(s), consumer_kwargs(s)):
        assert kwargs["sasl_plain_password"] == secret
        assert kwargs["sasl_mechanism"] == "SCRAM-SHA-256"
        assert kwargs["security_protocol"] == "SASL_SSL"
        context = kwargs["ssl_context"]
        assert isinstance(context, ssl.SSLContext)
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_plaintext_has_no_security_arguments() -> None:
    kwargs = common_kwargs(Settings())
    assert kwargs["security_protocol"] == "PLAINTEXT"
    assert not {"ssl_context", "sasl_mechanism", "sasl_plain_password"} & set(kwargs)


def test_metrics_never_hold_settings_or_secrets() -> None:
    from prometheus_client import generate_latest

    secret = _secret()
    common_kwargs(_sasl(secret))
    text = generate_latest(Metrics().registry).decode()
    assert secret not in text and "sasl" not in text and "password" not in text


# ---------------------------------------------------------------------- failure messages


def test_bootstrap_hosts() -> None:
    assert bootstrap_hosts("a:1, b:2,[::1]:3,c,,") == [("a", 1), ("b", 2), ("::1", 3), ("c", 9092)]


def test_permanent_failures_are_named_without_secrets(tmp_path: Path) -> None:
    secret = _secret()
    s = _sasl(secret)
    auth = describe_failure(s, "h", 1, SaslAuthenticationFailed("invalid credentials"))
    assert auth is not None and "SASL authentication failed" in auth and "'wire'" in auth
    cert_error = ssl.SSLCertVerificationError(1, "certificate verify failed")
    cert_error.verify_message = "self-signed certificate in certificate chain"
    cert = describe_failure(s, "h", 1, cert_error)
    assert cert is not None and "not trusted by the system's default CAs" in cert
    assert "self-signed" in cert
    for message in (auth, cert):
        assert secret not in message
    # an unreachable broker is not a security failure: the retry loop handles it
    assert describe_failure(s, "h", 1, KafkaConnectionError("down")) is None
    assert describe_failure(s, "h", 1, ConnectionRefusedError()) is None


async def test_security_failure_is_none_for_plaintext_and_for_a_closed_port() -> None:
    assert await security_failure(Settings()) is None
    secret = _secret()
    assert await security_failure(_sasl(secret, bootstrap_servers="127.0.0.1:1")) is None


# ---------------------------------------------------------------------- the HTTP endpoint


async def test_http_endpoint_binds_to_loopback_by_default() -> None:
    s = Settings(http_port=0)
    assert s.http_host == "127.0.0.1"
    server = HealthServer(s.http_host, 0, Metrics().registry, lambda: True)
    await server.start()
    try:
        assert server._server is not None
        addresses = {sock.getsockname()[0] for sock in server._server.sockets}
        assert addresses == {"127.0.0.1"}
    finally:
        await server.stop()
