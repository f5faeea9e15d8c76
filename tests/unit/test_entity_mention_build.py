"""The entity stage builds its Mention models without pydantic's per-field loop (a cost bound,
issue 11): each must be the model ``Mention.model_construct`` builds, state for state."""

from __future__ import annotations

import pickle

import pytest

from consumer.entities.extractor import _mention
from consumer.events import Mention


@pytest.mark.parametrize(
    ("text", "field", "start", "end"),
    [("Acme Corp", "body", 10, 19), ("Dana Roe", "headline", 0, 8), ("Kessel", "dateline", 3, 9)],
)
def test_same_model_as_model_construct(text: str, field: str, start: int, end: int) -> None:
    built = _mention(text, field, start, end)  # type: ignore[arg-type]
    expected = Mention.model_construct(text=text, field=field, start=start, end=end)
    assert type(built) is Mention
    assert built == expected
    assert list(built.__dict__.items()) == list(expected.__dict__.items())
    assert built.model_fields_set == expected.model_fields_set
    assert built.__pydantic_extra__ is None and built.__pydantic_private__ is None
    assert built.model_dump_json() == expected.model_dump_json()
    assert pickle.loads(pickle.dumps(built)) == expected


def test_each_mention_has_its_own_fields_set() -> None:
    first, second = _mention("A", "body", 0, 1), _mention("B", "body", 2, 3)
    assert first.model_fields_set is not second.model_fields_set
    assert first.__dict__ is not second.__dict__
