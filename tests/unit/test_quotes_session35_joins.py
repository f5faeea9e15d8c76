"""Where one direct quote ends and the next begins (issue 14, session 35, BBC stories): a quote led in
by its attribution and closed by its own stop is not joined across the writer's next sentence; a
nested quote closing with the outer one ends the sentence; a quote reopened inside a paragraph whose
paragraph breaks were lost runs on into the next paragraph."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from consumer.quotes.kinds import fragment_after_comma
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, list[str], str | None]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    lee = _entity(article, "Ben Lee", forms=("Lee",))
    return [
        (q.kind, [body[s.start : s.end] for s in q.spans], q.speaker_name)
        for q in extract_quotes(article, [roe, lee])
        if q.kind == "direct"
    ]


# A lead-in attribution, a closed quoted sentence, then the writer's sentence: the next quoted
# sentence is a quote of its own (it was joined to the first as its second span).
@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            'Ann Roe, the port director, said: "Doubling the harbour in five years is not hard." She said'
            " it would take years before the port could rival the capital - but it remained a goal."
            ' "We will bring more ships in because the channel will be deeper."',
            "Doubling the harbour in five years is not hard.",
            "We will bring more ships in because the channel will be deeper.",
        ),
        (
            'Mill chief Ann Roe had said: "The dam obviously is not going to be repaired." But her deputy'
            ' insisted the work had simply been delayed by rain. "The engineers check the wall weekly."',
            "The dam obviously is not going to be repaired.",
            "The engineers check the wall weekly.",
        ),
        (
            'Ann Roe told the council: "The plan is dead." Ben Lee said he was not surprised by the vote.'
            ' "Nobody wanted it."',
            "The plan is dead.",
            "Nobody wanted it.",
        ),
        (
            'Ann Roe said, "The harbour will close for a month!" Her deputy agreed. "It has to be done."',
            "The harbour will close for a month!",
            "It has to be done.",
        ),
    ],
)
def test_a_led_in_closed_quote_does_not_take_the_next_sentence(body: str, first: str, second: str) -> None:
    spans = [spans for _, spans, _ in _quotes(body)]
    assert spans == [[first], [second]]


# Near misses keep their join: the tag after a stretch ending on a comma, a tag after a stretch that
# opens its sentence, a lead-in quote with nothing but marks before the next stretch.
@pytest.mark.parametrize(
    ("body", "spans"),
    [
        (
            '"The plan is dead," Ann Roe said. "Nobody wanted it."',
            ["The plan is dead,", "Nobody wanted it."],
        ),
        (
            'Ann Roe told the radio: "We lost the vote, and we knew it," she said. "Nobody wanted it."',
            ["We lost the vote, and we knew it,", "Nobody wanted it."],
        ),
        (
            '"Why not?" Ann Roe asked. "We have the money."',
            ["Why not?", "We have the money."],
        ),
        (
            'Ann Roe said: "The plan is dead. "Nobody wanted it in the end."',
            ["The plan is dead.", "Nobody wanted it in the end."],
        ),
    ],
)
def test_other_split_quotes_still_join(body: str, spans: list[str]) -> None:
    assert [s for _, s, _ in _quotes(body)] == [spans]


# A nested quote closing with the outer one at a sentence's end ('...: 'Why me?'"'): the sentence
# ends there, so a colon tag after it introduces only the next quote (it took the stretch before).
@pytest.mark.parametrize(
    "body",
    [
        '"The plan is dead," said Ann Roe. "Nobody wanted it. "The voters will ask: \'Why did we pay?\'"'
        ' Ben Lee, the mayor, added: "The vote was close in the end."',
        '"We tried," said Ann Roe. "It failed. "People kept asking me: \'Is it over?\'" Mayor Ben Lee'
        ' added: "It is over for now."',
        '"It was a long night," Ann Roe said. "The crew was tired. "Then the captain shouted: \'Hold'
        ' on!\'" Ben Lee, the mate, recalled: "Nobody slept after that."',
    ],
)
def test_a_nested_quote_closing_the_sentence_ends_it(body: str) -> None:
    quotes = _quotes(body)
    assert [speaker for _, _, speaker in quotes] == ["Ann Roe", "Ben Lee"]
    assert len(quotes[0][1]) == 3 and len(quotes[1][1]) == 1


def test_a_nested_quote_before_its_own_tag_keeps_the_tag() -> None:
    body = '"The voters will ask: \'Why did we pay?\'" Ann Roe said. "Nobody wanted it."'
    assert _quotes(body) == [
        ("direct", ["The voters will ask: 'Why did we pay?'", "Nobody wanted it."], "Ann Roe")
    ]


# Paragraph breaks lost inside a quote ('... substantial. "His work ... none.' then a paragraph
# '"A great man."'): the stretch the reopening mark opened runs on into the next paragraph, one
# quote (it was two, the first one cut off).
@pytest.mark.parametrize(
    ("body", "spans"),
    [
        (
            'Paying tribute, Ann Roe said the judge was one of the "great advocates of his time".\n\n'
            '"His legacy in the courts is substantial. "His work after the riots was second to none.\n\n'
            '"A great judge and a great man." His nephew said the judge would be "sadly missed".',
            [
                "His legacy in the courts is substantial.",
                "His work after the riots was second to none.",
                "A great judge and a great man.",
            ],
        ),
        (
            'Ann Roe spoke to the assembly. "I do not suggest that the row has anything to do with the'
            ' war. "But when reporters follow my children to school, that is the same intrusion.\n\n'
            '"We are all responsible for our own choices," she said.',
            [
                "I do not suggest that the row has anything to do with the war.",
                "But when reporters follow my children to school, that is the same intrusion.",
                "We are all responsible for our own choices,",
            ],
        ),
        (
            'The club had a bad spring. "The season was hard. "We lost our best players in May.\n\n'
            '"Next year will be different," said Ann Roe.',
            ["The season was hard.", "We lost our best players in May.", "Next year will be different,"],
        ),
        # near miss, one quote before too: the lead-in's attribution joined the next sentence
        (
            'Ann Roe said: "The season was hard. "We lost our best players in May.\n\n'
            '"Next year will be different."',
            ["The season was hard.", "We lost our best players in May.", "Next year will be different."],
        ),
    ],
)
def test_a_reopened_stretch_runs_on_into_the_next_paragraph(body: str, spans: list[str]) -> None:
    quotes = _quotes(body)
    assert len(quotes) == 1 and quotes[0][1] == spans and quotes[0][2] == "Ann Roe"


@pytest.mark.parametrize(
    "body",
    [
        # the next paragraph opens no mark: the open stretch is a stray mark, as before
        'Ann Roe said: "The season was hard. "We lost our best players in May.\n\nThe club said nothing.',
        # a closed quote then a new one left open with no reopening: unchanged
        'Ann Roe said: "The season was hard." "We lost our best players in May.\n\nThe club said nothing.',
    ],
)
def test_an_open_stretch_with_no_reopening_stays_dropped(body: str) -> None:
    assert [s for _, s, _ in _quotes(body)] == [["The season was hard."]]


def _kinds(body: str) -> list[tuple[str, str]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    return [(q.kind, q.text) for q in extract_quotes(article, [roe]) if q.kind != "indirect"]


# Quoted words opening on a lower-case "that" inside the writer's sentence: its relative clause on
# the writer's noun, or a complement clause quoted with its "that": partial (they were direct).
@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            'Ann Roe said the deal provided for a funding arrangement "that is affordable, sensible and'
            ' workable". The board agreed.',
            "that is affordable, sensible and workable",
        ),
        (
            'Ann Roe said the bill was not one "that a free trader like me could endorse in all respects,"'
            " but she backed it.",
            "that a free trader like me could endorse in all respects,",
        ),
        (
            'The ministry said the rules were tighter. Ann Roe added "that the old system of two decisions'
            ' for every application will be replaced by a single one".',
            "that the old system of two decisions for every application will be replaced by a single one",
        ),
        (
            'Ann Roe said the port needs a harbour master "that we can trust with the keys to every boat".',
            "that we can trust with the keys to every boat",
        ),
    ],
)
def test_quoted_words_opening_on_that_finish_the_writers_sentence(body: str, quoted: str) -> None:
    assert _kinds(body) == [("partial", quoted)]


@pytest.mark.parametrize(
    "body",
    [
        # a demonstrative subject after a verb of saying: a clause of the speaker's, as before
        'Ann Roe said "that was the best day of my life."',
        'Ann Roe told reporters "that is the end of the matter."',
        # "that" outside the marks, or the quote opening its sentence
        'Ann Roe said that "the port will close in May".',
        '"that is the end of the matter," Ann Roe said.',
        # a contraction is no relative word
        'Ann Roe said the council "that\'s been asleep for years will wake up now."',
    ],
)
def test_a_quote_opening_on_a_demonstrative_stays_direct(body: str) -> None:
    assert [kind for kind, _ in _kinds(body)] == ["direct"]


# Lower-case quoted words after the writer's comma with no subject of their own (a participle, a
# preposition, a verb and its "to", after an adverb or two): the rest of the writer's sentence,
# partial (they were direct).
@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            "Ann Roe said there had been a campaign in the press, including a long article in a weekly"
            ' magazine, "clearly aimed at those who do the shopping," she said.',
            "clearly aimed at those who do the shopping,",
        ),
        (
            'Ann Roe said at least one bank, which she declined to name, "wants to put the loans on a cash'
            ' basis and is trying to get others to follow."',
            "wants to put the loans on a cash basis and is trying to get others to follow.",
        ),
        (
            "Ann Roe said she hoped the mayor would help her build a new partnership with the council,"
            ' "especially on housing and transport policies."',
            "especially on housing and transport policies.",
        ),
        (
            'Ann Roe said the plan had been drawn up in a hurry, "ignoring every warning the engineers'
            ' gave us."',
            "ignoring every warning the engineers gave us.",
        ),
    ],
)
def test_a_fragment_after_the_writers_comma_is_partial(body: str, quoted: str) -> None:
    assert _kinds(body) == [("partial", quoted)]


@pytest.mark.parametrize(
    "body",
    [
        # after a tag and its comma the words are the speaker's own sentence, lower case or not
        'Ann Roe said, "according to the rules we cannot do it."',
        'Ann Roe told reporters, "in my view the plan is dead."',
        'Ann Roe said in a statement to the council, "in my view the plan is dead."',
        # a subject of their own after the writer's comma: a clause, direct as before
        '"Also," Ann Roe said, "they have to make the forms simpler for everyone."',
        'Ann Roe said she expected the harbour to stay busy, "but it remains to be seen if it will last."',
    ],
)
def test_the_speakers_own_words_after_a_comma_stay_direct(body: str) -> None:
    assert "direct" in [kind for kind, _ in _kinds(body)] and "partial" not in [
        kind for kind, _ in _kinds(body)
    ]


# A clause of the speaker's after the writer's comma whose first word ends like a participle: an
# indefinite pronoun ('nothing'), an adverb ('indeed'), or a gerund its finite verb follows; direct
# (they were partial).
@pytest.mark.parametrize(
    "quoted",
    [
        "nothing has changed for the weavers,",
        "indeed we are glad to have the new looms,",
        "something had to give in the end,",
        "striking was their last resort,",
        "anything could happen after the vote,",
    ],
)
def test_a_clause_opening_like_a_participle_after_a_comma_stays_direct(quoted: str) -> None:
    body = f'Ann Roe spoke at the mill on Friday. As for the weavers, "{quoted}" she said.'
    assert _kinds(body) == [("direct", quoted)]


@pytest.mark.parametrize(
    ("gap", "quoted", "fragment"),
    [
        ("In her view, ", "nothing has changed.", False),
        ("On the new looms, ", "indeed we are glad.", False),
        ("In the end, ", "everything depends on the weather.", False),
        ("In the end, ", "everybody knows the mill is closing.", False),
        ("the plan was drawn up in a hurry, ", "having been told to wait for the engineers.", True),
        ("the plan was drawn up in a hurry, ", "ignoring what is plain to see.", True),
    ],
)
def test_fragment_after_comma_needs_no_subject_of_its_own(gap: str, quoted: str, fragment: bool) -> None:
    assert fragment_after_comma(gap, quoted.split()) is fragment


# The sentence before an unattributed quote is the reported speech of someone described (a verb of
# saying right after the description), or a short reaction opening with 'But': the quote is that
# person's, null when no entity holds the role, not the last speaker's going on.
@pytest.mark.parametrize(
    "between",
    [
        "But her deputy insisted the work had simply been delayed by rain.",
        "His lawyer told reporters that the deal had been signed on Friday.",
        "Her aide said the board would meet again in the spring to look at the accounts.",
        "But her deputy was less sure.",
    ],
)
def test_the_described_speaker_of_the_sentence_before_says_the_quote(between: str) -> None:
    body = f'"The mill will close in May," Ann Roe said. {between} "Nothing is decided yet."'
    assert _quotes(body) == [
        ("direct", ["The mill will close in May,"], "Ann Roe"),
        ("direct", ["Nothing is decided yet."], None),
    ]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # a long sentence of the writer's about the person, with no verb of saying: Roe goes on
        ("Her aide had been at the mill since it opened in the spring of 1990.", "Ann Roe"),
        ("The weather in the valley had been poor for most of the spring and summer.", "Ann Roe"),
        # a named speaker's reported speech: that person, as before
        ("Ben Lee said the board would meet again in the spring to look at the accounts.", "Ben Lee"),
    ],
)
def test_other_sentences_before_keep_their_speaker(between: str, speaker: str) -> None:
    body = f'"The mill will close in May," Ann Roe said. {between} "Nothing is decided yet."'
    assert _quotes(body)[-1] == ("direct", ["Nothing is decided yet."], speaker)


# The tag after a quote closing on ? or ! (or on a nested quote's close) keeps its sentence when the
# name carries a short parenthesis, as wire copy writes a lawmaker's party and state. (A tag whose
# sentence runs on past 40 characters is still read as a new sentence: "Roe said the plan was dead
# and ..." after a question is no tag, and nothing cheap tells it from "Roe told a long meeting".)
@pytest.mark.parametrize(
    "body",
    [
        '"Is it right to sell the harbour now?" Senator Ann Roe (D-Kel) asked a meeting here.',
        '"We will not sell the harbour!" Ann Roe (D-Kel) told a meeting of the port board here.',
        "\"They never ask, 'Is it right?' They ask, 'Can you pull it off?'\" Ann Roe (D-Kel) told a meeting.",
    ],
)
def test_a_tag_after_a_question_keeps_a_parenthesis_after_the_name(body: str) -> None:
    assert [speaker for _, _, speaker in _quotes(body)] == ["Ann Roe"]
