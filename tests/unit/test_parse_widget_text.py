"""Widget text that scraped page text keeps (session 48, ``consumer.parse.widgettext``).

Classes (each with cases that go and cases that stay):

* a newsletter sign-up form's messages ("Thank you for subscribing!", "Invalid email
  address.", "Please re-enter.", "You may opt out at any time.") go, on their own lines and
  as a line of nothing else; a story sentence about subscribers or an error stays;
* a media player's or ad slot's controls at the head of a line ("Skip Ad Ad Loading... x
  Embed x Share", "1 of 12 Full Screen Autoplay Close Skip Ad x", "Media playback is
  unsupported on your device", "Now Playing:", "Advertisement Continue reading the main
  story") go and the rest of the line (the clip's title, the story's next sentence) stays; a
  sentence that opens with "Share", "Close" or a count stays whole;
* a wall of text (one long line, no layout anchor) loses the sentences that are furniture
  whole ("Read or Share this story: <address>", a newsletter pitch), as a flattened page does;
* a pointer heading ("Read more:", "More:", "Related Posts") and the other stories' titles
  under it go from scraped text as from HTML; the story's next sentence and sentences that
  open with "Read more" or "More" stay.

All pages and names here are made up.
"""

from __future__ import annotations

import pytest

from consumer.parse import parse_item
from consumer.parse.widgettext import strip_widget_lead

HEADLINE = "Harbour town votes to rebuild its old lighthouse"
STORY = [
    "Councillors in Port Ellery voted on Tuesday to rebuild the town's lighthouse, which has stood dark "
    "since a storm tore off its lantern room two winters ago.",
    "The work is expected to cost about 2.5 million pounds, most of it raised by a local trust.",
    '"It is the first thing sailors see of us," said council leader Maren Oakes.',
    "Building is due to begin in the spring.",
]


def body_of(*inserted: str, at: int = 2) -> str:
    lines = [*STORY[:at], *inserted, *STORY[at:]]
    article = parse_item("\n".join([HEADLINE, *lines]).encode())
    assert article.headline == HEADLINE
    return article.body.text


@pytest.mark.parametrize(
    "widget",
    [
        "Thank you for subscribing!",
        "Invalid email address.",
        "Please try again later.",
        "Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter. "
        "You must select a newsletter to subscribe to. Sign Up You agree to receive occasional updates "
        "from the Harbour Gazette. Thank you for subscribing. An error has occurred. Please try again "
        "later. View all Harbour Gazette newsletters.",
        "Sign up for MORNING NEWS Emails privacy policy Thanks for subscribing!",
        "You will receive emails with news and offers from us. You may opt out at any time.",
    ],
)
def test_sign_up_form_messages_go(widget: str) -> None:
    body = body_of(widget)
    assert widget.split(".")[0] not in body
    assert all(p in body for p in STORY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you to everyone who voted, the trust wrote to its subscribers.",
        "An error in the survey had delayed the vote by a month.",
        "The trust said readers could try again later in the year to buy a commemorative brick.",
        "Anyone with an invalid ticket will be turned away, the organisers said.",
    ],
)
def test_story_sentences_about_subscribers_and_errors_stay(sentence: str) -> None:
    assert sentence in body_of(sentence)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Skip Ad Ad Loading... x Embed x Share Councillors cheered as the vote was read out.",
            "Councillors cheered as the vote was read out.",
        ),
        (
            "1 of 12 Full Screen Autoplay Close Skip Ad x The lighthouse before the storm View Photos",
            "The lighthouse before the storm View Photos",
        ),
        (
            "Media playback is unsupported on your device Media caption The lantern room is lifted away",
            "The lantern room is lifted away",
        ),
        ("Media playback is not supported on this device Sailors on the rebuild", "Sailors on the rebuild"),
        (
            "Advertisement Continue reading the main story The trust has raised most of the money.",
            "The trust has raised most of the money.",
        ),
        ("Newsletter Sign Up Continue reading the main story Invalid Email", ""),
        (
            "Could not subscribe, try again later Invalid Email The keeper's cottage will be a museum.",
            "The keeper's cottage will be a museum.",
        ),
        ("Now Playing:", ""),
        ("Advertisement - story continues below", ""),
    ],
)
def test_player_and_ad_controls_at_a_line_head_go(line: str, kept: str) -> None:
    assert strip_widget_lead(line) == kept
    body = body_of(line)
    assert all(p in body for p in STORY)
    if kept:
        assert kept in body
    for control in (
        "Skip Ad",
        "Autoplay",
        "Media playback",
        "Now Playing",
        "Continue reading",
        "Invalid Email",
    ):
        assert control not in body


@pytest.mark.parametrize(
    "line",
    [
        "Share prices in the harbour company rose after the vote.",
        "Close to 300 people signed the petition.",
        "1 of 12 councillors abstained.",
        "Advertisement hoardings on the pier will come down.",
        "Media coverage of the vote was wide.",
        "Now the trust must find a builder.",
    ],
)
def test_sentences_that_open_like_controls_stay_whole(line: str) -> None:
    assert strip_widget_lead(line) == line
    assert line in body_of(line)


def test_a_wall_of_text_loses_its_furniture_sentences() -> None:
    wall = " ".join(
        [
            "Get daily updates directly to your inbox + Subscribe Thank you for subscribing!",
            *STORY,
            "Read or Share this story: https://gazette.example/x1",
        ]
        * 6
    )
    article = parse_item(f"{HEADLINE}\n{wall}".encode())
    assert article.headline == HEADLINE
    assert STORY[0] in article.body.paragraphs
    assert "Read or Share" not in article.body.text
    assert "Subscribe" not in article.body.text


TITLES = [
    "Fishermen race to beat the first winter storm",
    "Old ferry to be turned into a floating cafe",
]


@pytest.mark.parametrize("heading", ["Read more:", "Read More:", "More:", "See also:", "Related Posts"])
def test_a_pointer_heading_and_the_titles_under_it_go_from_scraped_text(heading: str) -> None:
    body = body_of(heading, *TITLES, at=len(STORY))
    assert all(p in body for p in STORY)
    assert heading not in body
    assert not any(t in body for t in TITLES)


def test_the_story_goes_on_after_a_pointer_heading() -> None:
    body = body_of("Read more:", TITLES[0], at=2)
    assert all(p in body for p in STORY)
    assert TITLES[0] not in body


@pytest.mark.parametrize("line", ["Read more about the trust at its open day.", "More than 40 people came."])
def test_sentences_that_open_like_pointers_stay(line: str) -> None:
    assert line in body_of(line, *TITLES)
