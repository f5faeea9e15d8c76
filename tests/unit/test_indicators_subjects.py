"""Whose figure it is: only plain patterns name an owner; otherwise the subject is null."""

from __future__ import annotations

import re

import pytest

from consumer.events import Article, Body, Entity, EntityLinks, EntityType, Indicator, Mention
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities as _entities
from tests.unit.indicator_texts import focus_rows


def _rows(text: str, names: dict[str, EntityType]) -> dict[str, Indicator]:
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=[text], word_count=9)
    )
    return {r.text: r for r in extract_indicators(article, _entities(text, names))}


def _subjects(text: str, names: dict[str, EntityType]) -> dict[str, str | None]:
    return {figure: row.subject_name for figure, row in _rows(text, names).items()}


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # A market move belongs to its index, not to the first place in the sentence.
        (
            "In Tokyo, the Nikkei 225 fell 310 points as exporters slid.",
            {"Tokyo": "LOCATION", "Nikkei 225": "PRODUCT"},
            "310 points",
            "Nikkei 225",
        ),
        (
            "The FTSE 100 rose 1.2 percent in London on Tuesday.",
            {"FTSE 100": "PRODUCT", "London": "LOCATION"},
            "1.2 percent",
            "FTSE 100",
        ),
        # Things returned from a country are not that country's.
        (
            "The museum received 212 manuscripts returned from Portugal last year.",
            {"Portugal": "LOCATION"},
            "212 manuscripts",
            None,
        ),
        # The possessive owner of the measure.
        (
            "Norland's exports rose 6 percent in March, officials said.",
            {"Norland": "LOCATION"},
            "6 percent",
            "Norland",
        ),
        # The clause's subject.
        (
            "Brightwater Ltd raised $40 million from investors in Oslo.",
            {"Brightwater Ltd": "ORGANIZATION", "Oslo": "LOCATION"},
            "$40 million",
            "Brightwater Ltd",
        ),
        # A possessor framing a narrower place: the narrower one.
        (
            "The output of Westria's coastal region of Marlow grew 3 percent.",
            {"Westria": "LOCATION", "Marlow": "LOCATION"},
            "3 percent",
            "Marlow",
        ),
        # Nobody owns it plainly: null, not a guess.
        (
            "About 3,000 people attended the fair in Lyon.",
            {"Lyon": "LOCATION"},
            "3,000 people",
            None,
        ),
        (
            "Sales were 4 percent higher than analysts in Paris expected.",
            {"Paris": "LOCATION"},
            "4 percent",
            None,
        ),
    ],
)
def test_figure_owner(text: str, names: dict[str, EntityType], figure: str, owner: str | None) -> None:
    assert _subjects(text, names)[figure] == owner


_TABLE = (
    "Snap counts for the defence:\n\n"
    "| Pos | Player | Plays | % |\n\n"
    "| LB | Orrin Vantassel | 61 | 92% |\n\n"
    "| CB | Tobias Quennell | 48 | 73% |\n\n"
    "Harbor City FC used 14 players in all."
)


@pytest.mark.parametrize(
    ("figure", "owner"),
    [
        ("61", "Orrin Vantassel"),
        ("92%", "Orrin Vantassel"),
        ("73%", "Tobias Quennell"),
        ("48", "Tobias Quennell"),
    ],
)
def test_a_table_cell_belongs_to_its_rows_name(figure: str, owner: str) -> None:
    names: dict[str, EntityType] = {
        "LB": "ORGANIZATION",
        "CB": "ORGANIZATION",
        "Orrin Vantassel": "PERSON",
        "Tobias Quennell": "PERSON",
        "Harbor City FC": "ORGANIZATION",
    }
    assert _subjects(_TABLE, names)[figure] == owner


_STATS_TABLE = (
    "How the back seven graded:\n\n"
    "| Pos | Player | Snaps | Stats |\n\n"
    "| LB | Dario Feltham | 58 | 4 tackles (5 combined). 2 sacks, 1 PBU, 3 pressures. |\n\n"
    "| S | Kwame Ostrander | 41 | 2 tackles. 1 INT, 2 PBU. |\n\n"
    "| Team | 99 | 12 sacks in all. |\n\n"
    "Coach Lena Morrow praised the unit."
)


@pytest.mark.parametrize(
    ("figure", "owner"),
    [
        # a stats cell's full stops split sentences, not the row: the figures after them are
        # still the row's name cell's, and an abbreviation in the cell ("PBU") is no name cell
        ("2 sacks", "Dario Feltham"),
        ("3 pressures", "Dario Feltham"),
        ("2 tackles", "Kwame Ostrander"),
        ("4 tackles", "Dario Feltham"),
        # negatives: a row with no name cell and the prose after the table are nobody's
        ("12 sacks", None),
    ],
)
def test_a_stats_cell_belongs_to_its_rows_name_cell(figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {
        "LB": "ORGANIZATION",
        "PBU": "ORGANIZATION",
        "Dario Feltham": "PERSON",
        "Kwame Ostrander": "PERSON",
        "Lena Morrow": "PERSON",
    }
    assert _subjects(_STATS_TABLE, names)[figure] == owner


def test_a_table_row_without_a_name_has_no_owner() -> None:
    text = "Results by quarter:\n\n| Q1 | 120 | 4% |\n\nNorthwind Ltd expects more."
    got = _subjects(text, {"Northwind Ltd": "ORGANIZATION"})
    assert got["4%"] is None


@pytest.mark.parametrize(
    ("text", "names", "figure"),
    [
        (
            "In Greyfield, 45 volunteers cleared the beach on Sunday.",
            {"Greyfield": "LOCATION"},
            "45 volunteers",
        ),
        (
            "After the Ostrava talks, organisers counted 300 delegates from abroad.",
            {"Ostrava": "LOCATION"},
            "300 delegates",
        ),
        (
            "Across Vellmark, officials counted 120 flooded homes.",
            {"Vellmark": "LOCATION"},
            "120 flooded homes",
        ),
    ],
)
def test_a_count_is_not_owned_by_a_name_merely_earlier_in_the_sentence(
    text: str, names: dict[str, EntityType], figure: str
) -> None:
    assert _subjects(text, names)[figure] is None


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        (
            "The Pinecrest League, which met on Friday, has admitted four new clubs.",
            {"Pinecrest League": "ORGANIZATION"},
            "four new clubs",
            "Pinecrest League",
        ),
        (
            "Orvane Foods said it would hire 300 workers next year, officials in Tilbury said.",
            {"Orvane Foods": "ORGANIZATION", "Tilbury": "LOCATION"},
            "300 workers",
            "Orvane Foods",
        ),
        (
            "Halden Bank said its profit rose 12 percent.",
            {"Halden Bank": "ORGANIZATION"},
            "12 percent",
            "Halden Bank",
        ),
    ],
)
def test_the_clause_subject_keeps_its_count_across_a_relative_clause_or_a_report(
    text: str, names: dict[str, EntityType], figure: str, owner: str
) -> None:
    assert _subjects(text, names)[figure] == owner


def test_a_count_owned_plainly_keeps_its_owner() -> None:
    got = _subjects("Norland's 45 deputies voted against.", {"Norland": "LOCATION"})
    assert got["45 deputies"] == "Norland"


def test_age_belongs_to_the_person_next_to_it() -> None:
    text = "The coach, Dana Whitfield, 47-year-old, joined Harbor City FC in 2019."
    got = _subjects(text, {"Dana Whitfield": "PERSON", "Harbor City FC": "ORGANIZATION"})
    assert got["47-year-old"] == "Dana Whitfield"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "Dana Whitfield joined the club in May. She scored 14 goals in her first season.",
            "14 goals",
            "Dana Whitfield",
        ),
        (
            "Omar Reyes retired last year. His 212 appearances are a club record.",
            "212 appearances",
            "Omar Reyes",
        ),
        # the person named last before the pronoun, not the first one
        (
            "Dana Whitfield praised Omar Reyes on Sunday. He ran 12 kilometres in the final.",
            "12 kilometres",
            "Omar Reyes",
        ),
    ],
)
def test_a_pronoun_subject_is_the_person_named_last(text: str, figure: str, owner: str) -> None:
    got = _subjects(text, {"Dana Whitfield": "PERSON", "Omar Reyes": "PERSON"})
    assert got[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # "her" opens another subject: the coach's players, not the player's
        ("Margaret Olsen scored 14 goals. Her coach said 3 players were injured.", "3 players", None),
        # the pronoun's sex rules out a person named later
        ("Margaret Olsen met Kevin Brandt. Her 14 goals won the cup.", "14 goals", "Margaret Olsen"),
        ("Kevin Brandt met Margaret Olsen. He ran 12 kilometres.", "12 kilometres", "Kevin Brandt"),
    ],
)
def test_a_pronoun_owner_is_the_right_person_or_none(text: str, figure: str, owner: str | None) -> None:
    got = _subjects(text, {"Margaret Olsen": "PERSON", "Kevin Brandt": "PERSON"})
    assert got[figure] == owner


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield left. The team scored 14 goals in the first season.",  # no pronoun
        "Dana Whitfield left. They said the fund had 14 members.",  # not he or she
        "She scored 14 goals in her first season.",  # nobody named before
    ],
)
def test_no_personal_pronoun_no_person(text: str) -> None:
    got = _subjects(text, {"Dana Whitfield": "PERSON"})
    assert next(iter(got.values())) is None


def test_subject_window_is_bounded() -> None:
    # A name far before the figure in one long clause is out of the window: no owner.
    filler = " ".join(["very"] * 80)
    text = f"Corvane Group said that {filler} there were 12 ships."
    assert _subjects(text, {"Corvane Group": "ORGANIZATION"})["12 ships"] is None


def test_the_stock_is_the_story_company() -> None:
    rows = focus_rows(
        "Fenwick Brands jumps on takeover talk",
        "Fenwick Brands drew bids on Monday. The stock added 4% by noon.",
        {"Fenwick Brands": ("ORGANIZATION", None)},
    )
    assert rows["4%"] == "Fenwick Brands"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a story running through several companies: "the stock" is the one named last
        (
            "Harlan Mills Inc. (NYSE: HML) rose 2% on Monday. The stock's 52-week high is $41.20. "
            "Petrel Works Corp. (NASDAQ: PTW) fell 3% to $8.10. The stock's 52-week high is $19.75.",
            "$19.75",
            "Petrel Works Corp.",
        ),
        (
            "Harlan Mills Inc. (NYSE: HML) rose 2% on Monday. The stock's 52-week high is $41.20. "
            "Petrel Works Corp. (NASDAQ: PTW) fell 3% to $8.10. The stock's 52-week high is $19.75.",
            "$41.20",
            "Harlan Mills Inc.",
        ),
        (
            "Harlan Mills Inc. posted a loss. Petrel Works Corp. said it would cut costs. "
            "The company also reported debt of $700 million.",
            "$700 million",
            "Petrel Works Corp.",
        ),
        # the firm of an analyst named after it is not the company meant
        (
            "Harlan Mills Inc. missed forecasts. Petrel Works Corp. analyst Dana Whitfield said the "
            "company faced a 0.6% headwind.",
            "0.6%",
            "Harlan Mills Inc.",
        ),
    ],
)
def test_the_company_is_the_company_named_last(text: str, figure: str, owner: str) -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        "Harlan Mills Inc.": ("ORGANIZATION", None),
        "Petrel Works Corp.": ("ORGANIZATION", None),
        "NYSE": ("ORGANIZATION", None),
        "NASDAQ": ("ORGANIZATION", None),
        "Dana Whitfield": ("PERSON", None),
    }
    assert focus_rows("Harlan Mills and Petrel Works move", text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the possessor of a purchase or a bid owns the sum paid, not the thing bought
        (
            "The group repaid its debt with the proceeds of Dana Whitfield's purchase of the Harlow "
            "Gazette and the Tamsa Courier for $500 million.",
            "$500 million",
            "Dana Whitfield",
        ),
        (
            "Petrel Works Corp.'s takeover bid for Harlan Mills Inc. for about $2.1 billion failed.",
            "$2.1 billion",
            "Petrel Works Corp.",
        ),
        # near misses: a possessive measure, and a deal with no possessor, stay as they were
        ("Harlan Mills Inc.'s revenue rose to $2.1 billion.", "$2.1 billion", "Harlan Mills Inc."),
        (
            "Petrel Works Corp. bought the Harlow Gazette for $500 million.",
            "$500 million",
            "Petrel Works Corp.",
        ),
    ],
)
def test_a_deal_sum_is_its_possessors(text: str, figure: str, owner: str) -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        "Harlan Mills Inc.": ("ORGANIZATION", None),
        "Petrel Works Corp.": ("ORGANIZATION", None),
        "Harlow Gazette": ("ORGANIZATION", None),
        "Tamsa Courier": ("ORGANIZATION", None),
        "Dana Whitfield": ("PERSON", None),
    }
    assert focus_rows("A headline", text, names)[figure] == owner


def test_a_bare_it_stays_the_story_company() -> None:
    # "it" may stand for anything named last (a course, a cable): only the story's company
    rows = focus_rows(
        "Harlan Mills opens a school",
        "Harlan Mills Inc. opened a school run by Petrel Works Corp. on Monday. It costs $300 a term.",
        {"Harlan Mills Inc.": ("ORGANIZATION", None), "Petrel Works Corp.": ("ORGANIZATION", None)},
    )
    assert rows["$300"] != "Petrel Works Corp."


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a bare "it" measured in a count, a size or a duration is the thing it names
        ("Harlan Mills Inc. built the Tamsa array. It consists of four 35-meter dishes.", "35-meter", None),
        ("Harlan Mills Inc. hosted the final. It took nearly eight hours to finish.", "eight hours", None),
        ("Harlan Mills Inc. runs the line. Its track is 40 km long.", "40 km", None),
        # a sum, a share or a head count stays the story company's, as does "the company"
        (
            "Harlan Mills Inc. reported results. It earned $4 million in May.",
            "$4 million",
            "Harlan Mills Inc.",
        ),
        ("Harlan Mills Inc. reported results. Its margin rose 3 percent.", "3 percent", "Harlan Mills Inc."),
        ("Harlan Mills Inc. is hiring. It employs 3,000 people.", "3,000 people", "Harlan Mills Inc."),
        ("Harlan Mills Inc. is growing. The company runs 40 stores.", "40 stores", "Harlan Mills Inc."),
    ],
)
def test_a_bare_it_owns_no_thing_measure(text: str, figure: str, owner: str | None) -> None:
    rows = focus_rows("Harlan Mills news", text, {"Harlan Mills Inc.": ("ORGANIZATION", None)})
    assert rows[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # an anaphor's possessive right before the figure owns it, before the clause's first name
        (
            "Harlow teachers rallied at the Tamsa Arena, asking lawmakers to use the state's $2 billion "
            "in reserves.",
            "$2 billion",
            "Harlow",
        ),
        (
            "Harlow is poor. Aid workers at Tamsa Arena say the state's 4 million people lack food.",
            "4 million people",
            "Harlow",
        ),
        # near miss: a possessive that frames another noun leaves the clause as it was
        (
            "Harlow is poor. Tamsa Arena drew 4,000 fans, the state's largest crowd.",
            "4,000 fans",
            "Tamsa Arena",
        ),
    ],
)
def test_an_anaphor_possessive_owns_the_figure_after_it(text: str, figure: str, owner: str) -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        "Harlow": ("LOCATION", "first_level_division"),
        "Tamsa Arena": ("ORGANIZATION", None),
    }
    assert focus_rows("Harlow news", text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the maker acting on "the car" gives the reviewed product its figure
        ("Norco will offer the car in nine different colors.", "nine different colors", "Norco Vela GT"),
        (
            "Norco fits the car with two radar units, four cameras, and eight parking sensors.",
            "eight parking sensors",
            "Norco Vela GT",
        ),
        # "the car" heading a clause with no owner is the product
        ("Norco showed it in Geneva. The car has five seats.", "five seats", "Norco Vela GT"),
        # near misses: the maker's own figures, and a firm that does not make the product
        ("Norco sold 40,000 cars last year.", "40,000 cars", "Norco"),
        ("Tamsa Rentals will offer the car in 12 cities.", "12 cities", "Tamsa Rentals"),
    ],
)
def test_the_car_is_the_reviewed_product(text: str, figure: str, owner: str) -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        "Norco Vela GT": ("PRODUCT", None),
        "Norco": ("ORGANIZATION", None),
        "Tamsa Rentals": ("ORGANIZATION", None),
    }
    assert focus_rows("Norco Vela GT review", text, names)[figure] == owner


def test_a_per_share_figure_is_the_story_company() -> None:
    rows = focus_rows(
        "Ostrand Foods beats forecasts",
        "Quarterly earnings came in at $1.10 a share, above estimates.",
        {"Ostrand Foods": ("ORGANIZATION", None)},
    )
    assert rows["$1.10 a share"] == "Ostrand Foods"


def test_the_province_is_the_story_province() -> None:
    rows = focus_rows(
        "Output recovers in Harlow",
        "Harlow reported data on Friday. The province's output grew 5 percent.",
        {"Harlow": ("LOCATION", "first_level_division")},
    )
    assert rows["5 percent"] == "Harlow"


def test_no_anaphor_no_guess() -> None:
    rows = focus_rows(
        "Fenwick Brands jumps on takeover talk",
        "Fenwick Brands drew bids on Monday. About 300 people attended the auction.",
        {"Fenwick Brands": ("ORGANIZATION", None)},
    )
    assert rows["300 people"] is None


def test_a_statistic_with_no_owner_in_its_clause_is_the_story_place() -> None:
    rows = focus_rows(
        "Harlow economy steadies",
        "Harlow published its figures on Friday. Fiscal revenue rose 5 percent in the period.",
        {"Harlow": ("LOCATION", "first_level_division")},
    )
    assert rows["5 percent"] == "Harlow"


def test_a_place_named_once_late_is_not_the_story_place() -> None:
    # the statistic has no owner in its clause, and the only province is an aside far from the lead
    filler = "The board met in the spring and again in the autumn to review the accounts. " * 5
    rows = focus_rows(
        "Board reviews the accounts",
        f"{filler}Fiscal revenue rose 5 percent in the period. Exports to Harlow were steady.",
        {"Harlow": ("LOCATION", "first_level_division")},
    )
    assert rows["5 percent"] is None


def test_a_count_with_no_owner_stays_null_even_in_a_place_story() -> None:
    rows = focus_rows(
        "Harlow economy steadies",
        "Harlow published its figures on Friday. Some 40 reporters attended.",
        {"Harlow": ("LOCATION", "first_level_division")},
    )
    assert rows["40 reporters"] is None


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        ("About 4,500 troops in Kandaria will leave.", {"Kandaria": "LOCATION"}, "4,500 troops", None),
        ("There were 300 new cases in Lindby on Monday.", {"Lindby": "LOCATION"}, "300 new cases", None),
        ("The 45 deputies from Norland voted.", {"Norland": "LOCATION"}, "45 deputies", "Norland"),
    ],
)
def test_people_in_a_place_are_not_the_places_but_those_from_it_are(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("There are about 2,300 Norland troops in the region.", "2,300 Norland troops", "Norland"),
        ("The war caused 800 Norland military deaths.", "800 Norland military deaths", "Norland"),
        # a percentage is no count of the country's things
        ("Prices in Tamsa rose 3 percent as Norland exports slowed.", "3 percent", None),
    ],
)
def test_a_country_inside_the_counted_phrase_owns_the_count(
    text: str, figure: str, owner: str | None
) -> None:
    rows = focus_rows("", text, {"Norland": ("LOCATION", "country"), "Tamsa": ("LOCATION", "city")})
    assert rows[figure] == owner


@pytest.mark.parametrize("anaphor", ["this country", "the nation", "our country"])
def test_this_country_is_the_story_country(anaphor: str) -> None:
    text = f"Norland passed the budget on Monday. Student debt in {anaphor} totals $1.5 trillion."
    rows = focus_rows("Norland budget passes", text, {"Norland": ("LOCATION", "country")})
    assert rows["$1.5 trillion"] == "Norland"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the name before a reporting verb is the figure's source, not its owner
        ("Greyfield Council said 45 volunteers cleared the beach.", "45 volunteers", None),
        ("Harbor Police said at least 900 people joined the march.", "900 people", None),
        ("Corvane Group researchers found the repair would take 10 days.", "10 days", None),
        # unless the report is about the reporter's own quantity
        ("Corvane Group said its sales rose 5 percent in May.", "5 percent", "Corvane Group"),
        ("Corvane Group said on Monday its sales rose 5 percent.", "5 percent", "Corvane Group"),
        # agency copy's bare weekday, "in a statement", "yesterday" between verb and clause
        ("Corvane Group said Thursday its sales rose 5 percent.", "5 percent", "Corvane Group"),
        ("Corvane Group said in a statement its sales rose 5 percent.", "5 percent", "Corvane Group"),
        (
            "Greyfield Council said Tuesday that its budget grew by $3 million.",
            "$3 million",
            "Greyfield Council",
        ),
        ("Corvane Group said yesterday its sales rose 5 percent.", "5 percent", "Corvane Group"),
        # ... which leave a source a source
        ("Greyfield Council said Monday that 45 volunteers cleared the beach.", "45 volunteers", None),
        ("Harbor Police said Friday at least 900 people joined the march.", "900 people", None),
        ("Harbor Police said in a statement 900 people joined the march.", "900 people", None),
        # verbs that take the figure as their object leave the owner in place
        ("Corvane Group reported revenue of $90 billion.", "$90 billion", "Corvane Group"),
        ("Corvane Group added 300 jobs in May.", "300 jobs", "Corvane Group"),
        ("Corvane Group announced 1,000 job cuts.", "1,000 job cuts", "Corvane Group"),
        # a view or an argument opened by "that" reports too, as "said" does
        ("Dana Whitfield argued that 2 degrees should be the limit.", "2 degrees", None),
        ("Greyfield Council argued in 1996 that 40 beds would suffice.", "40 beds", None),
        ("Dana Whitfield suggested that more than 12 weeks of rest is needed.", "12 weeks", None),
        ("Harbor Police noted that 30 cars were towed.", "30 cars", None),
        ("Dana Whitfield points out that 22 minutes is too short.", "22 minutes", None),
        # its own quantity, or the verb with no "that", or "state" as a noun, stay as they were
        ("Corvane Group warned that its sales would fall 5 percent.", "5 percent", "Corvane Group"),
        ("Corvane Group warned 300 workers of the cuts.", "300 workers", "Corvane Group"),
        ("Greyfield Council is the body that runs 40 beds.", "40 beds", "Greyfield Council"),
    ],
)
def test_a_reporter_is_the_source_not_the_owner(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {
        "Greyfield Council": "ORGANIZATION",
        "Harbor Police": "ORGANIZATION",
        "Corvane Group": "ORGANIZATION",
        "Dana Whitfield": "PERSON",
    }
    got = _subjects(text, {n: t for n, t in names.items() if n in text})
    assert got[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # "its" before the measure stands for the sentence's possessor
        (
            "Norland's exports rose 3 percent, and its imports fell 2 percent in the year.",
            {"Norland": ("LOCATION", "country")},
            "2 percent",
            "Norland",
        ),
        # one of a list owns nothing alone
        (
            "The bloc that groups Norland, Osterby and Vale met as the flu sickened 55 million people.",
            {
                "Norland": ("LOCATION", "country"),
                "Osterby": ("LOCATION", "country"),
                "Vale": ("LOCATION", "country"),
            },
            "55 million people",
            None,
        ),
        # a reporter who goes on "adding that" is the source, not the owner
        (
            "Sales held up, said Acme Foods, adding that 300 stores opened in May.",
            {"Acme Foods": ("ORGANIZATION", None)},
            "300 stores",
            None,
        ),
        # "In his N years" is the person named before
        (
            "Ivo Brandt coaches the club. In his 14 years at the club, the team won six titles.",
            {"Ivo Brandt": ("PERSON", None)},
            "14 years",
            "Ivo Brandt",
        ),
        # "He said he has spent": the same "he"
        (
            "Ivo Brandt failed the test again. He said he has spent $24,000 on the attempts.",
            {"Ivo Brandt": ("PERSON", None)},
            "$24,000",
            "Ivo Brandt",
        ),
        # "The 64-year-old" opening a sentence is the person named before
        (
            "Ivo Brandt praised the season. The 64-year-old, who took office last year, will stay.",
            {"Ivo Brandt": ("PERSON", None)},
            "64-year-old",
            "Ivo Brandt",
        ),
    ],
)
def test_owners_read_through_its_lists_and_pronouns(
    text: str, names: dict[str, tuple[EntityType, str | None]], figure: str, owner: str | None
) -> None:
    assert focus_rows("A headline", text, names)[figure] == owner


def test_his_years_with_nobody_named_before_belong_to_nobody() -> None:
    rows = focus_rows("A headline", "In his 14 years at the club, the team won six titles.", {})
    assert rows["14 years"] is None


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # a market move belongs to the index a place's possessive names, not to the place
        (
            "Norland's Harbour 40 Index declined 0.3% on Monday.",
            {"Norland": ("LOCATION", "country"), "Harbour 40 Index": ("PRODUCT", None)},
            "0.3%",
            "Harbour 40 Index",
        ),
        (
            "Norland's Harbour 40 Index opened lower, but was last trading up about 1%.",
            {"Norland": ("LOCATION", "country"), "Harbour 40 Index": ("PRODUCT", None)},
            "1%",
            "Harbour 40 Index",
        ),
        # with nothing named after the possessive, the place still owns its measure
        ("Norland's exports rose 4% in May.", {"Norland": ("LOCATION", "country")}, "4%", "Norland"),
        # a state inside a counted phrase owns the count, the name nearest the noun
        (
            "Power was cut to 375,000 people in 18 Northern and central Westmark counties.",
            {"Westmark": ("LOCATION", "first_level_division")},
            "18 Northern and central Westmark counties",
            "Westmark",
        ),
    ],
)
def test_the_possessed_name_and_the_state_inside_a_count_own_the_figure(
    text: str, names: dict[str, tuple[EntityType, str | None]], figure: str, owner: str | None
) -> None:
    assert focus_rows("A headline", text, names)[figure] == owner


def test_a_company_measure_with_no_owner_is_the_story_company() -> None:
    rows = focus_rows(
        "Fenwick Brands trims its outlook",
        "Fenwick Brands cut its forecast on Tuesday. Comparable-store sales will grow 3.5% this year.",
        {"Fenwick Brands": ("ORGANIZATION", None)},
    )
    assert rows["3.5%"] == "Fenwick Brands"


def test_a_company_measure_in_a_place_story_with_no_company_stays_the_places_or_none() -> None:
    rows = focus_rows(
        "Harlow economy steadies",
        "Harlow published its figures on Friday. Retail sales rose 2% in the period.",
        {"Harlow": ("LOCATION", "first_level_division")},
    )
    assert rows["2%"] == "Harlow"


def test_a_count_over_time_is_still_a_count_of_things() -> None:
    # "units a month" counts units: a count in a place story is nobody's unless framed
    rows = focus_rows(
        "Harlow plant expands",
        "Harlow published its figures on Friday. The plant can make 800 units a month.",
        {"Harlow": ("LOCATION", "first_level_division")},
    )
    assert rows["800 units a month"] is None


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # a base owns nothing; the company it is the base of does
        (
            "Harlow-based Fenwick Brands, a chain of 30 stores, filed for bankruptcy.",
            {"Harlow": ("LOCATION", "city"), "Fenwick Brands": ("ORGANIZATION", None)},
            "30 stores",
            "Fenwick Brands",
        ),
        # "which X claims is ..." makes X the source of the figure, not its owner
        (
            "The engine puts out more power, which Fenwick Brands claims is a 20% gain.",
            {"Fenwick Brands": ("ORGANIZATION", None)},
            "20%",
            None,
        ),
        # an age after a generational suffix is the person's
        (
            "Ivo Brandt Jr., 55, pleaded guilty on Monday.",
            {"Ivo Brandt Jr.": ("PERSON", None)},
            "55",
            "Ivo Brandt Jr.",
        ),
    ],
)
def test_bases_sources_and_suffixed_names(
    text: str, names: dict[str, tuple[EntityType, str | None]], figure: str, owner: str | None
) -> None:
    assert focus_rows("A headline", text, names)[figure] == owner


@pytest.mark.parametrize(
    ("headline", "text", "names", "figure", "owner"),
    [
        # an economy's measure in a company story is not the company's
        (
            "Fenwick Brands trims its outlook",
            "Fenwick Brands cut its forecast. Retail sales rose 0.4% in May.",
            {"Fenwick Brands": ("ORGANIZATION", None)},
            "0.4%",
            None,
        ),
        # "The 50-year-old plant" is the plant's, not the person's named before
        (
            "Plant to close",
            "Ivo Brandt toured the site. The 50-year-old plant will close in May.",
            {"Ivo Brandt": ("PERSON", None)},
            "50-year-old",
            None,
        ),
        # a city and its state are no list
        (
            "Floods",
            "Tarnby, Westmark, recorded 12 inches of rain on Monday.",
            {"Tarnby": ("LOCATION", "city"), "Westmark": ("LOCATION", "first_level_division")},
            "12 inches",
            "Tarnby",
        ),
        # jobless "claims" is a noun, not a reporting verb
        (
            "Jobs",
            "Norland's initial jobless claims rose 12,000 last week.",
            {"Norland": ("LOCATION", "country")},
            "12,000",
            "Norland",
        ),
    ],
)
def test_review_cases_for_owners(
    headline: str, text: str, names: dict[str, tuple[EntityType, str | None]], figure: str, owner: str | None
) -> None:
    assert focus_rows(headline, text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # a size modifying the name right after it is that thing's
        (
            "Probes mapped the 2,400-mile-wide Tarvos, an icy moon.",
            {"Tarvos": "LOCATION"},
            "2,400-mile",
            "Tarvos",
        ),
        (
            "The 300-metre-long Kelby Bridge will open in May, officials in Norland said.",
            {"Kelby Bridge": "LOCATION", "Norland": "LOCATION"},
            "300-metre",
            "Kelby Bridge",
        ),
        (
            "Work began on the 45-km (28-mile) Halden Tunnel this week.",
            {"Halden Tunnel": "LOCATION"},
            "45-km",
            "Halden Tunnel",
        ),
        # a preposition between: the place is where, not what
        ("Runners finished a 10-km run through Elm Park on Sunday.", {"Elm Park": "LOCATION"}, "10-km", None),
        # a percentage or a sum modifies no name
        ("A 5 percent Norland levy takes effect in May.", {"Norland": "LOCATION"}, "5 percent", None),
    ],
)
def test_a_size_before_a_name_is_that_things(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        (
            "The Norland 40 index closed at 3,200 points on Friday. It gained 1.2 percent over the week.",
            {"Norland 40": "PRODUCT"},
            "1.2 percent",
            "Norland 40",
        ),
        (
            "The Norland 40 index closed at 3,200 points on Friday. The benchmark lost 0.4 percent in May.",
            {"Norland 40": "PRODUCT"},
            "0.4 percent",
            "Norland 40",
        ),
        # a company in the lead is what "it" stands for
        (
            "Kelby Corp said its shares were in the Norland 40 index. It gained 3 percent on Friday.",
            {"Kelby Corp": "ORGANIZATION", "Norland 40": "PRODUCT"},
            "3 percent",
            "Kelby Corp",
        ),
    ],
)
def test_the_index_a_market_story_leads_with_is_what_it_refers_to(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # a figure whose clause names no owner goes on with the owner of the figure before it
        (
            "Tom Varga lost the case. He said he has spent $24,000 on the appeals and $40,000 on lawyers.",
            {"Tom Varga": "PERSON"},
            "$40,000",
            "Tom Varga",
        ),
        (
            "Ana Ruiz leads the league. She has at least 10 assists in six consecutive games.",
            {"Ana Ruiz": "PERSON"},
            "six consecutive games",
            "Ana Ruiz",
        ),
        # ... but not into the next sentence, whose subject may be a noun no entity covers
        (
            "Halvorsen Marine's shares rose 3 percent on Tuesday. The benchmark index fell 1.2 percent.",
            {"Halvorsen Marine": "ORGANIZATION"},
            "1.2 percent",
            None,
        ),
        (
            "Trellby's population grew by 4 percent in 2024.\n\nThe median age was 41 years.",
            {"Trellby": "LOCATION"},
            "41 years",
            None,
        ),
        # ... and a clause that names its own owner keeps it
        (
            "Halvorsen Marine's revenue rose 8 percent and Brightwater's revenue fell 3 percent.",
            {"Halvorsen Marine": "ORGANIZATION", "Brightwater": "ORGANIZATION"},
            "3 percent",
            "Brightwater",
        ),
    ],
)
def test_an_owner_goes_on_to_the_next_figure_of_its_clause(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # A relative clause with no owner of its own is about the name it hangs on.
        (
            "He spoke at a meeting of the Norland Growers Union, which gave nearly $5.9 million to them.",
            {"Norland Growers Union": "ORGANIZATION"},
            "$5.9 million",
            "Norland Growers Union",
        ),
        (
            "The paper was bought by Kelby Capital, which owns more than 90 other publications.",
            {"Kelby Capital": "ORGANIZATION"},
            "90 other publications",
            "Kelby Capital",
        ),
        (
            "The award went to Dana Voss, who scored 31 points in the final.",
            {"Dana Voss": "PERSON"},
            "31 points",
            "Dana Voss",
        ),
        (
            "Aid was flown to Norland, which has 4 million people.",
            {"Norland": "LOCATION"},
            "4 million people",
            "Norland",
        ),
        # A reporting relative clause reports someone else's figure.
        (
            "The figures came from Kelby Capital, which said 45 people lost their jobs.",
            {"Kelby Capital": "ORGANIZATION"},
            "45 people",
            None,
        ),
        # A count in a place that the clause does not say the place has is nobody's.
        (
            "The storm hit Norland, which saw 45 people killed overnight.",
            {"Norland": "LOCATION"},
            "45 people",
            None,
        ),
        # The clause's own subject still wins.
        (
            "He met Kelby Capital, which said Acme Corp raised $5 million.",
            {"Kelby Capital": "ORGANIZATION", "Acme Corp": "ORGANIZATION"},
            "$5 million",
            "Acme Corp",
        ),
    ],
)
def test_a_relative_clause_is_about_the_name_it_hangs_on(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


def test_a_list_of_countries_owns_nothing_alone() -> None:
    text = (
        "The bloc that groups Brazil, Russia, India, China and South Africa met as the virus spread, "
        "sickening 55 million people worldwide."
    )
    names: dict[str, EntityType] = {
        n: "LOCATION" for n in ("Brazil", "Russia", "India", "China", "South Africa")
    }
    entities = _entities(text, names)
    for entity in entities:  # linked as countries, as the entity stage links them
        entity.links = EntityLinks(kind="country", iso3166="XX")
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=[text], word_count=9)
    )
    rows = {r.text: r.subject_name for r in extract_indicators(article, entities)}
    assert rows["55 million people"] is None


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # a company before its chief's title, as the clause's subject, owns the figure
        (
            "Toyota President Akio Toyoda apologised on Tuesday for the recall of 8 million vehicles.",
            {"Toyota": "ORGANIZATION", "Akio Toyoda": "PERSON"},
            "8 million vehicles",
            "Toyota",
        ),
        # a relative clause ends at its comma: the main clause's figure is its subject's
        (
            "Acme Corp agreed to buy Beta Holdings, which had revenue of $3 billion, for $12 billion.",
            {"Acme Corp": "ORGANIZATION", "Beta Holdings": "ORGANIZATION"},
            "$12 billion",
            "Acme Corp",
        ),
        # a relative clause after a place in a locative phrase hangs on the noun before it
        (
            "Honda's plant in Ohio, which employs 2,000 workers, will close for two weeks.",
            {"Honda": "ORGANIZATION", "Ohio": "LOCATION"},
            "2,000 workers",
            "Honda",
        ),
        # an apposition after a place is no list
        (
            "Hong Kong, China's financial hub, reported 3,000 new cases on Monday.",
            {"Hong Kong": "LOCATION", "China": "LOCATION"},
            "3,000 new cases",
            "Hong Kong",
        ),
    ],
)
def test_review_cases_for_this_sessions_owner_rules(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "owner"),
    [
        # the base of "the ... company" is no owner; the company is the story's
        (
            "Kestrel Foods Inc said quarterly sales rose 5%. Shares of the Dayton, Ohio-based company rose "
            "4% in late trading.",
            {"Kestrel Foods Inc": "ORGANIZATION", "Dayton": "LOCATION", "Ohio": "LOCATION"},
            "Kestrel Foods Inc",
        ),
        # no company in the story: nobody, not the base
        (
            "Shares of the Dayton, Ohio-based company rose 4% in late trading.",
            {"Dayton": "LOCATION", "Ohio": "LOCATION"},
            None,
        ),
        (
            "Shares of the Lisbon-based carrier rose 4% on Monday, traders said.",
            {"Lisbon": "LOCATION"},
            None,
        ),
    ],
)
def test_a_base_before_a_company_noun_owns_nothing(
    text: str, names: dict[str, EntityType], owner: str | None
) -> None:
    assert _subjects(text, names)["4%"] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        (
            "A Norwire poll of economists had pointed to a 0.1% contraction.",
            {"Norwire": "ORGANIZATION"},
            "0.1%",
            None,
        ),
        (
            "Exports fell 3%, according to Halden Bank calculations published on Monday.",
            {"Halden Bank": "ORGANIZATION"},
            "3%",
            None,
        ),
        # the maker of a poll that is no poll owns its figures as before
        ("Norwire raised $40 million from investors.", {"Norwire": "ORGANIZATION"}, "$40 million", "Norwire"),
    ],
)
def test_the_maker_of_a_poll_owns_none_of_its_figures(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


def test_a_move_of_an_index_is_a_market_index_move_whatever_else_the_clause_names() -> None:
    text = "The airline's shares rose 3% on Monday while the Norbourse 40 fell 0.5%."
    rows = _rows(text, {"Norbourse 40": "PRODUCT"})
    assert (rows["0.5%"].subject_name, rows["0.5%"].metric) == ("Norbourse 40", "market_index")
    assert rows["3%"].metric == "share_price"


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        (
            "Metals rallied on Monday, with Norland copper futures up 2.4% at $9,120 a tonne.",
            {"Norland copper": "PRODUCT"},
            "2.4%",
            "Norland copper",
        ),
        (
            "Stocks in Aldavia slipped, with the ALX 40 down 0.6% by midday.",
            {"Aldavia": "LOCATION", "ALX 40": "PRODUCT"},
            "0.6%",
            "ALX 40",
        ),
        # the sentence's own owner keeps the figure before the absolute clause
        (
            "Kestrel Foods' sales rose 5% in May, with Norland exports up 7%.",
            {"Kestrel Foods": "ORGANIZATION", "Norland": "LOCATION"},
            "5%",
            "Kestrel Foods",
        ),
    ],
)
def test_an_absolute_with_clause_has_its_own_subject(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        ("Unemployment in Norland fell to 6.2% in May.", {"Norland": "LOCATION"}, "6.2%", "Norland"),
        ("Annual inflation in the Aldavia region eased to 3.1%.", {"Aldavia": "LOCATION"}, "3.1%", "Aldavia"),
        # a count of things in a place stays nobody's, and a firm's sales in a place are not the place's
        ("About 300 stores in Norland closed last year.", {"Norland": "LOCATION"}, "300 stores", None),
        ("Sales in Norland rose 4% last year.", {"Norland": "LOCATION"}, "4%", None),
    ],
)
def test_a_places_own_rate_named_with_in_is_the_places(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        # a public body that reports a statistic is no company whose sales these are
        ("Retail sales rose 0.7%, the Commerce Department said. Sales in August rose 0.8%.", None),
        ("Retail sales rose 0.7%, the Statistics Bureau said. Sales in August rose 0.8%.", None),
        # a company named in the lead still owns its unowned sales
        ("Acme Corp said on Monday it expects growth. Sales in August rose 0.8%.", "Acme Corp"),
    ],
)
def test_a_public_body_is_not_the_story_company(body: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {
        n: "ORGANIZATION" for n in ("Commerce Department", "Statistics Bureau", "Acme Corp") if n in body
    }
    assert _subjects(body, names)["0.8%"] == owner


@pytest.mark.parametrize(
    ("text", "names", "change"),
    [
        ("Dana Whitfield added 22 points in the win.", {"Dana Whitfield": "PERSON"}, None),
        ("The Norland 40 added 22 points on Monday.", {"Norland 40": "PRODUCT"}, "up"),
    ],
)
def test_a_players_points_are_no_rise(text: str, names: dict[str, EntityType], change: str | None) -> None:
    assert _rows(text, names)["22 points"].change == change


def test_each_clause_after_a_figure_has_its_own_subject() -> None:
    text = "Microsoft rose 1.2% and Amazon fell 0.8% on Tuesday. Tesla climbed 3%, Nvidia slipped 1.5%."
    names: dict[str, EntityType] = {n: "ORGANIZATION" for n in ("Microsoft", "Amazon", "Tesla", "Nvidia")}
    got = _subjects(text, names)
    assert (got["1.2%"], got["0.8%"], got["3%"], got["1.5%"]) == ("Microsoft", "Amazon", "Tesla", "Nvidia")
    # a second figure of the same clause keeps its owner
    assert _subjects("Microsoft rose 1.2% and 3% in the week.", names)["3%"] == "Microsoft"


@pytest.mark.parametrize(
    ("headline", "body", "figure", "owner"),
    [
        # a spec whose clause names no owner is the product the review leads with
        (
            "Review: the Orbel Pixa 7 is a bargain",
            "The Orbel Pixa 7 is out. A 5,000 mAh battery keeps it going for a day.",
            "5,000 mAh",
            "Orbel Pixa 7",
        ),
        (
            "Kestrel shows the Vantor EX sedan",
            "The Vantor EX is Kestrel's first sedan. A 310 horsepower motor drives the rear wheels.",
            "310 horsepower",
            "Vantor EX",
        ),
        # ... or the product named last shortly before it (a deals list's section)
        (
            "Five laptops worth a look",
            "Next up is the Brisa Book 14. The screen measures 14.2 inches and memory is 16GB.",
            "16GB",
            "Brisa Book 14",
        ),
        # a price is the product's only where the clause says it prices something
        (
            "Review: the Orbel Pixa 7 is a bargain",
            "The Orbel Pixa 7 is out. Pricing starts at $449 in the US.",
            "$449",
            "Orbel Pixa 7",
        ),
        (
            "Review: the Orbel Pixa 7 is a bargain",
            "The Orbel Pixa 7 is out. Shoppers spent $300 million on phones last year.",
            "$300 million",
            None,
        ),
        # a count of people in a product story is nobody's
        (
            "Review: the Orbel Pixa 7 is a bargain",
            "The Orbel Pixa 7 is out. About 2,000 people queued at the launch.",
            "2,000 people",
            None,
        ),
        # no product named: a spec stays unowned
        (
            "Storm brings gales to the coast",
            "Gusts reached 70 mph on Monday and 300 homes lost power.",
            "70 mph",
            None,
        ),
    ],
)
def test_a_spec_with_no_owner_is_the_products(
    headline: str, body: str, figure: str, owner: str | None
) -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        n: ("PRODUCT", None) for n in ("Orbel Pixa 7", "Vantor EX", "Brisa Book 14") if n in body
    }
    assert focus_rows(headline, body, names)[figure] == owner


@pytest.mark.parametrize(
    ("body", "figure", "owner"),
    [
        # a deal or review that tells the reader what they pay or save prices the product it
        # is about: the one named last shortly before
        ("Next up is the Brisa Book 14. Save $40 if you order before Friday.", "$40", "Brisa Book 14"),
        ("The Orbel Pixa 7 is back in stock. You'll pay $449 at most stores.", "$449", "Orbel Pixa 7"),
        ("Then there is the Vantor EX. You'd be paying $52,000 for the top trim.", "$52,000", "Vantor EX"),
        ("The Orbel Pixa 7 is on sale. The coupon saves you $60 at checkout.", "$60", "Orbel Pixa 7"),
        (
            "The Brisa Book 14 ships with a gift card. With it you're getting it for $899.",
            "$899",
            "Brisa Book 14",
        ),
        # what other people pay or save is no price of the product
        ("The Orbel Pixa 7 is out. Shoppers saved $300 million on phones last year.", "$300 million", None),
        ("The Orbel Pixa 7 is out. Workers pay $300 a month in rent.", "$300 a month", None),
        ("The Vantor EX is new. Savers put away $2,000 a year on average.", "$2,000", None),
    ],
)
def test_what_the_reader_pays_or_saves_is_the_products_price(
    body: str, figure: str, owner: str | None
) -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        n: ("PRODUCT", None) for n in ("Orbel Pixa 7", "Vantor EX", "Brisa Book 14") if n in body
    }
    assert focus_rows("Deals of the day", body, names)[figure] == owner


@pytest.mark.parametrize(
    ("body", "figure", "owner"),
    [
        # a reported clause whose subject is "the company" or "it" is the story company's, not
        # the speaker's
        (
            "Ostrand Foods posted a profit. Chief executive Mara Lind said the company would cut 300 jobs.",
            "300 jobs",
            "Ostrand Foods",
        ),
        (
            "Ostrand Foods posted a profit. Mara Lind said it expects revenue to grow 5 percent next year.",
            "5 percent",
            "Ostrand Foods",
        ),
        (
            "Ostrand Foods posted a profit. Mara Lind told reporters that its margin rose to 12 percent.",
            "12 percent",
            "Ostrand Foods",
        ),
        # the speaker's own figure stays the speaker's
        (
            "Ostrand Foods posted a profit. Mara Lind said her pay rose 4 percent.",
            "4 percent",
            "Mara Lind",
        ),
        # a company reporting its own figure keeps it
        (
            "Ostrand Foods posted a profit. Pellam Corp said its sales fell 3 percent.",
            "3 percent",
            "Pellam Corp",
        ),
        # a reported clause naming its own owner keeps that owner
        (
            "Ostrand Foods posted a profit. Mara Lind said Pellam Corp would cut 200 jobs.",
            "200 jobs",
            "Pellam Corp",
        ),
    ],
)
def test_the_company_in_a_reported_clause_is_the_story_company(body: str, figure: str, owner: str) -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        "Ostrand Foods": ("ORGANIZATION", None),
        "Mara Lind": ("PERSON", None),
        "Pellam Corp": ("ORGANIZATION", None),
    }
    assert focus_rows("Ostrand Foods beats forecasts", body, names)[figure] == owner


def test_it_in_a_reported_clause_with_no_story_company_is_nobody() -> None:
    rows = focus_rows(
        "Markets steady",
        "Mara Lind said it expects revenue to grow 5 percent next year.",
        {"Mara Lind": ("PERSON", None)},
    )
    assert rows["5 percent"] is None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # "the striker", "the guard", "the 26-year-old" heading a clause stand for the player
        # named last
        (
            "Kai Moreno scored twice on Sunday. The striker now has 14 goals this season.",
            "14 goals",
            "Kai Moreno",
        ),
        (
            "Lena Ortiz led the Hawks with 28 points. The guard also had 9 rebounds.",
            "9 rebounds",
            "Lena Ortiz",
        ),
        (
            "Owen Rivers signed a new deal. The 29-year-old quarterback threw for 4,200 yards last season.",
            "4,200 yards",
            "Owen Rivers",
        ),
        (
            "Tomas Vale won the stage. The Belgian rider finished 12 seconds ahead.",
            "12 seconds",
            "Tomas Vale",
        ),
        # ... but not when they report someone else's figure, or when nobody was named
        ("Kai Moreno was rested. The striker said 3 players were injured.", "3 players", None),
        ("The striker now has 14 goals this season.", "14 goals", None),
        # a role that is no player's stays as it was
        ("Ana Berg met investors. The minister announced 500 new jobs.", "500 new jobs", None),
    ],
)
def test_a_players_position_heading_a_clause_is_the_player_named_last(
    text: str, figure: str, owner: str | None
) -> None:
    names: dict[str, EntityType] = {
        n: "PERSON"
        for n in ("Kai Moreno", "Lena Ortiz", "Owen Rivers", "Tomas Vale", "Ana Berg")
        if n in text
    }
    names.update({"Hawks": "ORGANIZATION"} if "Hawks" in text else {})
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("body", "figure", "owner"),
    [
        # statistics whose head the measure list lacked: value added, trade, "the number of",
        # and an output in tonnes, barrels or kilowatt-hours
        (
            "Harlow reported data on Friday. The added value of services rose 6.1 percent.",
            "6.1 percent",
            "Harlow",
        ),
        (
            "Harlow reported data on Friday. Trade with its neighbours increased 5.1 percent.",
            "5.1 percent",
            "Harlow",
        ),
        (
            "Harlow reported data on Friday. The number of new firms grew 8.2 percent.",
            "8.2 percent",
            "Harlow",
        ),
        (
            "Harlow reported data on Friday. Grain output hit 37.9 million tonnes.",
            "37.9 million tonnes",
            "Harlow",
        ),
        # a bulk quantity or a count with no statistic named stays nobody's
        ("Harlow reported data on Friday. Crews cleared 300 tonnes of debris.", "300 tonnes", None),
        ("Harlow reported data on Friday. Trade ministers from 12 countries met.", "12 countries", None),
        ("Harlow reported data on Friday. A number of 40 ships docked.", "40 ships", None),
    ],
)
def test_a_statistic_the_measure_list_lacked_is_the_story_place(
    body: str, figure: str, owner: str | None
) -> None:
    rows = focus_rows("Harlow economy steadies", body, {"Harlow": ("LOCATION", "first_level_division")})
    assert rows[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a distance that names a race is no one's, not the swimmer's, school's or club's
        ("Trinity Academy junior Ben Patton won the 200 yard individual medley.", "200 yard", None),
        ("Maria Lopez set a record in the 100-meter backstroke.", "100-meter", None),
        ("Maria Lopez won the 400m hurdles in Oslo.", "400m", None),
        # a results page writes the event's name capitalised
        ("Harlow College senior Maria Lopez won the 100 Yard Butterfly state title.", "100 Yard", None),
        ("Maria Lopez took gold in the 400-Meter Hurdles at Oslo.", "400-Meter", None),
        # a distance run or a size stays as it was
        ("Maria Lopez ran 42 km on Sunday.", "42 km", "Maria Lopez"),
        ("Maria Lopez finished the race 200 meters ahead of the pack.", "200 meters", "Maria Lopez"),
    ],
)
def test_a_distance_naming_a_race_is_nobodys(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {
        n: t
        for n, t in (
            ("Trinity Academy", "ORGANIZATION"),
            ("Harlow College", "ORGANIZATION"),
            ("Ben Patton", "PERSON"),
            ("Maria Lopez", "PERSON"),
            ("Oslo", "LOCATION"),
        )
        if n in text
    }
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a stake "held by" or "owned by" a name is that holder's, not the buyer's
        ("Pellam Corp bought the 25.2% stake held by Tom Varga for $90 million.", "25.2%", "Tom Varga"),
        ("Pellam Corp acquired the 40 percent owned by Norland Fund.", "40 percent", "Norland Fund"),
        # no holder named: as before
        ("Pellam Corp raised its stake to 30% on Monday.", "30%", "Pellam Corp"),
        ("Pellam Corp sold 12% of its shares to Tom Varga.", "12%", "Pellam Corp"),
    ],
)
def test_a_stake_held_by_a_name_is_the_holders(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {
        "Pellam Corp": "ORGANIZATION",
        "Tom Varga": "PERSON",
        "Norland Fund": "ORGANIZATION",
    }
    assert _subjects(text, {n: t for n, t in names.items() if n in text})[figure] == owner


@pytest.mark.parametrize(
    ("body", "figure", "owner"),
    [
        # a spec right before a product's name in its clause is that product's, not the one
        # named before ("65-inch Norland TV for $549" in a deals list)
        ("Next is the Brisa Book. A 5,000 mAh battery powers the Orbel Pixa 7.", "5,000 mAh", "Orbel Pixa 7"),
        ("Deal two: 65-inch Orbel Pixa 7 display, now cheaper.", "65-inch", "Orbel Pixa 7"),
        ('Next is the Brisa Book. Deal two: 65" Orbel Pixa 7 display.', '65"', "Orbel Pixa 7"),
        # ... but not a product it is compared with, nor one in the next sentence
        (
            "Next is the Brisa Book. Its 14-inch screen is larger than the Orbel Pixa 7.",
            "14-inch",
            "Brisa Book",
        ),
        ("Next is the Brisa Book. It has 16GB of memory. The Orbel Pixa 7 has less.", "16GB", "Brisa Book"),
    ],
)
def test_a_spec_before_a_products_name_is_that_products(body: str, figure: str, owner: str) -> None:
    names: dict[str, tuple[EntityType, str | None]] = {
        n: ("PRODUCT", None) for n in ("Orbel Pixa 7", "Brisa Book")
    }
    assert focus_rows("Gadget deals of the week", body, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a school, club or firm naming a person's side or post owns nothing; the person does
        ("Trinity Academy junior Ben Patton scored 22 points on Friday.", "22 points", "Ben Patton"),
        ("Wichita West senior Ana Ruiz won 4 titles.", "4 titles", "Ana Ruiz"),
        ("Norland star Ana Ruiz scored 3 goals in the final.", "3 goals", "Ana Ruiz"),
        # the side gets nothing even when the player is a name the entity stage missed
        ("Norland star Ruizinho was among the more than 12,000 in attendance.", "12,000", None),
        ("Wichita West guard Tavo Lenn hit 6 threes.", "6 threes", None),
        # an office ("Pellam Corp President Tom Varga") is left as it was: the firm's recall
        (
            "Pellam Corp President Tom Varga apologised for the recall of 8,000 cars.",
            "8,000 cars",
            "Pellam Corp",
        ),
        # ... but a person who only reports gets nothing, and a person as object leaves it
        ("Norland FC coach Ana Ruiz said the team won 8 straight games.", "8 straight games", None),
        ("Pellam Corp hired Tom Varga for $5 million.", "$5 million", "Pellam Corp"),
    ],
)
def test_a_name_modifying_a_person_leaves_the_figure_to_the_person(
    text: str, figure: str, owner: str | None
) -> None:
    names: dict[str, EntityType] = {
        n: t
        for n, t in (
            ("Trinity Academy", "ORGANIZATION"),
            ("Wichita West", "ORGANIZATION"),
            ("Pellam Corp", "ORGANIZATION"),
            ("Norland FC", "ORGANIZATION"),
            ("Norland", "LOCATION"),
            ("Ben Patton", "PERSON"),
            ("Ana Ruiz", "PERSON"),
            ("Tom Varga", "PERSON"),
        )
        if n in text
    }
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a price hung on a product's name is the product's, not the maker's or the seller's
        ("Pellam Corp unveiled the Orbel Pixa 7, priced from $899, on Wednesday.", "$899", "Orbel Pixa 7"),
        ("Shoppers can get the Orbel Pixa 7 for $449 this week.", "$449", "Orbel Pixa 7"),
        ("Pellam Corp launched the Orbel Pixa 7, which costs $499.", "$499", "Orbel Pixa 7"),
        ("Pellam Corp put the Orbel Pixa 7 on sale at $399 in May.", "$399", "Orbel Pixa 7"),
        # negatives: money that is no price of the product keeps its owner
        ("Pellam Corp spent $2 billion developing the Orbel Pixa 7.", "$2 billion", "Pellam Corp"),
        ("Pellam Corp sold 3 million Orbel Pixa 7 phones.", "3 million", "Pellam Corp"),
    ],
)
def test_a_price_hung_on_a_products_name_is_the_products(text: str, figure: str, owner: str) -> None:
    names: dict[str, EntityType] = {"Pellam Corp": "ORGANIZATION", "Orbel Pixa 7": "PRODUCT"}
    assert _subjects(text, {n: t for n, t in names.items() if n in text})[figure] == owner


_DEALS = (
    "Orbel Tab 8 with Keyboard Case for $279.99\n\n"
    "The Orbel Tab 8 has never been cheaper, and the keyboard alone used to cost $89.\n\n"
    "- Get it at Bestmart for $279.99\n\n"
    "Kestrel K2 Drone Bundle for $412\n\n"
    "This is the drone I would gift this year, and the bundle adds two spare batteries.\n\n"
    "- Use code FLY20 to grab one on Shopwell for $412\n\n"
    "- Also at Bestmart\n\n"
    "Winter Sale: 40% Off Everything at Fernway\n\n"
    "- Get it at Fernway for $19.99\n\n"
    "Bestmart stores will sell gift cards for $412 through Sunday."
)


@pytest.mark.parametrize(
    ("figure", "owner"),
    [
        # a deal's buy line repeats the price its heading gave the thing: "it" is that thing,
        # not the store that sells it
        ("$279.99", "Orbel Tab 8"),
        ("$412", "Kestrel K2"),
    ],
)
def test_a_buy_line_price_is_the_priced_things(figure: str, owner: str) -> None:
    names: dict[str, EntityType] = {
        "Orbel Tab 8": "PRODUCT",
        "Kestrel K2": "PRODUCT",
        "Bestmart": "ORGANIZATION",
        "Shopwell": "ORGANIZATION",
        "Fernway": "ORGANIZATION",
    }
    rows = [r for r in _rows_all(_DEALS, names) if r.text == figure]
    assert [r.subject_name for r in rows][:2] == [owner, owner]


def test_a_buy_line_without_an_earlier_price_or_a_store_sentence_keeps_its_owner() -> None:
    names: dict[str, EntityType] = {
        "Orbel Tab 8": "PRODUCT",
        "Kestrel K2": "PRODUCT",
        "Bestmart": "ORGANIZATION",
        "Shopwell": "ORGANIZATION",
        "Fernway": "ORGANIZATION",
    }
    rows = _rows_all(_DEALS, names)
    # nothing was priced at $19.99 before: the buy line names no owner
    assert [r.subject_name for r in rows if r.text == "$19.99"] == [None]
    # the same amount in a sentence of its own is the store's, as its clause says
    assert rows[-1].text == "$412"
    assert rows[-1].subject_name == "Bestmart"


def _rows_all(text: str, names: dict[str, EntityType]) -> list[Indicator]:
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=[text], word_count=9)
    )
    return extract_indicators(article, _entities(text, names))


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a discount belongs to the thing it is taken off, maker or size before the name or not
        ("Cyber Week: 30% Off Tallis Kettle Pro, Now $62", "30%", "Kettle Pro"),
        ('Doorbuster: $120 Off 55" Vexa QX9 TV at Bestmart', "$120", "Vexa QX9"),
        ("Readers can take 25% off the Vexa QX9 until Friday.", "25%", "Vexa QX9"),
        # negatives: a discount at a store, and a product named further on
        ("Bestmart takes 20% off everything this weekend, including the Vexa QX9.", "20%", "Bestmart"),
        ("Shoppers got $40 off at Bestmart, which stocks the Vexa QX9.", "$40", None),
    ],
)
def test_a_discount_is_the_discounted_things(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {
        "Kettle Pro": "PRODUCT",
        "Vexa QX9": "PRODUCT",
        "Bestmart": "ORGANIZATION",
    }
    assert _subjects(text, names)[figure] == owner


_PROFILE = (
    "Tomas Verhoeven grew up above his parents' bakery in Ghent. At 14, he sold his first "
    "painting. Later, at the age of 19, he moved to Lyon, where Ines Marchal taught him etching. "
    "At 30, she had opened her own studio. "
    "At 12, the school had 40 pupils."
)


@pytest.mark.parametrize(
    ("figure", "unit", "owner"),
    [
        # an age whose clause goes on with "he"/"she" is the person the pronoun stands for
        ("14", "year", "Tomas Verhoeven"),
        ("19", "year", "Tomas Verhoeven"),
        ("30", "year", "Ines Marchal"),
        # negative: "At 12," with no pronoun after it is no age and nobody's
        ("12", None, None),
    ],
)
def test_an_age_told_with_a_pronoun_is_that_persons(figure: str, unit: str | None, owner: str | None) -> None:
    names: dict[str, EntityType] = {
        "Tomas Verhoeven": "PERSON",
        "Ines Marchal": "PERSON",
        "Ghent": "LOCATION",
        "Lyon": "LOCATION",
    }
    row = _rows(_PROFILE, names)[figure]
    assert (row.unit, row.subject_name) == (unit, owner)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # "the N-year-old" before a person's role points back at the person named last
        (
            "Erik Halvorsen won the primary easily. "
            "Donors still doubt the 41-year-old former mayor's appeal.",
            "41-year-old",
            "Erik Halvorsen",
        ),
        (
            "Adaeze Obi joined the club in May. Fans have warmed to the 23-year-old striker quickly.",
            "23-year-old",
            "Adaeze Obi",
        ),
        # negatives: an age before a thing, and one before a person's role with nobody named
        ("Erik Halvorsen came by. Crews will demolish the 60-year-old mill.", "60-year-old", None),
        ("Officials said the 52-year-old driver was taken to hospital.", "52-year-old", None),
    ],
)
def test_the_aged_role_points_back_at_the_person(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {"Erik Halvorsen": "PERSON", "Adaeze Obi": "PERSON"}
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # the source named after "according to" owns none of the figures it reports
        (
            "According to a report by the watchdog Clearwater Trust, the region's 14 refineries "
            "emitted 3.2 million tonnes last year.",
            {"Clearwater Trust": "ORGANIZATION"},
            "3.2 million tonnes",
            None,
        ),
        # negatives: a possessive owner, and the clause's own subject, after the source still own
        # their figures
        (
            "According to figures from the Tavin Institute, Norland's hospitals treated 9,400 patients.",
            {"Tavin Institute": "ORGANIZATION", "Norland": "LOCATION"},
            "9,400 patients",
            "Norland",
        ),
        (
            "According to Kessler, Acme Corp sold 5,000 units in May.",
            {"Kessler": "PERSON", "Acme Corp": "ORGANIZATION"},
            "5,000 units",
            "Acme Corp",
        ),
    ],
)
def test_the_source_after_according_to_owns_nothing(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # a share of a people named in the plural is that people's
        (
            "A survey found 62 percent of Norlanders back the plan.",
            {"Norlanders": "NORP"},
            "62 percent",
            "Norlanders",
        ),
        ("Some 40% of all Norlanders own a car.", {"Norlanders": "NORP"}, "40%", "Norlanders"),
        # negatives: a people's adjective before a noun, and a possessive of the people
        (
            "Tourism earned 5 percent of Norlandic output.",
            {"Norlandic": "NORP"},
            "5 percent",
            None,
        ),
        ("About 30 percent of Norlanders' savings sit in banks.", {"Norlanders": "NORP"}, "30 percent", None),
    ],
)
def test_a_share_of_a_people_is_that_peoples(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a fall of rain or snow is the place's it fell on, and so is its conversion
        (
            "A storm dumped about 3 inches (76.2 millimeters) of rain in the Harlow County area.",
            "3 inches",
            "Harlow County",
        ),
        (
            "A storm dumped about 3 inches (76.2 millimeters) of rain in the Harlow County area.",
            "76.2 millimeters",
            "Harlow County",
        ),
        ("Up to 30 cm of fresh snow fell on Tarnow overnight.", "30 cm", "Tarnow"),
        # negatives: other material laid in a place, and a river's rise in a place
        ("Crews laid 40 cm of gravel in Tarnow.", "40 cm", None),
        ("The river rose 2 meters in Tarnow.", "2 meters", None),
    ],
)
def test_a_fall_of_rain_or_snow_is_the_places(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {"Harlow County": "LOCATION", "Tarnow": "LOCATION"}
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a count after "between" names the parties the clause ranges over, nobody's quantity
        (
            "Norland on Monday lifted a ban that had become a symbol of tensions between the two countries.",
            "two countries",
            None,
        ),
        ("Acme Corp split the contract between three suppliers.", "three suppliers", None),
        # negatives: a count that is the subject's own, and a possessive owner before "between"
        ("Acme Corp runs 12 plants between the two rivers.", "12 plants", "Acme Corp"),
        ("Norland's 40 ports lie between the two seas.", "40 ports", "Norland"),
    ],
)
def test_a_count_after_between_is_nobodys(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {"Norland": "LOCATION", "Acme Corp": "ORGANIZATION"}
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a sum that is someone's offer, grant or investment is its maker's, named after "by"
        ("Halden Group staff await a $3 billion tender offer by Tavin Fund.", "$3 billion", "Tavin Fund"),
        ("Norland received a $40 million grant made by the Tavin Fund.", "$40 million", "Tavin Fund"),
        # negatives: a sum with no such noun before "by", and a backer after a comma
        ("Halden Group lost $9 million by March.", "$9 million", "Halden Group"),
        (
            "Halden Group made a $2 billion offer for Norland assets, backed by Tavin Fund.",
            "$2 billion",
            "Halden Group",
        ),
    ],
)
def test_an_offer_by_someone_is_its_makers(text: str, figure: str, owner: str) -> None:
    names: dict[str, EntityType] = {
        "Halden Group": "ORGANIZATION",
        "Tavin Fund": "ORGANIZATION",
        "Norland": "LOCATION",
    }
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # ", with N% of ...": no subject of its own, so the main clause's subject holds the share
        (
            "Rita Moss remains a major shareholder of Halden Group, with 24.4% of the company.",
            "24.4%",
            "Rita Moss",
        ),
        ("Rita Moss won the vote, with 54% of the ballots.", "54%", "Rita Moss"),
        # negatives: an absolute clause with its own subject, and one with no "of" after the figure
        ("Oil rose, with Brent up 1.1%.", "1.1%", "Brent"),
        ("Rita Moss left early, with 40 minutes to go.", "40 minutes", None),
    ],
)
def test_a_share_after_with_is_the_main_subjects(text: str, figure: str, owner: str | None) -> None:
    names: dict[str, EntityType] = {"Halden Group": "ORGANIZATION", "Rita Moss": "PERSON", "Brent": "PRODUCT"}
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a sum someone demanded, offered or paid is theirs, named after the participle and "by"
        ("The offer fell short of the $20 reportedly demanded by Rita Moss.", "$20", "Rita Moss"),
        ("Halden Group received $5 million paid by Tavin Fund in May.", "$5 million", "Tavin Fund"),
        # negatives: a backer after a comma, and "by" a time
        ("Halden Group raised $5 million, led by Tavin Fund.", "$5 million", "Halden Group"),
        ("Halden Group shares rose 5% by noon.", "5%", "Halden Group"),
    ],
)
def test_a_sum_demanded_or_paid_by_someone_is_theirs(text: str, figure: str, owner: str) -> None:
    names: dict[str, EntityType] = {
        "Halden Group": "ORGANIZATION",
        "Tavin Fund": "ORGANIZATION",
        "Rita Moss": "PERSON",
    }
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a side named before its athlete, with the rest of a school's name between, is the
        # athlete's side: the tally is the athlete's
        ("Harlow North diver Ana Ruiz won the title with a score of 388.15.", "388.15", "Ana Ruiz"),
        ("Harlow swimmer Ana Ruiz finished in 54.2 seconds.", "54.2 seconds", "Ana Ruiz"),
        # negatives: an office is no side ("Acme President Rita Moss announced 300 job cuts")
        ("Acme President Rita Moss announced 300 job cuts.", "300 job cuts", "Acme"),
    ],
)
def test_a_sides_athlete_owns_the_tally(text: str, figure: str, owner: str) -> None:
    names: dict[str, EntityType] = {
        "Harlow": "LOCATION",
        "Ana Ruiz": "PERSON",
        "Acme": "ORGANIZATION",
        "Rita Moss": "PERSON",
    }
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # an exchange before a ticker lists the company, it owns none of its figures
        (
            "The Vantor Co. (NYSE: VNT) traded higher by 0.71% at $132.57.",
            {"NYSE": "ORGANIZATION"},
            "0.71%",
            None,
        ),
        (
            "Shares of Kelso Systems (Nasdaq: KLS) rose 2.1% to $40.10 on Monday.",
            {"Nasdaq": "ORGANIZATION"},
            "$40.10",
            None,
        ),
        (
            "Harlow Mining (TSX: HML.TO) dropped about 6% to post a new low.",
            {"TSX": "ORGANIZATION"},
            "6%",
            None,
        ),
        # the company before it owns them when it is named
        (
            "Kelso Systems (Nasdaq: KLS) rose 2.1% to $40.10 on Monday.",
            {"Kelso Systems": "ORGANIZATION", "Nasdaq": "ORGANIZATION"},
            "2.1%",
            "Kelso Systems",
        ),
        # negatives: an exchange's own figures, and a name before a colon that is no ticker
        (
            "Nasdaq's trading volume rose 12% in May.",
            {"Nasdaq": "ORGANIZATION"},
            "12%",
            "Nasdaq",
        ),
        (
            "The NYSE (volume: 4.1 billion shares) closed early.",
            {"NYSE": "ORGANIZATION"},
            "4.1 billion shares",
            "NYSE",
        ),
    ],
)
def test_an_exchange_before_a_ticker_owns_nothing(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


_PLACES: dict[str, tuple[EntityType, str | None]] = {
    "Westria": ("LOCATION", "country"),
    "Marlow": ("LOCATION", "first_level_division"),
    "Harlow": ("LOCATION", "first_level_division"),
    "Tarnow": ("LOCATION", "city"),
    "Kelby": ("LOCATION", "city"),
}
# a lead long enough that a place named after it, once, is no main place of the story
_LEAD = (
    "Marlow's output grew 7 percent in the first ten months, Tarnow's retail sales rose 6 percent "
    "and both beat forecasts, the bureau said on Friday. Officials expect the pace to hold through "
    "the winter as exporters fill orders from abroad and builders start new projects along the coast "
    "and in the hills, where roads and rail lines are being laid. "
)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # "the province" / "the state" / "the city" is the place of that kind named last (within
        # about two sentences), not the story's main place, when a story runs through several
        (
            "Harlow province saw trade surge 12 percent. The province's machinery exports rose 15.2 percent.",
            "15.2 percent",
            "Harlow",
        ),
        (
            "Factories in Harlow hired 3,000 workers. The state's jobless rate fell to 4.1 percent.",
            "4.1 percent",
            "Harlow",
        ),
        (
            "Kelby opened two new malls this year. The city's retail sales grew 9.5 percent.",
            "9.5 percent",
            "Kelby",
        ),
        # negatives: with no such place named lately, the story's main one; and a place of
        # another kind named last is not it
        (
            "Mills there cut costs. The province's exports rose 4.4 percent.",
            "4.4 percent",
            "Marlow",
        ),
        (
            "Kelby hosted a trade fair. The province's exports rose 4.4 percent.",
            "4.4 percent",
            "Marlow",
        ),
    ],
)
def test_the_province_is_the_one_named_last(text: str, figure: str, owner: str) -> None:
    body = _LEAD + text
    names = {name: kind for name, kind in _PLACES.items() if name in body}
    assert focus_rows("", body, names)[figure] == owner


_COMPANY_LEAD = (
    "Kelso Systems said on Monday it would cut prices on its phones, sending its shares down 4 percent. "
)
_COMPANIES: dict[str, tuple[EntityType, str | None]] = {
    "Kelso Systems": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Meridia Bank": ("ORGANIZATION", None),
    "Tarnow": ("LOCATION", "city"),
    "Ann Lee": ("PERSON", None),
}


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # "it" / "its" heading a sentence is the company the sentence before opened with, in the
        # same paragraph, rather than the story's main company
        (
            "Vantor Group, a steel maker, shipped 2.1 million tonnes abroad. Its revenue rose 18 percent.",
            "18 percent",
            "Vantor Group",
        ),
        (
            "Meridia Bank opened a branch in Tarnow last week. It now has 4,000 employees.",
            "4,000 employees",
            "Meridia Bank",
        ),
        (
            "The Vantor Group sold its mills in Tarnow. It lost $40 million last year.",
            "$40 million",
            "Vantor Group",
        ),
        # negatives: no company opening the sentence before, a new paragraph, or a size "it" has
        (
            "Analysts said demand held up. Its revenue rose 5 percent.",
            "5 percent",
            "Kelso Systems",
        ),
        (
            "Ann Lee joined Vantor Group in 2001. Its revenue rose 5 percent.",
            "5 percent",
            "Kelso Systems",
        ),
        (
            "Vantor Group shipped steel abroad.\nIts revenue rose 5 percent.",
            "5 percent",
            "Kelso Systems",
        ),
        (
            "Vantor Group built a plant in Tarnow. It took eight months.",
            "eight months",
            None,
        ),
    ],
)
def test_it_is_the_company_the_sentence_before_opened_with(text: str, figure: str, owner: str | None) -> None:
    body = _COMPANY_LEAD + text
    names = {name: kind for name, kind in _COMPANIES.items() if name in body}
    assert focus_rows("", body, names)[figure] == owner


def test_a_locative_taken_for_a_company_opens_no_sentence() -> None:
    body = _COMPANY_LEAD + "In Tarnow Valley, the group grew fast. Its revenue rose 16 percent."
    names: dict[str, tuple[EntityType, str | None]] = {
        "Kelso Systems": ("ORGANIZATION", None),
        "In Tarnow Valley": ("ORGANIZATION", None),
    }
    assert focus_rows("", body, names)["16 percent"] == "Kelso Systems"


_NATION_LEAD = (
    "Westria's recovery is uneven: Harlow has regained every job it lost, while Marlow is still "
    "short of its peak, officials said on Friday. "
)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # an unowned statistic said to be nationwide is the country's, not the main province's
        ("Hourly earnings nationwide were up 2.1 percent over the year.", "2.1 percent", "Westria"),
        ("Retail sales rose 3.4 percent across the country in May.", "3.4 percent", "Westria"),
        ("The national output grew 1.9 percent last quarter.", "1.9 percent", "Westria"),
        # a name beginning "National" says no such thing
        ("Retail sales rose 3.4 percent, the National Statistics Office said.", "3.4 percent", "Harlow"),
        # negatives: with no such word, the main province as before
        ("Hourly earnings were up 2.1 percent over the year.", "2.1 percent", "Harlow"),
        ("Retail sales rose 3.4 percent in May.", "3.4 percent", "Harlow"),
    ],
)
def test_a_nationwide_statistic_is_the_countrys(text: str, figure: str, owner: str) -> None:
    body = _NATION_LEAD + text
    names: dict[str, tuple[EntityType, str | None]] = {
        "Westria": ("LOCATION", "country"),
        "Harlow": ("LOCATION", "first_level_division"),
        "Marlow": ("LOCATION", "first_level_division"),
    }
    assert focus_rows("", body, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # "it" opening a quotation or a parenthesis is the same "it" as in plain text
        ("Analysts were unsure. \u201cIt lost 12% this year,\u201d Ann Lee said.", "12%", "Kelso Systems"),
        ('Analysts were unsure. "Its revenue rose 5 percent," Ann Lee said.', "5 percent", "Kelso Systems"),
        ("Analysts were unsure. (It lost 12% this year.)", "12%", "Kelso Systems"),
        # negatives: a duration "it" has is nobody's, quoted or not; plain "it" as before
        ("Analysts were unsure. \u201cIt took eight hours,\u201d Ann Lee said.", "eight hours", None),
        ("Analysts were unsure. It lost 12% this year.", "12%", "Kelso Systems"),
    ],
)
def test_it_after_an_opening_mark_is_plain_it(text: str, figure: str, owner: str | None) -> None:
    body = _COMPANY_LEAD + text
    names = {name: kind for name, kind in _COMPANIES.items() if name in body}
    assert focus_rows("", body, names)[figure] == owner


def test_a_quoted_its_like_is_talk() -> None:
    body = _COMPANY_LEAD + "Voters were split. \u201cIt\u2019s like 60% for him,\u201d Ann Lee said."
    names = {name: kind for name, kind in _COMPANIES.items() if name in body}
    assert focus_rows("", body, names)["60%"] is None


def _with_acronym(text: str, name: str, acronym: str) -> list[Entity]:
    """One organisation named in full and by the acronym it defines in parentheses."""
    mentions = [
        Mention(text=n, field="body", start=m.start(), end=m.end())
        for n in (name, acronym)
        for m in re.finditer(rf"\b{re.escape(n)}\b", text)
    ]
    mentions.sort(key=lambda m: m.start)
    return [Entity(id=name, type="ORGANIZATION", name=name, salience=0.5, mentions=mentions)]


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the acronym a name defines is framed as the name is: after "to", "for", "with" it is
        # no clause subject, and a count later in the sentence is not its
        (
            "Fans gave thanks to the Regional Football Union (RFU) for giving six local clubs two weeks.",
            "six local clubs",
            None,
        ),
        (
            "Delegates sided with the Northern Rail Board (NRB) on adding 12 new stations.",
            "12 new stations",
            None,
        ),
        ("Residents wrote to the Harbor Water Authority (HWA) after 40 homes flooded.", "40 homes", None),
        # the name as subject still owns its figure
        (
            "The Northern Rail Board (NRB) added 12 new stations last year.",
            "12 new stations",
            "Northern Rail Board",
        ),
        ("The Harbor Water Authority (HWA) repaired 40 homes.", "40 homes", "Harbor Water Authority"),
    ],
)
def test_an_acronym_in_parentheses_takes_its_names_frame(text: str, figure: str, owner: str | None) -> None:
    name, acronym = next(
        (n, a)
        for n, a in (
            ("Regional Football Union", "RFU"),
            ("Northern Rail Board", "NRB"),
            ("Harbor Water Authority", "HWA"),
        )
        if n in text
    )
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=[text], word_count=9)
    )
    rows = {r.text: r.subject_name for r in extract_indicators(article, _with_acronym(text, name, acronym))}
    assert rows[figure] == owner


@pytest.mark.parametrize(
    ("text", "names", "figure", "owner"),
    [
        # a place after "around", "within", "beyond", "along" ... says where, it owns nothing
        (
            "Rescuers around Norland searched for a ferry carrying 212 people.",
            {"Norland": "LOCATION"},
            "212 people",
            None,
        ),
        (
            "Crews within Vestria cleared roads for 40 trucks on Monday.",
            {"Vestria": "LOCATION"},
            "40 trucks",
            None,
        ),
        (
            "Fishing boats along the Calder Coast landed 300 tonnes of cod.",
            {"Calder Coast": "LOCATION"},
            "300 tonnes",
            None,
        ),
        (
            "Every lender except Harlow Bank raised rates by 25 basis points.",
            {"Harlow Bank": "ORGANIZATION"},
            "25 basis points",
            None,
        ),
        # the place as the clause subject keeps its figure
        (
            "Norland searched for a ferry and spent $2 million on the effort.",
            {"Norland": "LOCATION"},
            "$2 million",
            "Norland",
        ),
        ("Vestria's exports rose 4 percent in May.", {"Vestria": "LOCATION"}, "4 percent", "Vestria"),
    ],
)
def test_a_place_after_a_locative_owns_nothing(
    text: str, names: dict[str, EntityType], figure: str, owner: str | None
) -> None:
    assert _subjects(text, names)[figure] == owner


@pytest.mark.parametrize(
    ("text", "name", "figure", "owner"),
    [
        # a name before a role noun says whose side the person is on; the age is the unnamed
        # person's, so nobody named owns it
        ("One Harlan organizer was just 19 years old.", "Harlan", "19 years old", None),
        ("The Marlow spokesman is 41 years old.", "Marlow", "41 years old", None),
        ("A 61-year-old Lutz strategist said the race was close.", "Lutz", "61-year-old", None),
        # the person's own age, with or without a role nearby
        ("Jane Marlow, 41, is a spokesman.", "Jane Marlow", "41", "Jane Marlow"),
        ("Organizer Tom Harlan, 52, spoke first.", "Tom Harlan", "52", "Tom Harlan"),
        ("Tom Harlan is 52 years old.", "Tom Harlan", "52 years old", "Tom Harlan"),
        ("The 52-year-old Tom Harlan spoke first.", "Tom Harlan", "52-year-old", "Tom Harlan"),
    ],
)
def test_an_age_next_to_a_name_before_a_role_is_nobodys(
    text: str, name: str, figure: str, owner: str | None
) -> None:
    assert _subjects(text, {name: "PERSON"})[figure] == owner


_FILLER = (
    "The square fills before dawn and empties by noon. Traders shout over the noise of the market. "
    "Boys sell tea from steel flasks to anyone who stops. Old men play cards in the shade of the wall. "
    "Nobody here remembers a quieter year than this one, and few expect the next to be calmer. "
    "Prices have doubled twice since the war began, and wages have not kept up with them at all. "
)


@pytest.mark.parametrize(
    ("headline", "body", "figure", "owner"),
    [
        # a thing named once in a story's lead is scenery: no unowned price or spec later is its
        (
            "War reshapes the old city",
            "Drivers of Corvan taxis crowd the square. "
            + _FILLER
            + "Analysts estimate its cost at $2 trillion.",
            "$2 trillion",
            None,
        ),
        (
            "War reshapes the old city",
            "Drivers of Corvan taxis crowd the square. " + _FILLER + "Gusts reached 90 mph overnight.",
            "90 mph",
            None,
        ),
        (
            "War reshapes the old city",
            "Drivers of Corvan taxis crowd the square. " + _FILLER + "A loaf now costs $3 in the market.",
            "$3",
            None,
        ),
        # the product a review is about: named in its headline, or more than once
        (
            "Review: the Corvan is a sturdy cab",
            "The Corvan seats five. " + _FILLER + "Pricing starts at $21,000.",
            "$21,000",
            "Corvan",
        ),
        (
            "A sturdy cab for the city",
            "The Corvan seats five, and the Corvan is cheap. " + _FILLER + "Pricing starts at $21,000.",
            "$21,000",
            "Corvan",
        ),
    ],
)
def test_a_thing_named_once_in_the_lead_is_no_products_focus(
    headline: str, body: str, figure: str, owner: str | None
) -> None:
    assert focus_rows(headline, body, {"Corvan": ("PRODUCT", None)})[figure] == owner


def _plural_product_price(mention: str) -> str | None:
    text = (
        f"Fans at the Marlow show could soon wave their hands at {mention} to make music. "
        "Each ring costs $24.99 and ships in the spring."
    )
    start = text.index(mention)
    entity = Entity(
        id="p",
        type="PRODUCT",
        name="Zorbphone",
        salience=0.5,
        mentions=[Mention(text=mention, field="body", start=start, end=start + len(mention))],
    )
    body = Body(text=text, paragraphs=[text], word_count=9)
    article = Article(id="a", story_id="s", headline="", body=body)
    rows = {r.text: r for r in extract_indicators(article, [entity])}
    return rows["$24.99"].subject_name


def test_a_product_named_once_in_the_plural_owns_no_later_price() -> None:
    """Session 47 (J): "wave at Zorbphones ... costs $24.99" names the units in general; the
    price is of a thing the passage does not name (the singular still takes it)."""
    assert _plural_product_price("Zorbphones") is None
    assert _plural_product_price("the Zorbphone") == "Zorbphone"
