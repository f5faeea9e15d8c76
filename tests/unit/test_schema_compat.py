"""The schema-compatibility gate (FULL): the committed schemas against the released baselines,
a mutation test per kind of breaking change, and the release step in a scratch copy."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from consumer import compat

ROOT = Path(__file__).resolve().parents[2]
TOPICS = compat.default_topics()
Doc = dict[str, Any]


def _current(name: str) -> Doc:
    doc: Doc = orjson.loads((ROOT / "schemas" / name).read_bytes())
    return doc


# --------------------------------------------------------------------------- the gate on the repository


def test_mode_and_content_model_agree() -> None:
    assert compat.MODE == "FULL"
    for path in (ROOT / "schemas").glob("*.json"):
        assert compat.closed_objects(orjson.loads(path.read_bytes())) == [], path.name


def test_committed_schemas_pass_the_gate() -> None:
    """schemas/ vs the latest baseline, the chain of baselines, and their recorded digests."""
    assert compat.audit(ROOT, TOPICS) == []


def test_the_latest_baseline_is_what_schemas_holds_or_older() -> None:
    released = compat.baselines(ROOT)
    assert released, "no baseline: run scripts/release"
    assert compat.version_key(released[-1]) <= compat.version_key(compat.project_version(ROOT))


# --------------------------------------------------------------------------- mutations

Mutation = Callable[[Doc], None]


def _remove_field(doc: Doc) -> None:
    del doc["properties"]["byline"]


def _rename_field(doc: Doc) -> None:
    doc["properties"]["author"] = doc["properties"].pop("byline")


def _remove_nested_field(doc: Doc) -> None:
    del doc["$defs"]["Body"]["properties"]["word_count"]
    doc["$defs"]["Body"]["required"].remove("word_count")


def _narrow_type(doc: Doc) -> None:
    doc["properties"]["byline"] = {"type": "string"}  # was string or null


def _widen_type(doc: Doc) -> None:
    doc["$defs"]["Body"]["properties"]["word_count"] = {"type": ["integer", "string"]}


def _change_type(doc: Doc) -> None:
    doc["$defs"]["Body"]["properties"]["word_count"] = {"type": "string"}


def _narrow_enum(doc: Doc) -> None:
    doc["$defs"]["Entity"]["properties"]["type"]["enum"].remove("MISC")


def _widen_enum(doc: Doc) -> None:
    doc["$defs"]["Entity"]["properties"]["type"]["enum"].append("ALIEN")


def _new_required_field(doc: Doc) -> None:
    doc["properties"]["priority"] = {"type": "integer"}
    doc["required"].append("priority")


def _optional_becomes_required(doc: Doc) -> None:
    doc["required"].append("byline")


def _required_becomes_optional(doc: Doc) -> None:
    doc["required"].remove("headline")


def _tighter_constraint(doc: Doc) -> None:
    doc["$defs"]["Entity"]["properties"]["salience"]["maximum"] = 0.5


def _close_content(doc: Doc) -> None:
    doc["$defs"]["Body"]["additionalProperties"] = False


def _array_becomes_string(doc: Doc) -> None:
    doc["properties"]["editors"] = {"type": "string"}


MUTATIONS: dict[str, tuple[Mutation, str]] = {
    "removed field": (_remove_field, "removed_field"),
    "renamed field": (_rename_field, "removed_field"),
    "removed nested field": (_remove_nested_field, "removed_field"),
    "narrowed type": (_narrow_type, "narrowed_type"),
    "widened type": (_widen_type, "widened_type"),
    "changed type": (_change_type, "narrowed_type"),
    "narrowed enum": (_narrow_enum, "narrowed_enum"),
    "widened enum": (_widen_enum, "widened_enum"),
    "new required field": (_new_required_field, "new_required_field"),
    "optional field made required": (_optional_becomes_required, "new_required_field"),
    "required field made optional": (_required_becomes_optional, "no_longer_required"),
    "tighter constraint": (_tighter_constraint, "changed_constraint"),
    "closed content model": (_close_content, "closed_content"),
    "array made a string": (_array_becomes_string, "narrowed_type"),
}


@pytest.mark.parametrize("label", list(MUTATIONS))
def test_the_gate_fails_on_each_kind_of_breaking_change(label: str) -> None:
    mutate, kind = MUTATIONS[label]
    old = _current("article.v1.json")
    new = copy.deepcopy(old)
    mutate(new)
    result = compat.plan({"article.v1.json": old}, {"article.v1.json": new}, TOPICS)
    assert kind in {c.kind for c in result.breaking}, [str(c) for c in result.changes]


def test_a_new_optional_field_is_the_one_compatible_change() -> None:
    old = _current("indicator.v1.json")
    new = copy.deepcopy(old)
    new["$defs"]["Indicator"]["properties"]["confidence"] = {"type": "number", "default": None}
    result = compat.plan({"indicator.v1.json": old}, {"indicator.v1.json": new}, TOPICS)
    assert result.breaking == []
    assert [(c.kind, c.path) for c in result.changes] == [("added_optional_field", ".indicator.confidence")]
    assert result.bump == "minor"


def test_descriptions_titles_and_defaults_are_free() -> None:
    old = _current("quote.v1.json")
    new = copy.deepcopy(old)
    new["description"] = "reworded"
    new["$defs"]["Quote"]["properties"]["verb"]["title"] = "Verb of saying"
    result = compat.plan({"quote.v1.json": old}, {"quote.v1.json": new}, TOPICS)
    assert result.changes == [] and result.bump == "patch"


def test_the_values_of_a_map_are_compared_too() -> None:
    old: Doc = {
        "type": "object",
        "properties": {"counts": {"type": "object", "additionalProperties": {"type": "integer"}}},
    }
    new = copy.deepcopy(old)
    new["properties"]["counts"]["additionalProperties"] = {"type": "string"}
    kinds = {(c.kind, c.path) for c in compat.compare("x", old, new)}
    assert ("narrowed_type", ".counts{}") in kinds and ("widened_type", ".counts{}") in kinds
    assert compat.compare("x", old, copy.deepcopy(old)) == []


def test_a_removed_schema_is_breaking_unless_its_successor_exists() -> None:
    old = {"article.v1.json": _current("article.v1.json")}
    assert [c.kind for c in compat.plan(old, {}, TOPICS).breaking] == ["removed_schema"]
    topics = {**TOPICS, "article": "wire.articles.v2"}
    result = compat.plan(old, {"article.v2.json": _current("article.v1.json")}, topics)
    assert result.breaking == [] and result.bump == "major"


def test_a_v2_schema_needs_a_v2_topic() -> None:
    old = {"article.v1.json": _current("article.v1.json")}
    new = {**old, "article.v2.json": _current("article.v1.json")}
    assert [c.kind for c in compat.plan(old, new, TOPICS).breaking] == ["new_major_without_topic"]
    assert compat.plan(old, new, {**TOPICS, "article": "wire.articles.v2"}).breaking == []


# --------------------------------------------------------------------------- the release step


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """A copy of what the release step reads and writes, released once (the first baseline)."""
    (tmp_path / "schemas").mkdir()
    for path in (ROOT / "schemas").glob("*.json"):
        shutil.copy(path, tmp_path / "schemas" / path.name)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "1.4.2"\n')
    version, _ = compat.release(tmp_path, TOPICS, "first", dt.date(2026, 1, 1))
    assert version == "1.4.2"
    return tmp_path


def _edit(root: Path, name: str, mutate: Mutation) -> None:
    path = root / "schemas" / name
    doc = orjson.loads(path.read_bytes())
    mutate(doc)
    path.write_bytes(orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))


def test_release_of_a_compatible_change_bumps_records_and_moves_the_baseline(scratch: Path) -> None:
    assert compat.audit(scratch, TOPICS) == []
    _edit(scratch, "article.v1.json", lambda d: d["properties"].update({"priority": {"type": "integer"}}))
    version, result = compat.release(scratch, TOPICS, "priority field", dt.date(2026, 2, 1))
    assert version == "1.5.0" and result.bump == "minor"
    assert compat.project_version(scratch) == "1.5.0"
    assert compat.baselines(scratch) == ["1.4.2", "1.5.0"]
    changelog = (scratch / "CHANGELOG.md").read_text()
    assert changelog.index("## 1.5.0 - 2026-02-01") < changelog.index("## 1.4.2 - 2026-01-01")
    assert "compatible added_optional_field at article.v1.json.priority" in changelog
    assert compat.audit(scratch, TOPICS) == []


def test_release_refuses_a_breaking_change_and_writes_nothing(scratch: Path) -> None:
    _edit(scratch, "article.v1.json", _remove_field)
    before = (scratch / "pyproject.toml").read_text(), (scratch / "CHANGELOG.md").read_text()
    with pytest.raises(compat.RefusedRelease) as refused:
        compat.release(scratch, TOPICS)
    assert [c.kind for c in refused.value.plan.breaking] == ["removed_field"]
    assert ((scratch / "pyproject.toml").read_text(), (scratch / "CHANGELOG.md").read_text()) == before
    assert compat.baselines(scratch) == ["1.4.2"]
    assert any("removed_field" in problem for problem in compat.audit(scratch, TOPICS))


def test_release_of_a_v2_schema_on_a_v2_topic_is_a_major_release(scratch: Path) -> None:
    v1 = scratch / "schemas" / "article.v1.json"
    v2 = scratch / "schemas" / "article.v2.json"
    v1.rename(v2)
    _edit(scratch, "article.v2.json", _remove_field)
    with pytest.raises(compat.RefusedRelease):  # the articles topic still says .v1
        compat.release(scratch, TOPICS)
    version, result = compat.release(scratch, {**TOPICS, "article": "wire.articles.v2"})
    assert version == "2.0.0" and result.breaking == []
    assert {c.kind for c in result.changes} == {"retired_schema", "new_major_schema"}


def test_a_baseline_overwritten_by_hand_does_not_pass(scratch: Path) -> None:
    _edit(scratch, "article.v1.json", lambda d: d["properties"].update({"priority": {"type": "integer"}}))
    compat.release(scratch, TOPICS)
    # Someone makes a breaking change and copies it over the latest baseline to get past the gate.
    _edit(scratch, "article.v1.json", _remove_field)
    shutil.copy(scratch / "schemas" / "article.v1.json", scratch / "schemas" / "baseline" / "1.5.0")
    problems = compat.audit(scratch, TOPICS)
    assert any("does not match the digest" in p for p in problems), problems
    assert any(p.startswith("baseline 1.4.2 -> 1.5.0") and "removed_field" in p for p in problems), problems


def test_release_command_refuses_stale_schemas(scratch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(scratch, "article.v1.json", lambda d: d.update({"title": "Changed by hand"}))
    assert compat.main(["--root", str(scratch), "--dry-run"]) == 1
    assert "stale" in capsys.readouterr().out


def _as_generated(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the scratch copy's schemas/ what the models generate (as after a model change)."""
    import consumer.schemas

    docs = {p.name: orjson.loads(p.read_bytes()) for p in (root / "schemas").glob("*.json")}
    for name, doc in docs.items():
        (root / "schemas" / name).write_bytes(consumer.schemas.render(doc))
    monkeypatch.setattr(consumer.schemas, "schema_documents", lambda: docs)


def test_release_command(
    scratch: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(scratch, "quote.v1.json", lambda d: d["properties"].update({"lang": {"type": "string"}}))
    _as_generated(scratch, monkeypatch)
    assert compat.main(["--root", str(scratch), "--dry-run"]) == 0
    assert "bump: minor" in capsys.readouterr().out
    assert compat.main(["--root", str(scratch), "--note", "lang"]) == 0
    assert "released 1.5.0" in capsys.readouterr().out
    assert compat.project_version(scratch) == "1.5.0"
    _edit(scratch, "quote.v1.json", lambda d: d["properties"].pop("headline"))
    _as_generated(scratch, monkeypatch)
    assert compat.main(["--root", str(scratch)]) == 1
    out = capsys.readouterr().out
    assert "BREAKING removed_field at quote.v1.json.headline" in out and "release refused" in out
    assert compat.project_version(scratch) == "1.5.0"
