"""A named facility that copy names as a body ("... Hospital", "... Museum", "... Medical Center")
is a place where the words before put someone or something in it or by it ("was rushed to",
"died at", "near the gates of", "a view in"); the staff's or a recipient's body ("doctors at",
"handed over to", "of ... Hospital") stays a body. A compass or part-of adjective the model reads
as a place alone ("18 Northern and central ... counties") names none. Sentences written for the
test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.retype.kinds import facility_as_place
from consumer.entities.retype.non_names import names_nothing
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The driver was taken by ambulance to Brenford Memorial Hospital.", "Brenford Memorial Hospital"),
        ("The girl was flown to Quarrington General Hospital.", "Quarrington General Hospital"),
        ("He was rushed to Brenford Royal Infirmary after the crash.", "Brenford Royal Infirmary"),
        ("The patient died at Kelby General Hospital on Tuesday, police said.", "Kelby General Hospital"),
        ("Two rockets landed near the gates of Al-Kessan Hospital on Monday.", "Al-Kessan Hospital"),
        ("She is receiving care at Dovercourt Hospital, her family said.", "Dovercourt Hospital"),
        ("The man was pronounced dead at Harlow Medical Center.", "Harlow Medical Center"),
        ("Tourists queued outside the Marlow Museum for hours.", "Marlow Museum"),
        ("The Tessan Palace Museum was built on an old compound in 1925.", "Tessan Palace Museum"),
    ],
)
def test_a_facility_someone_is_taken_to_or_stands_by_is_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Doctors at Kelby General Hospital said the patient was stable.", "Kelby General Hospital"),
        ("The relics were handed over to Marlow Museum at a ceremony.", "Marlow Museum"),
        ("Researchers at Brenford Medical Center said the trial would continue.", "Brenford Medical Center"),
        ("Dr. Jo Roe of Tessan Children's Hospital led the study.", "Tessan Children's Hospital"),
    ],
)
def test_a_facility_as_a_body_stays_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("He was airlifted to Kelby Hospital.", "Kelby Hospital", True),
        ("A photo shows a view of the Tessan Art Museum.", "Tessan Art Museum", True),
        ("Crowds gathered outside Harlow Zoo.", "Harlow Zoo", True),
        ("The Kessel Museum was built in 1925.", "Kessel Museum", True),
        ("Autumn scenery of Marlow Palace Museum", "Marlow Palace Museum", True),
        ("The Kessel Museum was given 300 relics.", "Kessel Museum", False),
        ("He was airlifted to Kelby.", "Kelby", False),  # no facility's head
        ("He works for Kelby Hospital.", "Kelby Hospital", False),
        ("He was airlifted to Hospital.", "Hospital", False),  # the head alone
    ],
)
def test_facility_as_place(text: str, name: str, place: bool) -> None:
    s = text.index(name)
    assert facility_as_place(text, s, s + len(name)) is place


@pytest.mark.parametrize(
    ("text", "word", "kind", "dropped"),
    [
        ("Power was cut in 18 Northern and central Kessel counties.", "Northern", "LOCATION", True),
        ("Roses are grown in Southern gardens and in pots.", "Southern", "LOCATION", True),
        ("Schools shut across Upper and lower Dunmore.", "Upper", "LOCATION", True),
        ("Fares rose on Northern, the rail operator said.", "Northern", "ORGANIZATION", False),
        # session 48: the adjective before a lower-case noun, read as a body once no place's key
        ("The Eastern states closed schools on Monday.", "Eastern", "ORGANIZATION", True),
        ("Voters in the Western provinces stayed home.", "Western", "ORGANIZATION", True),
        ("Eastern said it would add flights.", "Eastern", "ORGANIZATION", False),
        ("Protesters gathered in Central on Sunday.", "Central", "LOCATION", False),
        ("Fires burned across Southern Kessel.", "Southern Kessel", "LOCATION", False),
    ],
)
def test_a_lone_part_of_word_names_no_place(text: str, word: str, kind: str, dropped: bool) -> None:
    s = text.index(word)
    cand = Candidate("body", s, s + len(word), kind, "ner", None)  # type: ignore[arg-type]
    assert names_nothing(cand, text, word) is dropped


def test_a_lone_part_of_word_leaves_the_place_it_qualifies(extractor: EntityExtractor) -> None:
    body = "Power was cut to 9,000 people in 18 Northern and central Kessel counties."
    types = types_of(entities_of(extractor, body))
    assert "Northern" not in types, types


# Session 46 (H): houses of worship and military bases are buildings where the words before put
# someone in them; a unit based there, a crowd storming or entering a museum, too.
@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "The gunman entered Harrowgate Memorial Church in downtown Kelby on Wednesday.",
            "Harrowgate Memorial Church",
        ),
        (
            "Gunmen in uniforms stormed the Quellan National Museum on Tuesday afternoon.",
            "Quellan National Museum",
        ),
        (
            "A rescue crew based out of Tarvin Air National Guard Base flew over the city.",
            "Tarvin Air National Guard Base",
        ),
        ("Police raided the Dorvik Street Mosque before dawn.", "Dorvik Street Mosque"),
        ("Mourners gathered outside Kelby Baptist Church on Sunday.", "Kelby Baptist Church"),
    ],
)
def test_a_house_of_worship_or_a_base_someone_enters_is_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelby Baptist Church said it would hold a vigil.", "Kelby Baptist Church"),
        ("Critics attacked the Dorvik Street Mosque over its sermon.", "Dorvik Street Mosque"),
        ("The gift entered the Quellan National Museum's collection in May.", "Quellan National Museum"),
        ("A spokesman for Tarvin Air Force Base declined to comment.", "Tarvin Air Force Base"),
    ],
)
def test_a_church_or_base_that_acts_is_no_place(text: str, name: str) -> None:
    start = text.index(name)
    assert not facility_as_place(text, start, start + len(name))
