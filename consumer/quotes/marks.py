"""Quotation marks: the quoted stretches of a text, paragraph by paragraph, in one pass.

A stretch is the text between an opening and a closing mark, without the marks. Double
marks (straight, curly, guillemets) are read everywhere; single marks only at the top
level of a paragraph that has no double marks (headlines, British copy), where a curly
apostrophe inside a word ("Liaoning’s") is an apostrophe, not a closing quote. Marks
nested inside an open stretch stay part of its text.

A paragraph that ends inside an open stretch continues it when the next paragraph opens
with a quotation mark (the wire convention for a quote running across paragraphs); with
no reopening mark the unclosed stretch is dropped (an unbalanced mark is not a quote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = frozenset("\u201c\u201e\u00ab")
DOUBLE_CLOSE = frozenset("\u201d\u00bb")
SINGLE_OPEN = frozenset("\u2018")
SINGLE_CLOSE = frozenset("\u2019")
_DOUBLE = re.compile(r"\u2019\u2019|''|\u2018\u2018|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_SINGLE = re.compile(r"['\u2018\u2019]")
_PARAGRAPH = re.compile(r"[^\n]+")
# A single closing mark after a sentence's stop, at the paragraph's end or before a space
_LATER_CLOSE = re.compile(r"[.!?,]['\u2019](?=\s|$)")


# Wire copy typeset for TeX (AP and NYT feeds of the 1990s) opens a quote with two grave accents and
# closes it with two apostrophes: ``We will stay,'' Roe said. Unread, each closing pair opened a
# stretch that ran over the tag into the next quote, whose words and speaker were lost.
_TEX_OPEN = "``"


def as_read(text: str) -> str:
    """The text the rules read: a TeX opening pair (``) as the doubled curly opening mark it stands
    for (same length, so every offset holds); the closing pair ('') is read already."""
    return text.replace(_TEX_OPEN, "\u2018\u2018") if _TEX_OPEN in text else text


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass
class Stretch:
    start: int  # first character after the opening mark
    end: int  # the closing mark (or the paragraph end for a continued stretch)
    paragraph: int
    closed: bool = True
    continues: int | None = None  # index of the stretch this one continues (across paragraphs)
    reopened: bool = False  # opened by a reopening mark inside its paragraph ('... remains. "He ...')


def paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(i, m.start(), m.end()) for i, m in enumerate(_PARAGRAPH.finditer(text))]


def _opens_straight(text: str, pos: int, start: int) -> bool:
    """A straight mark opens when it follows a space, a paragraph start or an opening bracket."""
    return pos == start or text[pos - 1] in " \t([{\u2014\u2013-/:"


def _closing_slot(text: str, pos: int, para: Paragraph) -> bool:
    """A mark right after a word or its stop and before a space, a dash or the paragraph's end:
    where a closing mark stands ('for him,\u201c Roe says', 'many.\u201c')."""
    before = text[pos - 1] if pos > para.start else " "
    after = text[pos + 1] if pos + 1 < para.end else " "
    return not before.isspace() and before not in "([{" and not after.isalnum()


def _opening_slot(text: str, pos: int, para: Paragraph) -> bool:
    """A mark after a space (or the paragraph's start) and before a word: where an opening mark
    stands."""
    return (pos == para.start or text[pos - 1].isspace()) and pos + 1 < para.end and text[pos + 1].isalnum()


_NESTED_WORDS = 4  # a term, not a sentence
_NESTED_REACH = 60  # characters: a quoted term inside a quote ('house people "temporarily", with ...')
_STOP_INSIDE = re.compile(r"[.!?](?:\s|$|\")")


def _nested_straight(text: str, outer: int, pos: int, para: Paragraph) -> int | None:
    """Inside an open straight-marked stretch, a straight mark where an opening one stands that a
    closing one follows within a few words, with no sentence end between and the stretch going on
    after it ('"... to house people "temporarily", with no answer ...'): a term quoted inside the
    quote with the same marks (British copy online), whose closing mark is returned. Read as
    the outer stretch's close, it cut the quote in pieces that named no one. The outer mark must
    stand where an opening one does: after a mark lost earlier in the paragraph, the marks are
    read in turn as before."""
    if not (_opening_slot(text, outer, para) and _opening_slot(text, pos, para)):
        return None
    close = text.find('"', pos + 1, min(para.end, pos + _NESTED_REACH))
    if close < 0 or not _closing_slot(text, close, para) or _STOP_INSIDE.search(text, pos + 1, close + 1):
        return None
    if text.count(" ", pos + 1, close) >= _NESTED_WORDS:
        return None  # a sentence of its own: the outer stretch lost its closing mark
    rest = text[close + 1 : para.end].strip(" \t,;:")
    return close if rest else None


def _reopens(text: str, outer: int, pos: int, para: Paragraph) -> bool:
    """Inside an open straight-marked stretch that opened where an opening mark stands, a straight
    mark after a full stop or ! and one space and right before a word ('it remains. "He has been
    ...'): the reopening mark of a quote running into the next paragraph, the break between the
    paragraphs lost (copy whose paragraphs were joined into one line; session 31, BBC pages). A
    closing mark stands right after the stop; read as one, the quote was cut there and the writer's
    words up to the true closing mark became a quote. Not after a question ('"Does he want to
    starve? "Who are you?" asked the guard.') nor after a tag inside the stretch, whose closing
    mark was lost."""
    return (
        pos - 2 > outer
        and text[pos - 1] == " "
        and (text[pos - 2] in ".!" or _nested_close_ends(text, outer, pos))
        and _opening_slot(text, pos, para)
        and _opening_slot(text, outer, para)
        # '"We will win, she said. "Next ...': a tag inside the stretch, its closing mark lost
        and _TAG_INSIDE.search(text, max(outer, pos - _TAG_REACH), pos) is None
    )


def _nested_close_ends(text: str, outer: int, pos: int) -> bool:
    """A single closing mark right after a stop before the space ('... and say \'wow, that is
    new.\' "My view is ...'): a quote inside the quote closed its sentence, as a stop does
    (session 40, BBC stories); read as the outer closing mark, the next quoted sentence became the
    writer's words and the rest of the paragraph's marks were read the wrong way round."""
    return pos - 3 > outer and text[pos - 2] in "'\u2019" and text[pos - 3] in ".!?"


_TAG_REACH = 300
_TAG_INSIDE = re.compile(r",\s+(?:he|she|they|it|[A-Z][\w'\u2019-]*)\s+(?:said|says|added|told|asked)\b")
_TAG_REST = 60
_TAG_ENDING = re.compile(
    rf",\s+(?:he|she|they|it|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s+(?:said|says|added|told|asked)\b"
    rf"[^\"\n.!?]{{0,{_TAG_REST}}}[.!]\s$"
)


def _cut(text: str, outer: int, pos: int, para: Paragraph) -> tuple[int, bool] | None:
    """Where the open stretch ends at the straight mark at ``pos`` when that mark opens the next
    stretch (a lost closing mark before a tag, or a lost paragraph break), and whether the next
    stretch goes on from it as a reopened one; None when the mark closes the stretch."""
    tag_at = _closed_before_tag(text, outer, pos, para)
    if tag_at is not None:
        return tag_at, False
    return (pos - 1, True) if _reopens(text, outer, pos, para) else None


def _closed_before_tag(text: str, outer: int, pos: int, para: Paragraph) -> int | None:
    """Inside an open straight-marked stretch, a mark where an opening one stands right after a tag
    that ends its sentence ('"We will win, she said. "Next year we go."', the closing mark lost
    before the tag): where the first stretch ends (after its comma), the mark opening the next
    stretch of the quote (session 31, BBC pages). Read as the closing mark, the tag was quoted
    words and the next stretch was lost."""
    if not (
        text[pos - 1 : pos] == " " and _opening_slot(text, pos, para) and _opening_slot(text, outer, para)
    ):
        return None
    tag = _TAG_ENDING.search(text, max(outer + 1, pos - _TAG_REACH), pos)
    return tag.start() + 1 if tag is not None else None


def _nested_pair(text: str, pos: int, para: Paragraph, straight: bool) -> int | None:
    """Inside an open stretch, an opening mark at ``pos`` whose next two marks both close, with no
    opening between ('\u201cAs my father used to say, \u201cnever give up the ship\u201d and we never
    will.\u201d', '"... used to say, "never give up the ship, whatever the weather" and we ..."';
    session 30): a quote inside the quote typed with the same marks, whose closing mark is returned;
    the second closing mark ends the outer stretch. Read as a new opening (curly) or as the outer
    stretch's close (straight), the quote was cut short or lost. A mark lost before a new quote opens
    leaves no second closing mark, so it is read in turn as before."""
    closes: list[int] = []
    for m in _DOUBLE.finditer(text, pos + 1, para.end):
        ch = m.group()
        if straight:
            if ch != '"' or not _closing_slot(text, m.start(), para):
                return None
        elif ch not in DOUBLE_CLOSE and ch != "\u2019\u2019":
            return None
        closes.append(m.start())
        if len(closes) == 2:
            return closes[0]
    return None


def _double_stretches(text: str, para: Paragraph) -> tuple[list[Stretch], int | None]:
    """Closed stretches of one paragraph, and where an unclosed one opened (or None); one left
    open by a tag ending the paragraph is closed at the tag's comma."""
    found, open_at = _paired_doubles(text, para)
    lost = _lost_before_last_tag(text, para, open_at) if open_at is not None else None
    if lost is not None:
        found.append(lost)  # '"It will not pay, he said.': its closing mark lost before the tag
        open_at = None
    return found, open_at


def _paired_doubles(text: str, para: Paragraph) -> tuple[list[Stretch], int | None]:
    """The stretches the paragraph's double marks pair, and where an unclosed one opened."""
    found: list[Stretch] = []
    open_at: int | None = None
    skip_to = -1  # the closing mark of a term quoted inside an open stretch
    reopened = False  # the open stretch goes on with the one before ('it remains. "He has ...')
    for m in _DOUBLE.finditer(text, para.start, para.end):
        ch, pos = m.group(), m.start()
        if pos <= skip_to:
            continue
        if ch in ("\u2019\u2019", "''"):
            ch = "\u201d" if ch == "\u2019\u2019" or open_at is not None else '"'
        elif ch == "\u2018\u2018":
            ch = "\u201c"
        if ch == '"':
            if open_at is None:
                open_at = m.end()
                reopened = False
            elif (inner := _nested_straight(text, open_at - 1, pos, para)) is not None:
                skip_to = inner  # '"... house people "temporarily", with ...': the quote goes on
            elif (
                _opening_slot(text, open_at - 1, para)
                and _opening_slot(text, pos, para)
                and (inner := _nested_pair(text, pos, para, straight=True)) is not None
            ):
                skip_to = inner  # a longer quote inside the quote, the outer closing after it
            elif (cut := _cut(text, open_at - 1, pos, para)) is not None:
                # '...: "A. "B. C." The ...': a paragraph break lost inside a quote running on;
                # '"We will win, she said. "Next year ...': the closing mark lost before the tag
                found.append(Stretch(open_at, cut[0], para.index, reopened=reopened))
                open_at, reopened = m.end(), cut[1]
                continue
            else:
                found.append(Stretch(open_at, pos, para.index, reopened=reopened))
                open_at = None
        elif ch == "\u201c" and open_at is not None and _closing_slot(text, pos, para):
            # an opening curly mark typed where the closing one stands ('for him,\u201c Roe says.',
            # 'many.\u201c' at the paragraph's end): it closes; read as a new opening, the words
            # before it were dropped as a stray stretch
            found.append(Stretch(open_at, pos, para.index))
            open_at = None
        elif ch in DOUBLE_OPEN and open_at is not None and (inner := _nested_pair(text, pos, para, False)):
            skip_to = inner  # '\u201c... used to say, \u201cnever give up\u201d and we will.\u201d': nested
        elif ch in DOUBLE_OPEN:
            open_at = m.end()  # an opening mark inside an open stretch: the earlier one was stray
        elif open_at is not None:
            found.append(Stretch(open_at, pos, para.index))
            open_at = None
        elif ch == "\u201d" and _opening_slot(text, pos, para):
            open_at = m.end()  # a closing curly mark typed where an opening one stands ('and \u201ddumped')
    return found, open_at


def _single_stretches(text: str, para: Paragraph) -> tuple[list[Stretch], int | None]:
    """Closed stretches of a paragraph with single marks only, and where an unclosed one opened."""
    found: list[Stretch] = []
    open_at: int | None = None
    end = para.end
    for m in _SINGLE.finditer(text, para.start, para.end):
        ch, pos = m.group(), m.start()
        before = text[pos - 1] if pos > para.start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: Liaoning’s, don't
        if open_at is None:
            if (
                ch in SINGLE_OPEN or (ch == "'" and _opens_straight(text, pos, para.start))
            ) and after.isalnum():
                open_at = pos + 1
        elif not after.isalnum() and (ch in SINGLE_CLOSE or ch == "'") and pos > open_at:
            if before == "s" and after == " " and text[open_at:pos].count(" ") == 0:
                continue  # a plural possessive (students’ ) after a one-word opening: keep looking
            if before == "s" and after == " " and _LATER_CLOSE.search(text, pos + 1, end):
                continue  # 'It's the fans' day. They were brilliant.': the quote closes after its stop
            found.append(Stretch(open_at, pos, para.index))
            open_at = None
    return found, open_at


def _unclosed(text: str, para: Paragraph, open_at: int, continued_from: int | None) -> Stretch:
    """The stretch left open at the paragraph's end (trailing spaces cut), linked to the one it
    continues when it opens the paragraph."""
    end = para.end
    while end > open_at and text[end - 1].isspace():
        end -= 1
    stretch = Stretch(open_at, end, para.index, closed=False)
    if open_at == para.start + 1 and continued_from is not None:
        stretch.continues = continued_from
    return stretch


def _unclosed_double(
    text: str, para: Paragraph, closed: list[Stretch], open_at: int, continued_from: int | None, last: int
) -> Stretch:
    """The double-marked stretch left open at the paragraph's end. When a reopening mark opened it
    ('... is substantial. "His work ... none.' then a paragraph '"A great man."'; copy whose
    paragraphs were joined into one line) it goes on from the stretch the mark cut (``last``, its
    index), as a reopened stretch closed in its paragraph does (session 35, BBC stories). Read as a
    new quote, the words before the mark were a quote of their own, cut off from the rest."""
    stretch = _unclosed(text, para, open_at, continued_from)
    if (
        closed
        and closed[-1].end == open_at - 2
        and _cut(text, closed[-1].start - 1, open_at - 1, para) == (open_at - 2, True)
    ):
        stretch.continues, stretch.reopened = last, True
    return stretch


# A tag that ends the paragraph: ', he said.', ', Roe added in an interview.'
_TAG_CLOSING_PARAGRAPH = re.compile(
    rf",\s+(?:he|she|they|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s+(?:said|says|added|adds)\b"
    rf"[^\"\n.!?,]{{0,{_TAG_REST}}}[.!]\s*$"
)


def _lost_before_last_tag(text: str, para: Paragraph, open_at: int) -> Stretch | None:
    """A straight-marked stretch left open at the paragraph's end by a tag that ends the paragraph
    ('"It is only the brokers who gain, he said.'; session 42, Reuters 1987 copy): the closing mark
    was lost before the tag, so the stretch ends at the tag's comma. Left open, it was dropped as a
    stray mark, or joined the next paragraph's quote across the tag when that one opened with a
    mark. Only the last stretch of the paragraph and a window before its end are read."""
    if text[open_at - 1] != '"' or not _opening_slot(text, open_at - 1, para):
        return None
    tag = _TAG_CLOSING_PARAGRAPH.search(text, max(open_at + 1, para.end - _TAG_REST - 40), para.end)
    if tag is None or len(text[open_at : tag.start()].split()) < _LOST_MIN_WORDS:
        return None
    return Stretch(open_at, tag.start() + 1, para.index)


_LOST_MIN_WORDS = 4


def find_stretches(text: str, paras: list[Paragraph]) -> list[Stretch]:
    """All quoted stretches of ``text`` in order, continuations linked across paragraphs."""
    out: list[Stretch] = []
    pending: int | None = None  # index in ``out`` of a stretch left open at the previous paragraph's end
    pending_single: int | None = None  # the same for a paragraph with single marks only
    for para in paras:
        if pending is not None and text[para.start] in DOUBLE_OPEN | {'"'}:
            continued_from: int | None = pending
        else:
            continued_from = None
        single_from = pending_single if text[para.start] in SINGLE_OPEN | {"'"} else None
        pending = pending_single = None
        if not _DOUBLE.search(text, para.start, para.end):
            singles, single_open = _single_stretches(text, para)
            if singles and single_from is not None and singles[0].start == para.start + 1:
                singles[0].continues = single_from
            out.extend(singles)
            if single_open is not None and (text[single_open].isupper() or single_open == para.start + 1):
                # British copy runs a quote across paragraphs with single marks too ('He replied:
                # 'Have you seen the table?' then a paragraph 'We are safe.''; session 27, fresh web
                # pages): kept when the next paragraph reopens it, else dropped as a stray mark (an
                # opening in lower case or on a digit, 'the '90s', never waits for one)
                out.append(_unclosed(text, para, single_open, single_from))
                pending_single = len(out) - 1
            continue
        closed, open_at = _double_stretches(text, para)
        if closed and continued_from is not None and closed[0].start == para.start + 1:
            closed[0].continues = continued_from
        elif open_at == para.start + 1 and continued_from is not None:
            pass  # linked below
        for stretch in closed:
            if stretch.reopened:
                stretch.continues = len(out) - 1  # the stretch its reopening mark goes on from
            out.append(stretch)
        if open_at is not None:
            out.append(_unclosed_double(text, para, closed, open_at, continued_from, len(out) - 1))
            pending = len(out) - 1
    # An unclosed stretch that nothing continued (and that continues nothing closed) is a stray mark.
    continued = {s.continues for s in out if s.continues is not None}
    keep: list[Stretch] = []
    remap: dict[int, int] = {}
    for i, s in enumerate(out):
        if not s.closed and i not in continued:
            continue
        remap[i] = len(keep)
        keep.append(s)
    for s in keep:
        if s.continues is not None:
            s.continues = remap.get(s.continues)
    return keep
