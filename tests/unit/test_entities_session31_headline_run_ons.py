"""Session 31: an all-caps or title-case headline's capitals mark every word, so the model runs a
name into the words after it ("KELDRA REPORTEDLY ALLOWED TO BUY ...") or before it; where the
body never writes the whole run, the run is cut to the longest opening (or closing) words the
body names. A run the body writes keeps its reading; a possessive after a name ending in "z" or
"x" ("Jo Hertz' visit") is the name. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, boundaries
from consumer.entities.candidates import Candidate
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("headline", "body", "run_on", "name"),
    [
        (
            "KELDRA REPORTEDLY ALLOWED TO BUY HARLOW SUPERCOMPUTER",
            "Keldra has been allowed to buy a supercomputer, a newspaper said. Officials in Keldra "
            "declined to comment on the report.",
            "Keldra Reportedly Allowed",
            "Keldra",
        ),
        (
            "TARVIA'S CENTRIST ALLIANCE GAINS IN LATEST POLL",
            "The centrist Alliance gained two points in the poll, the paper said. "
            "The Alliance now has 24 pct.",
            "Alliance Gains",
            "Alliance",
        ),
        (
            "HERTZ KELDRA TRIP FUELS TALK OF WHEAT OFFER",
            "Secretary of State Dana Hertz will visit Keldra next month. Hertz is set to arrive on April 12.",
            "Hertz Keldra",
            "Keldra",
        ),
    ],
)
def test_headline_run_on_is_cut_to_the_body_name(
    extractor: EntityExtractor, headline: str, body: str, run_on: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body, headline))
    assert run_on not in types, types
    assert name in types, types


def test_run_the_body_writes_keeps_its_reading(extractor: EntityExtractor) -> None:
    types = types_of(
        entities_of(
            extractor,
            "Harbor Mills Group said profits rose. Harbor Mills Group is based in Marlow.",
            "HARBOR MILLS GROUP PROFITS RISE",
        )
    )
    assert "Harbor Mills Group" in types, types


def test_possessive_after_z_is_the_name(extractor: EntityExtractor) -> None:
    types = types_of(
        entities_of(extractor, "Secretary of State Dana Hertz' visit to Marlow was put off. Hertz said so.")
    )
    assert "Dana Hertz" in types, types
    assert "Dana Hertz'" not in types, types


def test_event_run_in_a_headline_keeps_its_type() -> None:
    """An event's host before its name ("US Super Bowl") is no run-on: cut to the body's words,
    it took the model's body reading of them (a place, for a lone "Super Bowl")."""
    headline = "Keys To Open US Super Bowl"
    body = "Keys is to open February's Super Bowl."
    start = headline.index("US")
    event = Candidate("headline", start, len(headline), "EVENT", "ner")
    place = Candidate("body", body.index("Super"), body.index("."), "LOCATION", "ner")
    boundaries.headline_run_ons([event, place], {"headline": headline, "body": body}, headline)
    assert (event.start, event.type) == (start, "EVENT")
    org = Candidate("headline", start, len(headline), "ORGANIZATION", "ner")
    boundaries.headline_run_ons([org, place], {"headline": headline, "body": body}, headline)
    assert (headline[org.start : org.end], org.type) == ("Super Bowl", "LOCATION")
