"""MISC and EVENT names of agency copy: schemes and reports named before a lower-case kind,
numbered fairs with "and" inside or a field after "for"/"on", and zones with a place in brackets
(a place's name of the same shape).

Every name here is made up but the towns in brackets, which the rule asks the gazetteer for; the
rules read the shape of the text (title-case words before "initiative", an ordinal before
capitalised words and a fair's head word, a bracketed place after a country's name), never a list
of names.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of as _entities
from tests.unit.entity_texts import types_of as _types

_FILL = " Officials said the work would go on next year, and more towns would join it."

# --------------------------------------------------------------------------- a lower-case kind after a name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Healthy Tarvia 2030 initiative aims to add clinics in every county.", "Healthy Tarvia 2030"),
        ("The Dual Gateway strategy was first put forward in the spring.", "Dual Gateway"),
        ("In the latest Global Harbor Outlook report, the fund cut its forecast.", "Global Harbor Outlook"),
        ("The city joined the Safe Lanes for All plan last year.", "Safe Lanes for All"),
        ("The Green Ferry Towns campaign was launched by the ministry in May.", "Green Ferry Towns"),
        ("The Northern Marsh Road initiative links ports across the region.", "Northern Marsh Road"),
    ],
)
def test_a_scheme_named_before_a_lower_case_kind_is_misc(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(name) == "MISC"


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel campaign said it would appeal.",  # one word: the owner's, as often
        "The Geneva Lakes policy was criticized.",  # a listed name
        "The Harlow Times report said the firm would cut jobs.",  # a paper's report
        "The Harlow Trade Ministry report found abuses.",  # a body's head word
        "The Harbor Premier League campaign ended in May.",  # an event's
        "In the Tuesday Morning plan, the firm cuts jobs.",  # a date word
        "The new plan for Harbor Lights was unveiled.",  # no name before the kind
        "The Harlow Port's plan was unveiled.",  # an owner's possessive
        "Her column backed Sunday's Save Our Ferry campaign.",  # "Our" is no determiner here
        "The Commission of Harbor Inquiry report was published.",  # a body's head word before "of"
        "The GVA Ferry Rewards plan grew.",  # a listed body's acronym first
        "The Kelby Harbor Clinic program grew.",  # a program: left to the programme rule
        "The Harbor Board-backed plan was published.",  # a body's modifier
        "Aides of the Geneva Lakes and Jo Roe campaign met.",  # two owners joined by "and"
    ],
)
def test_no_scheme_before_a_lower_case_kind_without_a_name_of_its_own(text: str) -> None:
    is_listed = lambda name: name in ("Geneva Lakes", "GVA")  # noqa: E731
    assert list(rules.lower_kind_schemes(text, is_listed)) == []


def test_a_scheme_name_before_its_kind_in_a_headline_is_not_read(extractor: EntityExtractor) -> None:
    entities = _entities(extractor, "Trade rose." + _FILL, headline="Tarvia Unveils Dual Gateway strategy")
    assert "Dual Gateway" not in _types(entities)


# --------------------------------------------------------------------------- numbered fairs and forums


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The 2nd Tarvia-Kelby Economic and Trade Expo opened on Thursday in the capital.",
            "2nd Tarvia-Kelby Economic and Trade Expo",
        ),
        (
            "The 13th Tarvia International Aviation and Space Exhibition opened in the port city.",
            "13th Tarvia International Aviation and Space Exhibition",
        ),
        (
            "The 3rd Harbor Road Forum for International Cooperation was held in the capital.",
            "3rd Harbor Road Forum for International Cooperation",
        ),
        ("The 4th Kelby Food & Wine Festival drew 20,000 visitors.", "4th Kelby Food & Wine Festival"),
        ("Leaders met at the 3rd Forum on Harbor Cooperation last week.", "3rd Forum on Harbor Cooperation"),
        ("The 2031 Summit for Coastal Trade opened in the capital.", "2031 Summit for Coastal Trade"),
    ],
)
def test_a_numbered_fair_keeps_and_inside_and_its_field(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(name) == "EVENT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The 2030 Harbor Games and Kelby Cup were moved to June.", "2030 Harbor Games and Kelby Cup"),
        ("The 2031 Kelby Summit on Monday drew leaders.", "2031 Kelby Summit on Monday"),
        ("He played at the 2034 Harbor Cup for Tarvia.", "2034 Harbor Cup for Tarvia"),
        ("In 2031 Congress on Harbor Trade met.", "2031 Congress on Harbor Trade"),
    ],
)
def test_two_events_a_date_or_a_cups_side_stay_out_of_a_numbered_name(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert name not in _types(_entities(extractor, body + _FILL))


# --------------------------------------------------------------------------- a place in brackets


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Firms in the Tarvia (Lyon) Pilot Free Trade Zone rose.", "Tarvia (Lyon) Pilot Free Trade Zone"),
        ("The Tarvia (Porto) Free Trade Zone opened a new port.", "Tarvia (Porto) Free Trade Zone"),
        ("Exports from the Kelbia (Dresden) Bonded Zone rose.", "Kelbia (Dresden) Bonded Zone"),
    ],
)
def test_a_zone_with_a_bracketed_place_is_one_place(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(name) == "LOCATION"


@pytest.mark.parametrize(
    "text",
    [
        "KELBY, May 3 (Tarvia News) -- Trade rose 5 percent.",  # an agency credit
        "The team met Acme (Lyon) Technology Co. officials on Monday.",  # a company's
        "The zone (Lyon) was opened in May.",  # lower case before the bracket
        "The Harbor Zones Organization (HZO) Free Zone opened.",  # an acronym in brackets
        "The Tarvia (Kelby) Free Trade Zone opened.",  # no place the list knows in brackets
        "A ground station was shown at the Tarvia (Lyon) International Technology Fair.",  # a fair's
    ],
)
def test_no_zone_without_its_head_word_or_a_bracketed_place(text: str) -> None:
    is_place = lambda name: name in ("Lyon", "Tarvia News")  # noqa: E731
    assert list(rules.bracketed_place_zones(text, is_place)) == []
