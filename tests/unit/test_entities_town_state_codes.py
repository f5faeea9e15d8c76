"""A US state's or Canadian province's two-letter postal code after a town the gazetteer knows
("Harrisburg, PA.", "Portland, OR 97201", "Tulsa, OK in 2001") names the state, which the small
model drops or reads as a body. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("The farm show opens Friday in Harrisburg, PA. Tickets cost 12 dollars.", "Pennsylvania"),
        ("Mail the forms to 40 Elm Road, Portland, OR 97201.", "Oregon"),
        ("She grew up in Tulsa, OK and moved away in 2001.", "Oklahoma"),
        ("The tour stops in Boise, ID on Friday night.", "Idaho"),
        ("Send questions to the office in Fort Wayne, IN 46802.", "Indiana"),
        # a city whose name is a given name too, which the model reads as a person
        ("He moved to Austin, TX 78701 last year.", "Texas"),
        ("The office is at 1200 Main St., Unit 5, Austin, TX 78701.", "Texas"),
        ("Her shop in Jackson, MS, closed in May.", "Mississippi"),
    ],
)
def test_a_postal_code_after_a_known_town_is_the_state(
    extractor: EntityExtractor, body: str, state: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(state) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a credential after a person's name, not a state
        ("The patient was seen by Dr. Jordan Lee, MD, on Tuesday.", "Maryland"),
        ("Thanks go to Jordan Lee, PA, for the tip.", "Pennsylvania"),
        # a company after the town, the code running on
        ("Workers in Dayton, GE said, will keep their jobs.", "Georgia"),
        ("Plants in Austin, TX-based Norvane said they would hire.", "Texas"),
        # a capital word after the code: no code's end
        ("The firm moved from Denver, CO Systems said in May.", "Colorado"),
    ],
)
def test_no_state_where_the_code_is_no_town_s(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name not in types_of(entities_of(extractor, body))


def test_washington_dc_stays_one_city(extractor: EntityExtractor) -> None:
    found = types_of(entities_of(extractor, "He lives in Washington, DC and works downtown."))
    assert "District of Columbia" not in found


def test_the_rule_is_linear_on_long_runs() -> None:
    from consumer.entities.rules.places import town_state_codes

    text = "Harrisburg, PA. " * 20000 + ", AB" * 20000
    spans = list(town_state_codes(text, lambda name, code: name == "Harrisburg"))
    assert len(spans) == 20000
