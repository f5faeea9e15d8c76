"""People the model never made, named in a quote's tag or after a courtesy title (issue 11,
session 33): a lone name in a tag with a person's cue ('," Zorvo recently said' with "I" in the
quote), a surname after "Mr"/"Ms" where no full name is written, a titled name the model read
as a body ("Ms Tarrowby", "Later Ms Marwick"), a barrister's "QC", two unknown words opening a
sentence on "is <a person's role>", and a party's word before a name ("Tory Ada Quellwood").
Each quote then has its speaker. Near misses keep their old reading: a club, a firm, a noun of
people, a date word, a firm's role. Names and sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.events import Article, Body
from consumer.quotes import extract_quotes
from tests.unit.entity_texts import types_of


def _article(body: str) -> Article:
    return Article(
        id="a",
        story_id="a",
        headline="",
        body=Body(text=body, paragraphs=body.split("\n\n"), word_count=len(body.split())),
    )


def _read(extractor: EntityExtractor, body: str) -> tuple[dict[str, str], list[str | None]]:
    article = _article(body)
    entities = extractor.extract([article])[0]
    quotes = extract_quotes(article, entities)
    return types_of(entities), [q.speaker_name for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            'The band\'s new record is out. "We wanted to make something bolder and I think we did," '
            "Zorvo recently said. Critics agreed.",
            "Zorvo",
        ),
        (
            'The rapper was modest. "I only wanted to make songs my friends would listen to," Dizzo once '
            "said.",
            "Dizzo",
        ),
        (
            'The guitarist left the band in 1999. "I was tired of the road and I missed my family," Slinko '
            "later said.",
            "Slinko",
        ),
        (
            'The winger is unhappy with the offer. And Jelo, 26, added: "My brother is due to come to '
            'London on Thursday."',
            "Jelo",
        ),
        (
            'The midfielder is out of contract. Tavinho, 29, said: "I have not had an offer I like and I '
            'will wait."',
            "Tavinho",
        ),
        (
            "Offices shut across the region. Piers Quellove is senior benefit officer at the tax office "
            'in town. He said: "Most people stayed away because they fear for their jobs."',
            "Piers Quellove",
        ),
        (
            "The minister resigned last month. Tory Ada Quellwood branded the handling of the affair as "
            '"a disgrace". But shadow home secretary Mr Quellwood said: "I do not think this can simply '
            'be brushed aside."',
            "Ada Quellwood",
        ),
        (
            "The senator spoke in the capital. Republican Dana Marwick called the bill reckless. Later Ms "
            'Marwick said: "I will vote against it."',
            "Dana Marwick",
        ),
    ],
)
def test_a_missed_person_in_a_tag_speaks(extractor: EntityExtractor, body: str, person: str) -> None:
    types, speakers = _read(extractor, body)
    assert types.get(person) == "PERSON", types
    assert speakers == [person]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "The bank cut rates. Mr Quillfeather blames the euro for stifling demand across the region.",
            "Quillfeather",
        ),
        (
            "Talks ended without a deal. Ms Tarrowby said the union would ballot its members next week.",
            "Ms Tarrowby",
        ),
        (
            "The chairman of the Bar Council, Harold Quimbey QC has warned there is a real risk that "
            "people will suffer.",
            "Harold Quimbey",
        ),
        ("The inquiry heard from Dalia Venmoor QC, who represents the families.", "Dalia Venmoor"),
        (
            "The head of the Bar Council, Guy Swindon QC has warned that legal aid cuts will hurt.",
            "Guy Swindon",
        ),
    ],
)
def test_a_courtesy_title_or_a_barristers_letters_make_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    types, _ = _read(extractor, body)
    assert types.get(person) == "PERSON", types
    assert not any(name.endswith(" QC") for name in types), types


@pytest.mark.parametrize(
    "body",
    [
        'The club rejected the bid. "We will not sell our best players," Arsenal said. Talks ended.',
        'Shares fell on the news. "Our margins were squeezed by higher costs this quarter," Quorvel said.',
        'The storm hit on Monday. "It was the worst I have seen," Police said.',
        'The report was published. "I think the figures speak for themselves," Analysts said.',
        'Traffic was heavy. "I could not get through," Monday said.',
    ],
)
def test_a_tag_word_without_a_persons_cue_or_a_common_word_stays_nobody(
    extractor: EntityExtractor, body: str
) -> None:
    types, speakers = _read(extractor, body)
    assert "PERSON" not in types.values(), types
    assert speakers == [None]


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            'Bids are due next week. Kelvar Mining is the main contractor on the project. It said: "We '
            'expect to finish on time."',
            "Kelvar Mining",
            "ORGANIZATION",
        ),
        (
            "Harlow Bank was the official sponsor of the race. Fans came in thousands.",
            "Harlow Bank",
            "ORGANIZATION",
        ),
    ],
)
def test_a_firms_role_keeps_the_firm(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types, _ = _read(extractor, body)
    assert types.get(name) == kind, types


def test_a_story_persons_surname_in_a_tag_stays_that_person(extractor: EntityExtractor) -> None:
    types, speakers = _read(
        extractor, 'The firm hired Jo Tarrant in May. "I am delighted to join," Tarrant said.'
    )
    assert [n for n, t in types.items() if t == "PERSON"] == ["Jo Tarrant"]
    assert speakers == ["Jo Tarrant"]
