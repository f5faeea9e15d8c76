""" "it" heading a clause after a phrase that opens the sentence, with a verb only a firm or a
body does ("In addition to its order of 30 jets, it announced ..."), stands for the subject the
sentence before opened with, even when that sentence brought in a thing ("a fleet")."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Air": ("ORGANIZATION", None),
    "Kelco": ("ORGANIZATION", None),
}
_LEAD = "As of May, Vantor Air had a fleet of 210 aircraft. "


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("In addition to its order of 20 jets, it announced an order of 40 airliners.", "40 airliners"),
        ("On Tuesday, it signed a deal for 35 regional planes worth $4 billion.", "35 regional planes"),
        ("On Tuesday, it signed a deal for 35 regional planes worth $4 billion.", "$4 billion"),
    ],
)
def test_an_agents_it_after_an_opening_phrase_is_the_opener(sentence: str, figure: str) -> None:
    assert focus_rows("Airline news", _LEAD + sentence, _NAMES)[figure] == "Vantor Air"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a reported clause names another's count
        ("On Tuesday, it said 40 airliners were grounded.", "40 airliners"),
        # a name between the pronoun and the figure
        ("On Tuesday, it announced that Kelco had built 40 airliners.", "40 airliners"),
        # no agent's verb: the fleet may be what "it" is
        ("On Tuesday, it carried 40 tonnes of cargo.", "40 tonnes"),
    ],
)
def test_no_agents_it_or_another_subject_owns_nothing_of_the_opener(sentence: str, figure: str) -> None:
    assert focus_rows("Airline news", _LEAD + sentence, _NAMES)[figure] != "Vantor Air"
