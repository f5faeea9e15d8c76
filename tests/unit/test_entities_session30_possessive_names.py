"""Session 30: names cut at a possessive or a common word (entity boundaries, issue 11). Sentences
and names written for the test.

- a company the text always writes with its possessive's clitic, once owning nothing after it
  ("Corvell's said", "at Tamsby's for"), keeps the clitic; "Corvell's shares" alone, or a bare
  "Corvell" elsewhere, keeps the owner's name;
- a listed name ending in the clitic is matched by the gazetteer (the matcher wanted a
  capitalised last token);
- a given name then a market word ("Jim Price") is a person's full name, not a company's
  "Price" tail.
"""

from __future__ import annotations

import dataclasses

import pytest
import spacy

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import GazEntry, load_gazetteer
from consumer.entities.matcher import SPANS_KEY, GazetteerMatcher
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Corvell's said the lender was stable. Corvell's cut the rating in March.", "Corvell's"),
        ("The vase sold at Tamsby's for $2 million, Tamsby's said.", "Tamsby's"),
        ("Shoppers crowded into Pellman's, the store chain said.", "Pellman's"),
    ],
)
def test_a_name_always_written_with_its_clitic_keeps_it(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a bare mention elsewhere: the clitic is the owner's
        ("Corvell's shares fell on Monday. Corvell said sales were weak.", "Corvell's"),
        # every clitic owns a noun after it
        ("Corvell's profit rose. Corvell's chief quit on Friday.", "Corvell's"),
        # a body's head word: its own possessive, not part of the name
        ("Money came from the Quillon Foundation's and the Harlow Trust's grants.", "Quillon Foundation's"),
        # a straight quote mark after the clitic opens the title it owns
        ('Get the advice in Corvell\'s "Malware Deep Dive" guide today.', "Corvell's"),
    ],
)
def test_an_owner_keeps_its_bare_name(extractor: EntityExtractor, body: str, absent: str) -> None:
    assert absent not in types_of(entities_of(extractor, body))


def test_a_listed_name_ending_in_a_clitic_is_matched() -> None:
    gazetteer = load_gazetteer()
    entry = GazEntry(name="Varrow's", type="ORGANIZATION")
    added = {"varrow's": entry, "varrow\u2019s": entry}
    listed = dataclasses.replace(gazetteer, entries={**gazetteer.entries, **added})
    blank = spacy.blank("en")
    matcher = GazetteerMatcher(listed)

    def hits(text: str) -> list[tuple[str, str]]:
        doc = matcher(blank(text))
        return [(s.text, s.label_) for s in doc.spans[SPANS_KEY]]

    assert hits("We ate at Varrow's on Friday.") == [("Varrow's", "ORGANIZATION")]
    assert hits("We ate at Varrow\u2019s on Friday.") == [("Varrow\u2019s", "ORGANIZATION")]
    # another owner's clitic is no listed name
    assert hits("We ate at Quarrow's.") == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Health Secretary Jim Price said the plan would work.", "Jim Price"),
        ("Senator Amy Stock said she would vote no.", "Amy Stock"),
        ("The coach, Tom Price, said the team was ready.", "Tom Price"),
    ],
)
def test_a_given_name_keeps_a_market_word_surname(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PERSON"


def test_a_company_keeps_its_market_word_cut(extractor: EntityExtractor) -> None:
    names = types_of(entities_of(extractor, "Kelvar Stock fell 3 percent on Monday."))
    assert "Kelvar Stock" not in names
