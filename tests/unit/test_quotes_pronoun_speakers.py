"""Pronoun speakers, session 25 (issue 14): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _last_speaker(body: str, names: tuple[tuple[str, str], ...]) -> str | None:
    """The speaker of the last direct quote, with the given people (name, surname) as entities."""
    article = _article(body)
    entities = [_entity(article, name, forms=(surname,)) for name, surname in names]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


_TWO = (("Peter Lane", "Lane"), ("Ann Roe", "Roe"))
_COACHES = (("Mark Dale", "Dale"), ("Sarah Finn", "Finn"))

# ------------------------------------------------------------ the last speaker of the pronoun's sex


@pytest.mark.parametrize(
    ("body", "names", "speaker"),
    [
        # "he said" after a woman spoke: the man who spoke before her, not her
        (
            "Ann Roe criticised the plan. Peter Lane, the mayor, defended it on Tuesday.\n\n"
            '"It is a good plan," he said. "It will save money."\n\n'
            '"It is a terrible plan," Roe said.\n\n"I disagree," he said.',
            _TWO,
            "Peter Lane",
        ),
        (
            '"We are ready," said coach Mark Dale. "The team trained hard all week."\n\n'
            'Captain Sarah Finn agreed. "We know what to do," she said.\n\n'
            "Fans cheered at the stadium on Saturday as the players arrived by bus from the airport.\n\n"
            '"Nobody expected this," he added.',
            _COACHES,
            "Mark Dale",
        ),
        (
            '"Sales are down," Sarah Finn said. "We need a new plan."\n\n'
            'Mark Dale, who chairs the board, was more hopeful. "The orders will come back," he said.\n\n'
            "The board meets again in March. Its members will vote on the budget then.\n\n"
            '"I have seen this before," she said.',
            _COACHES,
            "Sarah Finn",
        ),
    ],
)
def test_a_pronoun_takes_the_last_speaker_of_its_sex(
    body: str, names: tuple[tuple[str, str], ...], speaker: str
) -> None:
    assert _last_speaker(body, names) == speaker


@pytest.mark.parametrize(
    ("body", "names", "speaker"),
    [
        # the last speaker agrees: unchanged
        (
            'Peter Lane, the mayor, defended the plan. "It is a good plan," he said.\n\n'
            'Ann Roe was not convinced. "It is a terrible plan," she said.\n\n"We will fight it," she said.',
            _TWO,
            "Ann Roe",
        ),
        # only a woman spoke, and the pronoun says otherwise: the plain fallback, as before
        (
            'Ann Roe criticised the plan. "It is a terrible plan," Roe said.\n\n"I disagree," he said.',
            _TWO,
            "Ann Roe",
        ),
    ],
)
def test_a_pronoun_of_the_last_speakers_sex_is_unchanged(
    body: str, names: tuple[tuple[str, str], ...], speaker: str
) -> None:
    assert _last_speaker(body, names) == speaker


# ------------------------------------------------------------ an unnamed person heading a sentence


@pytest.mark.parametrize(
    "body",
    [
        'Police chief Dan Ortiz spoke to reporters. "We have made an arrest," he said. A neighbour, who '
        'asked not to be named, was shocked. "He was always so quiet," she said.',
        'Dan Ortiz opened the door. A neighbour of his waved from the garden. "Good morning," he said.',
        'Dan Ortiz closed the shop on Monday. One customer was furious. "I came all this way," she said.',
        '"The road is shut," Dan Ortiz said. But a driver kept going. "I have to get home," he said.',
        # more kinds of people
        'Dan Ortiz visited the flooded street. A teenager filmed the visit. "He only came for the cameras," '
        "she said.",
        'Dan Ortiz promised help. A shopkeeper shook her head. "They always say that," she said.',
        'Dan Ortiz met the crews. A local businesswoman was furious. "They have ruined us," she said.',
    ],
)
def test_an_unnamed_person_heading_a_sentence_is_the_pronouns_speaker(body: str) -> None:
    assert _last_speaker(body, (("Dan Ortiz", "Ortiz"),)) is None


@pytest.mark.parametrize(
    "body",
    [
        # a person harmed or held is no speaker; a named person after the noun is
        '"It was a hard night," said Dan Ortiz. One man was arrested after the fire. '
        '"We were lucky," he said.',
        '"It was a hard night," said Dan Ortiz. A driver died in the crash. "The road was icy," he said.',
        'A neighbour, Dan Ortiz, saw the fire. "The flames were huge," he said.',
        # a noun of the other sex ('businesswoman' and "he")
        'Dan Ortiz met the crews. A local businesswoman was furious. "They have ruined us," he said.',
        # a description after the name is an apposition, not a new person
        'Dan Ortiz, a farmer, lost his crop. "We have nothing left," he said.',
    ],
)
def test_no_unnamed_speaker_where_the_person_is_named_or_harmed(body: str) -> None:
    assert _last_speaker(body, (("Dan Ortiz", "Ortiz"),)) == "Dan Ortiz"


# ------------------------------------------------------------ a kin of the pronoun's sex


@pytest.mark.parametrize(
    "body",
    [
        'Tom Hale, a farmer, lost his crop. His wife was in tears. "We have nothing left," she said.',
        'Tom Hale was taken to hospital. His daughter waited outside. "He is a fighter," she said.',
        "Tom Hale died on Sunday. His widow, who lives in Leeds, spoke on Monday. "
        '"He loved the sea," she said.',
    ],
)
def test_a_kin_heading_a_sentence_speaks_when_no_one_of_the_sex_was_named(body: str) -> None:
    assert _last_speaker(body, (("Tom Hale", "Hale"),)) is None


@pytest.mark.parametrize(
    "body",
    [
        # the kin's sex differs from the pronoun's, or someone of the pronoun's sex was named
        '"It was a hard year," said Tom Hale. His son was killed in the crash. '
        '"I miss him every day," he said.',
        'Tom Hale lost his crop. His wife was in tears. "We have nothing left," he said.',
    ],
)
def test_a_kin_of_another_case_leaves_the_named_speaker(body: str) -> None:
    assert _last_speaker(body, (("Tom Hale", "Hale"),)) == "Tom Hale"


def test_a_kin_with_a_named_person_of_its_sex_in_reach_leaves_her() -> None:
    body = 'Ann Roe and Tom Hale lost their home. His wife was in tears. "We have nothing," she said.'
    assert _last_speaker(body, (("Ann Roe", "Roe"), ("Tom Hale", "Hale"))) == "Ann Roe"
