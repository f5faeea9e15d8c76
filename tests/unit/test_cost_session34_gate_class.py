"""Session 34's byte-identical cuts: a gated pattern searched by its gate's class (the regex
engine's C loop over the characters outside it), and the story-wide scan for words of sport read
on a text's distinct words, lower-cased. Each must find exactly what the plain reading finds.
Texts made up for the test."""

from __future__ import annotations

import importlib
import re

import pytest

from consumer.bounds import _LONG_RUN, has_long_run, mask_long_runs
from consumer.entities import team_cues
from consumer.entities.team_cues import sport_story
from consumer.gate import _searched_by_class, gated, word_haystack

TEXT = (
    "Tarvo Quell said on Monday the 45 Kelby firms added 300 jobs; Mr Dorne, 61, told the\n"
    'Harlow Post: "We won 3-1." Call 624-6456 or (212) 560 6928. ſaid the \u212aelvin sign.\n'
    "Ms Roe-Quill was named; Dr. Vane is chief economist at Tarvia Bank, said Quellanis."
)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?<![\w-])(?:Mr|Mrs|Ms|Dr)\.?[ \t](?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])", 0),
        (r"(?<![\d.,$/-])[2-9]\d\d-\d\d[1-9]\d(?![\d-])", 0),
        (r"(?:^|(?<=[.!?][ \t]))(?P<first>[A-Z][a-z]+)[ \t]+(?:is|was)\b", re.MULTILINE),
        (r"\b(?:said|told|added)\b", 0),
        (r"(?:\(\d{3}\)|\d{3})[ .-]\d{3}[ .-]?\d{4}", 0),
        (r"[,!?][”\"]\s*(?P<after>[A-Z][a-z]+)", 0),
        (r"\d+(?=-)", 0),
    ],
)
def test_a_gated_pattern_searched_by_its_class_finds_what_the_plain_pattern_finds(
    pattern: str, flags: int
) -> None:
    plain = re.compile(pattern, flags)
    gate = gated(pattern, flags)
    assert _searched_by_class(gate.pattern, flags) is not None  # this reading, not the fallback
    assert gate.groupindex == plain.groupindex and gate.groups == plain.groups
    assert [m.span() for m in gate.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert gate.findall(TEXT) == plain.findall(TEXT)
    assert gate.sub("#", TEXT) == plain.sub("#", TEXT)
    assert gate.split(TEXT) == plain.split(TEXT)
    for start in range(0, len(TEXT), 5):
        for end in (start + 1, start + 9, start + 40, len(TEXT)):
            found, expected = gate.search(TEXT, start, end), plain.search(TEXT, start, end)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )


@pytest.mark.parametrize(
    "pattern",
    [r"\bkelvin\b", r"\b(?:said|told)\b", r"\b(?:is|it)\b", r"(?<![\w-])(?:kick|[2-9])\w*"],
)
def test_a_case_blind_class_holds_every_character_that_folds_to_a_member(pattern: str) -> None:
    """The Kelvin sign for "k", "ſ" for "s", "İ" and "ı" for "i": the info block holds them, or
    the search would step over a match there."""
    text = "\u212aelvin ſAID ſaid İS ıt KICK \u212aick 7s " + TEXT
    plain = re.compile(pattern, re.IGNORECASE)
    gate = gated(pattern, re.IGNORECASE)
    assert _searched_by_class(gate.pattern, re.IGNORECASE) is not None
    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
    found = [m.start() for m in gate.finditer(text)]
    assert any(not text[at].isascii() for at in found)  # a match opening on an odd letter


def test_a_case_blind_class_beyond_ascii_keeps_the_look_ahead_alone() -> None:
    assert _searched_by_class("(?=[\u00e9a])(?:\u00e9t\u00e9|at)", re.IGNORECASE) is None
    assert _searched_by_class("(?=[\\w])(?:\\w+x)", re.IGNORECASE) is None
    assert _searched_by_class(gated(r"(?i:kelvin)\b").pattern, 0) is None  # a scoped fold
    blind = gated(r"(?i:kelvin)\b")
    assert blind.search("the \u212aelvin scale") is not None


def test_a_pattern_without_one_gate_class_is_left_as_compiled() -> None:
    assert _searched_by_class("[ab]c", 0) is None  # opens with the class: the engine reads it
    assert _searched_by_class("(?<=[ab])c", 0) is None  # a look-behind is no gate
    assert _searched_by_class("(?=[ab]c)(?:[ab]cd)", 0) is None  # a gate of more than a class
    assert _searched_by_class("(?=[ab])(?:x?)", 0) is None  # may match nothing


def _sport_story_reference(texts: list[str]) -> bool:
    """The scan as it was: the case-blind pattern over each whole text."""
    seen: set[str] = set()
    for text in texts:
        for match in team_cues._SPORT_WORDS.finditer(text):
            seen.add(match.group().lower().rstrip("s"))
            if len(seen) >= 3:
                return True
    return False


@pytest.mark.parametrize(
    "texts",
    [
        ["Kelby's SQUAD trained; the Coach (Jo Roe) praised the striker."],  # capitals, brackets
        ['"Half-time." The semi-finals, kick-off at 3pm: tie-break rules.'],  # hyphens, quotes
        ["A goal and two goals.", "GOALS were scored. The match"],  # one word twice; two fields
        ["The ſquad met.", "The \u212aick-off: a match, then the coach."],  # odd case-blind letters
        ["Tarvia wins the Cup.", "The league's referee and the rugby union."],
        ["Matchmaker Jo Roe coached no one; the leagues of nations met."],  # inside longer words
        ["A re-match of the semifinal; a play-off", "Fixtures and FIFA."],
        ["", "\n\n", "Nothing about sport here at all."],
    ],
)
def test_sport_story_reads_what_the_whole_text_scan_read(texts: list[str]) -> None:
    assert sport_story(texts) == _sport_story_reference(texts)


def test_sport_story_needs_three_different_words_on_the_distinct_words() -> None:
    assert sport_story(["The match. The MATCH. the match.", "Goals, goal."]) is False
    assert sport_story(["The match.", "Goals.", "The Coach said."]) is True
    assert sport_story(["The ſquad, the coach and the striker."]) is True  # "ſ" folds to "s"


def test_word_haystack_holds_each_distinct_word_once() -> None:
    hay = word_haystack("the coach, the coach\tand\nthe squad")
    assert sorted(hay.split("\n")) == ["and", "coach", "coach,", "squad", "the"]


_RULE_TEXT = (
    "June 14 \u2013 Kelby, TX @ Tarvo Bank Amphitheatre\nJune 16 \u2013 Harlow, OR @ Quill Hall, doors 7pm\n"
    "Lord Harwick of Tarn said the app Quillo and the satellite Mozi launched; Baroness Quill's NATO "
    "and WHO (World Health Organization) reports. Kelby: Roe, Quill, Marsh, Dorrance. Subs: Vane.\n"
    "Jo Roe, a Kelby Oscars winner, met Ada Quell-Marsh; the drug Tarvex sold well; three Grammys."
)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("consumer.entities.rules.places", "_LISTING_LINE"),
        ("consumer.entities.rules.product_rules", "_KIND_THEN_NAME"),
        ("consumer.entities.rules.events", "_PLURAL"),
        ("consumer.entities.name_finders", "_ACRONYM_WORD"),
        ("consumer.entities.name_finders", "_PEER"),
        ("consumer.entities.name_finders", "_PEER_SEAT"),
        ("consumer.entities.team_sheets", "_SHEET"),
        ("consumer.entities.lone_speakers", "_PAIR"),
    ],
)
def test_whole_field_scans_of_the_entity_rules_are_gated_and_find_the_same(module: str, name: str) -> None:
    """Scans of whole fields that opened on a look-behind (tried at every position): gated, and
    searched by their gate's class, they find what the pattern alone finds."""
    pattern: re.Pattern[str] = getattr(importlib.import_module(module), name)
    assert pattern.pattern.startswith("(?=[")
    assert _searched_by_class(pattern.pattern, pattern.flags & ~re.UNICODE) is not None
    plain = re.compile(pattern.pattern.split(")(?:", 1)[1][:-1], pattern.flags)
    found = [(m.span(), m.groups()) for m in pattern.finditer(_RULE_TEXT)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(_RULE_TEXT)]
    assert found  # each finds something in the text


_FIGURE_TEXT = (
    "Tarvo Quell said sales rose 4.5% to $1.2 billion, minus 3 points; two hundred and six jobs "
    "went. Call (212) 560 6928, 08000 858531 or 624-6456. Its app Quillo, the Kelby Tarn Road plant "
    "and the ACME union met. The Chinese mainland, Brent crude and Wang Li. Roe Quell, Dorne Marsh."
)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("consumer.entities.retype.person_names", "_CHINESE_NAME"),
        ("consumer.entities.retype.person_names", "_CAPITAL_RUN"),
        ("consumer.entities.retype.bodies", "_SPEAKING"),
        ("consumer.entities.retype.person_context", "_PLAYERS"),
        ("consumer.entities.rules.markets", "_BENCHMARK"),
        ("consumer.entities.rules.organisations", "_APPOSITIVE_ORG"),
        ("consumer.entities.rules.organisations", "_ACRONYM_BODY"),
        ("consumer.entities.rules.places", "_LOWER_ENDED_REGIONS"),
        ("consumer.entities.rules.places", "_FACILITY"),
        ("consumer.entities.rules.product_rules", "_OWNED_APP"),
        ("consumer.entities.rules.product_rules", "_APPOSITIVE_PRODUCT"),
        ("consumer.entities.rules.product_rules", "_TRIMMED"),
        ("consumer.indicators.filters", "_PHONE"),
        ("consumer.indicators.filters", "_PHONE_OTHER"),
        ("consumer.indicators.measure", "_MEASURE_LOWER"),
        ("consumer.indicators.numbers", "_WORD_NUMBER"),
        ("consumer.indicators.numbers", "_WORD_NUMBER_LOWER"),
        ("consumer.indicators.numbers", "_DIGITS"),
    ],
)
def test_hand_gated_patterns_are_searched_by_their_class_too(module: str, name: str) -> None:
    """Patterns that opened on a look-ahead written by hand: compiled through ``gated`` their
    program carries the class (it differs from ``re.compile``'s), and they find the same."""
    pattern: re.Pattern[str] = getattr(importlib.import_module(module), name)
    assert pattern != re.compile(pattern.pattern, pattern.flags)  # the info block names the class
    plain = re.compile(pattern.pattern.split(")(?:", 1)[1][:-1], pattern.flags)
    for text in (_FIGURE_TEXT, _FIGURE_TEXT.lower(), _RULE_TEXT, TEXT):
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "a" * 65,
        "a" * 64,
        "word " * 20 + "b" * 64,
        "\u2028".join(["c" * 64] * 3),  # a line separator is white space to both
        "d\u00a0" * 40 + "e" * 65,  # a no-break space too
        "f" * 64 + "\u3000" + "g" * 64,
        "h" * 40 + "\x1c" + "i" * 40,  # a file separator: white space to both
        "j" * 40 + "\u200b" + "k" * 40,  # a zero-width space is none: one run of 81
        "",
        "https://example.org/" + "x" * 60 + " and more",
    ],
)
def test_has_long_run_says_what_the_long_run_pattern_says(text: str) -> None:
    assert has_long_run(text) == (_LONG_RUN.search(text) is not None)
    assert mask_long_runs(text) == _LONG_RUN.sub(lambda m: m.group()[:64] + " " * (len(m.group()) - 64), text)
