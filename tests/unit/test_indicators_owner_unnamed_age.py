"""An age set before a noun describes that noun's unnamed referent (session 49): "the six-year-old boy",
"his 6-year-old son", "a 22-year-old local woman", "the 50-year-old alliance". A person named nearby
(a speaker, a parent, a leader in the next clause) or the owner of the figure before ("six sailors
accused of robbing a 22-year-old woman": the sailors' country) was taken as the age's owner; the
age is nobody's unless the noun is set beside a name ("Roe, a 44-year-old teacher", "his 62-year-old
brother, Tom Varga") or the age names the person ("the 26-year-old Varga")."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Ann Lee": ("PERSON", None),
    "Tom Varga": ("PERSON", None),
    "Kim Roe": ("PERSON", None),
    "Kessel Pact": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "The aunt said she will fly to Harlow to bring the six-year-old boy home, while Ann Lee"
            " urged calm.",
            "six-year-old",
        ),
        ("Relatives said Tom Varga had beaten his 6-year-old son, a charge Varga denied.", "6-year-old"),
        (
            "Tarvia said it cannot hand over the six Norland sailors accused of robbing a 22-year-old"
            " local woman.",
            "22-year-old",
        ),
    ],
)
def test_an_age_before_a_noun_is_not_a_bystander_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the noun set beside a name
        ("Kim Roe, a 44-year-old teacher, was arrested.", "44-year-old", "Kim Roe"),
        ("Ann Lee's 62-year-old brother, Tom Varga, was fined.", "62-year-old", "Tom Varga"),
        ("Police met the uncle of 6-year-old flood survivor Tom Varga.", "6-year-old", "Tom Varga"),
        # the age names the person
        ("It seemed too much for the 26-year-old Tom Varga.", "26-year-old", "Tom Varga"),
        # an apposed bare age
        ("Kim Roe, 44, was arrested.", "44", "Kim Roe"),
        # the subject's own age, told by a copula (found on the blind check)
        ("Tom Varga is a 42-year-old father of four who started late.", "42-year-old", "Tom Varga"),
        ("Kim Roe was a 30-year-old nurse when the war began.", "30-year-old", "Kim Roe"),
        # the subject's own age, told with "as a"
        ("Kim Roe, who saw the war as a 13-year-old, said it changed her.", "13-year-old", "Kim Roe"),
    ],
)
def test_an_age_set_beside_its_person_keeps_it(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
