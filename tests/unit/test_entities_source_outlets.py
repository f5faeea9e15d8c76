"""Outlets and bodies named as a source ("told Zorbly that", "according to Quorva.", "a columnist
for Tessora,"): a source cue opens the name and a clause's end closes it. The small model misses
a made-up one-word outlet or reads it as a place; people (a story person's surname, a given name,
a title and a name) and places the gazetteer knows keep their reading. One capitalised word paired
by "and"/"or" with a company the gazetteer lists ("Uber or Zorbly") is a company too."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules.wire import source_names
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("Officials were alarmed, but a spokesperson told Zorbly that the plane was safe.", "Zorbly"),
        ("A spokesman told Varnwire that the company would appeal the ruling.", "Varnwire"),
        ("Gale Hart, a columnist for Tessora, said the vote was close.", "Tessora"),
        ("The fund has lost money this year, according to Quorva.", "Quorva"),
        ("The lender will cut jobs, according to the Harbor Ledger. No date was set.", "Harbor Ledger"),
    ],
)
def test_a_name_a_source_cue_opens_is_an_outlet(extractor: EntityExtractor, body: str, outlet: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(outlet) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Jane Roe spoke to Tom Marsh. She later told Marsh that the plan was dead.", "Tom Marsh", "PERSON"),
        ("He told Kelly that he was sorry.", "Kelly", "PERSON"),
        ("The deal is off, according to Russia.", "Russia", "LOCATION"),
        ("Sales fell, according to Pell Harmon.", "Pell Harmon", "PERSON"),
    ],
)
def test_people_and_known_places_after_a_cue_keep_their_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    "text",
    [
        "He told Mr. Roe that nothing had changed.",
        "According to Chief Oakes, the road is closed.",
        "She told Monday that she would go.",
        "He told the board he would stay.",
    ],
)
def test_no_source_name_after_a_title_a_day_or_lower_case(text: str) -> None:
    assert list(source_names(text)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Shares of Kelbrook rose 4%, beating the forecasts of Dunmore Street.",
        "The bank will grow, according to Dunmore Street. Its shares rose.",
        "The deal was signed, according to the Harlow Treaty. No date was set.",
    ],
)
def test_a_name_with_a_head_word_of_another_kind_is_no_outlet(extractor: EntityExtractor, body: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert "ORGANIZATION" not in {types.get("Dunmore Street"), types.get("Harlow Treaty")}, types


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Drivers for Uber or Zorbly earn less than they did.", "Zorbly"),
        ("As Uber and Lyftor grew, driver pay went down.", "Lyftor"),
        ("Drivers for Uber and Trevlo say the pay is low.", "Trevlo"),
        ("Deals from Uber or Skelby, the app makers, ended.", "Skelby"),
    ],
)
def test_one_word_paired_with_a_listed_company_is_a_company(
    extractor: EntityExtractor, body: str, company: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(company) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("He met Netflix staff and Sarah at noon. Sarah left.", "Sarah"),
        ("Shares of Uber and Boston rose.", "Boston"),
        ("Uber and Monday were quiet.", "Monday"),
    ],
)
def test_a_given_name_a_place_or_a_day_beside_a_company_is_no_company(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(word) != "ORGANIZATION", types


# --------------------------------------------------------------------------- session 45: "told The ..."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('A studio insider told The Quorn: "The show has a rich history."', "Quorn"),
        ("Marr told The Morning Hound at the height of the scandal.", "Morning Hound"),
        ('"We are ready," he told The Harlow Beacon. He then left.', "Harlow Beacon"),
    ],
)
def test_a_papers_capitalised_the_is_left_out_of_the_source(text: str, name: str) -> None:
    assert [text[s:e] for s, e in source_names(text)] == [name]


def test_a_given_name_after_a_capitalised_the_is_the_paper(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, 'An insider told The Hope: "The deal is off."'))
    assert types.get("Hope") == "ORGANIZATION", types


def test_a_given_name_without_the_after_a_cue_stays_a_person(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "He told Jo at the party that he would leave."))
    assert types.get("Jo") == "PERSON", types
