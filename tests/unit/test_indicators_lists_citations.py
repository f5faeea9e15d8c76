"""Numbers that number a list run into a sentence, cite a journal's volume and pages, or dial a
phone count nothing (the conventions exclude list markers, identifiers and phone numbers). Every
text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    "text",
    [
        "The best ways to cook them are: 1) Poached, 2) Fried, 3) Baked.",
        "Pack these; 1) a torch, 2) a map and 3) water.",
        "Readers chose the winners, 1) the harbour walk and 2) the old mill.",
    ],
)
def test_markers_of_a_list_run_into_a_sentence_are_no_figures(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lee A, Roe B. Sleep and memory. J Sleep Res. 2011;42(7):311-29.",
        "See Harlow Med Rev 61(2):104-12.",
        "Roe B. Tides. Mar Lett 512:77-95.",
        "Ann Roe. Salt in rivers. Harlow J Chem. 1998;12:201-14.",
        # after a year one page or an article code is enough; a record number after its label and
        # a DOI are identifiers
        "Harlow Med J. 2015;351:h4120.",
        "Tide Res. 2017;8:e02231. [PMID: 31234567]",
        "Sea Lett. 2012;4:55-61. doi:10.5555/sealett.2012.4.55",
    ],
)
def test_a_journal_citation_s_volume_issue_and_pages_are_no_figures(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after a closing parenthesis it opened, a clock time, a score, a verse
        ("The fund (and its 2 partners) hired 14 people.", [(2.0, "partner"), (14.0, "people")]),
        ("The session ran from 10:30 and 12 people came.", [(12.0, "people")]),
        ("They won 3:1 and 40 fans cheered.", [(40.0, "people")]),
        ("Sales rose 12% and 300 units shipped.", [(12.0, "percent"), (300.0, "unit")]),
    ],
)
def test_counts_beside_such_shapes_stay(text: str, expected: list[tuple[float, str]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Worried passengers should call 08000 614220 tonight.",
        "Text 07700 412398 to enter.",
        "Bookings by phone: 331-4812-90371.",
    ],
)
def test_dialling_shapes_with_a_trunk_zero_or_three_long_groups_are_no_figures(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 4-3-3 formation let 11 players press.", [(11.0, "people")]),
        ("Sales were 0.5 percent higher and 300 units shipped.", [(0.5, "percent"), (300.0, "unit")]),
        ("In 2014-12-28 filings, 40 firms reported.", [(40.0, "company")]),
    ],
)
def test_hyphened_shapes_that_are_no_phone_keep_their_counts(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It helps in tide studies,[3] harbour work[4] and shipping.[12]",
        "Harlow Press. ISBN 978-1-4028-9462-6.",
        "J Tides. ISSN 2049-3630.",
        "Show all 50",
        "View all 12",
    ],
)
def test_footnote_markers_identifier_groups_and_page_buttons_are_no_figures(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("View all 12 photos of the 40 guests.", [(12.0, "photo"), (40.0, "people")]),
        ("Officers saw all 12 suspects flee.", [(12.0, "people")]),
        ("The list [3] names 4 items.", [(4.0, "item")]),
    ],
)
def test_counts_near_such_furniture_stay(text: str, expected: list[tuple[float, str]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It shipped in the recent 3.9 release.",
        "Fixes land on the 22.04 branch first.",
        "The 4.2.1 update is out.",
    ],
)
def test_a_software_version_before_what_it_names_is_no_figure(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1.5 million release of prisoners began.", [(1_500_000.0, None)]),
        ("A 2.5 percent update to pay was agreed.", [(2.5, "percent")]),
    ],
)
def test_an_amount_before_such_a_word_stays(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected
