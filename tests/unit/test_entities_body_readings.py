"""Names the model reads as bodies that are people, places or works (session 34): a person whose
surname the story writes after "Mr"/"Ms", before an age or before speech and "he"/"she"
(``retype.cued_people``); a known place hyphened to a region's code after a preposition of place,
a name an apposition calls a kind of place, and "the oasis of", "her hometown of"
(``retype.areas``, ``retype.kinds``); a title right after a lower-case kind of work
(``retype.work_kinds``); a body paired by "and" with a person of a listed given name
(``retype.lists``); a name in a table's column of people (``retype.table_people``). Sentences and
names made up for the test; the places in the hyphened
areas are the gazetteer's."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.retype.areas import coded_area, event_venue, place_in_apposition, town_by_its_people
from consumer.entities.retype.cued_people import cued_surname, person_cue_words
from consumer.entities.retype.lists import _person_pair
from consumer.entities.retype.table_people import people_in_table_columns
from consumer.entities.retype.work_kinds import programme_name, titled_by_kind
from consumer.events import TextField
from tests.unit.entity_texts import entities_of, types_of


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _body(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate("body", start, start + len(name), "ORGANIZATION", "ner")


# --- people ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Talks stalled. Mr Quonch said the price was fair.", "Quonch"),
        ("The rooms were full, Ms. Quistell's aide said.", "Quistell"),
        ("Kallistan, 52, has led the group since 2001.", "Kallistan"),
        ("Tamberline said she would not sign.", "Tamberline"),
        ("Okonjo told reporters he was delighted.", "Okonjo"),
        ("Fletwood's daughter Jill said he would be missed.", "Fletwood"),
        ("Fletwood’s late wife ran the farm.", "Fletwood"),
        # a sentence opening on the name that goes on to the person's pronoun
        ("The files were nested. Zarvani has published sample code he says crashes it.", "Zarvani"),
        ("Quellmar did as he’d promised.", "Quellmar"),
        ("Quellmar spent the rest of his life abroad.", "Quellmar"),
        ("It was late. Oruk Tavessi recently wrote in The Harbor Ledger about his years there.", "Tavessi"),
        ("Dunmir Ashvale kept the notes she wrote.", "Ashvale"),
    ],
)
def test_cue_words_are_read_from_the_field(text: str, word: str) -> None:
    assert word in person_cue_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quonch Partners said it would appeal.",  # a body says "it"
        "Kallistan said the price, 52, was fair.",  # no age in apposition
        "In 2004, 12 people left.",
        "Tamberline said shares rose.",
        "Fletwood's daughter company grew.",
        "Zarvani suspended his account.",  # a firm's act on someone else's
        "Zarvani hired the engineer after he left Kelby.",  # the pronoun a person noun's
        "Zarvani announced he would step down.",  # a report of someone else
        "In Zarvani he found a home.",  # a stop word opens the sentence
        "Zarvani, the company, said his plan failed.",  # no lower-case run to the pronoun
        "Zarvani hired Jo Roe as his deputy.",  # another name between
    ],
)
def test_no_cue_without_a_person_word(text: str) -> None:
    assert not person_cue_words(text) - {"In"}


@pytest.mark.parametrize(
    "name", ["Darvel Quonch", "Scooter Braunell", "Ormeth Van Kallistan", "Martin Quon", "Quonch"]
)
def test_a_cued_surname_makes_a_person(gazetteer: Gazetteer, name: str) -> None:
    assert cued_surname(name, frozenset({name.split()[-1]}), gazetteer)


@pytest.mark.parametrize(
    "name",
    [
        "Quonch Holdings",  # a body's head word
        "Lisbon Quonch",  # a place that is no given name opens it
        "New Quonch",  # an opener's word
        "Tarvia Mr Quonch",  # a title inside
        "Darvel Quonch Kell Mora",  # four words
        "QUONCH",  # capitals
        "Says",  # no surname
    ],
)
def test_a_cued_surname_leaves_bodies_alone(gazetteer: Gazetteer, name: str) -> None:
    assert not cued_surname(name, frozenset({"Quonch", "Mora"}), gazetteer)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The fund is led by Jamal Barclays. Mr Barclays said returns had doubled.", "Jamal Barclays"),
        ("Emirates Fenwick bought the club. Mr Fenwick said fans would be pleased.", "Emirates Fenwick"),
        ("Veteran comedian and broadcaster Dorian Quellby has died aged 91.", "Dorian Quellby"),
        (
            'He was praised by his friend, fellow broadcaster Martin Kessway. "It was fun," Mr Kessway said.',
            "Martin Kessway",
        ),
    ],
)
def test_a_body_whose_surname_takes_mr_is_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PERSON", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The show drew big crowds. Yusra Delvam recently wrote in the Harbor Ledger about his"
            " years on the road.",
            "Yusra Delvam",
        ),
        ("The tower was old. Yusra Delvam spent the rest of his life in a small flat.", "Yusra Delvam"),
        (
            "The tower was old. Delvam spent the rest of his life abroad. Yusra Delvam was born in 1901.",
            "Yusra Delvam",
        ),
        (
            'The bug was old. "I thought hard about this," Karachi-based developer Oruk Tavessi wrote in'
            " a blog post. The format keeps data in nests. Tavessi has released sample code he says"
            " crashes any server.",
            "Oruk Tavessi",
        ),
    ],
)
def test_a_sentence_about_the_name_going_on_to_his_makes_a_person(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PERSON", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The tower was old. Yusra Delvam suspended his account on Monday.", "Yusra Delvam"),
        ("The tower was old. Yusra Delvam spent the rest of its money on the roof.", "Yusra Delvam"),
    ],
)
def test_a_firms_act_on_his_leaves_the_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shares in Velmar Holdings rose after Mr Velmar sold his stake.", "Velmar Holdings"),
        ("The broadcaster Sky News said it would appeal.", "Sky News"),
        ("The state broadcaster Harlow Radio reported the news.", "Harlow Radio"),
    ],
)
def test_bodies_stay_bodies(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


# --- places ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Families living in Lucknow-NCR said the air was thick.", "Lucknow-NCR"),
        ("Firms based out of Pune-PMR struggled.", "Pune-PMR"),
        ("Smog hung over homes across Mumbai-MMR on Monday.", "Mumbai-MMR"),
    ],
)
def test_a_place_and_a_region_code_after_a_preposition_is_an_area(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    assert coded_area(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lucknow-NCR said it would appeal.", "Lucknow-NCR"),  # no preposition of place
        ("Staff in Quorvex-NCR offices left.", "Quorvex-NCR"),  # no known place
        ("Fans in Lucknow-Pune cheered.", "Lucknow-Pune"),  # two places: left to bodies.py
        ("Traders in Lucknow-Nord shares sold.", "Lucknow-Nord"),  # no code
    ],
)
def test_no_area_without_its_shape_and_preposition(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert not coded_area(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelbourne, a resort town on the coast, saw 4,000 visitors.", "Kelbourne"),
        ("Ferries reach Isla Corvana, an island off the coast, twice a day.", "Isla Corvana"),
        ("Troops left Bardai, the oasis where they had camped.", "Bardai"),
        ("Aid reached Velmora, a remote district in the north.", "Velmora"),
        ("The scheme began in Quyllo, a 50-family community with no power.", "Quyllo"),
        # session 47 (H): a facility's kind, in brackets too, up to four describing words
        ("We skied at Quorn Dome, the largest indoor snow park in the world.", "Quorn Dome"),
        ("At Kelby's Tarvo Land (the world's largest indoor theme park), we queued.", "Tarvo Land"),
        ("Drills moved to Fort McQuarrie, an Army base nestled inside the city.", "Fort McQuarrie"),
        ("Crowds filled Vell Quay, a popular nightlife district in the port.", "Vell Quay"),
        ("Talks moved to Marlo Bay, the capital of the province.", "Marlo Bay"),
        ("Guests stay at Harlow Grange, a five-star hotel outside the city.", "Harlow Grange"),
    ],
)
def test_a_kind_of_place_in_apposition_makes_a_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert place_in_apposition(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelby Foods, a company in the north, cut 300 jobs.", "Kelby Foods"),
        ("Tarvo Mining, the town's biggest employer, hired 200.", "Tarvo Mining"),
        ("Quorna, a town council member, spoke.", "Quorna"),
        ("Kelby, a community bank in the north, grew.", "Kelby"),
        ("Tarvo Holdings, a resort operator in Kelby, grew.", "Tarvo Holdings"),
        ("Kelby Dorne, a member of the community, spoke.", "Kelby Dorne"),  # a function word between
        ("Quorvex, a theme park designer in Kelby, grew.", "Quorvex"),  # the kind modifies a noun
        ("Tarvelo, a venture capital of the region, grew.", "Tarvelo"),  # venture capital
        ("Quorvane, the party's base, grew.", "Quorvane"),  # no military base
        ("Accor, the hotel chain, grew.", "Accor"),
        ("The house in Kelbau am Tarn, a town on the border, was sold.", "Tarn"),  # a longer name's end
    ],
)
def test_a_body_in_apposition_stays_a_body(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert not place_in_apposition(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Saturday's match at Tarvfield starts at three.", "Tarvfield"),
        ("They pulled out of a concert at the KVCC in Marlow.", "KVCC"),
        ("The sprint is staged at Quorn Downs near Kelby.", "Quorn Downs"),
        ("The ceremony took place at Harlow Lodge on Friday.", "Harlow Lodge"),
    ],
)
def test_where_an_event_is_held_is_a_venue(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert event_venue(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The match at Tarvo Holdings' ground was cancelled.", "Tarvo Holdings"),  # a head word
        ("She worked at Quorn Downs for a year.", "Quorn Downs"),  # no event
        ("The game at Netflix was streamed.", "Netflix"),  # a listed body
        ("Saturday's match against Tarvfield starts at three.", "Tarvfield"),  # no "at"
    ],
)
def test_no_venue_without_an_event_held_there(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert not event_venue(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("The Tarvington-based startup raised $5m.", "Tarvington", True),
        ("The mayor of Brackwater said the bridge would reopen.", "Brackwater", True),
        ("Brackwater’s residents were told to stay inside.", "Brackwater", True),
        ("Quellmoor locals cheered.", "Quellmoor", True),
        ("The Kessel Holdings-based fund grew.", "Kessel Holdings", False),  # a body's head word
        ("The Netflix-based show ended.", "Netflix", False),  # a listed body
        ("The mayor met Brackwater on Monday.", "Brackwater", False),  # no "of"
        ("Brackwater said its mayor would resign.", "Brackwater", False),
    ],
)
def test_a_town_by_its_mayor_residents_or_firms(
    gazetteer: Gazetteer, text: str, name: str, town: bool
) -> None:
    assert town_by_its_people(_body(text, name), text, name, gazetteer) is town


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Families living in Lucknow-NCR said the air was thick with smoke.", "Lucknow-NCR"),
        ("Ferries reach Isla Corvana, an island off the coast, twice a day.", "Isla Corvana"),
        ("She returned to her hometown of Brisova to open the bakery.", "Brisova"),
        ("He grew up in the oasis of Kel Tamira before moving to the capital.", "Kel Tamira"),
        ("The Tarvington-based startup raised $5m.", "Tarvington"),
        ("The mayor of Brackwater said the bridge would reopen.", "Brackwater"),
        # session 47 (H): a model person or body in apposition with a facility's or place's kind
        ("Agents trained at Fort McQuarrie, an Army base nestled inside the capital.", "Fort McQuarrie"),
        ("Revellers packed Lan Quorvo, a popular nightlife district in the old port.", "Lan Quorvo"),
        ("Later we skied at Tarvo Snow, the largest indoor snow park in the world.", "Tarvo Snow"),
    ],
)
def test_places_the_model_read_otherwise(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "LOCATION", types


# --- works ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Actors from the cult TV show Harbor Nights met fans.", "Harbor Nights"),
        ("The BBC comedy Gridlock was remade.", "Gridlock"),
        ("Viewers of the soap Riverbank fell.", "Riverbank"),
        ("Her debut album Saltwater Cowboys sold well.", "Saltwater Cowboys"),
        ("Ratings for the BBC show Quiet Harbour rose.", "Quiet Harbour"),
        ("Critics praised the film Salt Roads.", "Salt Roads"),
    ],
)
def test_a_kind_of_work_before_makes_a_title(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert titled_by_kind(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The series Kelvar Studios produced ran long.", "Kelvar Studios"),  # a body's head word
        ("The film Netflix made flopped.", "Netflix"),  # a listed body
        ("The show Harbor Town Live returns.", "Harbor Town"),  # the model cut a longer name
        ("The hit film Sailors of the Kelp Sea took $30m.", "Sailors"),  # and so here
        ("Acme said the show's sponsor Tarvo paid.", "Tarvo"),  # no kind right before
        ("Fans came to play Tarvo Rovers.", "Tarvo Rovers"),  # "play" is no kind here
        ("Figures show Tarvo Motors lost money.", "Tarvo Motors"),  # "show" a verb
        ("Likely to show Certs cost more.", "Certs"),  # "show" a verb after "to"
        ("Crews came to film Kelby Harbour.", "Kelby Harbour"),  # "film" a verb
    ],
)
def test_no_title_without_its_kind(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert not titled_by_kind(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Actors from the cult TV show Harbor Nights met fans on Saturday.", "Harbor Nights"),
        ("The BBC comedy Gridlock was remade with a US cast.", "Gridlock"),
        ("Viewers of the soap Riverbank fell by a third, ITV said.", "Riverbank"),
        ("The BBC comedy Kelby Heights was remade with a US cast.", "Kelby Heights"),
    ],
)
def test_titles_the_model_read_as_bodies(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


def test_a_place_after_no_kind_of_work_stays_a_place(extractor: EntityExtractor) -> None:
    body = "The BBC crew filmed in Kelby Heights before the storm."
    assert types_of(entities_of(extractor, body)).get("Kelby Heights") == "LOCATION"


# --- a pair of people -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The cast includes actresses Cate Morrowfield and Helena Quist.", "Cate Morrowfield"),
        ("The film stars Cate Halloway and Emma Dorne.", "Cate Halloway"),
        ("The cast includes actresses Cate Winterbourne and Julia Marsh.", "Cate Winterbourne"),
    ],
)
def test_a_body_paired_with_a_person_by_and_is_a_person(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PERSON", types


def _pair(text: str, one: tuple[str, str, str], two: tuple[str, str, str]) -> list[Candidate]:
    cands = []
    for name, kind, origin in (one, two):
        start = text.index(name)
        cands.append(Candidate("body", start, start + len(name), kind, origin))  # type: ignore[arg-type]
    return cands


@pytest.mark.parametrize(
    ("text", "one", "two", "paired"),
    [
        (
            "Ada Quell and Kessel Marlow wed.",
            ("Ada Quell", "PERSON", "ner"),
            ("Kessel Marlow", "ORGANIZATION", "ner"),
            True,
        ),
        (
            "Ada Quell, Kessel Marlow wed.",
            ("Ada Quell", "PERSON", "ner"),
            ("Kessel Marlow", "ORGANIZATION", "ner"),
            False,
        ),
        (
            "Ada Quell's and Kessel Marlow's.",
            ("Ada Quell", "PERSON", "ner"),
            ("Kessel Marlow", "ORGANIZATION", "ner"),
            False,
        ),
        (
            "Ada Quell and Kessel Marlow Bank.",
            ("Ada Quell", "PERSON", "ner"),
            ("Kessel Marlow Bank", "ORGANIZATION", "ner"),
            False,
        ),
        (
            "Ada Quell and Kessel Marlow wed.",
            ("Ada Quell", "PERSON", "ner"),
            ("Kessel Marlow", "ORGANIZATION", "rule"),
            False,
        ),
        (
            "Ada Quell and Kessel, Marlow wed.",
            ("Ada Quell", "PERSON", "ner"),
            ("Kessel, Marlow", "ORGANIZATION", "ner"),
            False,
        ),
        (
            "Quorv Dell and Kessel Marlow wed.",
            ("Quorv Dell", "PERSON", "ner"),
            ("Kessel Marlow", "ORGANIZATION", "ner"),
            False,
        ),
    ],
)
def test_a_pair_of_people_wants_and_a_given_name_and_two_words(
    text: str, one: tuple[str, str, str], two: tuple[str, str, str], paired: bool
) -> None:
    recased: dict[TextField, str] = {"body": text}
    assert _person_pair(_pair(text, one, two), recased) is paired


# --- people in a table's column -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "| Pos | Player | Snaps |\n\n| S | Kelepi Vaka | 60 |\n\n"
            "| S | Darnell Quist | 44 |\n\n| S | Marcus Dell | 12 |",
            "Kelepi Vaka",
        ),
        (
            "| Pos | Player | Snaps |\n\n| CB | Darnell Quist | 60 |\n\n"
            "| CB | Kelepi Vaka | 44 |\n\n| CB | Andre Lowe | 12 |",
            "Kelepi Vaka",
        ),
        (
            "| Pos | Player | Snaps |\n\n| LB | Kelepi Taufa | 60 |\n\n"
            "| LB | Darnell Quist | 44 |\n\n| LB | Andre Lowe | 12 |",
            "Kelepi Taufa",
        ),
    ],
)
def test_a_name_in_a_column_of_people_is_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PERSON", types


def _cells(text: str, cells: list[tuple[str, str]]) -> list[Candidate]:
    found, at = [], 0
    for name, kind in cells:
        start = text.index(name, at)
        at = start + len(name)
        found.append(Candidate("body", start, at, kind, "ner"))  # type: ignore[arg-type]
    return found


_TABLE = "| LB | Ada Quell | 4 |\n| LB | Kessel Marlow | 3 |\n| LB | Jo Roe | 2 |"


@pytest.mark.parametrize(
    ("text", "cells", "retyped"),
    [
        (_TABLE, [("Ada Quell", "PERSON"), ("Kessel Marlow", "ORGANIZATION"), ("Jo Roe", "PERSON")], True),
        (_TABLE, [("Ada Quell", "PERSON"), ("Kessel Marlow", "LOCATION"), ("Jo Roe", "PERSON")], True),
        # one person only in the column
        (
            _TABLE,
            [("Ada Quell", "PERSON"), ("Kessel Marlow", "ORGANIZATION"), ("Jo Roe", "ORGANIZATION")],
            False,
        ),
        # a body's head word
        (
            "| LB | Ada Quell | 4 |\n| LB | Kessel Holdings | 3 |\n| LB | Jo Roe | 2 |",
            [("Ada Quell", "PERSON"), ("Kessel Holdings", "ORGANIZATION"), ("Jo Roe", "PERSON")],
            False,
        ),
        # not the whole cell
        (
            "| LB | Ada Quell | 4 |\n| LB | Kessel Marlow FC | 3 |\n| LB | Jo Roe | 2 |",
            [("Ada Quell", "PERSON"), ("Kessel Marlow", "ORGANIZATION"), ("Jo Roe", "PERSON")],
            False,
        ),
        # no table: a list in prose
        (
            "Ada Quell, Kessel Marlow and Jo Roe came.",
            [("Ada Quell", "PERSON"), ("Kessel Marlow", "ORGANIZATION"), ("Jo Roe", "PERSON")],
            False,
        ),
    ],
)
def test_a_column_retypes_only_whole_cells_among_people(
    gazetteer: Gazetteer, text: str, cells: list[tuple[str, str]], retyped: bool
) -> None:
    cands = _cells(text, cells)
    people_in_table_columns(cands, {"body": text}, gazetteer)
    assert (cands[1].type == "PERSON") is retyped


# --- programmes by their own head word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "programme"),
    [
        (
            "Farmers enrolled in the Harbor Soil Reserve Program last year.",
            "Harbor Soil Reserve Program",
            True,
        ),
        ("The Quellmoor Schools Programme will fund 30 libraries.", "Quellmoor Schools Programme", True),
        ("Sales rose under the Kessel Export Program.", "Kessel Export Program", True),
        ("The World Harvest Programme will send aid.", "World Harvest Programme", False),  # an agency
        ("The Kessel Youth Programme said it would hire.", "Kessel Youth Programme", False),  # it acts
        ("The Kessel Youth Programme's director quit.", "Kessel Youth Programme", False),
        ("The Program will end.", "Program", False),  # one word
        ("The Kessel Programming Group grew.", "Kessel Programming Group", False),
    ],
)
def test_a_scheme_named_by_its_head_word_is_a_programme(
    gazetteer: Gazetteer, text: str, name: str, programme: bool
) -> None:
    assert programme_name(_body(text, name), text, name, gazetteer) is programme


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Farmers enrolled in the Harbor Soil Reserve Program received $40 an acre.",
            "Harbor Soil Reserve Program",
        ),
        ("The Quellmoor Schools Programme will fund 30 libraries.", "Quellmoor Schools Programme"),
        ("Growers joined the Tarvo Crop Insurance Program in March.", "Tarvo Crop Insurance Program"),
    ],
)
def test_programmes_the_model_read_as_bodies(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types
