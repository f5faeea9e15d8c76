"""Two money classes of session twenty-nine.

- A sum told in the passive names its maker after "by", as "$5 million paid by Acme" does: "$2
  million was raised by the Harlow Fund", "$40,000 has been donated by Vantor Group".
- A sentence opening "A $5 million grant" starts with the article: US dollars, not AUD ("A$5
  million" and "AU $5 million" stay Australian dollars).
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows, page_figures

_NAMES = {
    "Harlow Fund": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Kessel": ("LOCATION", "city"),
}


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Last year $2 million was raised by the Harlow Fund for the clinic.", "$2 million", "Harlow Fund"),
        ("About $40,000 has been donated by Vantor Group to the school.", "$40,000", "Vantor Group"),
        ("The $3 billion was spent by Vantor Group on new plants.", "$3 billion", "Vantor Group"),
    ],
)
def test_a_sum_in_the_passive_is_its_makers(text: str, figure: str, owner: str) -> None:
    assert focus_rows("", text, _NAMES)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Prices were raised by 5 percent in Kessel.", "5 percent"),
        ("The $2 million was raised in Kessel last year.", "$2 million"),
    ],
)
def test_no_maker_after_by(text: str, figure: str) -> None:
    assert focus_rows("", text, _NAMES)[figure] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A $5 million grant went to the clinic.", [(5e6, "USD")]),
        ("A $1.2 billion deal was signed on Monday.", [(1.2e9, "USD")]),
        ("A $300 fine was imposed.", [(300.0, "USD")]),
        ("A$5 million was paid.", [(5e6, "AUD")]),
        ("The deal was worth AU $5 million.", [(5e6, "AUD")]),
    ],
)
def test_a_sentence_opening_article_is_no_australian_sign(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert page_figures(text) == expected
