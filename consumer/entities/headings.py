"""Headings and labels: capitalised lines that are no names.

A title-case heading or a list label capitalises every word, so a name guessed there
only from its capitals is doubtful; these checks tell such lines apart from prose.
"""

from __future__ import annotations

import re

from consumer.entities import retype, rules
from consumer.entities.candidates import Candidate
from consumer.entities.dictionary import dictionary_words, in_dictionary
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.menu_labels import LABEL_TYPES as _LABEL_TYPES
from consumer.entities.menu_labels import label_words as _label_words
from consumer.entities.menu_labels import menu_label
from consumer.entities.records import CandidateGroup
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import is_head_word
from consumer.lexicon import COMMON_ACRONYMS

WORD_EDGES = ".,;:!?\"'()[]{}“”‘’…*"


_HEADING_WORDS = 10
_CAPS_HEADING_WORDS = 24
_HEADING_REACH = 200
_ACRONYM_LETTERS = 4
_HEADING_END = (".", "!", "?", ":", ",", ";", '"', "\u201d", ")")


def _heading_line(text: str, start: int) -> bool:
    """A short line of the body in capitals with no sentence end: a section heading
    ("CLOSEOUT SEQUENCE"), where capitals mark every word. Title-case lines are left alone:
    in listings they are the names themselves (on real copy, dropping their model names cost
    more right names than wrong ones)."""
    newline = text.rfind("\n", max(0, start - _HEADING_REACH), start)
    if newline < 0 and start > _HEADING_REACH:
        return False  # no line start within reach: a long line, no heading (and a bounded look)
    line_end = text.find("\n", start, start + _HEADING_REACH)
    line = text[newline + 1 : line_end if line_end >= 0 else start + _HEADING_REACH].strip()
    if line and (_title_case_heading(line) or _preposition_heading(line)):
        return True
    if not line or line.endswith(_HEADING_END):
        return False
    words = len(line.split())
    if words > _HEADING_WORDS:
        # a longer line in capitals that ends in the text with no sentence end: a promoted
        # headline of another story ("DUNMORE IS CLOSELY WATCHING HARBOR TEST, AIDE SAYS"),
        # furniture; a paragraph of shouted copy ends on a full stop
        whole = line_end >= 0 or start + _HEADING_REACH >= len(text)
        return whole and words <= _CAPS_HEADING_WORDS and rules.is_caps_line(line)
    return rules.is_caps_line(line) or _sentence_case_heading(line)


_SENTENCE_HEADING_WORDS = 4


def _sentence_case_heading(line: str) -> bool:
    """ "Orbital characteristics", "Research & exploration": a short line in sentence case, a
    capitalised first word and lower-case words after it, is a section heading; the model's
    name of its first word is a common word (a name would recur in prose)."""
    words = line.split()
    return (
        2 <= len(words) <= _SENTENCE_HEADING_WORDS
        and words[0][:1].isupper()
        and all(w == "&" or w.islower() for w in words[1:])
    )


# Small words that prose and most names write in lower case inside a line: capitalised inside a
# title-case line ("Streaming Quality Seems To Be Mostly Excellent", "Early Reviews For X"),
# they show a heading written in title case, where capitals mark every word.
_HEADING_SMALL_WORDS = frozenset(retype.word_list("To Be For Of And Is Are With In On At From By As Was"))


_TITLE_HEADING_WORDS = 16

# A heading of a feature's section opens on a capitalised preposition ("Into the Wilderness",
# "Beyond the Harbor", "Inside Kelby Labs"): a line of title-case words, no sentence; a name only
# such a heading holds is the section's theme, named again in prose when it matters
_HEADING_OPENERS = frozenset(
    retype.word_list("Into Inside Beyond Behind Toward Towards Through Across Among Within Without Around")
)
_HEADING_SMALL = frozenset(retype.word_list("the a an of and to in on for at"))
_PREPOSITION_HEADING_WORDS = 6


def _preposition_heading(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= _PREPOSITION_HEADING_WORDS
        and words[0] in _HEADING_OPENERS
        and not line.endswith(_HEADING_END)
        and all(w[:1].isupper() or w in _HEADING_SMALL for w in words[1:])
    )


def _title_case_heading(line: str) -> bool:
    words = line.split()
    return (
        len(words) <= _TITLE_HEADING_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and ":" not in line  # "Best Director: Ana Roe For Night Harbor" lists a name
        and rules.is_title_case(line)
        and any(w in _HEADING_SMALL_WORDS for w in words[1:-1])
    )


def heading_guess(
    group: CandidateGroup,
    body: str,
    title_headline: bool = False,
    lower: LowerWords | None = None,
    headline: str = "",
    gazetteer: Gazetteer | None = None,
) -> bool:
    """A model name found only in the body's section headings, like one only in a title-case
    headline: a gazetteer hit or a rule keeps its name, and a name that matters recurs in prose.
    A title-case headline counts as one more heading: a web page repeats its title as the body's
    first line, and a run the model made of it ("Early Reviews For Acme") is in both, or in one
    and copied to the other; session 45: the body's copy is a heading whatever its small words
    for a name of dictionary words ("Statement on Harbor Policy" in "Kelby's Statement on Harbor
    Policy with a Twist", the headline and the body's first line). A model body of common words
    that is a line of its own or a line's label before a colon ("Past Issues", "New Price Drop:
    ..."): a menu entry or a list label. Session 45 (J): a label line of dictionary words between
    prose, bullets or buttons, with no name line beside it, is page furniture (``menu_labels``).
    Session 46: a model body on a section heading's line of title-case dictionary words alone
    ("Sound Quality", "Shape / Camber Profile"), whether or not the story writes them in lower
    case (``dictionary_heading``)."""
    if group.entry is not None:
        return False
    if len(group.name) <= _ACRONYM_LETTERS and group.name.isupper():
        return False  # an acronym is written in capitals anywhere ("CNBC")
    words = lower if group.type == "ORGANIZATION" else None
    # a body's or a people's reading only: a person or a place the story names only in its
    # headline keeps its name ("Will Power Wins At Harbor City")
    dictionary_name = (
        title_headline and group.type in ("ORGANIZATION", "NORP") and _dictionary_words(group.name)
    )

    if group.type in _LABEL_TYPES and _label_words(group.name) and _menu_group(group, body):
        return True

    def heading(c: Candidate) -> bool:
        if c.origin not in ("ner", "prop"):  # the model's guess, or a copy of it
            return False
        if c.field == "headline":
            return title_headline
        return c.field == "body" and (
            _heading_line(body, c.start)
            or (dictionary_name and _headline_copy(body, c.start, c.end, headline))
            # the story's lower-case words are read only for a label line
            or (
                words is not None
                and _label_mention(body, c.start, c.end)
                and _common_words(group.name, words)
            )
            or (
                words is not None
                and gazetteer is not None
                and dictionary_heading(body, c.start, c.end, gazetteer)
            )
        )

    return all(heading(c) for c in group.cands)


_HEADLINE_COPY_CHARS = 300


def _menu_group(group: CandidateGroup, body: str) -> bool:
    """Every model mention a page's label line (``menu_labels``); a copy of the name that
    propagation found in the headline ("Aquarium" from "Finished Aquarium") follows it."""
    models = [c for c in group.cands if c.origin == "ner"]
    return bool(models) and all(
        (c.origin == "ner" and c.field == "body" and menu_label(body, c.start, c.end))
        or (c.origin == "prop" and c.field == "headline")
        for c in group.cands
    )


def _dictionary_words(name: str) -> bool:
    """Every word of the name an English word of the dictionary, small words aside ("Statement
    on Harbor Policy", "Rural Teachers"): a headline's words, no coined name ("Tarvo Robotics"),
    which a story may name only in its headline."""
    english = dictionary_words()[0]
    words = [w for w in name.split() if w.lower() not in _HEADING_SMALL]
    return bool(words) and all(w.isalpha() and in_dictionary(w.lower(), english) for w in words)


def _headline_copy(body: str, start: int, end: int, headline: str) -> bool:
    """The mention's line is the headline again, the copy a web page's body opens with (session
    45: a title-case headline whose small words are in lower case, "Tarvo's Plan on Harbor Fees
    with a Twist", is no section heading by its own look). Reads the headline's length around."""
    title = headline.strip()
    if not title or len(title) > _HEADLINE_COPY_CHARS:
        return False
    reach = len(title)
    line_start = body.rfind("\n", max(0, start - reach), start) + 1
    if line_start == 0 and start > reach:
        return False
    line_end = body.find("\n", end, end + reach + 1)
    if line_end < 0:
        line_end = len(body) if len(body) - end <= reach else -1
    return line_end >= 0 and body[line_start:line_end].strip() == title


class LowerWords:
    """The words a text writes in lower case, read once and only when a name asks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(w.strip(WORD_EDGES) for w in self.text.split() if w[:1].islower())
        return word in self._words


_LABEL_JOINERS = frozenset("&+/-")


def _common_words(name: str, lower: LowerWords) -> bool:
    """Every word of the name one the story also writes in lower case ("Price Drop" with "a
    price drop"): a label of common words, no coined name ("Acme Robotics")."""
    words = [w for w in name.split() if w not in _LABEL_JOINERS]
    return bool(words) and all(w.isalpha() and w.lower() in lower for w in words)


# a line's lead before a label: spaces, a bullet or a list number ("5. ", "- ")
_LABEL_LEAD = re.compile(r"[ \t]*(?:[-*\u2022\u2013]\s*|\d{1,2}[.)]\s*)?")
_LABEL_LEAD_CHARS = 8


def _label_mention(body: str, start: int, end: int) -> bool:
    """The mention is a line of its own, or the label that opens a line before a colon."""
    before = body[max(0, start - _LABEL_LEAD_CHARS) : start]
    newline = before.rfind("\n")
    if newline < 0 and start > _LABEL_LEAD_CHARS:
        return False
    if not _LABEL_LEAD.fullmatch(before[newline + 1 :]):
        return False
    after = body[end : end + _LABEL_LEAD_CHARS].lstrip(" \t")
    return after[:1] in ("", "\n") or (after[:1] == ":" and after[1:2] in ("", " ", "\n"))


# Session 46: reviews, blogs and feature pages set their parts under short headings of their own on
# a line by themselves ("Verdict", "Sound Quality", "Shape / Camber Profile", "2. Buyer Profile",
# "Scripted Film & Theatre"), which the small model reads as a body's name, though the story may
# never write the words in lower case. Such a line holds nothing else than one to five title-case
# English dictionary words (a common-noun abbreviation too, "TV"), perhaps a list number before
# them, a colon after them and "/", "&", "|", "and", "of", "the" between them, never more than two
# in a row (three, "Home Design Trends", are as often a coined name: a section's or a column's); no
# word a given name, a body's head word ("Bank", "Council", "Herald") or a name a list knows (a
# city's, "Denver Weekly"), and the line no listed name ("Reuters"). A name only such a heading holds is
# the section's subject, named again in prose where it matters (``heading_guess`` wants every
# mention a heading's).
_DICTIONARY_HEADING_WORDS = 5
_DICTIONARY_HEADING_RUN = 2  # words between two glue words: a heading's part is short
_DICTIONARY_HEADING_REACH = 60  # characters after the span: a heading is short
_DICTIONARY_HEADING_LEAD = 12  # characters between the line's start and the span
_DICTIONARY_HEADING_GLUE = frozenset(("/", "&", "|", "and", "of", "the"))
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")


def _heading_word(word: str, gazetteer: Gazetteer, english: frozenset[str]) -> bool:
    if word in COMMON_ACRONYMS:
        return True
    return (
        _TITLE_WORD.fullmatch(word) is not None
        and in_dictionary(word.lower(), english)
        and not is_given_name(word)
        and not is_head_word(word.lower())
        and gazetteer.lookup(word) is None
    )


def dictionary_heading(body: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the span [start, end) of the body lies on a heading's line of dictionary words alone.
    Reads at most a dozen characters before the span and sixty after it."""
    opened = body.rfind("\n", max(0, start - _DICTIONARY_HEADING_LEAD), start)
    if opened < 0 and start > _DICTIONARY_HEADING_LEAD:
        return False
    closed = body.find("\n", end, end + _DICTIONARY_HEADING_REACH + 1)
    if closed < 0:
        if len(body) - end > _DICTIONARY_HEADING_REACH:
            return False
        closed = len(body)
    tokens = body[opened + 1 : closed].split()
    if tokens and _LIST_NUMBER.fullmatch(tokens[0]):
        tokens = tokens[1:]
    if tokens and tokens[-1].endswith(":"):
        tokens[-1] = tokens[-1][:-1]
    words = [t for t in tokens if t.lower() not in _DICTIONARY_HEADING_GLUE]
    if not words or len(words) > _DICTIONARY_HEADING_WORDS or tokens[0].lower() in _DICTIONARY_HEADING_GLUE:
        return False
    run = 0
    for token in tokens:
        run = 0 if token.lower() in _DICTIONARY_HEADING_GLUE else run + 1
        if run > _DICTIONARY_HEADING_RUN:
            return False  # three words in a row or more: a coined name ("Home Design Trends")
    english = dictionary_words()[0]
    return (
        all(_heading_word(w, gazetteer, english) for w in words)
        and gazetteer.lookup(" ".join(tokens)) is None
    )
