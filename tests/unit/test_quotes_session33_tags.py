"""Attributions the tag patterns missed on BBC pages (issue 14, session 33): a present tense read
only in the past ('he remarks', 'points out Roe'), a title's exclamation mark before its
lower-case role ('Zoomba! editor Ann Roe said:'), a bare sentence adverb before a name and its
apposition ('Meanwhile Ann Roe, the party's spokesman, said:') and a stray comma before "told"
('Ann Roe from the Kinton Growers Union, told'). Each had left the quote with no speaker. Made-up
texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _speakers(body: str) -> list[str | None]:
    article = _article(body)
    entities = [
        _entity(article, "Ann Roe", forms=("Roe",)),
        _entity(article, "Jo Vale", forms=("Vale",)),
        _entity(article, "Kinton Growers Union", type_="ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


_QUOTE = '"The harvest was the best in a decade and the prices held up,"'


@pytest.mark.parametrize(
    "body",
    [
        f"Ann Roe has farmed the valley since 1980.\n\n{_QUOTE} she remarks.",
        f"The season ended early. {_QUOTE} points out grower Ann Roe.",
        f"The season ended early. {_QUOTE} remarks grower Ann Roe.",
        'Jo Vale said it was poor. "It was the best in a decade," Ann Roe points out.',
        'Jo Vale said it was poor. "It was the best in a decade," Ann Roe remarks.',
        'Prices held. Ann Roe remarks: "The harvest was the best in a decade."',
        'Prices held. Ann Roe points out: "The harvest was the best in a decade."',
    ],
)
def test_present_tense_tags(body: str) -> None:
    assert _speakers(body) == ["Ann Roe"]


@pytest.mark.parametrize(
    "body",
    [
        'Prices held. In his remarks, Jo Vale said: "The harvest was the best in a decade."',
        'Prices held. Jo Vale said her remarks: "The harvest was the best in a decade."',
    ],
)
def test_the_noun_remarks_is_no_tag(body: str) -> None:
    assert _speakers(body) == ["Jo Vale"]


@pytest.mark.parametrize(
    "body",
    [
        'The list is out.\n\nZoomba! editor Ann Roe said: "The harvest was the best in a decade."',
        f"The list is out. {_QUOTE} Zoomba! editor Ann Roe said.",
        'The list is out.\n\nHey Kids! publisher Ann Roe told the BBC: "The harvest was good."',
    ],
)
def test_a_titles_exclamation_mark_keeps_the_subject(body: str) -> None:
    assert _speakers(body) == ["Ann Roe"]


def test_an_exclamation_mark_before_a_capital_still_ends_a_sentence() -> None:
    body = 'Jo Vale spoke first. What a year! Ann Roe said: "The harvest was the best in a decade."'
    assert _speakers(body) == ["Ann Roe"]


@pytest.mark.parametrize(
    "opening",
    [
        "Meanwhile Ann Roe, the party's farming spokesman,",
        "However Ann Roe, 52,",
        "Meanwhile Dr Ann Roe, of the Kinton clinic,",
    ],
)
def test_a_bare_sentence_adverb_is_one_word(opening: str) -> None:
    body = f'Jo Vale backed the plan. {opening} said: "The harvest was the best in a decade."'
    assert _speakers(body) == ["Ann Roe"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Meanwhile, in Kinton, Ann Roe", "Ann Roe"),
        ("Meanwhile Kinton's mayor, Ann Roe,", "Ann Roe"),
        ("Meanwhile in Kinton, a party spokesman", None),
        ("However, a party spokesman", None),
    ],
)
def test_an_adverb_with_its_phrase_is_still_skipped(opening: str, speaker: str | None) -> None:
    body = f'Jo Vale backed the plan. {opening} said: "The harvest was the best in a decade."'
    assert _speakers(body) == [speaker]


@pytest.mark.parametrize(
    "tag",
    [
        "Ann Roe from the Kinton Growers Union, told the BBC.",
        "Ann Roe of Kinton Growers Union, told reporters.",
        "Ann Roe, told the local paper.",
    ],
)
def test_a_stray_comma_before_told(tag: str) -> None:
    assert _speakers(f"The season ended early. {_QUOTE} {tag}") == ["Ann Roe"]


def test_a_run_on_before_said_keeps_its_inverted_tag() -> None:
    body = '"The union remains committed to the plan" of the old treaty, said Ann Roe.'
    assert _speakers(body) == ["Ann Roe"]
