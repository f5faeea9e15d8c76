"""False direct quotes on web copy (issue 14): fragments of the writer's clause, imagined
words, lists after a colon, quoted questions used as names. Made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity, _kinds_of

# ------------------------------------------------- the writer's clause goes on, attribution after


@pytest.mark.parametrize(
    "sentence",
    [
        # lower-case quoted words after the writer's subject or verb are a fragment of the
        # writer's sentence also when the attribution follows the mark: they were direct
        "The new ferries \u201ccarry twice as many cars as the old boats did last summer,\u201d Bell said.",
        "Drivers who use the bridge \u201creport waiting an hour or more at the toll gates each "
        "morning,\u201d Bell told reporters.",
        "The survey found the storm weakened the pier by exposing \u201cwooden piles that were never "
        "meant to see the air,\u201d said Bell.",
        "The crews \u201cworked double shifts while the managers were away,\u201d Bell said.",
    ],
)
def test_lower_case_words_going_on_with_the_writers_clause_are_partial_before_an_attribution(
    sentence: str,
) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: words opening with a verb of saying carry a clause of their own; words
        # opening the sentence, with their own subject, or after a conjunction stay direct
        "Dock workers \u201csay the cranes have not moved since the spring began,\u201d Bell said.",
        "\u201cThe crews worked double shifts while the managers were away,\u201d Bell said.",
        "Last year \u201cwe worked double shifts while the managers were away,\u201d Bell said.",
        "The port is busy and \u201cevery berth is booked until the end of June,\u201d Bell said.",
        "Bell told reporters \u201cnobody on the board has read the survey of the pier.\u201d",
    ],
)
def test_lower_case_words_with_a_clause_of_their_own_stay_direct(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]


# ------------------------------------------------- words someone wanted or was unable to say


def _kinds(body: str) -> list[str]:
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ann Roe", forms=("Roe",))])
    return [q.kind for q in quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    "body",
    [
        # words wanted, longed or unable to be said were said by no one: they were direct quotes
        # with no speaker
        'From the landlord:\n\nWhat we wanted to say: "Fix the boiler before you raise the rent again."',
        'He was unable, deep down, to say, "I was the one who left the gate open that night."',
        'Every time the bus was late she longed to ask, "Why does nobody run this line on time?"',
        "Most of the crowd was itching to shout: \u201cGive the money back to the people who "
        "earned it!\u201d",
    ],
)
def test_words_wanted_or_unable_to_be_said_are_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # near misses: an attribution names who said them, or the words were said after all
        'Ann Roe went on to say, "We will fix the boiler before the rent goes up again."',
        '"I just wanted to say, thank you to everyone who came out tonight," Roe said.',
        'Ann Roe said she wanted to say one thing: "We will fix the boiler before winter comes."',
        'Roe was unable to attend but said: "We will fix the boiler before the winter comes."',
    ],
)
def test_words_said_after_a_wish_stay_direct(body: str) -> None:
    assert _kinds(body) == ["direct"]


# ------------------------------------------------- a fragment after the writer's colon


@pytest.mark.parametrize(
    "body",
    [
        # lower-case words with no clause of their own after a colon that closes the writer's
        # clause, its reporting verb further back: a list inside the writer's sentence, partial
        'Roe explained that the groups out to stop the plan included: "the council, the port board '
        'and the ferry union" and so on.',
        'Roe said the list of demands was long: "a pay rise, shorter hours and two more weeks of '
        'leave," she said.',
        'Roe said the causes were plain to see: "poor planning, weak oversight and cost overruns."',
        # after a term in marks earlier in the sentence, the writer's clause is the gap since (more
        # than three words, as after the verb)
        "Roe explained that the groups behind the \u201cdirty\u201d campaign against the pier "
        "included: \u201cthe council, the port board and the ferry union\u201d and others.",
    ],
)
def test_a_fragment_after_the_writers_colon_is_partial(body: str) -> None:
    assert _kinds(body) == ["partial"]


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the colon closes the attribution itself, or the words are a clause
        'Roe said: "absolutely not, and never while the pier is still closed."',
        'Ann Roe said in a statement on Monday: "no deal, no pier, and no more money from us."',
        'Roe said the causes were plain to see: "we planned badly and nobody checked the costs."',
        'Ann Roe was blunt: "no deal, no pier, and no more money from the town."',
    ],
)
def test_words_a_colon_hands_to_the_speaker_stay_direct(body: str) -> None:
    assert _kinds(body) == ["direct"]


# ------------------------------------------------- a question naming a thing after a determiner


@pytest.mark.parametrize(
    "body",
    [
        # a quoted question or exclamation between a determiner and a noun names the thing, however
        # long: with an attribution in the sentence it was a direct quote
        'Roe said she once filled out one of those "What will you be when you grow up?" forms at school.',
        'The show ran a "Where are they now?" segment on the old crew, Roe said.',
        'Roe recalled his "You cannot be serious!" outburst at the final that year.',
    ],
)
def test_a_question_naming_a_thing_is_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a pronoun, not a noun, after the mark; the question after a comma
        '"Is the pier safe for the boats?" the crowd asked, and Roe said it was.',
        'Roe turned to the crowd and asked, "Is the pier safe for the boats?" She got no answer.',
        'Roe faced the crowd. "Will the pier be safe for the boats this winter?" she asked them.',
    ],
)
def test_a_question_put_by_someone_stays_direct(body: str) -> None:
    assert _kinds(body) == ["direct"]


# ------------------------------------------- a possessive or a demonstrative heads the writer's noun


@pytest.mark.parametrize(
    "sentence",
    [
        # session 28 (fresh web pages): a possessive before the mark heads the writer's noun phrase,
        # as 'her' does; the quoted words finish it, however many verbs they hold (they were direct)
        "Bell, in a statement for the board, said Jobs' \"steady leadership saved the port and guided"
        ' it through the worst years it has known."',
        "Bell said Acme\u2019s \u201cplan will cost jobs and hurt the harbour town for years.\u201d",
        'Bell said the port\'s "new cranes have doubled the number of ships we can unload."',
        # a demonstrative opening the sentence
        'The troops left after a few weeks. That "unique ability to land from the sea is what sets the'
        ' corps apart," Bell said.',
        'This "new way of loading the ships is what the crews have asked for," Bell said.',
    ],
)
def test_quoted_words_after_a_possessive_or_an_opening_demonstrative_are_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an addressee, "that", a capital opening the quoted words: a clause of the speaker's
        'Bell told CNN "we will not back down until the port is open again."',
        'Bell said that "the plan will cost jobs and hurt the harbour town for years."',
        'Bell said of Acme\'s plan: "We will not back down until the port is open again."',
        'Bell said in the port\'s statement "We will not back down until the port is open again."',
    ],
)
def test_a_clause_after_a_name_or_that_stays_direct(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]
