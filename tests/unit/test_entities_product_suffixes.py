"""A model's name runs over two edition words ("Pro Max") and a generation's mark ("Mark II",
"Mk III", a bare "II") and a part number after a short number or a code ("Zen 9 5950X"), and opens
after an owner's possessive before a name and a code ("Quillon's Vela S21"); the rule kept only the
first edition word, stopped before the mark or the part number, or found nothing where a
possessive led the name. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import rules


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Quillon unveiled the Vela 12 Pro Max on Tuesday.", ["Vela 12 Pro Max"]),
        ("The Orvo X5 Pro Max costs more.", ["Orvo X5 Pro Max"]),
        ("The Kelvo EOS R5 Mark II is rumored for next year.", ["Kelvo EOS R5 Mark II"]),
        ("The Harbo Z7 Mk III sold well.", ["Harbo Z7 Mk III"]),
        ("The Harbo Z6 II did well too.", ["Harbo Z6 II"]),
        ("Quillon's Vela S21 is the best phone.", ["Vela S21"]),
        ("Harvo's Core i9-10900K beat its rival.", ["Core i9-10900K"]),
        ("The Marlo Zen 7 3700X is an old chip.", ["Marlo Zen 7 3700X"]),
        ("The Harvo Core i7 8700K is an old chip.", ["Harvo Core i7 8700K"]),
        ("The Marlo Radeo RX 6800 XT is fast.", ["Marlo Radeo RX 6800 XT"]),
    ],
)
def test_edition_words_generation_marks_and_owners(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.products(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Zentra S21 Ultra beat the Zentra Note 20 Ultra.", ["Zentra S21 Ultra", "Zentra Note 20 Ultra"]),
        ("World War II began in 1939.", []),
        ("Britain's Section 8A rules apply.", []),  # a reference's head after the possessive
        ("Acme's Q3 results and Harbor's FY2021 report were out.", []),  # no model codes
        ("Monday's Vela X5 was late.", []),  # a date's possessive frames no model
        ("The Vela X5 Pro 2 years ago cost more.", ["Vela X5 Pro"]),
        ("The Orvo 5 1080P screen is sharp.", []),  # a resolution, no part number
        ("The Orvo X5 256GB costs more.", ["Orvo X5"]),  # a memory size
        ("The Beijing 2022 1500M final was won by a skater.", []),  # a year before it
    ],
)
def test_near_misses_keep_their_reading(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.products(text)] == names
