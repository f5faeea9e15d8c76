"""Session 37's cost cuts answer as the slower reads they skip (same outputs, fewer reads)."""

from __future__ import annotations

from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from consumer.entities.rules import languages, office_follows, portfolio_before_office
from consumer.entities.rules.languages import language_names, named_languages
from consumer.gate import capitalised_runs


def test_capitalised_runs_are_the_texts_runs() -> None:
    runs = capitalised_runs("Classes in Hindi, by McKay-Orr and NASA.")
    assert {"Classes", "Hindi", "Mc", "Kay", "Orr", "N", "A", "S"} <= runs
    assert "Hind" not in runs and "in" not in runs


def test_office_follows_reads_the_title_after_the_span() -> None:
    text = "Belgian Agriculture Minister Jo Roe met Kelby Agriculture Ltd"
    assert office_follows(text, len("Belgian Agriculture"))
    assert not office_follows(text, text.index(" Ltd"))


@given(
    st.lists(
        st.sampled_from(
            ["Agriculture", "Minister", "Kelby", "and", "Trade", "Secretary", "Ltd", "the", "said", ","]
        ),
        max_size=8,
    )
)
def test_office_follows_never_skips_a_portfolio(words: list[str]) -> None:
    text = " ".join(words)
    for end in range(len(text) + 1):
        for start in range(end):
            if portfolio_before_office(text, start, end):
                assert office_follows(text, end)


_SAMPLE_WORDS = [
    "in",
    "Hindi",
    "Urdu",
    "speakers",
    "Kelby",
    "and",
    "McHindi",
    "-language",
    ",",
    "spoke",
    "Gulf",
]


@given(st.lists(st.sampled_from(_SAMPLE_WORDS), max_size=10))
def test_language_precheck_changes_no_answer(words: list[str]) -> None:
    """The finder with its pre-check yields what it yields with the pre-check always passing."""
    text = " ".join(words).replace(" -", "-")
    found = list(named_languages(text, lambda _word: False))
    with mock.patch.object(languages, "capitalised_runs", lambda _text: language_names()):
        unchecked = list(named_languages(text, lambda _word: False))
    assert found == unchecked


def test_language_precheck_skips_a_text_without_a_name() -> None:
    with mock.patch.object(languages, "gated_matches", side_effect=AssertionError("read")):
        assert list(named_languages("Talks in Kelby and Tarvia went on.", lambda _word: False)) == []
