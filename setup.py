"""Build hook: the optional compiled enrichment core (``WIRE_COMPILE=1``).

A plain ``pip install .`` or ``pip install -e .`` builds the pure-Python package, which is
what development, the tests and ``scripts/regress`` run. With ``WIRE_COMPILE=1`` the pure
enrichment stages (entity rules, figures, owners, topics, quotes and the lexicons they
share) are compiled with mypyc, the compiler mypy and black ship with: the same typed source
turned into C extension modules, about a fifth less CPU in those stages (README, "Cost").
The worker image builds this way (``Dockerfile``), and ``scripts/compiled`` checks that the
compiled wheel gives the pure build's outputs byte for byte. mypyc needs the runtime
dependencies importable for type checking (pydantic's plugin, spaCy's types), so a compiled
build runs without build isolation in an environment that has them:
``WIRE_COMPILE=1 pip wheel --no-build-isolation --no-deps .``.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# Stays interpreted: the extractor is the stage boundary the profile benchmark times by
# wrapping its methods (a compiled class's methods cannot be wrapped); model.py and
# dictionary.py only load spaCy's model and tables once per process, and dictionary.py reads
# spaCy's lookup ``Table``, a dict subclass whose own ``get`` hashes the key first: compiled
# code calls dict's ``get`` on a static dict subclass, which would find nothing.
_INTERPRETED = {
    "consumer/entities/extractor.py",
    "consumer/entities/model.py",
    "consumer/entities/dictionary.py",
}
_CORE = ("consumer/entities", "consumer/indicators", "consumer/subjects", "consumer/quotes")
_SHARED = ("consumer/sentences.py", "consumer/gate.py", "consumer/lexicon.py", "consumer/bounds.py")


def compiled_groups(root: Path = Path()) -> list[tuple[list[str], str]]:
    """The compiled modules in two groups of about equal size (a shared library each), so
    that the two C files build on two cores."""
    files = sorted(p.relative_to(root).as_posix() for d in _CORE for p in (root / d).rglob("*.py"))
    files += list(_SHARED)
    files = [f for f in files if f not in _INTERPRETED]
    entities = [f for f in files if f.startswith("consumer/entities/")]
    rest = [f for f in files if not f.startswith("consumer/entities/")]
    return [(entities, "wire_core_entities"), (rest, "wire_core_rest")]


def _ext_modules() -> list[object]:
    if os.environ.get("WIRE_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    groups = compiled_groups()
    paths = [f for group, _ in groups for f in group]
    return list(mypycify(paths, opt_level="3", separate=groups))


if __name__ == "__main__":  # setuptools' build backend runs this file as __main__
    setup(ext_modules=_ext_modules(), options={"build_ext": {"parallel": os.cpu_count() or 1}})
