"""A page laid out in tables: cells that are nothing but links (the navigation bar, a section
list, a share bar, footer links) must not reach ``body.text``; the story's cells, a data table's
cells and a cell where a link sits among words stay.

trafilatura keeps a layout table whole ("| Home | | World | | Business |"), so before this the
link labels reached the body as short capitalised lines the model took for organisations.
All pages and names here are made up.
"""

from __future__ import annotations

from lxml import html as lxml_html

from consumer.parse import parse_item
from consumer.parse.html import LinkBlocks, drop_link_blocks, link_blocks

STORY = [
    "The Brannock county council voted on Tuesday to reopen the old ferry crossing at Weldham, "
    "closed since a storm wrecked its landing stage four winters ago.",
    "Councillors approved the plan by nine votes to four after a debate that ran past midnight, "
    "and the first boats should sail again before the summer season.",
    '"People on both banks have waited long enough for this," council leader Oriel Pashley said.',
    "The crossing will cost about 2 million pounds to rebuild, most of it paid from a regional fund.",
]


def table_page(extra_rows: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html><head><title>Ferry crossing to reopen - Brannock Gazette</title>
<link rel="canonical" href="http://www.brannockgazette.example/news/ferry-reopens.html"></head>
<body><table width="100%">
<tr><td><a href="/">Home</a></td><td><a href="/news/">Local News</a></td>
<td><a href="/sport/">Sport</a></td><td><a href="/weather/">Weather Watch</a></td></tr>
<tr><td valign="top"><b>Gazette Sections</b><br>
<table><tr><td><a href="/farming/">Farming Today</a></td></tr>
<tr><td><a href="/business/">Business</a></td></tr>
<tr><td><a href="/letters/">Letters Page</a></td></tr></table></td>
<td colspan="3" valign="top"><h1>Ferry crossing to reopen</h1>{paragraphs}
<table><tr><td><a href="/print/ferry">Print</a> |
<a href="/mail/ferry">Email to a Friend</a></td></tr></table>
</td></tr>{extra_rows}
<tr><td colspan="4"><a href="/about/">About Us</a> | <a href="/contact/">Contact Us</a> |
<a href="/privacy/">Privacy Policy</a></td></tr>
</table></body></html>""".encode()


def body(raw: bytes) -> str:
    return parse_item(raw, "text/html").body.text


def test_link_only_cells_of_a_layout_table_are_cut() -> None:
    text = body(table_page())
    for label in ("Local News", "Weather Watch", "Farming Today", "Letters Page", "Email to a Friend"):
        assert label not in text, text
    assert "Privacy Policy" not in text
    for paragraph in STORY:
        assert paragraph in text


def test_cells_with_words_besides_links_stay() -> None:
    rows = """<tr><td colspan="4"><table>
<tr><th>Crossing</th><th>Opened</th><th>Fare</th></tr>
<tr><td><a href="/places/weldham">Weldham</a></td><td>1911</td><td>2 pounds</td></tr>
<tr><td>Carrow Point</td><td>1934</td><td>3 pounds</td></tr></table></td></tr>
<tr><td colspan="4">Read the council's full report <a href="/docs/ferry.pdf">here</a>, or call the
harbour office on weekdays.</td></tr>"""
    text = body(table_page(rows))
    assert "Carrow Point" in text and "1911" in text
    assert "Read the council's full report here" in text
    for paragraph in STORY:
        assert paragraph in text


def test_drop_link_blocks_empties_only_those_cells_of_a_row() -> None:
    text = (
        "| Home | | Local News |\n| 12 May 2031 | Print \\| Email |\n"
        "A sentence | with a bar.\n| Story text. |"
    )
    blocks = LinkBlocks(frozenset({"Home", "Local News", "Print | Email"}), frozenset())
    assert drop_link_blocks(text, blocks) == "| 12 May 2031 |  |\nA sentence | with a bar.\n| Story text. |"
    assert drop_link_blocks(text, LinkBlocks(frozenset(), frozenset())) == text


def block_page(inserted: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html><head><title>Ferry crossing to reopen - Brannock Gazette</title>
</head><body><div class="story"><h1>Ferry crossing to reopen</h1>{paragraphs}{inserted}</div>
<div class="footer"><p>Brannock Gazette, 4 Quay Street, Weldham.</p></div></body></html>""".encode()


def test_a_line_of_nothing_but_links_is_cut() -> None:
    bars = (
        '<div class="tools"><a href="/print/ferry">Printer Version</a> | '
        '<a href="/mail/ferry">Send to a Colleague</a> | <a href="/news/">More Local Stories</a><br>'
        '<a href="/about/">About the Gazette</a> | <a href="/jobs/">Gazette Careers</a> | '
        '<a href="/ads/">Advertise</a><br><span>Brannock Gazette Ltd, Weldham</span></div>'
    )
    text = body(block_page(bars))
    for label in ("Printer Version", "Send to a Colleague", "Gazette Careers"):
        assert label not in text, text
    for paragraph in STORY:
        assert paragraph in text


def test_links_among_words_and_offers_stay() -> None:
    kept = """<p>Read the <a href="/docs/ferry.pdf">council report</a> or the
<a href="/docs/fund.pdf">fund's letter</a> for the full costs.</p>
<ul><li><a href="https://shop.example/kayak">Kelbrook Kayak</a> |
<a href="https://shop.example/kayak/buy">$499 at Harbour Outdoor</a></li></ul>"""
    text = body(block_page(kept))
    assert "Read the council report or the fund's letter for the full costs." in text
    assert "Kelbrook Kayak" in text and "$499 at Harbour Outdoor" in text


def test_a_table_row_led_by_a_copyright_notice_is_cut() -> None:
    rows = """<tr><td colspan="4"><img src="/img/ferry.jpg"><br>The old landing stage at Weldham.</td></tr>
<tr><td colspan="4">&copy; Tarn Photos</td></tr>
<tr><td colspan="4">&copy; 2031 Brannock Gazette Ltd, 4 Quay Street, Weldham. Please read our Terms of Use.
</td></tr>
<tr><td colspan="4">Copyright Kelmsey Media Group, not to be reproduced without permission</td></tr>"""
    text = body(table_page(rows))
    assert "Quay Street" not in text and "Terms of Use" not in text, text
    assert "Kelmsey Media Group" not in text
    assert "Tarn Photos" in text  # a photo's short credit stays
    for paragraph in STORY:
        assert paragraph in text


def test_a_block_of_more_link_words_than_any_menu_is_no_menu_line() -> None:
    def page(n: int, depth: int) -> str:
        links = " ".join(f'<a href="/s{i}">Section {i}</a>' for i in range(n))
        return "<html><body><p>Story.</p>" + "<div>" * depth + links + "</div>" * depth + "</body></html>"

    assert link_blocks(lxml_html.fromstring(page(3, 2))).lines == frozenset({"Section 0 Section 1 Section 2"})
    # thousands of links nested in wrappers: no text is built for them, once per wrapper or at all
    assert link_blocks(lxml_html.fromstring(page(5000, 50))).lines == frozenset()
