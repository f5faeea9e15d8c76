"""Session 31: hard-wrapped plain-text wire copy (fixed-width feeds, archives) is joined back
into paragraphs; line-per-block pages, lists, poems and tables keep their lines."""

from __future__ import annotations

import textwrap

from consumer.parse import parse_item
from consumer.parse.unwrap import unwrap

PARAS = [
    "NORTHVALE, March 3 - The Harbour Grain Inspection Service said shipments of barley "
    "through the port of Kestrel Bay rose 12 pct in the week, helped by a long spell of calm "
    "weather and lower freight rates on the northern routes.",
    '"We expect the pace to hold into the spring," said Tomas Orrin, a spokesman for the '
    "service, adding that storage at the port was close to its limit for the season.",
    "Traders said the figures were in line with forecasts, though some warned that rail "
    "capacity inland could slow deliveries later in the quarter if demand picked up.",
]


def _indent_marked(paras: list[str], width: int = 64) -> str:
    return "\n".join(textwrap.fill(p, width, initial_indent="    ") for p in paras)


def _blank_marked(paras: list[str], width: int = 70) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paras)


# --------------------------------------------------------------------------- positives


def test_indent_marked_paragraphs_are_joined() -> None:
    raw = "BARLEY SHIPMENTS RISE AT KESTREL BAY\n\n" + _indent_marked(PARAS)
    article = parse_item(raw.encode())
    assert article.body.paragraphs == PARAS
    assert article.headline == "BARLEY SHIPMENTS RISE AT KESTREL BAY"  # kept in capitals


def test_blank_line_marked_paragraphs_are_joined() -> None:
    raw = "Barley shipments rise at Kestrel Bay\n\n" + _blank_marked(PARAS)
    assert parse_item(raw.encode()).body.paragraphs == PARAS


def test_name_cut_at_a_line_end_is_whole_again() -> None:
    text = (
        "    Officials of the Harbour Grain Inspection Service and the Coastal\n"
        "Freight Trading Commission met on Tuesday to review the rules for\n"
        "loading vessels at night, the two agencies said in a joint statement\n"
        "issued after the meeting ended late in the afternoon on Tuesday.\n"
        "    The review is due to be completed by the end of the month, they\n"
        "said, and its findings will be published in a report to the board.\n"
    )
    joined = unwrap(text)
    assert "the Coastal Freight Trading Commission met" in joined
    assert joined.count("\n    ") == 1  # two paragraphs, the indent kept


def test_dated_lead_in_capitals_is_the_dateline_not_a_source_line() -> None:
    raw = "PORT FEES CUT\n\nWESTFORD, March 3, 1987 - The port board cut its fees.\n    It gave no reason.\n"
    article = parse_item(raw.encode())
    assert article.dateline is not None and article.dateline.place == "Westford"
    assert article.body.paragraphs[0].startswith("WESTFORD, March 3, 1987 - The port board")
    assert article.source.agency is None


def test_hyphen_at_a_line_end_is_kept_without_a_space() -> None:
    text = (
        "    The board said the plan would cut costs over the long-\n"
        "term and that it had no plans to sell the unit which makes U.S.-\n"
        "made engines sold to the northern fleet, according to the statement\n"
        "released on Monday by the company's head office in the capital, and\n"
        "that a decision on the future of the plant was not expected soon.\n"
    )
    joined = unwrap(text)
    assert "over the long-term and" in joined
    assert "makes U.S.-made engines" in joined


def test_suspended_hyphen_at_a_line_end_keeps_its_space() -> None:
    text = (
        "    The bank said a halt to payments on its short- and medium-\n"
        "and long-term loans would force lenders to set aside reserves for\n"
        "the debt, which was rescheduled last year after a long round of\n"
        "talks with the country's main creditors in the northern capital.\n"
    )
    assert "its short- and medium- and long-term loans" in unwrap(text)


def test_earnings_table_rows_stay_one_a_line() -> None:
    note = (
        "Note: Results include a gain of 4.1 mln dlrs from the sale of the company's "
        "marine unit, which it agreed to sell to a group of investors in the autumn."
    )
    lead = (
        "The company said its first quarter profit rose on higher sales of its packaging "
        "products in the home market and lower costs at its two largest plants."
    )
    raw = (
        "ACME PACKAGING 1ST QTR NET\n\n"
        "Shr 1.20 dlrs vs 1.10 dlrs\n"
        "Net 4,100,000 vs 3,800,000\n"
        "Revs 51.2 mln vs 47.9 mln\n" + _indent_marked([note, lead])
    )
    paragraphs = parse_item(raw.encode()).body.paragraphs
    rows = ["Shr 1.20 dlrs vs 1.10 dlrs", "Net 4,100,000 vs 3,800,000", "Revs 51.2 mln vs 47.9 mln"]
    assert paragraphs[:3] == rows
    assert paragraphs[3:] == [note, lead]


# --------------------------------------------------------------------------- near misses


def test_line_per_block_page_is_left_alone() -> None:
    text = (
        "Port fees cut at Kestrel Bay\n"
        "The port board cut its fees for the first time in a decade on Tuesday.\n"
        "Shipping lines welcomed the move.\n"
        "The board said the cut would cost it some revenue in the short run but would bring "
        "more traffic to the port over the coming years, according to its chairman.\n"
        "End\n"
    )
    assert unwrap(text) == text


def test_short_lines_and_poems_are_left_alone() -> None:
    poem = (
        "The tide comes in across the sand\n"
        "And gulls are crying on the wind\n"
        "The boats are waiting by the pier\n"
        "Their lanterns burning through the night\n"
        "The harbour sleeps beneath the hill\n"
        "And all the town is quiet still\n"
    )
    assert unwrap(poem) == poem


def test_list_items_of_like_length_are_not_joined() -> None:
    text = (
        "    The board listed its plans for the year ahead, which include\n"
        "new cranes, a longer quay and a second rail link to the port area:\n"
        "- Two new cranes for the container terminal by the end of June\n"
        "- A longer quay on the north side for bulk carriers and tankers\n"
        "- A rail link to the inland depot, to be finished within two years\n"
    )
    lines = unwrap(text).split("\n")
    assert sum(1 for line in lines if line.startswith("- ")) == 3


def test_byline_and_wide_paragraph_keep_their_lines() -> None:
    text = "By Jane Roe\n" + _blank_marked(PARAS)
    assert unwrap(text).split("\n")[0] == "By Jane Roe"
    wide = _blank_marked(PARAS) + "\n\n" + "A paragraph on one line that is far wider " * 4
    assert unwrap(wide) == wide  # a line over 100 characters: not a wrapped item


def test_source_line_with_year_still_read() -> None:
    raw = "Port fees cut\nXinhua, April 20, 2017 Adjust font size:\nThe port board cut its fees on Tuesday.\n"
    article = parse_item(raw.encode())
    assert article.source.agency == "Xinhua"


LEAD_REST = (
    "Roe said on Tuesday the government would cut port fees by a third from next month to "
    "help exporters hit by the slump in freight demand over the winter."
)


def test_lead_cut_short_by_its_lost_dateline_is_joined() -> None:
    raw = (
        "PORT FEES CUT\n\nFinance Minister Jan\n"
        + textwrap.fill(LEAD_REST, 64)
        + "\n"
        + _indent_marked(PARAS[1:])
    )
    paragraphs = parse_item(raw.encode()).body.paragraphs
    assert paragraphs[0] == "Finance Minister Jan " + LEAD_REST
    assert paragraphs[1:] == PARAS[1:]


def test_byline_over_the_lead_keeps_its_line() -> None:
    raw = "PORT FEES CUT\n\nBy Jane Roe\n" + _blank_marked(PARAS)
    lines = unwrap(raw).split("\n")
    assert lines[2] == "By Jane Roe"
    assert lines[3] == PARAS[0]


def test_wire_sign_off_under_the_story_goes() -> None:
    raw = "PORT FEES CUT\n\n" + _indent_marked(PARAS) + "\n REUTER\n"
    assert parse_item(raw.encode()).body.paragraphs == PARAS
    raw = "PORT FEES CUT\n\n" + _indent_marked(PARAS) + "\n Reuter...\n"
    assert parse_item(raw.encode()).body.paragraphs == PARAS


def test_sign_off_with_a_printed_carriage_return_goes() -> None:
    # session 32: some archives print the feed's CR as "^M" after the sign-off
    for tail in ("\n REUTER^M\n", "\n Reuter...^M\n", "\n reuter^M\n"):
        raw = "PORT FEES CUT\n\n" + _indent_marked(PARAS) + tail
        assert parse_item(raw.encode()).body.paragraphs == PARAS


def test_caret_m_inside_the_text_stays() -> None:
    # a caret and an M in a sentence's last paragraph is text, not a sign-off
    tail = "The desk wrote REUTER^M on the proof by mistake."
    raw = "PORT FEES CUT\n\n" + _indent_marked([*PARAS, tail]) + "\n"
    assert parse_item(raw.encode()).body.paragraphs[-1] == tail


def test_agency_named_in_the_last_sentence_stays() -> None:
    tail = "The board gave no reason for the cut when asked by Reuters."
    raw = "PORT FEES CUT\n\n" + _indent_marked([*PARAS, tail]) + "\n"
    assert parse_item(raw.encode()).body.paragraphs[-1] == tail
