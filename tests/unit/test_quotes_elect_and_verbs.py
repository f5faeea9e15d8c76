"""Session 25 (issue 14), fresh web pages: '-elect' offices in descriptions, and reporting verbs
of web copy ("advised", "instructed", "had written"). Made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

# ------------------------------------------------------------ 'the president-elect said'


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "President-elect Tom Vale named Ann Roe as his counsel on Friday.\n\n"
            '"She is a tireless advocate of our plans," the president-elect said in a statement.',
            "President-elect",
        ),
        (
            "Governor-elect Tom Vale met Ann Roe and her deputy at the port.\n\n"
            '"We will rebuild the pier before the summer," the governor-elect told reporters.',
            "Governor-elect",
        ),
        (
            "Mayor-elect Tom Vale thanked Ann Roe for her support during the campaign.\n\n"
            '"The town needs a new bridge and it will get one," the Mayor-elect said.',
            "Mayor-elect",
        ),
    ],
)
def test_an_elect_description_is_the_person_of_that_office(body: str, role: str) -> None:
    article = _article(body)
    entities = [_entity(article, "Tom Vale", forms=("Vale",), role=role), _entity(article, "Ann Roe")]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name == "Tom Vale"


def test_an_elect_description_with_no_such_office_named_stays_null() -> None:
    body = (
        "Tom Vale and Ann Roe met at the port on Friday.\n\n"
        '"The town needs a new bridge and it will get one," the president-elect said.'
    )
    article = _article(body)
    entities = [_entity(article, "Tom Vale"), _entity(article, "Ann Roe")]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name is None


# ------------------------------------------------------------ verbs of advice and display


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        ('Tom Vale spoke first.\n\n"Fix the roof before you paint the walls," he advised.', "advised"),
        ('"Do not get nervous," instructed Tom Vale, the site supervisor.', "instructed"),
        ('In the preface, Tom Vale had written, "Special thanks are due to my editor."', "written"),
        ('"And the keys," Tom Vale reminded his son. "Do not forget the keys."', "reminded"),
    ],
)
def test_verbs_of_advice_and_display_attribute(body: str, verb: str) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Tom Vale")]))
    assert [(q.speaker_name, q.verb) for q in quotes][:1] == [("Tom Vale", verb)]


def test_written_far_before_the_mark_is_no_attribution() -> None:
    body = 'Tom Vale, who had written it, and his band were blindsided by "the sheer scale of it all."'
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Tom Vale")])
    assert all(q.verb != "written" for q in quotes)


# ------------------------------------------------------------ sample words, said by no one


@pytest.mark.parametrize(
    "body",
    [
        'Praise the effort, not the looks. You can say, "You worked hard on that project."',
        'Skip the comparison. You don\'t have to say, "I could never wear that colour myself."',
        'Control the lamps with phrases like, "Turn off the kitchen lights now."',
        'Why not say, "Let us be kind to one another this winter."',
    ],
)
def test_sample_words_are_no_quote(body: str) -> None:
    article = _article(body)
    assert _direct(extract_quotes(article, [])) == []


@pytest.mark.parametrize(
    "body",
    [
        # a named speaker's words given loosely stay a quote
        'Tom Vale said something like, "We will be back next year with a better boat."',
        # a real exchange told by the writer stays
        'Tom Vale told his crew, "We will be back next year with a better boat."',
    ],
)
def test_named_speakers_sample_words_stay(body: str) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Tom Vale")]))
    assert [q.speaker_name for q in quotes] == ["Tom Vale"]


# ------------------------------------------------------------ 'one former adviser' is someone new

_ADVISER = (
    '"He has always listened to ideas," said Tom Vale, an adviser to the mayor.\n\n'
    "After the interview, one former adviser said he was certain the remarks were for the crowd.\n\n"
)
_SCIENTIST = (
    '"The data are clear," said Ann Roe, a scientist at the port authority.\n\n'
    "In a letter last week, a scientist at the harbour said the readings were wrong.\n\n"
)


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (_ADVISER + '"He will not fight them now," the former adviser said.', "Tom Vale", "an adviser"),
        (_ADVISER + '"Trust me, the deal is gone," the adviser added.', "Tom Vale", "an adviser"),
        (_SCIENTIST + '"Nobody checked the sensors," the scientist said.', "Ann Roe", "a scientist"),
    ],
)
def test_a_description_after_an_unnamed_one_brought_in_past_a_comma_is_that_one(
    body: str, name: str, role: str
) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, name, role=role)]))
    assert [q.speaker_name for q in quotes] == [name, None]


def test_the_holders_own_apposition_still_names_the_holder() -> None:
    body = (
        "Tom Vale, an adviser to the mayor, met the press.\n\n"
        '"Trust me, the deal is gone," the adviser added.'
    )
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Tom Vale", role="an adviser to the mayor")]))
    assert [q.speaker_name for q in quotes] == ["Tom Vale"]


# ------------------------------------------------------------ 'she proclaimed that ...'


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        (
            "Ann Roe spoke in Leeds. Channelling her mentor, she decreed that the region would form a "
            'union. "It would be the largest union on the coast, with a fleet of its own."',
            "decreed",
        ),
        (
            'Ann Roe proclaimed that the port had a task to fulfil. "We take our duty to the town '
            'seriously and we will not fail it."',
            "proclaimed",
        ),
        (
            'Ann Roe asserted that the fees were too high. "Nobody can run a boat on these margins '
            'any more, not even the big firms."',
            "asserted",
        ),
    ],
)
def test_speech_verbs_with_that_report_and_carry_the_next_quote(body: str, verb: str) -> None:
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ann Roe")])
    assert [(q.kind, q.speaker_name) for q in quotes] == [("indirect", "Ann Roe"), ("direct", "Ann Roe")]
    assert quotes[0].verb == verb


@pytest.mark.parametrize(
    "body",
    [
        "Ann Roe declared the bridge open on Monday and cut the ribbon in front of a small crowd.",
        "Ann Roe asserted her right to speak at the meeting on Monday evening.",
    ],
)
def test_speech_verbs_with_an_object_report_nothing(body: str) -> None:
    article = _article(body)
    assert extract_quotes(article, [_entity(article, "Ann Roe")]) == []


# ------------------------------------------------------------ 'Replied Roe, "..."'

_BEFORE_VALE = 'Tom Vale asked whether the boat was ready. "Is it ready?" he said.\n\n'


@pytest.mark.parametrize(
    ("lead", "speaker", "verb"),
    [
        (
            'Replied Ann Roe, with some care, "I do not think it is ready."',
            "Ann Roe",
            "replied",
        ),
        ('Answered Ann Roe: "Well, I do not think it is ready yet."', "Ann Roe", "answered"),
        (
            'Asked a local farmer: "Is it just me or are the new ferries slow?"',
            None,
            "asked",
        ),
    ],
)
def test_a_verb_opening_the_lead_in_attributes_to_the_subject_after_it(
    lead: str, speaker: str | None, verb: str
) -> None:
    article = _article(_BEFORE_VALE + lead)
    entities = [_entity(article, "Tom Vale"), _entity(article, "Ann Roe")]
    quote = _direct(extract_quotes(article, entities))[-1]
    assert (quote.speaker_name, quote.verb) == (speaker, verb)


def test_an_opening_participle_phrase_keeps_the_clause_subject() -> None:
    article = _article(
        _BEFORE_VALE + 'Asked about the delay, Ann Roe said: "The boats sail on Monday, come what may."'
    )
    entities = [_entity(article, "Tom Vale"), _entity(article, "Ann Roe")]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name == "Ann Roe"


# ------------------------------------------------------------ 'She remembers Roe's reply: "..."'

_ASKED = 'Ann Roe asked for a raise. "I have earned it," she said. '
_PEOPLE = ("Ann Roe", "Tom Vale")


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ('She remembers Tom Vale’s reply: "I am a patient man. That is one side of me."', "Tom Vale"),
        ('She got Tom Vale’s reply a week later: "Not this year, and not the next either."', "Tom Vale"),
        ('She still recalls Tom Vale\'s answer: "Not this year, and not the next either."', "Tom Vale"),
        # near miss: the reply to someone's letter keeps the subject
        ('She read out the reply to Tom Vale’s letter: "We cannot pay you this year."', "Ann Roe"),
    ],
)
def test_a_persons_reply_before_the_colon_is_that_persons(lead: str, speaker: str) -> None:
    article = _article(_ASKED + lead)
    quotes = _direct(extract_quotes(article, [_entity(article, name) for name in _PEOPLE]))
    assert quotes[-1].speaker_name == speaker
