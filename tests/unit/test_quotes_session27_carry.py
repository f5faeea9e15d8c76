"""Session 27 (issue 14, fresh web pages): retort verbs, the split attribution closing a quote
that ran across paragraphs, and the carry after such a quote. Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _direct(body: str, *people: tuple[str, tuple[str, ...]]) -> list[tuple[str | None, str | None, int]]:
    article = _article(body)
    entities = [_entity(article, name, forms=forms) for name, forms in people]
    quotes = extract_quotes(article, entities)
    return [(q.speaker_name, q.verb, len(q.spans)) for q in quotes if q.kind == "direct"]


ORA = ("Ora Pellin", ("Pellin",))
TED = ("Ted Marsk", ("Marsk",))


@pytest.mark.parametrize(
    ("tail", "verb"),
    [
        ('"Keep my family out of this," Pellin shot back.', "shot back"),
        ('"Keep my family out of this," Pellin shot back in a reply that drew cheers.', "shot back"),
        ('"Keep my family out of this," Pellin interjected.', "interjected"),
        ('Pellin hit back: "Keep my family out of this."', "hit back"),
        ('"Keep my family out of this," Pellin fired back at the mayor.', "fired back"),
    ],
)
def test_a_retort_verb_attributes_the_quote(tail: str, verb: str) -> None:
    body = f'"The budget is a mess and you know it," Marsk said.\n\n{tail}'
    assert _direct(body, ORA, TED)[-1] == ("Ora Pellin", verb, 1)


def test_a_retort_verb_with_more_words_before_the_participle_stays_unread() -> None:
    # 'hit back hard, saying that her "..."': no tag right after the verb, the old reading stays
    body = 'Marsk spoke first.\n\nPellin\'s office hit back hard, saying that her "plan was never costed."'
    article = _article(body)
    entities = [_entity(article, name, forms=forms) for name, forms in (ORA, TED)]
    quotes = extract_quotes(article, entities)
    assert all(q.verb != "hit back" for q in quotes)


def test_penned_attributes_a_split_quote() -> None:
    body = 'Marsk runs the school.\n\n"This is grave," Pellin penned. "Every pupil must know the rules."'
    assert _direct(body, ORA, TED) == [("Ora Pellin", "penned", 2)]


@pytest.mark.parametrize(
    "last",
    [
        '"The third point is simple," Pellin added. "We will not give up the harbour."',
        '"The third point is simple," said Pellin. "We will not give up the harbour."',
        '"The third point is simple," Pellin told reporters. "We will not give up the harbour."',
    ],
)
def test_a_split_attribution_ending_a_quote_across_paragraphs_joins_the_next_stretch(last: str) -> None:
    body = (
        'Ted Marsk chairs the board.\n\n"The first point is the ferries.\n\n'
        f'"The second point is the fees.\n\n{last}'
    )
    assert _direct(body, ORA, TED) == [("Ora Pellin", _direct(body, ORA, TED)[0][1], 4)]


def test_a_new_sentence_of_the_writer_after_such_a_quote_keeps_two_quotes() -> None:
    body = (
        'Ted Marsk chairs the board.\n\n"The first point is the ferries.\n\n"The second point is the fees," '
        'Pellin said. The board met again in May. "We will not give up the harbour."'
    )
    assert len(_direct(body, ORA, TED)) == 2


@pytest.mark.parametrize("n_paragraphs", [3, 4, 5])
def test_a_quote_paragraph_after_a_long_quote_goes_on_with_its_speaker(n_paragraphs: int) -> None:
    middle = "".join(f'"Point {i} is about the harbour.\n\n' for i in range(n_paragraphs))
    body = (
        f'Ora Pellin said: "We have waited a long time.\n\n{middle}"That is all we ask."\n\n'
        '"I would like to thank everyone who helped us."'
    )
    found = _direct(body, ORA)
    assert found[-1][0] == "Ora Pellin"


def test_a_quote_paragraph_far_after_a_one_paragraph_quote_stays_null() -> None:
    body = (
        'Ora Pellin said: "We have waited a long time."\n\nThe harbour opened in 1901.\n\n'
        "Ships came from far away.\n\nThe port grew.\n\nThen the trade moved south.\n\n"
        '"I would like to thank everyone who helped us."'
    )
    assert _direct(body, ORA)[-1][0] is None


@pytest.mark.parametrize(
    "lead",
    [
        "When Pellin asked if he could name the buyers, he declined, saying",
        "After Pellin pressed him on the fees, he said",
        "When Pellin questioned him about the delay at the harbour, he replied,",
    ],
)
def test_the_one_asked_answers_not_the_asker(lead: str) -> None:
    # the asker is a man too: the pronoun's sex does not tell them apart
    body = f'Tom Pellin interviewed Ted Marsk on Sunday.\n\n{lead} "I am not comfortable with sharing that."'
    assert _direct(body, ("Tom Pellin", ("Pellin",)), TED)[-1][0] == "Ted Marsk"


def test_a_clause_opening_with_another_verb_still_names_the_pronoun() -> None:
    # 'When Roe arrived, he said' (session 26): the clause's subject may be the pronoun's
    body = 'Ted Marsk met the press.\n\nWhen Pellin arrived, he said "We are ready to sign the deal today."'
    assert _direct(body, ("Tom Pellin", ("Pellin",)), TED)[-1][0] == "Tom Pellin"


@pytest.mark.parametrize(
    "sentence",
    [
        "Describing the night in question, he admits placing a hand on the rail, but adds:",
        "He admits placing a hand on the rail, but adds:",
        "Asked about the night, he conceded that the rail was loose, and then said,",
    ],
)
def test_a_second_predicate_after_a_pronoun_clause_is_the_pronouns(sentence: str) -> None:
    body = (
        f'Tom Pellin writes about the crossing. "I never left the deck," he writes. {sentence} '
        '"I certainly did nothing wrong that night."'
    )
    assert _direct(body, ("Tom Pellin", ("Pellin",)))[-1][0] == "Tom Pellin"


def test_a_second_predicate_after_an_unnamed_subject_stays_null() -> None:
    body = (
        'Tom Pellin writes about the crossing. "I never left the deck," he writes. One of the crew, '
        'who asked not to be named, denied it, but added: "I certainly did nothing wrong that night."'
    )
    assert _direct(body, ("Tom Pellin", ("Pellin",)))[-1][0] is None


@pytest.mark.parametrize(
    "body",
    [
        "Pellin was asked about the table. He replied: 'Have you seen the table this week?\n\n"
        "'We are safe, and that is all I care about.'",
        "Pellin spoke after the game. He said: \u2018We were poor in the first half.\n\n"
        "\u2018We were better after the break, and we deserved the point.\u2019",
        "Pellin spoke after the game. He said: 'We were poor in the first half.\n\n"
        "'The lads never gave up.\n\n'We deserved the point in the end.'",
    ],
)
def test_a_single_marked_quote_runs_across_paragraphs(body: str) -> None:
    found = _direct(body, ("Tom Pellin", ("Pellin",)))
    assert len(found) == 1
    assert found[0][0] == "Tom Pellin"
    assert found[0][2] == body.count("\n\n") + 1


@pytest.mark.parametrize(
    "body",
    [
        # an opening on a digit or in lower case is no quote waiting for its next paragraph
        "Pellin grew up in the '90s in the port.\n\n'We were poor,' he said.",
        "Pellin called it 'a bad year for all.\n\n'We were poor,' he said.",
    ],
)
def test_a_stray_single_mark_does_not_join_the_next_paragraph(body: str) -> None:
    found = _direct(body, ("Tom Pellin", ("Pellin",)))
    assert [n for _, _, n in found] == [1]


def _org_speaker(body: str, name: str) -> str | None:
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, name, type_="ORGANIZATION")])
    return [q.speaker_name for q in quotes if q.kind == "direct"][-1]


@pytest.mark.parametrize(
    "name",
    [
        "Harbour Writers Guild",
        "United Crane Workers",
        "Brotherhood of Dock Porters",
        "Norland Federation of Teachers",
    ],
)
def test_the_union_is_a_union_whose_name_does_not_say_union(name: str) -> None:
    body = f'The {name} welcomed the deal. "We won a contract that protects every member," the union said.'
    assert _org_speaker(body, name) == name


@pytest.mark.parametrize("name", ["Harbour Writers Club", "Norland Football Federation"])
def test_the_union_is_not_any_body(name: str) -> None:
    body = f'The {name} welcomed the deal. "We won a contract that protects every member," the union said.'
    assert _org_speaker(body, name) is None


@pytest.mark.parametrize(
    "answer",
    [
        'Pellin: He came into my office and tapped my arm. And I said, "I am Ora, nice to meet you."',
        'Ora Pellin: We argued for a week. In the end I told him, "We will build the thing ourselves."',
        'Pellin: I still remember it. I said: "We will build the thing ourselves, whatever it costs."',
    ],
)
def test_i_in_an_interview_answer_is_the_one_answering(answer: str) -> None:
    body = f"Ora Pellin founded the firm with Ted Marsk.\n\nHow did you two meet?\n\n{answer}"
    assert _direct(body, ORA, TED)[-1][0] == "Ora Pellin"


def test_he_after_the_answering_i_is_someone_else() -> None:
    body = (
        "Ora Pellin founded the firm with Ted Marsk.\n\nHow did you two meet?\n\n"
        'Pellin: Ted asked what I wanted and I said, "I do not know." Then he said, "Nor do I."'
    )
    assert [s for s, _, _ in _direct(body, ORA, TED)] == ["Ora Pellin", "Ted Marsk"]


def test_i_outside_an_interview_answer_is_the_writer() -> None:
    body = 'Ora Pellin founded the firm.\n\nWe met at a fair in May. I said, "I do not know what you mean."'
    assert _direct(body, ORA)[-1][0] is None


@pytest.mark.parametrize(
    "body",
    [
        'Ora Pellin runs the port. The Harbour Times quoted her as saying: "We will not sell the ferries."',
        'Ora Pellin runs the port. "We will not sell the ferries," the Harbour Times quoted her as saying.',
        'Last week Ora Pellin called the bid "absurd" in remarks to the Harbour Times, which quoted her as '
        'saying "We will not sell the ferries to anyone."',
    ],
)
def test_a_relay_quoting_her_is_whom_she_would_be(body: str) -> None:
    article = _article(body)
    entities = [
        _entity(article, "Ora Pellin", forms=("Pellin",)),
        _entity(article, "Harbour Times", "ORGANIZATION"),
    ]
    direct = [q for q in extract_quotes(article, entities) if q.kind == "direct"]
    assert [(q.speaker_name, q.verb) for q in direct] == [("Ora Pellin", "quoted as saying")]


def test_a_relay_quoting_her_with_no_woman_in_reach_stays_null() -> None:
    body = 'The port was sold.\n\nThe Harbour Times quoted her as saying: "We will not sell the ferries."'
    article = _article(body)
    direct = [q for q in extract_quotes(article, []) if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == [None]


@pytest.mark.parametrize(
    "middle",
    [
        "to calls for a truce",
        "amid reports of a strike",
        "despite claims of a deal",
        "after calls from the board",
    ],
)
def test_calls_reports_claims_after_a_preposition_are_nouns(middle: str) -> None:
    body = (
        f'Ora Pellin leads the council. Pellin said the mayor had "failed to listen" {middle} and therefore '
        '"we ask that he consider his position and resign."'
    )
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ora Pellin", forms=("Pellin",))])
    assert [(q.kind, q.speaker_name, q.verb) for q in quotes] == [
        ("partial", "Ora Pellin", "said"),
        ("direct", "Ora Pellin", "said"),
    ]


def test_calls_as_a_verb_still_attributes() -> None:
    body = 'Ora Pellin leads the council.\n\nPellin calls it "a plan that will sink the port."'
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ora Pellin", forms=("Pellin",))])
    assert [q.speaker_name for q in quotes if q.kind != "indirect"] == ["Ora Pellin"]
