"""A company's name less its legal suffix (or the first words of exactly one company's name),
read by the model as a people, an event, a place or a person the story names by a surname too,
is the company (issue 11, session 40; ``suffix_forms.join_suffixed_forms``): one entity, not a
second one beside it. A planet named in a passage about space is the story's other mentions of
its name too, which the gazetteer linked to a namesake town (``suffix_forms.join_sky_namesakes``).
Names and sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _named(extractor: EntityExtractor, body: str) -> dict[str, tuple[str, int]]:
    return {e.name: (e.type, len(e.mentions)) for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "firm", "short"),
    [
        (  # the model's people
            "Vantesian Corp said its board approved a dividend.\n\nThe dividend will be paid to "
            "Vantesian holders of record. Vantesian said earnings rose.",
            "Vantesian Corp",
            "Vantesian",
        ),
        (  # the model's place
            "Silver Ridge Corp said it agreed to buy a mine in Nevada.\n\nSilver Ridge will pay 12 mln "
            "dlrs for the mine. Silver Ridge said the mine holds gold reserves.",
            "Silver Ridge Corp",
            "Silver Ridge",
        ),
        (  # the model's event
            "Quendon Games Inc said it won a lottery contract from the state.\n\nQuendon Games will "
            "supply tickets for three years. Quendon Games said the contract was worth 20 mln dlrs.",
            "Quendon Games Inc",
            "Quendon Games",
        ),
        (  # the model's person, named by a surname too
            "Marlow Dunne Corp said its January sales fell 3.2 pct.\n\nMarlow Dunne's overall sales rose "
            "4.8 pct last year. Dunne chairman Jo Peck cited the weather for the decline.",
            "Marlow Dunne Corp",
            "Marlow Dunne",
        ),
    ],
)
def test_a_firms_name_without_its_suffix_is_the_firm(
    extractor: EntityExtractor, body: str, firm: str, short: str
) -> None:
    named = _named(extractor, body)
    assert short not in named
    assert named[firm] == ("ORGANIZATION", 3)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (  # a big city keeps its mentions: the dateline's and "based in"
            "DALLAS, March 3 - Dallas Corp said profit rose.\n\nThe firm, based in Dallas, said it would "
            "add jobs in Dallas next year.",
            "Dallas",
            "LOCATION",
        ),
        (  # a person named in full, no firm's name less its suffix
            "Kessler Corp said it would cut jobs.\n\nEarlier, Jo Kessler founded the firm. Kessler said "
            "the cuts would save money.",
            "Jo Kessler",
            "PERSON",
        ),
        (  # a nationality the firm's name holds
            "Japanese Harbor Corp said profit rose.\n\nJapanese buyers took most of its output.",
            "Japanese",
            "NORP",
        ),
        (  # a people's word the gazetteer lacks opening a firm's name
            "Tarvinese Airlines Ltd said traffic rose 12 pct.\n\nA memorandum would be signed this week "
            "between the British and Tarvinese governments to allow more flights.",
            "Tarvinese",
            "NORP",
        ),
    ],
)
def test_names_that_stay_apart_from_a_firm(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _named(extractor, body)[name][0] == kind


@pytest.mark.parametrize(
    ("body", "firm", "short"),
    [
        (  # the model's people over the first word, the first two words written alone
            "Tarvo Media Investment Group said it agreed to buy a newspaper chain.\n\nReed told "
            "investors of Tarvo Media, the chain's new parent, that costs would fall. Tarvo Media "
            "investor Jo Kemp objected.",
            "Tarvo Media Investment Group",
            "Tarvo",
        ),
        (  # the model's product
            "Quellon Beef Processors Inc said it would close a plant.\n\nQuellon Beef said the plant had "
            "lost money. The union said Quellon Beef had not told workers.",
            "Quellon Beef Processors Inc",
            "Quellon Beef",
        ),
        (  # the model's place
            "Orvell Valley Mining Corp said it found copper.\n\nOrvell Valley will spend 5 mln dlrs on "
            "drilling. Orvell Valley said the find was large.",
            "Orvell Valley Mining Corp",
            "Orvell Valley",
        ),
    ],
)
def test_the_first_words_of_one_firms_name_are_the_firm(
    extractor: EntityExtractor, body: str, firm: str, short: str
) -> None:
    named = _named(extractor, body)
    assert short not in named
    assert named[firm] == ("ORGANIZATION", 3)


def test_the_first_words_of_two_firms_names_stay_apart(extractor: EntityExtractor) -> None:
    body = (
        "Kelby Mines Ltd and Kelby Petroleum Ltd said they would merge.\n\nKelby said the merger "
        "would save money. Analysts said Kelby had been weak."
    )
    assert _named(extractor, body)["Kelby"] == ("PERSON", 2)


_FAR = (
    "\n\nThe finding rests on data that researchers gathered over many years from telescopes on the "
    "ground, and they argued about it for a long time because the data were few and noisy.\n\n"
)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Water vapour found above Jupiter's icy companion",
            "A new probe will orbit Jupiter and study the moon up close on dozens of passes."
            + _FAR
            + "The water may be split apart by Jupiter's powerful belts of radiation, they said.",
        ),
        (
            "Jupiter's largest companion may hold more water than Earth",
            "The probe will reach the planet Jupiter in 2031 and fly past its moons."
            + _FAR
            + "The team says Jupiter holds the answer.",
        ),
        (
            "Storms on Jupiter larger than thought",
            "Images of Jupiter's clouds from the orbiter show storms deeper than the planet models said."
            + _FAR
            + "Jupiter's storms could last centuries, the team said.",
        ),
    ],
)
def test_a_planet_is_its_namesake_towns_mentions_too(
    extractor: EntityExtractor, headline: str, body: str
) -> None:
    places = [e for e in entities_of(extractor, body, headline) if e.name == "Jupiter"]
    assert len(places) == 1
    assert places[0].links is not None and places[0].links.geonames_id is None


def test_a_marked_town_in_a_story_about_space_keeps_its_mention(extractor: EntityExtractor) -> None:
    body = (
        "A new probe will orbit Jupiter and study the moon up close on dozens of passes."
        + _FAR
        + "Residents in Jupiter, Florida, will vote on a beach plan."
    )
    assert [e.type for e in entities_of(extractor, body) if e.name == "Florida"] == ["LOCATION"]
