"""Agency copy filed from a place: its unowned counts of people are the story place's."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, Dateline, Entity, EntityLinks, EntityType, Mention
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities

_NAMES: dict[str, EntityType] = {
    "Norland": "LOCATION",
    "Tarvia": "LOCATION",
    "Harlow Statistics Bureau": "ORGANIZATION",
    "Mira Lent": "PERSON",
}
# the place owns the story's figures: its output and its visitors
_LEAD = "Norland's output grew 6 percent in the first half. Norland's exports rose 4 percent. "


def _owners(text: str, dateline: bool = True) -> dict[str, str | None]:
    return dict(_rows(text, dateline))


@pytest.mark.parametrize(
    "text, figure",
    [
        (_LEAD + "About 300,000 people were lifted out of poverty.", "300,000 people"),
        (_LEAD + "Of the new arrivals, 1,200 residents were relocated to new homes.", "1,200 residents"),
        (_LEAD + "More than 4,000 workers found jobs in the new factories.", "4,000 workers"),
    ],
)
def test_an_unowned_count_of_people_is_the_story_place_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Norland"


@pytest.mark.parametrize(
    "text, figure",
    [
        # the sentence names another party before the count: its source or its owner
        (
            _LEAD + "According to Harlow Statistics Bureau, 9 million people were relocated.",
            "9 million people",
        ),
        (_LEAD + "In Tarvia, 3,000 workers lost their jobs.", "3,000 workers"),
        (_LEAD + "Mira Lent said 40 people had applied.", "40 people"),
        # a count over the whole world, and a compound that gives a size
        (_LEAD + "The disease has sickened 55 million people worldwide.", "55 million people"),
        (_LEAD + "A four-man crew repaired the bridge.", "four-man"),
    ],
)
def test_a_count_the_sentence_frames_otherwise_stays_unowned(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


def test_copy_without_a_dateline_counts_bystanders() -> None:
    # "Two people familiar with the matter": a story with no dateline leaves its counts unowned
    text = _LEAD + "Two people familiar with the talks spoke on condition of anonymity."
    assert _owners(text, dateline=False)["Two people"] is None


def test_a_story_whose_figures_are_a_company_s_gives_no_place() -> None:
    names: dict[str, EntityType] = {"Acme Corp": "ORGANIZATION", "Norland": "LOCATION"}
    text = "Acme Corp's revenue rose 6 percent. Acme Corp's profit rose 4 percent. "
    text += "About 300 people were hired."
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=9),
        dateline=Dateline(raw="NORLAND, May 3 (Agency) --", place="Norland"),
    )
    rows = {r.text: r.subject_name for r in extract_indicators(article, body_entities(text, names))}
    assert rows["300 people"] != "Norland"


def test_a_repeated_figure_text_reads_its_own_sentence_from_the_sentence_start() -> None:
    # the same words twice in one sentence: the second count still sees the place named before it
    owners = _rows(_LEAD + "About 12 people were moved, and Mira Lent said 12 people were housed in hotels.")
    assert owners[-2:] == [("12 people", "Norland"), ("12 people", None)]


def test_a_sentence_repeated_in_the_story_is_read_at_each_place() -> None:
    text = (
        _LEAD
        + "About 50 people were evacuated. Tarvia's output fell 2 percent. About 50 people were evacuated."
    )
    owners = _rows(text)
    assert [o for t, o in owners if t == "50 people"] == ["Norland", "Norland"]


def _rows(text: str, dateline: bool = True) -> list[tuple[str, str | None]]:
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=9),
        dateline=Dateline(raw="NORLAND, May 3 (Agency) --", place="Norland") if dateline else None,
    )
    return [(r.text, r.subject_name) for r in extract_indicators(article, body_entities(text, _NAMES))]


def _linked(name: str, country: str, mentions: list[Mention]) -> Entity:
    return Entity(
        id=name,
        type="LOCATION",
        name=name,
        salience=0.5,
        mentions=mentions,
        links=EntityLinks(country=country),
    )


@pytest.mark.parametrize(("filed_in", "owner"), [("XA", None), ("XB", "Norland")])
def test_a_story_place_abroad_from_the_dateline_owns_no_counts_of_people(
    filed_in: str, owner: str | None
) -> None:
    text = _LEAD + "About 300 people were killed in the fighting."
    dateline = "VARNO, May 3 (Agency) --"
    entities = [
        _linked("Norland", "XB", [Mention(text="Norland", field="body", start=0, end=7)]),
        _linked("Varno", filed_in, [Mention(text="VARNO", field="dateline", start=0, end=5)]),
    ]
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=9),
        dateline=Dateline(raw=dateline, place="Varno"),
    )
    entities[0].mentions.extend(
        Mention(text="Norland", field="body", start=i, end=i + 7)
        for i in range(1, len(text))
        if text.startswith("Norland", i)
    )
    rows = {r.text: r.subject_name for r in extract_indicators(article, entities)}
    assert rows["300 people"] == owner
