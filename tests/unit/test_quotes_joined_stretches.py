"""One direct quote in several stretches of a paragraph (issue 14, session 26): a quote split by
its attribution whose last stretch runs on into the writer's words, and an attribution holding an
abbreviation."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, list[str], str | None]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    return [
        (q.kind, [body[s.start : s.end] for s in q.spans], q.speaker_name)
        for q in extract_quotes(article, [roe])
        if q.kind != "indirect"
    ]


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # split by its attribution, the quote's last stretch stops mid-sentence and the writer's
        # words end it; the next quoted sentence goes on (the dev annotation's reading)
        (
            '"We could have saved the mill," Ann Roe said, "if the council had acted sooner" and kept'
            ' the loan. "But nobody listened to us."',
            [
                "We could have saved the mill,",
                "if the council had acted sooner",
                "But nobody listened to us.",
            ],
        ),
        (
            "\u201cThe river was never the problem,\u201d Roe told reporters, \u201cit was the dikes we"
            " built\u201d in the sixties, she added. \u201cThey are simply too low.\u201d",
            ["The river was never the problem,", "it was the dikes we built", "They are simply too low."],
        ),
        (
            '"Most growers would sign," said Ann Roe, "if the levy were lower" or spread over two'
            ' years. "Nobody can pay it all at once."',
            ["Most growers would sign,", "if the levy were lower", "Nobody can pay it all at once."],
        ),
        # an abbreviation inside the attribution ends no sentence
        (
            '"Most of the spill is gone by now," said Ann Roe at an Aug. 4 briefing.'
            ' "The rest is breaking down."',
            ["Most of the spill is gone by now,", "The rest is breaking down."],
        ),
        (
            '"The harbour is safe again," Ann Roe told a meeting in Feb. 2019. "Boats can come back."',
            ["The harbour is safe again,", "Boats can come back."],
        ),
        (
            '"We counted every boat," Ann Roe said of the survey done in Oct. last year. "Not one was lost."',
            ["We counted every boat,", "Not one was lost."],
        ),
    ],
)
def test_a_quote_goes_on_in_the_next_sentence(body: str, spans: list[str]) -> None:
    assert _quotes(body) == [("direct", spans, "Ann Roe")]


@pytest.mark.parametrize(
    "body",
    [
        # the quoted words finish the writer's sentence (they open none): two quotes, as before
        'Ann Roe said the flood showed "that the old dikes were too low" along the coast.'
        ' "We will raise them."',
        # a quote of one stretch that runs on, then a sentence of the writer's own
        '"The new port levy worried" most growers, Ann Roe said. Prices fell. "Nobody had planned for it."',
        # a short term opening the sentence is partial: no direct quote to go on with
        '"Not guilty" was the verdict, Ann Roe said. "We expected it."',
        # a sentence of the writer's own between the two
        '"We could have saved the mill," Ann Roe said, "if the council had acted sooner" and kept'
        ' the loan. Prices fell. "But nobody listened to us."',
    ],
)
def test_a_quote_after_the_writers_sentence_stays_apart(body: str) -> None:
    assert len(_quotes(body)) == 2


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # session 29: a quote of one stretch that runs on into the writer's words before its tag,
        # then an unattributed quoted sentence: one quote, as dev and check annotate it (it was two)
        (
            '"The new port levy worried" most growers, Ann Roe said. "Nobody had planned for it."',
            ["The new port levy worried", "Nobody had planned for it."],
        ),
        (
            "\u201cWe never expected the flood to reach\u201d the upper town, Roe said. \u201cThe water"
            " rose in an hour.\u201d",
            ["We never expected the flood to reach", "The water rose in an hour."],
        ),
        (
            '"Our members will vote against the deal" at the Friday meeting, said Ann Roe. "It gives'
            ' them nothing."',
            ["Our members will vote against the deal", "It gives them nothing."],
        ),
        # the writer's comma outside the mark ('"A", he said. "B."'): the same quote goes on
        (
            '"Everyone on the crew was ready", Roe said. "We want to win the cup."',
            ["Everyone on the crew was ready", "We want to win the cup."],
        ),
    ],
)
def test_a_quote_of_one_stretch_running_on_goes_on(body: str, spans: list[str]) -> None:
    assert _quotes(body) == [("direct", spans, "Ann Roe")]


@pytest.mark.parametrize(
    "body",
    [
        # after quoted words that closed their sentence, a sentence with no verb of saying is the
        # writer's own: the next quoted sentence is a quote of its own, not a second span
        '"I like it," Ann Roe says. "People think I bought a yacht\u2026" She allows a long pause.'
        ' "I never would."',
        '"We wrote it in a week," Ann Roe said. "Then we threw it away." The composer takes a breath.'
        ' "I made a hundred demos."',
        '"It was cold," Ann Roe said. "Very cold!" She pulls a face. "We slept in the car."',
    ],
)
def test_a_sentence_of_the_writers_own_keeps_two_quotes(body: str) -> None:
    quotes = _quotes(body)
    assert len(quotes) == 2 and all(speaker == "Ann Roe" for _, _, speaker in quotes)


@pytest.mark.parametrize(
    "body",
    [
        # the attribution between, with its verb: one quote, as before
        '"Why not?" Ann Roe asked. "We have the money."',
        '"We were robbed!" Ann Roe fumed. "Nobody saw the foul."',
        '"Did we lose?" Ann Roe asked the crowd. "Of course we did."',
    ],
)
def test_an_attribution_between_keeps_one_quote(body: str) -> None:
    assert len(_quotes(body)) == 1


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # session 28 (fresh web pages): after an attributed quote, the next sentence opens with a
        # quoted clause the writer's words finish, with no attribution of its own: the quote's next
        # stretch (it was dropped, or a quote of its own with no speaker after 'who')
        (
            "\u201cLonely is the right word,\u201d Roe says. \u201cI don\u2019t think there was another"
            " soul in the room\u201d who shared her view of the harbour plan.",
            ["Lonely is the right word,", "I don\u2019t think there was another soul in the room"],
        ),
        (
            '"It was a hard year," Ann Roe said. "We lost the contract" that had kept the yard open'
            " since 1990.",
            ["It was a hard year,", "We lost the contract"],
        ),
        (
            '"Nobody came to the meeting," said Ann Roe. "The council never sent the letters" about'
            " the new fees.",
            ["Nobody came to the meeting,", "The council never sent the letters"],
        ),
    ],
)
def test_a_clause_the_writer_finishes_goes_on_with_the_quote_before(body: str, spans: list[str]) -> None:
    found = [q for q in _quotes(body) if q[0] == "direct"]
    assert [q[1] for q in found] == [spans]
    assert found[0][2] == "Ann Roe"


@pytest.mark.parametrize(
    "body",
    [
        # a sentence of the writer's between: the clause is no stretch of the quote
        '"It was a hard year," Ann Roe said. The board met later. "We lost the contract" that had'
        " kept the yard open since 1990.",
        # no quote before it
        'The yard closed in May. "We lost the contract" that had kept the yard open since 1990.',
        # a few words, a term
        '"It was a hard year," Ann Roe said. "Lost contracts" are common in the trade.',
    ],
)
def test_a_clause_the_writer_finishes_stays_apart(body: str) -> None:
    found = [q for q in _quotes(body) if q[0] == "direct"]
    assert all(len(q[1]) == 1 for q in found)
    assert not any("contract" in s.lower() and "hard year" not in s for q in found for s in q[1])


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # session 28 (fresh web pages): the writer left out the comma after the split attribution's
        # verb; the quoted sentence after it, with no attribution of its own, is the quote's next
        # stretch (it was a second quote)
        (
            '"We have a shortage of welders here," Ann Roe says "We have more jobs than there are'
            ' welders in the town."',
            ["We have a shortage of welders here,", "We have more jobs than there are welders in the town."],
        ),
        (
            "\u201cThe pier was never safe,\u201d Roe said \u201cEveryone in the village knew it.\u201d",
            ["The pier was never safe,", "Everyone in the village knew it."],
        ),
        (
            '"Nobody came to the meeting," Ann Roe added "Not one member of the council turned up."',
            ["Nobody came to the meeting,", "Not one member of the council turned up."],
        ),
    ],
)
def test_a_split_attribution_with_no_comma_joins(body: str, spans: list[str]) -> None:
    found = [q for q in _quotes(body) if q[0] == "direct"]
    assert [q[1] for q in found] == [spans]
    assert found[0][2] == "Ann Roe"


def test_a_fragment_after_a_bare_attribution_stays_apart() -> None:
    # lower-case words the writer's sentence goes on with: a fragment, not the quote's next stretch
    body = '"We have a shortage of welders," Ann Roe says "and more jobs" than ever before.'
    found = _quotes(body)
    assert [q[1] for q in found if q[0] == "direct"] == [["We have a shortage of welders,"]]


def test_a_participle_after_a_fragment_joins_nothing() -> None:
    body = 'Ann Roe wrote a post calling the levy a "miserable, greedy tax" and adding "shame on them."'
    found = _quotes(body)
    assert all(len(q[1]) == 1 for q in found)
