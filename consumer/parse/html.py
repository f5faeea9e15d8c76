"""HTML pages -> main text and page metadata, via trafilatura.

trafilatura does the boilerplate removal (it scores best on news pages among
open-source extractors); this module only makes its input safe and its output
typed. Hostile markup is bounded before lxml sees it: the tag count is capped
(deeply nested or tag-bomb pages), and DTD internal subsets are cut out so no
entity declaration ever reaches a parser (lxml's HTML parser does not expand
them, but nothing relies on that).

Before trafilatura sees the tree, teasers of other stories are cut out of it
(:func:`drop_other_story_teasers`): an image or its caption together with a
headline link to another page of the site. Only the markup knows that the
headline is a link, so this cannot wait for the text analysis. Short links that
state a price (a listicle's "$499 at Best Buy") become plain text
(:func:`unwrap_offer_links`), since trafilatura drops a line that is nothing but a
link. Cells of a layout table that are nothing but links (a menu, a share bar) are
taken out of the extracted table rows, and link bars out of the text
(:func:`link_blocks`, :func:`drop_link_blocks`). The line
rules for page trailers (share lines, cookie notices, breakpoint
names, scores) are in :mod:`consumer.parse.wiretext`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import load_html

from consumer.errors import ParseError
from consumer.parse.limits import ParseLimits

_TAG_RE = re.compile(rb"<[A-Za-z!/?]")
_DOCTYPE_SUBSET_RE = re.compile(r"<!DOCTYPE[^>\[]{0,500}\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_DECL_RE = re.compile(r"<!ENTITY[^>]{0,2000}>", re.IGNORECASE)
_HTML_SNIFF_RE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*(?:<!DOCTYPE\s+html|<html))",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAG_RE = re.compile(
    r"<(?:p|div|article|section|h[1-6]|br|table|span|a|li|ul|title|meta)\b[^>]*>", re.I
)
_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)", re.I)
# The page's own machine-readable publication time: Open Graph / article meta, schema.org
# JSON-LD, or a <time datetime> element. trafilatura (htmldate) reports the day only.
_PUBLISHED_RE = re.compile(
    r"""<meta\s[^>]{0,200}?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|dc\.date\.issued|sailthru\.date)["'][^>]{0,200}?"""
    r"""content\s*=\s*["']([^"'>]{8,40})["']"""
    r"""|"datePublished"\s*:\s*"([^"]{8,40})"|<time\b[^>]{0,200}?\bdatetime\s*=\s*["']([^"'>]{8,40})["']""",
    re.IGNORECASE,
)
_STRUCTURE_RE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_CLOSED_RE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)

# --------------------------------------------------------------------------- teasers of other stories

# An lxml.html element (lxml ships no type stubs; the project does not install lxml-stubs).
HtmlElement = Any

_MEDIA_XPATH = (
    "//img | //picture | //video | //figure | //figcaption"
    " | //*[contains(@class, 'caption') or contains(@class, 'Caption')]"
)
# Links whose text may hold an amount of money (the regex decides).
_MONEY_LINK_XPATH = (
    "//a["
    + " or ".join(
        f"contains(., '{sign}')"
        for sign in ("$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "CHF", "Rs", "INR")
    )
    + "]"
)
_STOP_TAGS = frozenset({"body", "html", "article", "main"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADLINE_HINT_RE = re.compile(r"title|headline|heading|\bhed\b", re.IGNORECASE)
_CAPTION_HINT_RE = re.compile(r"caption", re.IGNORECASE)
_MEDIA_PATH_RE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|mp4|webm|pdf)$", re.IGNORECASE)
# A link or block with a price is a product in a listicle (body text), never a teaser.
_AMOUNT = r"[$€£¥₹]\s?\d|\d(?:[.,]\d+)?\s?(?:€|£|USD|EUR|GBP|CHF)\b|\b(?:USD|EUR|GBP|CHF|Rs\.?|INR)\s?\d"
_PRICE_RE = re.compile(rf"{_AMOUNT}|\bprice\b", re.IGNORECASE)
_AMOUNT_RE = re.compile(_AMOUNT, re.IGNORECASE)
_MAX_OFFER_CHARS = 120
_MAX_SITE_OFFER_WORDS = 8  # a link within the site with a price: an offer if short, else a headline
# An author's or contributor's page: the photo beside it is a byline portrait.
_PERSON_PATH_RE = re.compile(
    r"/(?:authors?|by|people|person|profiles?|contributors?|staff|writers?|columnists?|team|users?|journalists?)(?:/|$)",
    re.IGNORECASE,
)
_INLINE_TAGS = frozenset(
    {"a", "span", "b", "strong", "em", "i", "small", "img", "picture", "abbr", "sup", "sub"}
)
_SITE_URL_XPATH = (
    "/html/head/link[@rel='canonical']/@href | /html/head/meta[@property='og:url']/@content"
    " | /html/head/base/@href"
)
_MAX_TEASER_SEEDS = 300
_SMALL_BLOCK_CHARS = 700  # climbing stops at an ancestor with more text, or that adds more:
_MAX_CLIMB_GAIN = 500  # that is the story itself (or a short story's container)
_MAX_TEASER_REST = 300  # a teaser's text besides its headline link: a caption and a standfirst
_MAX_CAPTION_CHARS = 300
_HEADLINE_WORDS = (4, 30)  # fewer is a name (an author card) or a section link
_MAX_CLIMB = 5


@dataclass(frozen=True, slots=True)
class _Site:
    host: str | None
    path: str | None


def _host(netloc: str) -> str:
    return netloc.lower().rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www.")


def _page_site(tree: HtmlElement) -> _Site:
    for value in tree.xpath(_SITE_URL_XPATH):
        parts = urlsplit(str(value).strip())
        if parts.netloc:
            return _Site(_host(parts.netloc), parts.path.rstrip("/") or None)
    return _Site(None, None)


def _is_story_link(link: HtmlElement, site: _Site) -> bool:
    """A link to another page of the same site (where the other stories are)."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return False
    parts = urlsplit(href)
    if parts.netloc and (site.host is None or _host(parts.netloc) != site.host):
        return False  # another site: a shop, a source, a partner; not knowably a teaser
    path = parts.path.rstrip("/")
    if not path or _MEDIA_PATH_RE.search(path) or _PERSON_PATH_RE.search(path):
        return False  # the home page, the photo itself (a lightbox), an author page
    return not (site.path and path == site.path)


def _is_own_page(link: HtmlElement, site: _Site) -> bool:
    parts = urlsplit((link.get("href") or "").strip())
    same_host = not parts.netloc or (site.host is not None and _host(parts.netloc) == site.host)
    return same_host and site.path is not None and parts.path.rstrip("/") == site.path


class _Texts:
    """Texts of elements, and verdicts on them, computed once each (seeds share ancestors)."""

    def __init__(self) -> None:
        self._cache: dict[HtmlElement, str] = {}
        self.verdicts: dict[tuple[str, HtmlElement], bool] = {}

    def once(self, kind: str, element: HtmlElement, decide: Callable[[HtmlElement], bool]) -> bool:
        key = (kind, element)
        verdict = self.verdicts.get(key)
        if verdict is None:
            verdict = self.verdicts[key] = decide(element)
        return verdict

    def __call__(self, element: HtmlElement) -> str:
        text = self._cache.get(element)
        if text is None:
            text = " ".join(element.text_content().split())
            self._cache[element] = text
        return text


def _in_caption(element: HtmlElement, stop: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None and node is not stop:
        if node.tag == "figcaption" or _CAPTION_HINT_RE.search(node.get("class") or ""):
            return True
        node = node.getparent()
    return False


def _headline_links(block: HtmlElement, site: _Site, texts: _Texts) -> Iterator[HtmlElement]:
    low, high = _HEADLINE_WORDS
    for link in block.iter("a"):
        text = texts(link)
        if (
            low <= len(text.split()) <= high
            and not _PRICE_RE.search(text)
            and _is_story_link(link, site)
            and not _in_caption(link, block)
        ):
            yield link


def _is_teaser_block(block: HtmlElement, site: _Site, texts: _Texts) -> bool:
    """An image/caption block whose only other text is a headline link to another page."""
    text = texts(block)
    if _PRICE_RE.search(text):
        return False
    links = list(_headline_links(block, site, texts))
    if not links:
        return False
    rest = len(text) - sum(len(texts(link)) for link in links)
    return rest <= _MAX_TEASER_REST


def _is_headline_element(element: HtmlElement, site: _Site, texts: _Texts, *, plain: bool = False) -> bool:
    """A heading (or a bold / headline-classed element) that is nothing but a story link.

    ``plain``: any element will do (the image before it links to another story too).
    """
    kind = "plain headline" if plain else "headline"
    return texts.once(kind, element, lambda node: _headline_element(node, site, texts, plain=plain))


def _headline_element(element: HtmlElement, site: _Site, texts: _Texts, *, plain: bool) -> bool:
    text = texts(element)
    if not text:
        return False
    headed = (
        plain
        or element.tag in _HEADING_TAGS
        or _HEADLINE_HINT_RE.search(element.get("class") or "") is not None
        or any(child.tag in ("b", "strong") and texts(child) == text for child in element.iter("b", "strong"))
    )
    return headed and any(texts(link) == text for link in _headline_links(element, site, texts))


def _next_element(element: HtmlElement, texts: _Texts) -> HtmlElement | None:
    node = element.getnext()
    while node is not None and (
        not isinstance(node.tag, str) or not (texts(node) or node.tag in ("img", "picture"))
    ):
        if (node.tail or "").strip():
            return None
        node = node.getnext()
    if (element.tail or "").strip():
        return None
    return node


def _remove(element: HtmlElement) -> None:
    """Cut the element out; a block leaves a line break, so the text around it stays apart."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tag in _INLINE_TAGS:
        element.drop_tree()  # inside a sentence (a hover card): the sentence closes up
        return
    gap = element.makeelement("br", {})
    gap.tail = element.tail
    parent.replace(element, gap)


def unwrap_offer_links(tree: HtmlElement) -> int:
    """Turn short links that state a price ("Get it on Amazon for $49", "$499 at Best Buy") into text.

    In a listicle these offer lines are body text, but a paragraph or list item that is
    nothing but a link looks like navigation to trafilatura, which drops it. An offer links
    to a shop (another site); a link within the site counts only when short, since a longer
    one is the headline of another story ("Retailer cuts laptops to $700, ..."). Returns how
    many links were unwrapped.
    """
    site = _page_site(tree)
    offers = []
    for link in tree.xpath(_MONEY_LINK_XPATH):
        text = " ".join(link.text_content().split())
        if len(text) > _MAX_OFFER_CHARS or not _AMOUNT_RE.search(text) or _is_own_page(link, site):
            continue  # a link to the page itself is its headline or a permalink
        if len(text.split()) <= _MAX_SITE_OFFER_WORDS or not _is_story_link(link, site):
            offers.append(link)
    for link in offers:
        link.drop_tag()
    return len(offers)


_BODY_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:article[_-]{0,2}body|articleBody|story[_-]body|body[_-]{1,2}container|post[_-]content"
    r"|entry[_-]content|article[_-]content|story[_-]content)(?:$|[\s_-])",
    re.IGNORECASE,
)


def join_split_bodies(tree: HtmlElement) -> int:
    """Put a story body that the page splits into several containers (an advertisement row
    between them) back into one: the later containers of the same class move into the first.

    Extraction keeps one container, so a split body lost everything after the first
    advertisement. Only containers whose class names an article body and that share the
    exact class attribute, none inside another, are joined. Returns how many were moved."""
    groups: dict[str, list[HtmlElement]] = {}
    for element in tree.iter("div", "section", "article"):
        cls = element.get("class") or ""
        if cls and _BODY_CLASS_RE.search(cls):
            groups.setdefault(cls, []).append(element)
    moved = 0
    for parts in groups.values():
        if len(parts) < 2:
            continue
        first = parts[0]
        if any(_inside(p, q) for p in parts for q in parts if p is not q):
            continue
        for part in parts[1:]:
            for child in list(part):
                first.append(child)
            parent = part.getparent()
            if parent is not None:
                parent.remove(part)
            moved += 1
    return moved


def _inside(inner: HtmlElement, outer: HtmlElement) -> bool:
    return any(ancestor is outer for ancestor in inner.iterancestors())


_CELL_TAGS = frozenset({"td", "th"})
# Characters that separate a menu's links and are never words: bars, bullets, dashes, arrows.
_SEPARATOR_CHARS_RE = re.compile(r"[\s|\u00a6\u00b7\u2022\u2013\u2014\-/:>\u00bb\u00ab\u203a\u2039\[\]()]+")
_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
# A row of a layout table led by its copyright notice: the page's footer (its owner, address,
# legal pages), never the story, wherever the table puts it.
_COPYRIGHT_CELL_RE = re.compile(
    r"(?:\u00a9|\(c\)\s*\d{4}|Copyright\b|All rights reserved\b|All content\s+(?:\u00a9|copyright))",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_CREDIT_WORDS = 5
_MAX_LINK_CELLS = 2000
# A menu, link bar or footer is short: a block of more link words than this is no menu line,
# and its text is never built. Without the bound a page of link blocks nested in each other
# (200 wrappers around 3 MB of links) built the whole text once per wrapper: 34 s of CPU.
_MAX_MENU_CHARS = 20_000


def _word_chars(text: str | None) -> int:
    return len(_SEPARATOR_CHARS_RE.sub("", text)) if text else 0


def _cell_key(text: str) -> str:
    return " ".join(text.replace("\\|", "|").split())


@dataclass(frozen=True, slots=True)
class LinkBlocks:
    """Texts (whitespace-normalised) of a page's blocks whose every word is link text."""

    cells: frozenset[str]  # table cells, any number of links
    lines: frozenset[str]  # other blocks of two links or more: a menu or a link bar on a line


def _text_and_tail(element: HtmlElement) -> str:
    return (element.text_content() if isinstance(element.tag, str) else "") + (element.tail or "")


def _add_line(lines: set[str], text: str) -> None:
    if not _AMOUNT_RE.search(text):
        lines.add(text)


class _Run:
    """The children of a block between two line breaks, and its counts."""

    def __init__(self, head: str | None, total: int) -> None:
        self.parts: list[HtmlElement] = []
        self.head = head or ""
        self.total, self.linked, self.links = total, 0, 0

    def add(self, child: HtmlElement, total: int, linked: int, links: int) -> None:
        self.parts.append(child)
        self.total += total + _word_chars(child.tail)
        self.linked += linked
        self.links += links

    def close(self, lines: set[str]) -> None:
        if (
            self.total
            and self.total <= _MAX_MENU_CHARS
            and self.linked == self.total
            and self.links >= 2
            and len(lines) < _MAX_LINK_CELLS
        ):
            text = self.head + "".join(_text_and_tail(part) for part in self.parts)
            _add_line(lines, _cell_key(text))


def link_blocks(tree: HtmlElement) -> LinkBlocks:
    """The texts of table cells, and of blocks of two links or more, whose every word is link
    text: a page's menus.

    Pages laid out in tables (most news sites before about 2010) hold their navigation bar,
    section list, share bar and footer links in cells of the same table as the story, and
    trafilatura keeps such a table whole ("| Home | | World | | Business |"), so the link
    labels reach the body as lines of capitalised words that the model takes for
    organisations; a footer's link bar ("About us | Contact us | Archive") comes through as
    a line of its own. A cell of the story, a caption or a data table holds words that are
    no link. The blocks stay in the tree (trafilatura weighs a block's link density to drop
    it), and :func:`drop_link_blocks` takes their texts out of the extracted text. One pass
    from the leaves up counts each element's word characters, those inside links and its
    links (linear in the page). A line that states an amount stays: a listicle's offers
    ("Kelbrook Swift 3 | $999 at Shopmart") are body text (:func:`unwrap_offer_links`).
    """
    counts: dict[HtmlElement, tuple[int, int, int]] = {}
    cells: set[str] = set()
    lines: set[str] = set()
    for element in reversed(list(tree.iter())):
        if not isinstance(element.tag, str):
            continue
        total = _word_chars(element.text)
        linked = links = 0
        run = _Run(element.text, total)  # the stretch since the last <br>: a line of its own
        broken = False
        for child in element:
            child_total, child_linked, child_links = counts.pop(child, (0, 0, 0))
            total += child_total + _word_chars(child.tail)
            linked += child_linked
            links += child_links
            if child.tag == "br":
                broken = True
                run.close(lines)
                run = _Run(child.tail, _word_chars(child.tail))
            else:
                run.add(child, child_total, child_linked, child_links)
        if element.tag == "a":
            linked = total
            links = 1 if total else 0
        elif broken:
            run.close(lines)
        counts[element] = (total, linked, links)
        if (
            not total
            or total > _MAX_MENU_CHARS
            or linked != total
            or len(cells) + len(lines) >= _MAX_LINK_CELLS
        ):
            continue
        if element.tag in _CELL_TAGS:
            cells.add(_cell_key(element.text_content()))
        elif links >= 2:
            _add_line(lines, _cell_key(element.text_content()))
    return LinkBlocks(frozenset(cells), frozenset(lines))


def _footer_row(lead: str) -> bool:
    """The row's first words are a copyright notice with a year or a footer's length; a photo's
    short credit ("(c) Reuters") stays."""
    return bool(_COPYRIGHT_CELL_RE.match(lead)) and (
        _YEAR_RE.search(lead) is not None or len(lead.split()) >= _CREDIT_WORDS
    )


def drop_link_blocks(text: str, blocks: LinkBlocks) -> str:
    """The extracted text with those cells emptied in its table rows ("| a | b |") and those
    blocks' lines gone; a row left with no words goes, and so does a row led by a copyright
    notice ("| (c) 2031 Gazette Ltd. All rights reserved. Terms of Use |")."""
    if "|" not in text and not blocks.lines:
        return text
    lines = []
    for line in text.split("\n"):
        row = line.strip()
        if len(row) > 1 and row[0] == "|" and row[-1] == "|":
            parts = _CELL_SPLIT_RE.split(row[1:-1])
            lead = next((part.strip() for part in parts if part.strip()), "")
            if _footer_row(lead):
                continue
            kept = ["" if _cell_key(part) in blocks.cells else part.strip() for part in parts]
            if kept != [part.strip() for part in parts]:
                if not any(kept):
                    continue
                line = "| " + " | ".join(kept) + " |"
        elif row and _cell_key(row) in blocks.lines:
            continue
        lines.append(line)
    return "\n".join(lines)


def drop_other_story_teasers(tree: HtmlElement) -> int:
    """Cut out teasers of other stories: an image or caption with a headline link elsewhere.

    A *teaser* is a small block (an image, figure or caption, climbing at most a few
    ancestors while the text stays short) that also holds a headline-like link (3-30
    words) to another page of the same site, and little other text (a caption and a
    standfirst). The same holds when the image/caption block is directly followed by
    a heading (or bold / headline-classed element) that is nothing but such a link.

    Not teasers: a photo of the story itself (no link, or a link to the photo file, to
    the page itself or inside the caption, e.g. a photographer's page), and products
    in a listicle (a price in the block or link; links to other sites, such as shops,
    never count). Returns how many blocks were removed.
    """
    site = _page_site(tree)
    texts = _Texts()
    doomed: list[HtmlElement] = []
    seen: set[HtmlElement] = set()
    for seed in tree.xpath(_MEDIA_XPATH)[:_MAX_TEASER_SEEDS]:
        unit: HtmlElement = seed
        found = False
        for _ in range(_MAX_CLIMB):
            if unit in seen or texts.once("teaser", unit, lambda block: _is_teaser_block(block, site, texts)):
                found = unit not in seen
                break
            parent = unit.getparent()
            if (
                parent is None
                or parent.tag in _STOP_TAGS
                or len(texts(parent)) > min(_SMALL_BLOCK_CHARS, len(texts(unit)) + _MAX_CLIMB_GAIN)
            ):
                break
            unit = parent
        if unit in seen:
            continue
        if found:
            doomed.append(unit)
            seen.add(unit)
            continue
        # The image (and its caption) stand in the story's container, the headline after them.
        follower = _next_element(unit, texts)
        group = [unit]
        linked = texts.once(
            "linked", unit, lambda block: any(_is_story_link(a, site) for a in block.iter("a"))
        )
        if (
            follower is not None
            and len(texts(follower)) <= _MAX_CAPTION_CHARS
            and not _is_headline_element(follower, site, texts, plain=linked)
        ):
            group.append(follower)
            follower = _next_element(follower, texts)
        if (
            follower is not None
            and _is_headline_element(follower, site, texts, plain=linked)
            and not any(_PRICE_RE.search(texts(g)) for g in group)
            and len(texts(group[-1])) <= _MAX_CAPTION_CHARS
        ):
            group.append(follower)
            doomed.extend(group)
            seen.update(group)
    for element in doomed:
        _remove(element)
    return len(doomed)


@dataclass(frozen=True, slots=True)
class HtmlContent:
    text: str
    title: str | None
    author: str | None
    date: str | None
    published: str | None
    sitename: str | None
    url: str | None
    language: str | None
    truncated: bool


def looks_like_html(text: str) -> bool:
    """A document start, or markup dense enough that the text cannot be prose."""
    head = text[:4096]
    return bool(_HTML_SNIFF_RE.match(head)) or len(_BLOCK_TAG_RE.findall(head)) >= 3


def _check_complexity(html: str, limits: ParseLimits) -> None:
    tags = len(_TAG_RE.findall(html.encode("utf-8", "ignore")))
    if tags > limits.max_html_tags:
        raise ParseError("html_too_complex", f"{tags} tags is over the limit of {limits.max_html_tags}")


def _defuse(html: str) -> str:
    html = _DOCTYPE_SUBSET_RE.sub("<!DOCTYPE html>", html)
    return _ENTITY_DECL_RE.sub("", html)


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _extract(document: str, *, favor_recall: bool) -> dict[str, Any]:
    tree = load_html(document)
    if tree is None:
        return {}
    join_split_bodies(tree)
    menus = link_blocks(tree)
    drop_other_story_teasers(tree)
    unwrap_offer_links(tree)
    result = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        with_metadata=True,
        favor_recall=favor_recall,
        deduplicate=False,
    )
    if result is None or isinstance(result, dict):
        return result or {}
    data: dict[str, Any] = result.as_dict()
    if isinstance(data.get("text"), str):
        data["text"] = drop_link_blocks(data["text"], menus)
    return data


def extract_html(html: str, limits: ParseLimits) -> HtmlContent:
    """Main text (paragraphs separated by newlines) and metadata of one page."""
    _check_complexity(html, limits)
    html = _defuse(html)
    truncated = bool(_STRUCTURE_RE.search(html[:4096])) and not _CLOSED_RE.search(html[-4096:])
    document = html if _STRUCTURE_RE.search(html[:4096]) else f"<html><body><div>{html}</div></body></html>"
    # Recall mode: on news pages it loses less body than it adds furniture, and
    # the wire-text analysis removes the furniture it adds (captions, credits).
    data = _extract(document, favor_recall=True)
    lang = _LANG_RE.search(html[:4096])
    published = _PUBLISHED_RE.search(html[:200_000])
    return HtmlContent(
        text=_str(data.get("text")) or "",
        title=_str(data.get("title")),
        author=_str(data.get("author")),
        date=_str(data.get("date")),
        published=next((g for g in published.groups() if g), None) if published else None,
        sitename=_str(data.get("sitename")),
        url=_str(data.get("url")),
        language=lang.group(1).lower() if lang else _str(data.get("language")),
        truncated=truncated,
    )
