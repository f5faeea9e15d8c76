"""National teams: a country named as a side of a match is its team, an ORGANIZATION (the
conventions), on more shapes of a result than "A beat B": a verb after an auxiliary or an adverb,
a fixture's verb in a sentence about sport, a beaten side before a score, the side a win goes
to, a side's standing. Sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "teams"),
    [
        ("Norway had lost to Denmark on Monday in the group stage of the tournament.", ["Norway", "Denmark"]),
        ("Sweden takes on Finland in the semifinal on Friday.", ["Sweden", "Finland"]),
        ("Peru comfortably got past Ecuador in the qualifier on Tuesday.", ["Peru", "Ecuador"]),
        ("A late goal in the final sealed the victory for Portugal.", ["Portugal"]),
        ("The doubles match gave top-ranked Italy a 2-1 victory.", ["Italy"]),
        ("Oman stand third, eight points behind group leader Iraq, in the qualifiers.", ["Iraq"]),
    ],
)
def test_sides_of_a_match_are_teams(extractor: EntityExtractor, body: str, teams: list[str]) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(t) for t in teams] == ["ORGANIZATION"] * len(teams)


@pytest.mark.parametrize(
    ("body", "places"),
    [
        # a fixture's verb, a win given or a rival outside a sentence about sport
        ("Norway faces Sweden over fishing rights, ministers said on Monday.", ["Norway", "Sweden"]),
        ("France takes on Germany in a row over the budget deal.", ["France", "Germany"]),
        ("The deal gave Poland a major victory in the trade talks.", ["Poland"]),
        ("Jobless rates in Norway also fell to 3 percent; the US rivals China.", ["Norway", "China"]),
        # a fixture's verb CoNLL-2003 types as places, a standing, a player's origin
        ("England face Moldova in a World Cup qualifier on Sunday.", ["Moldova"]),
        ("The ties pit hosts Germany against Japan in the cup.", ["Germany"]),
        ("Jo Roe of Ghana lost in the singles match to Ada Quill.", ["Ghana"]),
    ],
)
def test_countries_outside_a_match_stay_places(
    extractor: EntityExtractor, body: str, places: list[str]
) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(p) for p in places] == ["LOCATION"] * len(places)
