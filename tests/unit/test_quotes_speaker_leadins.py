"""Quote speakers on web copy (issue 14): unnamed officials of a body, sentence adverbs,
questions about a person, unnamed sources, phrases of when or how. Made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

# --------------------------------------------------------------------------- an official's colon lead-in

_BEFORE = '"We will win the vote," Tom Hart said.\n\n'
_WORDS = '"The plan is dead and we will not revive it."'


def _colon_case(lead_in: str, more: str = "") -> list[str | None]:
    """The speakers of the direct quotes after Tom Hart has spoken and ``lead_in`` opens a paragraph."""
    article = _article(f"{_BEFORE}{lead_in} {_WORDS}{more}")
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Harbour Workers Union", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))][1:]


@pytest.mark.parametrize(
    "lead_in",
    [
        # an unnamed official of a named body heading a colon lead-in: the conventions give the
        # body, as for "a spokesman for ... said"; read as naming no one, the quote had no speaker
        "A spokesman for the Harbour Workers Union was blunt:",
        "On Monday, a spokeswoman for the Harbour Workers Union had this to say:",
        "A Harbour Workers Union official had a different view:",
        "One Harbour Workers Union representative, asked about the vote, put it simply:",
    ],
)
def test_an_officials_colon_lead_in_gives_the_body(lead_in: str) -> None:
    assert _colon_case(lead_in) == ["Harbour Workers Union"]


def test_the_body_goes_on_to_a_later_pronoun() -> None:
    # the official's role rides along, as after "said": a later "she added" is the same official
    more = ' "We have no money left," she added.'
    assert _colon_case("A spokeswoman for the Harbour Workers Union was blunt:", more) == [
        "Harbour Workers Union",
        "Harbour Workers Union",
    ]


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        # someone who is no official of the body: null, as before
        ("A fan of the Harbour Workers Union had this to say:", None),
        ("A Harbour Workers Union member was blunt:", None),
        # an official of a body the text does not name: null, as before
        ("A spokeswoman had this to say:", None),
        # "the spokesman" may be someone named before: the usual carry decides, as before
        ("The spokesman for the Harbour Workers Union had this to say:", "Tom Hart"),
        # a named person heading the lead-in: that person, as before
        ("Hart, who leads the Harbour Workers Union, was blunt:", "Tom Hart"),
    ],
)
def test_near_misses_of_an_officials_lead_in_are_unchanged(lead_in: str, speaker: str | None) -> None:
    assert _colon_case(lead_in) == [speaker]


def test_a_person_represented_is_not_the_body() -> None:
    # "a lawyer for" a person names no body: null, as before
    article = _article(f"Tom Hart was in court.\n\nA lawyer for Tom Hart was blunt: {_WORDS}")
    entities = [_entity(article, "Tom Hart", forms=("Hart",))]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == [None]


# --------------------------------------------------------------------------- a sentence adverb opening


def _adverb_case(lead_in: str) -> list[str | None]:
    """The speakers of the direct quotes after Tom Hart has spoken and ``lead_in`` opens a paragraph."""
    article = _article(f"{_BEFORE}{lead_in} {_WORDS}")
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Ann Bell", forms=("Bell",)),
        _entity(article, "Harbour Workers Union", "ORGANIZATION"),
        _entity(article, "Still Water", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))][1:]


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        # a sentence adverb and its comma before the subject of a colon lead-in: read as part of
        # the subject, the lead-in named no one and the last speaker (Hart) went on
        ("Nevertheless, Ann Bell was blunt:", "Ann Bell"),
        ("Indeed, on Monday, Bell put it simply:", "Ann Bell"),
        ("Instead, the Harbour Workers Union had this to say:", "Harbour Workers Union"),
        ("Nonetheless, a spokesman for the Harbour Workers Union was blunt:", "Harbour Workers Union"),
    ],
)
def test_a_sentence_adverb_opens_a_colon_lead_in(lead_in: str, speaker: str) -> None:
    assert _adverb_case(lead_in) == [speaker]


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        # a name that opens with such a word runs on to its comma: the body, as before
        ("Still Water, a firm in the harbour, was blunt:", "Still Water"),
        # the adverb with no comma after it, then a subject naming no one: the usual carry
        ("Still the plan had a flaw:", "Tom Hart"),
        # an adverb before a subject that names no one: the last speaker goes on, as before
        ("Moreover, the plan had a flaw:", "Tom Hart"),
        # an adverb before a name and its verb: that name, as before
        ("Still, Ann Bell said:", "Ann Bell"),
    ],
)
def test_near_misses_of_a_sentence_adverb_opening(lead_in: str, speaker: str) -> None:
    assert _adverb_case(lead_in) == [speaker]


# --------------------------------------------------------------------------- a question naming the speaker

_SPOKE = '"We will win the cup," Tom Hart said after the game.\n\n'
_ANSWER = '"I was running off the field and I did not see the tackle."'


def _question_case(question: str, joint: str = "\n\n") -> list[str | None]:
    """The speakers of the direct quotes after Tom Hart has spoken, ``question`` and the answer."""
    article = _article(f"{_SPOKE}{question}{joint}{_ANSWER}")
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Ann Bell", forms=("Bell",)),
        _entity(article, "Harbour Workers Union", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))][1:]


@pytest.mark.parametrize(
    ("question", "joint"),
    [
        # the writer asks what a named person said or thinks, and an unattributed quote answers:
        # that person's words; unread, the quote went to the last speaker (Hart)
        ("What did Bell say after the game?", "\n\n"),
        ("So what does Ann Bell think of the new plan?", "\n\n"),
        ("And how did Bell react to the news?", " "),
        ("Why would Bell stay at the club?", " "),
    ],
)
def test_a_question_naming_a_person_gives_the_answer_to_that_person(question: str, joint: str) -> None:
    assert _question_case(question, joint) == ["Ann Bell"]


@pytest.mark.parametrize(
    ("question", "joint"),
    [
        # someone of Bell's, a body, a name that is no subject, a question put to "you" (an
        # interviewer's, answered by someone else), and a sentence between: the last speaker
        # goes on, as before
        ("What did Bell's lawyer say about it?", " "),
        ("What did the Harbour Workers Union say?", " "),
        ("Why does it matter to Bell?", " "),
        ("What did Bell tell you after the game?", " "),
        ("What did Bell say?\n\nThe crowd went home.", "\n\n"),
    ],
)
def test_near_misses_of_a_question_keep_the_last_speaker(question: str, joint: str) -> None:
    assert _question_case(question, joint) == ["Tom Hart"]


def test_an_attributed_answer_keeps_its_attribution() -> None:
    article = _article(f'{_SPOKE}What did Bell say? "I did not see the tackle," Hart said.')
    entities = [_entity(article, "Tom Hart", forms=("Hart",)), _entity(article, "Ann Bell", forms=("Bell",))]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == ["Tom Hart", "Tom Hart"]


# ------------------------------------------------------------------- an unnamed official after a clause

_HART = '"We will win the vote," Tom Hart said.\n\n'
_NEXT = '\n\n"The numbers are very high and nobody expected that," {pronoun} said.'


def _trailing_case(middle: str, pronoun: str = "he") -> list[str | None]:
    """The speakers of the direct quotes after Tom Hart has spoken, ``middle``, and a pronoun's quote."""
    article = _article(_HART + middle + _NEXT.format(pronoun=pronoun))
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Harbour Workers Union", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))][1:]


@pytest.mark.parametrize(
    ("middle", "pronoun"),
    [
        # an unnamed official or source closing a sentence after its reported clause, with no
        # body named: "he said" next may be that official, so null beats Hart (who spoke before)
        (
            "The fares will rise by a third next month, one official close to the talks told reporters.",
            "he",
        ),
        ("The fares rose, a source close to the talks said.", "she"),
        ("The talks failed, one senior source told the paper.", "he"),
        ("The deal is off, an official familiar with the talks told reporters on Monday.", "he"),
        # ... also when the clause gave a quote of its own with no speaker: unchanged
        ("The fares will rise again in May, a senior official said on Monday.", "he"),
    ],
)
def test_an_unnamed_official_after_a_clause_is_not_the_last_speaker(middle: str, pronoun: str) -> None:
    assert _trailing_case(middle, pronoun) == [None]


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # a body named with the official: that body, as before
        (
            "The ferry fares will rise by a third next month, a Harbour Workers Union spokesman said.",
            "Harbour Workers Union",
        ),
        # the role's sex disagrees with the pronoun: Hart, as before
        ("The fares rose, a spokeswoman said.", "Tom Hart"),
        # "a source of ..." is no speaker, and Hart is named since: Hart, as before
        ("The fares rose, a source of pride for the town, Hart said.", "Tom Hart"),
        ("The fares rose, one official said.\n\nTom Hart was in the port.", "Tom Hart"),
    ],
)
def test_near_misses_of_an_official_after_a_clause(middle: str, speaker: str) -> None:
    assert _trailing_case(middle) == [speaker]


# ----------------------------------------------------------- an occasion after a verb-first description

_COURT = "The Appellate Court did not agree with Acme. It noted the goods were kept in a warehouse.\n\n"
_RULING = '"Acme placed itself in the chain of distribution of the product,"'


def _occasion_case(attribution: str) -> list[str | None]:
    """The speakers of the direct quotes of ``_RULING`` and what follows, attributed ``attribution``."""
    article = _article(f"{_COURT}{_RULING} {attribution}")
    entities = [
        _entity(article, "Appellate Court", "ORGANIZATION"),
        _entity(article, "Acme", "ORGANIZATION"),
        _entity(article, "Tom Hart", forms=("Hart",)),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "attribution",
    [
        # a phrase of when or how after a verb-first description: the description's noun had been
        # read as "Monday" or "ruling", which names no one, so the quote had no speaker
        "said the court on Monday.",
        "explained the court in its ruling.",
        "wrote the court in a statement on Tuesday.",
        "said the court at a hearing in the capital.",
    ],
)
def test_an_occasion_after_a_verb_first_description_is_no_part_of_it(attribution: str) -> None:
    assert _occasion_case(attribution) == ["Appellate Court"]


@pytest.mark.parametrize(
    ("attribution", "speakers"),
    [
        # a phrase naming a body stays in the description: the body, as before
        ("said a spokesman at the court.", ["Appellate Court"]),
        # the subject first, the phrase after the verb: as before
        ("the court said in its ruling.", ["Appellate Court"]),
        # a name after the verb: the name, as before
        ("said Hart in a statement.", ["Tom Hart"]),
        # an indefinite official with no body named: unnamed, and the next "he added" too
        ('said a spokesman in the capital. "We will appeal," he added.', [None, None]),
    ],
)
def test_near_misses_of_an_occasion_phrase(attribution: str, speakers: list[str | None]) -> None:
    assert _occasion_case(attribution) == speakers


# ----------------------------------------------------------------- a description with adjectives listed


def _described_case(attribution: str) -> list[str | None]:
    """The speakers of a quote attributed ``attribution`` when Tom Hart is the one person in reach."""
    article = _article(
        f'Tom Hart keeps the tapes in his car.\n\n"They think I am a pious man," {attribution}'
    )
    entities = [_entity(article, "Tom Hart", forms=("Hart",))]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "attribution",
    [
        # a compound of "man" is a description of a person, like "the engineer": the one person
        # in reach; a comma between adjectives does not end the description before its noun
        "the businessman laughs.",
        "the old fisherman said.",
        "the round, bearded businessman laughs.",
        "the tall, soft-spoken engineer said.",
    ],
)
def test_a_described_person_is_the_one_person_in_reach(attribution: str) -> None:
    assert _described_case(attribution) == ["Tom Hart"]


@pytest.mark.parametrize(
    "attribution",
    [
        # the bare "man" may be anyone; an indefinite one is someone new; a relative clause after
        # the comma is no adjective: as before
        "the man said.",
        "one elderly man, who declined to give his name, said.",
        "said a local, a bearded businessman.",
    ],
)
def test_near_misses_of_a_described_person_stay_null(attribution: str) -> None:
    assert _described_case(attribution) == [None]


# --------------------------------------------------------------------------- "As Roe of Acme notes,"


def _as_case(lead_in: str) -> list[str | None]:
    """The speaker of a quote after ``lead_in``, with a person and a body the text names."""
    article = _article(f'{lead_in} "Nobody moves a single box until the pay offer changes."')
    entities = [
        _entity(article, "Dana Marlow", forms=("Marlow",)),
        _entity(article, "Harbour Freight Weekly", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "lead_in",
    [
        # the lead-in names the person first and the employer after "of": read as a clause
        # before the mark, its subject ran to the employer, which took the quote
        "As Dana Marlow of Harbour Freight Weekly notes,",
        "As Dana Marlow of Harbour Freight Weekly observed last week,",
        "As Dana Marlow of Harbour Freight Weekly explains,",
        "As Dana Marlow of Harbour Freight Weekly writes,",
        "As Dana Marlow of Harbour Freight Weekly recalls,",
        # stays: the person alone, and "put it" (read by the lead-in rule before)
        "As Dana Marlow notes,",
        "As Dana Marlow of Harbour Freight Weekly put it,",
    ],
)
def test_an_as_lead_in_names_the_person_before_the_employer(lead_in: str) -> None:
    assert _as_case(lead_in) == ["Dana Marlow"]


def test_an_as_lead_in_of_the_body_alone_stays_the_body() -> None:
    assert _as_case("As Harbour Freight Weekly notes,") == ["Harbour Freight Weekly"]
