"""Names the model reads as bodies that are no body (session 35, issue 11): a broadcaster's programme
between an owner's possessive and a lower-case kind of programme and a work before its actor's
noun and a person's name (``retype.shows``), a song by its
kind before it and a work's title after "the" and its kind (``retype.work_kinds``), and the tail of
a longer title the model cut at "of" (``retype.title_tails``), and a venue where people meet or
record or what a date is at (``retype.areas``), and a stat's letters in a line of counts ("1 sack, 1
TFL, 2 QH", ``retype.non_names``), and a sentence's first word describing the company named after it
("Software giant Acme", ``retype.descriptors``). Sentences and names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.retype.areas import event_venue
from consumer.entities.retype.descriptors import company_descriptor
from consumer.entities.retype.non_names import names_nothing
from consumer.entities.retype.shows import broadcast_programme, cast_title
from consumer.entities.retype.title_tails import title_tail
from consumer.entities.retype.work_kinds import titled_by_kind
from tests.unit.entity_texts import entities_of, types_of


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _cand(text: str, name: str, kind: str = "ORGANIZATION") -> Candidate:
    start = text.index(name)
    return Candidate("body", start, start + len(name), kind, "ner")  # type: ignore[arg-type]


# --- a broadcaster's programme --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Speaking on ZBC's Harbor Nights show, Ms Dorne said the deal was done.", "Harbor Nights"),
        ('He later told Tarvo TV\'s Quill Point programme: "We will not sign."', "Quill Point"),
        ("The poll for Marlow One's Countrywise programme suggests a fall in support.", "Countrywise"),
    ],
)
def test_a_programme_after_its_broadcaster_is_a_title(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("She told Kelby Radio's Daybreak Live programme on Monday.", "Daybreak Live", "ORGANIZATION"),
        ("He appeared on Tarvo One's Quellside series, which ended.", "Quellside", "LOCATION"),
        ("Fans of Marlow FM's Wright Stuff show said so.", "Wright Stuff", "PERSON"),
        ("She was a guest on the station's Night Desk podcast last week.", "Night Desk", "ORGANIZATION"),
    ],
)
def test_programme_cue(gazetteer: Gazetteer, text: str, name: str, kind: str) -> None:
    assert broadcast_programme(_cand(text, name, kind), text, name, gazetteer)


def test_a_programme_kind_may_end_a_line(gazetteer: Gazetteer) -> None:
    text = "She was a guest on Kelby Radio's Daybreak Live show\nand spoke of the vote."
    assert broadcast_programme(_cand(text, "Daybreak Live"), text, "Daybreak Live", gazetteer)


def test_a_window_end_is_no_phrase_end(gazetteer: Gazetteer) -> None:
    text = "Kelby Radio's Night Desk programmes" + " " * 13 + "host quit."
    assert not broadcast_programme(_cand(text, "Night Desk"), text, "Night Desk", gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("She told Kelby Radio's Jo Roe programme on Monday.", "Jo Roe", "PERSON"),  # the host's look
        ("Quorvex's Vela series sold well in Asia.", "Vela", "ORGANIZATION"),  # a maker's product line
        ("Analysts at Kelby Radio's parent group Tarvo Media said so.", "Tarvo Media", "ORGANIZATION"),
        ("Kelby Radio's Tarvo Media show host quit.", "Tarvo Media", "ORGANIZATION"),  # "show" modifies
        ("Tarvo's ZBC show ran late.", "ZBC", "ORGANIZATION"),  # capitals: a body's or an event's letters
        ("Kelby Radio's Harbor University programme grew.", "Harbor University", "ORGANIZATION"),  # head word
        ("He told Kelby Radio's Netflix show about it.", "Netflix", "ORGANIZATION"),  # a listed body
        ("He told the Daybreak Live programme on Monday.", "Daybreak Live", "ORGANIZATION"),  # no owner
    ],
)
def test_no_programme_without_its_cue(gazetteer: Gazetteer, text: str, name: str, kind: str) -> None:
    assert not broadcast_programme(_cand(text, name, kind), text, name, gazetteer)


def test_the_broadcaster_stays_a_body(extractor: EntityExtractor) -> None:
    body = 'He later told Tarvo TV\'s Quill Point programme: "We will not sign."'
    assert types_of(entities_of(extractor, body)).get("Tarvo TV") == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Other stars include former Harbor Nights actor Scott Bakel as the captain.", "Harbor Nights"),
        ("The series stars former Quantum Drift actor Scott Bakel as the captain.", "Quantum Drift"),
        ("Former Harbor Nights actress Ada Quell said she was delighted.", "Harbor Nights"),
    ],
)
def test_a_work_before_its_actor_is_a_title(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Former Quill Point actress Ada Quell said so.", "Quill Point", True),
        ("Kelby Heist co-star Marcia Crossley was there.", "Kelby Heist", True),
        ("Kelby United star Jo Roe scored twice.", "Kelby United", False),  # "star": clubs have them
        ("Harbor University actor Jo Roe spoke.", "Harbor University", False),  # a head word
        ("Netflix actor Jo Roe spoke.", "Netflix", False),  # a listed body
        ("ZBC actor Jo Roe spoke.", "ZBC", False),  # capitals: a broadcaster's letters
        ("Quill Point actors said so.", "Quill Point", False),  # no person named after
    ],
)
def test_cast_cue(gazetteer: Gazetteer, text: str, name: str, expected: bool) -> None:
    assert cast_title(_cand(text, name), text, name, gazetteer) is expected


# --- songs and titles after their kind -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Fans loved the song Quillstone, which reached number two.", "Quillstone"),
        ("The band's recent single Copper Lantern reached number six.", "Copper Lantern"),
        ("It was Dorian Quell single Misread that stayed top.", "Misread"),
    ],
)
def test_a_song_after_its_kind_is_a_title(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Austrians dislike the song Quillmark, a folk tune.", "Quillmark"),
        ("U2 won for their hit Vantage, a rock anthem.", "Vantage"),
        ("It sampled Martika's 1980s hit Tin Drums.", "Tin Drums"),
        ("The horror movie The Grellwood cost $10m.", "Grellwood"),
        ("Nominated for the film The Quarrier, she wept.", "Quarrier"),
        ("The ballad Kelpwind closed the show.", "Kelpwind"),
        ("The show Quiet Harbour highlights new talent.", "Quiet Harbour"),  # a sentence's "The"
        ("The single Marlow Lights went in at six.", "Marlow Lights"),
    ],
)
def test_song_and_article_titles(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert titled_by_kind(_cand(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("High fuel prices hit Tarvo Airways' profits.", "Tarvo Airways"),  # "hit" a verb
        ("Storm Kelda hit Tarvo Mining hard.", "Tarvo Mining"),  # and so after a name
        ("Police said they would track Quorvex shipments.", "Quorvex"),  # "track" a verb
        ("Officials want to single Tarvo Bank out.", "Tarvo Bank"),  # "single" a verb
        ("The song Harbor Town Blues opened the night.", "Harbor Town"),  # the model cut a longer title
        ("Drivers praised the Formula One track Kelvercourt, which is fast.", "Kelvercourt"),  # a circuit
        ("Analysts said Monday's hit Quorvex hardest.", "Quorvex"),  # a day's possessive
        ("The storm's first hit Quellmoor at dawn.", "Quellmoor"),  # a storm's
        ("In March's hit Tarvo lost most, traders said.", "Tarvo"),  # a month's
    ],
)
def test_no_song_without_its_kind(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert not titled_by_kind(_cand(text, name), text, name, gazetteer)


# --- a title's tail after "of" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Web of Angels and Shadow of the Quellmoor Legion were her first novels.", "Quellmoor Legion"),
        ("The remake of Attack of the Marlow Society opens on Friday.", "Marlow Society"),
        ("Critics praised Shadow of the Harbor Guild, the third book.", "Harbor Guild"),
    ],
)
def test_a_titles_tail_is_no_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert name not in types, types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was streaming Shadow of the Kelp Raider at 4K resolution.", "Kelp Raider"),
        ("Morrisons, Woolworths, Tower of Kelby and Big Food all said trade was weak.", "Kelby"),
        ("Her blog, known as Lament of the Kelvar Sky, was read widely.", "Kelvar Sky"),
    ],
)
def test_title_tail_cue(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert title_tail(_cand(text, name), text, gazetteer, frozenset())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of Tarvo Mining rose 5%.", "Tarvo Mining"),  # a sentence's first word
        ("Glen Wood, Vice President of Quorvan Securities, disagreed.", "Quorvan Securities"),  # a title
        ("He bought Eurobonds of Kelp Capital B.V. last week.", "Kelp Capital B.V."),  # a corporate suffix
        ("Jo Roe, Fellow of the Kelby Society, spoke.", "Kelby Society"),  # a member's word
        ("Ms Roe, Director of Harbor Affairs, spoke.", "Harbor Affairs"),  # an office
        ("The Republic of Tarvia protested.", "Tarvia"),  # a state's word
        ("A trader at Tarvo Bank of Quellmoor Holdings said so.", "Quellmoor Holdings"),  # a head word
        ("It is one of the Kelby Partners funds.", "Kelby Partners"),  # a small word
        ("Officials from the Town of Quellbury said so.", "Quellbury"),  # a level of government
        ("He wrote to the Municipality of Tarvoline on Monday.", "Tarvoline"),
        ("Staff of the Parish of Kelverne met.", "Kelverne"),
        ("A letter from the Archdiocese of Quellmoor was read.", "Quellmoor"),  # a church's
    ],
)
def test_no_title_tail_without_its_cue(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert not title_tail(_cand(text, name), text, gazetteer, frozenset())


def test_a_name_ending_before_of_keeps_the_body(gazetteer: Gazetteer) -> None:
    text = "Prices will rise, said Telzrow of Eppler Brokers on Monday."
    end = text.index("Telzrow") + len("Telzrow")
    assert not title_tail(_cand(text, "Eppler Brokers"), text, gazetteer, frozenset({end}))
    assert title_tail(_cand(text, "Eppler Brokers"), text, gazetteer, frozenset())


def test_a_given_name_before_makes_a_person_of_the_word(gazetteer: Gazetteer) -> None:
    text = "Prices will rise, said analyst Dana Telzrow of Eppler Brokers on Monday."
    assert not title_tail(_cand(text, "Eppler Brokers"), text, gazetteer, frozenset())


# --- a venue where people meet, record or a date is ---------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The G8 ministers will meet at Quellmoor Gleneagles in Scotland.", "Quellmoor Gleneagles"),
        ("Thousands gathered at Hartsfield Odeon on Saturday night.", "Hartsfield Odeon"),
        ("The band recorded at Hammerfield Odeon in London.", "Hammerfield Odeon"),
    ],
)
def test_where_people_meet_is_a_venue(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "LOCATION", types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The sides meet again at Tarvfield on 1 February.", "Tarvfield"),
        ("The riders compete Oct. 28-29, at Kelverdge in Chesapeake City.", "Kelverdge"),
        ("The show opens on Saturday at Quornbury, a farm.", "Quornbury"),
        ("The band recorded at Quellhaven in Tarvia last spring.", "Quellhaven"),  # a place's cue after
    ],
)
def test_venue_cue(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert event_venue(_cand(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ian Roe, economist at Quorvex Capital in New York, said so.", "Quorvex Capital"),  # a job's body
        ("He spoke on Monday at Zorvex's annual meeting.", "Zorvex"),  # the owner of what happens
        ("The ministers met at Kelby University on Monday.", "Kelby University"),  # a body's head word
        ("They met at Netflix on Monday.", "Netflix"),  # a listed body
        ("Analysts at Tarvo Park Rangers said so.", "Tarvo Park Rangers"),  # no cue word
        ("Executives held a meeting at Quorvex on Friday.", "Quorvex"),  # a firm's meeting
        ("Analysts noted the profit recorded at Quorvex last year.", "Quorvex"),  # a firm's books
        ("The board held a meeting at Quorvex in March.", "Quorvex"),  # a month is no place's cue
    ],
)
def test_no_venue_without_its_cue(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert not event_venue(_cand(text, name), text, name, gazetteer)


# --- a stat's letters in a line of counts ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He had 12 points, 3 REB, 2 AST in the win.", "REB"),
        ("Stats: 5 tackles (3 solo), 2 TFL, 1 FF.", "TFL"),
        ("He went 2 for 4 with 3 RBI, 1 HR in the game.", "RBI"),
        ("She finished with 20 PTS, 11 REB and 4 BLK.", "PTS"),
    ],
)
def test_a_stats_letters_are_no_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert name not in types, types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The deal gave 2 BBC journalists a raise, 3 ZDF staff too.", "BBC"),  # a noun after it
        ("The 3 ZBC, a broadcaster, said so.", "ZBC"),  # no count beside it
        ("In 2019 NATO, 3 members said so.", "NATO"),  # a year before it
        ("Count 1 Quorvex, 2 Tarvo.", "Quorvex"),  # no capitals alone
        ("The blast left 3 soldiers, 2 ZBC journalists hurt.", "ZBC"),  # a noun after, a count before
    ],
)
def test_letters_without_a_stat_line_stay(text: str, name: str) -> None:
    start = text.index(name)
    cand = Candidate("body", start, start + len(name), "ORGANIZATION", "ner")
    assert not names_nothing(cand, text, name)


# --- a sentence's first word describing the company after it --------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Budget carriers Tarvo Air and Kelby Jet are planning to expand.", "Budget"),
        ("Upscale department store Marlowe said sales rose.", "Upscale"),
        ("Sales dipped. Opera band Il Quarto have moved up one place.", "Opera"),
        ("Budget airline Tarvo Jet is to add routes.", "Budget"),
    ],
)
def test_a_describing_first_word_is_no_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert name not in types, types


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Software giant Quorvex is taking the plunge.", "Software", True),
        ("Prices rose. Mystery firm Kelby Finance Group is registered.", "Mystery", True),
        ("Quorvex group CEO Jo Roe said sales rose.", "Quorvex", False),  # a title after the noun
        ("Sales at Quorvex group Tarvo rose.", "Quorvex", False),  # no sentence's start
        ("ZBC firm Tarvo said so.", "ZBC", False),  # capitals alone
        ("Netflix group Tarvo said so.", "Netflix", False),  # a listed body
        ("Dana firm Tarvo said so.", "Dana", False),  # a given name
        ("Quorvex said its firm Tarvo grew.", "Quorvex", False),  # a verb before the noun phrase
        ("Quorvex rival firm Tarvo said so.", "Quorvex", False),  # a relation between two firms
        ("Quorvex parent company Tarvo Holdings grew.", "Quorvex", False),
        ("Prices rose. Kelvar sister company Marlo Air said so.", "Kelvar", False),
    ],
)
def test_descriptor_cue(gazetteer: Gazetteer, text: str, name: str, expected: bool) -> None:
    assert company_descriptor(_cand(text, name), text, gazetteer) is expected
