"""The operations guide, the schema rules and the README point at files that exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ["docs/operations.md", "schemas/README.md", "README.md"]


@pytest.mark.parametrize("doc", DOCS)
def test_relative_links_resolve(doc: str) -> None:
    path = ROOT / doc
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", path.read_text())
    local = [link for link in links if "://" not in link]
    assert local, doc
    for link in local:
        assert (path.parent / link).resolve().exists(), f"{doc}: {link}"


def test_the_readme_links_the_contract_and_the_guide() -> None:
    readme = (ROOT / "README.md").read_text()
    for target in ("asyncapi.yaml", "docs/operations.md", "schemas/README.md", "CHANGELOG.md"):
        assert f"]({target})" in readme, target
