"""The three input shapes (scraped text, HTML, JSON envelope) and content-type handling."""

from __future__ import annotations

import datetime as dt

import orjson

from consumer.parse import parse_item

PARAGRAPHS = [
    "BEIJING, Nov. 18 (Xinhua) -- China's National Health Commission said Wednesday that it received "
    "reports of eight newly confirmed COVID-19 cases on the Chinese mainland on Tuesday.",
    "The domestically transmitted case was reported in Tianjin, the commission said in its daily report.",
    "No new suspected cases or deaths related to the disease were reported on Tuesday, the commission said.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>1st Ld-Writethru: Chinese mainland reports 8 new COVID-19 cases - Example News</title>
<meta property="og:title" content="1st Ld-Writethru: Chinese mainland reports 8 new COVID-19 cases">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Li Wei">
<meta property="article:published_time" content="2020-11-18T11:25:00+08:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/china">China</a></nav>
<article><h1>1st Ld-Writethru: Chinese mainland reports 8 new COVID-19 cases</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer><p>Copyright 2020 Example News. All rights reserved.</p><a href="/about">About us</a></footer>
</body></html>"""


def test_html_page() -> None:
    article = parse_item(PAGE.encode())
    assert article.input_format == "html"
    assert article.headline == "Chinese mainland reports 8 new COVID-19 cases"
    assert article.version == 1 and article.signal == "update"
    assert article.body.paragraphs == PARAGRAPHS
    assert "Copyright" not in article.body.text and "About us" not in article.body.text
    assert article.dateline is not None and article.dateline.date == dt.date(2020, 11, 18)
    assert article.source.agency == "Xinhua"
    # The page's own timestamp, not just the day trafilatura reports.
    assert article.published_at == dt.datetime(
        2020, 11, 18, 11, 25, tzinfo=dt.timezone(dt.timedelta(hours=8))
    )
    assert article.byline == "Li Wei"
    assert article.language == "en"
    assert article.quality == "full"


def test_html_publication_time_from_json_ld_or_time_element() -> None:
    json_ld = PAGE.replace(
        '<meta property="article:published_time" content="2020-11-18T11:25:00+08:00">',
        '<script type="application/ld+json">{"datePublished": "2020-11-18T03:25:00Z"}</script>',
    )
    assert parse_item(json_ld.encode()).published_at == dt.datetime(2020, 11, 18, 3, 25, tzinfo=dt.UTC)
    day_only = PAGE.replace("2020-11-18T11:25:00+08:00", "2020-11-18")
    # A day only and no zone: local midnight in the zone of the page's publisher or dateline.
    assert str(parse_item(day_only.encode()).published_at) == "2020-11-18 00:00:00+08:00"


def test_content_type_header_wins_over_sniffing() -> None:
    as_text = parse_item(PAGE.encode(), "text/plain; charset=utf-8")
    assert as_text.input_format == "text"
    as_html = parse_item(b"<p>" + PARAGRAPHS[1].encode() + b"</p>", "text/html")
    assert as_html.input_format == "html"
    assert as_html.body.paragraphs == [PARAGRAPHS[1]]


def test_declared_charset_is_used() -> None:
    raw = "Café owners protest\nPARIS (Reuters) - Café owners protested on Monday.".encode("cp1252")
    article = parse_item(raw, "text/plain; charset=windows-1252")
    assert article.headline == "Café owners protest"
    assert article.warnings == []


def test_envelope_metadata_wins() -> None:
    text = "\n".join(["Guessed headline", "Xinhua, November 17, 2020", *PARAGRAPHS])
    envelope = {
        "id": "crawl-1",
        "source": "Reuters",
        "url": "https://example.com/story",
        "received_at": "2020-11-18T04:00:00Z",
        "published_at": "2020-11-18T03:25:00Z",
        "headline": "UPDATE 1-Mainland cases rise",
        "language": "en-GB",
        "text": text,
    }
    article = parse_item(orjson.dumps(envelope))
    assert article.input_format == "envelope"
    assert article.headline == "Mainland cases rise" and article.version == 1
    assert article.source.agency == "Reuters"
    assert article.source.url == "https://example.com/story"
    assert article.published_at == dt.datetime(2020, 11, 18, 3, 25, tzinfo=dt.UTC)
    assert article.language == "en"  # BCP 47 primary tag
    assert article.uri == "crawl-1"
    assert article.body.paragraphs == PARAGRAPHS


def test_envelope_headline_leaves_a_short_lead_in_the_body() -> None:
    """An envelope that names its headline has no headline line in its text to drop."""
    lead = "Harbour fees rise (Wire) - Dock fees went up on Monday."
    for first in (lead, "Fees rise.", "MAPLETON (Wire) - Dock fees went up on Monday."):
        text = "\n\n".join([first, *PARAGRAPHS[1:]])
        article = parse_item(orjson.dumps({"headline": "Dock fees up", "text": text}))
        assert article.headline == "Dock fees up"
        assert article.body.paragraphs[0].startswith(first[:10]), first
    # The text repeating the envelope's headline (give or take its slug, case, a full stop or
    # the kind of apostrophe) still loses it.
    for repeat in ("Dock fees up", "DOCK FEES UP", "UPDATE 2-Dock fees up", "Dock fees up.", "Dock fees up!"):
        text = "\n\n".join([repeat, *PARAGRAPHS])
        env = {"headline": "UPDATE 2-Dock fees up", "text": text}
        assert parse_item(orjson.dumps(env)).body.paragraphs == PARAGRAPHS
    # A lead that opens with the headline's words, or with its first letter, is the lead.
    for headline, lead in (
        ("Dock fees up", "Dock fees up 4 percent at the harbour, the port said on Monday."),
        ("D", "Dock fees went up on Monday, the port said."),
    ):
        text = "\n\n".join([lead, *PARAGRAPHS[1:]])
        assert parse_item(orjson.dumps({"headline": headline, "text": text})).body.paragraphs[0] == lead
    # Without an envelope headline, a headline line is still taken from the text.
    bare = parse_item(orjson.dumps({"text": "Dock fees up\n\n" + "\n\n".join(PARAGRAPHS)}))
    assert bare.headline == "Dock fees up" and bare.body.paragraphs == PARAGRAPHS


def test_envelope_with_html_and_unknown_source_as_publisher() -> None:
    envelope = {"source": "example-crawler", "html": PAGE, "content_type": "text/html"}
    article = parse_item(orjson.dumps(envelope), "application/json")
    assert article.input_format == "envelope"
    assert article.source.publisher == "example-crawler"
    assert article.headline == "Chinese mainland reports 8 new COVID-19 cases"
    assert article.body.paragraphs == PARAGRAPHS


def test_envelope_body_is_sniffed() -> None:
    article = parse_item(orjson.dumps({"body": PAGE}))
    assert article.body.paragraphs == PARAGRAPHS
    plain = parse_item(orjson.dumps({"body": "Exports rise\n" + PARAGRAPHS[1]}))
    assert plain.headline == "Exports rise"


def test_flattened_page_layout() -> None:
    page = (
        "Exports rise in October - Example Daily Online Home World English >> Exports rise in October "
        "By Li Wei ( Xinhua ) 17:31, November 09, 2020 Workers load containers at a port in Qingdao, Nov. 8, "
        "2020. (Xinhua/Zhang Jun) HOHHOT, Nov. 9 (Xinhua) -- China's exports rose 11 percent in October, "
        'official data showed on Monday. Imports rose 4.7 percent. "Demand is strong. Orders keep coming," '
        "said Wang Tao, an economist. (For the latest China news, Please follow us ) (Web editor: Wen Ying, "
        "Liang Jun) Add your comment Related reading Exports of masks soar We Recommend Winter lanterns "
    ) * 1
    page = page + "Most Read " + "filler words " * 150
    article = parse_item(page.encode())
    assert article.headline == "Exports rise in October"
    assert article.byline == "Li Wei"
    assert article.source.agency == "Xinhua"
    assert article.published_at == dt.datetime(2020, 11, 9, 17, 31, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert article.editors == ["Wen Ying", "Liang Jun"]
    assert article.body.paragraphs == [
        "HOHHOT, Nov. 9 (Xinhua) -- China's exports rose 11 percent in October, "
        "official data showed on Monday.",
        "Imports rose 4.7 percent.",
        '"Demand is strong. Orders keep coming," said Wang Tao, an economist.',
    ]
    assert article.dateline is not None and article.dateline.place == "Hohhot"
    assert article.dateline.date == dt.date(2020, 11, 9)


def test_photo_story_keeps_its_caption() -> None:
    page = (
        "Winter lanterns - Example Daily Online Home English >> Winter lanterns ( Xinhua ) 16:24, "
        "November 17, 2020 Photo taken on Nov. 4, 2020 shows lanterns along the Lindby Canal in Harbin. "
        "(Xinhua/Lin Qiao) (Web editor: Wen Ying) Add your comment " + "more " * 400
    )
    article = parse_item(page.encode())
    assert article.headline == "Winter lanterns"
    assert article.body.paragraphs == [
        "Photo taken on Nov. 4, 2020 shows lanterns along the Lindby Canal in Harbin. (Xinhua/Lin Qiao)"
    ]


_UNDATED = (
    "Harbour opens new berth - Example Daily Online Home English >> Harbour opens new berth "
    "( Example Daily Online ) 10:15, November 18, 2020 "
    "{lead} (Photo/example.com) The berth can take ships of 200,000 tonnes, the port said. "
    "(Photo/example.com) Work began in 2018. (Web editor: Wen Ying) Add your comment " + "more " * 400
)


def test_an_undated_story_keeps_its_lead_before_a_photo_credit() -> None:
    lead = "On Nov. 16, the port of Lindby opened its fourth deep-water berth, local media reported."
    article = parse_item(_UNDATED.format(lead=lead).encode())
    text = article.body.text
    assert text.startswith("On Nov. 16, the port of Lindby opened")
    assert "The berth can take ships" in text and "Work began in 2018." in text
    assert "(Photo/example.com)" not in article.body.paragraphs  # a bare credit is no paragraph


def test_a_leading_caption_without_a_report_still_goes() -> None:
    caption = "Cranes stand at the new berth in Lindby, Nov. 15, 2020."
    article = parse_item(_UNDATED.format(lead=caption).encode())
    assert not article.body.text.startswith("Cranes stand")
    assert article.body.text.startswith("The berth can take ships")


def test_a_story_with_its_lead_first_keeps_its_own_captions() -> None:
    page = (
        "Farm goes driverless - Example Daily Online Home English >> Farm goes driverless "
        "( Example Daily Online ) 09:45, November 18, 2020 "
        "A rice farm in Waldby now runs its harvesters without drivers, the county said on Tuesday. "
        "Photo taken on Nov. 10, 2020 shows a harvester in a field in Waldby. (Photo by Li Ming/Xinhua) "
        "The farm covers 1,300 hectares. (Web editor: Wen Ying) Add your comment " + "more " * 400
    )
    text = parse_item(page.encode()).body.text
    assert text.startswith("A rice farm in Waldby")
    assert "Photo taken on Nov. 10, 2020 shows a harvester" in text
    assert "The farm covers 1,300 hectares." in text
