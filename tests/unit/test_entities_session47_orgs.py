"""Session 47 (A): organisations the model reads that name none.

An instruction's or a participle's word opening a sentence before an article ("Butter a tin ...",
"Following the merger of ...") is no body, and nor is an acronym of a common noun ("an EHR", "a
PPO plan"), nor the opening words of a job title the model stopped before its role noun ("Chief
Nursing Quality" + " Officer")."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.opening_words import opening_common_word
from consumer.entities.retype.titles import job_title_only
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


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the model's body stops before the title's role noun: the title's opening, no body
        ("As Dana Roe, the Chief Nursing Quality Officer at Kelby, said.", "Chief Nursing Quality", True),
        ("Masters should phone their Company Safety Officer (CSO) first.", "Company Safety", True),
        ("But Quorvex's Senior Content Director Jo Roe said it plainly.", "Senior", True),
        # a name's own word, a head word or no role noun after it: the model's reading stays
        ("The Kelby Police Officer Ann Moss arrived.", "Kelby Police", False),
        ("The Foreign Office Minister Jo Roe spoke.", "Foreign Office", False),
        ("The Chief Nursing Quality team met on Monday.", "Chief Nursing Quality", False),
        ("Senior Living Partners Director Jo Roe spoke.", "Senior Living", False),
    ],
)
def test_a_title_opening_before_its_role_noun(text: str, span: str, expected: bool) -> None:
    start = text.index(span)
    cand = Candidate("body", start, start + len(span), "ORGANIZATION", "ner")
    assert job_title_only(text, cand) is expected
