"""A person the quote names in the third person is not its speaker: session 39 (issue 14).

Made-up texts: a pronoun or description in the tag had gone back to a person the quoted words
themselves speak about."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from consumer.quotes.speaker_quoted import adjacent_quote
from tests.unit.test_quotes import _article, _direct, _entity


def _speaker_of(body: str, people: tuple[str, ...], fragment: str) -> str | None:
    """The speaker of the direct quote holding ``fragment``, the people named with their surnames."""
    article = _article(body)
    entities = [_entity(article, name, forms=(name.split()[-1],)) for name in people]
    quote = next(q for q in _direct(extract_quotes(article, entities)) if fragment in q.text)
    return quote.speaker_name


@pytest.mark.parametrize(
    ("body", "people", "fragment", "expected"),
    [
        # the pronoun had gone to the person named last, whom the quote speaks about
        (
            "Harbour chief Ivo Stam met the buyers on Monday.\n\n"
            "Talks covered the loan of winger Dario Pelt. "
            'He said: "They wanted far more for Dario Pelt, but our answer was the same."',
            ("Ivo Stam", "Dario Pelt"),
            "They wanted",
            None,
        ),
        # a surname after a title inside the quote, in brackets
        (
            "Teodor Vask will stand in the ward at the next vote.\n\n"
            'He added: "This seat needs a voice." Her party has held the ward for years. '
            'She said: "I am glad to take on him (Mr Vask) at last."',
            ("Teodor Vask",),
            "glad to take on",
            None,
        ),
        # a possessive inside the quote, the tag after it
        (
            "Critics asked why Ruan Fetter had kept his post at the agency for months.\n\n"
            '"No date was ever fixed for Ruan Fetter\'s exit," she said.',
            ("Ruan Fetter",),
            "No date",
            None,
        ),
        # the person heading the sentence before, who is not named in the quote, is the one
        (
            "The council met on Monday.\n\n"
            "Ilka Brandt backed the plan. Hanne Rolle opposed it. "
            'She said: "Hanne Rolle has never even read it."',
            ("Ilka Brandt", "Hanne Rolle"),
            "never even read",
            "Ilka Brandt",
        ),
    ],
)
def test_a_person_the_quote_names_is_not_its_speaker(
    body: str, people: tuple[str, ...], fragment: str, expected: str | None
) -> None:
    assert _speaker_of(body, people, fragment) == expected


@pytest.mark.parametrize(
    ("body", "people", "fragment", "expected"),
    [
        # near miss: another person of the same surname in the quote ('Oscar Vell' is not Nina Vell)
        (
            'But Nina Vell told the paper: "I spoke to Oscar Vell after the game. He raised nothing."',
            ("Nina Vell", "Oscar Vell"),
            "I spoke to",
            "Nina Vell",
        ),
        # near miss: the tag names the person, who may speak of herself by name
        (
            'Olwen Marsk said: "Olwen Marsk never runs from a fight."',
            ("Olwen Marsk",),
            "never runs",
            "Olwen Marsk",
        ),
        # near miss: a body naming itself keeps speaking ('"Acme is ready," it said')
        (
            'Harbour chief Olwen Marsk met the buyers.\n\n"Olwen Marsk stays with us," said Dario Pelt.',
            ("Olwen Marsk", "Dario Pelt"),
            "stays with us",
            "Dario Pelt",
        ),
        # near miss: the pronoun's person is not named in the quote: the old answer
        (
            "Olwen Marsk met the buyers on Monday.\n\n"
            'She said: "They wanted far more for the winger, but our answer was the same."',
            ("Olwen Marsk",),
            "They wanted",
            "Olwen Marsk",
        ),
    ],
)
def test_a_quote_naming_someone_else_keeps_its_speaker(
    body: str, people: tuple[str, ...], fragment: str, expected: str | None
) -> None:
    assert _speaker_of(body, people, fragment) == expected


def test_a_body_naming_itself_keeps_speaking() -> None:
    # near miss: only people are spoken about; a body names itself in its statements
    body = 'Kelvo Ltd cut its forecast on Monday.\n\n"Kelvo Ltd remains sound and will pay," it said.'
    article = _article(body)
    entities = [_entity(article, "Kelvo Ltd", type_="ORGANIZATION")]
    assert _direct(extract_quotes(article, entities))[0].speaker_name == "Kelvo Ltd"


def test_the_adjacent_stretch_is_bounded_and_stops_at_a_sentence_end() -> None:
    text = 'She said. "Far away"'
    masked = 'She said. "' + "\x00" * 9 + '"'
    # a sentence ends between the phrase and the next stretch: another quote's
    assert adjacent_quote(text, masked, 0, 3) is None
    text = 'He said: "' + "x" * 2000 + '"'
    masked = 'He said: "' + "\x00" * 2000 + '"'
    span = adjacent_quote(text, masked, 0, 2)
    assert span is not None and span[1] - span[0] <= 600
