"""Owners named in the figure's own sentence that the rules left null (session 34): an event or a
work (EVENT, MISC) as a possessive before the figure, as the name the figure modifies, as what a
count opening its clause attended, as the antecedent of a subject relative clause or as the
head of a clause with an apposition; the name a ", with" phrase hangs on right after the
sentence's opening; the possessor of a partitive ("300 of Harlow Bank's employees"); a place's
statistics of income, tourism and population "in X". Near misses keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Orbel Marathon": ("EVENT", None),
    "Harlow Open": ("EVENT", None),
    "Vantor Festival": ("EVENT", None),
    "Marlow Book Fair": ("EVENT", None),
    "Night Harbor": ("MISC", None),
    "The Long Road": ("MISC", None),
    "Harlow Stadium": ("LOCATION", None),
    "Marlow Council": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Hawks": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
    "Tom Baxter": ("PERSON", None),
    "Kessel": ("LOCATION", "first_level_division"),
    "Tarvia": ("LOCATION", "country"),
    "Norland": ("LOCATION", "country"),
}


def _owner(text: str, figure: str) -> str | None:
    return focus_rows("", text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a happening's possessive right before the figure, or before its measure and a verb
        ("The Orbel Marathon's 40,000 runners set off at dawn.", "40,000 runners", "Orbel Marathon"),
        ("The Harlow Open's $3 million purse is the richest yet.", "$3 million", "Harlow Open"),
        ("Night Harbor's budget of $50 million ran over.", "$50 million", "Night Harbor"),
        ("The Vantor Festival's attendance rose 12 percent.", "12 percent", "Vantor Festival"),
        # the figure modifying the name: a prize before an event, a capacity before a place or body
        ("He won the $1.5 million Harlow Open last year.", "$1.5 million", "Harlow Open"),
        ("Fans packed the 40,000-seat Harlow Stadium on Sunday.", "40,000-seat", "Harlow Stadium"),
        ("Voters elect the 60-member Marlow Council in May.", "60-member", "Marlow Council"),
        # a count opening its clause before a verb of attending
        ("Over 3,000 exhibitors attended the Marlow Book Fair.", "3,000 exhibitors", "Marlow Book Fair"),
        ("Last year, some 12,000 people visited the Marlow Book Fair.", "12,000 people", "Marlow Book Fair"),
        ("About 500 runners from abroad competed in the Orbel Marathon.", "500 runners", "Orbel Marathon"),
        (
            "The Marlow Book Fair opens today. More than 900 publishers will take part in the fair.",
            "900 publishers",
            "Marlow Book Fair",
        ),
        # a subject relative clause hanging on a work or an event, or on a head for the event
        ("The rise was led by Night Harbor, which took $20 million.", "$20 million", "Night Harbor"),
        (
            "The Vantor Festival closed on Sunday. The festival, which drew 8,000 visitors, made a loss.",
            "8,000 visitors",
            "Vantor Festival",
        ),
        # an apposition between the work or event heading the clause and its verb
        ("The Long Road, a drama about two brothers, won five awards.", "five awards", "The Long Road"),
        ("The Long Road, a drama starring Ann Lee, won five awards.", "five awards", "The Long Road"),
        (
            "The Marlow Book Fair, held in Kessel every spring, attracted 600 exhibitors.",
            "600 exhibitors",
            "Marlow Book Fair",
        ),
        ("The Orbel Marathon, now in its 12th year, draws 4,000 runners.", "4,000 runners", "Orbel Marathon"),
        # a verb the narrower rule does not know, before a determiner; a participle clause after it
        ("Night Harbor set a record last week, taking $15 million.", "$15 million", "Night Harbor"),
        ("The Vantor Festival showcases 900 new films.", "900 new films", "Vantor Festival"),
        ("Night Harbor's opening weekend took $15 million.", "$15 million", "Night Harbor"),
        # a trade fair's tally of deals, and an edition before the event's name
        ("Deals worth $5 billion were signed at the Marlow Book Fair.", "$5 billion", "Marlow Book Fair"),
        (
            "During the Marlow Book Fair, deals worth $2 billion were signed.",
            "$2 billion",
            "Marlow Book Fair",
        ),
        ("More than 800 firms will attend the 3rd Marlow Book Fair.", "800 firms", "Marlow Book Fair"),
        # an apposition opening with a place's possessive; an event opening the sentence before a count
        # that took part; the event's visitors or attendance put at the figure
        (
            "The Marlow Book Fair, Tarvia's largest fair, drew 900 publishers.",
            "900 publishers",
            "Marlow Book Fair",
        ),
        (
            "At the Marlow Book Fair, over 700 publishers showcased new titles.",
            "700 publishers",
            "Marlow Book Fair",
        ),
        (
            "The number of visitors to the Marlow Book Fair reached 1.2 million.",
            "1.2 million",
            "Marlow Book Fair",
        ),
        ("Attendance at the Orbel Marathon hit 200,000 this year.", "200,000", "Orbel Marathon"),
        (
            "The Vantor Festival opened on Monday. The number of visitors to the festival rose to 9,000.",
            "9,000",
            "Vantor Festival",
        ),
        # a title in quotation marks, or with its year, heading the clause or a relative clause
        ('"Night Harbor" grossed $50 million.', "$50 million", "Night Harbor"),
        ("'Night Harbor' has sold 2 million copies.", "2 million copies", "Night Harbor"),
        ("Night Harbor (2019) took $50 million.", "$50 million", "Night Harbor"),
        ('Ann Lee starred in "Night Harbor," which grossed $50 million.', "$50 million", "Night Harbor"),
        ("Ann Lee starred in \u201cNight Harbor\u201d, which took $9 million.", "$9 million", "Night Harbor"),
    ],
)
def test_a_happening_named_in_the_sentence_owns_the_figure(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the figure inside the apposition says nothing of the work
        ("The Long Road, a drama about two brothers, won five awards.", "two brothers", None),
        # a place or a firm before the figure keeps it; a lower-case noun after the name heads
        ("The $5 billion Vantor Group deal closed on Friday.", "$5 billion", None),
        ("The Harlow Open's winner, Ann Lee, earned $500,000.", "$500,000", "Ann Lee"),
        # no happening after the verb of attending, or the count does not open its clause
        ("More than 3,000 people visited the store on Sunday.", "3,000 people", None),
        ("Harlow Bank said 3,000 people attended the Marlow Book Fair.", "3,000 people", None),
        ("Four runners have been picked to compete at the Orbel Marathon.", "Four runners", None),
        # an object relative names its own subject
        ("Lee saw Night Harbor, which Vantor Group bought for $20 million.", "$20 million", "Vantor Group"),
        # a head for a happening with no event named before it
        ("Ann Lee spoke on Sunday. More than 900 people attended the fair.", "900 people", None),
        # a preposition after the name, a noun it modifies, a person it modifies
        ("Night Harbor in the cinemas earned $5 million.", "$5 million", None),
        ("Night Harbor sales of $5 million were high.", "$5 million", None),
        ("Night Harbor star Ann Lee earned $5 million.", "$5 million", "Ann Lee"),
        # deals signed by a firm at the fair are the firm's; people hurt there are nobody's
        (
            "During the Marlow Book Fair, Vantor Group signed deals worth $5 million.",
            "$5 million",
            "Vantor Group",
        ),
        ("At the Marlow Book Fair, 300 people were hurt.", "300 people", None),
        # arrests at an event are nobody's, a firm's deals there the firm's, visitors' spending no level
        ("During the Marlow Book Fair, 300 protesters were arrested.", "300 protesters", None),
        ("At the Marlow Book Fair, Vantor Group signed 30 deals.", "30 deals", "Vantor Group"),
        ("Visitors to the Marlow Book Fair spent $3 million.", "$3 million", None),
        # a quoted title before a person's role or a noun it modifies; a relative that is closed
        ('"Night Harbor" star Ann Lee earned $5 million.', "$5 million", "Ann Lee"),
        ('"Night Harbor" sales of $5 million were high.', "$5 million", None),
        ('Ann Lee said "Night Harbor," which she loved, took $5 million.', "$5 million", None),
    ],
)
def test_near_misses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Kessel, with a population of 8 million, is the largest province.", "8 million", "Kessel"),
        ("Tom Baxter, with 12 titles to his name, retired on Friday.", "12 titles", "Tom Baxter"),
        ("Kessel province, with about 300 hospitals, is well served.", "300 hospitals", "Kessel"),
    ],
)
def test_a_with_phrase_after_the_opening_name_is_its(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the name does not open the sentence, two names before, a preposition governs it
        ("The largest province is Kessel, with 8 million people.", "8 million people", None),
        ("Kessel and Tarvia, with 8 million people, are large.", "8 million people", None),
        ("In Kessel, with 8 million people, prices rose.", "8 million people", None),
        # the phrase is no apposition of the opening name
        ("Tom Baxter met Ann Lee, with 300 supporters cheering.", "300 supporters", None),
    ],
)
def test_other_with_phrases_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Some 300 of Harlow Bank's employees lost their jobs.", "300", "Harlow Bank"),
        ("About 40 of the Orbel Marathon's runners dropped out.", "40", "Orbel Marathon"),
        ("Last year, 120 of Tarvia's lawmakers voted against it.", "120", "Tarvia"),
    ],
)
def test_a_part_of_a_named_possessors_whole_is_the_possessors(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # an owner named before the figure in its clause keeps it
        ("Ann Lee scored 12 of the Hawks' points.", "12", "Ann Lee"),
        ("Vantor Group bought 300 of Harlow Bank's branches.", "300", "Vantor Group"),
        # no possessive after "of"
        ("Some 300 of the employees of Harlow Bank left.", "300", None),
    ],
)
def test_other_partitives_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "The per capita disposable income of urban residents in Kessel reached 42,000 yuan.",
            "42,000 yuan",
            "Kessel",
        ),
        ("Tourism revenue in Kessel hit 30 billion yuan last year.", "30 billion yuan", "Kessel"),
        ("Average wages in Kessel rose 6 percent.", "6 percent", "Kessel"),
        ("The poverty rate in Kessel fell to 3 percent.", "3 percent", "Kessel"),
        ("In Kessel, tourism revenue rose 9 percent.", "9 percent", "Kessel"),
    ],
)
def test_a_places_own_statistic_in_it_is_its(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # bare sales in a place are a firm's market; a toll in a place is nobody's
        ("Sales in Kessel rose 5 percent.", "5 percent", None),
        ("In Kessel, 300 people were killed.", "300 people", None),
        # what comes in from a place is the receiver's
        ("Tourism revenue from Tarvia rose 4 percent.", "4 percent", None),
    ],
)
def test_other_statistics_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Demand rose thanks to Tarvia's economy, which grew 6.1 percent.", "6.1 percent", "Tarvia"),
        ("Prices rose on Kessel's booming economy, which expanded 9 percent.", "9 percent", "Kessel"),
        ("Growth slowed in Tarvia's economy, which grew 2 percent.", "2 percent", "Tarvia"),
    ],
)
def test_a_relative_clause_on_a_possessed_measure_is_the_possessors(
    text: str, figure: str, owner: str
) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a possessed place or thing, not a measure
        ("Ann Lee visited Tarvia's capital, which has 3 million people.", "3 million people", None),
        # an object relative names its subject; a reported clause inside is the source's
        ("Ann Lee cited Tarvia's economy, which Harlow Bank put at $3 billion.", "$3 billion", "Harlow Bank"),
        ("Ann Lee doubted Tarvia's economy, which analysts said grew 3 percent.", "3 percent", None),
    ],
)
def test_other_relative_clauses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Kessel and Tarvia reported 12 and 5 new cases respectively.", "5 new cases", "Tarvia"),
        ("Kessel and Tarvia reported 12 and 5 new cases respectively.", "12", "Kessel"),
        (
            "The output of Kessel and Tarvia reached 10.8 billion and 3.8 billion yuan, respectively.",
            "3.8 billion yuan",
            "Tarvia",
        ),
        (
            "Vantor Group, Harlow Bank and Marlow Council grew 6.2%, 6.0% and 6.1% respectively.",
            "6.0%",
            "Harlow Bank",
        ),
    ],
)
def test_respectively_pairs_the_lists(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # one name: its figures are its own, as before
        ("Kessel reported 12 and 5 new cases on Monday and Tuesday respectively.", "5 new cases", "Kessel"),
        # lists of uneven length, or a year among the figures, keep the old reading
        ("Kessel and Tarvia reported 12, 7 and 5 new cases respectively.", "5 new cases", None),
        ("Kessel and Tarvia grew 6 percent and 7 percent in 2019 respectively.", "7 percent", None),
    ],
)
def test_uneven_lists_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Kessel's output reached $10 billion, followed by Tarvia with $3 billion.", "$3 billion", "Tarvia"),
        (
            "Vantor Group led the list at 12 percent, followed by Harlow Bank at 9 percent.",
            "9 percent",
            "Harlow Bank",
        ),
        (
            "Kessel came first, trailed by Norland with 2 percent.",
            "2 percent",
            "Norland",
        ),
    ],
)
def test_a_ranked_name_owns_the_figure_after_it(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the first of the ranking keeps its figure; a name after "with" that ranks nothing
        ("Kessel's output reached $10 billion, followed by Tarvia with $3 billion.", "$10 billion", "Kessel"),
        ("Vantor Group signed a deal with Harlow Bank at $3 million.", "$3 million", "Vantor Group"),
        # no figure before the comma: an apposition of the opening name, not a ranking
        ("Ann Lee met Tom Baxter, with 300 supporters cheering.", "300 supporters", None),
    ],
)
def test_other_names_before_with_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Banking giant Harlow Bank says 500 of its branches will close.", "500", "Harlow Bank"),
        ("Vantor Group said 300 of its workers would lose their jobs.", "300", "Vantor Group"),
        ("Tarvia said on Monday that 40 of its ports were closed.", "40", "Tarvia"),
    ],
)
def test_a_reporter_owns_a_part_of_its_whole(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a person has no "its"; "its rival's" names another whole; two reporters
        ("Ann Lee said 300 of its workers left.", "300", None),
        ("Vantor Group said 30 of its rival's stores closed.", "30", None),
        ("Vantor Group and Harlow Bank said 300 of their staff left.", "300", None),
    ],
)
def test_other_reported_parts_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Ann Lee was left out of the squad in March, but scored four goals in the final.",
            "four goals",
            "Ann Lee",
        ),
        ("Tom Baxter rested on Monday, and was fined $5,000 on Tuesday.", "$5,000", "Tom Baxter"),
        ("Ann Lee missed the opening weeks, but later won 12 races.", "12 races", "Ann Lee"),
    ],
)
def test_a_persons_second_predicate_is_theirs(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the second clause has a subject of its own; a possessive or a report heads the first
        ("Ann Lee was left out of the squad, but Tom Baxter scored four goals.", "four goals", "Tom Baxter"),
        ("Ann Lee was hurt, and the team conceded four goals.", "four goals", None),
        ("Ann Lee's team lost, but scored four goals.", "four goals", None),
        ("Ann Lee said the team lost, but scored four goals.", "four goals", None),
    ],
)
def test_other_second_clauses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner
