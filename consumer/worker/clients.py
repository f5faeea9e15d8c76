"""aiokafka client arguments from settings, including TLS and SASL.

Kept in one place so the producer, the consumer and the admin client can never
disagree about security settings.

aiokafka reports a wrong SASL password or an untrusted broker certificate only as
a log line followed by a retriable ``KafkaConnectionError("Unable to bootstrap")``,
which a worker would retry until its connect timeout and then report as an
unreachable broker. :func:`security_failure` re-runs one connection the way the
clients do and names the real, permanent cause, so the worker can stop at once
with a message that says what to fix.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

from aiokafka.conn import create_conn
from aiokafka.errors import (
    AuthenticationFailedError,
    IllegalSaslStateError,
    KafkaError,
    SaslAuthenticationFailed,
    UnsupportedSaslMechanismError,
)
from aiokafka.helpers import create_ssl_context

from consumer.config import Settings
from consumer.worker.logs import redact

_AUTH_ERRORS = (
    SaslAuthenticationFailed,
    AuthenticationFailedError,
    UnsupportedSaslMechanismError,
    IllegalSaslStateError,
)
_PROBE_TIMEOUT_S = 10.0


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """Verifying client context: CERT_REQUIRED, hostname checked, TLS 1.2 or newer.

    Without ``WIRE_SSL_CAFILE`` the system's default CAs are trusted.
    """
    context: ssl.SSLContext = create_ssl_context(
        cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None,
        certfile=str(settings.ssl_certfile) if settings.ssl_certfile else None,
        keyfile=str(settings.ssl_keyfile) if settings.ssl_keyfile else None,
    )
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def common_kwargs(settings: Settings) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "client_id": settings.client_id,
        "security_protocol": settings.security_protocol,
        "request_timeout_ms": 30_000,
        "retry_backoff_ms": 200,
        "metadata_max_age_ms": 60_000,
    }
    kwargs.update(security_kwargs(settings))
    return kwargs


def security_kwargs(settings: Settings) -> dict[str, Any]:
    """Only the TLS and SASL arguments (for any aiokafka client or connection)."""
    kwargs: dict[str, Any] = {"security_protocol": settings.security_protocol}
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        kwargs["ssl_context"] = ssl_context(settings)
    if settings.security_protocol.startswith("SASL"):
        secret = settings.sasl_secret()
        if secret:
            redact(secret)  # from here on, the log formatter masks it wherever it appears
        kwargs["sasl_mechanism"] = settings.sasl_mechanism or "PLAIN"
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = secret
    return kwargs


def producer_kwargs(settings: Settings, transactional_id: str | None = None) -> dict[str, Any]:
    kwargs = common_kwargs(settings)
    kwargs.update(
        acks="all",
        enable_idempotence=True,
        linger_ms=settings.linger_ms,
        max_request_size=settings.max_request_size,
        compression_type=None,
    )
    if transactional_id is not None:
        kwargs["transactional_id"] = transactional_id
        kwargs["transaction_timeout_ms"] = 60_000
    return kwargs


def consumer_kwargs(settings: Settings) -> dict[str, Any]:
    kwargs = common_kwargs(settings)
    kwargs.update(
        group_id=settings.group_id,
        enable_auto_commit=False,  # offsets are committed only after outputs are acknowledged
        auto_offset_reset=settings.auto_offset_reset,
        isolation_level="read_committed",
        max_partition_fetch_bytes=settings.max_partition_fetch_bytes,
        fetch_max_wait_ms=settings.fetch_max_wait_ms,
        session_timeout_ms=settings.session_timeout_ms,
        heartbeat_interval_ms=max(1_000, settings.session_timeout_ms // 10),
        max_poll_interval_ms=300_000,
        rebalance_timeout_ms=60_000,
    )
    return kwargs


# ---------------------------------------------------------------------- diagnosis


def bootstrap_hosts(servers: str) -> list[tuple[str, int]]:
    """``"a:9092,[::1]:9093,b"`` -> ``[("a", 9092), ("::1", 9093), ("b", 9092)]``."""
    hosts: list[tuple[str, int]] = []
    for part in servers.split(","):
        part = part.strip()
        if not part:
            continue
        host, port = part, 9092
        if part.startswith("["):
            host, _, rest = part[1:].partition("]")
            if rest.startswith(":") and rest[1:].isdigit():
                port = int(rest[1:])
        elif part.count(":") == 1:
            name, _, number = part.partition(":")
            if number.isdigit():
                host, port = name, int(number)
        hosts.append((host, port))
    return hosts


def describe_failure(settings: Settings, host: str, port: int, exc: BaseException) -> str | None:
    """A clear, secret-free message for a permanent TLS or SASL failure; None for anything else."""
    where = f"{host}:{port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        trust = f"the CA file {settings.ssl_cafile}" if settings.ssl_cafile else "the system's default CAs"
        reason = exc.verify_message or str(exc)
        return (
            f"TLS certificate verification failed for the broker at {where}: {reason}. "
            f"Its certificate is not trusted by {trust} (set WIRE_SSL_CAFILE to the CA that signed it)"
        )
    if isinstance(exc, _AUTH_ERRORS):
        mechanism = settings.sasl_mechanism or "PLAIN"
        return (
            f"SASL authentication failed for user {settings.sasl_username!r} with {mechanism} "
            f"at {where} ({type(exc).__name__}): check WIRE_SASL_USERNAME and "
            "WIRE_SASL_PASSWORD or WIRE_SASL_PASSWORD_FILE"
        )
    return None


async def security_failure(settings: Settings) -> str | None:
    """After a failed start: was it a permanent TLS/SASL failure? Then say which, else None.

    Opens one connection per bootstrap server with the clients' own security
    settings. A server that answers, or fails for another reason (down, refused,
    timeout), gives None: that is the caller's retry loop's business.
    """
    if settings.security_protocol == "PLAINTEXT":
        return None
    try:
        security = security_kwargs(settings)
    except OSError as exc:  # an unreadable CA, certificate, key or password file
        return f"cannot load the TLS/SASL settings: {type(exc).__name__}: {exc}"
    except ssl.SSLError as exc:
        return f"cannot load the TLS settings (CA, certificate or key file): {exc}"
    for host, port in bootstrap_hosts(settings.bootstrap_servers):
        try:
            conn = await asyncio.wait_for(
                create_conn(
                    host,
                    port,
                    client_id=settings.client_id,
                    request_timeout_ms=int(_PROBE_TIMEOUT_S * 1000),
                    **security,
                ),
                timeout=_PROBE_TIMEOUT_S,
            )
        except (KafkaError, OSError) as exc:  # ssl errors and timeouts are OSErrors
            message = describe_failure(settings, host, port, exc)
            if message is not None:
                return message
            continue
        conn.close()
        return None
    return None
