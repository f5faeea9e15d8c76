"""A news agency's credit closing a gallery's caption ("... said union leader Ana Kessel AFP" and
a paragraph's end) is no word of the name the model runs it into."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "- 23/50 Art sales soar. The top lots included a print from the Estate of Dale Orwin AP\n\n"
            "- 24/50 Brewers hit. The brewer said sales fell.",
            "Estate of Dale Orwin",
            "ORGANIZATION",
        ),
        (
            "- 5/50 Record fee. The club paid the fee to sign Marco Teller Reuters\n\n"
            "- 6/50 Shops close. The number of shops fell.",
            "Marco Teller",
            "PERSON",
        ),
        (
            "- 7/50 Strike ends. Workers at the port returned on Monday, said union leader Ana Kessel AFP"
            "\n\n- 8/50 Prices rise. Prices rose.",
            "Ana Kessel",
            "PERSON",
        ),
    ],
)
def test_an_agency_credit_at_a_captions_end_is_cut_off_the_name(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types
    assert not any(other.startswith(name + " ") for other in types), types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # no paragraph's end after the agency, or no agency at the name's end
        ("Union leader Ana Kessel told Reuters on Monday that the strike was over.", "Ana Kessel"),
        ("The prize went to the painter Dale Orwin\n\nThe gallery said sales rose.", "Dale Orwin"),
    ],
)
def test_names_with_no_credit_after_them_keep_their_reading(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PERSON"
