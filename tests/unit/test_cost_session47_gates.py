"""Session 47's byte-identical cuts (issue 11): each gate spares a scan only where the scan could
find nothing, so the outputs stay the same; the texts are made up."""

from __future__ import annotations

import re

import pytest

from consumer.entities.rules import places
from consumer.gate import openings
from consumer.quotes import indirect
from consumer.quotes.cues import INDIRECT_VERBS
from tests.unit.test_quotes import quotes_with_names


def test_openings_are_each_branch_leading_run_lower_cased() -> None:
    assert openings(r"\b(?:Said|told\s+them|pointed\s+out)", re.IGNORECASE) == ("pointed", "said", "told")
    assert openings(r"(?-i:stated|states)") == ("state",)  # the parser's shared prefix is enough


@pytest.mark.parametrize("pattern", [r"[ab]c", r"a|bc", r"(?:x)?yz", r"\w+said", r"(?:|said)"])
def test_openings_none_when_a_branch_opens_with_no_run(pattern: str) -> None:
    assert openings(pattern) is None


def test_every_indirect_verb_opens_with_one_of_the_gate_words() -> None:
    words = openings(INDIRECT_VERBS, re.IGNORECASE)
    assert words is not None
    for verb in ("said", "Says", "TOLD", "pointed out", "stated", "proclaimed", "emphasised", "forecast"):
        assert re.fullmatch(INDIRECT_VERBS, verb, re.IGNORECASE) or verb == "proclaimed"
        assert verb.lower().startswith(words)


@pytest.mark.parametrize(
    ("sentence", "may"),
    [
        ("The Harlow plant made 4,000 vans last year, up from 3,100 in the year before.", False),
        ("Vantor Motors built its third plant in Kessel in the spring of that year.", False),
        ("The Harlow plant will close in June, the company SAID on Monday.", True),
        ("Tarvo Quell, the chief executive, told staff the plant would close.", True),
        ("Analysts pointed out that the plant had lost money for years.", True),
        ("The Harlow plant will cloſe in June, a ſpokeſman ſaid.", True),  # folded letters: left to the scans
    ],
)
def test_a_sentence_with_no_verb_of_saying_skips_the_verb_shapes(sentence: str, may: bool) -> None:
    padded = "x. " + sentence
    assert indirect._may_name_verb(padded, 3, len(padded)) is may


def test_indirect_quotes_still_read_both_verb_shapes_and_according_to() -> None:
    text = (
        "The Harlow plant will close in June after years of losses, Tarvo Quell said on Monday.\n\n"
        "Tarvo Quell said that the plant had lost money for three years running.\n\n"
        "According to Tarvo Quell, the site will be sold to a developer next year."
    )
    quotes = quotes_with_names(text, (("Tarvo Quell", "PERSON", ("Quell",)),))
    found = [(q.speaker_name, q.verb) for q in quotes if q.kind == "indirect"]
    assert found == [("Tarvo Quell", "said"), ("Tarvo Quell", "said"), ("Tarvo Quell", "according to")]


def test_listing_lines_are_read_only_in_a_text_with_an_at_sign(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "Harlow, KY @ Kessel Arena, 7 p.m.\n"
    assert [span for *span, _ in places.listing_places(line)] != []

    class Unread:
        def finditer(self, text: str) -> None:
            raise AssertionError("scanned a text with no @")

    monkeypatch.setattr(places, "_LISTING_LINE", Unread())
    assert list(places.listing_places("Harlow, KY and Kessel Arena, 7 p.m.\n")) == []


def test_an_embedded_signature_is_read_only_where_its_handle_is() -> None:
    from consumer.quotes.runs import embed_signature

    post = "We won it all tonight! \u2014 Harlow Desk (@harlowdesk) May 3, 2031"
    assert embed_signature(post, 0, len(post))
    plain = "We won it all tonight! \u2014 Harlow Desk, May 3, 2031"
    assert not embed_signature(plain, 0, len(plain))
    assert not embed_signature(post, 0, post.index("(@"))  # the handle outside the paragraph


def test_a_glued_plus_is_looked_for_only_in_a_text_with_a_plus(monkeypatch: pytest.MonkeyPatch) -> None:
    from consumer.entities.gazetteer import load_gazetteer
    from consumer.entities.rules import model_tails

    gazetteer = load_gazetteer()
    text = "The new Kelby Vela S8+ costs more than the Kelby Vela S8 did."
    assert list(model_tails.marked_models(text, gazetteer)) != []

    class Unread:
        def finditer(self, text: str) -> None:
            raise AssertionError("scanned a text with no plus")

    monkeypatch.setattr(model_tails, "_GLUED_PLUS", Unread())
    assert list(model_tails.marked_models("The new Kelby Vela S8 costs more.", gazetteer)) == []


@pytest.mark.parametrize(
    ("name", "old"),
    [("_CAPITAL_HYPHEN_DIGIT", r"(?<=[A-Z])-(?=\d)"), ("_LOWER_HYPHEN_MARK", r"(?<=[a-z])-(?=[A-Z0-9])")],
)
def test_hyphen_patterns_open_on_the_hyphen_with_the_same_matches(name: str, old: str) -> None:
    from consumer.entities.rules import model_tails

    pattern = getattr(model_tails, name)
    assert pattern.pattern.startswith("-")  # searched for its first character, not tried everywhere
    text = "the XR-400 and Vela-Z, a Mach-E, x-9, Q-, --1, B--2, Ab-C3, \u00e9-A and a-\u00bd"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(old, text)]
