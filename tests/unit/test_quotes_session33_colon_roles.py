"""A colon lead-in with no verb: a body's name and a noun of people before a name (session 33)."""

from __future__ import annotations

import pytest

from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build(PipelineOptions())


def _speakers(pipeline: Pipeline, body: str) -> list[str | None]:
    outcome = pipeline.process_batch([RawItem(f"Cup preview\n\n{body}\n".encode(), None)])[0]
    assert isinstance(outcome, Processed)
    return [q.speaker_name for q in outcome.article.quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Kelby host Tarrow on Saturday.\n\nKelby boss Mark Dunmore: "Tarrow are resolute but I fully '
            'expect us to progress."',
            "Mark Dunmore",
        ),
        (
            'The sides meet at Vale Park.\n\n- Tarrow boss Steve Caldwell: "They will be fresh and we will '
            'be tired, but we can win."',
            "Steve Caldwell",
        ),
        (
            'Rovers travel north.\n\nRovers youngster Danny Fell: "I have waited all season for a game like '
            'this one."',
            "Danny Fell",
        ),
    ],
)
def test_a_body_and_a_noun_of_people_before_a_name_hand_the_quote_to_the_name(
    pipeline: Pipeline, body: str, speaker: str
) -> None:
    assert _speakers(pipeline, body) == [speaker]


def test_a_verb_before_the_colon_is_no_title(pipeline: Pipeline) -> None:
    # "thanked" is no title word: the lead-in is a clause, and its subject speaks
    body = 'Ann Corby thanked coach Mark Dunmore: "We could not have done it without the staff here."'
    assert _speakers(pipeline, body) == ["Ann Corby"]
