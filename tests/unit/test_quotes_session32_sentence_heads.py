"""Who a description or a pronoun in a tag means when the sentence right before names the subject
(issue 14, session 32, BBC pages). Made-up texts.

1. A definite description of a person (`the top seed`, `the American`, `the prop`, `the
   chancellor`) that no role or reach settles is the person heading the sentence right before
   the tag's own, though others are named in reach. It had been null.
2. A body's name and a role before a name (`Forest manager Jim Dolan conceded ...`) let that name
   head its sentence for a `he said` in the next one: the pronoun is that person's, not the
   paragraph's earlier speaker's.
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _speakers(body: str, names: tuple[tuple[str, str], ...]) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name, forms=(surname,)) for name, surname in names]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


_KEARNS = 'Ryan Kearns echoed his coach. "We are confident," Kearns said.'
_TENNIS = (("Dan Ferrow", "Ferrow"), ("Luc Marin", "Marin"), ("Pavel Orbe", "Orbe"))


@pytest.mark.parametrize(
    "body",
    [
        # the subject of the sentence before, with two other players named in reach
        "Dan Ferrow beat Luc Marin 6-1 6-2 and will meet Pavel Orbe next. Ferrow, who lost here last"
        ' year, was happy with his form. "I am playing very well this week," said the champion.',
        # a nationality, the subject after a conjunction and an aside
        "Dan Ferrow beat Luc Marin 6-1 6-2 and will meet Pavel Orbe next. And Marin, who was beaten"
        ' for power, said Ferrow was the better player. "He played much better than me," said the American.',
        # a role noun the lists lacked, after a quoted sentence that closes before the subject
        'Luc Marin was beaten by Dan Ferrow. "It was a hard day." Pavel Orbe insisted the side was'
        ' strong. "We will win the scrum," the prop said.',
    ],
)
def test_description_takes_the_head_of_the_sentence_before(body: str) -> None:
    expected = {"champion": "Dan Ferrow", "American": "Luc Marin", "prop": "Pavel Orbe"}
    noun = next(k for k in expected if f"the {k} said" in body or f"said the {k}" in body)
    assert _speakers(body, _TENNIS)[-1] == expected[noun]


def test_chancellor_is_a_person_noun() -> None:
    body = 'Jon Tarrow arrived in Kinton on Monday.\n\n"We make this offer freely," the chancellor said.'
    assert _speakers(body, (("Jon Tarrow", "Tarrow"),)) == ["Jon Tarrow"]


@pytest.mark.parametrize(
    "body",
    [
        # the sentence before is headed by no person: null as before
        "Dan Ferrow beat Luc Marin 6-1 6-2 and will meet Pavel Orbe next. The weather was cold"
        ' all week. "I am playing very well this week," said the champion.',
        # the sentence before names its person only as an object
        "Dan Ferrow beat Luc Marin 6-1 6-2 and will meet Pavel Orbe next. The crowd cheered"
        ' for Marin all day. "He played much better than me," said the American.',
        # a woman heads the sentence before a description that says a man
        "Dan Ferrow beat Luc Marin 6-1 6-2 and will meet Pavel Orbe next. Ann Vale, who coaches"
        ' Marin, was pleased. "It was a fine match," said the Frenchman.',
    ],
)
def test_description_without_a_head_before_stays_null(body: str) -> None:
    names = (*_TENNIS, ("Ann Vale", "Vale"))
    assert _speakers(body, names)[-1] is None


@pytest.mark.parametrize(
    "middle",
    [
        "Forest manager Jim Dolan conceded his side had been poor.",
        "Harbour City boss Jim Dolan was less happy.",
        "Acme chief executive Jim Dolan looked tired after the talks.",
        "Kinton Rovers striker Jim Dolan missed a penalty late on.",
    ],
)
def test_body_and_role_before_a_name_head_the_sentence(middle: str) -> None:
    body = f'{_KEARNS} {middle} "If you play like that you lose," he said.'
    names = (("Ryan Kearns", "Kearns"), ("Jim Dolan", "Dolan"))
    assert _speakers(body, names) == ["Ryan Kearns", "Jim Dolan"]


@pytest.mark.parametrize(
    "middle",
    [
        # a subordinate clause, not the sentence's subject
        "When Forest manager Jim Dolan arrived, the crowd was quiet.",
        # the name after a preposition
        "The crowd sang for Forest manager Jim Dolan all day.",
        # one sentence further back, a description of the speaker between
        "Forest manager Jim Dolan held talks with Kearns. The former captain added that he was calm.",
    ],
)
def test_body_and_role_near_misses_keep_the_speaker(middle: str) -> None:
    body = f'{_KEARNS} {middle} "If you play like that you lose," he said.'
    names = (("Ryan Kearns", "Kearns"), ("Jim Dolan", "Dolan"))
    assert _speakers(body, names) == ["Ryan Kearns", "Ryan Kearns"]


# ---------------------------------------------------------------- a spokesperson for a mistyped body


@pytest.mark.parametrize(
    ("body", "name", "type_"),
    [
        (
            '"We cannot put a date on it," a Kinton League spokesman confirmed to Radio North.',
            "Kinton League",
            "EVENT",
        ),
        ('A Harbour Street spokeswoman said: "We cannot put a date on it."', "Harbour Street", "LOCATION"),
        ('"We cannot put a date on it," a spokesperson for Velora Cup said.', "Velora Cup", "MISC"),
        ('"We cannot put a date on it," a Velora spokesman said.', "Velora", "PRODUCT"),
    ],
)
def test_spokesperson_speaks_for_a_mistyped_body(body: str, name: str, type_: str) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, name, type_=type_)]))
    assert [q.speaker_name for q in quotes] == [name]


@pytest.mark.parametrize(
    ("body", "name", "type_"),
    [
        # a people, not a body
        ('"We cannot put a date on it," a Norlandic spokesman said.', "Norlandic", "NORP"),
        # a lower-case word between the name and the noun: someone else's spokesman
        ('"We cannot put a date on it," a Kinton council spokesman said.', "Kinton", "LOCATION"),
        # the name is not the whole of the phrase
        ('"We cannot put a date on it," a spokesman at the Velora Cup final said.', "Velora Cup", "EVENT"),
    ],
)
def test_spokesperson_near_misses_stay_null(body: str, name: str, type_: str) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, name, type_=type_)]))
    assert [q.speaker_name for q in quotes] == [None]


def test_club_typed_a_person_heads_no_sentence() -> None:
    body = 'Kinton have signed midfielder Jon Tarrow.\n\n"It was an easy decision," the 34-year-old said.'
    assert _speakers(body, (("Kinton", "Kinton"), ("Jon Tarrow", "Tarrow"), ("Ann Vale", "Vale")))[-1] is None


# ---------------------------------------------------------------- a medium named with its noun


@pytest.mark.parametrize(
    "body",
    [
        "Roe earned more than any other star in US magazine Tidal Beat's annual list.\n\n"
        '"Roe returned to centre stage after a decade away," the magazine reported.',
        'Roe topped the list, according to Tidal Beat magazine. "Roe is back," the magazine said.',
        'Roe topped the list drawn up by the journal Tidal Beat. "Roe is back," said the journal.',
    ],
)
def test_medium_named_with_its_noun(body: str) -> None:
    article = _article(body)
    entities = [_entity(article, "Tidal Beat", type_="ORGANIZATION"), _entity(article, "Roe")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == ["Tidal Beat"]


@pytest.mark.parametrize(
    "body",
    [
        # the body is not named as a magazine
        'Roe topped the list drawn up by Tidal Beat. "Roe is back," the magazine said.',
        # an indefinite magazine is some other one
        'Roe topped the list in Tidal Beat magazine. "Roe is back," a magazine said.',
    ],
)
def test_medium_near_misses_stay_null(body: str) -> None:
    article = _article(body)
    entities = [_entity(article, "Tidal Beat", type_="ORGANIZATION"), _entity(article, "Roe")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == [None]


def test_spokesperson_for_a_name_also_typed_a_body_keeps_the_body_rules() -> None:
    # one mention read a body, a later one a place (the entity stage split the name): the
    # spokeswoman's reported clause and her later quote stay the body's, as before session 32
    body = (
        "A spokesman for the Harlow Centre said sales were up. The Harlow Centre spokeswoman said"
        ' about 8,000 cars had arrived at the centre on Saturday. "We expect the same next week," she added.'
    )
    article = _article(body)
    org = _entity(article, "Harlow Centre", type_="ORGANIZATION")
    place = _entity(article, "Harlow Centre", type_="LOCATION")
    org = org.model_copy(update={"mentions": org.mentions[:1], "id": "ent_org"})
    place = place.model_copy(update={"mentions": place.mentions[1:], "id": "ent_place"})
    quotes = extract_quotes(article, [org, place])
    assert [(q.kind, q.speaker_name) for q in quotes if q.kind != "partial"][-2:] == [
        ("indirect", "Harlow Centre"),
        ("direct", "Harlow Centre"),
    ]
