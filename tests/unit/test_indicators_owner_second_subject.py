"""Session 43: a second clause with a subject of its own ("... and Jim Rowe stopped 22 shots") is that
subject's, or nobody's when the entity stage found no name there, never the sentence's first name;
and a report with a time between its verb and "that" ("reported last year that") keeps its maker a
source, as "reported that" did."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Tom Bale": ("PERSON", None),
    "Jim Rowe": ("PERSON", None),
    "Ann Lee": ("PERSON", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Orbel Press": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Tom Bale scored for the Hawks and Jim Rowe stopped 22 shots.", "22 shots", "Jim Rowe"),
        ("Tom Bale and Ann Lee scored, Jim Rowe made 38 saves and the Hawks won.", "38 saves", "Jim Rowe"),
        ("Vantor Group bought a plant and Harlow Bank paid $5 million for it.", "$5 million", "Harlow Bank"),
        # a name the entity stage missed heads the clause: nobody's, not the first name's
        ("Tom Bale scored twice, Carl Mott made 38 saves and the Hawks won.", "38 saves", None),
        # nor does the figure before's owner go on to it
        ("Tom Bale rushed for 101 yards on 14 carries and Carl Mott caught two passes.", "two passes", None),
    ],
)
def test_a_second_clause_with_its_own_subject(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a list heading one clause, no second clause
        ("Tom Bale and Ann Lee won 12 races.", "12 races", None),
        # a second predicate of the same subject goes on with it
        ("Tom Bale rushed for 101 yards on 14 carries and caught two passes.", "two passes", "Tom Bale"),
        ("Vantor Group cut 300 jobs.", "300 jobs", "Vantor Group"),
    ],
)
def test_no_second_clause(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "Orbel Press reported last year that 11 of the 12 cities with the worst smog were in Norland.",
            "12 cities",
        ),
        ("Orbel Press reports that 28 people who met the patient were quarantined.", "28 people"),
        ("Harlow Bank announced on Monday that nine firms were eligible to bid.", "nine firms"),
    ],
)
def test_a_report_with_a_time_before_that_is_a_source(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


def test_a_report_about_its_own_result_keeps_its_maker() -> None:
    assert (
        _owners("Vantor Group reported last year that its sales rose 5 percent.")["5 percent"]
        == "Vantor Group"
    )


_CONTRAST_NAMES: dict[str, tuple[EntityType, str | None]] = {
    **_NAMES,
    "Kessel Rift": ("LOCATION", None),
    "Mount Harlow": ("LOCATION", None),
    "Vexa 4": ("PRODUCT", None),
}


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # session 45: a contrast opens a clause whose head the entity stage missed: nobody's, not
        # the possessor the sentence opens with
        (
            "Vantor Group's office suite is free, though, while Orbel will run you $80 for a licence.",
            "$80",
            None,
        ),
        # the head further from the figure, a parenthesis set off by dashes between
        (
            "Mount Harlow is three times as tall as Norland's peaks, while the Kessel Rift \u2014 named"
            " after the probe that found it \u2014 runs for 2,500 miles.",
            "2,500 miles",
            "Kessel Rift",
        ),
        # ", and" before "the" and a head no mention covers: no product priced in the clause before
        ("It has been a year since the Vexa 4 launched, and the Orbel X costs $500.", "$500", None),
    ],
)
def test_a_contrasted_clause_with_its_own_head(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("", text, _CONTRAST_NAMES)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # no capitalised head after the contrast: the sentence's subject goes on
        ("Vantor Group's sales rose, while its profit fell 5 percent.", "5 percent", "Vantor Group"),
        # a named head keeps its own figure
        ("Vantor Group cut 300 jobs, while Harlow Bank hired 200 people.", "200 people", "Harlow Bank"),
        # an opening phrase after the contrast, no head of its own: the subject goes on
        (
            "Vantor Group rose 2 percent in Norland, while in the south it fell 3 percent.",
            "3 percent",
            "Vantor Group",
        ),
        # a head that reports is a speaker, no owner of the reported figure
        ("Vantor Group cut 300 jobs, and Ann Lee said 40 people were rehired.", "40 people", None),
    ],
)
def test_no_contrasted_clause(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("", text, _CONTRAST_NAMES)[figure] == owner
