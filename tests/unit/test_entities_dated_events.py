"""A name owned by a time ("last week's Velmora Open", "Sunday's Harbor Globes") is an event; a
paper's issue, a show after "on", a body by its head word and a name that qualifies a noun after
it are not (retype.dated_events). Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Nadal, who won last week's Velmora Open, saw off the third seed 7-5 6-3.", "Velmora Open"),
        ("She is undecided about next month's Nordic Indoors in Tarvik.", "Nordic Indoors"),
        ("The film won two awards at Sunday's Harbor Globes, beating the favourite.", "Harbor Globes"),
        ("Thousands watched Saturday's Ocean Aid at the stadium.", "Ocean Aid"),
        # an occasion's noun after the name is still its name's
        ("He skipped Sunday's Harbor Globes ceremony in Vellin.", "Harbor Globes"),
    ],
)
def test_a_name_owned_by_a_time_is_an_event(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "EVENT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a paper's issue
        ("Ministers read today's Kelby Herald on the train.", "Kelby Herald"),
        # a body by its head word, qualifying the talks after it
        ("They met before last week's Kelby Coffee Organisation talks.", "Kelby Coffee Organisation"),
        # a body whose acronym follows, qualifying the tender after it
        ("Rebates were paid at today's Kelby Community (KC) tender, the board said.", "Kelby Community"),
    ],
)
def test_papers_and_bodies_after_a_time_keep_their_type(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


def test_a_listed_place_after_a_time_stays_a_place(extractor: EntityExtractor) -> None:
    body = "Traders in Kelbourne said last month's Paris accord had failed."
    assert types_of(entities_of(extractor, body)).get("Paris") == "LOCATION"
