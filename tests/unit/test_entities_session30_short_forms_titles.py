"""Session 30: acronyms that spell a company's suffix too or that the model read as a person
join the name they abbreviate; a staff credit's trade ("Digital Audience Specialist") and a
writer's interjection ("Sadly,", "Hmph.") are no names."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


def _holder(ents: list, form: str) -> list[str]:
    return [e.name for e in ents if form in [m.text for m in e.mentions]]


@pytest.mark.parametrize(
    ("body", "acronym", "name"),
    [
        (
            "Almond Grove Holdings sold its farms. AGH said the sale closed in May.",
            "AGH",
            "Almond Grove Holdings",
        ),
        ("Pelham Shipping Corp bought two ships. Last year PSC sold four.", "PSC", "Pelham Shipping Corp"),
        (
            "Tarvel Ridge Holdings posted a loss. On Monday, TRH said the loss would narrow.",
            "TRH",
            "Tarvel Ridge Holdings",
        ),
        ("Marlow Freight Group raised prices. MFG said fuel costs rose.", "MFG", "Marlow Freight Group"),
    ],
)
def test_an_acronym_with_the_suffix_letter_joins_the_company(
    extractor: EntityExtractor, body: str, acronym: str, name: str
) -> None:
    ents = entities_of(extractor, body)
    assert _holder(ents, acronym) == [name], types_of(ents)


def test_two_companies_an_acronym_spells_join_neither(extractor: EntityExtractor) -> None:
    body = (
        "Kelvar Capital Group bought a stake in the mill. Kessel Coal Group sold its own. KCG said nothing."
    )
    ents = entities_of(extractor, body)
    assert _holder(ents, "KCG") == ["KCG"], types_of(ents)


@pytest.mark.parametrize(
    ("body", "acronym", "name"),
    [
        (
            "Westbrook Community College hired Dana Pell. WCC said Pell starts Monday.",
            "WCC",
            "Westbrook Community College",
        ),
        (
            "Westbrook Community College hired Omar Tadd. WCC said Tadd would teach law.",
            "WCC",
            "Westbrook Community College",
        ),
        (
            "Pine Hill Community School hired Dana Pell. PHCS said Pell starts Monday.",
            "PHCS",
            "Pine Hill Community School",
        ),
    ],
)
def test_an_acronym_read_as_a_person_joins_the_body_it_spells(
    extractor: EntityExtractor, body: str, acronym: str, name: str
) -> None:
    ents = entities_of(extractor, body)
    assert _holder(ents, acronym) == [name], types_of(ents)
    assert types_of(ents)[name] == "ORGANIZATION"


def test_an_acronym_of_a_person_stays_a_person(extractor: EntityExtractor) -> None:
    ents = entities_of(extractor, "Jon Frank Kole visited the school. JFK said hello to the pupils.")
    assert types_of(ents).get("JFK") == "PERSON", types_of(ents)


@pytest.mark.parametrize(
    ("body", "title", "holder"),
    [
        (
            "Our staff list. Prior to the convention in Harlow, Digital Audience Specialist Amber Kestle "
            "offered training to staffers.",
            "Digital Audience Specialist",
            "Amber Kestle",
        ),
        (
            "Ahead of the vote, Social Media Coordinator Tessa Vorn posted the list.",
            "Social Media Coordinator",
            "Tessa Vorn",
        ),
        ("Kelby Lead Developer Ann Marsh fixed the bug.", "Kelby Lead Developer", "Ann Marsh"),
    ],
)
def test_a_staff_credits_trade_is_no_name(
    extractor: EntityExtractor, body: str, title: str, holder: str
) -> None:
    ents = entities_of(extractor, body)
    names = types_of(ents)
    assert title not in names, names
    assert names.get(holder) == "PERSON", names


def test_a_body_named_with_a_trade_word_inside_keeps_its_name(extractor: EntityExtractor) -> None:
    ents = entities_of(extractor, "He joined Marlow Solar Technician Services in 2010.")
    assert types_of(ents).get("Marlow Solar Technician Services") == "ORGANIZATION", types_of(ents)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("» The Bad News Came from Harlow Labs\nSadly, Mara Quillon has decided to close the blog.", "Sadly"),
        ("We had no room at all, I was told.\n\nHmph.\n\nReally, though, we had a great time.", "Hmph"),
        ("I had no spare. Thankfully Jo Totes had one.", "Thankfully"),
    ],
)
def test_a_writers_interjection_is_no_name(extractor: EntityExtractor, body: str, word: str) -> None:
    ents = entities_of(extractor, body)
    assert not any(word in m.text for e in ents for m in e.mentions), types_of(ents)


def test_a_name_after_an_interjection_keeps_its_words(extractor: EntityExtractor) -> None:
    ents = entities_of(extractor, "I had no spare. Thankfully Jo Totes had one.")
    assert types_of(ents).get("Jo Totes") == "PERSON", types_of(ents)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Top Harlow Police officials met on Monday to discuss the case.", "Harlow Police"),
        ("The vote was close. Key Marlow Council members voted against the plan.", "Marlow Council"),
        ("Latest Kelby Bank figures showed a loss for the year.", "Kelby Bank"),
        ("Recent Harlow University graduates found jobs quickly.", "Harlow University"),
    ],
)
def test_an_adjective_opening_the_sentence_is_cut_off_the_name(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    ents = entities_of(extractor, body)
    assert name in types_of(ents), types_of(ents)
    assert not any(e.name.startswith(("Top ", "Key ", "Latest ", "Recent ")) for e in ents), types_of(ents)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Key Largo hotels filled up for the holiday.", "Key Largo"),
        ("He hosted the show for years, and the Top Harlow Awards named him twice.", "Top Harlow Awards"),
    ],
)
def test_a_qualifier_word_inside_a_name_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in types_of(entities_of(extractor, body))
