"""The world's currencies by their bare names (session 47): agency copy writes "... billion taka",
"... trillion lei" with no national adjective, and such sums had no unit. A name no English text
uses otherwise is its ISO 4217 code after an amount; a name that is also a common word, a name or
a people is money only in a story that names its country, and keeps its old reading elsewhere
(a dram of whisky stays a measure). Made-up texts only."""

from __future__ import annotations

import pycountry
import pytest

from consumer.indicators import units
from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DHAKA - Deposits grew to 310.5 billion taka in May.", [(3.105e11, "BDT")]),
        ("The plant will cost 40 billion tenge, the ministry said.", [(4e10, "KZT")]),
        ("HELSINKI - The deficit narrowed to 2.1 billion markka.", [(2.1e9, "FIM")]),
        ("Prices rose to 12 million meticais.", [(1.2e7, "MZN")]),
        ("The bank lent 900 million kyats.", [(9e8, "MMK")]),
        ("TALLINN - The budget gap was 300 million kroons.", [(3e8, "EEK")]),
        ("The fund raised 25 million cedis.", [(2.5e7, "GHS")]),
    ],
)
def test_bare_names_of_one_currency(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common word, a name or a people: money in a story of its country ...
        ("BUCHAREST - Spending reached 4.2 trillion lei in May.", [(4.2e12, "RON")]),
        ("Moldova's budget gap was 1.5 billion lei.", [(1.5e9, "MDL")]),
        ("ZAGREB - Trade settled at 90 million kuna.", [(9e7, "HRK")]),
        ("Armenia's deficit rose to 80 billion drams.", [(8e10, "AMD")]),
        ("Vietnam's exporters earned 600 billion dong.", [(6e11, "VND")]),
        ("LIMA - Peru's tax take hit 3 billion soles.", [(3e9, "PEN")]),
        ("Kenya's treasury borrowed 2 billion shillings.", [(2e9, "KES")]),
        ("Iran's central bank sold 5 trillion rials.", [(5e12, "IRR")]),
        ("The Laos project cost 40 billion kip.", [(4e10, "LAK")]),
        ("Albania raised 3 billion leks in bonds.", [(3e9, "ALL")]),
        ("Zambia's miners paid 70 million kwacha.", [(7e7, "ZMW")]),
        ("SOFIA - Bulgaria's surplus was 600 million leva.", [(6e8, "BGN")]),
    ],
)
def test_common_word_names_in_their_country(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ... and their old reading anywhere else
        ("She strung 50 lei for the luau.", [(50.0, None)]),
        ("He poured 3 drams of whisky.", [(3.0, "dram")]),
        ("The rover had driven for 100 sols by then.", [(100.0, "sol")]),
        ("A loaf cost 5 shillings in old London.", [(5.0, "shilling")]),
        ("The beam held 40 kips before it bent.", [(40.0, "kip")]),
        ("Two Kuna elders and 30 villagers met.", [(2.0, "elder"), (30.0, "people")]),
    ],
)
def test_common_word_names_elsewhere(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_every_code_is_iso_4217() -> None:
    """Each code the list writes is a current ISO 4217 code or one of the withdrawn ones wire copy
    of the 1990s names (the euro's forerunners and the currencies of Eastern Europe)."""
    withdrawn = {"FRF", "BEF", "LUF", "DEM", "NLG", "ITL", "ESP", "PTE", "ATS", "FIM", "IEP", "GRD", "XEU"}
    withdrawn |= {"HRK", "BGN", "EEK", "LTL", "LVL", "SIT", "UAK", "ECS"}
    current = {currency.alpha_3 for currency in pycountry.currencies}
    codes = {code for _, code in units._CURRENCY_WORDS}
    codes |= {code for cues in units._SHARED_CURRENCY.values() for _, code in cues}
    families = set(units._SHARED_CURRENCY) | {"BTC", "?"}
    assert codes - families <= current | withdrawn


def test_each_family_reads_a_text_once() -> None:
    """A text naming every family's word after amounts, over and over, reads each family's
    cues once: the cache holds them all, so the work stays linear in the text."""
    units._story_currency.cache_clear()
    words = ["lei", "kip", "sol", "leks", "soms", "dong", "tala", "pula", "kina", "lari", "rials", "drams"]
    text = "Bucharest. " + " ".join(f"{n} {word}" for n in range(1, 40) for word in words)
    _figures(text)
    info = units._story_currency.cache_info()
    assert info.misses <= len(words)
    assert info.hits > info.misses
