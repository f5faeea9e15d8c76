"""Settings, read from environment variables (``WIRE_*``) and overridden by CLI flags.

pydantic-settings does the parsing and validation so that a typo in a deployment
fails at start-up with the variable's name rather than deep inside the worker.
"""

from __future__ import annotations

import math
import os
import ssl
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Delivery = Literal["at-least-once", "exactly-once"]
SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


class Settings(BaseSettings):
    """Every knob of the worker; the README lists them with their variables."""

    # hide_input_in_errors: a validation error must not echo the raw input (it holds the password).
    model_config = SettingsConfigDict(
        env_prefix="WIRE_", extra="ignore", populate_by_name=True, hide_input_in_errors=True
    )

    # --- broker and topics
    bootstrap_servers: str = Field(
        default="localhost:9092",
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "WIRE_BOOTSTRAP_SERVERS"),
    )
    input_topic: str = "wire.raw"
    articles_topic: str = "wire.articles.v1"
    indicators_topic: str = "wire.indicators.v1"
    quotes_topic: str = "wire.quotes.v1"
    dlq_topic: str = "wire.dlq.v1"
    group_id: str = "wire-consumer"
    client_id: str = "wire-consumer"
    auto_offset_reset: Literal["earliest", "latest"] = "earliest"
    session_timeout_ms: int = Field(
        default=30_000, ge=6_000, le=300_000, description="how soon the group notices a dead worker"
    )

    # --- delivery
    delivery: Delivery = "at-least-once"
    transactional_id_prefix: str = "wire-consumer"

    # --- throughput and backpressure
    batch_max_records: int = Field(default=64, ge=1, le=10_000)
    fetch_max_wait_ms: int = Field(default=200, ge=0)
    max_partition_fetch_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    pool_size: int | None = Field(
        default=None,
        ge=0,
        le=64,
        description="processes for the CPU stages; unset = one per core (at most 8); 0 = a thread",
    )
    linger_ms: int = Field(default=5, ge=0)
    max_request_size: int = Field(default=1024 * 1024, ge=1024)

    # --- processing
    enrich: bool = True
    spacy_model: str = "en_core_web_sm"
    max_item_bytes: int = Field(default=5 * 1024 * 1024, ge=1)
    default_tz: str = Field(
        default="UTC",
        description="IANA zone for a zone-less publication time with no known publisher or dateline zone",
    )
    item_timeout_s: float = Field(default=30.0, gt=0)
    ce_source: str = "urn:wire-consumer"

    # --- operations
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8080, ge=0, le=65535, description="0 disables the HTTP endpoint")
    liveness_stall_s: float = Field(
        default=300.0, ge=0, description="/healthz fails after this long with no progress of the loop; 0: off"
    )
    shutdown_grace_s: float = Field(default=30.0, gt=0)
    connect_timeout_s: float = Field(default=60.0, gt=0)
    retry_backoff_initial_s: float = Field(default=0.5, gt=0)
    retry_backoff_max_s: float = Field(default=30.0, gt=0)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    otel: bool = Field(
        default=False,
        description="OpenTelemetry traces (extra `otel`); also on when OTEL_EXPORTER_OTLP_ENDPOINT is set",
    )

    # --- security
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    sasl_password_file: Path | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None

    @field_validator("bootstrap_servers")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("bootstrap servers must not be empty")
        return value

    @field_validator("default_tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from consumer.parse.zones import zone_of

        if zone_of(value) is None:
            raise ValueError(f"unknown IANA time zone {value!r}")
        return value

    @model_validator(mode="after")
    def _check_security(self) -> Settings:
        # Fail at start-up, naming the variable, rather than at the first broker round trip.
        # Messages name variables and paths only: never a secret value.
        if self.security_protocol.startswith("SASL"):
            if not self.sasl_username:
                raise ValueError(f"WIRE_SASL_USERNAME is required with {self.security_protocol}")
            if self.sasl_password is not None and self.sasl_password_file is not None:
                raise ValueError("set WIRE_SASL_PASSWORD or WIRE_SASL_PASSWORD_FILE, not both")
            if self.sasl_password is None and self.sasl_password_file is None:
                raise ValueError(
                    f"WIRE_SASL_PASSWORD or WIRE_SASL_PASSWORD_FILE is required with {self.security_protocol}"
                )
            if self.sasl_password_file is not None and not self.sasl_password_file.is_file():
                raise ValueError(f"WIRE_SASL_PASSWORD_FILE {self.sasl_password_file} is not a readable file")
        if self.security_protocol in ("SSL", "SASL_SSL"):
            for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):
                path = getattr(self, name)
                if path is not None and not path.is_file():
                    raise ValueError(f"WIRE_{name.upper()} {path} is not a readable file")
            if self.ssl_cafile is not None:
                try:
                    ssl.create_default_context(cafile=str(self.ssl_cafile))
                except (ssl.SSLError, OSError) as exc:
                    raise ValueError(
                        f"WIRE_SSL_CAFILE {self.ssl_cafile} holds no usable PEM CA certificate: {exc}"
                    ) from None
            if self.ssl_keyfile is not None and self.ssl_certfile is None:
                raise ValueError("WIRE_SSL_KEYFILE needs WIRE_SSL_CERTFILE")
        return self

    def resolved_pool_size(self, cgroup_root: Path | None = None) -> int:
        """Both cores busy by default; the pool is also what enforces the per-item time limit.

        The default is the CPUs this process may use: its affinity, lowered to a cgroup CPU
        quota (a container limited to 2 CPUs on a 64-core node gets 2), at most 8."""
        if self.pool_size is not None:
            return self.pool_size
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        quota = cgroup_cpu_quota(CGROUP_ROOT if cgroup_root is None else cgroup_root)
        if quota is not None:
            cores = min(cores, max(1, math.floor(quota)))
        return max(1, min(8, cores))

    def sasl_secret(self) -> str | None:
        """The SASL password, from the variable or the file (read when needed); never logged.

        A file may end with a newline (``echo pw > file``): one trailing line break is
        dropped, any other whitespace is part of the password.
        """
        if self.sasl_password is not None:
            return self.sasl_password.get_secret_value()
        if self.sasl_password_file is not None:
            text = self.sasl_password_file.read_text(encoding="utf-8")
            return text.removesuffix("\n").removesuffix("\r")
        return None

    def describe(self) -> dict[str, object]:
        """What the worker prints at start: everything but secrets."""
        return {
            "bootstrap_servers": self.bootstrap_servers,
            "input_topic": self.input_topic,
            "articles_topic": self.articles_topic,
            "indicators_topic": self.indicators_topic,
            "quotes_topic": self.quotes_topic,
            "dlq_topic": self.dlq_topic,
            "group_id": self.group_id,
            "delivery": self.delivery,
            "enrich": self.enrich,
            "spacy_model": self.spacy_model if self.enrich else None,
            "pool_size": self.resolved_pool_size(),
            "batch_max_records": self.batch_max_records,
            "security_protocol": self.security_protocol,
            "sasl_mechanism": self.sasl_mechanism,
            "sasl_username": self.sasl_username,
            "sasl_login_from": (
                "env" if self.sasl_password is not None else "file" if self.sasl_password_file else None
            ),
            "ssl_cafile": str(self.ssl_cafile) if self.ssl_cafile else None,
            "http": f"{self.http_host}:{self.http_port}" if self.http_port else None,
        }


CGROUP_ROOT = Path("/sys/fs/cgroup")


def cgroup_cpu_quota(root: Path, self_cgroup: Path = Path("/proc/self/cgroup")) -> float | None:
    """The CPU limit of this process's cgroup in CPUs (quota / period), or None if unlimited
    or unknown: the smallest limit found on the way from this process's cgroup up to the root.

    cgroup v2: ``cpu.max`` ("max 100000" or "200000 100000"); cgroup v1: ``cpu.cfs_quota_us``
    (-1 = unlimited) and ``cpu.cfs_period_us`` under ``cpu/`` or ``cpu,cpuacct/``. Inside a
    container the cgroup namespace makes ``/sys/fs/cgroup`` the container's own cgroup; on a
    host (a systemd unit with ``CPUQuota=``) the process's cgroup is found in ``/proc/self/cgroup``."""
    v2_path, v1_path = _own_cgroups(self_cgroup)
    limits: list[float | None] = []
    for folder in _with_parents(root, v2_path):
        try:
            fields = (folder / "cpu.max").read_text().split()
        except OSError:
            continue
        if len(fields) == 2 and fields[0] != "max":
            limits.append(_ratio(fields[0], fields[1]))
    for controllers in ("cpu", "cpu,cpuacct", "cpuacct,cpu"):
        for folder in _with_parents(root / controllers, v1_path):
            try:
                quota = (folder / "cpu.cfs_quota_us").read_text().strip()
                period = (folder / "cpu.cfs_period_us").read_text().strip()
            except OSError:
                continue
            limits.append(_ratio(quota, period))
    found = [limit for limit in limits if limit is not None]
    return min(found) if found else None


def _own_cgroups(self_cgroup: Path) -> tuple[str, str]:
    """This process's cgroup paths: the v2 one ("0::/path") and the v1 cpu controller's."""
    v2 = v1 = "/"
    try:
        lines = self_cgroup.read_text().splitlines()
    except OSError:
        return v2, v1
    for line in lines:
        _, controllers, path = [*line.split(":", 2), "", ""][:3]
        if not controllers:
            v2 = path or "/"
        elif "cpu" in controllers.split(","):
            v1 = path or "/"
    return v2, v1


def _with_parents(root: Path, path: str) -> list[Path]:
    """root/path, then each folder above it up to root (a limit set on an ancestor applies too)."""
    parts = [part for part in path.split("/") if part and part != ".."]
    return [root.joinpath(*parts[:n]) for n in range(len(parts), -1, -1)]


def _ratio(quota: str, period: str) -> float | None:
    try:
        q, p = int(quota), int(period)
    except ValueError:
        return None
    return q / p if q > 0 and p > 0 else None
