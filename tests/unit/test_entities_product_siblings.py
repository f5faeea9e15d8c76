"""A family's further models are products where the story names the family in a product of its
own and the model read them as a body or a place ("the Quorvane Slate Pro ... the Quorvane
Ardent and the Quorvane Strider"), ``product_siblings.family_siblings``. A head word's body, a
member's plural, a service's word, a listed company's family, a given name's family, a family
only the model's lone product names, the model's person and a listed name keep their readings. Names and
sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities.candidates import Candidate, Origin
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.product_siblings import family_siblings
from consumer.events import EntityType


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _cand(text: str, name: str, kind: EntityType, origin: Origin = "ner") -> Candidate:
    start = text.index(name)
    return Candidate("body", start, start + len(name), kind, origin)


def _types_after(
    text: str, product: str, origin: Origin, others: list[tuple[str, EntityType]], g: Gazetteer
) -> list[str]:
    cands = [_cand(text, product, "PRODUCT", origin)] + [_cand(text, n, k) for n, k in others]
    family_siblings(cands, {"body": text}, g)
    return [c.type for c in cands[1:]]


@pytest.mark.parametrize(
    ("text", "product", "sibling", "kind"),
    [
        (
            "The Quorvane Slate Pro weighs less than the Quorvane Ardent did.",
            "Quorvane Slate Pro",
            "Quorvane Ardent",
            "ORGANIZATION",
        ),
        (
            "Velmar Tread X2 skis are stiff; the Velmar Strider is softer.",
            "Velmar Tread X2",
            "Velmar Strider",
            "ORGANIZATION",
        ),
        (
            "After the Harvon Orbiter 3 came the Harvon Odyssey probe.",
            "Harvon Orbiter 3",
            "Harvon Odyssey",
            "LOCATION",
        ),
        (
            "Kelvix Pad HD sells for $99 and the Kelvix Pad RT for $79.",
            "Kelvix Pad HD",
            "Kelvix Pad RT",
            "ORGANIZATION",
        ),
    ],
)
def test_a_further_model_of_the_story_family_is_a_product(
    gazetteer: Gazetteer, text: str, product: str, sibling: str, kind: EntityType
) -> None:
    assert _types_after(text, product, "rule", [(sibling, kind)], gazetteer) == ["PRODUCT"]


@pytest.mark.parametrize(
    ("text", "product", "origin", "other", "kind"),
    [
        # a head word's body, a member's plural, a service's word
        (
            "The Quorvane Slate Pro was built by the Quorvane Team in Oslo.",
            "Quorvane Slate Pro",
            "rule",
            "Quorvane Team",
            "ORGANIZATION",
        ),
        (
            "Velmar Tread X2 skis are cheaper for Velmar Members.",
            "Velmar Tread X2",
            "rule",
            "Velmar Members",
            "ORGANIZATION",
        ),
        (
            "Kelvix Pad HD owners can use Kelvix Live for free.",
            "Kelvix Pad HD",
            "rule",
            "Kelvix Live",
            "ORGANIZATION",
        ),
        # a listed company's family, a given name's family
        (
            "The Google Quellphone 2 beat what Google Ventures had backed.",
            "Google Quellphone 2",
            "rule",
            "Google Ventures",
            "ORGANIZATION",
        ),
        (
            "The Lincoln Navigator outsold what Lincoln Mercer made.",
            "Lincoln Navigator",
            "rule",
            "Lincoln Mercer",
            "ORGANIZATION",
        ),
        # the model's person: a character or a deal as often as a model
        (
            "The Kelvo Quest 2 box shows Kelvo Zarran on its cover.",
            "Kelvo Quest 2",
            "rule",
            "Kelvo Zarran",
            "PERSON",
        ),
        # a family only the model's own product names
        (
            "He met Ivelka Marsh Pro after Ivelka Marsh arrived.",
            "Ivelka Marsh Pro",
            "ner",
            "Ivelka Marsh",
            "ORGANIZATION",
        ),
    ],
)
def test_other_names_keep_their_reading(
    gazetteer: Gazetteer, text: str, product: str, origin: Origin, other: str, kind: EntityType
) -> None:
    assert _types_after(text, product, origin, [(other, kind)], gazetteer) == [kind]


def test_a_lone_product_names_no_family(gazetteer: Gazetteer) -> None:
    text = "The Tarvel came out before the Tarvel Ardent."
    assert _types_after(text, "Tarvel", "rule", [("Tarvel Ardent", "ORGANIZATION")], gazetteer) == [
        "ORGANIZATION"
    ]
