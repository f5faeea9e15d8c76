"""How long a happening lasts is nobody's (session 49): "the two-day summit", "a 72-hour break", "the
20 year conflict", "a six year diplomatic process". The clause's subject or a body named nearby (the
host, a guest, a company in the scene) was taken as the span's owner; the conventions give a measuring
compound of an event no owner ("a three-hour interview", "a two-day trial"). A possessive before the
span, a gathering named right after it, a thing someone holds for a time ("a two-year option") and an
age ("nine-day-old") keep their readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Ann Lee": ("PERSON", None),
    "Tom Varga": ("PERSON", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Kessel Union": ("ORGANIZATION", None),
    "Harlow Trade Fair": ("EVENT", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Norland's president flew in on Monday to attend the two-day summit on water.", "two-day"),
        ("The Kessel Union was due to resume the talks on Friday after a 72-hour break.", "72-hour"),
        ("Tarvia pledged troops to help end the 20 year conflict in the north.", "20 year"),
        ("Ann Lee hailed the accord after a six year diplomatic process.", "six year"),
        (
            "Vantor Group moved its staff out of the city for the duration of the six-day meeting.",
            "six-day",
        ),
        ("Tom Varga, arriving after a 16-hour flight, met the mayor.", "16-hour"),
        ("The Kessel Union signed a deal to end a 24-year guerrilla campaign in the south.", "24-year"),
    ],
)
def test_a_happening_s_length_is_nobody_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a possessive frames the span as its owner's
        ("Ann Lee's five-day visit to Tarvia began on Sunday.", "five-day", "Ann Lee"),
        # a gathering named right after the span owns its length
        ("Norland opened the three-day Harlow Trade Fair on Monday.", "three-day", "Harlow Trade Fair"),
        # a right held for a time is its holder's
        ("Vantor Group acquired a two-year option to buy more shares.", "two-year", "Vantor Group"),
        # no happening after the span: a span the subject spends
        ("Tom Varga ruled Tarvia for 17 years.", "17 years", "Tom Varga"),
    ],
)
def test_owned_spans_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
