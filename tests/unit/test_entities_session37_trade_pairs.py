"""Session 37 (issue 11): a firm named for two trades that the model split at its "and"
("Goodyear Tire" + "Rubber Co" in 1980s wire copy) is one organisation; two firms listed stay two."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.cand_joins import join_trade_pairs
from consumer.entities.candidates import Candidate
from consumer.events import TextField
from consumer.quotes import extract_quotes
from tests.unit.entity_texts import entities_of
from tests.unit.test_quotes import _article, _entity


def _cands(text: str, first: str, second: str, first_type: str = "LOCATION") -> list[Candidate]:
    a, b = text.index(first), text.index(second)
    return [
        Candidate("body", a, a + len(first), first_type, "ner"),  # type: ignore[arg-type]
        Candidate("body", b, b + len(second), "ORGANIZATION", "ner"),
    ]


def _joined(text: str, first: str, second: str, first_type: str = "LOCATION") -> list[str]:
    recased: dict[TextField, str] = {"body": text}
    return [text[c.start : c.end] for c in join_trade_pairs(_cands(text, first, second, first_type), recased)]


@pytest.mark.parametrize(
    ("text", "first", "second", "first_type"),
    [
        ("Kelvane Tire and Rubber Co said it would sell a unit.", "Kelvane Tire", "Rubber Co", "LOCATION"),
        ("Orvex Gas and Electric Co raised its rates.", "Orvex Gas", "Electric Co", "ORGANIZATION"),
        ("Tarvia Telephone and Telegraph Corp lost.", "Tarvia Telephone", "Telegraph Corp", "LOCATION"),
        ("Harlow Power and Light Co. cut its dividend.", "Harlow Power", "Light Co.", "ORGANIZATION"),
    ],
)
def test_two_trades_joined_by_and_are_one_firm(text: str, first: str, second: str, first_type: str) -> None:
    assert _joined(text, first, second, first_type) == [f"{first} and {second}"]


@pytest.mark.parametrize(
    ("text", "first", "second", "first_type"),
    [
        # two firms listed: the second opens on a name, not a trade
        ("Kelby Gas and Tarvia Oil Co both bid.", "Kelby Gas", "Tarvia Oil Co", "ORGANIZATION"),
        # a person before "and"
        ("Jo Power and Light Co met.", "Jo Power", "Light Co", "PERSON"),
        # no company's suffix on the second part
        ("Orvex Gas and Electric Workers marched.", "Orvex Gas", "Electric Workers", "ORGANIZATION"),
        # one word before "and": a firm's short name, no trade pair
        ("Gas and Electric Co cut jobs.", "Gas", "Electric Co", "ORGANIZATION"),
        # a comma between the parts: a list
        ("Orvex Gas, and Electric Co cut jobs.", "Orvex Gas", "Electric Co", "ORGANIZATION"),
    ],
)
def test_listed_firms_and_people_stay_apart(text: str, first: str, second: str, first_type: str) -> None:
    assert len(_joined(text, first, second, first_type)) == 2


def test_the_extractor_names_the_firm_whole(extractor: EntityExtractor) -> None:
    body = (
        "AKRON, Ohio, April 13 - Kelvane Tire and Rubber Co said it expects to sell its oil "
        "subsidiary for about two billion dlrs. Kelvane Tire and Rubber Co shares rose."
    )
    names = {e.name for e in entities_of(extractor, body) if e.type == "ORGANIZATION"}
    assert "Kelvane Tire and Rubber Co" in names
    assert "Rubber Co" not in names


@pytest.mark.parametrize(
    "name", ["Kelvane Tire and Rubber Co", "Orvex Gas and Electric Co", "Tarvia Trust and Banking Co Ltd"]
)
def test_a_firm_named_with_and_reports_its_clause(name: str) -> None:
    """The subject of "... and Rubber Co said it ..." is the whole name the entity stage found,
    not the words after its "and" (the reported clause had been dropped with no speaker)."""
    article = _article(f"{name} said it expects to sell its oil unit for about two billion dlrs.")
    quotes = extract_quotes(article, [_entity(article, name, "ORGANIZATION")])
    assert [(q.kind, q.speaker_name) for q in quotes] == [("indirect", name)]


def test_two_firms_joined_by_and_keep_their_old_reading() -> None:
    """Two names the entity stage found apart: the "and" between them still ends the first."""
    article = _article("Kelvane Tire and Orvex Gas Co said they expect to sell their oil units soon.")
    firms = [_entity(article, name, "ORGANIZATION") for name in ("Kelvane Tire", "Orvex Gas Co")]
    assert [q.speaker_name for q in extract_quotes(article, firms)] == ["Orvex Gas Co"]


def test_the_body_told_is_no_speaker() -> None:
    """'X, a dealer, told the Kelby Securities and Exchange Board it ...': the body told is the
    object; the words before the comma are no clause it reported."""
    body = (
        "Tarvo Partners, a risk arbitrage and securities firm, told the Kelby Securities and Exchange "
        "Board it has acquired 288,000 shares of Orvex Corp."
    )
    article = _article(body)
    board = _entity(article, "Kelby Securities and Exchange Board", "ORGANIZATION")
    assert all(q.speaker_name != board.name for q in extract_quotes(article, [board]))
