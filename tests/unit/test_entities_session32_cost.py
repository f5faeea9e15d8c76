"""Session 32: cheaper whole-text scans read only where a match can lie, with the same matches."""

from __future__ import annotations

import pytest

from consumer.entities.rules import organisations

COMPANY_TEXTS = [
    "Acme Corp said on Monday.\nBeta Holdings Inc rose.",
    "The Foo Co., Ltd. and Bar Group\n\nOcean Villa\n\nHarbor Hotels Corporation",
    "Shares of J.P. Tarvo and Co Inc fell.\nNo suffix here at all.\nQuill Ltd",
    "On Tuesday Acme\tCorp, a maker, and Kelp Widget Company of Norland SA",
    "Co\nCo Co\n Co\nA B C D E F Corp\nCorp",
    "Group D\nin Group F match",
    "",
]


@pytest.mark.parametrize("text", COMPANY_TEXTS)
def test_company_lines_find_what_the_whole_scan_finds(text: str) -> None:
    whole = [m.span() for m in organisations._COMPANY.finditer(text)]
    assert [m.span() for m in organisations._company_matches(text)] == whole


def test_company_lines_keep_a_name_on_a_later_line() -> None:
    text = "Nothing here.\nThe rival Harbor Hotels Corporation said."
    assert [text[s:e] for s, e in organisations.companies(text)] == ["Harbor Hotels Corporation"]
