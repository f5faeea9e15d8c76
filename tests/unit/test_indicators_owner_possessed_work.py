"""A work its maker's possessive describes (``possessed_work``): "Ana Vell's romantic comedy Harbor
Lights took $21m" is the film's, not the director's, who stood first in the clause; when the title
is no entity the figure has no owner rather than the possessor. Near misses (no work's kind after
the possessive, a firm's own result, no title after the kind) keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Ana Vell": ("PERSON", None),
    "Jo Harlan": ("PERSON", None),
    "Kelvo Films": ("ORGANIZATION", None),
    "Harbor Lights": ("MISC", None),
    "Rootless": ("MISC", None),
    "Quiet Orchard": ("PERSON", None),  # a title the tagger read as a person
}


def _owner(text: str, figure: str) -> str | None:
    return focus_rows("", text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Ana Vell's romantic comedy Harbor Lights took $23m at the box office.", "$23m", "Harbor Lights"),
        (
            "Kelvo Films' animated feature film Rootless drew 3.4 million viewers.",
            "3.4 million viewers",
            "Rootless",
        ),
        ("Jo Harlan's novel Quiet Orchard has sold 640,000 copies.", "640,000 copies", "Quiet Orchard"),
        (
            "Jo Harlan's film Rootless will lead the field after getting seven nominations.",
            "seven nominations",
            "Rootless",
        ),
        # the article left out of the tagger's name
        ("Ana Vell's family comedy The Rootless fell to second place, taking $17m.", "$17m", "Rootless"),
        # the kind right after the maker's name, no possessive
        ("Ana Vell thriller Harbor Lights was second with $26m.", "$26m", "Harbor Lights"),
        # a person's possessive frames a person the work is about: the work after it
        ("Jo Harlan's Ana Vell biopic Rootless came third with $8.3m.", "$8.3m", "Rootless"),
        # a title the entity stage did not find: nobody's, not the director's
        ("Ana Vell's boxing drama Long Night Home took $6.3m in its third week.", "$6.3m", None),
    ],
)
def test_the_described_work_owns_the_figure(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Ana Vell's fortune grew to $41m last year.", "$41m", "Ana Vell"),
        ("Kelvo Films' revenue rose 12% to $310m.", "12%", "Kelvo Films"),
        # a kind with no possessive that is a verb or a round, not a work
        ("Kelvo Films series B round raised $14m.", "$14m", "Kelvo Films"),
        # "novel" as an adjective after a verb, and a sum after it: no work
        ("Kelvo Films is issuing a novel 40 mln dlr bond paying 12 pct.", "12 pct", "Kelvo Films"),
        # a work's kind but no title after it
        ("Jo Harlan's new film took $9m in its first week.", "$9m", "Jo Harlan"),
    ],
)
def test_an_owner_without_a_described_work_keeps_its_reading(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner
