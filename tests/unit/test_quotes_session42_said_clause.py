"""Quotes, session 42 (issue 14): a whole quoted sentence after a verb of saying that no attribution
shape read (Reuters 1987 copy). An opening with no comma run on to its subject (`Noting the plan
... last week Vell said, "what ..."`), a second predicate after `and` (`Vell met the bankers and
told reporters that "We ..."`) and words between the verb and the mark (`Vell said in reply to
questions "It ..."`) left the stretch with no quote at all; it is the subject's direct quote.
Near misses (a fragment the writer's sentence goes on after, a lower-case clause after `that`, a
subject that names no one, a short stretch) keep their old reading.
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str | None, str | None, str]]:
    article = _article(body)
    vell = _entity(article, "Tom Vell", forms=("Vell",))
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    kelco = _entity(article, "Kelco", "ORGANIZATION")
    quotes = extract_quotes(article, [vell, roe, kelco])
    return [(q.kind, q.speaker_name, q.verb, q.text) for q in quotes]


_FIRST = "Finance minister Tom Vell said the talks had gone well. "


@pytest.mark.parametrize(
    ("sentence", "verb", "opening"),
    [
        (
            "Pointing to the record 3.7 billion crown rise in grain exports reported by the farm board "
            'this morning he said, "we have been doing our part ... We have been buying far more than '
            'before."',
            "said",
            "we have been doing",
        ),
        (
            "Noting the 420 mln crown farm package announced by northern Prime Minister Ann Roe last week "
            'Vell said, "what is needed in the north is more grain imports. Price curbs are key."',
            "said",
            "what is needed",
        ),
        (
            "Vell met late last night with the Kelco bankers and told reporters that "
            '"We agreed to send a team to Bergen next month to study the harvest."',
            "told",
            "We agreed",
        ),
        (
            'Vell said in reply to questions "It has been two weeks since we first saw trouble at the '
            'mill, and we still have no plan."',
            "said",
            "It has been",
        ),
    ],
)
def test_a_whole_quoted_sentence_after_a_verb_of_saying_is_the_subjects_direct_quote(
    sentence: str, verb: str, opening: str
) -> None:
    found = [q for q in _quotes(_FIRST + sentence) if q[3].startswith(opening)]
    assert [(kind, speaker, said) for kind, speaker, said, _ in found] == [("direct", "Tom Vell", verb)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's sentence goes on after the mark: a fragment, not a quote's end
        'Vell met the bankers and told reporters that "We agreed to send a team" to Bergen next month.',
        # a lower-case clause after "that" with no comma: the marks finish a reported clause
        'Vell met the bankers and told reporters that "the team will go to Bergen next month to look."',
        # a stretch too short to be a sentence of its own
        'Vell met the bankers and told reporters that "We agreed."',
        # a clause of the writer's between the verb and the mark: a sign, a motto, a title
        'Vell met the bankers and said the banner read "We agreed to send a team to Bergen next month."',
        'Vell met the bankers and told reporters the motto was "We agreed to send a team to Bergen."',
        'Vell met the bankers and said the book was titled "We Agreed To Send A Team To Bergen."',
    ],
)
def test_near_misses_give_no_direct_quote(sentence: str) -> None:
    kinds = [kind for kind, _, _, text in _quotes(_FIRST + sentence) if "agreed" in text or "team" in text]
    assert "direct" not in kinds


def test_a_subject_that_names_no_one_gives_no_quote() -> None:
    sentence = (
        'The growers met the bankers and told reporters that "We will never give up our farms to the board."'
    )
    assert [q for q in _quotes(_FIRST + sentence) if "never give up" in q[3]] == []


def test_a_quote_an_attribution_already_reads_keeps_its_reading() -> None:
    sentence = 'Vell told reporters: "We agreed to send a team to Bergen next month to study the harvest."'
    found = [q for q in _quotes(_FIRST + sentence) if q[3].startswith("We agreed")]
    assert [(kind, speaker, said) for kind, speaker, said, _ in found] == [("direct", "Tom Vell", "told")]


def test_a_bodys_officer_heading_the_sentence_is_the_speaker_not_the_body() -> None:
    # the sentence opens on a body, its role word and its officer: the officer speaks
    body = (
        "Kelco spokeswoman Ann Roe stressed that the sale was no surprise, and told reporters "
        '"We simply want to show our support for the reform plan and the people behind it."'
    )
    found = [q for q in _quotes(body) if q[0] == "direct"]
    assert [q[1] for q in found] == ["Ann Roe"]


def test_a_body_heading_the_sentence_alone_still_speaks() -> None:
    # no officer named after the body: the body stays the speaker
    body = (
        "Kelco stressed that the sale was no surprise, and told reporters "
        '"We simply want to show our support for the reform plan and the people behind it."'
    )
    found = [q for q in _quotes(body) if q[0] == "direct"]
    assert [q[1] for q in found] == ["Kelco"]
