"""Direct quotes whose tag is a definite description of someone the text does not name (issue 14,
session 31, found on Reuters copy of 1987): "the analyst who requested anonymity", "the diplomat
said" again after an unnamed diplomat spoke, "the company official said". None of them is the
named person in reach. Made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _speakers(body: str, people: tuple[str, ...] = (), orgs: tuple[str, ...] = ()) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name) for name in people]
    entities += [_entity(article, name, "ORGANIZATION") for name in orgs]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


# ------------------------------------------- a description that says the speaker is not named


@pytest.mark.parametrize(
    ("body", "people", "orgs", "speakers"),
    [
        (
            '"The stock is cheap," said Drew Gordon, analyst at Atlantic Systems Inc.\n\n'
            '"Some holders will sell," said the analyst who requested anonymity.',
            ("Drew Gordon",),
            ("Atlantic Systems Inc",),
            ["Drew Gordon", None],
        ),
        (
            'Broker Sam Ode sees gains. "Stocks are cheap," Ode said.\n\n'
            '"Stocks are dear," said the broker, who requested anonymity.',
            ("Sam Ode",),
            (),
            ["Sam Ode", None],
        ),
        (
            'Trader Ken Abbot expects a rally. "Buyers are back," Abbot said.\n\n'
            '"Sellers are still in charge," said the trader, who declined to be named.',
            ("Ken Abbot",),
            (),
            ["Ken Abbot", None],
        ),
    ],
)
def test_anonymous_description_is_nobody_named(
    body: str, people: tuple[str, ...], orgs: tuple[str, ...], speakers: list[str | None]
) -> None:
    assert _speakers(body, people, orgs) == speakers


def test_description_with_other_relative_clause_keeps_the_named_holder() -> None:
    # near miss: a relative clause that does not say the speaker is unnamed
    body = (
        '"The stock is cheap," said Drew Gordon, analyst at Atlantic Systems Inc.\n\n'
        '"Some holders will sell," said the analyst, who follows the company.'
    )
    assert _speakers(body, ("Drew Gordon",), ("Atlantic Systems Inc",)) == ["Drew Gordon", "Drew Gordon"]


def test_anonymous_official_brought_in_with_a_body_stays_the_body() -> None:
    # near miss: 'an Ardel Commission official said ... The official, who asked not to be named, said'
    body = (
        "Vexland was promised the contract, an Ardel Commission official said.\n\n"
        'The official, who asked not to be named, said: "The clause was never published."'
    )
    assert _speakers(body, (), ("Ardel Commission",)) == ["Ardel Commission"]


# ------------------------------------------- the unnamed one who spoke last goes on


@pytest.mark.parametrize(
    ("body", "people", "speakers"),
    [
        (
            "Finance Minister Tom Vale will report a deficit, diplomats said.\n\n"
            "A Western diplomat said the deficit was large.\n\n"
            "The statistics bureau said profits fell in most state firms.\n\n"
            '"Firms must compete on the free market," the diplomat said.\n\n'
            '"There will be no surprises," the diplomat said.',
            ("Tom Vale",),
            [None, None],
        ),
        (
            "Analyst Ida Marsh expects a rate cut, traders said.\n\n"
            "One analyst said the cut was overdue.\n\n"
            "The Treasury said growth would slow in the second half.\n\n"
            '"The cut came late," the analyst said.\n\n'
            '"It should have come in March," the analyst said.',
            ("Ida Marsh",),
            [None, None],
        ),
        (
            "Economist Rob Kells sees a recession, bankers said.\n\n"
            "An economist said the data were weak.\n\n"
            "The bureau said output fell for a third month.\n\n"
            '"Output will fall again," the economist said.\n\n'
            '"Jobs will follow," the economist said.',
            ("Rob Kells",),
            [None, None],
        ),
    ],
)
def test_same_unnamed_speaker_goes_on(body: str, people: tuple[str, ...], speakers: list[str | None]) -> None:
    assert _speakers(body, people) == speakers


def test_named_speaker_since_takes_the_description() -> None:
    # near miss: a named diplomat spoke after the unnamed one
    body = (
        "A Western diplomat said the deficit was large.\n\n"
        '"It is larger than last year," said diplomat Tom Vale.\n\n'
        '"There will be no surprises," the diplomat said.'
    )
    assert _speakers(body, ("Tom Vale",)) == ["Tom Vale", "Tom Vale"]


# ------------------------------------------- an official of a body named by its kind


@pytest.mark.parametrize(
    ("body", "people", "orgs", "speakers"),
    [
        (
            "Car sales fell, said Joe Pippin, analyst with Hutton and Co.\n\n"
            '"Industry sales were weak," the company official said.',
            ("Joe Pippin",),
            ("Hutton and Co",),
            [None],
        ),
        (
            "The yen rose, Finance Minister Kenji Sato said on Monday.\n\n"
            '"There is no room for more action," the senior bank official said.',
            ("Kenji Sato",),
            (),
            [None],
        ),
        (
            "Car sales fell, said Joe Pippin, analyst with Hutton and Co.\n\n"
            '"There may be less bloom this spring," one auto company official conceded.',
            ("Joe Pippin",),
            ("Hutton and Co",),
            [None],
        ),
    ],
)
def test_official_of_a_kind_is_no_person_nor_analysts_firm(
    body: str, people: tuple[str, ...], orgs: tuple[str, ...], speakers: list[str | None]
) -> None:
    assert _speakers(body, people, orgs) == speakers


def test_official_of_the_named_company_is_the_company() -> None:
    # the company the story is about speaks through its official (it had been the one person in reach)
    body = 'Acme Corp said profits rose 10 pct.\n\n"Demand is strong," the company official said.'
    assert _speakers(body, ("Joe Pippin",), ("Acme Corp",)) == ["Acme Corp"]


def test_indefinite_official_of_the_named_company_stays_the_company() -> None:
    # near miss: 'one company official' of the company the story is about keeps its reading
    body = 'Acme Corp said profits rose 10 pct.\n\n"Demand is strong," one company official said.'
    assert _speakers(body, ("Joe Pippin",), ("Acme Corp",)) == ["Acme Corp"]


# ------------------------------------------- a pronoun after someone no person entity holds


@pytest.mark.parametrize(
    ("body", "people", "orgs", "last"),
    [
        (
            'Analyst Carl Fenn sees a rally. "Stocks are cheap," he said.\n\n'
            '"This is the correction," said Tom Hays of Baird Co.\n\n'
            "Hays noted that breadth began to fall last week. "
            '"The trade problem got people spooked," he said.',
            ("Carl Fenn",),
            ("Tom Hays of Baird Co",),
            None,
        ),
        (
            'Chancellor Karl Weber wants the ban lifted. "It is time," he said.\n\n'
            "Britain has been more cautious, but on Wednesday Mr Straw said he also wanted it to end. "
            '"I have long understood the argument," he told the committee.',
            ("Karl Weber",),
            (),
            None,
        ),
        (
            'Coach Ann Voss was pleased. "We played well," she said.\n\n'
            'Ms Dorley said the club would appeal. "The ban is unfair," she said.',
            ("Ann Voss",),
            (),
            None,
        ),
    ],
)
def test_pronoun_after_unindexed_named_head_is_null(
    body: str, people: tuple[str, ...], orgs: tuple[str, ...], last: str | None
) -> None:
    assert _speakers(body, people, orgs)[-1] == last


@pytest.mark.parametrize(
    "middle",
    [
        "Dealers said the dollar fell in quiet trade.",  # a plural noun heading its sentence
        "Voss said the club would appeal.",  # the person the pronoun means, indexed
    ],
)
def test_pronoun_after_indexed_or_common_head_keeps_the_person(middle: str) -> None:
    body = f'Coach Ann Voss was pleased. "We played well," she said.\n\n{middle} "It is unfair," she said.'
    assert _speakers(body, ("Ann Voss",)) == ["Ann Voss", "Ann Voss"]
