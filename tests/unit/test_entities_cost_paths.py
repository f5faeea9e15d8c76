"""Cost paths of the entity stage (issue 11): the Mention models it builds without pydantic's
per-field loop must be the models ``Mention.model_construct`` builds, state for state; the set-score
scan skipped on a text with no score finds what it found before."""

from __future__ import annotations

import pickle

import pytest

from consumer.entities.mentions import new_mention
from consumer.entities.retype.person_context import set_score_players
from consumer.events import Mention


@pytest.mark.parametrize(
    ("text", "field", "start", "end"),
    [("Acme Corp", "body", 10, 19), ("Dana Roe", "headline", 0, 8), ("Kessel", "dateline", 3, 9)],
)
def test_same_model_as_model_construct(text: str, field: str, start: int, end: int) -> None:
    built = new_mention(text, field, start, end)  # type: ignore[arg-type]
    expected = Mention.model_construct(text=text, field=field, start=start, end=end)
    assert type(built) is Mention
    assert built == expected
    assert list(built.__dict__.items()) == list(expected.__dict__.items())
    assert built.model_fields_set == expected.model_fields_set
    assert built.__pydantic_extra__ is None and built.__pydantic_private__ is None
    assert built.model_dump_json() == expected.model_dump_json()
    assert pickle.loads(pickle.dumps(built)) == expected


def test_each_mention_has_its_own_fields_set() -> None:
    first, second = new_mention("A", "body", 0, 1), new_mention("B", "body", 2, 3)
    assert first.model_fields_set is not second.model_fields_set
    assert first.__dict__ is not second.__dict__


# set_score_players skips its scan when no "digit-dash-digit" is in the text (every result in sets
# holds one): the results it finds stay, and a text without one finds none at once.
@pytest.mark.parametrize(
    "text",
    [
        "Dana Kestrel beat Ann Voss 6-4, 6-3 in the final.",
        "After Tomas Rell edged Ivo Marek 7-5, 2-6, 6-4 on Friday, the team won.",
        "Lena Orr defeated Mia Tull 6-4 (2) and went through.",
    ],
)
def test_set_scores_still_name_both_sides(text: str) -> None:
    sides = {text[start:end] for end, start in set_score_players(text).items()}
    assert len(sides) == 2


@pytest.mark.parametrize(
    "text",
    ["Dana Kestrel beat Ann Voss in straight sets.", "Acme beat forecasts by 6 - 4 points.", ""],
)
def test_no_set_score_no_players(text: str) -> None:
    assert set_score_players(text) == {}
