"""MISC and PRODUCT recall by class (issue 11), pinned on sentences written for the tests.

Every title, model and name here is made up; the rules read the shape of the text around a name
(words only a work follows, a maker before a model number), never a list of titles.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.candidates import Candidate
from consumer.entities.retype.works import quoted_work
from tests.unit.entity_texts import entities_of as _entities
from tests.unit.entity_texts import types_of as _types

# --------------------------------------------------------------------------- titles in quotation marks


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ('The "Quiet Fields" star said she would return to the stage.', "Quiet Fields"),
        ('He directed a lavish adaptation of "Stone and Salt" last year.', "Stone and Salt"),
        ("The actor phoned in from the Chicago set of “Greyhaven,” a crime drama.", "Greyhaven"),
        ("She landed a role in “Ash & Ember” after her debut.", "Ash & Ember"),
        (
            "One card, a poem titled “Winter Roads, Camel Station,” won an award.",
            "Winter Roads, Camel Station",
        ),
        ("He hosted a live show called “Ask Dr. Bob” at conventions.", "Ask Dr. Bob"),
    ],
)
def test_a_quoted_title_after_or_before_words_only_a_work_takes_is_misc(
    extractor: EntityExtractor, body: str, title: str
) -> None:
    assert _types(_entities(extractor, body)).get(title) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "“No,” he said. “Thank You,” she added.",  # speech, no cue
        "The set of “rules” was long and hard to follow.",  # lower case: a term
        "Fans said the season of “rebuilding” was finally over.",  # a cue, but a lower-case term
        "The “Harbor Lights” were switched off at midnight.",  # no cue after the marks
    ],
)
def test_quoted_words_without_a_work_cue_are_no_title(extractor: EntityExtractor, body: str) -> None:
    assert "MISC" not in _types(_entities(extractor, body)).values()


def test_a_quoted_event_keeps_its_type(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "The “Black Friday” sales started early this year."))
    assert found.get("Black Friday") != "MISC"


def test_a_model_product_that_fills_quotation_marks_is_a_title(extractor: EntityExtractor) -> None:
    text = "Her films (“The Lantern,” “Cold Harbor”) drew crowds."
    start = text.index("Lantern")
    cand = Candidate("body", start, start + len("Lantern"), "PRODUCT", "ner")
    assert quoted_work(cand, text, extractor.gazetteer)
    bare = "Her films (The Lantern, Cold Harbor) drew crowds."
    start = bare.index("Lantern")
    assert not quoted_work(Candidate("body", start, start + 7, "PRODUCT", "ner"), bare, extractor.gazetteer)


def test_a_quoted_name_the_gazetteer_knows_keeps_its_product_type(extractor: EntityExtractor) -> None:
    text = "Fans said “Android” ran well on it."
    start = text.index("Android")
    cand = Candidate("body", start, start + len("Android"), "PRODUCT", "ner")
    assert not quoted_work(cand, text, extractor.gazetteer)


# --------------------------------------------------------------------------- prizes and periods by their kind


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Marlow Prize went to a young poet this year.", "Marlow Prize"),
        ("She won the Kestrel Prize for Fiction in 2019.", "Kestrel Prize for Fiction"),
        ("The museum showed jade artworks from the Neolithic Age on Monday.", "Neolithic Age"),
        ("Bronze swords from the Warring States Period were on show.", "Warring States Period"),
        ("The tools date from the Bronze Age, the archaeologists said.", "Bronze Age"),
    ],
)
def test_a_prize_or_a_period_named_with_its_kind_is_misc(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Age reported the news on Monday.", "Age"),  # a paper's one-word name
        ("He spoke at the Harbor Film Awards in May.", "Harbor Film Awards"),  # a ceremony
    ],
)
def test_a_paper_or_a_ceremony_is_no_prize_or_period(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "MISC"


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("The letters were written in Latin, the archivist said.", "Latin"),
        ("The documents, written in Portuguese, were seized.", "Portuguese"),
        ("The statement, issued in Arabic, was read aloud.", "Arabic"),
        ("The sign was in English and French.", "French"),
    ],
)
def test_a_peoples_word_in_a_languages_place_is_misc(
    extractor: EntityExtractor, body: str, language: str
) -> None:
    assert _types(_entities(extractor, body)).get(language) == "MISC"


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Tariffs hit $156 billion in Chinese consumer goods.", "Chinese"),  # it modifies a noun
        ("Goods made in Chinese and American plants sold well.", "American"),
        ("He was born to Spanish parents in Madrid.", "Spanish"),
    ],
)
def test_a_peoples_word_before_what_it_modifies_stays_norp(
    extractor: EntityExtractor, body: str, people: str
) -> None:
    assert _types(_entities(extractor, body)).get(people) == "NORP"


# --------------------------------------------------------------------------- bare titles after their kind


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "It is the only way to watch the new space TV series, The Long Watch, which airs today.",
            "The Long Watch",
        ),
        ("Her third novel, Salt Roads, came out in May.", "Salt Roads"),
        ("In his new book, The Quiet Coast, he writes about the sea.", "The Quiet Coast"),
        ("The fund released a report titled World Harbor Outlook on Tuesday.", "World Harbor Outlook"),
    ],
)
def test_a_bare_title_set_off_after_its_kind_is_misc(
    extractor: EntityExtractor, body: str, title: str
) -> None:
    assert _types(_entities(extractor, body)).get(title) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "In the film, Jane Roe plays a nurse.",  # a clause's subject, no comma after it
        "After the show, Paris was quiet.",  # a listed place
        "He loved the movie, Smith said.",
        "The film, Monday, was a hit.",  # a date
    ],
)
def test_a_subject_or_a_listed_name_after_the_kind_is_no_title(extractor: EntityExtractor, body: str) -> None:
    assert "MISC" not in _types(_entities(extractor, body)).values()


# --------------------------------------------------------------------------- models of a named series


@pytest.mark.parametrize(
    ("body", "model"),
    [
        ("The QX 1660 Ti beats the QX 1060 in most games.", "QX 1060"),
        ("The Vireo 7 Pro is faster than the Vireo 6, reviewers said.", "Vireo 6"),
        ("Its Tarno 12 phone replaced the Tarno 9 last spring.", "Tarno 9"),
    ],
)
def test_a_bare_number_after_a_series_the_text_names_is_a_model(
    extractor: EntityExtractor, body: str, model: str
) -> None:
    assert _types(_entities(extractor, body)).get(model) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Tarno 9 was on sale in May.", "Tarno 9"),  # no model of the series with a cue
        ("The Route 5 Pro phone sold out; Route 66 was busy.", "Route 66"),  # a reference's head
        ("The Vireo 7 Pro sold well, unlike the Vireo 2019 range.", "Vireo 2019"),  # a year
    ],
)
def test_a_bare_number_without_a_named_series_is_no_model(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- a maker and a model number


@pytest.mark.parametrize(
    ("body", "model"),
    [
        ("The airline flies a Boeing 777 between the two cities.", "Boeing 777"),
        ("Another Airbus 380 landed at the airport on Monday.", "Airbus 380"),
        ("She still carries a Nokia 110 for emergencies.", "Nokia 110"),
    ],
)
def test_a_listed_maker_and_a_bare_model_number_after_an_article_is_a_product(
    extractor: EntityExtractor, body: str, model: str
) -> None:
    assert _types(_entities(extractor, body)).get(model) == "PRODUCT"


@pytest.mark.parametrize(
    "body",
    [
        "He gave Apple 500 dollars for the rights.",  # no article: a count after the name
        "Boeing 777 orders rose in May.",
        "The Kestrel 777 crashed on Monday.",  # no listed maker
    ],
)
def test_a_number_after_a_maker_without_an_article_is_no_model(extractor: EntityExtractor, body: str) -> None:
    assert "PRODUCT" not in _types(_entities(extractor, body)).values()


# --------------------------------------------------------------------------- a comma after the kind


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Jo Roe spoke about it in the Harbor Town episode, “Night Club Rules.”", "Night Club Rules"),
        ("Her new memoir, “Out of the Quiet,” reached the shops in May.", "Out of the Quiet"),
        ('They sang songs from the album, "Glass Orchard Nights," at the fair.', "Glass Orchard Nights"),
        ("Critics liked the episode “Lantern Keepers” best of all.", "Lantern Keepers"),
    ],
)
def test_a_quoted_title_after_the_kind_and_a_comma_is_misc(
    extractor: EntityExtractor, body: str, title: str
) -> None:
    assert _types(_entities(extractor, body)).get(title) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "After the show, “we were all tired,” Roe said.",  # lower case: speech after the kind
        "I loved the show, “honestly,” Roe said.",  # a lower-case aside
        "The episode, “in my view,” went too far.",  # lower-case aside
    ],
)
def test_quoted_speech_after_the_kind_and_a_comma_is_no_title(extractor: EntityExtractor, body: str) -> None:
    assert "MISC" not in _types(_entities(extractor, body)).values()


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Jo Roe spoke about it in the Harbor Town episode, “Girls’ Club.”", "Girls’ Club"),
        ('She won a role in "Two Brothers’ Farm" after her debut.', "Two Brothers’ Farm"),
        ("Viewers loved the documentary “The Miners’ Road” last winter.", "The Miners’ Road"),
    ],
)
def test_a_plurals_apostrophe_inside_double_marks_stays_in_the_title(body: str, title: str) -> None:
    assert [body[s:e] for s, e in rules.work_titles(body)] == [title]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("The film ‘Lost Boys’ Roe loved was shown again.", "Lost Boys"),  # a single mark closes
        ("The film “Lost Boys” Roe loved was shown again.", "Lost Boys"),
        ("The song “Takin’ It Home” played twice.", "Takin’ It Home"),
    ],
)
def test_titles_around_an_apostrophe_keep_their_end(body: str, title: str) -> None:
    assert [body[s:e] for s, e in rules.work_titles(body)] == [title]


# --------------------------------------------------------------------------- bare titles after a comma


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("The new exhibition, Salt and Light, opens Friday at the Kestrel Gallery.", "Salt and Light"),
        ("The final episode, Harbor Nights, aired on Sunday.", "Harbor Nights"),
        ("The fourth episode, Cold Water Crossing, drew fans.", "Cold Water Crossing"),
    ],
)
def test_a_bare_title_after_episode_or_exhibition_and_a_comma_is_misc(
    extractor: EntityExtractor, body: str, title: str
) -> None:
    assert _types(_entities(extractor, body)).get(title) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "At the exhibition, Acme Labs, a sponsor, spoke.",  # a fronted phrase, then the subject
        "At the show, Acme Labs, a sponsor, spoke.",
        "After the episode, Dana Smith, the host, left.",
    ],
)
def test_a_name_after_a_fronted_phrase_with_the_kind_is_no_title(
    extractor: EntityExtractor, body: str
) -> None:
    assert "MISC" not in _types(_entities(extractor, body)).values()
