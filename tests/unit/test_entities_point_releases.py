"""A product's version cut short: the model-number rule stopped at a point release ("Vela OS 10"
of "Vela OS 10.15", "USB 3" of "USB 3.0") and a listed product lost a three-digit version or a
point release ("Xbox" of "Xbox 360", "Android" of "Android 4.1"). The whole version is the name's;
a number with a point that is a figure (a unit, a share or a count after it, an economic
measure's letters before it) makes no product. Model names made up for the test, beside two
listed platforms."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules import product_tail_end, products
from tests.unit.entity_texts import entities_of


def _products(text: str) -> list[str]:
    return [text[s:e] for s, e in products(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The phone ships with Sense KX 4.1 on board.", "Sense KX 4.1"),
        ("The Vela OS 10.15 update shipped last week.", "Vela OS 10.15"),
        ("It sold the Quarra Drive USB 3.0 model.", "Quarra Drive USB 3.0"),
        ("Users of Gimlet Pro v9.5 saw errors.", "Gimlet Pro v9.5"),
    ],
)
def test_a_point_release_stays_in_the_model(text: str, name: str) -> None:
    assert _products(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect Tarvia GDP 2.5 percent higher.",  # a share after it
        "The Kelvo XR 3.5 mm jack is gone.",  # a unit
        "He bought Acme EV 6.5 kWh packs.",
        "The Harbor PMI 50.2 reading beat forecasts.",  # an economic measure
        "Trading in Tarvia CPI 3.1 was up.",
    ],
)
def test_a_figure_with_a_point_is_no_model(text: str) -> None:
    assert _products(text) == []


@pytest.mark.parametrize(
    ("text", "after", "tail"),
    [
        ("the Xbox 360 version", "Xbox", " 360"),
        ("runs Android 4.1 Jelly Bean", "Android", " 4.1"),
        ("the Vela 10.15.2 build", "Vela", " 10.15.2"),
        ("the Xbox 360 Elite was loud", "Xbox", " 360 Elite"),
    ],
)
def test_a_listed_product_takes_its_version(text: str, after: str, tail: str) -> None:
    end = text.index(after) + len(after)
    assert text[end : product_tail_end(text, end)] == tail


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("the Model 3 310 miles of range", "Model 3"),  # a measure
        ("Android 4.1 percent of phones", "Android"),  # a share
        ("Kindle 100,000 sold", "Kindle"),  # a number running on
        ("Xbox 2013 sales", "Xbox"),  # a year
        ("the Vela 100-200 range", "Vela"),  # a range
    ],
)
def test_a_figure_after_a_listed_product_stays_out(text: str, after: str) -> None:
    end = text.index(after) + len(after)
    assert product_tail_end(text, end) == end


def test_the_versions_in_the_pipeline(extractor: EntityExtractor) -> None:
    body = "The game runs on PCs and the Xbox 360. Phones with Android 4.1 can stream it."
    names = {e.name for e in entities_of(extractor, body) if e.type == "PRODUCT"}
    assert {"Xbox 360", "Android 4.1"} <= names
