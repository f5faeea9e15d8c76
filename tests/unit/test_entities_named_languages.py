"""Languages the gazetteer does not list as a people, named beside a cue (a preposition or a verb
of speaking, learning or translating before them, a language's noun after them), are MISC
(``rules.languages``, issue 11); the same words before another capitalised word, or without a cue,
keep their old reading. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules.languages import language_names, named_languages
from tests.unit.entity_texts import entities_of, types_of


def _never_listed(name: str) -> bool:
    return False


def _found(text: str, is_listed=_never_listed) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s:e] for s, e in named_languages(text, is_listed)]


def test_the_names_are_one_word_languages() -> None:
    names = language_names()
    assert {"Hindi", "Swahili", "Esperanto", "Mandarin", "Gaelic"} <= names
    assert all(" " not in n and len(n) >= 4 for n in names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lessons at the Kelby school are taught in Hindi, Urdu and Swahili.", ["Hindi", "Urdu", "Swahili"]),
        ("The Quell memoir was translated into Esperanto last year.", ["Esperanto"]),
        ("She speaks fluent Mandarin and Cantonese.", ["Mandarin", "Cantonese"]),
        ("A Sanskrit-language poem was found in Tarvo.", ["Sanskrit"]),
        ("There are 9,000 Yiddish speakers in the Kelby district.", ["Yiddish"]),
    ],
)
def test_a_language_beside_a_cue_is_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Tankers sailed from Persian Harbor ports.",  # a capitalised word after it: another name
        "He joined the Hebrew Kelby Institute.",  # no cue
        "Rooms at the Mandarin Kelby hotel.",  # no cue, a capital after
        "The Hindi Quell Band played.",  # no cue
        "Investors in Kelby and Hindi funds.",  # the list opens on no language
    ],
)
def test_no_language_without_a_cue_or_before_a_name(text: str) -> None:
    assert _found(text) == []


def test_a_listed_word_is_left_to_the_people_rule() -> None:
    assert _found("They speak Welsh and Gaelic.", lambda w: w == "Welsh") == ["Gaelic"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Lessons at the Kelby school in Quellport are taught in Hindi and Swahili.", "Hindi"),
        ("The Quell memoir was translated into Esperanto last year.", "Esperanto"),
        ("She spoke in Gaelic at the Tarvo festival.", "Gaelic"),
    ],
)
def test_the_extractor_types_the_language(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types
