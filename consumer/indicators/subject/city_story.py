"""The place a place story's unowned statistic belongs to: its city, when the story is the city's.

A statistic whose clause names nobody ("The number of inbound tourists rose 17 percent") falls
back on the story's main place, which was its province, else its country. Agency copy about a
city names its province and its country only to say where the city lies ("Harlow, a port city
in east Norland's Kessel Province"), so that fallback gave the city's figures to the province or
the country. The city stands in for them when the story is plainly its own: the city lies in
that province (or country), is named more often than it (higher salience), and is named outside
the dateline (a dateline says where the story was filed, not what it is about); in place of a
country, only a city the headline names that is no capital (agency copy names a capital for its
government: "Manila said it would prepay"). Reads the focus
the mention index worked out; no text.
"""

from __future__ import annotations

from consumer.events import Entity
from consumer.indicators.subject.mentions import MentionIndex


def statistic_place(index: MentionIndex) -> Entity | None:
    """The story's place an unowned statistic of the story is given: its city when the story is
    the city's, else its province, else its country (None when it has none)."""
    province = index.focus.get("province")
    country = index.focus.get("country")
    wider = province or country
    city = index.focus.get("city")
    if wider is None or city is None or not _city_in(city, wider) or city.salience <= wider.salience:
        return wider
    if province is None and not _country_city_story(city, wider):
        return wider
    return city if _named_past_dateline(city) else wider


def _country_city_story(city: Entity, country: Entity) -> bool:
    """A city stands in for the story's country only when the headline names it and it is no
    capital: agency copy names a capital for its government ("Manila said it would prepay its
    debt"), and a city named in passing in the body ("a show in Kessel City") is no story's."""
    if not any(m.field == "headline" for m in city.mentions):
        return False
    a, b = city.links, country.links
    if a is None or b is None:
        return True
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return True
    # a country's coordinates are its capital's
    return abs(a.latitude - b.latitude) > 0.01 or abs(a.longitude - b.longitude) > 0.01


def _city_in(city: Entity, place: Entity) -> bool:
    """Whether the city lies in the province or the country ``place``, by their codes."""
    if city.links is None or place.links is None or place.links.iso3166 is None:
        return False
    code = place.links.iso3166
    return city.links.division == code if "-" in code else city.links.country == code


def _named_past_dateline(city: Entity) -> bool:
    """Whether the city is named in the headline, or in the body other than by its dateline (whose
    place the body text also holds, as its first mention)."""
    if any(m.field == "headline" for m in city.mentions):
        return True
    body = sum(1 for m in city.mentions if m.field == "body")
    in_dateline = any(m.field == "dateline" for m in city.mentions)
    return body > (1 if in_dateline else 0)
