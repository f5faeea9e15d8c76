"""Numbers in lines of program code on tech pages count nothing: a comment or a template tag
opening the line, or two different marks of code in it. Prose with a parenthesis, a semicolon or
a dollar sign keeps its figures. Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    "text",
    [
        "$board->drawText(40, 12, $label);",
        "if reply.status_code == 503:",
        "rows = fetch_rows(self.client, 25).limit(",
        "// retry after 30 seconds",
        "{% for n in 1..page.items %}",
    ],
)
def test_numbers_in_code_lines_are_no_figures(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares rose 5% (to $10); bonds fell 2%.", [(5.0, "percent"), (10.0, "USD"), (2.0, "percent")]),
        ("Growth (year-on-year) was 5%; inflation (CPI) was 2%.", [(5.0, "percent"), (2.0, "percent")]),
        ("Kestrel Mart (NYSE: KMT) rose 3% on Monday.", [(3.0, "percent")]),
    ],
)
def test_prose_with_code_like_punctuation_keeps_its_figures(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert page_figures(text) == expected
