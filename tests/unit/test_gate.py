"""consumer.gate: a gated pattern finds exactly what the plain pattern finds."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from consumer.entities.retype import lexicons
from consumer.entities.rules import events, organisations, places, product_rules
from consumer.gate import gated, holds_one, may_hold, needed, probes, scan, tail

TEXT = (
    "Officials SAID on Monday that 45 people died. The ſaid firm, Acme Corp., added 300 jobs;\n"
    "Sales fell 3% in Q2 2024 -- up from $1.2 billion (US$ 9) -- while 12th Summit delegates met."
)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:said|says|told(?:\s+\w+)?|added)\s+(?:that\s+)?", re.IGNORECASE),
        (r"\b(?:fell|rose|up)\s+\d", re.IGNORECASE),
        (r"(?<![\w-])(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+[A-Z]\w+", 0),
        (r"(?:[A-Z][\w&.-]*\s+){0,3}(?:Corp|Inc)\.?", 0),
        (r"(?:U\.?S\.?\s?\$|\$|£|[A-Z]{3})\s?$", 0),
        (r";|:\s|\s--\s", 0),
        # a scoped case fold: "(?i:said)" matches "ſaid" as "(?i:[s])" does
        (r"(?i:the|said)\s+\w+", 0),
        (r"(?:\b(?i:its|said|q)|[A-Z]\d)\s?", 0),
        (r"\b(?i:(?:fell|rose)\s)\d", 0),
    ],
)
def test_same_matches(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    gate = gated(pattern, flags)
    assert [m.span() for m in gate.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    for start in range(0, len(TEXT), 7):
        window = TEXT[start : start + 30]
        found, expected = gate.search(window), plain.search(window)
        assert (found.span() if found else None) == (expected.span() if expected else None)


def test_gate_opens_bounded_patterns_only() -> None:
    assert gated(r"\b(?:said|added)", re.IGNORECASE).pattern.startswith("(?=[as])")
    assert gated(r"(?:\d+|[A-Z])x").pattern.startswith("(?=[A-Z\\d])")
    for unbounded in (r"\W+said", r"^\s*its", r"[^a]b", r"(?:x)?", r"(?m)^Get", r"(?-i:the)\s+film", r".x"):
        assert gated(unbounded).pattern == unbounded


def test_gate_folds_case_where_the_pattern_does() -> None:
    """A scoped "(?i:...)" opening gets a gate that folds case inside the same scope only."""
    assert gated(r"(?i:the)\s+film").pattern.startswith("(?=(?i:[t]))")
    assert gated(r"(?:\b(?i:its|a)|[A-Z]\d)").pattern.startswith("(?=[A-Z]|(?i:[ai]))")
    gate = gated(r"(?i:kin)g")
    assert gate.match("\u212aing") is not None  # the Kelvin sign folds to "k", gate and all
    assert gate.match("KING") is None  # the "g" outside the scope keeps its case


# --------------------------------------------------------------------------- literal pre-checks
# Made-up texts: each holds the words a pattern needs in some lines, near misses in others (the
# word in another case, cut by a line end, inside a longer word), so a pattern may match or not.
SCAN_TEXTS = (
    "",
    "The Orvel lander touched down.\nIts Quill rover\nfollowed; the NASA Mars probe waited.",
    "A typhoon (not a Typhoon) hit the coast;\nTyphoon Mara weakened. Land\ner and rov-er are no words.",
    "the Brightwave app\nits Tarno software update, their Velk vehicles and applesauce",
    "No rare word at all here, only plain prose about 12 people and the weather.",
    "LANDER ROVER TYPHOON in capitals; the Palisade District and the borough of Kelm",
)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:[Ii]ts|[Tt]he)\s+(?P<name>[A-Z]\w+)\s(?:lander|rover|probe)s?\b", 0),
        (r"(?:Typhoon|Hurricane) [A-Z][a-z]+", 0),
        (r"(?<=[a-z] )(?:app|software|vehicles?) ", 0),
        (r"[A-Z][a-z]+ (?=(?:District|borough)\b)", 0),
        (r"(?:\bthe|\bits) (?:[A-Z]\w+ ){1,2}(?:app|software)\b", 0),
        (r"(?:Land|rov)(?:er)+", 0),
        (r"(?i:typhoon) \w+", 0),  # folds case: no pre-check, the plain scan
        (r"typhoon \w+", re.IGNORECASE),
        (r"[A-Z]\w+ (?:of|in) [A-Z]\w+", 0),  # two-letter words only: tested all the same
    ],
)
def test_scan_finds_what_finditer_finds(pattern: str, flags: int) -> None:
    compiled = gated(pattern, flags)
    for text in SCAN_TEXTS:
        assert [m.span() for m in scan(compiled, text)] == [m.span() for m in compiled.finditer(text)]


def test_needed_strings_of_a_pattern() -> None:
    """Every match holds one of the strings: a literal run, each branch's own, a repeated part
    that must occur, what a positive look-around reads; the shortest choice that is still long
    enough, with no string that holds another."""
    assert needed(re.compile(r"\b(?:[Tt]he|an?)\s+\w+\s(?:lander|rover)s?\b")) == ("lander", "rover")
    assert needed(re.compile(r"(?:Typhoon|Typhoons|Hurricane) \w+")) == ("Hurricane", "Typhoon")
    assert needed(re.compile(r"\w+(?= (?:District|borough)\b)")) == ("District", "borough")
    assert needed(re.compile(r"(?:Big )+Tent")) == ("Big ",)
    assert needed(gated(r"(?<![\w-])[A-Z]\w+ Airport")) == (" Airport",)


def test_needed_is_none_when_no_string_is_sure() -> None:
    for pattern, flags in (
        (r"(?:lander)?\s\w+", 0),  # optional
        (r"(?:rover|\d+)x", 0),  # a branch with no literal
        (r"(?i:rover) \w+", 0),  # a scoped case fold
        (r"rover \w+", re.IGNORECASE),
        (r"[A-Z]\w* \d", 0),  # one character only
        (r"(?!lander)\w+", 0),  # a negated look-ahead says what is not there
        ("|".join(f"w{i:02d}" for i in range(40)), 0),  # too many to test one by one
    ):
        assert needed(re.compile(pattern, flags)) is None, pattern


RULE_TEXTS = (
    "Officials said the Marlow lander and its Tesk Vira SUV sold well.\nTyphoon Kelda hit the Avon "
    "District on Monday; the Battle of Orrin Ridge began near Pell Bridge.",
    "Typhoon\nKelda, the Orvel\nlander and a Battle\nof Orrin are cut by line ends; landers, districts.",
    "Plain copy: the minister said 40 people left the area by bus.",
    "They moved to the Brenholt neighborhood, then the Calder\ndistrict; its Wend app and Tarn's "
    "Pilo vehicles.",
    "The Veyra probe reached Mars and Titan; Marsh, Titans and Earthly Io-based Jupiter 3 did not.",
    "At Easter and on Lunar New Year the Thanksgiving-like Hollis Holi fair, Ramadan\nEaster.",
    "the KDV union and the TLF party's ministry; the ABC\tgroup, the Orvel agency, the XQ think tank",
)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (product_rules, "_NAMED_PRODUCT"),
        (events, "_NAMED_STORM"),
        (places, "_FACILITY"),
        (events, "_CONFLICT"),
        (places, "_NEIGHBOURHOOD"),
        (product_rules, "_OWNED_APP"),
        (places, "_SKY_BODY"),
        (lexicons, "_HOLIDAY_IN_TEXT"),
        (organisations, "_ACRONYM_BODY"),
    ],
)
def test_scan_of_entity_rules_finds_what_finditer_finds(module: ModuleType, name: str) -> None:
    pattern = getattr(module, name)
    for text in RULE_TEXTS:
        assert [m.span() for m in scan(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_tail_of_a_pattern() -> None:
    """From the item that needs the most telling strings to the end, gated on its first characters."""
    owned = tail(re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?P<name>[A-Z]\w+)\s(?:apps?|software)\b"))
    assert owned is not None
    assert owned.search("the firm approved the plan") is None  # "app" inside a word
    assert owned.search("its new app") is not None and owned.search("some software.") is not None
    titled = tail(gated(r"(?:\bthe|\bhis)\s+(?:film|novel)\s+([A-Z]\w+)"))
    assert titled is not None and titled.search("a novel Dune") is not None
    assert titled.search("a novelist Dune") is None  # the tail reads on past the kind word
    for pattern, flags in ((r"(\w+) \1 lander", 0), (r"lander \w+", re.IGNORECASE), (r"(?:lander)?\s\w", 0)):
        assert tail(re.compile(pattern, flags)) is None, pattern


def test_tail_reads_only_after_the_character_before_it_ends_on() -> None:
    """The item before the tail always ends on a space: the tail is tried only after one."""
    titled = tail(gated(r"(?:\bthe|\bhis)\s+(?:film|novel)\s+([A-Z]\w+)"))
    assert titled is not None and titled.search("a novel Dune") is not None
    assert titled.search("the telefilm Dune") is None and titled.search("a novel\tDune") is not None
    words = tail(gated(r"\b(?i:the|its)\s+(?:[a-z]+\s+){0,2}(?:film|app)\s+([A-Z]\w*)"))
    assert words is not None and words.search("the new film Orra") is not None
    assert words.search("its telefilm Orra") is None and words.search("an app Zed") is not None
    assert words.search("snapp Zed") is None
    # the repeat ends on a comma, the item before on a space: no one character, no look-behind
    mixed = tail(re.compile(r"\ba\s+(?:[a-z]+,){0,2}(?:film|novel) ([A-Z]\w+)"))
    assert mixed is not None
    assert mixed.search("x,film Orra") is not None and mixed.search("a film Orra") is not None


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:[Ii]ts|[Tt]heir)\s+(?P<name>[A-Z][a-z]+)\s(?:apps?|software|vehicles?)\b", 0),
        (r"(?:\b(?i:the|its)|[A-Z]\w*['’]s)\s+(?:[a-z]+\s+){0,2}(?:film|app)\s+([A-Z]\w*)(?![\w'’-])", 0),
        (r"(?<![\w'’-])[A-Z][a-z]+ (?:District|borough)\b", 0),
    ],
)
def test_confirmed_scan_finds_what_finditer_finds(pattern: str, flags: int) -> None:
    compiled = gated(pattern, flags)
    texts = (
        *SCAN_TEXTS,
        "The board approved its Quill app\nand their Tarn\nsoftware; the film Orra ran; Avon District.",
        "Its Wend applications, their Pell vehicle, the appetite film Kelm and Dover's app Zed",
        "the telefilm Kelm, its new\tfilm Orra, the old grey film Tarn, his snapp Zed",
    )
    for text in texts:
        expected = [m.span() for m in compiled.finditer(text)]
        assert [m.span() for m in scan(compiled, text, confirm=True)] == expected


# Texts with capitals inside words ("McKell", "iPhone"), hyphens, apostrophes, tabs, line ends,
# no-break spaces and letters outside ASCII, and strings of each lot: capitalised words, other
# strings without white space, strings with a space.
HAYSTACK_TEXTS = (
    "Officials at McKellar Airport said the Orvane\u00a0Avenue tunnel, a Tesk-built e-bike lane, opens.",
    "The iPhone-style apps\tof DelMar Holdings' Rivet\nAirports; the Lake-side Dam’s plan. Ærø Lake.",
    "streaming  services, voice\nassistant, Henry Hub, Airportless, airport, AIRPORT, Mt. Kell, TI-84",
    "",
    "A",
)
HAYSTACK_STRINGS = (
    "Airport", "Airports", "Avenue", "Lake", "Dam", "Mt", "TI", "SUV", "Ærø", "Kell", "Mc", "Del",
    "Hub", "Rivet", "McKellar", "Holdings", "airport", "e-bike", "apps", "app", "tunnel,", "Dam’s",
    "DelMar", "Phone", "built", "lane", "side", "streaming ", "voice assistant", "voice\nassistant",
    "Henry Hub", " Airport", "Airport ", "Orvane\u00a0Avenue", "Orvane Avenue", "plan. ", "-84", "nothing",
)  # fmt: skip


def test_holds_one_says_what_a_substring_test_says() -> None:
    """Each string looked for in its lot's haystack: the same answer as ``in`` on the text, alone
    and with the other strings."""
    for text in HAYSTACK_TEXTS:
        for string in HAYSTACK_STRINGS:
            assert holds_one(probes((string,)), text) == (string in text), (string, text)
        for k in range(0, len(HAYSTACK_STRINGS), 5):
            strings = HAYSTACK_STRINGS[k : k + 5]
            assert holds_one(probes(strings), text) == any(s in text for s in strings)


def test_probes_sort_strings_into_their_lots() -> None:
    plain, capitalised, words = probes(("Airport", "SUV", "e-bike", "Henry Hub", " Lake", "Mt", "Ærø"))
    assert capitalised == ("\nAirport", "\nMt")
    assert words == ("SUV", "e-bike", "Ærø")
    assert plain == ("Henry Hub", " Lake")


def test_may_hold_is_false_only_for_an_absent_string() -> None:
    for text in HAYSTACK_TEXTS:
        for string in (*HAYSTACK_STRINGS, "won ", " Cup", "best-", "$", " ", "Mid", "Lake Orvane"):
            if string in text:
                assert may_hold(text, string), (string, text)
    assert not may_hold(HAYSTACK_TEXTS[0], " Cup")
    assert not may_hold(HAYSTACK_TEXTS[0], "won ")
    assert may_hold(HAYSTACK_TEXTS[0], "Lake Orvane")  # its longest piece is there: maybe
