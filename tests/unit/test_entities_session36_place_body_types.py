"""Session 36 (issue 11): places and bodies read the wrong way round.

A bloc of countries by its letters is a body ("the QUORV countries"), a venue by its head word
after a place's words is a place ("at the Dorian Vell Theatre", "in Marlo Park"), and a place's
name with a plural verb in a story about sport is its side ("Kelby were held 1-1").
All names and sentences are made up.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.retype.apply import retype
from consumer.entities.team_cues import team_cue
from tests.unit.entity_texts import entities_of, types_of


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _retyped(text: str, name: str, kind: str, gazetteer: Gazetteer) -> str:
    start = text.index(name)
    cand = Candidate("body", start, start + len(name), kind, "ner")  # type: ignore[arg-type]
    retype([cand], {"body": text}, gazetteer)
    return cand.type


# --- blocs of countries ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders met at the 12th QUORV summit in Lima on Tuesday.", "QUORV"),
        ("The KAVUR countries agreed to cut tariffs.", "KAVUR"),
        ("Trade among TELMA member states rose last year.", "TELMA"),
        ("Brisova is one of the members of the ZORVA bloc.", "ZORVA"),
        ("G9 finance ministers met in Paris.", "G9"),
        ("Officials from the DARVEN nations met in Oslo.", "DARVEN"),
    ],
)
def test_a_bloc_of_countries_by_its_letters_is_a_body(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert _retyped(text, name, "LOCATION", gazetteer) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("QUORV leaders met in Lima on Tuesday.", "QUORV"),  # a country's letters take leaders too
        ("Flights to KAVUR resumed on Monday.", "KAVUR"),  # no cue
        ("The Kavur countries agreed to cut tariffs.", "Kavur"),  # no capitals alone
        ("The QU countries met.", "QU"),  # two letters
    ],
)
def test_letters_without_a_blocs_cue_stay_a_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert _retyped(text, name, "LOCATION", gazetteer) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ministers said the G-9 meeting would go ahead.", "G-9", "PERSON"),
        ("The G-11 countries agreed on ranges for their currencies.", "G-11", "PERSON"),
        ("Officials said G9 finance ministers had agreed.", "G9", "PRODUCT"),
        ("Norway is one of the members of the G-13 now.", "G-13", "PERSON"),
    ],
)
def test_a_numbered_group_by_its_doings_is_a_body(
    gazetteer: Gazetteer, text: str, name: str, kind: str
) -> None:
    assert _retyped(text, name, kind, gazetteer) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Inside the box there is a G9 processor and a drive.", "G9"),  # a chip's code
        ("Sterling would suffer if G-6 collapses, he said.", "G-6"),  # no cue
    ],
)
def test_a_model_code_is_no_group(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert _retyped(text, name, "PERSON", gazetteer) != "ORGANIZATION"


# --- bodies named by their place ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He owns the Lisbon Comets team and a stadium.", "Lisbon Comets"),
        ("Elections to the Lisbon Assembly are due in May.", "Lisbon Assembly"),
        ("She plays with the Oslo Philharmonic this season.", "Oslo Philharmonic"),
        ("He studied at the Oslo Conservatory for years.", "Oslo Conservatory"),
        ("The coach said the striker scored. Lisbon City v Oslo Rovers was the league match.", "Lisbon City"),
    ],
)
def test_a_body_named_by_its_place_is_no_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert _retyped(text, name, "LOCATION", gazetteer) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Snow fell on the Lisbon Heights overnight.", "Lisbon Heights"),  # a land form
        ("Traffic in Lisbon City centre was heavy after the match.", "Lisbon City"),  # the town's centre
        ("Lisbon City is a lovely place to visit.", "Lisbon City"),  # no sport
        ("The Lisbon Nights creator won a prize for the show.", "Lisbon Nights"),  # a show, no sport
        (
            "After the league match the squad stayed in Lisbon City, MD.",
            "Lisbon City",
        ),  # a town
        ("Quellmar Assembly rules were read out.", "Quellmar Assembly"),  # no known place
        ("He conducted Norma at the Oslo State Opera.", "Oslo State Opera"),  # the house
    ],
)
def test_a_place_named_otherwise_stays_a_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert _retyped(text, name, "LOCATION", gazetteer) == "LOCATION"


# --- venues ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The play opens at the Dorian Vell Theatre in May.", "Dorian Vell Theatre", "PERSON"),
        ("Crowds gathered in Marlo Park on Sunday.", "Marlo Park", "PERSON"),
        ("They walked in Grace Gardens at dawn.", "Grace Gardens", "PERSON"),
        ("The band played at Oslo's Quorn Playhouse on Monday.", "Quorn Playhouse", "ORGANIZATION"),
        ("Previews begin at Lisbon's Ada Marrow Theatre on Friday.", "Ada Marrow Theatre", "ORGANIZATION"),
    ],
)
def test_a_venue_by_its_head_after_a_place_word_is_a_place(
    gazetteer: Gazetteer, text: str, name: str, kind: str
) -> None:
    assert _retyped(text, name, kind, gazetteer) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("He was angry at Grace Park on Monday.", "Grace Park", "PERSON"),  # "at" and a surname
        ("Grace Park said the film was her best.", "Grace Park", "PERSON"),  # no place word
        ("A role in Grace Park's new film.", "Grace Park", "PERSON"),  # an owner
        ("The Dorian Vell Theatre said it would close.", "Dorian Vell Theatre", "PERSON"),  # speaks
        ("He had a part in the Kelby Theatre production.", "Kelby Theatre", "ORGANIZATION"),  # the company
        ("He works at Harvard's Belfer Center.", "Belfer Center", "ORGANIZATION"),  # a centre
    ],
)
def test_no_venue_without_its_place_words(gazetteer: Gazetteer, text: str, name: str, kind: str) -> None:
    assert _retyped(text, name, kind, gazetteer) == kind


def test_a_venue_in_a_story_is_a_place(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The concert at the Alex Theater was sold out."))
    assert types.get("Alex Theater") == "LOCATION"


# --- sides with a plural verb ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Kelby were held 1-1 by the visitors.", "Kelby", True),
        ("After the break Tarvia are favourites again.", "Tarvia", True),
        ("Marlow have struggled all season.", "Marlow", True),
        ("Tarvia and Keldra are level on points.", "Keldra", False),  # a pair
        ("Fans of the Tarvia are loud.", "Tarvia", False),  # after "the"
        ("Kelby were in Marlow last week.", "Kelby", False),  # a place visited
        ("Kelby is a lovely town by the sea.", "Kelby", False),  # a singular verb
        ("Derby matches in Tarvia are worse.", "Tarvia", False),  # no subject
    ],
)
def test_a_place_with_a_plural_verb_is_its_side(text: str, name: str, side: bool) -> None:
    start = text.index(name)
    assert team_cue(text, start, start + len(name)) is side


# --- a country in a firm's apposition ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Canada, a key nickel producer, also voiced doubts on Monday.", "Canada", "LOCATION"),
        ("Peru, the region's second biggest copper exporter, froze sales.", "Peru", "LOCATION"),
        ("Ohio, a big soybean producer, said output fell.", "Ohio", "LOCATION"),
        ("Quillon, a robot maker based in Oslo, raised funds.", "Quillon", "ORGANIZATION"),  # a firm
        ("Halifax, the mortgage lender, raised its rates.", "Halifax", "ORGANIZATION"),  # a town's name
    ],
)
def test_a_country_in_a_firms_apposition_stays_the_place(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind
