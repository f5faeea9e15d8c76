"""Direct quotes of the wrong kind on fresh web pages (issue 14, session 29). Made-up texts, one
class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity, _kinds_of

# ---------------------------------------------- an article right before the mark: the writer's phrase


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's article begins the noun phrase the quoted words finish: not a sentence of
        # the speaker's, whatever its case or verbs (they were direct)
        "Bell described the new toll as a \u201cRecipe for disaster in the lower valley.\u201d",
        "Bell called it a \u201cTriumph of hope over experience,\u201d and left the room.",
        'Bell called the ferry the "Best thing that has happened to the island in years".',
        # a word of time after the mark modifies no noun: the words stay a fragment
        "Bell said the pier was the \u201cPride of the whole island and its fleet\u201d last week.",
    ],
)
def test_quoted_words_after_an_article_are_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # between an article and a noun, a quoted clause names its thing: no quote
        "It reminds me of the professor with the \u201cI do not want to live here anymore\u201d heading.",
        'Bell wrote the "Everybody deserves a second chance" post after the trial.',
        'Bell shared a "Nobody ever reads the fine print" cartoon with her staff.',
        'Bell keeps the "We will get you there some day" leaflet on her desk.',
    ],
)
def test_a_quoted_clause_between_an_article_and_its_noun_is_no_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # near misses keep their reading: an addressee before the mark, 'said that', a colon
        ('Bell told her "We are done with the ferry company for good."', ["direct"]),
        ('Bell said that "the ferry company has let the island down again."', ["direct"]),
        ('Bell put it this way: "The ferry company has let the island down."', ["direct"]),
        # a lower-case term after the article stays as it was
        ('Bell called the plan a "recipe for disaster" for the valley.', ["partial"]),
    ],
)
def test_near_misses_keep_their_kind(sentence: str, kinds: list[str]) -> None:
    assert _kinds_of(sentence) == kinds


# --------------------------------------- no join across someone else's answer or the writer's sentences


def _spans_of(body: str) -> list[list[str]]:
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ann Roe", forms=("Roe",))])
    return [[body[s.start : s.end] for s in q.spans] for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # a pronoun answering after "and" is someone else: two quotes (the answer had joined)
        (
            '"We took the loan to build the mill," Roe told the bankers, and they replied, "No. We lent'
            ' it so you could pay your debts."',
            [["We took the loan to build the mill,"], ["No. We lent it so you could pay your debts."]],
        ),
        (
            '"We need more nurses," Roe told the ministers, and they answered, "There is no money for them."',
            [["We need more nurses,"], ["There is no money for them."]],
        ),
        (
            '"We will rebuild the pier this year," Roe told the council, and they responded, "Not with'
            ' our money."',
            [["We will rebuild the pier this year,"], ["Not with our money."]],
        ),
        # after a quote split by its attribution that closed its sentence, a sentence of the
        # writer's: the next quoted words are no part of it
        (
            '"I voted for the old mayor," says Roe outside the food bank. "He was from here. At least'
            ' he knew us." A week earlier, the party chairman in the county insisted the new mayor was'
            ' ruining the town. "Handing it over to the wrong people."',
            [
                ["I voted for the old mayor,", "He was from here. At least he knew us."],
                ["Handing it over to the wrong people."],
            ],
        ),
        (
            '"We lost the boats," Roe said. "All of them." The harbour board had warned the owners'
            ' about the storm two days before it hit. "Nobody listened to us."',
            [["We lost the boats,", "All of them."], ["Nobody listened to us."]],
        ),
        # a paragraph that goes on past the attribution with sentences of the writer's
        (
            '"The ferry is a good start," Roe told us. Perhaps. But the ferry runs twice a week.\n\n'
            '"We need a bridge."',
            [["The ferry is a good start,"], ["We need a bridge."]],
        ),
        (
            '"The budget is fine," Roe said. That was in May. By June the money was gone.\n\n'
            '"We were wrong about the budget."',
            [["The budget is fine,"], ["We were wrong about the budget."]],
        ),
    ],
)
def test_no_join_across_someone_elses_words(body: str, spans: list[list[str]]) -> None:
    assert _spans_of(body) == spans


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # near misses keep their one quote: the same speaker going on, a short tag, a paragraph
        # ending with the attribution
        (
            '"We won," Roe said, and she added, "Next year we will win again."',
            [["We won,", "Next year we will win again."]],
        ),
        (
            '"We won," Roe said. "It was great!" she added. "Next year we go again."',
            [["We won,"], ["It was great!", "Next year we go again."]],
        ),
        (
            '"The ferry is a good start," Roe told us.\n\n"We need a bridge."',
            [["The ferry is a good start,", "We need a bridge."]],
        ),
    ],
)
def test_the_same_speaker_going_on_keeps_one_quote(body: str, spans: list[list[str]]) -> None:
    assert _spans_of(body) == spans


# ------------------------------ a split quote whose second stretch goes on in lower case, long tag


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # the second stretch opens in lower case, going on with the first one's sentence: a long
        # attribution between (a participle phrase) still splits one quote (it made two)
        (
            '"If the levy passes," said one grower from the upper valley, referring to the tax the council'
            ' approved last week after a long and bitter debate, "then the growers will leave the valley."',
            [["If the levy passes,", "then the growers will leave the valley."]],
        ),
        (
            '"If you are weak on basic security," said one bank\'s chief information security officer,'
            ' referring to a basic kind of attack that is often used to steal customer data, "then you are'
            ' going to be robbed."',
            [["If you are weak on basic security,", "then you are going to be robbed."]],
        ),
        (
            "\u201cThe ferry company calls itself a friend of the island,\u201d claimed the letter sent to"
            " the council last spring by a local teacher, who says she was ignored for months after she"
            " asked about the fares,"
            " \u201cbut behind the scenes it raises prices every winter.\u201d",
            [
                [
                    "The ferry company calls itself a friend of the island,",
                    "but behind the scenes it raises prices every winter.",
                ]
            ],
        ),
    ],
)
def test_a_lower_case_second_stretch_joins_across_a_long_attribution(
    body: str, spans: list[list[str]]
) -> None:
    assert _spans_of(body) == spans


def test_a_lower_case_stretch_after_the_writers_sentence_stays_apart() -> None:
    # a full stop in the gap: the writer's sentence, not the attribution alone (as before)
    body = (
        '"If the levy passes," said Ann Roe, who has farmed in the valley since 1990. Growers fear the'
        ' tax, "which will drive them out of the valley for good."'
    )
    assert _spans_of(body) == [["If the levy passes,"]]


# --------------------------------------------------------------- words said to oneself: no quote


@pytest.mark.parametrize(
    "sentence",
    [
        # self-talk, heard by no one, as 'thought to herself' is (they were direct quotes)
        'Bell woke up in a cold sweat and said to herself, "I should not take this job."',
        'Bell looked at the dress and asked herself, "Will this just end up in the closet?"',
        'Bell wanted the car but told herself, "You cannot afford it this year."',
        'I tell myself that "I will just open the document" that I have to write.',
        '"I should not take this job," Bell told herself as she drove home.',
    ],
)
def test_words_said_to_oneself_are_no_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: someone else addressed, the reflexive not right before the mark
        'Bell told the class, "We start at nine every morning."',
        'Bell told herself and the others, "We start at nine every morning."',
        '"We start at nine every morning," Bell told the class and herself.',
    ],
)
def test_words_said_to_others_stay_direct(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]
