"""Session 32: names the model reads as organisations that are something else by their own
words: a doctrine ending in "-ism" (MISC) and two places joined by a hyphen (one place; two
before a border or a route); and bodies cut back to their names: a sentence-opening preposition
cut off, a label or title run on across a colon. Near misses keep their old readings. Texts are
made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.cuts import cut_model_name
from consumer.entities.retype.heads import head_type
from tests.unit.entity_texts import entities_of


def _types(extractor: EntityExtractor, body: str) -> dict[str, str]:
    return {e.name: e.type for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("surface", "kind"),
    [
        ("National Socialism", "MISC"),
        ("Soviet Communism", "MISC"),
        ("Marxism-Leninism", "MISC"),
        ("Christian Socialism", "MISC"),
        ("Communism", "MISC"),  # one word too since session 49 (was left to the model)
    ],
)
def test_heads_of_doctrines(surface: str, kind: str) -> None:
    assert head_type(surface) == kind


@pytest.mark.parametrize(
    "surface",
    [
        "Kelvin School of Journalism",  # a body named for what it teaches
        "Harlow Institute for Counter Terrorism",
        "Tarvia Tourism",  # a trade, no doctrine
        "European Stability Mechanism",
        "Marlene Chism",  # a surname in "-ism"
    ],
)
def test_near_misses_keep_their_heads(surface: str) -> None:
    assert head_type(surface) != "MISC"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Historians compared the movement to National Socialism in a new book.",
            "National Socialism",
            "MISC",
        ),
        (
            "Smog returned to Delhi-Noida on Monday, and schools were shut for a week.",
            "Delhi-Noida",
            "LOCATION",
        ),
        (
            "House prices in Raleigh-Durham rose again last year, agents said.",
            "Raleigh-Durham",
            "LOCATION",
        ),
    ],
)
def test_org_read_retyped(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    assert _types(extractor, body).get(name) == kind


def test_two_places_before_a_border_are_two(extractor: EntityExtractor) -> None:
    types = _types(extractor, "Farmers gathered at the Haryana-Punjab border on Tuesday.")
    assert types.get("Punjab") == "LOCATION"
    assert "Haryana-Punjab" not in types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He joined Coca-Cola as a salesman in 1990.", "Coca-Cola"),
        ("The Harlow-Kessel merger closed on Friday, the firms said.", "Harlow-Kessel"),
    ],
)
def test_near_miss_hyphened_bodies_stay(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(extractor, body).get(name) != "LOCATION"


# A preposition or conjunction opening the sentence, run into a body's name by the model, the
# corporate-suffix rule or the apposition rule ("Like Quillon Motors, the firm ..."): cut off.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Inside Harlow Bank, staff waited. Like Quillon Motors, the firm cut jobs.", "Harlow Bank"),
        ("Inside Harlow Bank, staff waited. Like Quillon Motors, the firm cut jobs.", "Quillon Motors"),
        ("Despite Tarvo Holdings' loss, shares rose. Tarvo Holdings said so.", "Tarvo Holdings"),
        ("Following Zentro Group's bid, shares jumped.", "Zentro Group"),
        ("Inside Tarvo Group, staff grumbled.", "Tarvo Group"),
    ],
)
def test_opening_word_cut_off_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = _types(extractor, body)
    assert types.get(name) == "ORGANIZATION"
    assert not any(n.split()[0] in ("Inside", "Like", "Despite", "Following") for n in types)


def test_opening_phrase_is_no_apposition(extractor: EntityExtractor) -> None:
    types = _types(extractor, "Unlike Tarvo, the company has no debt. Tarvo sells boats.")
    assert "Unlike Tarvo" not in types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Outside Inc said it would buy the magazine.", "Outside Inc"),  # the opener is the name
        ("In a statement, Marlow Capital, the fund manager, said profit rose.", "Marlow Capital"),
        ("Quillon Holdings, the firm that makes boats, cut jobs.", "Quillon Holdings"),
    ],
)
def test_near_miss_openers_keep_bodies(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(extractor, body).get(name) == "ORGANIZATION"


# A model body across a colon and a space: a label or a title run into what follows it
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Classroom Resources: Through the year, pupils read.", ""),
        ("Management System: Jo Roe wrote four models.", ""),
        ("Broad and Elm: Blue Door Tap pours beer.", ""),
        ("Department of Justice: Thoughts on a Case is an essay.", "Department of Justice"),
        ("Harlow Council: Notes From Winter is a report.", "Harlow Council"),
    ],
)
def test_body_cut_at_colon(text: str, kept: str) -> None:
    end = text.index(" ", text.index(": ") + 2) if kept == "" else text.index(" is ")
    cand = Candidate("body", 0, end, "ORGANIZATION", "ner")
    cut_model_name(text, cand, load_gazetteer())
    assert text[cand.start : max(cand.start, cand.end)] == kept


def test_body_without_colon_keeps_its_name() -> None:
    text = "Kessel Bank said on Monday: profits rose."
    cand = Candidate("body", 0, len("Kessel Bank"), "ORGANIZATION", "ner")
    cut_model_name(text, cand, load_gazetteer())
    assert text[cand.start : cand.end] == "Kessel Bank"


def test_opener_cut_reads_a_bounded_window() -> None:
    # session 32 review: "written without the opener" is counted around the name, not over the
    # whole text per name; far copies of the name do not count
    from consumer.entities.retype.name_edges import _written_without

    near = "Inside Harlow Bank, staff waited. Harlow Bank said no."
    assert _written_without(near, 0, "Harlow Bank", "Inside Harlow Bank")
    far = "Inside Harlow Bank, staff waited. " + "x " * 6000 + "Harlow Bank said no. Harlow Bank again."
    assert not _written_without(far, 0, "Harlow Bank", "Inside Harlow Bank")
