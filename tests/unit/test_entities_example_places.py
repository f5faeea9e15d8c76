"""Places in example lists: the names a plural kind of place lists as examples ("countries such as
Varnovia, Keldra and Ostrania") are places, and so is a name the model missed inside or at the end
of a list of places ("Denver, Tessing and Omaha") or at a route's end ("from Chicago to Brannock").
Sentences and towns made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules import places as place_rules
from consumer.entities.rules.places import example_places
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("The chain has stores in cities including Marlowe, Tessing and Brannock.", ["Marlowe", "Tessing"]),
        ("Provinces like Ardence and Velmar reported floods on Tuesday.", ["Ardence", "Velmar"]),
        ("Exports fell to nations such as Quendor and Vaskaria last year.", ["Quendor", "Vaskaria"]),
        ("The tour visits Denver, Tessing and Omaha this spring.", ["Tessing"]),
        ("The tour visits Denver, Omaha and Tessing.", ["Tessing"]),
        ("Trains from Chicago to Brannock were cancelled.", ["Brannock"]),
        # "the villages of A, B and C": a kind of small place before "of" lists its places
        (
            "Floods cut off the villages of Marabol, Kelongu and Duk Farit on Monday.",
            ["Marabol", "Duk Farit"],
        ),
        ("Aid teams reached the towns of Yual, Tessing and Wook.", ["Yual", "Wook"]),
        ("Troops will be deployed to places such as Kelongu, Duk Farit and Yual.", ["Kelongu", "Duk Farit"]),
    ],
)
def test_listed_places(extractor: EntityExtractor, body: str, places: list[str]) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(p) for p in places] == ["LOCATION"] * len(places)


@pytest.mark.parametrize(
    ("body", "name", "kinds"),
    [
        # a body's head word, a corporate suffix or a person's look keeps the name's type
        ("Firms in states such as Ohio State University grew.", "Ohio State University", ("ORGANIZATION",)),
        (
            "Buyers in cities like Denver and Quill Holdings Inc. paid more.",
            "Quill Holdings Inc.",
            ("ORGANIZATION",),
        ),
        ("Leaders from cities including Marlowe and Jo Roe spoke.", "Jo Roe", ("PERSON",)),
        # no kind of place before the cue
        ("Brands such as Zorvella and Quintaro sold well.", "Zorvella", ("ORGANIZATION", "PRODUCT", None)),
        ("He moved from Texas to Jo Roe's ranch.", "Jo Roe", ("PERSON",)),
        # a list that was already closed, or a name a verb follows
        ("He visited Ohio and Texas, and Jo Roe met him.", "Jo Roe", ("PERSON",)),
    ],
)
def test_no_place_without_the_cue_or_with_a_name_of_its_own(
    extractor: EntityExtractor, body: str, name: str, kinds: tuple[str | None, ...]
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) in kinds


def test_known_pairs_stay_whole_and_a_full_stop_is_cut() -> None:
    text = "Aid went to countries such as Trinidad and Tobago and Keldra."
    spans = [text[s:e] for s, e in example_places(text, lambda name: name == "Trinidad and Tobago")]
    assert spans == ["Trinidad and Tobago", "Keldra"]


def test_an_abbreviation_keeps_its_dot() -> None:
    text = "Sales rose in states like Ida. and Va. this year, and in cities like Marlowe and Tessing."
    spans = [text[s:e] for s, e in example_places(text)]
    assert spans == ["Ida.", "Va.", "Marlowe", "Tessing"]


@pytest.mark.parametrize(
    "text",
    [
        "The villages of the region were flooded.",  # no name
        "Mayors of the cities of Marlowe joined.",  # one name: maybe a county's or a company's
        "The districts of Quill Holdings and partners grew.",  # one name, then lower-case words
    ],
)
def test_a_kind_of_place_before_of_needs_a_list_of_names(text: str) -> None:
    assert list(example_places(text)) == []


def test_a_list_running_into_a_name_yields_nothing_past_it() -> None:
    text = "Mayors from cities including New York Mayor Jo Roe spoke."
    assert list(example_places(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Countries such as Vardia, cities, like Osterby; the countries,  including Tarn and Mell.",
        "Regions notably Tova. xcountries like Ard, -cities like Bree, countriescountries like Cole",
        "cities  such  as  Dunmore, counties, especially Essa\nand islands including Fenn",
        "Cities like",
        "",
    ],
)
def test_example_cues_are_the_whole_scan_s(text: str) -> None:
    """Cues tried only where a kind word stands are those a scan of the whole text finds."""
    expected = [(m.span(), m.group(0)) for m in place_rules._EXAMPLE_CUE.finditer(text)]
    assert [(m.span(), m.group(0)) for m in place_rules._example_cues(text)] == expected
