"""False direct quotes on web copy (issue 14, session 24): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _kinds(body: str) -> list[str]:
    article = _article(f"Ann Bell runs the port.\n\n{body}")
    quotes = extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))])
    return [q.kind for q in quotes if q.kind != "indirect"]


# ------------------------------------------------- words only thought


@pytest.mark.parametrize(
    "body",
    [
        # what someone thought, with no attribution, was said by no one: like imagined words
        # (session 20), no quote; they were direct quotes with no speaker or the last speaker's
        'When the ferry sank, Bell thought to herself, "We will never find the crew alive."',
        'I remember thinking: "This port will never be the same again after the storm."',
        'Nobody wakes up in the morning thinking, "Today I will lose my boat to the storm."',
        'Bell stared at the wreck and thought, "How did we let this happen to our port?"',
        '"We will never find the crew alive," Bell thought as the boats came back.',
    ],
)
def test_words_only_thought_are_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a thought someone tells, a quote about thinking, a participle before the
        # attribution, a verb of saying after the mark
        'Bell said she remembered thinking: "This port will never be the same again."',
        '"I keep thinking about the crew every day," Bell said.',
        'Bell, thinking of the crew, said: "We will never forget them."',
        'Asked what she thought, Bell said: "We will rebuild the quay."',
        '"We will never find the crew alive," Bell said as the boats came back.',
    ],
)
def test_a_thought_told_or_words_about_thinking_stay_direct(body: str) -> None:
    assert _kinds(body) == ["direct"]


# ------------------------------------------------- a few words a colon hands over, running on


@pytest.mark.parametrize(
    "body",
    [
        # one to three words that stop mid-sentence, the writer's words running on after the
        # mark: a term the colon hands over, partial with an attribution; they were direct
        'Bell gave the verdict: "not guilty" on all counts, then left.',
        'Bell had one message: "Reopen the quay" before the storm returns.',
        'Asked about the plan, Bell said: "Absolutely not" and walked off.',
    ],
)
def test_a_few_words_running_on_after_a_colon_are_partial(body: str) -> None:
    assert _kinds(body) == ["partial"]


def test_a_term_after_a_colon_with_no_speaker_is_no_direct_quote() -> None:
    body = "The error read: 'module' object has no attribute 'x' and the script stopped."
    assert "direct" not in _kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the words close the sentence or on their own comma, or hold a clause
        'Bell said: "No way."',
        'Bell said: "Reopen the quay now," and left.',
        'Bell said: "We will reopen the quay" before the storm returns.',
    ],
)
def test_words_a_colon_opens_stay_direct(body: str) -> None:
    assert _kinds(body) == ["direct"]


# ------------------------------------------------- titles cited by a letter or a reference list


@pytest.mark.parametrize(
    "body",
    [
        # a title after a letter's 'Re.' or a reference's date in parentheses is cited, not said,
        # whatever its case; they were direct quotes with no speaker
        'Re. "Port fees are costing us the trade," Page A8, Jan. 13:\n\nI disagree with the writer.',
        'Re: "The quay will never reopen" (Opinion, March 3): Bell is wrong.',
        '- Linder, Ann; Roe, Jim (2017-06-08). "Clustering ports with new methods, provably". Journal 3.',
        '- Linder, Ann (2019). "Why ports fail and what we can do about it". Sea Press.',
    ],
)
def test_a_title_cited_by_a_letter_or_a_reference_is_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # near misses: 'Re.' heading a sentence of the writer's, a year inside the attribution, a
        # sentence ending with a year or an abbreviation before the quote
        'Re. the plan, Bell said: "We will reopen the quay next month."',
        'Bell (2017) said: "We will reopen the quay next month."',
        'The rule was set in 2017. "We will reopen the quay next month," Bell said.',
    ],
)
def test_quotes_after_a_year_or_re_in_the_writers_sentence_stay_direct(body: str) -> None:
    assert _kinds(body) == ["direct"]


# ------------------------------------------------- runs of quoted sentences nobody says


@pytest.mark.parametrize(
    "body",
    [
        # three or more quoted sentences back to back, said by no one in the story: a list of what
        # people typically say or ask, not quotes; they were direct quotes with no speaker
        'Crews share the same fears about the new cranes: "I am not an expert." "I cannot read the '
        'manual." "I have no time to train."\n\nThe port set up classes.',
        'What do crews ask? "Is the quay safe?" "Who pays for the repairs?" "When will it reopen?"'
        "\n\nNobody answers.",
        "The doubts never change. \u201cIs the pier safe?\u201d \u201cWho pays?\u201d \u201cWhen "
        "does it reopen?\u201d",
    ],
)
def test_a_run_of_quoted_sentences_nobody_says_is_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # near misses: a speaker before the run, slogans a crowd chanted, a two-line dialogue
        ('Bell said: "I am not an expert." "I cannot read the manual." "I have no time."', ["direct"]),
        (
            'The crowd chanted "Save our quay!" "No more cuts at all!" "Bell must go now!" as the board met.',
            ["direct", "direct"],
        ),
        ('"Is the quay safe for the boats?" "Yes, it is safe." The crews went back.', ["direct", "direct"]),
    ],
)
def test_a_run_someone_says_or_a_dialogue_stays(body: str, kinds: list[str]) -> None:
    assert _kinds(body) == kinds


# ------------------------------------------------- an embedded post signed on the next line


@pytest.mark.parametrize(
    "body",
    [
        # the post's text, its signature alone on the next line: it quotes nobody itself, as when
        # the signature shares its line; the quote inside the post was direct
        'Fans cheered online.\n\n"We will reopen the quay on Monday!" - Ann Bell http://t.co/abc '
        "pic.twitter.com/xyz\n\n\u2014 Port News (@portnews) December 27, 2014\n\nThe quay reopened.",
        "\u201cThe quay opens Monday, come early!\u201d\n\n- Harbour Desk (@harbourdesk) May 3, 2020",
        'Bell posted a photo. "Who else is down at the quay tonight?" #harbour\n\n'
        "\u2013 Jim Roe (@jimroe) June 1, 2021",
    ],
)
def test_a_post_signed_on_the_next_line_is_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a list bullet or a sentence on the next line, not a signature
        '"We will reopen the quay on Monday," Bell said.\n\n- Bell, the harbour master, spoke at noon.',
        '"We will reopen the quay on Monday," Bell said.\n\n\u2014 Reporting by Jim Roe in Kinton',
    ],
)
def test_a_quote_above_a_bullet_or_a_credit_stays(body: str) -> None:
    assert _kinds(body) == ["direct"]
