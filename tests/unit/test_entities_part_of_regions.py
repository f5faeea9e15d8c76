"""A capitalised part-of word before a place names one region ("Southern Tarvia"): the model or the
gazetteer keeps the place alone, or runs a sentence's opening preposition into the region. A
lower-case compass word, a word another name holds and a body's name stay as they were. Names
made up for the test, known to a small stand-in gazetteer."""

from __future__ import annotations

import pytest

from consumer.entities.boundaries import part_of_openings
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer

_TARVIA = GazEntry(name="Tarvia", type="LOCATION", kind="first_level_division", iso3166="XX-TV")
_GAZ = Gazetteer(entries={"tarvia": _TARVIA}, acronyms=frozenset(), proper_tokens=frozenset(), cities={})


def _after(text: str, name: str, kind: str = "LOCATION", entry: GazEntry | None = None) -> list[Candidate]:
    s = text.index(name)
    cands = [Candidate("body", s, s + len(name), kind, "ner", entry)]  # type: ignore[arg-type]
    return part_of_openings(cands, {"body": text}, _GAZ)  # type: ignore[dict-item]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Throughout Central Tarvia, the power went out.", "Tarvia", "Central Tarvia"),
        ("Fires burned across Southern Kessel on Monday.", "Kessel", "Southern Kessel"),
        ("Snow is expected in Upper Dunmore this week.", "Dunmore", "Upper Dunmore"),
        ("The lake lies in Greater Varnell, officials said.", "Varnell", "Greater Varnell"),
    ],
)
def test_a_place_after_a_part_of_word_opens_on_it(text: str, name: str, region: str) -> None:
    (cand,) = _after(text, name, entry=_TARVIA if name == "Tarvia" else None)
    assert (text[cand.start : cand.end], cand.type) == (region, "LOCATION")
    assert cand.entry is None  # no code of the whole place for its region


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Across Eastern Tarvia, the roads closed.", "Across Eastern Tarvia", "Eastern Tarvia"),
        ("Throughout Northern Tarvia, schools shut.", "Throughout Northern Tarvia", "Northern Tarvia"),
        ("Inside Western Tarvia, the rain went on.", "Inside Western Tarvia", "Western Tarvia"),
    ],
)
def test_an_opening_preposition_run_into_a_region_is_cut_off(text: str, name: str, region: str) -> None:
    (cand,) = _after(text, name, kind="ORGANIZATION")
    assert (text[cand.start : cand.end], cand.type) == (region, "LOCATION")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The storm moved across northern Tarvia on Monday.", "Tarvia", "LOCATION"),  # lower case
        ("Beyond Northern Kessel, a startup, raised money.", "Beyond Northern Kessel", "ORGANIZATION"),
        ("Upper Kessel Lowe said it would appeal.", "Kessel Lowe", "PERSON"),  # no place
    ],
)
def test_near_misses_keep_their_span(text: str, name: str, kind: str) -> None:
    (cand,) = _after(text, name, kind=kind)
    assert (text[cand.start : cand.end], cand.type) == (name, kind)


def test_a_part_of_word_another_name_holds_stays_there() -> None:
    text = "Acme Central Tarvia office"
    s = text.index("Tarvia")
    held = Candidate("body", 0, 12, "ORGANIZATION", "ner")  # type: ignore[arg-type]
    place = Candidate("body", s, s + 6, "LOCATION", "gazetteer", _TARVIA)  # type: ignore[arg-type]
    out = part_of_openings([held, place], {"body": text}, _GAZ)  # type: ignore[dict-item]
    assert [(text[c.start : c.end], c.type) for c in out] == [
        ("Acme Central", "ORGANIZATION"),
        ("Tarvia", "LOCATION"),
    ]
