"""A company named by its apposition ("Zorvex, a startup that ...") is named on the line of the
apposition: a time stamp, a heading or a section label on the line before is no part of it."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("July 24, 2012 7:00 AM PDT\n\nZorvex, a startup that makes drones, raised money.", ["Zorvex"]),
        ("Company News\nQuillon Labs, a robot maker based in Harlow, said it would hire.", ["Quillon Labs"]),
        ("Market Wrap\n\nHarlow Freight, a logistics company, fell 3 percent.", ["Harlow Freight"]),
        # one line: the name keeps all its words, "of" and "for" too
        ("Funds went to the Trust for Open Harbors, a charity in Kelby.", ["Trust for Open Harbors"]),
        ("Analysts at Orvo Marine Systems, a boat maker, said so.", ["Orvo Marine Systems"]),
    ],
)
def test_an_apposition_names_the_company_on_its_own_line(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.appositive_orgs(text)] == names


@pytest.mark.parametrize(
    ("body", "name", "heading"),
    [
        (
            "July 24, 2012 7:00 AM PDT\n\nZorvex, a startup that makes delivery drones, raised 12 million "
            "dollars on Tuesday.",
            "Zorvex",
            "PDT",
        ),
        (
            "Company News\n\nQuillon Labs, a robot maker based in Harlow, said it would hire 200 workers.",
            "Quillon Labs",
            "News",
        ),
        (
            "Updated Daily\n\nKelvar Hub, a software firm in Marlow, said its sales rose.",
            "Kelvar Hub",
            "Daily",
        ),
    ],
)
def test_a_heading_before_an_apposition_is_no_part_of_the_company(
    extractor: EntityExtractor, body: str, name: str, heading: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert not any(heading in other and name in other for other in types), types
