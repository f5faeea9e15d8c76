"""Firms and clubs the model read as places or people (issue 11, session 39; fresh 1987 wire and
2004-05 BBC copy): a firm's own words beside a name (``retype.firm_cues``: "a stake in X", "X
shareholders"), a firm's first word alone beside its full name, which is no person's surname
(``short_forms._join_suffixless_people``), a town's name before a legal suffix that the story
writes alone (``short_forms.join_short_forms``: "Whitby Mining Ltd ... Whitby had a loss"), and
a city's club whose cued mention the model read as a body (``team_cues._team_place``). Names and
sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of

_GAME = (
    "{c} manager Ivo Drake admitted victory was vital.\n\nAn early goal gave {c} a 1-0 win. It was the "
    "best {c} side this season, and it is important for {c} to win away, the coach said after the match."
)
_SCORER = (
    "{c} striker Ivo Drake scored twice.\n\nHis header gave {c} a 2-0 win. It was the best {c} side "
    "this season, and it is important for {c} to win away, the coach said after the match."
)


@pytest.mark.parametrize(
    ("body", "firm"),
    [
        (
            "Tarvex Corp bought a 20 pct stake in Kelsworth for 40 mln dlrs. Kelsworth, which makes "
            "valves, said the deal was agreed.",
            "Kelsworth",
        ),
        (
            "Tarvex Corp agreed to a merger with Ambervale. Ambervale, which makes valves, said so.",
            "Ambervale",
        ),
        (
            "Analysts expect Quorwick shareholders to back the offer. Quorwick said it would reply.",
            "Quorwick",
        ),
        (
            "Analysts expect Harlan Dixby shareholders to back the offer. Harlan Dixby said it would reply.",
            "Harlan Dixby",
        ),
    ],
)
def test_a_name_beside_a_firms_own_words_is_the_firm(
    extractor: EntityExtractor, body: str, firm: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(firm) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("London shares rose on Friday as oil firms gained.", "London", "LOCATION"),  # a market
        ("Harvo Bank agreed to buy a stake in Norway's biggest insurer.", "Norway", "LOCATION"),
        ("Jo Roe's shares in the firm were sold, Jo Roe said.", "Jo Roe", "PERSON"),  # a holder's
    ],
)
def test_a_market_a_possessive_or_a_holder_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "company", "short"),
    [
        (
            "Pellow Hardware Ltd said sales fell. Pellow said it would close a store. Pellow Hardware "
            "shares fell 5 pct.",
            "Pellow Hardware Ltd",
            "Pellow Hardware",
        ),
        (
            "Marlin Dorsey Inc said sales fell. Marlin said it would close a store. Marlin Dorsey shares "
            "fell 5 pct.",
            "Marlin Dorsey Inc",
            "Marlin Dorsey",
        ),
        (
            "Hollin Carpets Ltd said sales fell. Hollin said it would close a plant. Hollin Carpets "
            "shares fell 5 pct.",
            "Hollin Carpets Ltd",
            "Hollin Carpets",
        ),
    ],
)
def test_a_firms_first_word_alone_is_no_surname(
    extractor: EntityExtractor, body: str, company: str, short: str
) -> None:
    entities = entities_of(extractor, body)
    assert short not in types_of(entities)
    (firm,) = [e for e in entities if e.name == company]
    assert firm.type == "ORGANIZATION"
    assert short in [m.text for m in firm.mentions]


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Whitby Mining Ltd said it would cut 300 jobs. Whitby had a net loss last year, and "
            "Whitby's debt rose.",
            "Whitby Mining Ltd",
        ),
        (
            "Whitby Steel Co said it would cut 300 jobs. Whitby had a net loss last year, and "
            "Whitby's debt rose.",
            "Whitby Steel Co",
        ),
        (
            "Shares of Hexham Oil Co rose. Hexham had a net loss last year, and Hexham's debt rose.",
            "Hexham Oil Co",
        ),
    ],
)
def test_a_town_before_a_legal_suffix_alone_is_the_firm(
    extractor: EntityExtractor, body: str, company: str
) -> None:
    entities = entities_of(extractor, body)
    town = company.split()[0]
    assert town not in types_of(entities)
    (firm,) = [e for e in entities if e.name == company]
    assert [m.text for m in firm.mentions].count(town) == 2


def test_a_town_the_story_places_stays_the_town(extractor: EntityExtractor) -> None:
    body = (
        "Whitby Mining Ltd said it would cut 300 jobs. Whitby had a net loss, and the mine in Whitby "
        "will shut."
    )
    assert types_of(entities_of(extractor, body)).get("Whitby") == "LOCATION"


@pytest.mark.parametrize(
    "body",
    [
        _GAME.format(c="Sheffield"),
        _GAME.format(c="Preston"),
        _SCORER.format(c="Sheffield"),
        _SCORER.format(c="Preston"),
    ],
)
def test_a_city_whose_cued_mention_the_model_read_as_a_body_is_the_club(
    extractor: EntityExtractor, body: str
) -> None:
    city = body.split()[0]
    assert types_of(entities_of(extractor, body)).get(city) == "ORGANIZATION"


def test_a_club_city_the_story_also_lives_in_stays_the_city(extractor: EntityExtractor) -> None:
    body = (
        "Sheffield manager Ivo Drake admitted victory was vital.\n\nAn early goal gave Sheffield a 1-0 win. "
        'It was the best Sheffield side this season. "I love living in Sheffield," he said after the match. '
        "The squad and the striker were praised."
    )
    assert types_of(entities_of(extractor, body)).get("Sheffield") == "LOCATION"


@pytest.mark.parametrize(
    ("body", "company", "short"),
    [
        (
            "Quellan Mohr Power Corp said it would build a plant. A Quellan Mohr spokesman said the cost "
            "was 40 mln dlrs. Quellan Mohr said output would rise.",
            "Quellan Mohr Power Corp",
            "Quellan Mohr",
        ),
        (
            "Marwick Dale Energy Corp posted a loss. Marwick Dale said it would sell assets.",
            "Marwick Dale Energy Corp",
            "Marwick Dale",
        ),
        (
            "Dorrit Vance Mining Ltd posted a loss. Dorrit Vance said it would sell assets.",
            "Dorrit Vance Mining Ltd",
            "Dorrit Vance",
        ),
        (
            "Kelby Harrow Steel Corp posted a loss. Kelby Harrow said it would sell a mill.",
            "Kelby Harrow Steel Corp",
            "Kelby Harrow",
        ),
    ],
)
def test_a_person_reading_of_a_firms_leading_words_is_the_firm(
    extractor: EntityExtractor, body: str, company: str, short: str
) -> None:
    entities = entities_of(extractor, body)
    assert short not in types_of(entities)
    (firm,) = [e for e in entities if e.name == company]
    assert short in [m.text for m in firm.mentions]


def test_a_founder_with_a_given_name_stays_a_person(extractor: EntityExtractor) -> None:
    body = (
        "Jo Harlan Associates Inc said sales rose. Jo Harlan, its chairman, said the firm would hire staff."
    )
    assert types_of(entities_of(extractor, body)).get("Jo Harlan") == "PERSON"


@pytest.mark.parametrize(
    ("body", "station"),
    [
        ("He presented a number of interview programmes for Channel 4.", "Channel 4"),
        ("The drama will air on Channel 5 next week, Channel 5 said.", "Channel 5"),
        ("Speaking on BBC Radio 5 Live, the manager said he was happy.", "BBC Radio 5 Live"),
        ("A Channel 4 News report said the deal was close.", "Channel 4 News"),
    ],
)
def test_a_stations_number_stays_in_its_name(extractor: EntityExtractor, body: str, station: str) -> None:
    assert types_of(entities_of(extractor, body)).get(station) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "piece", "kept"),
    [
        ("Clear Channel 4,000 stations", "Clear Channel", "Clear Channel"),  # a count, no number of its
        ("Kelby Radio 4.5 percent", "Kelby Radio", "Kelby Radio"),
        ("Tarvo Holdings 4 Kelby 2", "Tarvo Holdings", "Tarvo Holdings"),  # no station's word
        ("on Radio 3 tonight", "Radio", "Radio 3"),
    ],
)
def test_only_a_station_word_takes_a_small_whole_number(text: str, piece: str, kept: str) -> None:
    from consumer.entities.stations import station_numbers

    start = text.index(piece)
    ((s, e),) = station_numbers(text, [(start, start + len(piece))])
    assert text[s:e] == kept


def test_a_firms_head_word_is_surer_than_a_legal_suffix_for_a_towns_firm() -> None:
    from consumer.entities.records import CandidateGroup
    from consumer.entities.short_forms import _firms_named

    def group(name: str) -> CandidateGroup:
        return CandidateGroup("ORGANIZATION", [], None, name)

    corp, pair, mines = group("Kelby Corp"), group("Kelby and Tarvo and Co"), group("Kelby Mines Ltd")
    assert _firms_named([corp, pair]) == [corp]  # a pair the model ran together is no firm of its own
    assert _firms_named([mines]) == [mines]
    assert _firms_named([pair, mines]) == [mines]
    assert _firms_named([group("Kelby Rovers")]) == []  # a club


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Tarvo Corp bought a similar stake in the Kelby Harbor, La. refinery owned by Quell Oil.",
            "Kelby Harbor",
        ),
        (
            "The firm's real estate holdings in Atlantic City, N.J. were sold, the agency said.",
            "Atlantic City",
        ),
    ],
)
def test_a_town_of_a_state_after_a_stake_stays_the_town(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) != "ORGANIZATION"
