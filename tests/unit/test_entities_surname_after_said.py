"""One name word right after a verb of speech that follows a quotation's closing mark
('"…," said Roe.', '"…," says Roe, "…"') is the speaker named by surname, a PERSON, where the
model read a body or a place no list knows; like '"…," Roe said'. Known bodies and places keep
theirs. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.person_context import _quoted_speaker
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('Prices rose again. "Nobody expected this," said Brannock.', "Brannock"),
        ('The levee held overnight. "We were lucky this time," said Kestrova.', "Kestrova"),
        ('Prices rose again. "Nobody expected this," says Marbury.', "Marbury"),
        ('Prices rose again. "Nobody expected this," explained Corvell.', "Corvell"),
        (
            'The levee held overnight. "We were lucky this time," said Kestrova, "but not next year."',
            "Kestrova",
        ),
        ("Prices rose again. “Nobody expected this,” said Haldova.", "Haldova"),
    ],
)
def test_a_surname_after_said_is_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ('"Markets fell sharply," said Reuters.', "Reuters", "ORGANIZATION"),
        ('"The talks are over," said Paris.', "Paris", "LOCATION"),
        ('"We stand by it," said Beijing.', "Beijing", "LOCATION"),
        (
            'The vote is close. "We need every ballot," said Brannock Street residents.',
            "Brannock Street",
            "LOCATION",
        ),
    ],
)
def test_known_names_after_said_keep_their_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ('"Nobody expected this," said Kestrova.', "Kestrova", True),
        ('"Nobody expected this," says Kestrova, "least of all us."', "Kestrova", True),
        ("Analysts said Kestrova was to blame.", "Kestrova", False),  # no quotation before
        ('"Nobody expected this," said Kestrova officials.', "Kestrova", False),  # a modifier
        ('"Nobody expected this," Kestrova said so too.', "Kestrova", True),  # the older order
        ('"Nobody expected this," he said. Kestrova.', "Kestrova", False),
    ],
)
def test_the_speaker_context_of_one_word(text: str, word: str, speaker: bool) -> None:
    start = text.index(word)
    assert _quoted_speaker(text, start, start + len(word), word) is speaker
