"""Figures a place owns in agency copy about places (session 36).

A statistic whose clause names nobody is the story's city's when the story is the city's (the city
lies in the story's province or country, is named more than it, and outside the dateline), not the
province's or the country's that only locate it. A place's anaphor may carry a describing word
("the eastern province", "the coastal city", "the autonomous region's"), but "the northern state
of Kessel" names the place itself. "its" before a measure only a place has ("its per capita GDP",
"its population") is the place named last, never the story's company; ", with its GDP up 21
percent" goes on with the place heading the sentence; "Kessel, with a population of 7 million,"
owns that head count; and "the foreign trade of Kessel" is Kessel's. All names are invented.
"""

from __future__ import annotations

import re

import pytest

from consumer.events import Article, Body, Dateline, Entity, EntityLinks, EntityType, Mention
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import focus_rows

# name: type, place kind, own code, containing division, containing country, latitude (a country's
# coordinates are its capital's: Harlow is Norland's capital)
_Place = tuple[EntityType, str | None, str | None, str | None, str | None, float | None]
_PLACES: dict[str, _Place] = {
    "Norland": ("LOCATION", "country", "NL", None, "NL", 10.0),
    "Kessel": ("LOCATION", "first_level_division", "NL-KS", None, "NL", 12.0),
    "Brenvik": ("LOCATION", "first_level_division", "NL-BR", None, "NL", 14.0),
    "Tarvo": ("LOCATION", "city", None, "NL-KS", "NL", 12.5),
    "Dunmore": ("LOCATION", "city", None, "NL-BR", "NL", 14.5),
    "Harlow": ("LOCATION", "city", None, None, "NL", 10.0),
    "Vantor Group": ("ORGANIZATION", None, None, None, None, None),
}


def _owners(
    text: str, salience: dict[str, float], headline: str = "", dateline: str | None = None
) -> dict[str, str | None]:
    """Each body figure's owner, given the places and firms named and how salient each is; a
    dateline's place is named in the dateline and where the body opens."""
    entities = []
    for name, level in salience.items():
        kind, place_kind, code, division, country, latitude = _PLACES[name]
        mentions = [
            Mention(text=name, field=field, start=m.start(), end=m.end())
            for field, source in (("headline", headline), ("body", text))
            for m in re.finditer(re.escape(name), source)
        ]
        if dateline is not None and text.startswith(name.upper()):
            mentions.append(Mention(text=name.upper(), field="dateline", start=0, end=len(name)))
            mentions.append(Mention(text=name.upper(), field="body", start=0, end=len(name)))
        links = (
            EntityLinks(
                kind=place_kind,  # type: ignore[arg-type]
                iso3166=code,
                division=division,
                country=country,
                latitude=latitude,
                longitude=latitude,
            )
            if place_kind
            else None
        )
        entities.append(Entity(id=name, type=kind, name=name, salience=level, mentions=mentions, links=links))
    article = Article(
        id="a",
        story_id="s",
        headline=headline,
        body=Body(text=text, paragraphs=[text], word_count=len(text.split())),
        dateline=Dateline(raw=dateline, place=None) if dateline is not None else None,
    )
    return {r.text: r.subject_name for r in extract_indicators(article, entities) if r.field == "body"}


@pytest.mark.parametrize(
    ("text", "salience", "headline", "figure", "owner"),
    [
        (
            "Tarvo, a port city in Kessel, drew record crowds. Tarvo opened two piers. "
            "The number of inbound tourists rose 17 percent.",
            {"Tarvo": 1.0, "Kessel": 0.3},
            "",
            "17 percent",
            "Tarvo",
        ),
        (
            "Tarvo has planted fruit on its hills, and Tarvo farmers are busy in Kessel and Norland. "
            "Farms there expect an annual output of over 1 million tonnes.",
            {"Tarvo": 1.0, "Kessel": 0.5, "Norland": 0.2},
            "",
            "1 million tonnes",
            "Tarvo",
        ),
        (
            "Tarvo is a city of traders in Norland. Tarvo merchants sell abroad. "
            "The export volume reached 54 billion yuan, a growth of 0.7 percent.",
            {"Tarvo": 1.0, "Norland": 0.4},
            "Tarvo traders thrive",
            "0.7 percent",
            "Tarvo",
        ),
        (
            "Tarvo, in Kessel, opened a fair. Tarvo hosts it yearly. "
            "The general public budget revenue was 6.9 billion yuan.",
            {"Tarvo": 0.9, "Kessel": 0.4},
            "",
            "6.9 billion yuan",
            "Tarvo",
        ),
    ],
)
def test_a_city_story_gives_its_unowned_statistics_to_the_city(
    text: str, salience: dict[str, float], headline: str, figure: str, owner: str
) -> None:
    assert _owners(text, salience, headline)[figure] == owner


@pytest.mark.parametrize(
    ("text", "salience", "dateline", "figure", "owner"),
    [
        # the province named more than the city: the province's story
        (
            "Kessel, home to Tarvo, drew record crowds. Kessel opened two piers. "
            "The number of inbound tourists rose 17 percent.",
            {"Tarvo": 0.3, "Kessel": 1.0},
            None,
            "17 percent",
            "Kessel",
        ),
        # a city of another province
        (
            "Dunmore, a port city, traded with Kessel. Dunmore opened two piers. "
            "The number of inbound tourists rose 17 percent.",
            {"Dunmore": 1.0, "Kessel": 0.5},
            None,
            "17 percent",
            "Kessel",
        ),
        # the city only where the story was filed
        (
            "TARVO, Jan. 3 (Xinhua) -- Kessel drew record crowds. Kessel opened two piers. "
            "The number of inbound tourists rose 17 percent.",
            {"Tarvo": 1.0, "Kessel": 0.5},
            "TARVO, Jan. 3 (Xinhua) --",
            "17 percent",
            "Kessel",
        ),
        # in place of a country, a city the headline does not name
        (
            "Tarvo is a city of traders in Norland. Tarvo merchants sell abroad. "
            "The export volume reached 54 billion yuan, a growth of 0.7 percent.",
            {"Tarvo": 1.0, "Norland": 0.4},
            None,
            "0.7 percent",
            "Norland",
        ),
        # a statistic said to cover the whole country
        (
            "Tarvo, a port city in Norland, drew crowds. Tarvo opened two piers. "
            "Retail sales nationwide rose 6 percent.",
            {"Tarvo": 1.0, "Norland": 0.4},
            None,
            "6 percent",
            "Norland",
        ),
    ],
)
def test_a_province_or_country_story_keeps_its_statistics(
    text: str, salience: dict[str, float], dateline: str | None, figure: str, owner: str
) -> None:
    assert _owners(text, salience, dateline=dateline)[figure] == owner


_FOCUS: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
    "Tarvo": ("LOCATION", "city"),
    "Vantor Group": ("ORGANIZATION", None),
}


def _focus_owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _FOCUS)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "Kessel signed 40 trade deals last week. The eastern province handled 3 million containers.",
            "3 million containers",
            "Kessel",
        ),
        (
            "Kessel cut poverty fast. All of the autonomous region's 74 counties were poor in 2015.",
            "74 counties",
            "Kessel",
        ),
        (
            "Tarvo opened a new terminal last week. The coastal city handled 3 million containers in 2019.",
            "3 million containers",
            "Tarvo",
        ),
        (
            "Tarvo opened a new terminal last week. The port city's 12 universities drew students.",
            "12 universities",
            "Tarvo",
        ),
    ],
)
def test_a_place_anaphor_with_a_describing_word(text: str, figure: str, owner: str) -> None:
    assert _focus_owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a describing word before "of" and a name: the name, no anaphor for the place before
        (
            "Tarvo opened a terminal. The northern state of Brenvik exported 3 million tonnes of rice.",
            "3 million tonnes",
        ),
        # a word that says which part, not where the place lies: no anaphor
        ("Kessel signed 40 deals. The border region handled 3 million containers.", "3 million containers"),
    ],
)
def test_other_describing_words_name_no_anaphor(text: str, figure: str) -> None:
    assert _focus_owners(text)[figure] is None


_PLANT = "Vantor Group opened a plant in Tarvo. "


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            _PLANT + "Tarvo's GDP grew 6 percent. Its per capita GDP reached 12,000 dollars.",
            "12,000 dollars",
            "Tarvo",
        ),
        (_PLANT + "Tarvo's GDP grew 6 percent. Its population stood at 7 million.", "7 million", "Tarvo"),
        (
            _PLANT + "Tarvo's GDP grew 6 percent. Its unemployment rate fell to 4 percent.",
            "4 percent",
            "Tarvo",
        ),
        (
            "Vantor Group opened a plant in Norland. Its economy grew 5 percent last year.",
            "5 percent",
            "Norland",
        ),
    ],
)
def test_its_before_a_measure_only_a_place_has(text: str, figure: str, owner: str) -> None:
    assert _focus_owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (_PLANT + "\n\nTarvo has become a rich district, with its GDP up 21 percent.", "21 percent", "Tarvo"),
        (_PLANT + "Last year Tarvo grew fast, with its GDP up 21 percent.", "21 percent", "Tarvo"),
        (_PLANT + "Norland grew fast last year, with its exports up 8 percent.", "8 percent", "Norland"),
    ],
)
def test_a_with_clause_goes_on_with_the_place_heading_the_sentence(
    text: str, figure: str, owner: str
) -> None:
    assert _focus_owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (_PLANT + "Tarvo, with a population of 7 million, is busy.", "7 million", "Tarvo"),
        (_PLANT + "Norland, with a total population of 50 million, is large.", "50 million", "Norland"),
        (_PLANT + "Kessel, with a population of nearly 9 million, is large.", "9 million", "Kessel"),
    ],
)
def test_a_population_apposition_is_the_place_before_it(text: str, figure: str, owner: str) -> None:
    assert _focus_owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (_PLANT + "The foreign trade of Tarvo rose 9 percent.", "9 percent", "Tarvo"),
        (_PLANT + "The total trade volume of Tarvo hit 9 billion dollars.", "9 billion dollars", "Tarvo"),
        (_PLANT + "The trade of Tarvo with Kessel grew 9 percent.", "9 percent", "Tarvo"),
    ],
)
def test_a_places_trade_of_it(text: str, figure: str, owner: str) -> None:
    assert _focus_owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a firm's own measure after "its" stays the firm's
        (_PLANT + "Its revenue rose 6 percent.", "6 percent", "Vantor Group"),
        (_PLANT + "Its staff grew to 7,000.", "7,000", "Vantor Group"),
        ("Vantor Group had a strong year, with its revenue up 12 percent.", "12 percent", "Vantor Group"),
        # no place named right before the apposition; a firm's staff
        (
            "Vantor Group opened a plant in a city, with a population of 7 million, in the south.",
            "7 million",
            "Vantor Group",
        ),
        ("Vantor Group, with a staff of 7,000, is busy.", "7,000", "Vantor Group"),
        # a firm's trade, a place's state that is no statistic before a count
        (_PLANT + "The foreign trade of Vantor Group rose 9 percent.", "9 percent", None),
        (_PLANT + "The poverty of Tarvo shocked 300 visitors.", "300 visitors", None),
    ],
)
def test_near_misses_keep_their_owner(text: str, figure: str, owner: str | None) -> None:
    assert _focus_owners(text)[figure] == owner


def test_a_capital_stands_for_its_government_not_for_the_country() -> None:
    text = (
        "Harlow said Norland would repay its debt. Harlow officials met bankers. "
        "The export volume reached 54 billion dollars, a growth of 0.7 percent."
    )
    assert _owners(text, {"Harlow": 1.0, "Norland": 0.4}, "Harlow repays debt")["0.7 percent"] == "Norland"


_PEOPLE: dict[str, tuple[EntityType, str | None]] = {
    "Tarvo": ("LOCATION", "city"),
    "Vantor Group": ("ORGANIZATION", None),
    "Tom Bale": ("PERSON", None),
    "Ann Lee": ("PERSON", None),
}


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a sentence's span opens on the space after the full stop before: the rules that read the
        # name opening the sentence read it there too, not only at a paragraph's head
        (
            "Ann Lee retired in May. Tom Bale, with 12 titles to his name, retired too.",
            "12 titles",
            "Tom Bale",
        ),
        (
            "Ann Lee retired in May. Tom Bale was left out of the squad in March, but scored four goals.",
            "four goals",
            "Tom Bale",
        ),
        (
            "Vantor Group opened a plant. Tarvo, with 40 universities, is a college town.",
            "40 universities",
            "Tarvo",
        ),
    ],
)
def test_a_sentence_opening_name_mid_paragraph(text: str, figure: str, owner: str) -> None:
    assert focus_rows("", text, _PEOPLE)[figure] == owner


@pytest.mark.parametrize(
    "text",
    [
        # the name opens no sentence: a clause after a comma or a semicolon
        "Ann Lee retired in May, and Tom Bale, with 12 titles to his name, retired too.",
        "Ann Lee retired in May; Tom Bale, with 12 titles to his name, retired too.",
    ],
)
def test_a_name_inside_the_sentence_keeps_no_owner(text: str) -> None:
    assert focus_rows("", text, _PEOPLE)["12 titles"] is None


_TOTALS: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
    "Harlow Ministry of Health": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
}


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "The Harlow Ministry of Health of Norland reported 1,200 new cases on Monday, "
            "bringing the total number in the country to 310,400.",
            "310,400",
            "Norland",
        ),
        (
            "The Harlow Ministry of Health reported 1,200 new infections, "
            "bringing the tally in Kessel to 83,300.",
            "83,300",
            "Kessel",
        ),
        (
            "Norland reported 600 deaths, raising the death toll of the pandemic in Kessel to about 4,600.",
            "4,600",
            "Kessel",
        ),
    ],
)
def test_a_running_total_in_a_place_is_the_places(text: str, figure: str, owner: str) -> None:
    assert focus_rows("", text, _TOTALS)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a total in a firm, or with no place: the old readings
        (
            "Vantor Group bought 300,000 shares, bringing its total holdings in Harlow Bank to 9.5 pct.",
            "9.5 pct",
            "Vantor Group",
        ),
        (
            "Vantor Group bought 300,000 shares, bringing the total to 2.1 million shares.",
            "2.1 million shares",
            "Vantor Group",
        ),
    ],
)
def test_other_totals_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert focus_rows("", text, _TOTALS)[figure] == owner
