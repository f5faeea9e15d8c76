"""A country's capital named bare is the city, never a first-level division of the same name:
the province around it ("Ankara" is no TR-06), nor another country's state ("Sucre" is no
Venezuelan state). The typed form still names the division; a capital that is a division
itself keeps its code."""

from __future__ import annotations

import pytest

from consumer.entities.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("name", "country"),
    [("Ankara", "TR"), ("Khartoum", "SD"), ("Buenos Aires", "AR"), ("Sucre", "BO"), ("Lusaka", "ZM")],
)
def test_a_capital_named_bare_is_the_city(name: str, country: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.kind == "city" and entry.iso3166 is None and entry.country == country


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Ankara Province", "TR-06"),
        ("Beijing", "CN-BJ"),
        ("Harare", "ZW-HA"),
        ("Hiroshima", "JP-34"),
        ("Quebec", "CA-QC"),
    ],
)
def test_a_typed_division_a_city_division_and_other_namesakes_keep_their_code(name: str, iso: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.iso3166 == iso
