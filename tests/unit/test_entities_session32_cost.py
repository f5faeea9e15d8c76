"""Session 32: cheaper whole-text scans read only where a match can lie, with the same matches."""

from __future__ import annotations

import pytest

from consumer.entities.rules import organisations
from consumer.entities.rules.organisations import _on_lines

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
    assert [
        m.span() for m in _on_lines(organisations._COMPANY, organisations._SUFFIX_AFTER_SPACE, text)
    ] == whole


def test_company_lines_keep_a_name_on_a_later_line() -> None:
    text = "Nothing here.\nThe rival Harbor Hotels Corporation said."
    assert [text[s:e] for s, e in organisations.companies(text)] == ["Harbor Hotels Corporation"]


PARTNERSHIP_TEXTS = [
    "Shares of Tarvo, Webb and Co rose.\nHarlan Voss, Peller Dorne & Co Inc said.",
    "Acme, Tarvo Kelp, Quill and Co\nno partnership here, and Co",
    "As Kessler, Dorne and Co. said\n\nTarvo, Webb and\nCo",
    "Tarvo, Webb and Company fell",
]


@pytest.mark.parametrize("text", PARTNERSHIP_TEXTS)
def test_partnership_lines_find_what_the_whole_scan_finds(text: str) -> None:
    whole = [m.span() for m in organisations._COMMA_AND_CO.finditer(text)]
    assert [m.span() for m in _on_lines(organisations._COMMA_AND_CO, organisations._AND_CO, text)] == whole


def test_partnership_on_a_later_line() -> None:
    text = "Nothing here, and no firm.\nBrokers at Tarvo, Webb and Co said."
    assert [text[s:e] for s, e in organisations.comma_partnerships(text)] == ["Tarvo, Webb and Co"]
