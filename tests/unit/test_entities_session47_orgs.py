"""Session 47 (A): organisations the model reads that name none.

An instruction's or a participle's word opening a sentence before an article ("Butter a tin ...",
"Following the merger of ...") is no body, and nor is an acronym of a common noun ("an EHR", "a
PPO plan")."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.opening_words import opening_common_word
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Mix the flour.\nButter a tin and pour.", "Butter", True),
        ("Prices fell. Following the merger of two mills, output rose.", "Following", True),
        ("Sizes\nChoose a colour for the frame.", "Choose", True),
        ("Prices fell. Grease the pan and wait.", "Grease", True),
        # no article, or no word of WordNet's: the model's reading stays
        ("Prices fell. Chemical said it would cut jobs.", "Chemical", False),
        ("Prices fell. Quorvex the firm said little.", "Quorvex", False),
        ("Prices fell. Harbor in May raised its offer.", "Harbor", False),
    ],
)
def test_an_opening_verb_before_an_article(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert opening_common_word(text, start, start + len(word), {}, listed=False) is expected


def test_an_opening_verb_the_story_writes_in_mid_sentence_is_left_alone() -> None:
    text = "Prices fell. Grease the pan and wait for the grease to set."
    start = text.index("Grease")
    assert not opening_common_word(text, start, start + 6, {"grease": "grease"}, listed=False)


@pytest.mark.parametrize(
    ("body", "acronym"),
    [
        ("The clinic rolled out a shared EHR that lets doctors see each other's notes.", "EHR"),
        ("My wife keeps an HSA for another year and her PPO plan has lower premiums.", "HSA"),
        ("My wife keeps an HSA for another year and her PPO plan has lower premiums.", "PPO"),
        ("Regulators granted an EUA for the test in March.", "EUA"),
        ("He broke the WR in the final, beating the field by a metre.", "WR"),
        ("The festival offers a night of EDM where bass drops punctuate the set.", "EDM"),
    ],
)
def test_a_common_noun_acronym_is_no_body(extractor: EntityExtractor, body: str, acronym: str) -> None:
    assert acronym not in types_of(entities_of(extractor, body))
