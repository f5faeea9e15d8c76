"""Places: country coordinates, Washington, cities that are divisions, links.division, dateline salience."""

from __future__ import annotations

import pycountry
import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.gazetteer.geo import _CN_CAPITALS, capital_of, cn_admin1_to_iso
from consumer.entities.salience import raw_weight
from consumer.events import Article, Body, Dateline, Entity, Mention, Source, TextField


def article(body: str, headline: str = "", dateline: str | None = None, agency: str | None = None) -> Article:
    return Article(
        id="p",
        story_id="p",
        headline=headline,
        dateline=Dateline(raw=dateline) if dateline else None,
        source=Source(agency=agency),
        body=Body(text=body, paragraphs=[p for p in body.split("\n\n") if p], word_count=len(body.split())),
    )


def entity_at(entities: list[Entity], text: str, field: str = "body") -> Entity:
    """The entity with a mention of exactly ``text`` in ``field``."""
    hits = [e for e in entities if any(m.text == text and m.field == field for m in e.mentions)]
    assert len(hits) == 1, (text, [(e.name, [m.text for m in e.mentions]) for e in entities])
    return hits[0]


def place_links(entities: list[Entity], text: str, field: str = "body") -> tuple[str | None, ...]:
    ent = entity_at(entities, text, field)
    assert ent.type == "LOCATION" and ent.links is not None, ent
    return ent.links.iso3166, ent.links.kind, ent.links.division


# ----------------------------------------------------------------------------- country coordinates


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("United States", 38.9, -77.0),  # Washington, D.C., not the Washington in Utah
        ("Australia", -35.3, 149.1),  # Canberra, not Sydney
        ("Brazil", -15.8, -47.9),  # Brasília: the capital's accent must not lose it
        ("Canada", 45.4, -75.7),  # Ottawa
        ("Kazakhstan", 51.2, 71.4),  # the capital under whichever name the data uses
        ("Macao", 22.2, 113.5),  # found through an alternate spelling
    ],
)
def test_country_coordinates_are_its_capitals(name: str, lat: float, lon: float) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.kind == "country"
    assert entry.latitude is not None and entry.longitude is not None
    assert abs(entry.latitude - lat) < 0.2 and abs(entry.longitude - lon) < 0.2


def test_capital_is_the_namesake_by_name_before_alternate_names() -> None:
    capital = capital_of("IN")
    assert capital is not None and capital["name"] == "New Delhi"  # not Delhi, whose alias it is
    us = capital_of("US")
    assert us is not None and us["admin1code"] == "DC"


def test_country_without_capital_has_no_coordinates() -> None:
    assert capital_of("AQ") is None
    entry = load_gazetteer().lookup("Antarctica")
    assert entry is not None and entry.latitude is None and entry.longitude is None


def test_every_country_capital_is_its_most_populous_namesake() -> None:
    checked = 0
    for country in pycountry.countries:
        capital = capital_of(country.alpha_2)
        if capital is None:
            continue
        checked += 1
        assert capital["countrycode"] == country.alpha_2
        entry = load_gazetteer().lookup(country.name)
        if entry is not None and entry.iso3166 == country.alpha_2:
            assert (entry.latitude, entry.longitude) == (capital["latitude"], capital["longitude"])
    assert checked > 200


# ----------------------------------------------------------------------------- Washington


def test_dateline_washington_is_the_capital(extractor: EntityExtractor) -> None:
    a = article("Senators met on Monday to discuss the farm bill.", dateline="WASHINGTON, June 4 (AP) -")
    ents = extractor.extract([a])[0]
    assert place_links(ents, "WASHINGTON", "dateline") == ("US-DC", "city", "US-DC")
    dc = entity_at(ents, "WASHINGTON", "dateline")
    assert dc.links is not None and dc.links.latitude is not None and dc.links.longitude is not None
    assert abs(dc.links.latitude - 38.9) < 0.1 and abs(dc.links.longitude + 77.0) < 0.1


def test_washington_in_running_text_is_the_capital(extractor: EntityExtractor) -> None:
    ents = extractor.extract([article("On Tuesday, Washington said the tariffs would stay.")])[0]
    assert place_links(ents, "Washington")[0] == "US-DC"


@pytest.mark.parametrize(
    "text",
    [
        "Apple growers in Washington state expect a smaller harvest this year.",
        "The company moved its warehouse to Seattle, Washington, last spring.",
        "Voters in the state of Washington approved the measure.",
        "Wildfires closed roads near Spokane, Washington on Sunday.",
    ],
)
def test_marked_washington_stays_the_state(extractor: EntityExtractor, text: str) -> None:
    ents = extractor.extract([article(text)])[0]
    assert place_links(ents, "Washington") == ("US-WA", "first_level_division", None)


def test_new_york_state_is_marked_too(extractor: EntityExtractor) -> None:
    ents = extractor.extract([article("Dairy farms in New York state lost money. New York City gained.")])[0]
    assert place_links(ents, "New York")[0] == "US-NY"
    assert place_links(ents, "New York City")[:2] == (None, "city")


# ----------------------------------------------------------------------------- cities that are divisions


@pytest.mark.parametrize(
    ("name", "code"),
    [("Beijing", "CN-BJ"), ("Shanghai", "CN-SH"), ("Tianjin", "CN-TJ"), ("Chongqing", "CN-CQ")],
)
def test_chinese_municipalities_carry_their_division_code(name: str, code: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None
    assert (entry.iso3166, entry.kind, entry.division, entry.country) == (code, "city", code, "CN")
    assert entry.latitude is not None  # the city's own record, with coordinates


def test_municipalities_hong_kong_macao_and_dc_in_text(extractor: EntityExtractor) -> None:
    text = (
        "Flights between Chongqing and Hong Kong resumed, and ferries to Macau and Macao's islands ran. "
        "Officials in Washington, D.C., and Tianjin welcomed it."
    )
    ents = extractor.extract([article(text)])[0]
    assert place_links(ents, "Chongqing") == ("CN-CQ", "city", "CN-CQ")
    assert place_links(ents, "Tianjin") == ("CN-TJ", "city", "CN-TJ")
    assert place_links(ents, "Hong Kong")[0] == "HK"
    assert place_links(ents, "Macau")[0] == "MO"
    assert entity_at(ents, "Macau") is entity_at(ents, "Macao")
    assert place_links(ents, "Washington, D.C.") == ("US-DC", "city", "US-DC")


def test_other_cities_have_no_code_of_their_own() -> None:
    for name in ("Guangzhou", "Denver", "Lyon", "Munich"):
        entry = load_gazetteer().lookup(name)
        assert entry is not None and entry.kind == "city" and entry.iso3166 is None, entry


# ----------------------------------------------------------------------------- links.division


@pytest.mark.parametrize(
    ("name", "division"),
    [
        ("Denver", "US-CO"),
        ("Houston", "US-TX"),
        ("Seattle", "US-WA"),
        ("Shenzhen", "CN-GD"),
        ("Qingdao", "CN-SD"),
        ("Dalian", "CN-LN"),
        ("Wuhan", "CN-HB"),
    ],
)
def test_us_and_chinese_cities_get_their_division(name: str, division: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.kind == "city"
    assert entry.division == division and entry.iso3166 is None


def test_cities_elsewhere_have_no_division() -> None:
    for name in ("Lyon", "Munich", "Manchester"):
        entry = load_gazetteer().lookup(name)
        assert entry is not None and entry.kind == "city" and entry.division is None


def test_divisions_and_countries_have_no_division_link() -> None:
    for name in ("Colorado", "Sichuan", "Peru"):
        entry = load_gazetteer().lookup(name)
        assert entry is not None and entry.kind != "city" and entry.division is None


def test_chinese_admin1_map_from_provincial_capitals() -> None:
    mapping = cn_admin1_to_iso()
    assert len(mapping) == len(_CN_CAPITALS) == 31  # every capital found, one admin1 code each
    assert set(mapping.values()) == set(_CN_CAPITALS)  # one-to-one
    chinese = {s.code for s in pycountry.subdivisions if s.country_code == "CN"}
    mainland = chinese - {"CN-HK", "CN-MO", "CN-TW"}
    assert set(mapping.values()) == mainland
    gazetteer = load_gazetteer()
    for code, capital in _CN_CAPITALS.items():  # each capital lies in its own province
        entry = gazetteer.lookup(capital)
        assert entry is not None and entry.division == code, (capital, entry)


def test_division_in_published_links(extractor: EntityExtractor) -> None:
    ents = extractor.extract([article("Factories in Qingdao and Houston hired workers.")])[0]
    assert place_links(ents, "Qingdao") == (None, "city", "CN-SD")
    assert place_links(ents, "Houston") == (None, "city", "US-TX")


# ----------------------------------------------------------------------------- dateline salience


def _m(field: TextField, start: int, text: str = "Lyon") -> Mention:
    return Mention(text=text, field=field, start=start, end=start + len(text))


def test_dateline_and_its_copy_in_the_body_count_once() -> None:
    mentions = [_m("dateline", 0), _m("body", 0)]
    assert raw_weight(mentions, dateline_in_body=(0, 14)) == 1.0
    assert raw_weight([_m("dateline", 0)], dateline_in_body=(0, 14)) == 1.0


def test_dateline_counts_beside_later_body_mentions() -> None:
    mentions = [_m("dateline", 0), _m("body", 0), _m("body", 600)]
    assert raw_weight(mentions, dateline_in_body=(0, 14)) == 2.0  # dateline once + one plain body mention


def test_body_mention_outside_the_dateline_copy_is_a_body_mention() -> None:
    assert raw_weight([_m("body", 20)], dateline_in_body=(0, 14)) == 1.5  # in the lead
    assert raw_weight([_m("body", 0)], dateline_in_body=None) == 1.5  # no dateline copy in the body


def test_dateline_place_is_not_more_salient_than_a_lead_mention(extractor: EntityExtractor) -> None:
    body = "LYON, June 2 - Officials from Portugal met on Tuesday to discuss rail links."
    ents = extractor.extract([article(body, dateline="LYON, June 2 -")])[0]
    lyon = entity_at(ents, "LYON", "dateline")
    assert {m.field for m in lyon.mentions} == {"dateline", "body"}
    portugal = entity_at(ents, "Portugal")
    assert portugal.salience == 1.0 and lyon.salience < portugal.salience


# ----------------------------------------------------------------------------- one place, two forms


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("Hubei Province", "CN-HB"),
        ("yunnan province", "CN-YN"),
        ("Aichi Prefecture", "JP-23"),
        ("Kano State", "NG-KN"),
        ("Chongqing Municipality", "CN-CQ"),
    ],
)
def test_division_named_with_its_kind_is_the_division(form: str, code: str) -> None:
    entry = load_gazetteer().lookup(form)
    assert entry is not None and entry.iso3166 == code and entry.kind == "first_level_division"


@pytest.mark.parametrize("form", ["Ohio State", "Penn State", "Leicester City", "Bristol City"])
def test_universities_and_clubs_are_no_divisions_or_cities(form: str) -> None:
    entry = load_gazetteer().lookup(form)
    assert entry is None or entry.kind not in ("first_level_division", "city")


def test_chinese_city_named_with_city_is_the_city() -> None:
    entry, bare = load_gazetteer().lookup("Luoyang City"), load_gazetteer().lookup("Luoyang")
    assert entry is not None and entry == bare and entry.kind == "city"


def test_province_and_its_short_form_are_one_entity(extractor: EntityExtractor) -> None:
    text = (
        "Farmers in Hunan Province sold more rice this year. "
        "Hunan plans to build ten new grain depots, officials said."
    )
    ents = extractor.extract([article(text, headline="Rice harvest up")])[0]
    assert entity_at(ents, "Hunan Province") is entity_at(ents, "Hunan")
    assert place_links(ents, "Hunan Province")[0] == "CN-HN"


def test_county_named_bare_joins_the_county(extractor: EntityExtractor) -> None:
    text = (
        "Tea growers in Fenghe County of Anhui Province picked early leaves on Monday. "
        "Fenghe sold 800 tonnes of tea last year, the county said."
    )
    ents = extractor.extract([article(text)])[0]
    county = entity_at(ents, "Fenghe County")
    assert county.type == "LOCATION" and entity_at(ents, "Fenghe") is county


def test_bare_name_of_two_places_joins_neither(extractor: EntityExtractor) -> None:
    text = (
        "Water at Dalong Lake rose again, and Dalong County moved 300 residents. "
        "Dalong has had rain for nine days."
    )
    ents = extractor.extract([article(text)])[0]
    lake, county = entity_at(ents, "Dalong Lake"), entity_at(ents, "Dalong County")
    assert lake is not county
    assert not any(m.text == "Dalong" for m in county.mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A bridge linking Haikou with Donghai New Area opened to traffic on Monday.", "Donghai New Area"),
        ("Liu Village signed a deal with the Sanhe Township government.", "Liu Village"),
        ("Workers from Hongqiao Township repaired the road.", "Hongqiao Township"),
    ],
)
def test_township_village_and_new_area_are_places(extractor: EntityExtractor, text: str, name: str) -> None:
    ents = extractor.extract([article(text)])[0]
    assert entity_at(ents, name).type == "LOCATION"


@pytest.mark.parametrize(("name", "country"), [("Islamabad", "PK"), ("New Delhi", "IN"), ("Karachi", "PK")])
def test_a_big_city_keeps_its_own_name_from_another_citys_alternate(name: str, country: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.kind == "city" and entry.name == name and entry.country == country


@pytest.mark.parametrize(
    ("name", "city"), [("Bombay", "Mumbai"), ("Peking", "Beijing"), ("Rangoon", "Yangon")]
)
def test_old_names_still_find_their_city(name: str, city: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.name == city


def test_dateline_islamabad_is_pakistans_capital(extractor: EntityExtractor) -> None:
    body = "ISLAMABAD, Aug. 28 (AP) — Floods have killed 1,033 people since mid-June, officials said."
    ents = extractor.extract(
        [article(body, headline="Floods in the north", dateline="ISLAMABAD, Aug. 28 (AP) —")]
    )[0]
    place = next(e for e in ents if e.type == "LOCATION")
    assert place.name == "Islamabad"


# ----------------------------------------------------------------------------- place and state, no comma


@pytest.mark.parametrize(
    ("body", "city", "area", "code"),
    [
        ("The couple moved to Anchorage Alaska last spring.", "Anchorage", "Alaska", "US-AK"),
        ("He flew from Perth Australia to meet the board.", "Perth", "Australia", "AU"),
        ("The delegation stopped in Lyon France before the summit.", "Lyon", "France", "FR"),
    ],
)
def test_place_and_its_area_without_a_comma_are_two_places(
    extractor: EntityExtractor, body: str, city: str, area: str, code: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert place_links(entities, area)[0] == code
    assert place_links(entities, city)[1] == "city"
    assert not [e for e in entities if city + " " + area in e.name]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Georgia Tech beat Virginia Tech on Saturday in front of a full stadium.", "Virginia Tech"),
        ("The show starred Paris Hilton as herself, the network said.", "Paris Hilton"),
    ],
)
def test_a_name_that_opens_with_a_place_stays_whole(extractor: EntityExtractor, body: str, name: str) -> None:
    (entities,) = extractor.extract([article(body)])
    assert any(e.name == name for e in entities), [(e.name, e.type) for e in entities]


# ----------------------------------------------------------------------------- namesakes


@pytest.mark.parametrize(
    ("name", "division"),
    [
        ("Trenton", "US-NJ"),  # 90,000 people; Michigan's Trenton was listed first
        ("Hoboken", "US-NJ"),  # not the Belgian town of half its size
        ("Greenville", "US-NC"),  # the biggest of five, not Liberia's
    ],
)
def test_namesakes_of_one_rank_go_to_the_most_populous(name: str, division: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.kind == "city" and entry.division == division


@pytest.mark.parametrize(("name", "country"), [("Paris", "FR"), ("London", "GB"), ("Sydney", "AU")])
def test_a_big_city_still_outranks_its_small_namesakes(name: str, country: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.kind == "city" and entry.country == country


@pytest.mark.parametrize(
    ("body", "city", "division"),
    [
        ("Crews cleared roads in Greenville, South Carolina, on Monday.", "Greenville", "US-SC"),
        ("She taught school in Salem, Oregon, for a decade.", "Salem", "US-OR"),  # not India's
        ("Analysts in Lexington, Massachusetts, cut their forecast.", "Lexington", "US-MA"),
        ("The show tours St. Charles, Mo., in the spring.", "St. Charles", "US-MO"),
        ("Tryouts are held in Petersburg, VA, each June.", "Petersburg", "US-VA"),  # not Russia's
        ("Smoke drifted over Santa Rosa California by noon.", "Santa Rosa", "US-CA"),
    ],
)
def test_a_city_before_its_state_is_the_namesake_there(
    extractor: EntityExtractor, body: str, city: str, division: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert place_links(entities, city)[1:] == ("city", division)


@pytest.mark.parametrize(
    ("body", "town", "division"),
    [
        # the model reads a body, or nothing at all, before the state; the state is the proof
        (
            "Quarry Row and Bell Lane, Lincoln, Nebraska, and Oak Street, Madison, Wisconsin, lead the list.",
            "Lincoln",
            "US-NE",
        ),
        ("Venue: Franklin, Tennessee, on May 3.", "Franklin", "US-TN"),
        ("Hometown: Jackson, Mississippi.", "Jackson", "US-MS"),
        ("Marion, Ohio, and Clinton, Iowa, lost plants.", "Clinton", "US-IA"),
    ],
)
def test_a_town_before_its_state_is_a_place_whatever_the_model_read(
    extractor: EntityExtractor, body: str, town: str, division: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert place_links(entities, town)[1:] == ("city", division)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Mr. Lincoln, Nebraska's senator, spoke first.", "Lincoln"),  # a title and a possessive
        ("Sen. Nell Warren spoke. Warren, Michigan's envoy, left early.", "Nell Warren"),
        ("Gov. Greg Abbott, Texas, signed the bill.", "Greg Abbott"),  # no town of that name
    ],
)
def test_a_person_before_a_state_stays_a_person(extractor: EntityExtractor, body: str, person: str) -> None:
    (entities,) = extractor.extract([article(body)])
    assert all(e.type == "PERSON" for e in entities if e.name == person), [(e.name, e.type) for e in entities]
    assert not any(e.type == "LOCATION" and e.links and e.links.kind == "city" for e in entities)


def test_a_later_bare_mention_follows_the_namesake(extractor: EntityExtractor) -> None:
    body = "Storms hit Salem, Oregon, overnight. Salem officials opened two shelters."
    (entities,) = extractor.extract([article(body)])
    (salem,) = [e for e in entities if e.name == "Salem"]
    assert len(salem.mentions) == 2 and salem.links is not None and salem.links.division == "US-OR"


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("The creamery in Verona, Wisconsin, doubled its output.", "Verona"),  # not Italy's
        ("A water main broke in Lisbon, Ohio, on Friday.", "Lisbon"),  # not Portugal's
    ],
)
def test_a_foreign_city_before_a_us_state_with_no_namesake_there_loses_its_link(
    extractor: EntityExtractor, body: str, town: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    place = entity_at(entities, town)
    assert place.type == "LOCATION" and place.links is None


@pytest.mark.parametrize(
    ("body", "place", "links"),
    [
        # a list of states: each keeps its own record
        ("The chain sells in Ohio, Michigan and Indiana.", "Ohio", ("US-OH", "first_level_division", None)),
        # a list of cities and states: a city with no namesake in the next state stays itself
        ("Sales rose in Chicago, Texas and Florida last year.", "Chicago", (None, "city", "US-IL")),
        ("The tour opens in Paris and ends in Lyon, France.", "Paris", (None, "city", None)),
        ("Voters lined up in Portland on Tuesday.", "Portland", (None, "city", "US-OR")),
        # a place inside what follows keeps its own record: the province, not its capital
        ("Schools in Quebec, Canada, reopened.", "Quebec", ("CA-QC", "first_level_division", None)),
        # a division before another country in a list
        ("Fans from England, Ireland and Wales came.", "England", ("GB-ENG", "first_level_division", None)),
    ],
)
def test_places_without_a_state_after_them_keep_their_links(
    extractor: EntityExtractor, body: str, place: str, links: tuple[str | None, ...]
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert place_links(entities, place) == links


@pytest.mark.parametrize(
    ("word", "city"),
    [
        ("Hanna", "Khanna"),  # a given name
        ("Drug", "Durg"),  # an English word
        ("Hindenburg", "Zabrze"),  # an old name that is a person's
        ("Giger", "Jijel"),  # a surname
    ],
)
def test_a_mid_sized_citys_foreign_alternate_names_are_not_its_names(word: str, city: str) -> None:
    entry = load_gazetteer().lookup(word)
    assert entry is None or entry.name != city


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("Ghent", "Gent"),  # an English name with its first letter
        ("Bruges", "Brugge"),
        ("Novgorod", "Velikiy Novgorod"),  # a word of its own name
        ("Khan Younis", "Khān Yūnis"),  # several words
        ("Calcutta", "Kolkata"),  # a big city keeps every alternate
    ],
)
def test_english_names_of_cities_still_find_them(name: str, city: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.name == city


@pytest.mark.parametrize(("word", "town"), [("God", "Göd"), ("Saba", "Sabá"), ("Nawa", "Nawá")])
def test_a_small_towns_short_name_without_its_accents_is_not_the_town(word: str, town: str) -> None:
    entry = load_gazetteer().lookup(word)
    assert entry is None or entry.name != town


@pytest.mark.parametrize(
    ("form", "city"),
    [("Avila", "Ávila"), ("Jaen", "Jaén"), ("Lodz", "Łódź"), ("Lome", "Lomé"), ("Göd", "Göd")],
)
def test_names_without_accents_still_find_their_city(form: str, city: str) -> None:
    entry = load_gazetteer().lookup(form)
    assert entry is not None and entry.name == city


# ----------------------------------------------------------------------------- places in lists


@pytest.mark.parametrize(
    ("body", "town"),
    [
        # a town of a list of places that the model alone read as a body or as a people
        ("Stores in Wayzata, Edina and Eden Prairie stayed open.", "Eden Prairie"),
        ("Trains stop at Croton, Ossining and Peekskill on weekdays.", "Peekskill"),
        ("Outages hit Scarsdale, Yonkers and Mount Vernon overnight.", "Yonkers"),
    ],
)
def test_a_name_in_a_list_of_places_is_a_place(extractor: EntityExtractor, body: str, town: str) -> None:
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, town).type == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # clubs in a story about sport, and bodies beside fewer places, keep their type
        ("Chelsea, Porto and Barcelona won their matches, the coach said.", "Chelsea", "ORGANIZATION"),
        ("Ford, Toyota and Ohio State backed the plan in Michigan and Ohio.", "Ford", "ORGANIZATION"),
        ("Apple, Google and Samsung sell phones in China.", "Samsung", "ORGANIZATION"),
    ],
)
def test_a_body_beside_places_outside_a_list_of_places_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, name).type == kind


# ----------------------------------------------------------------------------- streets named for people


@pytest.mark.parametrize(
    ("body", "street"),
    [
        # a given name and "Street" or "Lane" after a preposition of place is the street
        ("He was parked on Elmer Street when the car pulled up.", "Elmer Street"),
        ("The fire started in a house near Grace Lane on Sunday.", "Grace Lane"),
        ("Police found the car abandoned off Nolan Street, the report said.", "Nolan Street"),
        ("Crews worked along Henry Street overnight.", "Henry Street"),
    ],
)
def test_a_street_named_like_a_person_after_a_preposition_of_place_is_a_place(
    extractor: EntityExtractor, body: str, street: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, street).type == "LOCATION"


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("The case was argued by Della Street, a lawyer.", "Della Street"),
        ("The family of Grace Lane thanked the nurses.", "Grace Lane"),
        ("He bumped into Grace Lane at the mall.", "Grace Lane"),
        ("Ruth Lane said the plan was sound. Lane spoke at city hall.", "Ruth Lane"),
    ],
)
def test_a_person_named_street_or_lane_stays_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, person).type == "PERSON"


# ----------------------------------------------------------------------------- towns read as people


@pytest.mark.parametrize(
    ("body", "town"),
    [
        # a town of two words, spelt as the cities data spells it, opening with no given name
        ("The snow fell between Walla Walla and Spokane on Monday.", "Walla Walla"),
        ("Menomonee Falls voted to raise the levy.", "Menomonee Falls"),
        ("Flights to Punta Cana resumed on Friday.", "Punta Cana"),
    ],
)
def test_a_town_by_its_own_name_read_as_a_person_is_a_place(
    extractor: EntityExtractor, body: str, town: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, town).type == "LOCATION"


def test_a_person_named_like_a_town_after_a_given_name_stays_a_person(extractor: EntityExtractor) -> None:
    (entities,) = extractor.extract([article("Paris Hilton arrived in Los Angeles.")])
    assert entity_at(entities, "Paris Hilton").type == "PERSON"


@pytest.mark.parametrize(
    ("body", "town"),
    [
        # the same towns before their council or officials, which the model reads as bodies
        ("The Shaker Heights council met on Monday.", "Shaker Heights"),
        ("Battle Creek officials closed the bridge.", "Battle Creek"),
        ("The Federal Way council rejected the tax.", "Federal Way"),
    ],
)
def test_a_town_by_its_own_name_read_as_a_body_is_a_place(
    extractor: EntityExtractor, body: str, town: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, town).type == "LOCATION"


def test_a_company_of_two_words_stays_a_body(extractor: EntityExtractor) -> None:
    (entities,) = extractor.extract([article("The Home Depot store in Ohio closed.")])
    assert entity_at(entities, "Home Depot").type == "ORGANIZATION"


# ----------------------------------------------------------------------------- neighbourhoods


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a name the copy calls a neighbourhood or an area, missed or read as a people or a person
        ("Residents of the Westchase neighborhood complained.", "Westchase"),
        ("A fire broke out in the Montrose neighborhood overnight.", "Montrose"),
        ("The salon is in the Copperfield area of the county.", "Copperfield"),
        ("The Garfield Park neighborhood held a vigil.", "Garfield Park"),
    ],
)
def test_a_named_neighbourhood_or_area_is_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    (entities,) = extractor.extract([article(body)])
    ent = entity_at(entities, place)
    assert ent.type == "LOCATION"
    assert ent.links is None or ent.links.kind != "city"  # no town of that name elsewhere


def test_the_area_of_a_city_is_the_city(extractor: EntityExtractor) -> None:
    (entities,) = extractor.extract([article("Storms hit the Houston area on Monday.")])
    assert place_links(entities, "Houston")[1:] == ("city", "US-TX")


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Fighting spread to the Kurdish area of the city.", "Kurdish", "NORP"),
        ("Read more in the Sports section of the paper.", "Sports", None),
        ("Traffic slowed in the downtown area.", "downtown", None),
    ],
)
def test_a_people_or_a_common_word_before_area_is_no_place(
    extractor: EntityExtractor, body: str, name: str, kind: str | None
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert [e.type for e in entities if e.name == name] == ([kind] if kind else [])


def test_a_street_named_like_a_person_is_one_place_on_all_its_mentions(extractor: EntityExtractor) -> None:
    body = (
        "Deputies were called to the 4100 block of Elmer Street at noon. "
        "A witness said a van had been parked on Elmer Street for hours. Elmer Street was closed."
    )
    (entities,) = extractor.extract([article(body)])
    assert [e.type for e in entities if e.name == "Elmer Street"] == ["LOCATION"]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a kind of place and "known as" or "called" name what follows
        ("The crash happened in the unincorporated area known as Good Hope on Sunday.", "Good Hope"),
        ("They grew up in a village called Morning Star near the coast.", "Morning Star"),
        ("The fire spread through a neighborhood known as Sugar Hill.", "Sugar Hill"),
        ("Residents of a community called Harmony Acres were evacuated.", "Harmony Acres"),
    ],
)
def test_a_name_a_kind_of_place_is_known_as_is_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, place).type == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("A man known as Jimmy Hope was arrested.", "Jimmy Hope"),
        ("The band called Morning Star played.", "Morning Star"),
    ],
)
def test_a_name_known_as_after_no_kind_of_place_is_no_place(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, name).type != "LOCATION"


def test_a_person_with_a_particle_named_like_a_town_stays_a_person(extractor: EntityExtractor) -> None:
    body = "Some routes follow the journeys of Vasco Da Gama and Magellan along the coast."
    (entities,) = extractor.extract([article(body)])
    assert entity_at(entities, "Vasco Da Gama").type == "PERSON"
