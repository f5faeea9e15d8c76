"""National teams: a country named as a side of a match is its team, an ORGANIZATION (the
conventions), on more shapes of a result than "A beat B": a verb after an auxiliary or an adverb,
a fixture's verb in a sentence about sport, a beaten side before a score, the side a win goes
to, a side's standing; and the team's country under its other forms is the same team. Sentences
made up for the test."""

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
        ("Ghana needed a late goal to beat Egypt 2-1 on Sunday.", ["Egypt"]),
        ("A late goal in the final sealed the victory for Portugal.", ["Portugal"]),
        ("The doubles match gave top-ranked Italy a 2-1 victory.", ["Italy"]),
        ("Oman stand third, eight points behind group leader Iraq, in the qualifiers.", ["Iraq"]),
    ],
)
def test_sides_of_a_match_are_teams(extractor: EntityExtractor, body: str, teams: list[str]) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(t) for t in teams] == ["ORGANIZATION"] * len(teams)


def test_the_team_under_its_other_forms_is_one_team(extractor: EntityExtractor) -> None:
    body = "The United States lost to Mexico in the cup. The U.S. had won all 12 previous meetings."
    teams = [e for e in entities_of(extractor, body) if e.name in ("United States", "U.S.")]
    assert [(e.name, e.type) for e in teams] == [("United States", "ORGANIZATION")]
    assert sorted(m.text for m in teams[0].mentions) == ["U.S.", "United States"]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        # a fixture's verb, a win given or a rival outside a sentence about sport
        ("Norway faces Sweden over fishing rights, ministers said on Monday.", ["Norway", "Sweden"]),
        ("France takes on Germany in a row over the budget deal.", ["France", "Germany"]),
        ("The deal gave Poland a major victory in the trade talks.", ["Poland"]),
        ("Jobless rates in Norway also fell to 3 percent; the US rivals China.", ["Norway", "China"]),
        # a player's origin
        ("Jo Roe of Ghana lost in the singles match to Ada Quill.", ["Ghana"]),
    ],
)
def test_countries_outside_a_match_stay_places(
    extractor: EntityExtractor, body: str, places: list[str]
) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(p) for p in places] == ["LOCATION"] * len(places)
