"""Names a lower-case kind after them types: "the Quillcast app" a product, "the Trevlo website"
and "Kelvara magazine" bodies, where the model found nothing or a person, a place or a people no
list knows. Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Users of the Quillcast app complained on Monday.", "Quillcast", "PRODUCT"),
        ("Download the free Harbor Notes app today, the company said.", "Harbor Notes", "PRODUCT"),
        ("The story ran first in Kelvara magazine last week.", "Kelvara", "ORGANIZATION"),
    ],
)
def test_kind_after_names(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a platform's word, capitals, a possessive, a common word, a story person's surname
        ("He posted the clip on the Android app on Monday.", "Android", "PRODUCT"),
        ("She built the DIY website in a weekend.", "DIY", None),
        ("He read Amy's blog and the review.", "Amy", None),
        ("Open the Settings app and change the settings you need.", "Settings", None),
        ("Jo Tarrant sold cakes. The Tarrant website crashed on Monday.", "Jo Tarrant", "PERSON"),
    ],
)
def test_kind_after_names_near_misses(
    extractor: EntityExtractor, body: str, name: str, kind: str | None
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


def test_a_name_the_story_uses_alone_is_no_app(extractor: EntityExtractor) -> None:
    # the company's name before its app: never typed as the app
    body = "Quorvex announced results on Monday. Users of the Quorvex app complained."
    assert types_of(entities_of(extractor, body)).get("Quorvex") != "PRODUCT"


def test_only_a_few_distinct_names_walk_the_text(
    extractor: EntityExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each name's tests walk the whole text: a text written with many names before "app" is read
    # for the first few only (real copy names one or none), so its cost stays linear in its size
    from consumer.entities import name_finders

    walked: list[str] = []
    real = name_finders._lower_elsewhere

    def counting(name: str, text: str) -> bool:
        walked.append(name)
        return real(name, text)

    monkeypatch.setattr(name_finders, "_lower_elsewhere", counting)
    names = [f"Quill{a}{b}" for a in "bcdfg" for b in "kmnprt"]
    body = " ".join(f"Users of the {n} app and then the {n} app again complained." for n in names)
    found = types_of(entities_of(extractor, body))
    assert 0 < len(walked) <= 8 + 6  # a few names here, a few for kinds of made things
    assert found.get(names[0]) == "PRODUCT"  # the first names are still read
