"""A lead that opens on a time ("By March 14, ...") is story text, not the writer's line.

The byline pattern takes a line "By <Capitalised ...>" at the story's head; a lead that opens
on a month, a weekday or a holiday used to match it, so the lead was published as the byline
and dropped from the body.
"""

from __future__ import annotations

import pytest

from consumer.parse import parse_item

HEADLINE = "Harbor board plans second ferry pier"
REST = "The pier will cost about 4 million dollars, the board said in a statement."


@pytest.mark.parametrize(
    "lead",
    [
        "By March 14, 2031, the Marlow Harbor board expects a second ferry pier on the north quay.",
        "By Friday, the Marlow Harbor board had approved a second ferry pier.",
        "By Sept. 3 the harbor board will choose a builder for the pier.",
        "By June of next year the pier should carry its first ferries.",
        "By Christmas the quay will be closed to cars.",
        "By Monday morning the harbor board had met twice.",
    ],
)
def test_a_lead_opening_on_a_time_stays_in_the_body(lead: str) -> None:
    article = parse_item(f"{HEADLINE}\n\n{lead}\n\n{REST}".encode())
    assert article.byline is None
    assert article.body.paragraphs[0] == lead


@pytest.mark.parametrize("writer", ["May Chen", "April Lusk", "Marchesa Lund", "June Okafor and Tom Hale"])
def test_a_writer_named_like_a_month_is_still_the_writer(writer: str) -> None:
    article = parse_item(f"{HEADLINE}\n\nBy {writer}\n\n{REST}".encode())
    assert article.byline == writer
    assert article.body.paragraphs[0] == REST
