"""HTML page furniture that must not reach ``body.text``, and its look-alikes that must.

Classes (each with cases that go and cases that stay):

* captions of other stories: a teaser block (image or caption plus a headline link to
  another page of the site) goes; the story's own photo caption stays, and so does a
  product in a listicle (a price, a link to a shop);
* page trailers: CSS breakpoint names, an empty scoreboard ("0 : 0"), share rows,
  follow / subscribe / contact lines, cookie notices;
* syndication and reprint notes ("This article originally appeared on X.", a book excerpt's
  rights line) go; a sentence that says when something was first published stays;
* contact lines led by a name or "To contact ..." and invitations to comment or write a letter
  go; a police appeal with an address and a sentence about readers' comments stay;
* subscription, paywall and app pitches (short questions to the reader may open them) go; a
  story's own "To read the report, click here." and subscribers in a story stay;
* teaser headings ("You might also like:", "Editors' recommendations", "More on X:") and the
  titles under them go, inside the story too; the story's next sentence and subheads stay;
* the page's filing labels ("Tags: ...", "- Keywords ...", "- Author X") and loading widgets
  ("Loading Photo Gallery") go; sentences and agenda items that open with those words stay;
* a byline block at the head (the writer's name or a staff credit over the writer's address,
  "Written by: X") goes; an address under a line that does not name its owner stays;
* pointers to the outlet's own policies ("Our Standards: ...") go; sentences about standards stay;
* prices in a listicle ("$499 at Best Buy", "Price: £29.99") are body text.

Scores, decided: a line that is nothing but a score ("0 : 0", "- : -", "2-1") is a widget
leftover wherever it stands; a "Team 0 : 0 Team" row goes only when it trails the story of
an HTML page (in wire copy such rows are a results story's content); a sentence that reports
a score ("The derby ended 0 : 0 ...") is story text.

All pages and names here are made up.
"""

from __future__ import annotations

import time

import pytest
from trafilatura.utils import load_html

from consumer.parse import parse_item
from consumer.parse.html import drop_other_story_teasers
from consumer.parse.wiretext import analyse

STORY = [
    "The Lindqvist valley water board on Monday approved a new reservoir above the village of Orrby, "
    "ending three years of dispute over where it should be built.",
    "Board members voted six to two for the plan, which is expected to cost about 40 million crowns "
    "and should hold enough water for two dry summers.",
    '"We finally have a plan that the farmers and the town can both live with," board chair Ingrid Mossberg '
    "said after the meeting.",
    "Opponents had argued that the dam would flood a stretch of old pasture. The board said the shoreline "
    "had been moved to spare most of it.",
    "Construction is due to start next spring.",
]
SITE = "https://www.valleycourier.example"
PAGE_URL = f"{SITE}/news/2031/reservoir-approved"


def page(inserted: str = "", trailer: str = "", *, at: int = 2, wrap: str = "article") -> bytes:
    paragraphs = [f"<p>{p}</p>" for p in STORY]
    paragraphs.insert(at, inserted)
    return f"""<!DOCTYPE html><html lang="en"><head>
<title>Water board approves Orrby reservoir | Valley Courier</title>
<link rel="canonical" href="{PAGE_URL}">
<meta property="article:published_time" content="2031-05-12T08:00:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<{wrap} class="story"><h1>Water board approves Orrby reservoir</h1>
{"".join(paragraphs)}
{trailer}
</{wrap}>
<footer><p>Copyright 2031 Valley Courier</p></footer>
</body></html>""".encode()


def body(raw: bytes) -> str:
    return parse_item(raw, "text/html").body.text


def assert_story_whole(text: str) -> None:
    for paragraph in STORY:
        assert paragraph in text


# --------------------------------------------------------------------------- captions of other stories

OTHER_CAPTION = "Skaters race across the frozen lake at Tallnas on Sunday. (Photo by Per Ekdahl)"
OTHER_HEADLINE = "Tallnas skaters break club record on frozen lake"

TEASERS = {
    "figure and heading in a block": f"""<div class="promo"><figure><img src="/img/skate.jpg">
        <figcaption>{OTHER_CAPTION}</figcaption></figure>
        <h3><a href="/sport/tallnas-skaters-record">{OTHER_HEADLINE}</a></h3></div>""",
    "whole teaser is one link": f"""<a href="/sport/tallnas-skaters-record"><img src="/img/skate.jpg">
        <span>{OTHER_CAPTION}</span> <span>{OTHER_HEADLINE}</span></a>""",
    "image, caption and bold link in the story container": f"""<p><img src="/img/skate.jpg"></p>
        <p>{OTHER_CAPTION}</p><p><b><a href="/sport/tallnas-skaters-record">{OTHER_HEADLINE}</a></b></p>""",
    "linked image then a plain headline link": f"""<figure><a href="/sport/tallnas-skaters-record">
        <img src="/img/skate.jpg"></a><figcaption>{OTHER_CAPTION}</figcaption></figure>
        <p><a href="/sport/tallnas-skaters-record">{OTHER_HEADLINE}</a></p>""",
    "absolute link to the same site, with a standfirst": f"""<div class="card"><img src="/img/skate.jpg">
        <p class="credit">{OTHER_CAPTION}</p>
        <h2 class="card-title"><a href="{SITE}/sport/tallnas-skaters-record">{OTHER_HEADLINE}</a></h2>
        <p>The club had waited eleven winters for ice this thick.</p></div>""",
}


@pytest.mark.parametrize("teaser", TEASERS.values(), ids=list(TEASERS))
@pytest.mark.parametrize("wrap", ["article", "div"])
def test_teaser_of_another_story_is_cut(teaser: str, wrap: str) -> None:
    text = body(page(teaser, wrap=wrap))
    assert "Skaters race" not in text and "Tallnas" not in text
    assert_story_whole(text)


OWN_CAPTION = "The slope above Orrby where the new dam will stand. (Photo by Lina Berg)"

OWN_PHOTOS = {
    "figure with caption": f"""<figure><img src="/img/orrby.jpg">
        <figcaption>{OWN_CAPTION}</figcaption></figure>""",
    "caption with a link to the photographer": """<div class="photo"><img src="/img/orrby.jpg">
        <p>The slope above Orrby where the new dam will stand. Photo:
        <a href="/staff/lina-berg-photographer-profile">Lina Berg, staff photographer</a></p></div>""",
    "photo linked to its own file, then the story's subheading": f"""<div><a href="/img/orrby-large.jpg">
        <img src="/img/orrby.jpg"></a><p>{OWN_CAPTION}</p></div><h3>What the farmers wanted</h3>""",
    "photo linked to the page itself": f"""<div><a href="{PAGE_URL}"><img src="/img/orrby.jpg"></a>
        <h3><a href="{PAGE_URL}">Water board approves Orrby reservoir</a></h3></div>""",
}


@pytest.mark.parametrize("photo", OWN_PHOTOS.values(), ids=list(OWN_PHOTOS))
def test_the_stories_own_photo_is_not_a_teaser(photo: str) -> None:
    assert drop_other_story_teasers(load_html(page(photo).decode())) == 0
    assert_story_whole(body(page(photo)))


def test_own_caption_left_by_extraction_is_article_text() -> None:
    # The caption reaches the text (here as a plain paragraph): it stays, and the
    # paragraphs before it are not taken for captions either.
    text = body(page(f"<p>{OWN_CAPTION}</p>", at=2))
    assert OWN_CAPTION in text
    assert_story_whole(text)


KETTLE = "Steelbrook travel kettle with fold-down handle"
LISTICLE_ITEMS = {
    "price in the block": f"""<div class="product"><img src="/img/kettle.jpg">
        <h3><a href="/reviews/steelbrook-kettle-review-test">{KETTLE}</a></h3>
        <p>Price: £29.99</p></div>""",
    "link to a shop": f"""<div class="product"><img src="/img/kettle.jpg">
        <h3><a href="https://shop.example.com/steelbrook-kettle">{KETTLE}</a></h3>
        </div>""",
    "price link after the picture": """<figure><img src="/img/kettle.jpg"><figcaption>Steelbrook travel
        kettle</figcaption></figure><h3><a href="/go/steelbrook">$49 at Kettle Barn</a></h3>""",
}


@pytest.mark.parametrize("item", LISTICLE_ITEMS.values(), ids=list(LISTICLE_ITEMS))
def test_a_listicle_product_is_not_a_teaser(item: str) -> None:
    assert drop_other_story_teasers(load_html(page(item).decode())) == 0


# --------------------------------------------------------------------------- page trailers

TRAILERS = {
    "breakpoint names, one per line": '<div class="bp"><div>xs</div><div>sm</div><div>md</div>'
    "<div>lg</div><div>xl</div></div>",
    "breakpoint names on one line": "<p>mobile tablet desktop</p>",
    "empty scoreboard": '<div class="score"><span>0 : 0</span></div>'
    '<div class="score"><span>- : -</span></div>',
    "scoreboard row": '<div class="match"><span>Orrby IF</span> <span>0 : 0</span>'
    " <span>Tallnas BK</span></div>",
    "share row": '<div class="share"><p>Facebook | Twitter | WhatsApp | Email</p></div>',
    "follow line": "<p>Follow the Valley Courier on Instagram, Facebook and TikTok.</p>",
    "subscribe line": "<p>Sign up for the Morning Courier to get our free newsletter in your inbox.</p>",
    "contact line": "<p>Email Ingrid Holm at ingrid.holm@valleycourier.example or follow her @iholm.</p>",
    "cookie notice": '<div class="notice"><p>We use cookies to give you the best experience on our website. '
    "By continuing to browse you agree to our use of cookies.</p><p>Accept all cookies</p></div>",
    "another story's headline": "<p>Read more: Tallnas skaters break club record on frozen lake</p>",
    "reporting credit": "<p>Additional reporting by Sven Aldermark</p>",
    "contributor line": "<p>Valley Courier's Maja Lind contributed to this report.</p>",
    "writer credit": "<p>Petra Norn, VC Environment Writer</p>",
    "update time": "<p>Updated at 1:23 p.m.</p>",
    "tip line": "<p>Have a tip? Ingrid Holm may be reached at iholm@valleycourier.example.</p>",
    "affiliate notice": "<p>If you buy something through this post, "
    "the Courier may get a share of the sale.</p>",
    "source line": "<p>SOURCE: News agencies</p>",
    "reprint notice": "<p>This copy is for your personal, non-commercial use only. To order "
    "presentation-ready copies for your colleagues visit http://reprints.example.</p>",
    "an empty byline label": "<p>By</p>",
    "a tagged teaser": "<p>Skaters break club record on the frozen lake [VIDEO]</p>",
    "a tagged teaser with a link bar": "<p>Mayor furious at council over late budget [INSIGHT]|</p>",
    "a writer's bio ending in a call to follow": '<p>Ingrid Holm\'s book about the valley, "High Water" '
    "(Lindqvist Press, 2029), is out now. Follow her on Twitter @iholm. Follow us on Facebook.</p>",
    "a list of article tools": "<ul><li>Tweet this</li><li>Email this article</li>"
    "<li>Digg this</li><li>Reprints</li><li>Permalink</li></ul>",
    "a trending section under the story": "<ul><li>Share this</li></ul><h3>Trending On Valley Courier</h3>"
    "<p>Skaters break club record on the frozen lake</p>",
    "an around-the-web widget": "<h4>Around The Web</h4><p>Skaters break club record on the frozen lake</p>"
    "<p>Ten barns you can visit this summer</p>",
    "more from a named site": "<p>More from ValleyBusiness.example.com:</p><ul>"
    "<li>Five ways to fund a farm shop"
    "</li><li>Your year-end checklist for small firms</li></ul>",
    "a promo for the outlet's podcast": "<p>Catch up on the valley vote with Courier reporters on our "
    "weekly politics podcast, \u201cField Notes.\u201d</p>",
    "a promo for the outlet's newsletter": "<p>Check out our free daily farming newsletter, The Furrow.</p>",
    "a closing list of other stories' headlines": "<ul><li>- Tallnas skaters break club record on frozen lake"
    "</li><li>- Photos: the valley's oldest barns</li>"
    "<li>- What the new bridge means for commuters</li></ul>",
}


@pytest.mark.parametrize("trailer", TRAILERS.values(), ids=list(TRAILERS))
def test_page_trailer_is_dropped(trailer: str) -> None:
    text = body(page(trailer=trailer))
    assert text.split("\n\n") == STORY


def test_trailers_inside_the_story_are_dropped_too() -> None:
    widgets = "<p>xs</p><p>0 : 0</p><p>Subscribe to our newsletter</p>"
    assert body(page(widgets, at=3)).split("\n\n") == STORY


STAYS = {
    "a sentence reporting a score": "The derby ended 0 : 0 after the home side missed a late penalty.",
    "a sentence about following": "Several farmers said they would follow the board's decision closely.",
    "a sentence about subscriptions": "The paper said its subscribers doubled once the valley got broadband.",
    "cookies in a story": "Regulators want sites to ask before they track their visitors with cookies.",
    "a bakery's cookies": "Our cookies sold out within an hour, the baker told the fair's visitors.",
    "a line that starts like a call to action": "Like her, many residents had never seen the valley flooded.",
    "a price in a listicle": "$499 at Best Buy",
    "a labelled price": "Price: £29.99",
    "a breakpoint name in a sentence": "The new desktop app lets farmers read the gauges.",
    "a sentence about reporting": "Reporting by local papers had warned of the flood risk for years.",
    "ordering copies in a story": "To order more copies of the map, the council wrote to the printer.",
    "an address in a sentence": "The map is at https://valleycourier.example/map for all to see.",
    "an address alone on a line": "https://valleycourier.example/flood-map",
    "a byline-like word in a sentence": "By noon the river had reached the bridge.",
    "a writer in a sentence": "Petra Norn, a science writer, told the board the numbers were sound.",
    "a sentence about an update": "Updated maps show the new shoreline 40 metres from the old barns.",
    "a source in a sentence": "The source of the river lies 12 km above the village, surveyors said.",
    "a tip in a sentence": "If you have a tip about the reservoir, the board said, write to the clerk.",
    "a sentence with a credit tag": "The board said the figures were final. [VCN]",
    "a bracket in a sentence": "The chair said the old plan [for the lower dam] had been dropped in May.",
    "a status tag": "July 3 \u2013 Orrby, VA @ Valley Amphitheatre [SOLD OUT]",
    "a redaction": "The letter was signed by the deputy chief of staff, [REDACTED]",
    "an agency tag": "The board said the figures were final [VCN]",
    "a tool word in a sentence": "Save this for the spring, the clerk told the valley's farmers.",
    "a list item on reprints": "- Reprints of the 1931 flood map are on sale at the town hall.",
    "trending in a sentence": "Trending on social media, the photo of the barn drew the board's attention.",
    "more from a site in a sentence": "More from the site's archive was released to the board on Monday.",
    "a subhead on more of the story": "More on the flood",
    "around the web in a sentence": "Around the web, readers shared photos of the flooded barns.",
    "catching up in a sentence": "Catch up on the harvest? The farmers said they could not before May.",
    "a podcast in a story": "Listen to the farmers, the mayor told the board, not to a podcast.",
    "checking out a programme in a story": "Check out times at our library changed, the clerk said in May.",
    "a sentence naming a writer to follow": "Readers who follow her column know the valley well, Holm said.",
}


def test_a_closing_list_with_prices_or_a_single_item_stays() -> None:
    # a listicle's own entries carry prices; one list item alone is no run of teasers
    priced = "<p>- Orrby rain boots for $49</p><p>- Valley fleece for $89</p>"
    assert "Orrby rain boots for $49" in body(page(trailer=priced))
    single = "<p>- The board meets again on June 3</p>"
    assert "The board meets again on June 3" in body(page(trailer=single))


@pytest.mark.parametrize("line", STAYS.values(), ids=list(STAYS))
def test_look_alikes_stay(line: str) -> None:
    text = body(page(f"<p>{line}</p>", at=3))
    assert line in text
    assert_story_whole(text)


def test_scoreboard_row_in_wire_results_stays() -> None:
    results = "\n".join(
        [
            "Valley league results",
            "ORRBY, May 12 -- Results of the valley football league on Sunday:",
            "Orrby IF 2 : 1 Tallnas BK",
            "Norrhed FF 0 : 0 Lindvik IK",
        ]
    )
    assert analyse(results).paragraphs[-2:] == ["Orrby IF 2 : 1 Tallnas BK", "Norrhed FF 0 : 0 Lindvik IK"]


def test_listicle_prices_stay_in_the_body() -> None:
    items = (
        "<h3>1. Steelbrook travel kettle</h3>"
        "<p>A kettle that folds flat and boils a cup in two minutes.</p><p>Price: £29.99</p>"
        '<p><a href="https://shop.example.com/steelbrook">$49 at Kettle Barn</a></p>'
        '<figure><img src="/img/kettle.jpg"><figcaption>The Steelbrook kettle folded for packing.'
        '</figcaption></figure><p><a href="/go/steelbrook-deal">$499 at Best Buy</a></p>'
    )
    text = body(page(items, at=4))
    for line in ("Price: £29.99", "$49 at Kettle Barn", "$499 at Best Buy"):
        assert line in text
    assert_story_whole(text)


# --------------------------------------------------------------------------- cost on hostile lines

HOSTILE_LINES = [
    "Email the desk at " + "a@" * 290,
    "Listen: " + "www.x " * 99 + "!",
    "More: " + "http://x" * 70 + " and",
    "Follow " + "a " * 290 + "on",
    "Share " * 99 + "!",
    "we use cookie " * 42 + "!",
    "xs " * 199 + "!",
    "a " * 150 + "1 : 1 " + "b " * 140 + "!",
]


def test_widget_rules_stay_linear_on_hostile_lines() -> None:
    text = "\n".join(line[:600] for line in HOSTILE_LINES * 100)
    start = time.perf_counter()
    analyse(text)
    assert time.perf_counter() - start < 5


# --------------------------------------------------------------------------- split bodies


def _split_page(second_class: str) -> bytes:
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return f"""<!DOCTYPE html><html lang="en"><head>
<title>Water board approves Orrby reservoir | Valley Courier</title>
<link rel="canonical" href="{PAGE_URL}"></head><body>
<h1>Water board approves Orrby reservoir</h1>
<div class="grid"><div class="body article__body">{first}</div>
<div class="rail"><div class="ad"></div></div></div>
<div class="row ad-row"><span>Advertisement</span></div>
<div class="grid"><div class="{second_class}">{rest}</div></div>
<footer><p>Copyright 2031 Valley Courier</p></footer>
</body></html>""".encode()


def test_a_body_split_by_an_advertisement_is_whole_again() -> None:
    text = body(_split_page("body article__body"))
    assert_story_whole(text)


def test_containers_of_another_class_are_not_joined() -> None:
    from consumer.parse.html import join_split_bodies

    tree = load_html(_split_page("related article__body teaser").decode())
    assert join_split_bodies(tree) == 0


@pytest.mark.parametrize(
    ("trailer", "kept"),
    [
        # a list the story introduces is story text
        (
            "<p>Residents can comment on the plan in three ways:</p><ul><li>- Write to the board at its "
            "Orrby office</li><li>- Speak at the public meeting in June</li><li>- Fill in the form in "
            "the library</li></ul>",
            "Speak at the public meeting in June",
        ),
        # the tail of a longer list (a recipe's) is no block of teasers
        (
            "<p>Ingredients:</p><ul><li>- 1 pound spaghetti</li><li>- 3 cloves garlic, sliced</li>"
            "<li>- Half a cup of olive oil</li><li>- Red pepper flakes to taste</li></ul>",
            "Red pepper flakes to taste",
        ),
        # a story sentence before a call to follow is no writer's bio
        (
            "<p>The network is expected to be finished by 2029. Follow her on Twitter @iholm.</p>",
            "The network is expected to be finished by 2029.",
        ),
        (
            "<p>The sheriff's office posts updates every hour. Follow them on Facebook for the latest "
            "road closures.</p>",
            "The sheriff's office posts updates every hour.",
        ),
    ],
)
def test_closing_lists_and_story_sentences_that_look_like_trailers_stay(trailer: str, kept: str) -> None:
    assert kept in body(page(trailer=trailer))


# --------------------------------------------------------------------------- syndication and reprint notes

SYNDICATION_NOTES = {
    "appeared on another outlet": "<p>This article originally appeared on The Fenwick Ledger.</p>",
    "a follow line then the note": "<p>Follow Petra Norn on Twitter and Mastodon. Follow us @orrbyscience. "
    "Originally published on Orrby Science.</p>",
    "original article": "<p>Original article on Orrby Science.</p>",
    "a version first appeared, with a date": "<p>A version of this story first appeared in the Lindqvist "
    "Examiner on May 3, 2031.</p>",
    "republished with permission": "<p>This story was originally published by Valley Farm Weekly and is "
    "republished with permission.</p>",
    "a note with its copyright": "<p>This essay originally appeared at Fenwick Review. Copyright 2031. "
    "Follow Fenwick Review on Twitter.</p>",
    "a book excerpt": "<p>Excerpted from \u201cThe Dry Summers\u201d by Ingrid H. Holm. "
    "Copyright \u00a9 2030 by Ingrid H. Holm. Used with permission of Mossberg & Lind, Orrby.</p>",
}


@pytest.mark.parametrize("note", SYNDICATION_NOTES.values(), ids=list(SYNDICATION_NOTES))
def test_syndication_note_is_dropped(note: str) -> None:
    assert body(page(trailer=note)).split("\n\n") == STORY


NOT_SYNDICATION_NOTES = {
    "a date of first publication": "Originally published in 1931, the map shows the old shoreline.",
    "a story that first appeared to be": "This story first appeared to be a rumour, but the board agreed.",
    "a plan that appeared in a report": "The plan originally appeared in a 2019 report, Mossberg said.",
    "a film adapted from a book": "Adapted from a novel by Jane Roe, the film about the valley opens Friday.",
    "permission in a sentence": "The farmers were used to asking the board for permission to build.",
}


@pytest.mark.parametrize("line", NOT_SYNDICATION_NOTES.values(), ids=list(NOT_SYNDICATION_NOTES))
def test_sentences_like_syndication_notes_stay(line: str) -> None:
    text = body(page(f"<p>{line}</p>", at=3))
    assert line in text
    assert_story_whole(text)


# --------------------------------------------------------------------------- contact lines, invitations

CONTACT_AND_COMMENT_LINES = {
    "a writer reached at, led by a title": "<p>Correspondent Maja Lind may be reached at "
    "mlind@courier.example.</p>",
    "reached at, then follow lines": "<p>Petra Norn can be reached at pnorn@courier.example. Follow her on "
    "Twitter @pnorn. Find ValleyCourier.example on Facebook.</p>",
    "to contact the reporter": "<p>To contact the reporter on this story: Sven Aldermark in Orrby at "
    "saldermark@courier.example</p>",
    "to reach the editor": "<p>To reach the reporter behind this story, contact maja@courier.example. "
    "To reach the editor, contact desk@courier.example</p>",
    "you can contact us": "<p>You can contact the Courier on Facebook, Instagram, or email "
    "news@courier.example</p>",
    "share it in the comments": "<p>Have something to add to this story? Share it in the comments.</p>",
    "letters to the editor": "<p>We want to hear what you think about this article. Submit a letter to the "
    "editor or write to letters@courier.example.</p>",
    "feel free to write": "<p>Feel free to send us your comments and/or criticisms.</p>",
    "comment below": "<p>Please spare some time to comment below, letting us know how your harvest went.</p>",
}


@pytest.mark.parametrize("line", CONTACT_AND_COMMENT_LINES.values(), ids=list(CONTACT_AND_COMMENT_LINES))
def test_contact_lines_and_invitations_to_comment_are_dropped(line: str) -> None:
    assert body(page(trailer=line)).split("\n\n") == STORY


NOT_CONTACT_LINES = {
    "reached at a place": "The mayor can be reached at the town hall most mornings, her office said.",
    "readers' comments in a story": "Readers in the comments below the video were divided over the dam.",
    "a police appeal with an address": "Anyone with information is asked to call 555-0134 or e-mail "
    "tips@orrby-police.example.",
    "an embedded post's signature": "\u2014 Maja Lind (@majalind) May 12, 2031",
}


@pytest.mark.parametrize("line", NOT_CONTACT_LINES.values(), ids=list(NOT_CONTACT_LINES))
def test_sentences_like_contact_lines_stay(line: str) -> None:
    text = body(page(f"<p>{line}</p>", at=3))
    assert line in text
    assert_story_whole(text)


# --------------------------------------------------------------------------- subscription and app pitches

PITCHES = {
    "subscribe to bookmark": "<p>Subscribe to Courier Plus to bookmark this article</p>",
    "a question, then start your subscription": "<p>Want to save stories to read later? Start your Courier "
    "Plus subscription today.</p>",
    "subscribe after an opening clause": "<p>For the full story and more photos, subscribe now and get the "
    "digital edition.</p>",
    "already a subscriber": "<p>If you\u2019re seeing this message but you\u2019re already a "
    "subscriber, you can log in for immediate access to this story.</p>",
    "never miss": "<p>Never miss the latest valley news by signing up to our alerts today!</p>",
    "a question, then sign up here": "<p>Do you want to hear about the next meeting? Sign up here</p>",
    "download the apps": "<p>For the latest stories and breaking news download the Courier apps for iOS and "
    "Android.</p>",
    "on the app, click here": "<p>If you're on the Valley Courier app, click here to watch live</p>",
    "questions, then comments": "<p>What do you think? Will the dam be ready in time? Let us know down "
    "below in the comments.</p>",
}


@pytest.mark.parametrize("line", PITCHES.values(), ids=list(PITCHES))
def test_subscription_and_app_pitches_are_dropped(line: str) -> None:
    assert body(page(trailer=line)).split("\n\n") == STORY


NOT_PITCHES = {
    "an app in a sentence": "Users can download the app from the council's website, the clerk said.",
    "getting an app ready": "Get the app ready before the vote, the clerk told her staff.",
    "subscribers in a story": "Subscribers to the water scheme will pay 40 crowns a month from June.",
    "a subscriber in a condition": "If you're a subscriber to the scheme, your rate stays the same, she said",
    "a question and an answer": "Who pays? Follow the money, the farmers' lawyer told the board.",
    "clicking in a story": "Residents who click on the map can see where the new shoreline will run.",
    "a link in words": "To read the board's full report on the reservoir, click here.",
}


@pytest.mark.parametrize("line", NOT_PITCHES.values(), ids=list(NOT_PITCHES))
def test_sentences_like_pitches_stay(line: str) -> None:
    text = body(page(f"<p>{line}</p>", at=3))
    assert line in text
    assert_story_whole(text)


# --------------------------------------------------------------------------- teaser headings and their titles

TEASER_BLOCKS = {
    "you might also like, after the story": "<p>Like this? You might also be interested in:</p>"
    "<p>Tallnas Skaters Break Club Record On The Frozen Lake</p><p>Why The Valley Loves Its Old Barns</p>",
    "editors' recommendations as a list": "<h4>Editors\u2019 Recommendations:</h4><ul>"
    "<li>- Tallnas skaters break club record</li><li>- Photos: the valley's oldest barns</li></ul>",
    "related article lines": "<p>Related article: Tallnas skaters break club record on frozen lake</p>"
    "<p>Related article: Could the old mill reopen by summer?</p>",
    "related videos": "<h3>Related Videos</h3><p>'Orrby's dam is not fit for a wet spring'</p>",
}


@pytest.mark.parametrize("block", TEASER_BLOCKS.values(), ids=list(TEASER_BLOCKS))
def test_teaser_heading_and_its_titles_are_dropped(block: str) -> None:
    assert body(page(trailer=block)).split("\n\n") == STORY


def test_a_teaser_block_inside_the_story_costs_the_story_nothing() -> None:
    block = (
        "<p>More on the reservoir:</p><p>What the new dam means for Orrby's farmers (Valley Courier)</p>"
        "<p>Map: where the shoreline will run</p>"
    )
    text = body(page(block, at=2))
    assert text.split("\n\n") == STORY


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        # a subhead on more of the story, with no colon, and its paragraph
        ("<p>More on the flood</p><p>The river rose two metres in a night.</p>", "More on the flood"),
        # a sentence after the heading is the story again
        (
            "<p>You might also like:</p><p>The board will meet again in June to set the water rates.</p>",
            "The board will meet again in June to set the water rates.",
        ),
        # a titled line in the story with no teaser heading above it
        ("<p>Why the valley fought the dam</p>", "Why the valley fought the dam"),
    ],
)
def test_lines_near_teaser_headings_that_are_story_text_stay(block: str, kept: str) -> None:
    text = body(page(block, at=3))
    assert kept in text
    assert_story_whole(text)


# --------------------------------------------------------------------------- filing labels, loading widgets

FILING_AND_LOADING = {
    "topics with a colon": "<p>Topics: Water Supply, Orrby Valley</p>",
    "an empty tags label": "<p>Tags:</p>",
    "a keywords list item in lower case": "<ul><li>Keywords reservoir, dam, pasture, water rates</li></ul>",
    "an author list item and related subjects": "<ul><li>Author Maja Lind</li>"
    "<li>Related Subjects Orrby</li></ul>",
    "filed under, empty": "<ul><li>Filed under:</li></ul>",
    "a loading gallery": "<p>Loading Photo Gallery</p>",
    "a loading ellipsis": "<p>Loading...</p>",
}


@pytest.mark.parametrize("line", FILING_AND_LOADING.values(), ids=list(FILING_AND_LOADING))
def test_filing_labels_and_loading_widgets_are_dropped(line: str) -> None:
    assert body(page(trailer=line)).split("\n\n") == STORY


NOT_FILING_LINES = {
    "topics in a sentence": "Topics ranged from water rates to the new school, the clerk said.",
    "an author in a sentence": "Author Maja Lind said the book on the valley took ten years.",
    "a list item on the agenda": "- Topics for the June meeting include the water rates",
    "loading in a sentence": "Loading the trucks with sandbags took all night",
}


@pytest.mark.parametrize("line", NOT_FILING_LINES.values(), ids=list(NOT_FILING_LINES))
def test_lines_like_filing_labels_stay(line: str) -> None:
    text = body(page(f"<p>{line}</p>", at=3))
    assert line in text
    assert_story_whole(text)


# --------------------------------------------------------------------------- a byline block at the head

HEAD_BYLINES = {
    "a name in capitals and the writer's address": "<p>MAJA LIND</p><p>maja.lind@courier.example</p>",
    "a staff credit and an address": "<p>Courier Staff Reporter</p><p>mlind@courier.example</p>",
    "written by with a colon": "<p>Written by: Maja Lind</p>",
}


@pytest.mark.parametrize("block", HEAD_BYLINES.values(), ids=list(HEAD_BYLINES))
def test_a_byline_block_at_the_head_is_dropped(block: str) -> None:
    assert body(page(block, at=0)).split("\n\n") == STORY


@pytest.mark.parametrize(
    "block",
    [
        # an address under a line that does not name its owner is left alone
        "<p>Orrby Water Board</p><p>clerk@orrby.example</p>",
        # a writer's address deep in the story is no byline block
        "<p>MAJA LIND</p><p>maja.lind@courier.example</p>",
    ],
)
def test_addresses_that_are_no_head_byline_stay(block: str) -> None:
    raw = page(block, at=0) if "clerk@" in block else page(block, at=4)
    text = body(raw)
    assert "@" in text
    assert_story_whole(text)


# --------------------------------------------------------------------------- the outlet's policies

POLICY_POINTERS = [
    "<p>Our Standards: The Valley Courier Trust Principles.</p>",
    "<p>Read our corrections policy.</p>",
    "<p>Learn more about our editorial standards and how we report.</p>",
]


@pytest.mark.parametrize("line", POLICY_POINTERS)
def test_pointers_to_the_outlets_policies_are_dropped(line: str) -> None:
    assert body(page(trailer=line)).split("\n\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Our standards have slipped since the flood, the board chair admitted.",
        "Our editorial board backs the reservoir plan, the Courier wrote in May.",
    ],
)
def test_sentences_about_standards_stay(line: str) -> None:
    text = body(page(f"<p>{line}</p>", at=3))
    assert line in text
    assert_story_whole(text)
