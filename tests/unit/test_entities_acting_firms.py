"""A product's reading that acts as a firm does ("... said", "a ... spokeswoman", "...'s chief
executive") is the firm, on that mention (``retype.acting_firms``); a made thing's mention, a model
with a number and a voice assistant's given name stay products. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.acting_firms import acting_firm
from tests.unit.entity_texts import entities_of, rule_asks, types_of


def _asks(text: str, name: str, kind: str = "PRODUCT") -> bool:
    return rule_asks(acting_firm, text, name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelvix said it had sporadic reports of the flaw.", "Kelvix"),
        ("A Kelvix spokeswoman declined to comment.", "Kelvix"),
        ("Tarvo Browser's chief executive resigned on Monday.", "Tarvo Browser"),
        ("Marlow Index reported earnings of 30 mln dlrs.", "Marlow Index"),
        ("Kelvix shares fell 4% in early trade.", "Kelvix"),
    ],
)
def test_a_product_reading_that_acts_is_the_firm(text: str, name: str) -> None:
    assert _asks(text, name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Kelvix runs on most phones.", "Kelvix", "PRODUCT"),  # a made thing's use
        ("The Vela 5 said nothing new.", "Vela 5", "PRODUCT"),  # a model with a number
        ("Clara said it would rain today.", "Clara", "PRODUCT"),  # a given name: an assistant speaks
        ("Kelvix said it would appeal.", "Kelvix", "ORGANIZATION"),  # no product's reading
        ("The Kelvix software update said little.", "Kelvix", "PRODUCT"),  # a noun after the name
        ("Fans of Kelvix said so.", "Kelvix", "PRODUCT"),  # a preposition's object says nothing
    ],
)
def test_no_firm_for_a_made_things_mention(text: str, name: str, kind: str) -> None:
    assert not _asks(text, name, kind)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Ubuntu said on Monday it had hired 40 engineers.", "Ubuntu", "ORGANIZATION"),
        ("An Amiga spokesman said the firm would appeal.", "Amiga", "ORGANIZATION"),
        ("Ubuntu runs on most servers, the survey said.", "Ubuntu", "PRODUCT"),
    ],
)
def test_the_extractor_reads_the_firm_where_it_acts(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types
