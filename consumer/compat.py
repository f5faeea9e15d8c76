"""The schema-compatibility gate and the release step that moves its baseline.

Mode: **FULL** in Confluent's terms: an event written with the new schema validates
against the last released one (FORWARD: consumers upgrade after the producer), and a
stored event written with the last released schema validates against the new one
(BACKWARD: ``wire.articles.v1`` is compacted, so old events are read again). With the
open content model of ``schemas/`` (``additionalProperties: true``) that leaves one
kind of change free: a new optional field. Everything else the rules below find is
breaking and needs a ``v2`` schema on a ``v2`` topic. The rules are documented in
``schemas/README.md``; each is shown by a mutation test in
``tests/unit/test_schema_compat.py``.

``python -m consumer.compat release`` (``scripts/release``) compares ``schemas/`` with the
latest baseline in ``schemas/baseline/<version>/``, refuses a breaking change, bumps the
version in ``pyproject.toml``, records the changes in ``CHANGELOG.md`` with the new
baseline's digest, and writes the new baseline. Every earlier baseline is kept, and the
test suite checks the whole chain, so overwriting a baseline by hand does not pass.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

MODE = "FULL"

# Keywords that narrow or widen what validates; any change to one is breaking under FULL.
CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
# Which setting names the topic of each schema family (None: not published on a topic).
TOPIC_SETTINGS: dict[str, str | None] = {
    "article": "articles_topic",
    "indicator": "indicators_topic",
    "quote": "quotes_topic",
    "envelope": "input_topic",
    "error": None,
}
_SCHEMA_NAME = re.compile(r"^(?P<family>[a-z_]+)\.v(?P<major>\d+)\.json$")
_VERSION = re.compile(r'^version = "(?P<version>\d+\.\d+\.\d+)"$', re.MULTILINE)


@dataclass(frozen=True)
class Change:
    """One difference between two versions of a schema; ``breaking`` under the mode."""

    schema: str
    path: str
    kind: str
    breaking: bool
    detail: str = ""

    def __str__(self) -> str:
        where = f"{self.schema}{self.path or ''}"
        return (
            f"{'BREAKING' if self.breaking else 'compatible'} {self.kind} at {where}: {self.detail}".rstrip(
                ": "
            )
        )


# --------------------------------------------------------------------------- comparison


@dataclass
class _Walk:
    schema: str
    old_doc: dict[str, Any]
    new_doc: dict[str, Any]
    changes: list[Change] = field(default_factory=list)
    seen: set[tuple[str, str]] = field(default_factory=set)

    def add(self, path: str, kind: str, breaking: bool, detail: str = "") -> None:
        self.changes.append(Change(self.schema, path, kind, breaking, detail))


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` (``#/$defs/Name``) until a schema without one."""
    hops = 0
    while isinstance(node, dict) and "$ref" in node and hops < 32:
        target: Any = doc
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
        hops += 1
    return node


def _branches(doc: dict[str, Any], node: Any) -> list[Any]:
    """The alternatives of a schema (``anyOf``/``oneOf`` flattened), references resolved."""
    node = _resolve(doc, node)
    if not isinstance(node, dict):
        return [node]
    alternatives = node.get("anyOf") or node.get("oneOf")
    if not alternatives:
        return [node]
    out: list[Any] = []
    for alternative in alternatives:
        out.extend(_branches(doc, alternative))
    return out


def _types(doc: dict[str, Any], node: Any) -> set[str]:
    types: set[str] = set()
    for branch in _branches(doc, node):
        if branch is True or branch == {}:
            types.add("any")
        elif isinstance(branch, dict):
            declared = branch.get("type")
            if isinstance(declared, list):
                types.update(declared)
            elif isinstance(declared, str):
                types.add(declared)
            elif "properties" in branch:
                types.add("object")
            elif "enum" in branch or "const" in branch:
                values = branch.get("enum", [branch.get("const")])
                types.update(_json_type(value) for value in values)
            else:
                types.add("any")
    return types


def _uncovered(types: set[str], by: set[str]) -> set[str]:
    """The types in ``types`` that ``by`` does not accept (a number accepts an integer)."""
    if "any" in by:
        return set()
    return {t for t in types if t not in by and not (t == "integer" and "number" in by)}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number" if isinstance(value, float) else "integer"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "any"


def _enum(doc: dict[str, Any], node: Any) -> set[str] | None:
    """Allowed values over the non-null branches, or None when any value of the type goes."""
    values: set[str] = set()
    for branch in _branches(doc, node):
        if isinstance(branch, dict) and branch.get("type") == "null":
            continue
        if not isinstance(branch, dict) or not ("enum" in branch or "const" in branch):
            return None
        values.update(orjson.dumps(v).decode() for v in branch.get("enum", [branch.get("const")]))
    return values


def _single(doc: dict[str, Any], node: Any) -> dict[str, Any] | None:
    """The one non-null alternative, when there is exactly one and it is an object schema."""
    real = [b for b in _branches(doc, node) if not (isinstance(b, dict) and b.get("type") == "null")]
    return real[0] if len(real) == 1 and isinstance(real[0], dict) else None


def _compare(walk: _Walk, old: Any, new: Any, path: str) -> None:
    key = (orjson.dumps(old, option=orjson.OPT_SORT_KEYS).decode(), path)
    if key in walk.seen:  # a recursive definition
        return
    walk.seen.add(key)
    old_types, new_types = _types(walk.old_doc, old), _types(walk.new_doc, new)
    if _uncovered(old_types, new_types):
        walk.add(path, "narrowed_type", True, f"{sorted(old_types)} -> {sorted(new_types)}")
    if _uncovered(new_types, old_types):
        walk.add(path, "widened_type", True, f"{sorted(old_types)} -> {sorted(new_types)}")
    old_enum, new_enum = _enum(walk.old_doc, old), _enum(walk.new_doc, new)
    if old_enum != new_enum:
        if new_enum is not None and (old_enum is None or old_enum - new_enum):
            gone = sorted(old_enum - new_enum) if old_enum is not None else "any value"
            walk.add(path, "narrowed_enum", True, f"no longer allowed: {gone}")
        if old_enum is not None and (new_enum is None or new_enum - old_enum):
            added = sorted(new_enum - old_enum) if new_enum is not None else "any value"
            walk.add(path, "widened_enum", True, f"newly allowed: {added} (old consumers reject it)")
    old_one, new_one = _single(walk.old_doc, old), _single(walk.new_doc, new)
    if old_one is None or new_one is None:
        old_count, new_count = len(_branches(walk.old_doc, old)), len(_branches(walk.new_doc, new))
        if old_count != new_count and old_types == new_types:
            walk.add(path, "changed_union", True, f"{old_count} alternatives -> {new_count}")
        return
    for keyword in CONSTRAINTS:
        if old_one.get(keyword) != new_one.get(keyword):
            walk.add(
                path,
                "changed_constraint",
                True,
                f"{keyword}: {old_one.get(keyword)} -> {new_one.get(keyword)}",
            )
    if (
        old_one.get("additionalProperties", True) is not False
        and new_one.get("additionalProperties") is False
    ):
        walk.add(path, "closed_content", True, "additionalProperties: false rejects any new field")
    _compare_properties(walk, old_one, new_one, path)
    if "items" in old_one or "items" in new_one:
        _compare(walk, old_one.get("items", {}), new_one.get("items", {}), f"{path}[]")
    old_values, new_values = old_one.get("additionalProperties"), new_one.get("additionalProperties")
    if isinstance(old_values, dict) or isinstance(new_values, dict):  # a map: dict[str, X]
        _compare(walk, old_values if isinstance(old_values, dict) else {}, new_values or {}, f"{path}{{}}")


def _compare_properties(walk: _Walk, old: dict[str, Any], new: dict[str, Any], path: str) -> None:
    old_props: dict[str, Any] = old.get("properties", {})
    new_props: dict[str, Any] = new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    added = [name for name in new_props if name not in old_props]
    for name, schema in old_props.items():
        where = f"{path}.{name}"
        if name not in new_props:
            hint = f" (renamed to {added[0]}?)" if len(added) == 1 else ""
            walk.add(where, "removed_field", True, f"consumers read it{hint}")
            continue
        if name in old_required and name not in new_required:
            walk.add(where, "no_longer_required", True, "old consumers require it")
        if name not in old_required and name in new_required:
            walk.add(where, "new_required_field", True, "events stored before lack it")
        _compare(walk, schema, new_props[name], where)
    for name in added:
        where = f"{path}.{name}"
        if name in new_required:
            walk.add(where, "new_required_field", True, "events stored before lack it")
        else:
            walk.add(where, "added_optional_field", False)


def compare(schema: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference between two versions of one schema document that the mode cares about."""
    walk = _Walk(schema, old, new)
    _compare(walk, old, new, "")
    return walk.changes


def closed_objects(doc: Any, path: str = "") -> list[str]:
    """Paths of object schemas that close the content model (the mode needs it open)."""
    found: list[str] = []
    if isinstance(doc, dict):
        if doc.get("additionalProperties") is False:
            found.append(path or "/")
        for key, value in doc.items():
            found.extend(closed_objects(value, f"{path}/{key}"))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            found.extend(closed_objects(value, f"{path}/{index}"))
    return found


# --------------------------------------------------------------------------- baseline and release


def load_folder(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.name: orjson.loads(p.read_bytes()) for p in sorted(folder.glob("*.json"))}


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def baselines(root: Path) -> list[str]:
    """Released versions with a baseline, oldest first."""
    folder = root / "schemas" / "baseline"
    if not folder.is_dir():
        return []
    names = [p.name for p in folder.iterdir() if p.is_dir() and re.fullmatch(r"\d+\.\d+\.\d+", p.name)]
    return sorted(names, key=version_key)


def digest(folder: Path) -> str:
    """sha256 over the baseline files' names and bytes: the CHANGELOG records it."""
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.json")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


@dataclass
class Plan:
    changes: list[Change]
    bump: str  # "major" | "minor" | "patch"

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]


def plan(
    old: Mapping[str, dict[str, Any]], new: Mapping[str, dict[str, Any]], topics: Mapping[str, str | None]
) -> Plan:
    """What releasing ``new`` over the baseline ``old`` means: its changes and the version bump.

    ``topics`` maps each schema family to its topic (the settings' defaults). A breaking
    change to an existing schema is never released; a ``vN`` schema (N > 1) is released
    only with a topic whose name ends in ``.vN``, and then its ``vN-1`` may be retired.
    """
    changes: list[Change] = []
    bump = "patch"
    for name, doc in old.items():
        if name in new:
            changes.extend(compare(name, doc, new[name]))
            continue
        match = _SCHEMA_NAME.match(name)
        successor = f"{match['family']}.v{int(match['major']) + 1}.json" if match else None
        if successor in new:
            changes.append(Change(name, "", "retired_schema", False, f"superseded by {successor}"))
        else:
            changes.append(Change(name, "", "removed_schema", True, "no successor schema"))
    for name in new:
        if name in old:
            continue
        match = _SCHEMA_NAME.match(name)
        if match is None:
            changes.append(Change(name, "", "bad_schema_name", True, "expected <family>.v<N>.json"))
            continue
        major = int(match["major"])
        topic = topics.get(match["family"])
        if major > 1 and topic is not None and not topic.endswith(f".v{major}"):
            detail = f"a v{major} schema needs a v{major} topic (the topic setting says {topic!r})"
            changes.append(Change(name, "", "new_major_without_topic", True, detail))
        elif major > 1:
            changes.append(Change(name, "", "new_major_schema", False, f"on {topic or 'no topic'}"))
            bump = "major"
        else:
            changes.append(Change(name, "", "new_schema", False))
    if bump != "major" and any(not c.breaking for c in changes):
        bump = "minor"
    return Plan(changes, bump)


def bumped(version: str, bump: str) -> str:
    major, minor, patch = version_key(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def project_version(root: Path) -> str:
    match = _VERSION.search((root / "pyproject.toml").read_text(encoding="utf-8"))
    if match is None:
        raise ValueError('pyproject.toml has no version = "X.Y.Z" line')
    return match["version"]


def default_topics() -> dict[str, str | None]:
    from consumer.config import Settings

    fields = Settings.model_fields
    return {
        family: (str(fields[setting].default) if setting else None)
        for family, setting in TOPIC_SETTINGS.items()
    }


_CHANGELOG_HEAD = """# Changelog

Releases of the event contract, written by `scripts/release` (see `schemas/README.md`).
Compatibility mode: FULL. Each entry records the schema changes and the sha256 of the
baseline it wrote to `schemas/baseline/<version>/`; the test suite checks both.
"""


def release(
    root: Path, topics: Mapping[str, str | None], note: str | None = None, today: dt.date | None = None
) -> tuple[str, Plan]:
    """Release ``schemas/``: refuse a breaking change, else bump, record and write the baseline."""
    current = load_folder(root / "schemas")
    released = baselines(root)
    version = project_version(root)
    if released:
        result = plan(load_folder(root / "schemas" / "baseline" / released[-1]), current, topics)
        if result.breaking:
            raise RefusedRelease(result)
        new_version = bumped(version, result.bump)
    else:
        result = plan({}, current, topics)
        if result.breaking:
            raise RefusedRelease(result)
        new_version = version  # the first baseline records the version in hand
    folder = root / "schemas" / "baseline" / new_version
    if folder.exists():
        raise ValueError(f"{folder} already exists")
    folder.mkdir(parents=True)
    for name in current:
        (folder / name).write_bytes((root / "schemas" / name).read_bytes())
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(_VERSION.sub(f'version = "{new_version}"', text, count=1), encoding="utf-8")
    _record(root / "CHANGELOG.md", new_version, result, digest(folder), note, today or dt.date.today())
    return new_version, result


def _record(changelog: Path, version: str, result: Plan, sha: str, note: str | None, today: dt.date) -> None:
    lines = [f"## {version} - {today.isoformat()}", ""]
    if note:
        lines.append(f"- {note}")
    if not result.changes:
        lines.append("- no schema change")
    lines.extend(f"- {change}" for change in result.changes)
    lines += [f"- baseline sha256: {sha}", ""]
    entry = "\n".join(lines)
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else _CHANGELOG_HEAD
    head, sep, rest = text.partition("\n## ")
    text = f"{head.rstrip()}\n\n{entry}\n" + (f"## {rest}" if sep else "")
    changelog.write_text(text.rstrip() + "\n", encoding="utf-8")


def recorded_digests(changelog: Path) -> dict[str, str]:
    """version -> the baseline sha256 its CHANGELOG entry records."""
    found: dict[str, str] = {}
    version = None
    for line in changelog.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\d+\.\d+\.\d+)\b", line)
        if heading:
            version = heading[1]
        sha = re.match(r"^- baseline sha256: ([0-9a-f]{64})$", line)
        if sha and version:
            found[version] = sha[1]
    return found


def audit(root: Path, topics: Mapping[str, str | None]) -> list[str]:
    """What is wrong with the gate's state: the test suite and the release step both ask.

    ``schemas/`` must keep the open content model, be compatible with the latest
    baseline, every baseline with the one before it, and each baseline must still have
    the digest its CHANGELOG entry recorded (so a baseline overwritten by hand fails).
    """
    problems = [
        f"schemas/{name}: closed content at {where}"
        for name, doc in load_folder(root / "schemas").items()
        for where in closed_objects(doc)
    ]
    released = baselines(root)
    if not released:
        return [*problems, "no baseline under schemas/baseline/: run scripts/release"]
    digests = recorded_digests(root / "CHANGELOG.md") if (root / "CHANGELOG.md").exists() else {}
    for version in released:
        folder = root / "schemas" / "baseline" / version
        if digests.get(version) != digest(folder):
            problems.append(f"schemas/baseline/{version} does not match the digest CHANGELOG.md recorded")
    for before, after in itertools.pairwise(released):
        step = plan(
            load_folder(root / "schemas" / "baseline" / before),
            load_folder(root / "schemas" / "baseline" / after),
            topics,
        )
        problems += [f"baseline {before} -> {after}: {change}" for change in step.breaking]
        if step.bump == "major" and version_key(after)[0] == version_key(before)[0]:
            problems.append(f"baseline {before} -> {after}: a new major schema needs a major version")
    latest = load_folder(root / "schemas" / "baseline" / released[-1])
    problems += [
        f"schemas/ vs baseline {released[-1]}: {change}"
        for change in plan(latest, load_folder(root / "schemas"), topics).breaking
    ]
    if version_key(released[-1]) > version_key(project_version(root)):
        problems.append(f"baseline {released[-1]} is newer than pyproject.toml's version")
    return problems


class RefusedRelease(Exception):
    def __init__(self, result: Plan) -> None:
        super().__init__(f"breaking change(s) under {MODE} compatibility")
        self.plan = result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/release", description=__doc__.split("\n\n")[0])
    parser.add_argument("--note", help="one line for the CHANGELOG entry (what and why)")
    parser.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root: Path = args.root
    from consumer.schemas import render, schema_documents

    stale = [n for n, d in schema_documents().items() if (root / "schemas" / n).read_bytes() != render(d)]
    if stale:
        print(f"release: schemas/ is stale ({', '.join(stale)}): run wire-consumer schemas --out schemas/")
        return 1
    topics = default_topics()
    released = baselines(root)
    tampered = [p for p in audit(root, topics) if not p.startswith(("schemas/ vs", "no baseline"))]
    if tampered:
        print("\n".join(tampered))
        print("release refused: the baseline history does not check out")
        return 1
    if args.dry_run:
        old = load_folder(root / "schemas" / "baseline" / released[-1]) if released else {}
        result = plan(old, load_folder(root / "schemas"), topics)
        for change in result.changes:
            print(change)
        print(f"bump: {result.bump}; breaking: {len(result.breaking)}")
        return 1 if result.breaking else 0
    try:
        version, result = release(root, topics, args.note)
    except RefusedRelease as refused:
        for change in refused.plan.breaking:
            print(change)
        print(
            f"release refused: {MODE} compatibility forbids these changes in a released schema. Keep the v1 "
            "schema as it is and publish the new shape as <family>.v2.json on a topic ending in .v2 "
            "(see schemas/README.md)."
        )
        return 1
    for change in result.changes:
        print(change)
    print(f"released {version}: pyproject.toml, CHANGELOG.md, schemas/baseline/{version}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
