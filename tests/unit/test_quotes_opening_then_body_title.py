"""A body's title after an opening phrase with no comma ('In a speech on Monday the Acme chairman
said'): the person the title describes, never the body (session 38, issue 14).

Made-up texts: a person named first, then a tag whose subject is an opening phrase run on to
"the <body> <person noun>"."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _speakers(body: str) -> list[str | None]:
    """The speakers of the quotes after the first paragraph, which names Ilse Varga."""
    article = _article(body)
    entities = [
        _entity(article, "Ilse Varga", forms=("Varga",)),
        _entity(article, "Harlow Bank", type_="ORGANIZATION"),
    ]
    first = body.index("\n\n")
    return [q.speaker_name for q in extract_quotes(article, entities) if q.spans[0].start > first]


_FIRST = "Rates will stay low this year, Ilse Varga said on Monday.\n\n"


@pytest.mark.parametrize(
    "tag",
    [
        "In a speech on Monday the Harlow Bank chairman said",
        "On Monday the Harlow Bank economist warned",
        "After the vote the Harlow Bank chief said",
    ],
)
def test_an_opening_before_the_bodys_title_leaves_the_body_out(tag: str) -> None:
    body = _FIRST + f'{tag} rates had leaned on "easy money" for too long.'
    assert _speakers(body) and "Harlow Bank" not in _speakers(body)


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        # the body itself speaks, or its official does (the conventions give those words to it)
        ("In a speech on Monday the Harlow Bank said", "Harlow Bank"),
        ("In a statement on Monday the Harlow Bank spokesman said", "Harlow Bank"),
        # no opening: as before, the title's holder
        ("The Harlow Bank chairman said", "Ilse Varga"),
    ],
)
def test_near_misses_keep_their_speaker(tag: str, speaker: str) -> None:
    body = _FIRST + f'{tag} rates had leaned on "easy money" for too long.'
    assert _speakers(body) == [speaker]
