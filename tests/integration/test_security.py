"""The worker against a broker that requires SASL/SCRAM over TLS (`scripts/kafka-local start --secure`).

Shown with the real worker process and a real broker whose CA is made at start:
  * the right credentials (password from a file) -> an item comes out as an article event;
  * a wrong password -> a quick non-zero exit naming the authentication failure;
  * an untrusted certificate (another CA, or the system CAs) -> a quick non-zero exit naming it;
  * the password appears nowhere: not in the logs (at DEBUG), /metrics, events or dead letters.
"""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.helpers import create_ssl_context

from tests.conftest import ROOT, SEED
from tests.integration.kafka_helpers import WorkerProcess, header, topic_set

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

SCRIPT = ROOT / "scripts" / "kafka-local"
MECHANISM = "SCRAM-SHA-512"
# A wrong or untrusted connection must fail this long before the connect timeout runs out.
CONNECT_TIMEOUT_S = 45
FAIL_FAST_S = 25
POISON = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@dataclass(frozen=True)
class SecureBroker:
    bootstrap: str
    state: Path
    user: str
    password: str

    @property
    def ca(self) -> Path:
        return self.state / "ca.pem"

    @property
    def password_file(self) -> Path:
        return self.state / "sasl-password"

    def client_kwargs(self) -> dict[str, Any]:
        """The test's own clients: built straight on aiokafka, not on the code under test."""
        return {
            "bootstrap_servers": self.bootstrap,
            "security_protocol": "SASL_SSL",
            "ssl_context": create_ssl_context(cafile=str(self.ca)),
            "sasl_mechanism": MECHANISM,
            "sasl_plain_username": self.user,
            "sasl_plain_password": self.password,
        }


def _no_broker(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"no secure Kafka broker for the security tests under CI: {reason}")
    pytest.skip(f"no secure Kafka broker: {reason}")


def _kafka_local(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args, "--secure"], env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureBroker]:
    """A SASL_SSL broker of its own, in a fresh state dir (fresh CA and password), purged at the end.

    WIRE_TEST_KAFKA_LOCAL_DIR reuses a `KAFKA_LOCAL_DIR=... scripts/kafka-local start --secure`
    broker (left running) when iterating by hand.
    """
    if shutil.which("java") is None or shutil.which("mvn") is None:
        _no_broker("scripts/kafka-local needs java and mvn")
    given = os.environ.get("WIRE_TEST_KAFKA_LOCAL_DIR")
    base = Path(given) if given else tmp_path_factory.mktemp("kafka-local") / "kl"
    env = {**os.environ, "KAFKA_LOCAL_DIR": str(base)}
    started_here = _kafka_local(env, "status").returncode != 0
    proc = _kafka_local(env, "start", timeout=900)
    if proc.returncode != 0:
        _no_broker(f"scripts/kafka-local start --secure failed: {proc.stderr[-2000:]}")
    address = proc.stdout.strip().splitlines()[-1]
    state = Path(_kafka_local(env, "dir").stdout.strip())
    try:
        yield SecureBroker(
            bootstrap=address,
            state=state,
            user=(state / "sasl-user").read_text().strip(),
            password=(state / "sasl-password").read_text().strip(),
        )
    finally:
        if started_here:
            _kafka_local(env, "stop", *([] if given else ["--purge"]))


# ---------------------------------------------------------------------- helpers


async def _create_topics(broker: SecureBroker, names: Sequence[str]) -> None:
    kwargs = broker.client_kwargs()
    admin = AIOKafkaAdminClient(**kwargs)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(n, num_partitions=1, replication_factor=1) for n in names])
    finally:
        await admin.close()


async def _produce(broker: SecureBroker, topic: str, values: Sequence[bytes]) -> None:
    producer = AIOKafkaProducer(acks="all", **broker.client_kwargs())
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value, headers=[("traceparent", b"00-" + b"1" * 32 + b"-")])
    finally:
        await producer.stop()


async def _collect(broker: SecureBroker, topic: str, expected: int, timeout: float = 120) -> list[Any]:
    consumer = AIOKafkaConsumer(
        topic, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False, **broker.client_kwargs()
    )
    await consumer.start()
    out: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        while len(out) < expected and time.monotonic() < deadline:
            for recs in (await consumer.getmany(timeout_ms=500)).values():
                out.extend(recs)
    finally:
        await consumer.stop()
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _worker(
    broker: SecureBroker, env: dict[str, str], *extra: str, topics: dict[str, str] | None = None
) -> WorkerProcess:
    base = {
        "WIRE_SECURITY_PROTOCOL": "SASL_SSL",
        "WIRE_SASL_MECHANISM": MECHANISM,
        "WIRE_SASL_USERNAME": broker.user,
    }
    return WorkerProcess(
        bootstrap=broker.bootstrap,
        topics=topics or topic_set("sec"),
        group=f"sec-{uuid.uuid4().hex[:8]}",
        extra_args=["--no-enrich", "--connect-timeout-s", str(CONNECT_TIMEOUT_S), *extra],
        env={**base, **env},
    )


def _run_to_failure(worker: WorkerProcess) -> tuple[int, float, str]:
    """Start a worker that must fail: its exit code, how long it took, its output."""
    started = time.monotonic()
    worker.start()
    assert worker.proc is not None
    try:
        code = worker.proc.wait(timeout=CONNECT_TIMEOUT_S + 30)
    except subprocess.TimeoutExpired:
        worker.kill()
        raise AssertionError(f"the worker hung instead of failing:\n{worker.logs()[-3000:]}") from None
    return code, time.monotonic() - started, worker.logs()


def _assert_fails_clearly(code: int, took: float, logs: str, *needles: str) -> None:
    assert code != 0, logs[-3000:]
    assert took < FAIL_FAST_S, f"took {took:.1f} s: retried a permanent failure?\n{logs[-3000:]}"
    assert "Traceback" not in logs, logs[-3000:]
    last = logs.strip().splitlines()[-1]
    assert last.startswith("wire-consumer: "), logs[-3000:]
    for needle in needles:
        assert needle in last.lower(), f"{needle!r} not in the final message: {last}"


def _untrusted_ca(tmp: Path) -> Path:
    """A self-signed CA that did not sign the broker's certificate."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a second CA")
    ca, key = tmp / "other-ca.pem", tmp / "other-ca.key"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=wire-consumer untrusted test CA", "-keyout", str(key), "-out", str(ca),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return ca


# ---------------------------------------------------------------------- tests


async def test_right_credentials_consume_and_publish_without_leaking_the_password(
    secure_broker: SecureBroker,
) -> None:
    broker = secure_broker
    topics = topic_set("sec-ok")
    await _create_topics(broker, list(topics.values()))
    await _produce(broker, topics["input"], [SEED.read_bytes(), POISON])
    port = _free_port()
    worker = _worker(
        broker,
        # The password from a file (as mounted secrets are); DEBUG logs: the most there is to leak.
        {"WIRE_SASL_PASSWORD_FILE": str(broker.password_file), "WIRE_SSL_CAFILE": str(broker.ca),
         "WIRE_LOG_LEVEL": "DEBUG"},
        "--http-port", str(port),
        topics=topics,
    )  # fmt: skip
    with worker:
        articles = await _collect(broker, topics["articles"], expected=1)
        dead = await _collect(broker, topics["dlq"], expected=1)
        assert worker.alive(), worker.logs()[-3000:]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
            metrics = response.read().decode()
        assert worker.terminate() == 0, worker.logs()[-3000:]
    logs = worker.logs()

    # (a) over SASL_SSL, the item came out as an article event, the poison as a dead letter
    assert len(articles) == 1, logs[-3000:]
    event = orjson.loads(articles[0].value)
    assert event["headline"] and event["source"], event
    assert header(articles[0], "ce_type") == b"wire.article.enriched.v1"
    assert len(dead) == 1 and dead[0].value == POISON
    assert header(dead[0], "dlq_reason") == b"binary"
    assert "wire_events_produced" in metrics and 'wire_dead_letters_total{reason="binary"} 1.0' in metrics
    # the settings line says how it connected, without the secret
    assert '"security_protocol":"SASL_SSL"' in logs and '"sasl_login_from":"file"' in logs
    # the endpoint listened on loopback only (the default host)
    assert f'"address":"127.0.0.1:{port}"' in logs

    # (d) the password is nowhere
    secret = broker.password
    assert len(secret) >= 8
    assert secret not in logs
    assert secret not in metrics
    for record in [*articles, *dead]:
        assert secret.encode() not in record.value
        assert secret.encode() not in (record.key or b"")
        for name, value in record.headers or ():
            assert secret not in name and secret.encode() not in bytes(value), (name, value)


async def test_wrong_password_fails_at_once_naming_authentication(secure_broker: SecureBroker) -> None:
    wrong = f"wrong-{uuid.uuid4().hex}"
    worker = _worker(secure_broker, {"WIRE_SASL_PASSWORD": wrong, "WIRE_SSL_CAFILE": str(secure_broker.ca)})
    code, took, logs = _run_to_failure(worker)
    _assert_fails_clearly(code, took, logs, "sasl authentication failed", secure_broker.user)
    assert wrong not in logs and secure_broker.password not in logs


@pytest.mark.parametrize("trust", ["other-ca", "system-cas"])
async def test_untrusted_certificate_fails_at_once_naming_it(
    secure_broker: SecureBroker, trust: str, tmp_path: Path
) -> None:
    env = {"WIRE_SASL_PASSWORD": secure_broker.password}
    if trust == "other-ca":
        env["WIRE_SSL_CAFILE"] = str(_untrusted_ca(tmp_path))
    worker = _worker(secure_broker, env)
    code, took, logs = _run_to_failure(worker)
    _assert_fails_clearly(code, took, logs, "certificate verification failed", "not trusted")
    assert secure_broker.password not in logs


async def test_the_broker_refuses_plaintext_and_unverified_tls(secure_broker: SecureBroker) -> None:
    """The listener really is TLS with a certificate of our CA (the tests above are not vacuous)."""
    host, port = secure_broker.bootstrap.rsplit(":", 1)
    context = ssl.create_default_context(cafile=str(secure_broker.ca))
    with (
        socket.create_connection((host, int(port)), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname=host) as tls,
    ):
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
    with (
        pytest.raises(ssl.SSLCertVerificationError),
        socket.create_connection((host, int(port)), timeout=10) as raw,
        ssl.create_default_context().wrap_socket(raw, server_hostname=host),
    ):
        pass
