"""Session 30 owners. A sentence's opening name set off by an apposition or a relative clause
longer than the window the subject rules read still owns the figure of the predicate that closes
it, as a short apposition's name does. Near misses keep their readings: a name inside the
predicate, a reported clause, a sentence that opens with a preposition, or a predicate that is
no verb."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Kessel Times": ("ORGANIZATION", None),
    "Tarvia News": ("ORGANIZATION", None),
    "Orbel Media": ("ORGANIZATION", None),
    "Ann Marlowe": ("PERSON", None),
    "Norland": ("LOCATION", "country"),
}

# an apposition of about 250 characters: longer than the window before a figure
_LONG = (
    ", a provider of video transmission tools that work over cellular and wireless networks and are "
    "used by media outlets (including the Kessel Times, but also Tarvia News and Orbel Media) that "
    "need to record and send footage from remote places on short notice,"
)


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (f"Vantor Group{_LONG} has raised another $27 million in funding.", "$27 million", "Vantor Group"),
        (f"The Harlow Bank{_LONG} posted a profit of $3 billion last year.", "$3 billion", "Harlow Bank"),
        (
            "Vantor Group, which was founded in a garage by two engineers who had left a larger rival after "
            "a long dispute over patents, pay and the direction of research, and which later moved its "
            "headquarters twice before settling in a former textile mill, now employs 3,000 workers.",
            "3,000 workers",
            "Vantor Group",
        ),
        (
            f"Ann Marlowe{_LONG.replace('a provider of', 'a seller of')} also sold 12,000 copies.",
            "12,000 copies",
            "Ann Marlowe",
        ),
    ],
)
def test_a_long_apposition_keeps_the_sentence_subject(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a name in the predicate is its own subject
        (f"Vantor Group{_LONG} and Harlow Bank lent $27 million.", "$27 million", "Harlow Bank"),
        # a reported clause between: the speaker does not own what it reports
        (
            f"Vantor Group{_LONG} said on Monday that, as of March, sales had reached $27 million.",
            "$27 million",
            None,
        ),
        # the sentence opens with a preposition: the name says where, owns nothing
        (
            f"In Norland{_LONG.replace('a provider', 'the home')} sales reached $27 million.",
            "$27 million",
            None,
        ),
        # the short apposition reads as before
        ("Vantor Group, a maker of steel pipes, has raised $27 million.", "$27 million", "Vantor Group"),
    ],
)
def test_near_misses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


_ITS_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "country"),
}


def _its_owners(headline: str, text: str) -> dict[str, str | None]:
    return focus_rows(headline, text, _ITS_NAMES)


@pytest.mark.parametrize(
    "headline, text, figure, owner",
    [
        (
            "Vantor Group opens plant",
            "Vantor Group opened a plant on Monday. Its exports to Tarvia rose 8 percent in 2019.",
            "8 percent",
            "Vantor Group",
        ),
        (
            "Vantor Group opens plant",
            "Vantor Group opened a plant on Monday. Its sales in Kessel rose 8 percent in 2019.",
            "8 percent",
            "Vantor Group",
        ),
        (
            "Norland signs pact",
            "Norland signed a trade pact on Monday. Its exports to Tarvia rose 8 percent in 2019.",
            "8 percent",
            "Norland",
        ),
        (
            "Vantor Group opens plant",
            "Vantor Group opened a plant on Monday. In 2019, its exports to Tarvia rose 8 percent.",
            "8 percent",
            "Vantor Group",
        ),
        (
            "Norland signs pact",
            "Norland signed a trade pact on Monday. Last year, its exports to Tarvia rose 8 percent.",
            "8 percent",
            "Norland",
        ),
    ],
)
def test_its_measure_before_a_governed_name_is_what_its_stands_for(
    headline: str, text: str, figure: str, owner: str
) -> None:
    assert _its_owners(headline, text)[figure] == owner


@pytest.mark.parametrize(
    "headline, text, figure, owner",
    [
        # the governed name is never the owner, even as the story's place
        ("Tarvia trade", "Officials met on Monday. Its exports to Tarvia rose 8 percent.", "8 percent", None),
        # a name that is the clause's subject keeps the figure
        (
            "Vantor Group opens plant",
            "Vantor Group opened a plant. Its rival Tarvia sold $3 million of goods.",
            "$3 million",
            "Tarvia",
        ),
        # no measure after "its": a thing "it" names, not an owner's statistic
        (
            "Vantor Group opens plant",
            "Vantor Group opened a plant. Its roof in Kessel spans 300 meters.",
            "300 meters",
            None,
        ),
    ],
)
def test_its_near_misses_keep_their_readings(
    headline: str, text: str, figure: str, owner: str | None
) -> None:
    assert _its_owners(headline, text)[figure] == owner
