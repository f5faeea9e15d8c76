"""deploy/k8s/ without a cluster: core kinds against Kubernetes' own schemas (kubernetes-validate),
KEDA and Prometheus Operator resources against models generated from their CRDs (cloudcoil), the
kustomization's list, and the figures that must agree across manifests and settings."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import kubernetes_validate
import promql_parser
import pytest
import yaml
from cloudcoil.models.keda.v1alpha1 import ScaledObject, TriggerAuthentication
from cloudcoil.models.prometheus_operator.v1 import PrometheusRule, ServiceMonitor
from pydantic import BaseModel, ValidationError

from consumer.config import Settings
from consumer.worker.metrics import Metrics

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
# The oldest Kubernetes minor still commonly run, and the newest kubernetes-validate ships.
K8S_VERSIONS = ("1.30.0", kubernetes_validate.latest_version())
CUSTOM: dict[str, type[BaseModel]] = {
    "ScaledObject": ScaledObject,
    "TriggerAuthentication": TriggerAuthentication,
    "ServiceMonitor": ServiceMonitor,
    "PrometheusRule": PrometheusRule,
}
Manifest = dict[str, Any]


def _load(path: Path) -> Manifest:
    doc: Manifest = yaml.safe_load(path.read_text())
    return doc


def _manifests() -> dict[str, Manifest]:
    return {p.name: _load(p) for p in sorted(K8S.glob("*.yaml")) if p.name != "kustomization.yaml"}


def _by_kind(kind: str) -> Manifest:
    found = [doc for doc in _manifests().values() if doc["kind"] == kind]
    assert len(found) == 1, kind
    return found[0]


def _container() -> Manifest:
    containers = _by_kind("Deployment")["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    found: Manifest = containers[0]
    return found


def _config() -> dict[str, str]:
    data: dict[str, str] = _by_kind("ConfigMap")["data"]
    return data


def _custom_errors(doc: Manifest) -> str | None:
    """None when the resource is valid for its CRD: it parses, and nothing is lost or coerced on the
    way (an unknown field is dropped by the model, a string where a number belongs is converted)."""
    model = CUSTOM[doc["kind"]]
    try:
        parsed = model.model_validate(doc)
    except ValidationError as exc:
        return str(exc)
    back = parsed.model_dump(by_alias=True, exclude_unset=True, mode="json")
    return None if back == doc else f"not as the CRD has it: {back!r}"


# --------------------------------------------------------------------------- schemas


def test_kustomization_lists_every_manifest() -> None:
    kustomization = _load(K8S / "kustomization.yaml")
    assert kustomization["kind"] == "Kustomization"
    listed = kustomization["resources"]
    assert len(listed) == len(set(listed))
    assert set(listed) == set(_manifests()), "kustomization.yaml must list every manifest in deploy/k8s/"
    image = _container()["image"]
    assert [entry["name"] for entry in kustomization["images"]] == [image]


@pytest.mark.skipif(
    shutil.which("kubectl") is None, reason="kubectl not installed (the checks above still run)"
)
def test_kustomize_builds_what_kubectl_apply_k_would_apply() -> None:
    """kubectl's built-in kustomize, offline: every manifest comes out once, the image tag applied."""
    built = subprocess.run(
        ["kubectl", "kustomize", str(K8S)], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    docs = [doc for doc in yaml.safe_load_all(built) if doc]
    assert sorted(d["kind"] for d in docs) == sorted(d["kind"] for d in _manifests().values())
    tag = _load(K8S / "kustomization.yaml")["images"][0]
    deployment = next(d for d in docs if d["kind"] == "Deployment")
    image = deployment["spec"]["template"]["spec"]["containers"][0]["image"]
    assert image == f"{tag['newName']}:{tag['newTag']}"


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl not installed")
def test_the_overlay_in_the_guide_replaces_the_placeholder_secret(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "operations.md").read_text()
    blocks = [textwrap.dedent(b) for b in re.findall(r"```yaml\n(.*?)\n *```", text, flags=re.DOTALL)]
    (overlay,) = [yaml.safe_load(b) for b in blocks if b.startswith("# overlay: kustomization.yaml")]
    shutil.copytree(K8S, tmp_path / "base")
    (tmp_path / "overlay").mkdir()
    overlay["resources"] = ["../base"]
    (tmp_path / "overlay" / "kustomization.yaml").write_text(yaml.safe_dump(overlay))
    files = overlay["secretGenerator"][0]["files"]
    for name in files:
        (tmp_path / "overlay" / name).write_text(f"real {name}")
    built = subprocess.run(
        ["kubectl", "kustomize", str(tmp_path / "overlay")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    docs = [doc for doc in yaml.safe_load_all(built) if doc]
    (secret,) = [d for d in docs if d["kind"] == "Secret"]
    assert secret["metadata"]["name"] == _by_kind("Secret")["metadata"]["name"]
    assert set(secret["data"]) == set(files) == set(_by_kind("Secret")["stringData"])
    assert "stringData" not in secret
    assert base64.b64decode(secret["data"]["password"]) == b"real password"


@pytest.mark.parametrize("version", K8S_VERSIONS)
def test_core_kinds_are_valid_kubernetes(version: str) -> None:
    core = {name: doc for name, doc in _manifests().items() if doc["kind"] not in CUSTOM}
    assert {doc["kind"] for doc in core.values()} == {
        "ConfigMap",
        "Secret",
        "Deployment",
        "Service",
        "PodDisruptionBudget",
    }
    for name, doc in core.items():
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{name}: {exc.message} at {list(exc.path)}")


def test_core_validation_bites() -> None:
    deployment = _by_kind("Deployment")
    deployment["spec"]["template"]["spec"]["terminationGracePeriod"] = 45
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSIONS[-1], strict=True)


def test_custom_resources_are_valid_for_their_crds() -> None:
    custom = {name: doc for name, doc in _manifests().items() if doc["kind"] in CUSTOM}
    assert {doc["kind"] for doc in custom.values()} == set(CUSTOM)
    for name, doc in custom.items():
        assert _custom_errors(doc) is None, f"{name}: {_custom_errors(doc)}"


@pytest.mark.parametrize(
    ("kind", "mutate"),
    [
        ("ScaledObject", lambda d: d["spec"].update({"maxReplicas": 3})),  # unknown field
        ("ScaledObject", lambda d: d["spec"].update({"maxReplicaCount": "12"})),  # wrong type
        ("ScaledObject", lambda d: d["spec"]["triggers"][0]["metadata"].update({"lagThreshold": 500})),
        ("TriggerAuthentication", lambda d: d["spec"]["secretTargetRef"][0].pop("key")),  # required
        ("ServiceMonitor", lambda d: d["spec"]["endpoints"][0].update({"interval": 30})),
        ("ServiceMonitor", lambda d: d["spec"].update({"endpoint": []})),
        ("PrometheusRule", lambda d: d["spec"]["groups"][0]["rules"][0].pop("expr")),
    ],
)
def test_crd_validation_bites(kind: str, mutate: Any) -> None:
    doc = _by_kind(kind)
    mutate(doc)
    assert _custom_errors(doc) is not None


# --------------------------------------------------------------------------- figures that must agree


def _cpu(quantity: str) -> float:
    return float(quantity[:-1]) / 1000 if quantity.endswith("m") else float(quantity)


def test_pool_size_matches_the_cpu_limit() -> None:
    limits = _container()["resources"]["limits"]
    assert int(_config()["WIRE_POOL_SIZE"]) == _cpu(limits["cpu"])
    assert limits["memory"] == "1Gi" and _container()["resources"]["requests"]["memory"]


def test_termination_grace_outlasts_the_shutdown_grace() -> None:
    grace = _by_kind("Deployment")["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    shutdown = float(
        _config().get("WIRE_SHUTDOWN_GRACE_S", Settings.model_fields["shutdown_grace_s"].default)
    )
    assert grace >= shutdown + 10


def test_probes_reach_the_health_endpoint() -> None:
    container = _container()
    config = _config()
    assert config["WIRE_HTTP_HOST"] == "0.0.0.0"
    port = int(config["WIRE_HTTP_PORT"])
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["startupProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        assert ports[container[probe]["httpGet"]["port"]] == port


def test_the_pod_runs_as_the_images_non_root_user() -> None:
    pod = _by_kind("Deployment")["spec"]["template"]["spec"]
    uid = re.search(r"--uid (\d+)", (ROOT / "Dockerfile").read_text())
    assert uid is not None
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == int(uid[1]) != 0
    container = _container()["securityContext"]
    assert container["allowPrivilegeEscalation"] is False
    assert container["capabilities"]["drop"] == ["ALL"]


def test_every_setting_is_real_and_secrets_come_from_the_secret() -> None:
    fields = {f"WIRE_{name.upper()}" for name in Settings.model_fields}
    config = _config()
    for key in config:
        assert key == "KAFKA_BOOTSTRAP_SERVERS" or key in fields, key
    assert "WIRE_SASL_PASSWORD" not in config and "WIRE_SASL_USERNAME" not in config
    secret = _by_kind("Secret")
    keys = set(secret["stringData"])
    env = {e["name"]: e for e in _container().get("env", [])}
    ref = env["WIRE_SASL_USERNAME"]["valueFrom"]["secretKeyRef"]
    assert ref["name"] == secret["metadata"]["name"] and ref["key"] in keys
    volumes = {v["name"]: v for v in _by_kind("Deployment")["spec"]["template"]["spec"]["volumes"]}
    mounts = {m["name"]: m["mountPath"] for m in _container()["volumeMounts"]}
    credentials = next(v for v in volumes.values() if "secret" in v)
    assert credentials["secret"]["secretName"] == secret["metadata"]["name"]
    files = {
        f"{mounts[credentials['name']]}/{item['path']}": item["key"]
        for item in credentials["secret"]["items"]
    }
    assert files[config["WIRE_SASL_PASSWORD_FILE"]] == "password"
    assert files[config["WIRE_SSL_CAFILE"]] in keys
    assert config["WIRE_SECURITY_PROTOCOL"].startswith("SASL")


def test_keda_scales_the_deployment_on_the_groups_lag() -> None:
    scaled = _by_kind("ScaledObject")
    config = _config()
    assert scaled["spec"]["scaleTargetRef"]["name"] == _by_kind("Deployment")["metadata"]["name"]
    (trigger,) = scaled["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    meta = trigger["metadata"]
    assert meta["bootstrapServers"] == config["KAFKA_BOOTSTRAP_SERVERS"]
    assert meta["consumerGroup"] == config["WIRE_GROUP_ID"]
    assert meta["topic"] == config["WIRE_INPUT_TOPIC"]
    assert meta["allowIdleConsumers"] == "false"
    auth = _by_kind("TriggerAuthentication")
    assert trigger["authenticationRef"]["name"] == auth["metadata"]["name"]
    secret = _by_kind("Secret")
    params = {ref["parameter"] for ref in auth["spec"]["secretTargetRef"]}
    assert {"sasl", "username", "password", "tls"} <= params
    for ref in auth["spec"]["secretTargetRef"]:
        assert ref["name"] == secret["metadata"]["name"] and ref["key"] in secret["stringData"]


def test_max_replicas_is_the_input_topics_partition_count() -> None:
    scaled = _by_kind("ScaledObject")
    partitions = int(scaled["metadata"]["annotations"]["wire-consumer/input-partitions"])
    assert scaled["spec"]["maxReplicaCount"] == partitions
    assert 1 <= scaled["spec"]["minReplicaCount"] <= partitions
    assert f"{partitions} partitions" in (ROOT / "docs" / "operations.md").read_text()


def test_selectors_find_the_pods_and_the_metrics_port() -> None:
    pod_labels = _by_kind("Deployment")["spec"]["template"]["metadata"]["labels"]
    service = _by_kind("Service")
    for selector in (
        _by_kind("Deployment")["spec"]["selector"]["matchLabels"],
        service["spec"]["selector"],
        _by_kind("PodDisruptionBudget")["spec"]["selector"]["matchLabels"],
    ):
        assert selector.items() <= pod_labels.items()
    monitor = _by_kind("ServiceMonitor")
    assert monitor["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    (endpoint,) = monitor["spec"]["endpoints"]
    assert endpoint["path"] == "/metrics"
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"]}


def _exported_names() -> set[str]:
    """Every sample name the worker's registry can export (a counter's _total, a histogram's _bucket...)."""
    suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}
    return {
        family.name + suffix
        for family in Metrics().registry.collect()
        for suffix in suffixes.get(family.type, ("",))
    }


def test_alert_rules_are_valid_promql() -> None:
    rules = [rule for group in _by_kind("PrometheusRule")["spec"]["groups"] for rule in group["rules"]]
    for rule in rules:
        try:
            promql_parser.parse(rule["expr"])
        except ValueError as exc:
            pytest.fail(f"{rule['alert']}: {exc}")
    with pytest.raises(ValueError):  # the parser type-checks: rate() needs a range
        promql_parser.parse("rate(wire_items_consumed_total) > 0")


def test_alert_rules_use_metrics_the_worker_exports() -> None:
    exported = _exported_names()
    rules = [rule for group in _by_kind("PrometheusRule")["spec"]["groups"] for rule in group["rules"]]
    assert len(rules) >= 5
    used = {name for rule in rules for name in re.findall(r"\bwire_[a-z_]+", rule["expr"])}
    assert used and used <= exported, used - exported
    documented = (ROOT / "docs" / "operations.md").read_text()
    for rule in rules:
        assert rule["alert"] in documented, f"docs/operations.md does not explain {rule['alert']}"


def test_the_rules_quoted_in_the_guide_are_the_deployed_ones() -> None:
    deployed = {
        rule["alert"]: rule
        for group in _by_kind("PrometheusRule")["spec"]["groups"]
        for rule in group["rules"]
    }
    text = (ROOT / "docs" / "operations.md").read_text()
    quoted = [
        rule
        for block in re.findall(r"```yaml\n(.*?)```", text, flags=re.DOTALL)
        if block.startswith("- alert:")
        for rule in yaml.safe_load(block)
    ]
    assert quoted
    for rule in quoted:
        assert rule.items() <= deployed[rule["alert"]].items(), rule["alert"]
