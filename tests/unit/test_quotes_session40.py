"""Quotes, session 40 (issue 14): shapes of British copy and carried speakers.

A nested single quote closing a sentence inside a run-on quote, a participle's own reported
clause before a quoted fragment, a pronoun and a name as one subject, `declaring,` before the mark,
and writer's paragraphs between a speaker and an unattributed quote paragraph.
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str | None, str]]:
    article = _article(body)
    vell = _entity(article, "Tom Vell", forms=("Vell",))
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    kelco = _entity(article, "Kelco", "ORGANIZATION")
    return [(q.kind, q.speaker_name, q.text) for q in extract_quotes(article, [vell, roe, kelco])]


# ---------------------------------------------------------------- a nested quote ends a sentence


@pytest.mark.parametrize(
    ("body", "tail"),
    [
        (
            'Tom Vell spoke to the press. "Deals were done far too cheaply. "But this one makes you '
            "stop and say 'wow, that is new.' \"My own view is that it beats a shared ground.\" "
            "Some fans disagree.",
            "My own view is that it beats a shared ground.",
        ),
        (
            "Ann Roe met the pupils. \"They all said it. \"Then one girl asked me, 'Why not?' "
            '"We owe her a better answer than the one we gave." The hall went quiet.',
            "We owe her a better answer than the one we gave.",
        ),
        (
            'Tom Vell was calm. "We knew it. "The coach just told us \'keep going!\' "So we kept '
            'going until the final whistle blew." The fans cheered.',
            "So we kept going until the final whistle blew.",
        ),
    ],
)
def test_a_nested_quote_closed_by_its_stop_lets_the_next_reopening_mark_go_on(body: str, tail: str) -> None:
    quotes = _quotes(body)
    direct = [q for q in quotes if q[0] == "direct"]
    assert len(direct) == 1
    assert direct[0][2].endswith(tail)


def test_a_nested_quote_without_a_stop_still_closes_as_before() -> None:
    body = (
        'Tom Vell spoke to the press. "Deals were done far too cheaply. "But this one makes you '
        "say 'wow' \"and that is new,\" he said."
    )
    base = _quotes(body)
    # the mark after 'wow' with no stop before it is read as before: no longer run-on quote
    assert all("and that is new" not in text or text.startswith("and") for _, _, text in base)


# ---------------------------------------------------------------- a participle's reported clause


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            'Tom Vell backed the plan, saying it was "a positive step for all of us".',
            "a positive step for all of us",
        ),
        (
            'Ann Roe criticised the deal, saying Kelco had "given far too much ground".',
            "given far too much ground",
        ),
        (
            'Tom Vell hit back, insisting his side "would have stayed down a lot longer".',
            "would have stayed down a lot longer",
        ),
        ('Ann Roe rejected the bid, arguing the price was "nowhere near fair".', "nowhere near fair"),
    ],
)
def test_a_fragment_after_a_participle_and_its_clause_is_the_subjects_partial(body: str, text: str) -> None:
    quotes = _quotes(body)
    assert len(quotes) == 1
    kind, speaker, said = quotes[0]
    assert (kind, said) == ("partial", text)
    assert speaker in ("Tom Vell", "Ann Roe")
    assert body.startswith(speaker)


@pytest.mark.parametrize(
    "body",
    [
        # a title after the participle's clause, and a term with no subject named: as before
        'Fans booed, saying the "Red Devils" were poor.',
        # a whole quoted sentence after the participle and its colon stays direct
        'Tom Vell criticised the plan, saying: "It is excessive and wrong."',
    ],
)
def test_participle_near_misses_keep_their_old_reading(body: str) -> None:
    quotes = _quotes(body)
    assert all(kind != "partial" for kind, _, _ in quotes)


# ---------------------------------------------------------------- a pronoun and a name


@pytest.mark.parametrize(
    "tag",
    [
        '"We will build the bridge together," she and Vell said.',
        '"We will build the bridge together," he and Roe sang.',
        'She and Vell said: "We will build the bridge together."',
        'Vell and she said: "We will build the bridge together."',
    ],
)
def test_a_pronoun_and_a_name_are_two_speakers(tag: str) -> None:
    quotes = _quotes(f"Ann Roe met Tom Vell at the hall. {tag}")
    assert [(kind, speaker) for kind, speaker, _ in quotes] == [("direct", None)]


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ('"We will build the bridge together," Vell said.', "Tom Vell"),
        ('"We will build the bridge together," she said.', "Ann Roe"),
        ('"We will build the bridge and the road," she said.', "Ann Roe"),
    ],
)
def test_one_speaker_tags_keep_their_speaker(tag: str, speaker: str) -> None:
    quotes = _quotes(f"Ann Roe met Tom Vell at the hall. {tag}")
    assert [(kind, who) for kind, who, _ in quotes] == [("direct", speaker)]


# ---------------------------------------------------------------- declaring, "..."


def test_declaring_before_the_mark_is_an_attribution_naming_its_subject() -> None:
    body = (
        '"We will fight this drug," Ann Roe said.\n\n'
        'One advert showed a row of local people, young and old, declaring, "I am on the drug." '
        "The advert drew scorn."
    )
    quotes = _quotes(body)
    assert quotes[-1][:2] == ("direct", None)
    body = (
        '"We will fight this drug," Ann Roe said.\n\n'
        'Ann Roe stood on the steps, declaring, "I am with every family."'
    )
    assert _quotes(body)[-1][:2] == ("direct", "Ann Roe")


# ---------------------------------------------------------------- the writer's paragraphs between


def test_two_writers_paragraphs_between_leave_the_quote_paragraph_unattributed() -> None:
    body = (
        '"We will build the bridge this year," said Tom Vell.\n\n'
        "Traffic is a sign of a town's order.\n\n"
        "Many towns have improved their roads, which pleases many.\n\n"
        '"Kinton is a town where drivers give way to walkers."'
    )
    assert _quotes(body)[-1][:2] == ("direct", None)


@pytest.mark.parametrize(
    "between",
    [
        # one paragraph of context: the speaker goes on, as before
        "The hall was full.",
        # a pronoun or the speaker's name in the paragraphs between: the story is still about him
        "The hall was full.\n\nHe has improved the roads, which pleases many.",
        "The hall was full.\n\nVell has improved the roads, which pleases many.",
    ],
)
def test_the_speaker_goes_on_across_paragraphs_about_him(between: str) -> None:
    body = (
        f'"We will build the bridge this year," said Tom Vell.\n\n{between}\n\n'
        '"We are proud of what we built here in the valley."'
    )
    assert _quotes(body)[-1][:2] == ("direct", "Tom Vell")


def test_a_term_modifying_a_noun_after_the_participles_clause_stays_no_quote() -> None:
    assert _quotes('Tom Vell sued in 2002, saying Kelco shut him out of "jackpot" profits.') == []


# ---------------------------------------------------------------- ', who said' after a long clause


@pytest.mark.parametrize(
    "lead",
    [
        "Traders met Tom Vell, who said:",
        "Dozens of traders and growers from every part of the valley and the hills shared their views "
        "at length on Monday with Tom Vell, who later noted that",
        "After the long meeting with growers from all over the valley, many of them angry, the traders "
        "turned to Tom Vell, who also said",
        "Many growers from the hills and the valley and the plain spent the whole of a long wet Monday "
        "morning and most of the afternoon in hard talks about the price of grain with Tom Vell, who "
        "then said that",
    ],
)
def test_the_antecedent_of_who_says_the_quote(lead: str) -> None:
    quotes = _quotes(f'{lead} "the road must come first for all of us this year."')
    assert [speaker for _, speaker, _ in quotes] == ["Tom Vell"]


def test_who_after_a_plural_noun_names_no_new_speaker() -> None:
    body = (
        "Dozens of traders and growers from every part of the valley and the hills shared their views "
        'at length on Monday with the farmers, who later noted that "the road must come first this year."'
    )
    assert all(speaker is None for _, speaker, _ in _quotes(body))


def test_a_clause_finishing_the_participles_clause_is_partial_too() -> None:
    body = (
        "Tom Vell would not name a date, saying the vote would come "
        '"some time in spring but when, I do not know".'
    )
    assert _quotes(body) == [("partial", "Tom Vell", "some time in spring but when, I do not know")]
