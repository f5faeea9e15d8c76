"""Session 30: a listed body's acronym and the capitalised head of a competition right after it
("the NFL Draft", "the NBA Finals") name one event, where the list read the body alone; the body
alone, or a longer name that goes on after the head, keeps its reading. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "event"),
    [
        ("Dana Morlow was picked third in the NFL Draft last spring, her agent said.", "NFL Draft"),
        ("The Harlow side lost in the NBA Finals for the second year running.", "NBA Finals"),
        ("Tickets for the NBA All-Star Game sold out within an hour on Monday.", "NBA All-Star Game"),
        ("Fans camped outside for the NBA Draft in Marlow.", "NBA Draft"),
        ("He was a top prospect for the 2031 NFL Draft, scouts in Marlow said.", "2031 NFL Draft"),
    ],
)
def test_acronym_and_competition_head_are_one_event(
    extractor: EntityExtractor, body: str, event: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(event) == "EVENT", types


@pytest.mark.parametrize(
    ("body", "not_event"),
    [
        ("The NFL said on Monday that the season would start on time.", "NFL said"),
        ("The NFL Draft Advisory Board met in Marlow on Monday.", "NFL Draft"),
    ],
)
def test_body_alone_or_longer_name_is_no_event(extractor: EntityExtractor, body: str, not_event: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(not_event) != "EVENT", types
    assert "EVENT" not in types.values(), types
