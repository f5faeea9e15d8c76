"""Short forms of bodies the same story names in full (session 42): an acronym that 1987 wire
copy's ALL-CAPS headline re-cases as a word ("Ec" of "EC OILS TAX", the body's "EC") is still
the acronym of the body the story spells out, so the two are one entity under the full name.

Every name here is made up; the rule reads the letters of the short form and the capitals of
the full name, never a list of bodies.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.bare_acronyms import add_bare_acronyms
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.records import CandidateGroup
from consumer.entities.short_forms import join_acronyms
from consumer.events import TextField
from tests.unit.entity_texts import entities_of as _entities


def _group(recased: dict[TextField, str], *spans: tuple[TextField, str], name: str) -> CandidateGroup:
    """One organisation's group of the first occurrence of each (field, surface)."""
    cands = []
    for field, surface in spans:
        start = recased[field].index(surface)
        cands.append(Candidate(field, start, start + len(surface), "ORGANIZATION", "ner"))
    return CandidateGroup("ORGANIZATION", cands, None, name)


def _joined(headline: str, body: str, short: str, fulls: list[str]) -> list[CandidateGroup]:
    """The groups after the acronym pass: the short form named as the re-cased headline has it
    (``short.title()``), with the body's capitals too, beside one group per full name."""
    recased: dict[TextField, str] = {"headline": headline, "body": body}
    groups = [_group(recased, ("headline", short.title()), ("body", short), name=short.title())]
    groups += [_group(recased, ("body", full), name=full) for full in fulls]
    return join_acronyms(groups, recased, load_gazetteer())


def _names(groups: list[CandidateGroup]) -> list[str]:
    return [g.name for g in groups]


def test_a_re_cased_headline_acronym_joins_the_body_it_spells() -> None:
    joined = _joined(
        "Kpa Raises Dock Fees",
        "The Kelvor Port Authority said it would raise fees. The KPA said they start in June.",
        "KPA",
        ["Kelvor Port Authority"],
    )
    assert _names(joined) == ["Kelvor Port Authority"]
    assert len(joined[0].cands) == 3  # the full name, the headline's and the body's short form


def test_small_words_of_the_full_name_are_skipped() -> None:
    joined = _joined(
        "Tarn Says Bgc Cuts Quotas",
        "The Board of Grain and Cereals cut its quotas, Tarn said. The BGC meets next month.",
        "BGC",
        ["Board of Grain and Cereals"],
    )
    assert _names(joined) == ["Board of Grain and Cereals"]


def test_two_bodies_of_the_same_initials_take_neither() -> None:
    joined = _joined(
        "Bge Cuts Quotas",
        "The Baltic Grain Exchange cut quotas, the Bremen Grain Exchange said. The BGE meets again.",
        "BGE",
        ["Baltic Grain Exchange", "Bremen Grain Exchange"],
    )
    assert _names(joined) == ["Bge", "Baltic Grain Exchange", "Bremen Grain Exchange"]


def test_a_partial_match_takes_nothing() -> None:
    joined = _joined(
        "Kpr Raises Dock Fees",
        "The Kelvor Port Authority said it would raise fees. The KPR said they start in June.",
        "KPR",
        ["Kelvor Port Authority"],
    )
    assert _names(joined) == ["Kpr", "Kelvor Port Authority"]


def test_a_title_case_word_of_other_letters_is_no_acronym() -> None:
    # the headline's "Kpa" beside a body word that is not its capitals ("Kpab"): no one form
    recased: dict[TextField, str] = {
        "headline": "Kpa Raises Dock Fees",
        "body": "The Kelvor Port Authority said so. The KPAB said they start in June.",
    }
    groups = [
        _group(recased, ("headline", "Kpa"), ("body", "KPAB"), name="Kpa"),
        _group(recased, ("body", "Kelvor Port Authority"), name="Kelvor Port Authority"),
    ]
    assert _names(join_acronyms(groups, recased, load_gazetteer())) == ["Kpa", "Kelvor Port Authority"]


def test_a_re_cased_headline_acronym_that_spells_nothing_stays() -> None:
    # the wire's headline opens on the company's capitals and the body starts a line with them:
    # no table's column head, the one name the story has for it
    recased: dict[TextField, str] = {"headline": "Qzt Launches Phones", "body": "QZT said it had phones."}
    groups = [_group(recased, ("headline", "Qzt"), ("body", "QZT"), name="Qzt")]
    assert _names(join_acronyms(groups, recased, load_gazetteer())) == ["Qzt"]


# --------------------------------------------------------------- a bare acronym nothing found


def _mention_texts(extractor: EntityExtractor, body: str) -> dict[str, set[str]]:
    return {e.name: {m.text for m in e.mentions} for e in _entities(extractor, body)}


@pytest.mark.parametrize(
    ("body", "full", "short"),
    [
        (
            "Shares in Tolven rose after the Daily Clarion reported a bid. The DC said Marlo "
            "Foods was weighing an offer for the firm.",
            "Daily Clarion",
            "DC",
        ),
    ],
)
def test_a_bare_acronym_joins_the_one_body_it_spells(
    extractor: EntityExtractor, body: str, full: str, short: str
) -> None:
    forms = _mention_texts(extractor, body)
    assert short in forms.get(full, set()), forms


def _bare_added(body: str, *names: str, person: str = "") -> list[str]:
    """The organisations that took a bare acronym's mention, on hand-made groups."""
    recased: dict[TextField, str] = {"body": body}
    groups = [_group(recased, ("body", name), name=name) for name in names]
    if person:
        start = body.index(person)
        groups.append(
            CandidateGroup(
                "PERSON", [Candidate("body", start, start + len(person), "PERSON", "ner")], None, person
            )
        )
    before = {g.name: len(g.cands) for g in groups}
    add_bare_acronyms(groups, recased, load_gazetteer())
    return [g.name for g in groups if len(g.cands) > before[g.name]]


def test_a_bare_acronym_joins_on_hand_made_groups() -> None:
    body = "The Harwick Rowing Federation will review it. The HRF said the crews were safe."
    assert _bare_added(body, "Harwick Rowing Federation") == ["Harwick Rowing Federation"]


@pytest.mark.parametrize(
    ("body", "names", "person"),
    [
        # part of a longer name: the federation's cup is no mention of it
        (
            "The Harwick Rowing Federation will review it. The HRF Cup final is in May.",
            ["Harwick Rowing Federation"],
            "",
        ),
        # another body of the same letters, named by its place
        (
            "The Harwick Rowing Federation will review it. The Welsh HRF disagreed.",
            ["Harwick Rowing Federation"],
            "",
        ),
        # two bodies of the story spell it
        (
            "The Harwick Rowing Federation and the Hollin Racing Forum met. The HRF said no.",
            ["Harwick Rowing Federation", "Hollin Racing Forum"],
            "",
        ),
        # a person of the story has its initials
        (
            "The Harwick Rowing Federation hired Harry Rolf Fenton. HRF said he was glad.",
            ["Harwick Rowing Federation"],
            "Harry Rolf Fenton",
        ),
        # a partial match: not all the capitals
        (
            "The Harwick Rowing Federation will review it. The HR team said so.",
            ["Harwick Rowing Federation"],
            "",
        ),
    ],
)
def test_a_bare_acronym_of_no_one_body_stays_out(body: str, names: list[str], person: str) -> None:
    assert _bare_added(body, *names, person=person) == []


def test_a_wire_ticker_is_no_bare_acronym() -> None:
    body = "Harwick Rowing Federation Inc <HRF.N> said it sold a unit. <HRF> shares rose."
    assert _bare_added(body, "Harwick Rowing Federation Inc") == []
