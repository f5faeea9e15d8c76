"""A figure in a phrase opening the sentence with "its" / "their" before it (session twenty-eight) is
the subject's of the clause after the phrase's comma: a name heading it, a verb right after it
("In its 150 years, Vantor Group has never cut its dividend"), or the country,
company, province or city an anaphor there stands for; a source heading the clause, a phrase
with no "its", and a phrase that does not open the sentence keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Hawks": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Ann Lee": ("PERSON", None),
}


def _owners(text: str, headline: str = "") -> dict[str, str | None]:
    return focus_rows(headline, text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("In its 150 years, Vantor Group has never cut its dividend.", "150 years", "Vantor Group"),
        ("During its first 10 years, Vantor Group opened 300 stores.", "10 years", "Vantor Group"),
        ("In their 20 years together, the Harlow Hawks won three titles.", "20 years", "Harlow Hawks"),
        (
            "Norland is a young state. In its more than 240 years of history, the country has fought wars.",
            "240 years",
            "Norland",
        ),
    ],
)
def test_an_opening_its_points_to_the_clause_subject(text: str, figure: str, owner: str) -> None:
    assert _owners(text, headline="Norland marks its day")[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the clause after the phrase opens with a source, not a subject with its verb
        ("In its first 10 years, analysts at Vantor Group said the fund lost money.", "10 years", None),
        # no "its": the phrase says when, and owns nothing
        ("For the past 10 years, Vantor Group opened 300 stores.", "10 years", None),
        # a person heading the clause is no organisation or place "its" stands for
        ("In its first 10 years, Ann Lee ran the club.", "10 years", None),
    ],
)
def test_other_opening_phrases_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


_MARKET: dict[str, tuple[EntityType, str | None]] = {
    "Kessel Wholesale Market": ("LOCATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
}


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("After 12 years of operation, Vantor Group closed the plant.", "12 years", "Vantor Group"),
        (
            "The Kessel Wholesale Market is large. However, after more than 10 years of operation, "
            "the market was troubled by poor sanitation.",
            "10 years",
            "Kessel Wholesale Market",
        ),
        ("After nearly 40 years of service, Vantor Group retired the ship.", "40 years", "Vantor Group"),
    ],
)
def test_a_span_of_the_subjects_activity_is_the_subjects(text: str, figure: str, owner: str) -> None:
    assert focus_rows("", text, _MARKET)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a span of something else the subject took part in says when
        ("After 12 years of talks, Vantor Group closed the plant.", "12 years", None),
        # not a span of time
        ("After 12 miles of driving, Vantor Group staff stopped.", "12 miles", None),
    ],
)
def test_other_spans_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("", text, _MARKET)[figure] == owner
