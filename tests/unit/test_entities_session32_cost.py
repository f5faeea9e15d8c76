"""Session 32: cheaper whole-text scans read only where a match can lie, with the same matches."""

from __future__ import annotations

import pytest

from consumer.entities import attributes, cand_passes
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


ROLE_TEXTS = [
    ("Harbor Mills spokesman Jo Quill said", "Jo Quill"),
    ("said national disaster agency spokeswoman Ana Dorne.", "Ana Dorne"),
    ("Finance minister Tam Orr spoke", "Tam Orr"),
    ("Gen. Kel Varro arrived", "Kel Varro"),
    ("President-elect Ida Marsh won", "Ida Marsh"),
    ("Prime Minister\nLi Aru", "Li Aru"),
    ("the spokesman \nJo Quill", "Jo Quill"),
    ("a talk with Jo Quill, the chief economist at Kelp Bank, today", "Jo Quill"),
    ("McDonald Ana Dorne", "Ana Dorne"),
    ("on Monday. Ana Dorne said", "Ana Dorne"),
    ("Abcde. Ana Dorne said", "Ana Dorne"),
    ("he told Ana Dorne", "Ana Dorne"),
]


@pytest.mark.parametrize(("text", "name"), ROLE_TEXTS)
def test_role_window_checks_pass_every_window_the_patterns_match(text: str, name: str) -> None:
    start = text.index(name)
    for pattern, reach, check in (
        (attributes._TITLE_BEFORE, 60, attributes._may_end_in_title),
        (attributes._LOWER_TITLE, 80, attributes._may_end_in_role),
    ):
        low = max(0, start - reach)
        if pattern.search(text, low, start) is not None:
            assert check(text, low, start)


def test_role_window_checks_skip_what_cannot_match() -> None:
    text = "he told Ana Dorne on Monday. Ana Dorne said"
    for start in (text.index("Ana"), text.rindex("Ana")):
        assert not attributes._may_end_in_title(text, 0, start)
        assert not attributes._may_end_in_role(text, 0, start)


def test_roles_still_read() -> None:
    text = "Harbor Mills spokesman Jo Quill said, and Gen. Kel Varro arrived."
    s = text.index("Jo Quill")
    role = attributes.person_role(text, s, s + len("Jo Quill"))
    assert role is not None and role[0] == "spokesman" and role[1] == "Harbor Mills"
    s = text.index("Kel Varro")
    role = attributes.person_role(text, s, s + len("Kel Varro"))
    assert role is not None and role[0] == "General"


TOWN_TEXTS = [
    "police in Kessel Hill, Texas",
    "Kessel Hill,\t Texas",
    "in Kessel Hill, \nTexas",
    "in Texas",
    "Hill ,Texas",
]


@pytest.mark.parametrize("text", TOWN_TEXTS)
def test_town_window_check_finds_what_the_search_finds(text: str) -> None:
    start = text.rindex("Texas")
    low = max(0, start - 60)
    whole = cand_passes._TOWN_BEFORE_COMMA.search(text, low, start)
    found = cand_passes._town_before_comma(text, low, start)
    assert (whole and whole.span(1)) == (found and found.span(1))
