"""The head of a subject phrase a clause or an opening hid, session 38 (issue 14): made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from consumer.quotes.speaker_heads import apposed_opening_name, portfolio_holder, relative_cut
from tests.unit.test_quotes import _article, _direct, _entity

_PEOPLE = ("Rosa Quint", "Vince Parr", "Ned Ames")


def _speaker(body: str, orgs: tuple[str, ...] = ()) -> str | None:
    """The speaker of the last direct quote, three people and the given bodies named."""
    article = _article(f"The singer Rosa Quint was honoured at a gala on Sunday.\n\n{body}")
    entities = [_entity(article, name, forms=(name.split()[-1],)) for name in _PEOPLE]
    entities += [_entity(article, org, "ORGANIZATION") for org in orgs]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


# --------------------------------------------------------------------------- a relative clause on the name


@pytest.mark.parametrize(
    "body",
    [
        # the names inside the clause are its objects: read whole, the last of them took the quote
        '"My path was set early," said Quint who joined Vince Parr and Ned Ames on stage.',
        '"My path was set early," said Quint who thanked Ned Ames and Vince Parr after the show.',
        '"My path was set early," Quint who had coached Vince Parr and Ned Ames said.',
        '"We never rehearsed once," said Rosa Quint who toured with Vince Parr and Ned Ames in 1999.',
    ],
)
def test_a_relative_clause_after_the_name_leaves_the_name_the_speaker(body: str) -> None:
    assert _speaker(body) == "Rosa Quint"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # near misses keep their old answers: a comma before the clause, a clause with no name in it,
        # and an unnamed head whose clause names someone (its object, never the speaker)
        ('"My path was set early," said Quint, who joined Vince Parr and Ned Ames on stage.', "Rosa Quint"),
        ('"My path was set early," said Ned Ames who joined the band in 1990.', "Ned Ames"),
        ('"My path was set early," said Vince Parr.', "Vince Parr"),
    ],
)
def test_near_misses_of_the_relative_clause_keep_their_speaker(body: str, expected: str) -> None:
    assert _speaker(body) == expected


def test_relative_cut_reads_only_a_name_before_the_pronoun() -> None:
    text = "Quint who joined Ned Ames"
    assert relative_cut(text, 0, len(text)) == len("Quint")
    unnamed = "the man who joined Ned Ames"
    assert relative_cut(unnamed, 0, len(unnamed)) == len(unnamed)


# --------------------------------------------------------------------------- an opening run on to a name


@pytest.mark.parametrize(
    "body",
    [
        # no comma closes the opening before the name: skipped up to the name's comma, the
        # apposition's body took the quote
        'After the gala Rosa Quint, director of the Delta Roots Trust, said: "Clubs need our help."',
        'At the hearing Rosa Quint, a trustee of the Delta Roots Trust, told us: "Clubs need our help."',
        'Later that night Rosa Quint, chair of the Delta Roots Trust, said: "Clubs need our help."',
    ],
)
def test_an_opening_without_its_comma_leaves_the_name_heading_the_sentence(body: str) -> None:
    assert _speaker(body, orgs=("Delta Roots Trust",)) == "Rosa Quint"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the opening's own comma, a body speaking after a name it closes, and no apposition
        (
            'After the gala, Rosa Quint, director of the Delta Roots Trust, said: "We need help."',
            "Rosa Quint",
        ),
        ('After meeting Rosa Quint, the Delta Roots Trust said: "Clubs need help."', "Delta Roots Trust"),
        ('After the gala Ned Ames said: "Clubs need help."', "Ned Ames"),
    ],
)
def test_near_misses_of_the_opening_keep_their_speaker(body: str, expected: str) -> None:
    assert _speaker(body, orgs=("Delta Roots Trust",)) == expected


def test_apposed_opening_name_needs_an_apposition_and_its_verb() -> None:
    text = "After the gala Rosa Quint, director of the Trust, said: "
    opening_end = text.index("director")
    assert apposed_opening_name(text, 0, opening_end, len(text)) == text.index("Rosa")
    plain = "After the gala Rosa Quint, the Trust said: "
    assert apposed_opening_name(plain, 0, plain.index("the Trust"), len(plain)) is None


# --------------------------------------------------------------------------- a spokesperson's portfolio


@pytest.mark.parametrize(
    "title",
    [
        "Opposition spokeswoman for women",
        "Party spokesman for health",
        "Green Party spokesperson for transport",
        "Party spokesman for home affairs",
    ],
)
def test_a_spokespersons_portfolio_before_the_name_is_the_holders_title(title: str) -> None:
    # read as "a spokesman for <someone>", the quote had no speaker
    assert _speaker(f'{title} Vince Parr said: "The plan falls short of what is needed."') == "Vince Parr"


@pytest.mark.parametrize(
    "title",
    [
        "A spokeswoman for",
        "A spokesman for the singer",
        "A spokesman for councillor",
        "One spokesman for his",
    ],
)
def test_a_spokesperson_of_the_named_person_stays_null(title: str) -> None:
    assert _speaker(f'{title} Vince Parr said: "The plan falls short of what is needed."') is None


def test_portfolio_holder_reads_the_field_words() -> None:
    assert portfolio_holder("Tory spokeswoman for home affairs ")
    assert not portfolio_holder("a spokeswoman for minister ")
    assert not portfolio_holder("a spokeswoman for the ")
