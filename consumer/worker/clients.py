"""aiokafka client arguments from settings, including TLS and SASL.

Kept in one place so the producer, the consumer and the admin client can never
disagree about security settings.
"""

from __future__ import annotations

from typing import Any

from aiokafka.helpers import create_ssl_context

from consumer.config import Settings


def common_kwargs(settings: Settings) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "client_id": settings.client_id,
        "security_protocol": settings.security_protocol,
        "request_timeout_ms": 30_000,
        "retry_backoff_ms": 200,
        "metadata_max_age_ms": 60_000,
    }
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        kwargs["ssl_context"] = create_ssl_context(
            cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None,
            certfile=str(settings.ssl_certfile) if settings.ssl_certfile else None,
            keyfile=str(settings.ssl_keyfile) if settings.ssl_keyfile else None,
        )
    if settings.security_protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = settings.sasl_mechanism or "PLAIN"
        kwargs["sasl_plain_username"] = settings.sasl_username
        kwargs["sasl_plain_password"] = settings.sasl_secret()
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
        session_timeout_ms=30_000,
        heartbeat_interval_ms=3_000,
        max_poll_interval_ms=300_000,
        rebalance_timeout_ms=60_000,
    )
    return kwargs
