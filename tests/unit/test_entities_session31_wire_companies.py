"""Session 31: the company names of 1980s wire copy. A wire (Reuters) sets a company with no
ticker of its own in angle brackets, "<Harbor Mills Pty Ltd>": the whole name, without the
brackets; a ticker in them ("<TRVX>") names nothing. A partnership's "and Co" ends one firm's
name, "Quillan Webb and Co Inc", and the old styling with a comma too, "Tarvo, Webb and Co".
Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The group sold its <Kelvar Petroleum Pty Ltd> unit for 40 mln dlrs.", "Kelvar Petroleum Pty Ltd"),
        ("It agreed to buy <Harlow Mills Corp> of Japan for cash, the company said.", "Harlow Mills Corp"),
        ("Melbourne broker <J.R. Quillan and Co Ltd> said the offer was fair.", "J.R. Quillan and Co Ltd"),
        ("The stake is held by <Groupe Tarvel Dumont>, a private holding company.", "Groupe Tarvel Dumont"),
    ],
)
def test_bracketed_company_is_one_name(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert not any("<" in n or ">" in n for n in types), types


@pytest.mark.parametrize(
    ("body", "ticker"),
    [
        ("Tarvex Corp <TRVX> said on Monday that its net profit rose.", "TRVX"),
        ("Shares of Quorvel Inc <QRVL.N> fell two dlrs in early trading.", "QRVL.N"),
    ],
)
def test_bracketed_ticker_is_no_name(extractor: EntityExtractor, body: str, ticker: str) -> None:
    names = {n.lower() for n in types_of(entities_of(extractor, body))}
    assert ticker.lower() not in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Its adviser, Tarvo, Webb and Co, will explore other offers.", "Tarvo, Webb and Co"),
        ("Analysts at Quillan Marsh and Co Inc said demand was weak.", "Quillan Marsh and Co Inc"),
        ("The bid was made through J.P. Kessler and Co Inc, the bank said.", "J.P. Kessler and Co Inc"),
        ("Brokers at Dunmore Hale and Co. said prices would rise.", "Dunmore Hale and Co."),
        ("Analysts at Harlan Voss, Peller Dorne and Co said so.", "Harlan Voss, Peller Dorne and Co"),
    ],
)
def test_partnership_and_co_is_one_firm(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a person and "of" before the firm are no part of its name
        ("said analyst Dana Morlow of Tarvo Webb and Co. in New York.", "Dana Morlow of Tarvo Webb and Co."),
        # a lower-case "co" is no suffix
        ("Ford, Toyota and co. are racing to cut costs.", "Ford, Toyota and co."),
    ],
)
def test_near_misses_keep_their_reading(extractor: EntityExtractor, body: str, absent: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert absent not in types, types


def test_ticker_after_name_is_cut_off(extractor: EntityExtractor) -> None:
    names = types_of(entities_of(extractor, "Shares of Harbor Telegraph Co <HTC.N> rose two dlrs on Monday."))
    assert not any("<" in n or ">" in n for n in names), names
