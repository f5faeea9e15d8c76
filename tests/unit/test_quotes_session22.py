"""The quote stage on web copy, session 22 (issue 14): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

# --------------------------------------------------------------------------- a dated opening phrase

_SPOKE = "Hart said he meets voters every week in his district office."
_WORDS = '"The harbour will not survive another winter," he said.'


def _dated_case(middle: str) -> str | None:
    """The speaker of '"...," he said' after ``middle``, once Tom Hart has spoken."""
    article = _article(f"{_SPOKE} {middle} {_WORDS}")
    entities = [_entity(article, "Joe Bell", forms=("Bell",)), _entity(article, "Tom Hart", forms=("Hart",))]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "middle",
    [
        # a full date ("May 23, 2015,") holds a comma of its own: the opening phrase ran to that
        # comma only, so the name after it did not head its sentence and "he" went back to Hart
        "In a video dated May 23, 2015, Bell declared himself a candidate for mayor.",
        "On Dec. 5, 2014, Bell filed his papers to run for the seat.",
        "In a letter dated March 2, 2019, Bell asked the council for help.",
        "By June 30, 2021, Bell had signed up four hundred volunteers.",
    ],
)
def test_a_name_after_a_dated_opening_phrase_heads_its_sentence(middle: str) -> None:
    assert _dated_case(middle) == "Joe Bell"


@pytest.mark.parametrize(
    "middle",
    [
        # the name is an object, the date sits later in the sentence: Hart goes on
        "He met Bell, a rival, on May 23, 2015, in the town hall.",
        # a number and its comma that is no date before a year ("In 12, 30 ..."): no opening
        "In all, 12, 30 or more people came, and Bell was not among them.",
        # a list of places with commas is no opening phrase
        "In Ayr, Troon, Irvine and Largs, Bell was booed by the crowds.",
    ],
)
def test_near_misses_of_a_dated_opening_keep_the_last_speaker(middle: str) -> None:
    assert _dated_case(middle) == "Tom Hart"


# --------------------------------------------------------------------------- "In Roe's words,"


def _words_case(body: str) -> list[tuple[str, str | None]]:
    article = _article(body)
    entities = [_entity(article, "Dr. Ana Ruiz", forms=("Dr. Ruiz", "Ruiz")), _entity(article, "Tom Hart")]
    return [(q.kind, q.speaker_name) for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "body",
    [
        # a lead-in with no verb that names whose words follow: the quote had no speaker
        "Tom Hart led the study. In Dr. Ruiz\u2019s words, \u201cThe brain decides before we see it.\u201d",
        'Tom Hart led the study. In the words of Dr. Ruiz, "The brain decides before we notice it."',
        'Tom Hart led the study. In Ruiz\'s own words: "The brain decides before we notice it."',
        'Tom Hart led the study, and in Ruiz\'s words, "The brain decides before we notice it."',
    ],
)
def test_a_words_lead_in_names_the_speaker(body: str) -> None:
    assert _words_case(body) == [("direct", "Dr. Ana Ruiz")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "in other words" names no one: unchanged
        ('Tom Hart led the study. In other words, "The brain decides before we notice it."', None),
        # an attribution after the mark still wins
        ('In Ruiz\'s words, "The brain decides before we notice it," Hart said.', "Tom Hart"),
    ],
)
def test_near_misses_of_a_words_lead_in_stay(body: str, speaker: str | None) -> None:
    assert _words_case(body) == [("direct", speaker)]


def test_the_words_of_a_song_stay_no_quote() -> None:
    # a work's words name no entity: no quote, as before (lyrics are no one's speech)
    body = 'Tom Hart led the study. In the words of the old song, "The brain decides before we notice it."'
    assert _words_case(body) == []


# --------------------------------------------------------------------------- ', says Roe,' inside a sentence


def _aside_case(body: str) -> list[tuple[str, str | None]]:
    article = _article(body)
    entities = [_entity(article, "Ann Bell", forms=("Bell", "Dr. Ann Bell")), _entity(article, "Tom Hart")]
    return [(q.kind, q.speaker_name) for q in extract_quotes(article, entities)]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # the verb comes before the name inside commas: the words before the verb are the
        # sentence's subject and name no one, so the quote had no speaker
        ('The key to the recovery, says Bell, is "to keep the shops open on weekends."', "partial"),
        ('The key to the recovery, says Dr. Ann Bell, is "to keep the shops open on weekends."', "partial"),
        ('What matters most, according to Bell, is "keeping the shops open on weekends."', "partial"),
        (
            'The main reason clients leave, writes Bell, is "it is always about communication, every time."',
            "direct",
        ),
    ],
)
def test_a_verb_first_aside_names_the_speaker(body: str, kind: str) -> None:
    assert _aside_case(body) == [(kind, "Ann Bell")]


@pytest.mark.parametrize(
    ("body", "quotes"),
    [
        # the name before the verb: unchanged
        (
            'The key to the recovery, Bell said, is "to keep the shops open on weekends."',
            [("partial", "Ann Bell")],
        ),
        # a thing after the verb names no one: no speaker made up
        ('The key, says the report, is "to keep the shops open on weekends."', [("partial", None)]),
        # a subject that names a person keeps it, whatever follows the verb
        (
            'Tom Hart, the mayor, says Bell, his rival, is "a danger to the whole town."',
            [("partial", "Tom Hart")],
        ),
    ],
)
def test_near_misses_of_a_verb_first_aside_stay(body: str, quotes: list[tuple[str, str | None]]) -> None:
    assert _aside_case(body) == quotes


# --------------------------------------------------------------------------- "Roe's response:"

_SHOP = '"We will keep the shop open every weekend this year."'


def _owned_case(lead: str) -> list[tuple[str, str | None]]:
    article = _article(f"Ann Bell runs a bakery in Leeds.\n\n{lead} {_SHOP}")
    entities = [_entity(article, "Ann Bell", forms=("Bell",))]
    return [(q.kind, q.speaker_name) for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "lead",
    [
        # a possessor heading a colon lead-in with a noun of speech: the possessor's words; the
        # possessive had made the lead-in name no one
        "Bell's response:",
        "Bell\u2019s message to voters was clear:",
        "Bell's view:",
        "Bell's advice for new owners is simple:",
    ],
)
def test_the_owner_of_words_named_by_a_noun_of_speech_says_them(lead: str) -> None:
    assert _owned_case(lead) == [("direct", "Ann Bell")]


@pytest.mark.parametrize(
    "lead",
    [
        # someone of Bell's is not Bell
        "Bell's lawyer was blunt:",
        # a thing of Bell's that is no speech
        "Bell's shop has a sign:",
    ],
)
def test_near_misses_of_owned_words_stay_unnamed(lead: str) -> None:
    assert _owned_case(lead) == [("direct", None)]


# --------------------------------------------------------------------------- "According to Roe:"


@pytest.mark.parametrize(
    ("lead", "verb"),
    [
        # a lead-in that names the speaker, closed by a colon instead of a comma
        ("According to Bell:", "according to"),
        ("According to Bell, who has run it for years:", "according to"),
        ("According to Ann Bell, the owner:", "according to"),
        # a lead-in with its verb, which the colon path read already: unchanged
        ("As Bell wrote on her blog:", "wrote"),
    ],
)
def test_a_lead_in_closed_by_a_colon_names_the_speaker(lead: str, verb: str) -> None:
    article = _article(f"Ann Bell runs a bakery in Leeds.\n\n{lead} {_SHOP}")
    entities = [_entity(article, "Ann Bell", forms=("Bell",))]
    assert [(q.speaker_name, q.verb) for q in _direct(extract_quotes(article, entities))] == [
        ("Ann Bell", verb)
    ]


@pytest.mark.parametrize(
    "lead",
    [
        # a document or a sign names no entity: no speaker made up, or no quote at all
        "According to the report:",
        "As the sign on the door says:",
    ],
)
def test_near_misses_of_a_lead_in_closed_by_a_colon(lead: str) -> None:
    article = _article(f"Ann Bell runs a bakery in Leeds.\n\n{lead} {_SHOP}")
    entities = [_entity(article, "Ann Bell", forms=("Bell",))]
    assert all(q.speaker_name is None for q in extract_quotes(article, entities))


# --------------------------------------------------------------------------- "For Roe, ...:"


def _for_case(lead: str) -> list[str | None]:
    article = _article(f"Ann Bell runs a bakery in Leeds.\n\n{lead} {_SHOP}")
    entities = [_entity(article, "Ann Bell", forms=("Bell",)), _entity(article, "Tom Hart", forms=("Hart",))]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "lead",
    [
        # an opening "For <name>," before a colon lead-in naming no one else: that person's view
        "For Bell, the answer is simple:",
        "For Bell, it was never in doubt:",
        "For Ann Bell, the choice came down to one thing:",
    ],
)
def test_a_for_name_opening_names_the_speaker(lead: str) -> None:
    assert _for_case(lead) == ["Ann Bell"]


@pytest.mark.parametrize(
    "lead",
    [
        # someone else named after the opening: left to the usual rules
        "For Bell, the answer from Hart was simple:",
        # someone of Bell's
        "For Bell\u2019s staff, the answer is simple:",
    ],
)
def test_near_misses_of_a_for_name_opening_stay(lead: str) -> None:
    assert _for_case(lead) == [None]
