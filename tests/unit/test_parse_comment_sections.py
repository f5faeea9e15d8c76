"""The readers' comments under a scraped story: their heading ends the story, and a date in a
comment is never the page's source line. A count above the story is furniture."""

from __future__ import annotations

import pytest

from consumer.events import Article
from consumer.parse import parse_item

HEADLINE = "Harbor board plans second ferry pier"
STORY = [
    "The Marlow Harbor board said on Tuesday that it would open a second ferry pier on the north quay"
    " next spring, after two summers of queues that ran back past the old customs house.",
    "The pier will cost about 4 million dollars, the board said in a statement, and the ferry company"
    " will add two crossings an hour once it opens.",
]
COMMENTS = [
    "Pella Grint Friday, March 14, 2031 at 7:28 pm",
    "About time! The queues were awful all August.",
    "Tomas Eyre March 15, 2031 at 9:02 am",
    "Who pays for it, though? Not the ferry company.",
]


def _parsed(lines: list[str]) -> Article:
    return parse_item("\n\n".join(lines).encode())


@pytest.mark.parametrize(
    "heading",
    [
        "12 Comments",
        "Comments (12)",
        "3 Responses to “Harbor board plans second ferry pier”",
        "5 thoughts on “Harbor board plans second ferry pier”",
        "Leave a Reply",
    ],
)
def test_the_comments_heading_ends_the_story(heading: str) -> None:
    article = _parsed([HEADLINE, *STORY, heading, *COMMENTS])
    assert article.headline == HEADLINE
    assert article.body.paragraphs == STORY
    assert article.published_at is None  # a comment's date is no publication date


def test_a_comment_count_above_the_story_is_furniture() -> None:
    article = _parsed(["12 Comments", HEADLINE, *STORY])
    assert article.headline == HEADLINE
    assert article.body.paragraphs == STORY


def test_a_share_buttons_comments_label_ends_nothing() -> None:
    article = _parsed([HEADLINE, STORY[0], "Comments", STORY[1]])
    assert article.body.paragraphs == STORY
