"""product_rules._product_matches: the product scan read only in runs of model characters that hold a
digit finds exactly what the scan of the whole text finds (made-up texts)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consumer.entities.rules import product_rules

TEXTS = (
    "",
    "The Velk Orra 7 Pro sold out; the Tarno X20 phone and a Brill 757 jet landed.",
    # a model at a line's start and end, cut by a line end, by a comma, and after a possessive
    "Quill Z9 tablets\nled the list, then the Omra\n12 Max and the Omra, 12 Max.\nSold: Pell V3-Lite",
    "Carn's S10 and the Harlow-3 probe; the F-35 fighter, the new PS5 console; Q3 and CO2 are not.",
    "No digit in this line at all, only Names Like These And Those\n4 words, then Orra 5",
    "Tabs\tand\u00a0odd spaces: Velk\tOrra 7, Velk\u00a0Orra 8 Ultra, (Tarno X20) [Brill 757 jets]",
    "Gamma-12a, \u2019Zeta 4 Pro\u2019 and \u201cKappa 99 phones\u201d; x Kilo 3 Mini;"
    " Sierra 4+ and A&B 6 Plus",
)


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_whole_text_scan(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in product_rules._PRODUCT.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in product_rules._product_matches(text)] == expected


def test_the_texts_hold_matches_and_near_misses() -> None:
    """The made-up texts exercise the scan: models found in several of them, none in others."""
    found = [len(list(product_rules._PRODUCT.finditer(text))) for text in TEXTS]
    assert sum(found) >= 10 and found.count(0) >= 1


_PIECES = st.sampled_from(
    ["Velk", "Orra", "X20", "7", "757", "-", "Pro", " ", " ", "\n", ",", ".", "’s", "the", "jets", "F", "3"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_same_matches_on_random_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [m.span() for m in product_rules._PRODUCT.finditer(text)]
    assert [m.span() for m in product_rules._product_matches(text)] == expected
