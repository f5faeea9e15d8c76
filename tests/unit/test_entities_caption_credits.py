"""A news agency's credit closing a gallery's caption ("... said union leader Ana Kessel AFP" and
a paragraph's end) is no word of the name the model runs it into."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.cuts import cut_model_name
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


# Session 48 (A): a gallery's credit before the next caption (the agency glued after a colon, or
# the gallery's counter), a credit in capitals, a photo library's and a photo desk's credit, and a
# gallery's "Buy Photo" button, at either end of the name the model runs them into.
@pytest.mark.parametrize(
    ("body", "name", "run_on"),
    [
        (
            "The singer Dana Quell waved to the crowd outside the Harlow Arena AP:Associated Press 4 "
            "The crowd cheered.",
            "Harlow Arena",
            "Harlow Arena AP",
        ),
        (
            "The driver celebrates his win in the rain at Kelbourne Getty Images 6 Dorian Vell was "
            "towed away after his crash AP:Associated Press 7 The stewards met.",
            "Kelbourne",
            "Kelbourne Getty Images",
        ),
        (
            "The Comets beat the Rovers 3-1 in the final game of the season. The winning goal came "
            "late in Lisbon Getty Images 6 Fans cheered the players at the end of the season.",
            "Lisbon",
            "Lisbon Getty Images",
        ),
        (
            "Voters queued in the cold. GETTY Quellby has pledged to scrap the tax after he takes "
            "office. Mr Quellby flew in on Tuesday.",
            "Quellby",
            "GETTY Quellby",
        ),
        (
            "The crowd cheered as the final out was made. USA TODAY Sports Kelby Comets catcher Jo "
            "Roe is carried off the field.",
            "Kelby Comets",
            "USA TODAY Sports Kelby Comets",
        ),
    ],
)
def test_a_gallery_credit_run_into_a_name_is_cut_off(
    extractor: EntityExtractor, body: str, name: str, run_on: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert name in types, types
    assert run_on not in types, types


def test_a_galleries_buy_photo_button_is_cut_off_the_name() -> None:
    text = "Jo Roe/The Kelby Post Buy Photo Wait 1 second to continue."
    start = text.index("Kelby")
    cand = Candidate(field="body", start=start, end=text.index(" Wait"), type="ORGANIZATION", origin="ner")
    cut_model_name(text, cand, load_gazetteer())
    assert text[cand.start : cand.end] == "Kelby Post"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The museum was founded by J. Paul Getty", "J. Paul Getty"),  # the bare name, no capitals
        ("The story was first reported by the XINHUA News Agency on Monday, officials said.", "Xinhua"),
    ],
)
def test_names_that_end_or_open_on_a_credits_word_keep_it(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert name in types_of(entities_of(extractor, body))
