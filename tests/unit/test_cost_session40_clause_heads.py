"""Session 40 (issue 11's cost bound): two cuts in the owner rules for a clause that names nobody,
outputs unchanged. ``fallbacks._unnamed_name_heads`` reads the clause head's capitalised words
first and asks the anaphor's test only when there is one (most heads have none: the test then
says nothing); ``anaphora.anaphor_kind``, asked of the same clause head by several rules for one
figure, is remembered in a bounded memo."""

from __future__ import annotations

import pytest

from consumer.indicators.subject import fallbacks
from consumer.indicators.subject.anaphora import anaphor_kind
from consumer.indicators.subject.mentions import MentionIndex

_NO_NAME_HEADS = [
    "The company lifted its dividend to ",
    "Net profit at the mill rose to ",
    "Last year, sales grew by ",
    "It said output fell ",
]


@pytest.mark.parametrize("clause", _NO_NAME_HEADS)
def test_a_head_without_a_capitalised_word_skips_the_anaphor_test(
    clause: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unread(head: str) -> None:
        raise AssertionError("the anaphor test read a head with no capitalised word")

    monkeypatch.setattr(fallbacks, "anaphor_kind", unread)
    text = clause + "12 percent."
    assert not fallbacks._unnamed_name_heads(MentionIndex([], "body"), text, 0, len(clause))


@pytest.mark.parametrize(
    ("clause", "unnamed"),
    [
        ("Then the Quorvel Zeta costs ", True),  # a thing no mention covers heads the clause
        ("Looking at ads, Tarmish estimates spend hit ", True),
        ("The Harlow snack maker lifted its dividend to ", False),  # an epithet: the anaphor's
        ("In May, output rose ", False),  # a month is no name
        ("Sales in Kelvary grew ", False),  # a preposition governs the name
    ],
)
def test_a_head_with_a_capitalised_word_keeps_its_answer(clause: str, unnamed: bool) -> None:
    text = clause + "12 percent."
    assert fallbacks._unnamed_name_heads(MentionIndex([], "body"), text, 0, len(clause)) is unnamed


def test_the_anaphor_test_is_remembered_and_bounded() -> None:
    anaphor_kind.cache_clear()
    first = anaphor_kind("The company raised its outlook to ")
    assert first is not None and first[0] == "company"
    assert anaphor_kind("The company raised its outlook to ") == first
    info = anaphor_kind.cache_info()
    assert info.hits == 1 and info.maxsize is not None and info.maxsize <= 4096
    assert anaphor_kind("Harlow Bank raised its outlook to ") is None
