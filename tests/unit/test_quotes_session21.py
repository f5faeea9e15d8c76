"""The quote stage on web copy, session 21 (issue 14): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

_FIRST = '"We will win," said Tom Reed.\n\n'
_WORDS = '"The ferries have run late all winter and nobody answers our calls,"'

# --------------------------------------------------------------------------- an official after a conjunction


def _official_case(middle: str, pronoun: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The speaker of the last direct quote, and every quote's kind and speaker."""
    article = _article(f"{_FIRST}{middle}\n\n{_WORDS} {pronoun} said.")
    entities = [
        _entity(article, "Tom Reed", forms=("Reed",)),
        _entity(article, "Northern Ferry Company", "ORGANIZATION"),
        _entity(article, "Harbour Authority", "ORGANIZATION"),
    ]
    quotes = extract_quotes(article, entities)
    direct = _direct(quotes)
    assert direct[-1].text.startswith("The ferries have run late")
    return direct[-1].speaker_name, [(q.kind, q.speaker_name) for q in quotes]


@pytest.mark.parametrize(
    ("middle", "pronoun", "speaker"),
    [
        # 'But a spokesperson for X said ...': the conjunction hid the unnamed official, so the
        # reported clause was lost and "he said" fell back to the last person who spoke
        (
            "But a spokesperson for the Northern Ferry Company said its boats had been late.",
            "he",
            "Northern Ferry Company",
        ),
        (
            "And a spokeswoman for the Harbour Authority said the piers would reopen soon.",
            "she",
            "Harbour Authority",
        ),
        (
            "Yet a spokesman for the Northern Ferry Company told reporters that the timetable was fine.",
            "he",
            "Northern Ferry Company",
        ),
        # the body is not named: the official is someone unnamed, never Tom Reed
        ("But a spokesperson for the port said the ferries would run on time.", "he", None),
    ],
)
def test_official_after_a_conjunction_speaks_for_the_body(
    middle: str, pronoun: str, speaker: str | None
) -> None:
    last, quotes = _official_case(middle, pronoun)
    assert last == speaker
    if speaker is not None:
        assert ("indirect", speaker) in quotes  # the official's reported clause, for the body


@pytest.mark.parametrize(
    ("middle", "pronoun", "speaker"),
    [
        # the same without the conjunction (session 18) and a named subject after one
        (
            "A spokesperson for the Northern Ferry Company said its boats had been late.",
            "he",
            "Northern Ferry Company",
        ),
        ("But Reed said the company had let its passengers down badly.", "he", "Tom Reed"),
        # a conjunction before a subject that is no official: the last speaker goes on
        ("But a long winter has left the piers in poor repair for months.", "he", "Tom Reed"),
    ],
)
def test_official_after_a_conjunction_near_misses(middle: str, pronoun: str, speaker: str | None) -> None:
    assert _official_case(middle, pronoun)[0] == speaker


# --------------------------------------------------------------------------- a long attribution after "?"


def _question_speaker(body: str) -> tuple[str | None, list[str]]:
    """The speaker of the first quote, and the kinds of all quotes."""
    article = _article(body)
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in ("Tom Reed", "Ann Bell")]
    quotes = extract_quotes(article, entities)
    return quotes[0].speaker_name, [q.kind for q in quotes]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a clause or participle after the verb that tells how it was said, longer than a few
        # words: the "?" or "!" ended the sentence there, so the attribution was lost
        (
            "\u201cWant the album?\u201d Tom Reed asks as he steers along a narrow and winding road.",
            "Tom Reed",
        ),
        (
            '"Is anyone there?" Ann Bell shouted, banging on the locked door of the old warehouse.',
            "Ann Bell",
        ),
        (
            '"We won!" Ann Bell yelled while her teammates lifted the trophy high above the cheering crowd.',
            "Ann Bell",
        ),
    ],
)
def test_long_attribution_after_a_question(body: str, speaker: str) -> None:
    assert _question_speaker(body) == (speaker, ["direct"])


@pytest.mark.parametrize(
    ("body", "first"),
    [
        # short tails were read before; a reported clause of its own after the verb opens a new
        # sentence (an indirect quote), and a sentence that names no speaking verb stays apart
        ('"Why now?" Ann Bell asked before the meeting.', ("Ann Bell", ["direct"])),
        (
            '"Why would we stop now?" Ann Bell said the plan was dead and the company would close its plant.',
            (None, ["direct", "indirect"]),
        ),
        (
            '"Is it over?" Fans waited as the players walked off the pitch in the pouring rain for an hour.',
            (None, ["direct"]),
        ),
    ],
)
def test_long_attribution_after_a_question_near_misses(
    body: str, first: tuple[str | None, list[str]]
) -> None:
    assert _question_speaker(body) == first


# --------------------------------------------------------------------------- a quote signed with a dash

_SAYING = '"Nothing in life is to be feared, it is only to be understood."'


def _signed(body: str) -> list[tuple[str | None, str | None]]:
    article = _article("The essay opens with an epigraph.\n\n" + body)
    entities = [
        _entity(article, "Tom Reed", forms=("Reed",)),
        _entity(article, "Acme Mills", "ORGANIZATION"),
    ]
    return [(q.speaker_name, q.verb) for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "body",
    [
        # the conventions give a quote signed "- Name" to the name, with verb null
        f"{_SAYING} \u2013 Tom Reed, A Long Story",
        f"{_SAYING} \u2014 Tom Reed",
        f"{_SAYING}\n\n\u2014 Tom Reed",
        f"{_SAYING} -- Tom Reed (1901)",
    ],
)
def test_quote_signed_with_a_dash(body: str) -> None:
    assert _signed(body) == [("Tom Reed", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause after the name, a possessive, a body, or a list bullet on the next line
        (f"{_SAYING} \u2014 Tom Reed and his friends chanted it all night.", [(None, None)]),
        (f"{_SAYING} \u2014 Tom Reed\u2019s motto.", [(None, None)]),
        (f"{_SAYING} \u2014 Acme Mills", [(None, None)]),
        (f"{_SAYING}\n\n- Tom Reed, the author, is a friend.", [(None, None)]),
        # an attribution after the dash is read as before
        ('"Nothing in life is to be feared" \u2014 Tom Reed wrote that in 1901.', [("Tom Reed", "wrote")]),
    ],
)
def test_quote_signed_with_a_dash_near_misses(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _signed(body) == expected


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the same lower-case subject after the reported clause: a named body's official speaks for it
        (
            "The ferries ran late all winter because of the storms, a Northern Ferry Company spokesman said.",
            "Northern Ferry Company",
        ),
        (
            "The piers will stay shut until the spring repairs end, one Harbour Authority official said.",
            "Harbour Authority",
        ),
    ],
)
def test_reported_clause_of_a_bodys_official(body: str, speaker: str) -> None:
    article = _article(body)
    entities = [_entity(article, n, "ORGANIZATION") for n in ("Northern Ferry Company", "Harbour Authority")]
    assert [(q.kind, q.speaker_name) for q in extract_quotes(article, entities)] == [("indirect", speaker)]


@pytest.mark.parametrize(
    "body",
    [
        # an official of no named body and an analyst: no one the text names, a null speaker (session 48:
        # the quote had been dropped; the conventions keep a reported clause whoever says it)
        "The ferries ran late all winter because of the storms, a port spokesman said.",
        "The ferries ran late all winter because of the storms, one analyst said.",
    ],
)
def test_reported_clause_of_an_unnamed_official(body: str) -> None:
    article = _article(body)
    entities = [_entity(article, n, "ORGANIZATION") for n in ("Northern Ferry Company", "Harbour Authority")]
    assert [(q.kind, q.speaker_name) for q in extract_quotes(article, entities)] == [("indirect", None)]


# --------------------------------------------------------------------------- pull quotes that trim the quote

_ROPE = (
    '"When the river rose we lost it all, then someone threw us a rope," said Bell. "But we got tangled up."'
)
_WISH = '"My only wish is to prove that \u2026 in my case the money was not wasted," said Ann Bell.'


def _spans_per_speaker(body: str) -> list[tuple[str | None, int]]:
    article = _article('"We will win," said Tom Reed.\n\n' + body + "\n\nThe town is quiet now.")
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in ("Tom Reed", "Ann Bell")]
    return [(q.speaker_name, len(q.spans)) for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "body",
    [
        # a pull quote across the attribution that splits the quote it repeats, capitalised
        f'{_ROPE}\n\nThe water is gone.\n\n"Someone threw us a rope. But we got tangled up"',
        f'"Someone threw us a rope. But we got tangled up"\n\nThe water is gone.\n\n{_ROPE}',
        # a pull quote without the quote's ellipsis
        f'{_WISH}\n\n"My only wish is to prove that in my case the money was not wasted"',
    ],
)
def test_pull_quote_that_trims_the_quote_is_dropped(body: str) -> None:
    # no span of its own: read as one it had joined the quote before it
    spans = 2 if "rope" in body else 1
    assert _spans_per_speaker(body) == [("Tom Reed", 1), ("Ann Bell", spans)]


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # other words, or a line too short to be a pull quote: kept (they join the quote before)
        (f'{_ROPE}\n\n"Nobody came to help us for three whole days and nights"', "Nobody came"),
        (f'{_ROPE}\n\n"Someone threw a rope."', "Someone threw a rope."),
    ],
)
def test_pull_quote_near_misses_are_kept(body: str, kept: str) -> None:
    article = _article('"We will win," said Tom Reed.\n\n' + body)
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in ("Tom Reed", "Ann Bell")]
    assert any(kept in q.text for q in extract_quotes(article, entities))


# --------------------------------------------------------------------------- a title word before the name


def _described(body: str) -> str | None:
    article = _article(body)
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in ("Tom Reed", "Ann Bell")]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "body",
    [
        # the entity stage gave no role, but the text set the noun before the name as a title
        'The house is by architect Ann Bell and decorator Tom Reed.\n\n"It is calm," the architect says.',
        'Chef Ann Bell opened the restaurant with Tom Reed in May.\n\n"We cook what we grow," the chef said.',
        'Engineer Ann Bell spoke.\n\n"We will win," said Tom Reed.\n\n"It will hold," the engineer said.',
    ],
)
def test_title_word_before_a_name_gives_the_description(body: str) -> None:
    assert _described(body) == "Ann Bell"


@pytest.mark.parametrize(
    "body",
    [
        # no one with that title, or the noun not right before the name: no guess between two people
        'The house is by Ann Bell for her client, architect Tom Reed.\n\n"It is calm," the decorator says.',
        'Ann Bell opened the restaurant with Tom Reed in May.\n\n"We cook what we grow," the chef said.',
        'The architect of the plan Ann Bell and Tom Reed backed quit.\n\n"It is over," the architect said.',
    ],
)
def test_title_word_before_a_name_near_misses(body: str) -> None:
    assert _described(body) is None


_GUARD = "\u201cOur agents will keep guarding the coast day and night.\u201d Ann Bell"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        # a press release's credit: the name and one title phrase end the sentence, no verb
        (", Director of the Coast Patrol Branch.", "Ann Bell"),
        (", head of the branch.", "Ann Bell"),
        (", Director of the Coast Patrol Branch. \u201cWe are proud of them.\u201d", "Ann Bell"),
        # a clause after the name: the sentence is about her, no credit
        (", the director, was not convinced.", None),
        (", who leads the branch.", None),
        (", director of the branch, wept.", None),
        # a credit after a comma the writer left (no verb), and an abbreviation that ends no sentence
        ("!!, Director of the Coast Patrol Branch. \u201c", "Ann Bell"),
        ("!!, Jan. 13: the day the boat was seized.", None),
    ],
)
def test_quote_credited_by_name_and_title(tail: str, speaker: str | None) -> None:
    guard = _GUARD.replace(".\u201d", ",\u201d") if tail.startswith("!!") else _GUARD
    article = _article(f"The agents seized the boat.\n\n{guard}{tail.lstrip('!')}\n\nThe boat was towed.")
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in ("Tom Reed", "Ann Bell")]
    assert _direct(extract_quotes(article, entities))[0].speaker_name == speaker


# ------------------------------------------------------------- a surname the entity stage typed a place


def _place_typed_case(body: str) -> list[str | None]:
    """The direct quotes' speakers when the story's person is named in full once and her bare
    surname later is a LOCATION mention (the entity stage's error on a name seen alone)."""
    article = _article(f"Nora Vell has run the bakery on the square since 2004.\n\n{body}")
    entities = [
        _entity(article, "Nora Vell"),
        _entity(article, "Vell", "LOCATION"),
        _entity(article, "Tobias Marsh", forms=("Marsh",)),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "body",
    [
        'Vell flatly denied the claim, saying, "We have never sold stale bread to anyone."',
        'Vell rejected it on Monday, adding, "Our ovens pass every inspection we ever had."',
        'Vell was blunt about the council\'s plan: "It will close half the shops on this street."',
        'Nora Vell dismissed the report, saying, "Nobody from the paper ever came to see us."',
    ],
)
def test_a_place_typed_surname_heading_the_clause_is_the_person(body: str) -> None:
    assert _place_typed_case(body) == ["Nora Vell"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a person mention heads the clause: unchanged
        ('Marsh denied the claim, saying, "We have never sold stale bread to anyone."', "Tobias Marsh"),
        # a capitalised word naming no one of the story: no speaker is made up
        ('Kestrel flatly denied the claim, saying, "We have never sold stale bread to anyone."', None),
        # a capitalised pair that is no given name and surname: not read as one
        ('Upper Vell voted on it, saying, "We have never sold stale bread to anyone."', None),
    ],
)
def test_near_misses_of_a_place_typed_surname_stay(body: str, speaker: str | None) -> None:
    assert _place_typed_case(body) == [speaker]


def test_a_place_typed_surname_of_a_split_person_is_the_one_named_last() -> None:
    # the entity stage made two people of one ('Nora Vell', then her other name 'Ines Vell')
    article = _article(
        "Nora Vell, born Ines Vell, has run the bakery since 2004.\n\n"
        'Vell later rejected the claim, saying, "Our ovens pass every inspection we ever had."'
    )
    names = [("Nora Vell", "PERSON"), ("Ines Vell", "PERSON"), ("Vell", "LOCATION")]
    entities = [_entity(article, name, type_) for name, type_ in names]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == ["Ines Vell"]
