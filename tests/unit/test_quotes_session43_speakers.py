"""Quotes, session 43 (issue 14): speakers a topic or a pronoun's predicate brings in (fresh web pages).

Hearing and interview copy brings the next questioner in with a sentence of the writer's whose verb
is no verb of saying but of taking up a topic in talk (`Vell returned to the issue later in the
hearing. "What is the plan if ...?"`). The quote is that person's, not the earlier speaker's going
on. Near misses (a deed, a second person in the sentence, a topic taken up by a possessor) keep
their old reading; a sentence of eight words or fewer was already read by the short-reaction rule.

A pronoun subject with a predicate of its own before the tag's verb (`During the call, he asked about
Kelco, called Ann Roe a "crook" and said, "..."`) is the speaker; the names its first verb takes are
objects (the first body or person named had been taken).
"""

from __future__ import annotations

import pytest

from consumer.events import EntityLinks
from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity
from tests.unit.test_quotes_session41_speakers import _speaker_of

_EARLIER = 'Max Dunn runs the yard. "We can build two hulls a year," Dunn said. '


@pytest.mark.parametrize(
    "sentence",
    [
        "Vell returned to the issue later in the hearing.",
        "Tom Vell turned to the question of cost in the second half of the session.",
        "Kelco MP Tom Vell raised the matter again on Friday before the vote.",
        "Vell came back to the subject after the break for lunch.",
        "Tom Vell then addressed the point directly in his closing remarks.",
        "Vell brought up the topic of wages and hours near the end.",
    ],
)
def test_a_person_taking_up_a_topic_speaks_the_next_quote(sentence: str) -> None:
    body = _EARLIER + sentence + ' "What happens if the steel does not arrive in time?"'
    assert _speaker_of(body, "What happens if") == "Tom Vell"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vell returned to the yard later in the week with his crew.",  # a place, no topic
        "Vell raised the matter with Ann Roe on Friday before the vote.",  # two people fit
        "Vell's deputy returned to the issue later in the hearing.",  # a possessor is no subject
        "Vell visited the yard on Friday with the rest of his crew.",  # a deed
    ],
)
def test_near_misses_keep_the_old_reading(sentence: str) -> None:
    body = _EARLIER + sentence + ' "What happens if the steel does not arrive in time?"'
    assert _speaker_of(body, "What happens if") != "Tom Vell"


# ---------------------------------------------------------------- a pronoun subject and its objects

_CALLER = "Tom Vell, 55, admitted making the call to the office last spring. "


def _speakers(body: str) -> list[tuple[str | None, str]]:
    article = _article(body)
    vell = _entity(article, "Tom Vell", forms=("Vell",))
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    kelco = _entity(article, "Kelco", "ORGANIZATION")
    quotes = extract_quotes(article, [vell, roe, kelco])
    return [(q.speaker_name, q.text) for q in quotes if "stop them" in q.text]


@pytest.mark.parametrize(
    "sentence",
    [
        'He criticised Kelco, then said: "We ought to stop them for good."',
        'During the call, he asked about Kelco, called Ann Roe a "crook" and said, "Do stop them."',
        'He praised Ann Roe, then added: "We ought to stop them for good."',
        'He met Ann Roe at the depot and said: "We ought to stop them for good."',
        'She, like Ann Roe, said: "We ought to stop them for good."',
    ],
)
def test_names_after_a_pronoun_subjects_verb_are_its_objects(sentence: str) -> None:
    found = _speakers(_CALLER + sentence)
    assert found and all(speaker == "Tom Vell" for speaker, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        'He and Ann Roe then said: "We ought to stop them for good."',  # two speakers: null
        'He, Kelco said, "ought to stop them for good."',  # an aside names the teller
    ],
)
def test_a_pronoun_joined_or_interrupted_keeps_the_old_reading(sentence: str) -> None:
    assert all(speaker != "Tom Vell" for speaker, _ in _speakers(_CALLER + sentence))


# ---------------------------------------------------------------- a place heading a lead-in


def _place_speakers(body: str) -> list[str | None]:
    article = _article(body)
    country = _entity(article, "Ruritania", "LOCATION").model_copy(
        update={"links": EntityLinks(iso3166="RU", kind="country")}
    )
    city = _entity(article, "Kinton", "LOCATION")
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    quotes = extract_quotes(article, [country, city, roe])
    return [q.speaker_name for q in quotes if "baseless" in q.text]


@pytest.mark.parametrize(
    ("lead_in", "place"),
    [
        ("Ruritania rejected the claim on Monday, saying:", "Ruritania"),
        ("Ruritania rejected the claim in a long statement issued on Monday night, adding:", "Ruritania"),
        ("Kinton disputed the figures in the report, saying:", "Kinton"),
    ],
)
def test_a_place_heading_a_lead_in_speaks(lead_in: str, place: str) -> None:
    body = f'{lead_in} "The allegations are baseless and we will respond in kind."'
    assert _place_speakers(body) == [place]


@pytest.mark.parametrize(
    "lead_in",
    [
        "Ruritania's envoy rejected the claim on Monday, saying:",  # a possessor
        "In Ruritania, officials rejected the claim on Monday, saying:",  # unnamed officials
        "Ruritania Street traders rejected the claim, saying:",  # no verb after the place
    ],
)
def test_a_place_that_is_no_subject_gives_no_speaker(lead_in: str) -> None:
    body = f'{lead_in} "The allegations are baseless and we will respond in kind."'
    assert _place_speakers(body) == [None]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Ruritania rejected the accusation in a long statement issued on Monday night.", "Ruritania"),
        ('"We will wait," Ann Roe said. Ruritania rejected the accusation on Monday.', "Ruritania"),
        ("But Kinton also denied the report in a long statement issued on Monday night.", "Kinton"),
    ],
)
def test_a_place_taking_a_stand_right_before_an_unattributed_quote_speaks(sentence: str, place: str) -> None:
    body = f'{sentence} "The allegations are baseless and we will respond in kind."'
    assert _place_speakers(body) == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruritania signed the deal in a long ceremony held on Monday night.",  # a deed, no stand
        "Ruritania rejected the accusation made by Ann Roe on Monday night.",  # a person named too
        "Officials in Ruritania rejected the accusation on Monday night.",  # the place is no subject
    ],
)
def test_a_place_that_takes_no_stand_gives_no_speaker(sentence: str) -> None:
    body = f'{sentence} "The allegations are baseless and we will respond in kind."'
    assert _place_speakers(body) == [None]
