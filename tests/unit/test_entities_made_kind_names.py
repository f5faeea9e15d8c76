"""Names a lower-case kind of made thing after them types products: "the Kestrix missile",
"the Varnox handset", "the Dorvitex drug", where the model found nothing or a body, a person or a
place no list knows, and the story writes the name before no firm's act. Names made up
for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The navy fired two Kestrix missiles at the target, officials said.", "Kestrix"),
        ("The Pallador rocket lifted off from the coast at dawn on Sunday.", "Pallador"),
        ("Buyers of the Varnox handset complained about its battery on Tuesday.", "Varnox"),
        ("Patients given the Dorvitex drug in a large trial lived no longer, doctors said.", "Dorvitex"),
        ("Doctors hope the Tembrix drug will slow the disease in older patients.", "Tembrix"),
        ("The firm will ship the Tarvik operating system in the spring.", "Tarvik"),
        ("The Velmo chip can run several programs at once. Later the Velmo chip will power TVs.", "Velmo"),
    ],
)
def test_made_kind_names(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a maker the story names alone too, a kind that modifies a noun, a manner's word, a
        # story person's surname, a name in capitals, a people's word the model reads so
        ("Quorvex said profits rose. Users of the Quorvex processor were pleased.", "Quorvex"),
        ("Police broke up the Marlo drug cartel after a long inquiry, officials said.", "Marlo"),
        ("Factories idled during the Quellan chip shortage last year, analysts said.", "Quellan"),
        ("He praised the mobile browser and its speed on Monday.", "Mobile"),
        ("Jo Tarrant built robots. The Tarrant chip was shown in Leeds on Monday.", "Tarrant"),
        ("Doctors said the QRX drug was safe for most adults.", "QRX"),
        ("Moscow will build a new Soviet rocket with help from allies, Soviet officials said.", "Soviet"),
    ],
)
def test_made_kind_names_near_misses(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) != "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Hackers hid a virus inside the harmless-looking Skullo program, experts said.", "Skullo"),
        ("A test version of the Drevvo program will let PC users swap files.", "Drevvo"),
        ("The Kelby Guard program checks every number the computer dials.", "Kelby Guard"),
    ],
)
def test_computer_programs(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a scheme: no word of computing near the program
        ("Farmers joined the Tarvel loan program in large numbers last year.", "Tarvel"),
        ("The Harbor Start program pays for training, officials said.", "Harbor Start"),
    ],
)
def test_programs_with_no_computing_near(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) != "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # session 43: a spacecraft's lander, rover or orbiter; "Blue" opens a name before any
        # kind but a chip ("a blue chip" is a share's kind)
        ('"We are using our Tarvik Moon lander, which is a big one," she said.', "Tarvik Moon"),
        ("The Blue Harbor lander will carry four tonnes to the surface, the firm said.", "Blue Harbor"),
        ("Engineers said the Velmo orbiter has mapped the moon since 2015.", "Velmo"),
    ],
)
def test_spacecraft_kinds(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # session 48 (J): a launcher's or a missile's name and its designation before the kind,
        # a listed place's word in it too ("Delta" is a state the gazetteer holds)
        ("The craft is in effect three Delta 7 rockets strapped together, engineers said.", "Delta 7"),
        ("It lifts twice what the biggest Delta IV rockets can carry, engineers said.", "Delta IV"),
        ("It will not beat the agency's Tarvo V moon rocket, engineers said on Monday.", "Tarvo V"),
        ("Officials said a Kelby March 4C rocket lifted off on Sunday.", "Kelby March 4C"),
    ],
)
def test_designated_rockets(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a mission's number before "moon rocket" names the mission
        ("The crew walked past the old Selene 11 moon rocket on display, guides said.", "Selene 11"),
    ],
)
def test_designated_rockets_near_misses(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) != "PRODUCT"
