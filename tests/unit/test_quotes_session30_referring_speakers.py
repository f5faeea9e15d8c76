"""Direct quotes whose tag refers back to a body or a country the text named (issue 14,
session 30): "the carmaker said", "the country said", "it said" of a country, "Ruritania, for
its part, said", "Vexland officials said". Made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.events import Article, Entity, EntityLinks
from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _speakers(
    body: str, orgs: tuple[str, ...] = (), countries: tuple[str, ...] = (), people: tuple[str, ...] = ()
) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name, "ORGANIZATION") for name in orgs]
    entities += [_country(article, name) for name in countries]
    entities += [_entity(article, name) for name in people]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


def _country(article: Article, name: str) -> Entity:
    place = _entity(article, name, "LOCATION")
    return place.model_copy(update={"links": EntityLinks(kind="country")})


# ------------------------------------------- a body named by a noun of its kind or trade


@pytest.mark.parametrize(
    ("body", "orgs", "speaker"),
    [
        (
            "Harrow Watch staged a protest outside the plant on Monday.\n\n"
            '"This plant is poisoning the river," the group said in a statement.',
            ("Harrow Watch",),
            "Harrow Watch",
        ),
        (
            "Kestrel Motors recalled 1,000 cars on Tuesday.\n\n"
            '"We apologise to our customers," the carmaker said.',
            ("Kestrel Motors",),
            "Kestrel Motors",
        ),
        (
            # a public body heads the sentence; the company is the one "the search giant" means
            'The Trade Commission fined Velora on Monday.\n\n"We will appeal," the search giant said.',
            ("Trade Commission", "Velora"),
            "Velora",
        ),
        (
            "Dunmore Foods lost ground. On Friday, Brightwell cut its rating by one notch.\n\n"
            '"The outlook is negative," the rating agency said.',
            ("Brightwell", "Dunmore Foods"),
            "Brightwell",
        ),
        (
            # a trade noun ending in "-er" is no person: not the one person in reach
            "Marta Lund, head of Corvin, visited the new store.\n\n"
            '"We are investing in our people," the retailer said.',
            ("Corvin",),
            "Corvin",
        ),
    ],
)
def test_a_noun_of_kind_or_trade_refers_back_to_the_body(
    body: str, orgs: tuple[str, ...], speaker: str
) -> None:
    assert _speakers(body, orgs, people=("Marta Lund",)) == [speaker]


@pytest.mark.parametrize(
    ("body", "orgs"),
    [
        # the text brought in a group of its own, unnamed
        (
            "A group of parents protested outside the Velora offices.\n\n"
            '"Our children deserve better," the group said.',
            ("Velora",),
        ),
        # two bodies joined: neither alone is "the company"
        (
            'Kestrel and Velora agreed to merge on Monday.\n\n"This is a great day," the company said.',
            ("Kestrel", "Velora"),
        ),
        # a public body only: "the company" is none it names
        (
            "The Trade Commission opened an inquiry on Monday.\n\n"
            '"We will cooperate fully," the company said.',
            ("Trade Commission",),
        ),
        # an indefinite one is someone new
        (
            "Kestrel Motors recalled 1,000 cars on Tuesday.\n\n"
            '"The recall is overdue," a rival carmaker said.',
            ("Kestrel Motors",),
        ),
    ],
)
def test_a_noun_of_kind_with_no_one_body_it_means_stays_null(body: str, orgs: tuple[str, ...]) -> None:
    assert _speakers(body, orgs) == [None]


# ------------------------------------------- a country speaking for its government


@pytest.mark.parametrize(
    "body",
    [
        "Ruritania expelled two diplomats on Monday.\n\n"
        '"This is a hostile act," the country said in a statement.',
        'Ruritania has rejected the claims. "These are baseless lies," it said.',
        'The talks ended on Monday.\n\n"We will not accept these terms," Ruritania on Monday said.',
        'The talks ended on Monday.\n\nRuritania, for its part, said: "We will not accept these terms."',
        "The talks ended.\n\n"
        'Ruritania, which claims the islands as its own, said: "We will not accept these terms."',
        'The talks ended on Monday.\n\n"We will not accept these terms," Ruritania officials said.',
    ],
)
def test_a_country_speaks_for_its_government(body: str) -> None:
    assert _speakers(body, countries=("Ruritania",)) == ["Ruritania"]


@pytest.mark.parametrize(
    ("body", "orgs", "speaker"),
    [
        # two countries joined: neither alone is "the country"
        ('Ruritania and Vexland sent delegations.\n\n"We are ready to sign," the country said.', (), None),
        # a lower-case body of the country names no entity (the conventions)
        (
            "Ruritania expelled two diplomats.\n\n"
            '"This is a hostile act," the country\'s foreign ministry said.',
            (),
            None,
        ),
        # a noun after the place is a body of its own, unnamed
        ('The talks ended on Monday.\n\n"We will not accept these terms," Ruritania police said.', (), None),
        # "it" goes on meaning the organisation named in reach
        (
            'Kestrel Motors opened a plant in Ruritania. "We are proud," it said.',
            ("Kestrel Motors",),
            "Kestrel Motors",
        ),
    ],
)
def test_near_misses_of_a_speaking_country(body: str, orgs: tuple[str, ...], speaker: str | None) -> None:
    assert _speakers(body, orgs, countries=("Ruritania", "Vexland")) == [speaker]
