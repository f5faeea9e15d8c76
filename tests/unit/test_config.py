"""Settings come from WIRE_* variables (KAFKA_BOOTSTRAP_SERVERS for the broker) and flags win."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from consumer.cli import _settings, build_parser
from consumer.config import Settings, cgroup_cpu_quota


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


def test_pool_defaults_to_the_cores_and_zero_means_inline(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import os

    no_cgroup = tmp_path / "none"
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2}, raising=False)
    assert Settings().resolved_pool_size(no_cgroup) == 3
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(64)), raising=False)
    assert Settings().resolved_pool_size(no_cgroup) == 8
    assert Settings(pool_size=0).resolved_pool_size() == 0


@pytest.mark.parametrize(
    ("cpu_max", "pool"),
    [
        ("200000 100000", 2),
        ("150000 100000", 1),
        ("50000 100000", 1),
        ("max 100000", 8),
        ("400000 100000", 4),
    ],
)
def test_pool_honours_a_cgroup_v2_cpu_quota(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cpu_max: str, pool: int
) -> None:
    """A pod limited to 2 CPUs on a 64-core node starts 2 processes, not 8; 1.5 CPUs -> 1."""
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(64)), raising=False)
    (tmp_path / "cpu.max").write_text(cpu_max + "\n")
    assert cgroup_cpu_quota(tmp_path) == (
        None if cpu_max.startswith("max") else int(cpu_max.split()[0]) / 1e5
    )
    assert Settings().resolved_pool_size(tmp_path) == pool
    assert Settings(pool_size=5).resolved_pool_size(tmp_path) == 5  # an explicit size wins


@pytest.mark.parametrize("folder", ["cpu", "cpu,cpuacct"])
def test_pool_honours_a_cgroup_v1_cfs_quota(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, folder: str
) -> None:
    import os

    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(64)), raising=False)
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "cpu.cfs_period_us").write_text("100000\n")
    (tmp_path / folder / "cpu.cfs_quota_us").write_text("300000\n")
    assert Settings().resolved_pool_size(tmp_path) == 3
    (tmp_path / folder / "cpu.cfs_quota_us").write_text("-1\n")  # unlimited
    assert Settings().resolved_pool_size(tmp_path) == 8
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    (tmp_path / folder / "cpu.cfs_quota_us").write_text("garbage\n")
    assert cgroup_cpu_quota(tmp_path) is None
    assert Settings().resolved_pool_size(tmp_path) == 1


def test_pool_honours_the_quota_of_its_own_cgroup_or_an_ancestor_on_a_host(tmp_path: Path) -> None:
    """Without a cgroup namespace (a systemd unit with CPUQuota=) the limit sits on the
    process's own cgroup, found in /proc/self/cgroup, or on one above it: the smallest wins."""
    own = tmp_path / "proc-self-cgroup"
    own.write_text("0::/system.slice/wire.service\n")
    unit = tmp_path / "system.slice" / "wire.service"
    unit.mkdir(parents=True)
    (tmp_path / "cpu.max").write_text("max 100000\n")
    (unit / "cpu.max").write_text("300000 100000\n")
    assert cgroup_cpu_quota(tmp_path, own) == 3.0
    (tmp_path / "system.slice" / "cpu.max").write_text("200000 100000\n")
    assert cgroup_cpu_quota(tmp_path, own) == 2.0
    v1 = tmp_path / "v1"
    (v1 / "cpu,cpuacct" / "docker" / "abc").mkdir(parents=True)
    (v1 / "cpu,cpuacct" / "docker" / "abc" / "cpu.cfs_quota_us").write_text("150000\n")
    (v1 / "cpu,cpuacct" / "docker" / "abc" / "cpu.cfs_period_us").write_text("100000\n")
    own.write_text("12:cpu,cpuacct:/docker/abc\n1:name=systemd:/docker/abc\n")
    assert cgroup_cpu_quota(v1, own) == 1.5
    assert cgroup_cpu_quota(tmp_path / "missing", tmp_path / "missing-too") is None
