"""Which dead letters `replay-dlq` sends back, and what it sends: broker-free."""

from __future__ import annotations

import datetime as dt

import pytest

from consumer.errors import ItemTimeout
from consumer.publish import InputRecord, dead_letter
from consumer.worker.replay import ReplayFilter, original_headers, parse_time

ORIGINAL = InputRecord(
    "raw",
    0,
    7,
    1_700_000_000_000,
    [("content-type", b"text/html"), ("traceparent", b"00-ab-cd-01")],
    b"x",
    b"k",
)
LETTER = dead_letter(ORIGINAL, ItemTimeout("timeout", "over 30 s", stage="enrich"), "dlq")
AT = parse_time("2026-12-02T08:00:00Z")
AT_MS = int(AT.timestamp() * 1000)


def test_the_original_headers_come_back_without_the_dead_letter_ones() -> None:
    assert original_headers(LETTER.headers) == list(ORIGINAL.headers)
    assert LETTER.value == ORIGINAL.value and LETTER.key == ORIGINAL.key


@pytest.mark.parametrize(
    ("selection", "matches"),
    [
        (ReplayFilter(), True),
        (ReplayFilter(reasons=frozenset({"timeout", "empty"})), True),
        (ReplayFilter(reasons=frozenset({"output_rejected"})), False),
        (ReplayFilter(since=AT), True),  # since is inclusive
        (ReplayFilter(until=AT), False),  # until is exclusive
        (ReplayFilter(since=AT - dt.timedelta(hours=1), until=AT + dt.timedelta(seconds=1)), True),
        (ReplayFilter(since=AT + dt.timedelta(milliseconds=1)), False),
    ],
)
def test_filters_by_reason_and_dead_letter_time(selection: ReplayFilter, matches: bool) -> None:
    assert selection.matches(LETTER.headers, AT_MS) is matches


def test_a_time_filter_skips_a_record_without_a_timestamp() -> None:
    assert not ReplayFilter(since=AT).matches(LETTER.headers, None)
    assert ReplayFilter().matches(LETTER.headers, None)


def test_times_without_a_zone_are_utc() -> None:
    assert parse_time("2026-12-02T08:00:00") == AT
    assert parse_time("2026-12-02T09:00:00+01:00") == AT
    with pytest.raises(ValueError):
        parse_time("yesterday")
