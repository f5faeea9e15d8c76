"""Organisations that run on past their name or are no name at all, pinned on texts written for the
test: a company rule's name never runs across a sentence's full stop ("cable giant Quorvex.
These networks ...", "went to Brellan. Quillon Labs, a startup ..."); an abbreviation's stop
("Dunmore Corp. Holdings") ends no sentence."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name", "run_on"),
    [
        (
            "The service began with a network from cable giant Quorvex. These networks mix cellular "
            "coverage and local hotspots.",
            "Quorvex",
            "Quorvex. These",
        ),
        (
            "It then bought the events agency Pellgrin and the video company Marrowfeld. Research "
            "company Tallix estimates that the market doubled.",
            "Marrowfeld",
            "Marrowfeld. Research",
        ),
        (
            "The contract went to the software firm Dravenko. Analysts expected a long fight over the award.",
            "Dravenko",
            "Dravenko. Analysts",
        ),
    ],
)
def test_a_described_company_ends_at_the_sentence(
    extractor: EntityExtractor, body: str, name: str, run_on: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert run_on not in types, types
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name", "run_on"),
    [
        (
            "The deal went to Brellan. Quillon Labs, a startup based in Ohio, said it would appeal.",
            "Quillon Labs",
            "Brellan. Quillon Labs",
        ),
        (
            "Prices rose at Brindlemart. Harlow Foodworks, the grocery retailer, cut its prices.",
            "Harlow Foodworks",
            "Brindlemart. Harlow Foodworks",
        ),
        (
            "Nobody answered the call from Tessaly. Corvane Systems, a maker of drones, declined to comment.",
            "Corvane Systems",
            "Tessaly. Corvane Systems",
        ),
    ],
)
def test_an_appositive_company_starts_after_the_sentence(
    extractor: EntityExtractor, body: str, name: str, run_on: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert run_on not in types, types
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shares of the lender Dunmore Corp. Holdings rose on Monday.", "Dunmore Corp. Holdings"),
        ("The chipmaker Quorvex Bros. Foundry said sales rose.", "Quorvex Bros. Foundry"),
    ],
)
def test_an_abbreviations_stop_ends_no_sentence(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Students may study theatre at the University level.", "University"),
        ("The Society published its annual report on Friday.", "Society"),
        ("The Institute said the study was sound and would be published in May.", "Institute"),
        ("Members of the Academy voted on Tuesday to change the rules of the prize.", "Academy"),
    ],
)
def test_a_kind_of_body_alone_is_no_organisation(extractor: EntityExtractor, body: str, word: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert word not in types, types


def test_a_kind_of_body_after_its_full_name_stays_a_mention_of_it(extractor: EntityExtractor) -> None:
    body = (
        "The Kestrel Arts Foundation gave $2 million to local schools. In 2010, the Foundation began "
        "an active grant programme. She later studied at Harlow College."
    )
    entities = entities_of(extractor, body)
    found = {e.name: [m.text for m in e.mentions] for e in entities if e.type == "ORGANIZATION"}
    assert "Foundation" in found.get("Kestrel Arts Foundation", []), found
    assert "Harlow College" in found, found


@pytest.mark.parametrize(
    ("body", "name", "run_on"),
    [
        (
            "The payment was approved by Harlow News CFO Mark Kranz on Monday.",
            "Harlow News",
            "Harlow News CFO",
        ),
        (
            "As the past Chair of the Beacon Council, I was glad to take part.",
            "Beacon Council",
            "Chair of the Beacon Council",
        ),
        (
            "As the former Chair of the Dunmore Arts Council, she knew the rules.",
            "Dunmore Arts Council",
            "Chair of the Dunmore Arts Council",
        ),
    ],
)
def test_an_officers_title_is_no_part_of_the_body(
    extractor: EntityExtractor, body: str, name: str, run_on: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert run_on not in types, types
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He read The Economist on the train every Sunday morning.", "The Economist"),
        (
            "The Friends of the Harlow Library met on Tuesday to plan the sale.",
            "Friends of the Harlow Library",
        ),
        ("As Chairman of the Harlow Hospital Foundation, he raised funds.", "Harlow Hospital Foundation"),
    ],
)
def test_a_name_ending_on_a_role_word_keeps_it(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Dunmore Foods Acquires Rival Baker for $2 Billion", "Dunmore Foods"),
        ("Quillon Robotics Introduces New Warehouse Arm", "Quillon Robotics"),
        ("Kestrel Motors Confirms Plant Closure in Ohio", "Kestrel Motors"),
        ("Brellan Logistics Hires Former Rival Chief", "Brellan Logistics"),
        ("Tessaly Energy Releases New Battery Line", "Tessaly Energy"),
    ],
)
def test_a_title_case_headline_verb_ends_the_name(
    extractor: EntityExtractor, headline: str, name: str
) -> None:
    body = (
        f"{headline}\n\n{name} said on Monday that the change would reach customers in May. "
        f"Analysts said {name} had planned the move for a year."
    )
    orgs = {e.name for e in entities_of(extractor, body, headline=headline) if e.type == "ORGANIZATION"}
    assert orgs == {name}, orgs


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Beats Electronics said on Monday that sales rose.", "Beats Electronics"),
        ("Analysts said Quillon Robotics introduces a new arm in May.", "Quillon Robotics"),
    ],
)
def test_a_verb_opening_a_name_or_in_prose_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    """The verb ends a name only after its first word and before a title-case run."""
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Kelby Maritime Museum Closes to Repair Storm Damage", "Kelby Maritime Museum"),
        ("Dunmore Savings Bank Halts Lending in Coastal Towns", "Dunmore Savings Bank"),
        ("Harlow Opera Company Reopens After Long Renovation", "Harlow Opera Company"),
        ("Brellan Steel Works Cuts Jobs as Orders Slow", "Brellan Steel Works"),
    ],
)
def test_a_services_headline_verb_ends_the_name(extractor: EntityExtractor, headline: str, name: str) -> None:
    """A place's or a service's news verbs end a name where a title-case headline goes on."""
    body = f"{headline}\n\nOfficials at {name} said on Monday that the change was needed."
    names = {e.name for e in entities_of(extractor, body, headline=headline)}
    assert name in names, names
    assert not any(n.startswith(name + " ") for n in names), names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Analysts said Dunmore Savings Bank halts lending in May.", "Dunmore Savings Bank"),
        ("The Harlow Opera Company reopens in the spring, its director said.", "Harlow Opera Company"),
    ],
)
def test_a_services_verb_in_prose_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    """In prose the verb is lower case: the model's name stays as it read it."""
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The deficit will grow, said Jo Roe, senior director at the Committee for a Responsible "
            "Harbor Budget, a research group.",
            "Committee for a Responsible Harbor Budget",
        ),
        (
            "Jo Roe of the Committee for a Balanced Kelby Budget said the deficit will grow.",
            "Committee for a Balanced Kelby Budget",
        ),
        (
            "The Institute for a Drug-Free Kelby said on Monday that use fell.",
            "Institute for a Drug-Free Kelby",
        ),
    ],
)
def test_a_purposes_article_stays_inside_the_name(extractor: EntityExtractor, body: str, name: str) -> None:
    """ "Committee for a ...": the article after "for", with capitalised words to the end, is inside."""
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The Internationalization of our Private banks cannot be held back.", "Internationalization"),
        ("The Liberalization of our Public utilities cannot be held back.", "Liberalization"),
        ("The Liberalization of our Private banks cannot be held back.", "Liberalization"),
    ],
)
def test_prose_cut_to_one_word_and_of_names_nothing(extractor: EntityExtractor, body: str, word: str) -> None:
    """ "The Liberalization of" + " our Public ...": the model's name cut at prose leaves one word
    and a small word it never ends on; neither is a name."""
    names = {e.name for e in entities_of(extractor, body)}
    assert not any(n.startswith(word) for n in names), names


def test_a_title_with_of_a_stays_whole(extractor: EntityExtractor) -> None:
    """ "Anne of a Thousand Days": "of a" and capitalised words to the end are inside a title."""
    body = 'She starred in "Harlow of a Thousand Nights" in 1969.'
    names = {e.name for e in entities_of(extractor, body)}
    assert "Harlow of a Thousand Nights" in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Marlow County Board Chair resigned on Monday.", "Marlow County Board"),
        ("A Dunmore Bank Spokesman declined to comment.", "Dunmore Bank"),
        ("The Harlow Port Board Chair said the harbor would reopen.", "Harlow Port Board"),
        ("A Brenton Bank Spokesman declined to comment on Friday.", "Brenton Bank"),
    ],
)
def test_an_officers_title_after_a_body_with_no_name_after(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    """ "the Marlow County Board Chair resigned": the officer is meant; the body ends on its head."""
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert not any(n.startswith(name + " ") for n in types), types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Office of the Inspector General said the audit found no fraud.",
            "Office of the Inspector General",
        ),
        ("He read The Economist on the train.", "The Economist"),
    ],
)
def test_a_name_ending_on_a_role_word_with_no_body_head_before_stays(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names
