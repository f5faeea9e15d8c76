"""A body named for two kinds of people or things joined by "and" ("the Parents and Teachers
Association"), pinned on texts written for the test (issue 11). The model keeps only the part
with the head word ("Teachers Association"), reading the first noun as nothing or as a body of
its own ("Arts"): a cut name and a stray body. A company's or a person's name before the "and"
stays apart."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Parents and Teachers Association met on Tuesday evening to plan the fair.",
            "Parents and Teachers Association",
        ),
        ("A grant from the Arts and Letters Foundation paid for the roof.", "Arts and Letters Foundation"),
        ("Volunteers from the Boys and Girls Club painted the fence on Saturday.", "Boys and Girls Club"),
    ],
)
def test_a_plural_noun_and_a_body_are_one_name(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types == {name: "ORGANIZATION"}, types


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # two companies, the first no plural noun
        ("The deal between Hachette and Acme Publishing ended the long dispute.", ("Hachette",)),
        # a name a list or the model found stays its own
        ("Bayern and Dortmund Club officials met on Monday.", ("Bayern",)),
        # a name the model read whole is left as it is
        ("The Trade and Industry Council said exports rose in March.", ("Trade and Industry Council",)),
    ],
)
def test_names_before_the_and_stay_apart(
    extractor: EntityExtractor, body: str, names: tuple[str, ...]
) -> None:
    types = types_of(entities_of(extractor, body))
    assert all(name in types for name in names), types
