"""A network's generation after a model's name is the name's ("the Zelvo Q7 5G", "Nova 8 Pro 5G"),
unless it modifies a noun after it ("the Q7 5G network"). Texts and names written for the test."""

from __future__ import annotations

import pytest

from consumer.entities.rules import products


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in products(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zelvo has launched the Zelvo Q7 5G in Europe.", "Zelvo Q7 5G"),
        ("The new Tarsa Nova 8 Pro 5G goes on sale next week.", "Tarsa Nova 8 Pro 5G"),
        ("Buyers liked the Kelvo X5 4G, a cheaper model.", "Kelvo X5 4G"),
    ],
)
def test_a_network_generation_after_a_model_is_its_name(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Zelvo Q7 5G network launches in May.", "Zelvo Q7"),
        ("Owners of the Tarsa P9 4G phones can upgrade.", "Tarsa P9"),
        ("The Kelvo X5 5G version costs more.", "Kelvo X5"),
        ("The Kelvo X5 5G-ready modem is late.", "Kelvo X5"),
    ],
)
def test_a_generation_that_modifies_a_noun_stays_out(text: str, name: str) -> None:
    assert name in _found(text)
    assert not any(f.endswith("G") and f.startswith(name) for f in _found(text))
