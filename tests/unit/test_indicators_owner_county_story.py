"""A county's story (``county_story.lead_division``): the lead opens with a county placed in the
story's province ("Leiwu County in southwest Norland's Kessel Province ..."), and the story's
unowned statistics are the county's, not the province's the fallback gave. Near misses (a lead
opening with the province, a county named later, a county placed nowhere) keep their old readings."""

from __future__ import annotations

import re

import pytest

from consumer.events import Article, Body, Dateline, Entity, EntityLinks, EntityType, Mention
from consumer.indicators import extract_indicators

_DATELINE = "HARLOW, Nov. 3 (Xinhua) -- "
_KINDS: dict[str, tuple[EntityType, str | None]] = {
    "Leiwu County": ("LOCATION", None),
    "Dunmore District": ("LOCATION", None),
    "Kessel Province": ("LOCATION", "first_level_division"),
    "Norland": ("LOCATION", "country"),
}


def _owners(body: str) -> dict[str, str | None]:
    text = _DATELINE + body
    entities = []
    for name, (kind, place_kind) in _KINDS.items():
        mentions = [
            Mention(text=name, field="body", start=m.start(), end=m.end()) for m in re.finditer(name, text)
        ]
        if not mentions:
            continue
        links = EntityLinks(kind=place_kind) if place_kind else None  # type: ignore[arg-type]
        entities.append(Entity(id=name, type=kind, name=name, salience=0.9, mentions=mentions, links=links))
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=9),
        dateline=Dateline(raw=_DATELINE.strip(), place="Harlow"),
    )
    return {r.text: r.subject_name for r in extract_indicators(article, entities) if r.field == "body"}


_LEAD = "Leiwu County in southwest Norland's Kessel Province has shaken off poverty. "


@pytest.mark.parametrize(
    "body, figure, owner",
    [
        (_LEAD + "GDP grew 9.5 percent last year.", "9.5 percent", "Leiwu County"),
        (_LEAD + "Tourism revenue reached 3.6 billion yuan.", "3.6 billion yuan", "Leiwu County"),
        (_LEAD + "Fiscal revenue rose 12 percent.", "12 percent", "Leiwu County"),
        (
            "Dunmore District of Kessel Province has grown fast. Retail sales rose 8 percent.",
            "8 percent",
            "Dunmore District",
        ),
    ],
)
def test_a_county_s_story_gives_it_its_statistics(body: str, figure: str, owner: str) -> None:
    assert _owners(body)[figure] == owner


@pytest.mark.parametrize(
    "body, figure, owner",
    [
        # the lead opens with the province; a county named later is one place of the story
        (
            "Kessel Province has shaken off poverty, and Leiwu County too. GDP grew 9.5 percent.",
            "9.5 percent",
            "Kessel Province",
        ),
        # a county the lead places nowhere
        (
            "Leiwu County has shaken off poverty. Kessel Province said GDP grew 9.5 percent.",
            "9.5 percent",
            None,
        ),
        # an owner the clause names keeps it
        (_LEAD + "Kessel Province's GDP grew 7 percent.", "7 percent", "Kessel Province"),
    ],
)
def test_near_misses_keep_their_readings(body: str, figure: str, owner: str | None) -> None:
    assert _owners(body)[figure] == owner
