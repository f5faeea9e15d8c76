"""A count used as a pronoun before its verb (issue 11): "the two sat down", "one went home".
An irregular past tense is never the counted noun; the number counts nothing we can name, so
a spelled number gives no figure.

Near misses keep their reading: a noun after the count ("two seats", "one thought" is no verb
here), and a past tense after a counted noun ("two guests went home").
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    "text",
    [
        "After the match the two sat down for a long talk.",
        "Of the rescued dogs, one went home with a neighbour.",
        "The three came back the next spring.",
        "Only one stood out from the field.",
        "The two fought over the last ticket.",
    ],
)
def test_a_pronoun_count_before_its_verb_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hall added two seats at the front.", [(2.0, "seat")]),
        ("Two guests went home early.", [(2.0, "people")]),
        ("She had one thought about it.", [(1.0, "thought")]),
        ("The shop sold 40 felt hats.", [(40.0, "hat")]),
    ],
)
def test_nouns_after_a_count_stay_units(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
