"""The shared market index names (consumer.lexicon.index_names) as the figure rules read them."""

from __future__ import annotations

import re

import pytest

from consumer.lexicon import MARKET_INDEX_NAMES, index_names


@pytest.mark.parametrize("name", MARKET_INDEX_NAMES)
def test_every_name_is_matched_whole_in_lower_title_and_upper_case(name: str) -> None:
    loose = re.compile(rf"\b(?:{index_names()})\b", re.IGNORECASE)
    cased = re.compile(rf"\b(?:{index_names(cased=True)})\b")
    for form in (name, name.title(), name.upper()):
        assert loose.fullmatch(form)
    for form in (name.title(), name.upper()):
        assert cased.fullmatch(form)


def test_the_cased_form_leaves_lower_case_words_alone() -> None:
    cased = re.compile(rf"\b(?:{index_names(cased=True)})\b")
    assert cased.search("the dow of the river and a game of footsie") is None
    assert cased.search("the Dow and the FTSE") is not None


def test_a_two_word_name_takes_any_run_of_spaces() -> None:
    assert re.fullmatch(index_names(), "hang\n  seng") is not None
