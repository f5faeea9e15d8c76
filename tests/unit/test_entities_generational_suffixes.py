"""A generational suffix the small model leaves out of a person's name ("Jo Roe, Jr., said", "Ed
Roe Sr.—the founder") belongs to the name, and the model's "Jr." is no place of its own; a title's
"Sr." ("Sr. Director"), a school's "Jr. High" and a Roman numeral before a word stay out. Names
made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.boundaries import generational_suffixes
from consumer.entities.candidates import Candidate
from tests.unit.entity_texts import entities_of


def _run(text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    cands = []
    for name, kind in spans:
        s = text.index(name)
        cands.append(Candidate("body", s, s + len(name), kind, "ner"))  # type: ignore[arg-type]
    out = generational_suffixes(cands, {"body": text})
    return [(text[c.start : c.end], c.type) for c in out]


@pytest.mark.parametrize(
    ("text", "spans", "person"),
    [
        (
            "Orrin Kessler, Jr., escaped punishment.",
            [("Orrin Kessler", "PERSON"), ("Jr.", "LOCATION")],
            "Orrin Kessler, Jr.",
        ),
        ("Lawyer Dov Marrick, Jr. spoke first.", [("Dov Marrick", "PERSON")], "Dov Marrick, Jr."),
        ("The bank lent to Ferris Quade Sr.—the founder.", [("Ferris Quade", "PERSON")], "Ferris Quade Sr."),
        ("Hal Tobrin, III, said so.", [("Hal Tobrin", "PERSON"), ("III", "ORGANIZATION")], "Hal Tobrin, III"),
    ],
)
def test_a_generational_suffix_belongs_to_the_name(
    text: str, spans: list[tuple[str, str]], person: str
) -> None:
    assert _run(text, *spans) == [(person, "PERSON")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mara Kessel, Sr. Director of Sales, left.", "Mara Kessel"),  # a title's "Senior"
        ("He went to Tam Orwell Jr. High School.", "Tam Orwell"),  # a school's name
        ("Give Ann Quarry, IV fluids now.", "Ann Quarry"),  # a Roman numeral before a word
        ("Quarry, Jr., spoke.", "Quarry"),  # a surname alone: the full name is elsewhere
        ("Ann Quarry said Jr. varsity lost.", "Ann Quarry"),  # no suffix right after the name
    ],
)
def test_a_title_a_school_or_a_lone_surname_keeps_its_end(text: str, person: str) -> None:
    assert _run(text, (person, "PERSON"))[0] == (person, "PERSON")


def test_the_whole_name_in_the_pipeline(extractor: EntityExtractor) -> None:
    body = "Orrin Kessler, Jr., escaped punishment in 1982. Kessler was sent to a hospital."
    found = entities_of(extractor, body)
    people = {e.name: [m.text for m in e.mentions] for e in found if e.type == "PERSON"}
    assert people == {"Orrin Kessler, Jr.": ["Orrin Kessler, Jr.", "Kessler"]}
    assert not [e for e in found if e.type == "LOCATION"]
