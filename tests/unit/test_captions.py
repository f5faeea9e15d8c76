"""A wire story's own lead photo captions: kept out of the body, read by the entity stage only.

The conventions count the captions of the story's own photos as article text and the captions
of other stories as furniture. The credited captions before a wire dateline are the story's own,
and so, on a page with no dateline, is the run of them right before the story's first line.
"""

from __future__ import annotations

import pytest

from consumer.events import ArticleEvent, Entity
from consumer.parse import parse_item
from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem

_CAPTION = (
    "Marta Kovalenko, head of the Brenwick port authority, speaks beside 3,000 tonnes of grain "
    "at a terminal in Brenwick, Oct. 2, 2024. (Xinhua/Zhao Lin)"
)
_STORY = """Port of Brenwick doubles grain exports

{caption}

BRENWICK, Oct. 2 (Xinhua) -- Grain exports through the port of Brenwick doubled this year, the
port authority said on Wednesday.

"We have never shipped more," said Tomas Reyl, a port official.
"""


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build(PipelineOptions(enrich=True))


def _process(pipeline: Pipeline, text: str) -> ArticleEvent:
    (outcome,) = pipeline.process_batch([RawItem(text.encode())])
    assert isinstance(outcome, Processed)
    return outcome.article


def _named(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.name == name)


def test_a_lead_caption_before_the_dateline_is_kept_apart_from_the_body() -> None:
    article = parse_item(_STORY.format(caption=_CAPTION).encode())
    assert article.captions == [_CAPTION]
    assert article.body.text.startswith("BRENWICK, Oct. 2 (Xinhua) --")
    assert "Kovalenko" not in article.body.text


def test_two_lead_captions_are_both_kept_in_order() -> None:
    second = "Ships wait at the grain terminal in Brenwick, Oct. 1, 2024. (Xinhua/Zhao Lin)"
    article = parse_item(_STORY.format(caption=f"{_CAPTION}\n\n{second}").encode())
    assert article.captions == [_CAPTION, second]


def test_people_and_agency_of_a_caption_are_entities_with_caption_mentions(pipeline: Pipeline) -> None:
    article = _process(pipeline, _STORY.format(caption=_CAPTION))
    pictured = _named(article.entities, "Marta Kovalenko")
    assert pictured.type == "PERSON"
    assert pictured.mentions == []  # only the caption names her
    (mention,) = pictured.caption_mentions
    assert (mention.caption, mention.start, mention.end) == (0, 0, len("Marta Kovalenko"))
    photographer = _named(article.entities, "Zhao Lin")
    assert photographer.type == "PERSON" and photographer.caption_mentions
    xinhua = _named(article.entities, "Xinhua")
    assert {m.field for m in xinhua.mentions} >= {"dateline"} and xinhua.caption_mentions


def test_a_place_the_story_names_gets_its_caption_mention(pipeline: Pipeline) -> None:
    article = _process(pipeline, _STORY.format(caption=_CAPTION))
    brenwick = _named(article.entities, "Brenwick")
    assert brenwick.mentions and brenwick.caption_mentions
    for m in brenwick.caption_mentions:
        assert article.captions[m.caption][m.start : m.end] == m.text


def test_a_place_only_a_caption_names_is_no_entity(pipeline: Pipeline) -> None:
    caption = "A worker checks a crane at a terminal in Havelport, Oct. 2, 2024. (Xinhua/Zhao Lin)"
    article = _process(pipeline, _STORY.format(caption=caption))
    assert "Havelport" not in {e.name for e in article.entities}


def test_no_quote_or_figure_is_taken_from_a_caption(pipeline: Pipeline) -> None:
    article = _process(pipeline, _STORY.format(caption=_CAPTION))
    assert all("3,000" not in i.text for i in article.indicators)
    assert all("Kovalenko" not in (q.text + (q.speaker_name or "")) for q in article.quotes)
    assert [q.speaker_name for q in article.quotes] == ["Tomas Reyl"]


_LEAD = "Grain exports through the port of Brenwick doubled this year, the port authority said."


def _no_dateline(*captions: str) -> str:
    """A People's Daily page: the headline, the lead photo's captions, then the story, no dateline."""
    parts = ("Port of Brenwick doubles grain exports", *captions, _LEAD, "The port plans a second terminal.")
    return "\n\n".join(parts)


def test_a_caption_before_a_story_with_no_dateline_is_kept_apart_from_the_body() -> None:
    # the leading run of captions right before the story's first line is the story's own photo
    article = parse_item(_no_dateline(_CAPTION).encode())
    assert article.captions == [_CAPTION]
    assert article.body.text.startswith("Grain exports through the port")
    assert "Kovalenko" not in article.body.text


def test_two_captions_before_a_story_with_no_dateline_are_both_kept() -> None:
    second = "Ships wait at the grain terminal in Brenwick, Oct. 1, 2024. (People's Daily Online/Wu Tao)"
    article = parse_item(_no_dateline(_CAPTION, second).encode())
    assert article.captions == [_CAPTION, second]


@pytest.mark.parametrize(
    ("credit", "photographer"),
    [
        ("(Xinhua/Zhao Lin)", "Zhao Lin"),
        ("(People's Daily Online/Wu Tao)", "Wu Tao"),
        ("(eng.example.cn/Photo by Xu Ming)", "Xu Ming"),
    ],
)
def test_the_photographer_of_a_caption_before_a_story_with_no_dateline_is_a_person(
    pipeline: Pipeline, credit: str, photographer: str
) -> None:
    caption = f"A crane loads grain at a terminal of the port, Oct. 2, 2024. {credit}"
    article = _process(pipeline, _no_dateline(caption))
    person = _named(article.entities, photographer)
    assert person.type == "PERSON" and person.mentions == [] and person.caption_mentions


def test_a_place_only_a_no_dateline_caption_names_is_no_entity(pipeline: Pipeline) -> None:
    caption = "A worker checks a crane at a terminal in Havelport, Oct. 2, 2024. (Xinhua/Zhao Lin)"
    article = _process(pipeline, _no_dateline(caption))
    assert "Havelport" not in {e.name for e in article.entities}


def test_a_credited_lead_that_reports_news_stays_the_story() -> None:
    lead = "Grain exports through Brenwick doubled this year, the port authority said. (Xinhua/Zhao Lin)"
    article = parse_item(f"Port of Brenwick doubles grain exports\n\n{lead}\n\nThe port plans more.".encode())
    assert article.captions == []
    assert article.body.text.startswith("Grain exports through Brenwick doubled")


def test_a_story_without_captions_has_none() -> None:
    article = parse_item(_STORY.format(caption="").encode())
    assert article.captions == []
    assert article.body.text.startswith("BRENWICK, Oct. 2 (Xinhua) --")
