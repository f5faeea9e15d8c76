"""A currency named by a national adjective and its noun is that country's ISO 4217 code
(session twenty-eight): "2 billion Kenyan shillings" is KES, "12 million Japanese yen" JPY, from
pycountry's tables; pairs the units list spells stay as they were, and a national adjective before
any other noun keeps the counted noun."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road cost 2 billion Kenyan shillings.", [(2e9, "KES")]),
        ("The fine was 300 million Japanese yen.", [(3e8, "JPY")]),
        ("The grant was 40 billion Bangladeshi taka.", [(4e10, "BDT")]),
        ("Farmers got 12 million Indian rupees.", [(1.2e7, "INR")]),
        ("The loan was 5 billion South African rand.", [(5e9, "ZAR")]),
        ("The bid was 12 million Saudi riyals.", [(1.2e7, "SAR")]),
        ("The bid was 12 million Qatari riyals.", [(1.2e7, "QAR")]),
        ("The bill came to 9 million Korean won.", [(9e6, "KRW")]),
        ("The bill came to 9 million North Korean won.", [(9e6, "KPW")]),
        ("The fund holds 70 million Trinidad and Tobago dollars.", [(7e7, "TTD")]),
        ("The fund holds 70 million Polish zlotys.", [(7e7, "PLN")]),
        ("The fund holds 70 million Brazilian reais.", [(7e7, "BRL")]),
    ],
)
def test_national_currency(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund holds 70 million Hong Kong dollars.", [(7e7, "HKD")]),  # listed pairs as before
        ("The fund holds 70 million Swedish kronor.", [(7e7, "SEK")]),
        ("About 300 American soldiers died.", [(300.0, "people")]),  # other nouns keep their reading
        ("The 12 Indian states voted.", [(12.0, "state")]),
        ("He owns 12 Japanese cars.", [(12.0, "car")]),
        ("The fund holds 70 million CFA francs.", [(7e7, "franc")]),  # two currencies fit: no code
        ("The 3 Korean won their matches.", [(3.0, None)]),  # the verb, as after the bare word
        ("The dam cost 2 billion Norlish shillings.", [(2e9, "shilling")]),  # no such country's
    ],
)
def test_national_currency_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
