"""An agency's advisory over a new take is no headline; a headline made from the body drops its dateline."""

from __future__ import annotations

import pytest

from consumer.parse import parse_item

LEAD = (
    "The port authority said on Tuesday that container traffic rose sharply in the third quarter "
    "as new routes to the south opened."
)
MORE = "Officials expect the growth to continue through next year, the authority said in a statement."


@pytest.mark.parametrize(
    "advisory",
    [
        "ATTENTION - ADDS quotes, details ///",
        "ATTENTION - UPDATES with toll ///",
        "ATTENTION - RECASTS, ADDS background",
    ],
)
def test_an_advisory_is_neither_headline_nor_body(advisory: str) -> None:
    raw = f"{advisory}\n\nHARLOW, May 3, 2005 (AFP) -- {LEAD}\n\n{MORE}\n".encode()
    article = parse_item(raw)
    assert "ATTENTION" not in article.headline
    assert "ATTENTION" not in article.body.text
    assert article.headline.startswith("The port authority said")
    assert "headline_from_body" in article.warnings


def test_a_real_headline_over_the_advisory_stays() -> None:
    raw = f"Port traffic jumps\n\nATTENTION - ADDS quotes ///\n\nHARLOW, May 3 (AFP) -- {LEAD}\n\n{MORE}\n"
    article = parse_item(raw.encode())
    assert article.headline == "Port traffic jumps"
    assert "ATTENTION" not in article.body.text


@pytest.mark.parametrize(
    "line",
    [
        "Attention - the road is closed until Friday, police said.",  # a sentence, not an advisory
        "ATTENTION SHOPPERS: the store closes early today.",
    ],
)
def test_sentences_that_open_on_attention_stay_text(line: str) -> None:
    raw = f"Store news\n\nHARLOW, May 3 (AFP) -- {LEAD}\n\n{line}\n\n{MORE}\n"
    assert line in parse_item(raw.encode()).body.text
