"""Two bodies joined by "and" that the model read as one work of art are two organisations
(``retype.body_pairs``); a title of two common words or a pair with a place stays one work.

Every firm here but the listed ones (Google, Facebook) is made up.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.body_pairs import split_body_pair
from tests.unit.entity_texts import entities_of, types_of


def test_a_work_of_two_bodies_is_the_two_bodies(extractor: EntityExtractor) -> None:
    body = 'The complaint accuses Quorvex and Google of "misappropriating" trade secrets.'
    types = types_of(entities_of(extractor, body))
    assert types.get("Quorvex") == "ORGANIZATION" and types.get("Google") == "ORGANIZATION"
    assert "Quorvex and Google" not in types


def _split(text: str, name: str) -> list[tuple[str, str]]:
    start = text.index(name)
    cand = Candidate(field="body", start=start, end=start + len(name), type="MISC", origin="ner")
    return [(text[c.start : c.end], c.type) for c in split_body_pair(cand, text, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "name", "parts"),
    [
        ("(Kelwyn and TCU fans, see our column.)", "Kelwyn and TCU", ["Kelwyn", "TCU"]),
        (
            "It sued Marvello Labs and Facebook last year.",
            "Marvello Labs and Facebook",
            ["Marvello Labs", "Facebook"],
        ),
    ],
)
def test_a_misc_pair_with_a_body_on_one_side_is_split(text: str, name: str, parts: list[str]) -> None:
    assert _split(text, name) == [(part, "ORGANIZATION") for part in parts]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Readers loved Quiet and Storm, the novel.", "Quiet and Storm"),  # no body on either side
        ("They fought HIV and AIDS for years.", "HIV and AIDS"),  # diseases, no acronym bodies
        ("She wrote Paris and Google, a memoir.", "Paris and Google"),  # a place on one side
        ("He filmed Emma and TCU last year.", "Emma and TCU"),  # a given name on one side
        ("A CEO and Google event followed.", "CEO and Google"),  # a common abbreviation
    ],
)
def test_a_pair_without_two_bodies_stays_one(text: str, name: str) -> None:
    assert _split(text, name) == [(name, "MISC")]
