"""Compiled patterns that open with a look-ahead on the characters a match can start with.

Python's regex engine tries a pattern at every position of the text it scans. A pattern that
opens with ``\\b`` and a list of words (``\\b(?:said|says|told|added)``), or with a
look-behind, is tried in full at each position; one that opens with a look-ahead on a character
class (``(?=[astw])``) is rejected at most positions after reading one character: the same
matches, 1.5-2.5x faster on news text. :func:`gated` derives that class from the pattern itself,
so a word added to a pattern's list later is never left out of its gate. When the first
character cannot be bounded (the pattern may open with any character, or match an empty
string), the pattern is compiled as it is.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

with warnings.catch_warnings():  # the parser's public name is deprecated, not the parser
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_compile as _compile
    import sre_constants as _c
    import sre_parse as _parse
_internals: Any = _compile  # the compiler's own steps (its info block, ``_sre``), which no stub types

_SPECIAL = frozenset("\\]^-[")
_CATEGORIES = {_c.CATEGORY_DIGIT: "\\d", _c.CATEGORY_SPACE: "\\s", _c.CATEGORY_WORD: "\\w"}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_FOLD = "\x00"  # marks a member read under a scoped "(?i:...)"; _char never writes a raw NUL


def _char(code: int) -> str:
    char = chr(code)
    if not char.isprintable() or char.isspace():  # written as an escape: the gate stays readable
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return "\\" + char if char in _SPECIAL else char


def _first(items: Any) -> tuple[set[str], bool] | None:
    """What a match of the sequence ``items`` can start with (as class members), and whether
    the sequence can match nothing; None when any character may start it."""
    found: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item reads the first character
        step = _first_of(op, av)
        if step is None:
            return None
        chars, empty = step
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of(op: Any, av: Any) -> tuple[set[str], bool] | None:
    if op == _c.LITERAL:
        return {_char(av)}, False
    if op == _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind == _c.LITERAL:
                chars.add(_char(value))
            elif kind == _c.RANGE:
                chars.add(f"{_char(value[0])}-{_char(value[1])}")
            elif kind == _c.CATEGORY and value in _CATEGORIES:
                chars.add(_CATEGORIES[value])
            else:
                return None  # a negated class or another category: any character, near enough
        return chars, False
    if op == _c.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:
            step = _first(branch)
            if step is None:
                return None
            found |= step[0]
            empty = empty or step[1]
        return found, empty
    if op == _c.SUBPATTERN:
        if av[1] == _c.SRE_FLAG_IGNORECASE and not av[2]:
            # "(?i:the|a)": its members are marked, and the gate folds case for them in a scoped
            # "(?i:[...])" too, so it folds exactly as the pattern does ("ſ" for "s", "K" for "k")
            step = _first(av[3])
            return None if step is None else ({_FOLD + m.lstrip(_FOLD) for m in step[0]}, step[1])
        if av[1] or av[2]:
            return None  # another scoped flag: the gate could not read characters the same way
        return _first(av[3])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _, sub = av
        step = _first(sub)
        if step is None:
            return None
        return step[0], step[1] or low == 0
    return None


def opener(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A one-character class of what a match of ``pattern`` may start with, compiled with the same
    flags (so it folds case as the pattern does); None when any character may start one, or when
    the pattern may match an empty string."""
    step = _first(_parse.parse(pattern, flags))
    if step is None or step[1] or not step[0]:
        return None
    plain = "".join(sorted(m for m in step[0] if not m.startswith(_FOLD)))
    folded = "".join(sorted(m[1:] for m in step[0] if m.startswith(_FOLD)))
    classes = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return re.compile("|".join(classes), flags)


# The non-ASCII letters a case-blind ASCII letter matches ("ſ" for "s", the Kelvin sign for "k"):
# their lower case is no ASCII letter (or two characters), so a lower-cased copy would not show the
# word they spell.
_CASE_BLIND_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


def openings(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` starts with (its branches'
    leading literal runs: "pointed" of ``pointed\\s+out``), or None when a branch opens with no
    run of two characters. A lower-cased text (:func:`lowered`) none of whose words opens with one
    of them holds no match of the pattern as a word, whatever its case-blind reading."""
    found = _openings(_parse.parse(pattern, flags))
    return None if found is None else tuple(sorted(found))


def _openings(items: Any) -> set[str] | None:
    run: list[str] = []
    for op, av in items:
        if op == _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            break
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item opens the match
        if op == _c.SUBPATTERN:
            return _openings(av[3])
        if op == _c.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                step = _openings(branch)
                if step is None:
                    return None
                found |= step
            return found
        return None
    opening = "".join(run).lower()
    return {opening} if len(opening) >= 2 else None


def lowered(text: str) -> str | None:
    """``text.lower()`` when it lines up with ``text`` for a case-blind pattern of lower-case ASCII
    words: as long, letter for letter, with none of the odd case-blind letters in the text. Then
    such a pattern compiled without IGNORECASE matches the copy where and as the case-blind one
    matches the text (lower-casing keeps every character's \\w, \\s and \\d class), at a
    fraction of the case-blind reading's cost. None otherwise."""
    low = text.lower()
    if text.isascii():
        return low  # ASCII lower-cases letter for letter and holds no odd letter: said in O(1)
    if len(low) != len(text) or any(odd in text for odd in _CASE_BLIND_ODD):
        return None
    return low


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, opened with a look-ahead on its possible first
    characters when these are bounded. The look-ahead is compiled with the same flags, so it
    folds case exactly as the pattern does."""
    if _GLOBAL_FLAGS.match(pattern):
        return re.compile(pattern, flags)  # "(?m)..." must stay first: left as it is
    parsed: Any = _parse.parse(pattern, flags)
    if parsed.data[:1] in ([(_c.AT, _c.AT_BEGINNING)], [(_c.AT, _c.AT_BEGINNING_STRING)]):
        return re.compile(pattern, flags)  # "^...": tried at the start only; a look-ahead would undo that
    step = _first(parsed)
    if step is None or step[1] or not step[0]:
        return re.compile(pattern, flags)
    plain = "".join(sorted(m for m in step[0] if not m.startswith(_FOLD)))
    folded = "".join(sorted(m[1:] for m in step[0] if m.startswith(_FOLD)))
    gate = "|".join(([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else []))
    full = f"(?={gate})(?:{pattern})"
    return _searched_by_class(full, flags) or re.compile(full, flags)


# the Python whose compiler's private steps (``_code``, the info block's layout, ``_sre.compile``)
# the class reading was checked against; on another the gated patterns compile as written
_CHECKED_ON = (3, 11)


def _searched_by_class(full: str, flags: int) -> re.Pattern[str] | None:
    """``re.compile(full, flags)`` for a gated pattern whose gate is one class, with the
    characters that class matches also in the compiled pattern's info block; None for any other.

    Why: the regex engine's search steps over the characters outside a pattern's first class in
    a tight C loop, but only when the pattern opens with the class itself; a pattern that opens
    with the gate's look-ahead is entered at every position instead, to fail there after one
    character. The same program behind an info block that names the gate's class (what
    ``re.compile`` writes for ``[ab]c``) tries the same positions' matches, the gate's among
    them, and skips the rest at C speed: the same matches, whole-text scans at about half the
    cost (issue 11). The info block is read case by case: a case-blind class of ASCII characters
    goes in as the characters it matches, which are ASCII or the odd case-blind letters (the
    only others that fold to ASCII ones); any other case-blind class is left as it is."""
    if sys.version_info[:2] != _CHECKED_ON:
        return None  # the engine's private steps are read as 3.11 writes them: any other, as compiled
    parsed: Any = _parse.parse(full, flags)
    flags |= parsed.state.flags
    op, av = parsed.data[0]
    if op != _c.ASSERT or av[0] != 1 or len(av[1].data) != 1:
        return None
    kind, members = av[1].data[0]
    if kind == _c.LITERAL:
        members = [(kind, members)]
    elif kind != _c.IN:
        return None
    if flags & re.IGNORECASE:
        members = _folded_members(members, flags)
        if members is None:
            return None
    code = _internals._code(parsed, flags)
    if code[0] != _c.INFO or code[2] or not code[3]:
        return None  # already searched by a prefix or a class, or may match nothing: as compiled
    charset, cased = _internals._optimize_charset(members)
    if cased:  # pragma: no cover - only a case-blind reading marks a class cased
        return None
    info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
    _internals._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    names = parsed.state.groupdict
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    compiled: re.Pattern[str] = _internals._sre.compile(
        full, flags, info + code[1 + code[1] :], parsed.state.groups - 1, names, tuple(by_index)
    )
    return compiled


def _folded_members(members: list[tuple[Any, Any]], flags: int) -> list[tuple[Any, Any]] | None:
    """The characters a case-blind class of ASCII literals and ranges matches, one literal each
    (a case-blind class matches by lower case: its ASCII letters' other case, and the odd letters
    that fold to them, "\\u212a" for "k"); None for a class that holds anything else."""
    written: list[str] = []
    for kind, value in members:
        if kind == _c.LITERAL and value < 0x80:
            written.append(f"\\x{value:02x}")
        elif kind == _c.RANGE and value[1] < 0x80:
            written.append(f"\\x{value[0]:02x}-\\x{value[1]:02x}")
        else:
            return None
    single = re.compile(f"[{''.join(written)}]", flags & (re.IGNORECASE | re.ASCII))
    codes = [*range(0x80), *map(ord, _CASE_BLIND_ODD)]
    return [(_c.LITERAL, code) for code in codes if single.match(chr(code))]


# --------------------------------------------------------------------------- literal pre-checks
# Issue 11 bounds the cost of the stages beyond NER. A whole-text pattern that needs a rare word
# ("lander", "Typhoon", "boroughs") still tries its opening at every word start of every text; most
# texts hold none of its words, and a substring test (C speed) says so in a fraction of the scan's
# time. `scan` runs the pattern only on a text that holds one of the strings `needed` derives from
# the pattern itself (so a word added to its list later is never left out): the same matches.
_MIN_NEEDED_LENGTH = 2  # a one-character string (" ", ",") is in every text: no saving, only the test's cost
_MAX_NEEDED = 32  # each string is one pass over the text: more cost more than most scans save
_UNSET: Any = object()


def _rank(found: frozenset[str]) -> tuple[int, int]:
    """Longer strings are rarer and faster to look for; fewer mean fewer passes."""
    return min(map(len, found)), -len(found)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or not a:
        return b
    if b is None or not b:
        return a
    return a if _rank(a) >= _rank(b) else b


def _needed_in(items: Any) -> frozenset[str] | None:
    """Strings one of which a match of the sequence ``items`` holds: the best of what its items
    need (a run of literal characters is one string), or None when none needs one."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op == _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(("".join(run),)))
            run = []
        best = _better(best, _needed_of(op, av))
    if run:
        best = _better(best, frozenset(("".join(run),)))
    return best


def _needed_of(op: Any, av: Any) -> frozenset[str] | None:
    if op == _c.BRANCH:  # each branch needs one of its own strings: the match needs one of them all
        found: set[str] = set()
        for branch in av[1]:
            step = _needed_in(branch)
            if not step:
                return None
            found |= step
        return frozenset(found)
    if op == _c.SUBPATTERN:
        return None if av[1] or av[2] else _needed_in(av[3])  # a scoped flag may fold case: unread
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _needed_in(av[2]) if av[0] >= 1 else None
    if op == _c.ATOMIC_GROUP:
        return _needed_in(av)
    if op == _c.ASSERT:  # what a positive look-around reads is in the text too
        return _needed_in(av[1])
    return None  # a class, a negated look-around, a back-reference: no literal string


def needed(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, or None when the pattern names none
    worth a test (a case-folded pattern, a string of one character, too many)."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _needed_in(_parse.parse(pattern.pattern, pattern.flags))
    if not found or min(map(len, found)) < _MIN_NEEDED_LENGTH:
        return None
    # a string that holds another is in the text only when that one is: test the shorter alone
    kept = sorted(s for s in found if not any(t != s and t in s for t in found))
    return tuple(kept) if len(kept) <= _MAX_NEEDED else None


def tail(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern's top-level items from the one that needs the most telling strings to its end
    (``\\s(?:app|software)\\b`` of ``...\\s+NAME\\s(?:app|software)\\b``), opened with the gate
    of its first characters: a match of the pattern holds a match of it. Where the strings also
    sit inside common words ("app" in "approved"), a search for it says more, at a fraction of
    the whole scan's cost. None when it cannot be built (a back-reference, an unbounded start)."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed: Any = _parse.parse(pattern.pattern, pattern.flags)
    items = list(parsed.data)
    if any(op in (_c.GROUPREF, _c.GROUPREF_EXISTS) for op, _ in items):
        return None
    best: frozenset[str] | None = None
    at = -1
    for index, (op, av) in enumerate(items):
        if op == _c.LITERAL and index and items[index - 1][0] == _c.LITERAL:
            continue  # inside a run of literal characters: the run is read from its start
        if op == _c.LITERAL:
            end = next((k for k in range(index, len(items)) if items[k][0] != _c.LITERAL), len(items))
            found: frozenset[str] | None = frozenset(("".join(chr(v) for _, v in items[index:end]),))
        else:
            found = _needed_of(op, av)
        if found and _better(best, found) is found and found is not best:
            best, at = found, index
    if at < 0:
        return None
    step = _first(items[at:])
    if step is None or step[1] or not step[0] or any(m.startswith(_FOLD) for m in step[0]):
        return None
    gate = _parse.parse("(?=[" + "".join(sorted(step[0])) + "])", pattern.flags).data[0]
    sub = _parse.SubPattern(parsed.state, [*_behind(parsed.state, items, at), gate, *items[at:]])
    compiled: re.Pattern[str] = _compile.compile(sub, pattern.flags)
    return compiled


def _behind(state: Any, items: Any, at: int) -> list[Any]:
    """A look-behind for the one character that ``items[:at]`` always ends on (``\\s`` of
    ``...\\s+``), or nothing: the tail is then tried only where that character stands before it,
    as in every match of the whole pattern. Most positions that pass the first-character gate
    ("s" of "series" inside "issues") fail it at once: the tail's search costs about half."""
    last = _last_char(items, at)
    return [] if last is None else [(_c.ASSERT, (-1, _parse.SubPattern(state, [last])))]


def _last_char(items: Any, at: int) -> Any:
    """The one-character item (a literal, a class) every match of ``items[:at]`` ends on, or None."""
    if at <= 0:
        return None
    op, av = items[at - 1]
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN):
        return (op, av)
    if op == _c.SUBPATTERN and not av[1] and not av[2]:
        return _last_char(list(av[3]), len(av[3]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[1] >= 1:
        body = _last_char(list(av[2]), len(av[2]))
        if av[0] >= 1 or body is None:
            return body
        return body if body == _last_char(items, at - 1) else None  # no repeat: the item before ends it
    return None


def may_end_with(window: str, words: tuple[str, ...]) -> bool:
    """Whether ``window``, its trailing white space left out, may end with one of ``words``
    (lower-case ASCII) as a case-blind pattern reads them. A pattern that ends on such a word and
    ``\\s+$`` is tried at every position of the window it searches; where this test fails it cannot
    match, and the scan is spared. Text outside ASCII is left to the pattern, whose case folding
    ("\\u0131" for "i", "\\u017f" for "s") ``lower()`` does not repeat."""
    last = window.rstrip()
    return not last.isascii() or last.lower().endswith(words)


# ------------------------------------------------------------------ where a needed string is looked for
# About 30 patterns test their strings on each text (500 tests an item, one pass over the text each).
# Most strings are words; a word is in the text exactly when it is in a shorter haystack built once
# per text, for all patterns: a capitalised word ("Airport") starts one of the text's capitalised
# words, a string without white space ("album", "e-bike") lies inside one of its distinct
# white-space-separated words. Each haystack joins its words on "\n", which no such word holds.
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+\Z")
_CAPITAL_RUN = re.compile(r"[A-Z][a-z]*")
_Probes = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_PROBES: dict[re.Pattern[str], _Probes | None] = {}


def probes(strings: tuple[str, ...]) -> _Probes:
    """``strings`` in three lots: those looked for in the text itself; capitalised words
    (``[A-Z][a-z]+``, ASCII), each "\\n"-prefixed, looked for in :func:`_capitalised` (such a word
    starts a run ``[A-Z][a-z]*`` of the text wherever it stands: the run before it ends at its
    capital); strings without white space, looked for in :func:`_words` (such a string lies
    inside one of the text's ``split()`` words)."""
    plain: list[str] = []
    capitalised: list[str] = []
    words: list[str] = []
    for string in strings:
        if _CAPITALISED_WORD.match(string):
            capitalised.append("\n" + string)
        elif string.split() == [string]:
            words.append(string)
        else:
            plain.append(string)
    return tuple(plain), tuple(capitalised), tuple(words)


@lru_cache(maxsize=8)
def _words(text: str) -> str:
    """The distinct ``split()`` words of ``text``, joined on "\\n" (white space: no word holds it)."""
    return "\n".join(set(text.split()))


@lru_cache(maxsize=8)
def _capitalised(text: str) -> str:
    """The distinct runs ``[A-Z][a-z]*`` of ``text``, each after a "\\n". A run holds no white
    space, so it lies inside one word: read from the distinct words, a third of the text."""
    return "\n" + "\n".join(set(_CAPITAL_RUN.findall(_words(text))))


@lru_cache(maxsize=8)
def capitalised_runs(text: str) -> frozenset[str]:
    """The distinct runs ``[A-Z][a-z]*`` of ``text`` (built once per text from :func:`_capitalised`):
    a finder of listed capitalised words can ask first whether the text holds any of them."""
    return frozenset(_capitalised(text).split("\n"))


def word_haystack(text: str) -> str:
    """The distinct ``split()`` words of ``text`` joined on "\\n", built once per text (see
    :func:`_words`). A pattern whose every match lies inside one word (no white space in it) and
    whose edges read white space and a text's ends alike (``\\b``) matches the same strings here
    as in ``text``: a scan that only collects which strings match can read this instead."""
    return _words(text)


def holds_one(lots: _Probes, text: str) -> bool:
    """Whether ``text`` holds one of the strings of :func:`probes` ``lots``. The two haystacks are
    built once per text (kept for its other patterns, a few texts at a time: an item's fields)
    and only when a lot needs them."""
    plain, capitalised, words = lots
    # plain loops, not any() over a generator: most texts hold none of the strings, so every one
    # is tested, and a generator's resume per string cost a third of these tests' time
    for string in plain:
        if string in text:
            return True
    if capitalised:
        hay = _capitalised(text)
        for string in capitalised:
            if string in hay:
                return True
    if words:
        hay = _words(text)
        for string in words:
            if string in hay:
                return True
    return False


@lru_cache(maxsize=1024)
def _piece(string: str) -> tuple[bool, str] | None:
    """The longest white-space-free piece of ``string`` as :func:`may_hold` looks for it (whether in
    the capitalised words, the piece), or None when it is shorter than two characters."""
    pieces = string.split()
    if not pieces:
        return None
    piece = max(pieces, key=len)
    if len(piece) < 2:
        return None
    if _CAPITALISED_WORD.match(piece):
        return True, "\n" + piece
    return False, piece


def may_hold(text: str, string: str) -> bool:
    """False only when ``text`` surely does not hold ``string``: its longest piece without white
    space is in none of the text's words (:func:`probes`' haystacks, built once per text). A loop
    of ``str.find`` over rare strings ("won ", " Cup") walks the whole text for each absent one;
    this test reads the shorter haystack instead."""
    piece = _piece(string)
    if piece is None:
        return True
    capitalised, look = piece
    return look in (_capitalised(text) if capitalised else _words(text))


_TAILS: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def scan(pattern: re.Pattern[str], text: str, confirm: bool = False) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or no match at once when ``text`` holds none of the strings
    every match needs (:func:`needed`, derived once per pattern, looked for as :func:`probes`
    says); with ``confirm``, nor when the pattern's :func:`tail` is not in it either."""
    lots = _PROBES.get(pattern, _UNSET)
    if lots is _UNSET:
        strings = needed(pattern)
        lots = _PROBES[pattern] = None if strings is None else probes(strings)
    if lots is not None and not holds_one(lots, text):
        return iter(())
    if confirm:
        end = _TAILS.get(pattern, _UNSET)
        if end is _UNSET:
            end = _TAILS[pattern] = tail(pattern)
        if end is not None and end.search(text) is None:
            return iter(())
    return pattern.finditer(text)
