"""The compiled build's module list (setup.py, WIRE_COMPILE=1) against the source tree.

mypyc compiles what ``compiled_groups`` lists; the rest stays interpreted. Two things break
only in the compiled build, and ``scripts/compiled`` finds them only after a six-minute build:
an interpreted class built on a compiled one (mypyc refuses unless the base allows it), and a
compiled module reading spaCy's lookup tables (a dict subclass whose own ``get`` compiled code
bypasses). These tests read the sources instead.
"""

from __future__ import annotations

import ast
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETUP = runpy.run_path(str(ROOT / "setup.py"), run_name="setup")  # not "__main__": no build


def _compiled() -> set[str]:
    return {path for files, _ in SETUP["compiled_groups"](ROOT) for path in files}


def test_each_core_module_is_compiled_once_or_listed_as_interpreted() -> None:
    groups = SETUP["compiled_groups"](ROOT)
    listed = [path for files, _ in groups for path in files]
    assert len(listed) == len(set(listed))
    assert all(len(files) > 20 for files, _ in groups)  # two real halves, one per core
    core = {p.relative_to(ROOT).as_posix() for d in SETUP["_CORE"] for p in (ROOT / d).rglob("*.py")}
    interpreted = SETUP["_INTERPRETED"]
    assert interpreted <= core  # a renamed module must not silently become compiled
    assert set(listed) == (core - interpreted) | set(SETUP["_SHARED"])
    assert all((ROOT / path).is_file() for path in listed)


def _module_path(module: str) -> str:
    base = module.replace(".", "/")
    return f"{base}/__init__.py" if (ROOT / base).is_dir() else f"{base}.py"


def _classes(path: str) -> dict[str, ast.ClassDef]:
    tree = ast.parse((ROOT / path).read_text())
    return {node.name: node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}


def _imported(path: str) -> dict[str, str]:
    """Name -> the module path it is imported from, for ``from consumer... import name``."""
    tree = ast.parse((ROOT / path).read_text())
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("consumer"):
            for alias in node.names:
                found[alias.asname or alias.name] = _module_path(node.module)
    return found


def _allows_interpreted_subclasses(node: ast.ClassDef) -> bool:
    return any(
        isinstance(dec, ast.Call)
        and getattr(dec.func, "id", "") == "mypyc_attr"
        and any(kw.arg == "allow_interpreted_subclasses" for kw in dec.keywords)
        for dec in node.decorator_list
    )


def test_interpreted_classes_build_only_on_compiled_classes_that_allow_it() -> None:
    compiled = _compiled()
    interpreted = sorted(
        {p.relative_to(ROOT).as_posix() for p in (ROOT / "consumer").rglob("*.py")} - compiled
    )
    checked = 0
    for path in interpreted:
        imported = _imported(path)
        for node in _classes(path).values():
            todo = [(base.id, path) for base in node.bases if isinstance(base, ast.Name)]
            while todo:
                name, where = todo.pop()
                source = _imported(where).get(name) if where != path else imported.get(name)
                if source is None or source not in compiled:
                    continue
                base = _classes(source).get(name)
                assert base is not None, (name, source)
                assert _allows_interpreted_subclasses(base), f"{source}: {name} (a base of {node.name})"
                checked += 1
                todo += [(b.id, source) for b in base.bases if isinstance(b, ast.Name)]
    assert checked >= 2  # the extractor's passes, at least


def test_no_compiled_module_reads_spacy_lookup_tables() -> None:
    for path in sorted(_compiled()):
        tree = ast.parse((ROOT / path).read_text())
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert "spacy.lookups" not in modules, path
