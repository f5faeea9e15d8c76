"""Desktop software, browsers and old handhelds the gazetteer lists as products (session 44): the
model reads them as bodies ("PowerPoint"), places ("Google Street View") or people, or misses
them. A bare common word of such a family ("Word", "Office", "Excel" as a verb) and the makers
stay what they were. Sentences (and the made-up names in them) written for the test; the real
names are the list's entries."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


def _mention_types(extractor: EntityExtractor, body: str) -> dict[str, str]:
    """Each mention's text and its entity's type."""
    return {m.text: e.type for e in entities_of(extractor, body) for m in e.mentions}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Jo Roe showed the Tarvo board a PowerPoint packed with charts on Monday.", "PowerPoint"),
        ("Quill Harwick built the budget in Microsoft Excel, his office in Marlow said.", "Microsoft Excel"),
        ("Small shops in Kelby spend $300 a month on AdWords, Jo Roe said.", "AdWords"),
        ("Drivers checked Google Street View before the trip to Marlow, Jo Roe said.", "Google Street View"),
        ("Ada Quill kept her notes on a PalmPilot in 1999, she said.", "PalmPilot"),
        ("The old Tarvo site only loads in Internet Explorer, Jo Roe said.", "Internet Explorer"),
    ],
)
def test_listed_software_and_handhelds_are_products(extractor: EntityExtractor, body: str, name: str) -> None:
    types = _mention_types(extractor, body)
    assert types.get(name) == "PRODUCT", types


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Excel at the basics first, Jo Roe told the students in Marlow.", "Excel"),
        ("Word spread quickly in Kelby that the mill would close, Jo Roe said.", "Word"),
        ("Mac Dorne, 41, runs the bakery in Marlow, his sister said.", "Mac"),
    ],
)
def test_a_bare_common_word_or_given_name_is_no_product(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    types = _mention_types(extractor, body)
    assert types.get(word) != "PRODUCT", types


def test_the_maker_keeps_its_type(extractor: EntityExtractor) -> None:
    body = "Microsoft said on Monday that it hired 400 engineers in Marlow."
    types = types_of(entities_of(extractor, body))
    assert types.get("Microsoft") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Jo Roe synced her phone with iTunes on Monday and lost 40 songs, she said in Marlow.", "iTunes"),
        ("Ada Quill said someone tried to get into her Gmail account from Kelby on Friday.", "Gmail"),
        ("Jo Roe returned his Galaxy Tab to the Tarvo shop in Marlow after a week.", "Galaxy Tab"),
        ("A court in Kelby banned the Galaxy Note in three more shops, Jo Roe said.", "Galaxy Note"),
    ],
)
def test_media_mail_and_tablet_families_are_products(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    """Session 47 (J): the model read these as nothing or a person ("his Galaxy Tab")."""
    types = _mention_types(extractor, body)
    assert types.get(name) == "PRODUCT", types


def test_a_football_club_named_galaxy_is_no_tablet(extractor: EntityExtractor) -> None:
    body = "The LA Galaxy beat Kelby United 2-1 in Marlow on Saturday, Jo Roe said."
    types = _mention_types(extractor, body)
    assert "PRODUCT" not in types.values(), types


@pytest.mark.parametrize(
    ("body", "mention", "name"),
    [
        ("Jo Roe said the nurses in Marlow tap their iPhones 200 times a shift.", "iPhones", "iPhone"),
        (
            "The Tarvo carrier will sell the new Windows Phones in Kelby, Jo Roe said.",
            "Windows Phones",
            "Windows Phone",
        ),
        ("Ada Quill said the school in Marlow bought 30 Kindles last year.", "Kindles", "Kindle"),
    ],
)
def test_a_listed_products_plural_is_the_product(
    extractor: EntityExtractor, body: str, mention: str, name: str
) -> None:
    """Session 47 (J): the model read a listed product's plural as nothing or a people."""
    by_mention = {m.text: e for e in entities_of(extractor, body) for m in e.mentions}
    assert mention in by_mention, by_mention
    assert (by_mention[mention].type, by_mention[mention].name) == ("PRODUCT", name)


def test_a_plural_and_its_singular_are_one_product(extractor: EntityExtractor) -> None:
    body = "Jo Roe sold his iPad in Marlow. Older iPads sell for $90, he said."
    products = [e for e in entities_of(extractor, body) if e.type == "PRODUCT"]
    assert [(e.name, sorted(m.text for m in e.mentions)) for e in products] == [("iPad", ["iPad", "iPads"])]


def test_a_plural_key_never_takes_another_entrys_key() -> None:
    from consumer.entities.gazetteer.entries import GazEntry, add_entry
    from consumer.entities.gazetteer.lists import _add_product_plurals

    table: dict[str, GazEntry] = {}
    firm = GazEntry(name="Zorbs", type="ORGANIZATION", rank=95)
    add_entry(table, "Zorbs", firm)
    for form in ("Zorb", "Quellbox", "Tarvo 9"):
        add_entry(table, form, GazEntry(name=form, type="PRODUCT", rank=95))
    _add_product_plurals(table, ["Zorb", "Quellbox", "Tarvo 9"])
    assert table["zorbs"] is firm
    assert "quellboxs" not in table
    assert table["tarvo 9s"].name == "Tarvo 9"
