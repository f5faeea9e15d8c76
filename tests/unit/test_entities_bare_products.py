"""A model product of one ordinary English word that no cue in the text calls a product (a
plural opening a quoted sentence, a word of a verse, a menu's item, a kin word in a title-case
headline, a people's noun after "The", a planet) is no entity; a product's kind before or after
it, or a list's earlier item before it, keeps it. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities.bare_products import bare_word_product
from consumer.entities.candidates import Candidate, Origin
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.records import CandidateGroup
from consumer.events import TextField


def _dropped(body: str, name: str, origin: Origin = "ner") -> bool:
    at = body.index(name)
    group = CandidateGroup("PRODUCT", [Candidate("body", at, at + len(name), "PRODUCT", origin)], None, name)
    recased: dict[TextField, str] = {"body": body}
    return bare_word_product(group, recased, load_gazetteer())


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('The director shrugged.\n\n"Lanterns are cheap on that set," he said.', "Lanterns"),
        ("snow falling on a quiet lane, Sleds and ponies drifting, too.", "Sleds"),
        ("Home | Weather | My Profile | Text Reminders | Shop | Site map", "Reminders"),
        ("- Mayor wants the city to 'Expel the Senator's Nephew, Jo' now", "Nephew"),
        ("The side won 4-0 in Harlow. The Norseman fielded a new side in each half.", "Norseman"),
        ("Chaos showed up in the rings of Neptune and in blooms of algae.", "Neptune"),
    ],
)
def test_an_ordinary_word_with_no_product_cue_is_dropped(body: str, name: str) -> None:
    assert _dropped(body, name)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a kind of made thing or file after it, or before it
        ("The clerk sent the figures to the agency in a Ledger file on Monday.", "Ledger"),
        ("The rover Patience has found traces of an old lake.", "Patience"),
        ("Drivers swear by the Beacon app for traffic.", "Beacon"),
        ("The firm bid its Skylark reusable launch vehicle for the job.", "Skylark"),
        # named among others of its kind
        ("Maps from Tarvolo, Quenby, and Compass all showed the jam.", "Compass"),
        # no dictionary word
        ("Zorvexa are cheap on that set.", "Zorvexa"),
        # a name a list holds
        ('"Apple is cheap on that set," he said.', "Apple"),
    ],
)
def test_a_product_cue_or_a_coined_name_keeps_the_product(body: str, name: str) -> None:
    assert not _dropped(body, name)


def test_a_rule_or_a_list_behind_it_keeps_the_product() -> None:
    assert not _dropped('"Lanterns are cheap on that set," he said.', "Lanterns", origin="rule")
