""" "It" / "Its" opening a sentence stands for the place, event, work or firm the sentence before
opened with (its subject), also for a firm's counts of things; never an expletive "it", a
reported or compared quantity, a count a preposition governs, or an opener that is no lone
subject."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Norland": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "city"),
    "Harlow Marathon": ("EVENT", None),
    "Night Harbor": ("MISC", None),
    "Vantor Air": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Institute": ("ORGANIZATION", None),
    "Tarvia": ("LOCATION", "country"),
}


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a country opening the sentence before: its spending
        (
            "Norland subsidises fuel imports to keep pump prices down. "
            "It spent 5 billion crowns on the subsidies last year.",
            "5 billion crowns",
            "Norland",
        ),
        # an event: the runners it drew
        (
            "The Harlow Marathon is run through the old town every April. It drew 30,000 runners last year.",
            "30,000 runners",
            "Harlow Marathon",
        ),
        # a firm: a count of things it has (the company rules read only sums, shares and head counts)
        (
            "Vantor Air ordered new jets from a European maker on Monday. "
            "It also plans to lease 20 more aircraft.",
            "20 more aircraft",
            "Vantor Air",
        ),
        # "is a ..." says what the name itself is, no new thing "it" may be
        (
            "Kessel is a port city on the north coast. It has 400,000 residents.",
            "400,000 residents",
            "Kessel",
        ),
        # an event's own measure
        (
            "The Harlow Marathon is run through the old town every April. It covers 42 km.",
            "42 km",
            "Harlow Marathon",
        ),
        # a work: what it took
        (
            "Night Harbor opened in cinemas across the country on Friday. "
            "It earned 12 million dollars in three days.",
            "12 million dollars",
            "Night Harbor",
        ),
        # the last sentence of the paragraph before, a time phrase opening it
        (
            "In 2019, Kessel relied on copper for most of its income.\n\n"
            "It has projected its deficit will widen to 4 billion dollars this year.",
            "4 billion dollars",
            "Kessel",
        ),
        # a report of its own in the sentence before
        (
            "Vantor Group said it expects lower losses in Europe. "
            "It is cutting 1,200 jobs across the region.",
            "1,200 jobs",
            "Vantor Group",
        ),
    ],
)
def test_it_opening_a_sentence_is_the_subject_the_sentence_before_opened_with(
    text: str, figure: str, owner: str
) -> None:
    assert focus_rows("Weekly notes", text, _NAMES)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an expletive "it": "be", a modal and "take"
        ("Norland raised fuel duty in May. It is expected that 300 stations will close.", "300 stations"),
        ("Vantor Group will scan the archive. It will take six years to finish the work.", "six years"),
        ("Kessel opened a new port. It is 25 years since the old one closed.", "25 years"),
        ("Night Harbor opened on Friday. It took 12 hours to sell 3,000 tickets.", "3,000 tickets"),
        # a reported or forecast quantity of something else
        ("Harlow Institute called for more research. It said 40 wells would close.", "40 wells"),
        # a comparison names a yardstick
        (
            "Kessel opened its observatory in May. "
            "Its reach is equivalent to that of a dish with a diameter of 66 meters.",
            "66 meters",
        ),
        # a count a preposition governs says among what, also a firm's
        (
            "Vantor Air ordered new jets on Monday. It also has options on 20 more aircraft.",
            "20 more aircraft",
        ),
        (
            "The Harlow Marathon raises money every spring. It gives grants to more than 300 schools.",
            "300 schools",
        ),
        # the opening name is no lone subject: a list, a modifier of a noun, a possessor
        ("Norland and Tarvia signed a pact. It covers 40 products.", "40 products"),
        ("Norland industrial output slowed in May. It covers 40 products.", "40 products"),
        ("Night Harbor's sequel opened on Friday. It drew 30,000 viewers.", "30,000 viewers"),
        # the name does not open the sentence before
        ("Officials in Norland cut fuel subsidies in May. It spent 5 billion crowns.", "5 billion crowns"),
        # a quotation, and "it" inside its sentence
        ('The Harlow Marathon is run every April. "It drew 30,000 runners," Lee said.', "30,000 runners"),
        ("The Harlow Marathon is run every April, and so it drew 30,000 runners.", "30,000 runners"),
        # a thing the place or firm has: what it consists of, measures or lasts
        ("Norland finished the observatory last year. It consists of four dishes.", "four dishes"),
        ("Norland launched the weather satellite in 2004. It weighs 300 kg.", "300 kg"),
        ("Kessel hosted the trade talks in May. It lasted 12 days.", "12 days"),
        # the sentence before brings in a new thing "it" may be
        ("Norland bought a new ferry. It carries 400 passengers.", "400 passengers"),
        ("Vantor Air leased an airliner for the summer. It has 180 seats.", "180 seats"),
        # two sentences back
        ("Norland cut subsidies. Pump prices rose. It spent 5 billion crowns.", "5 billion crowns"),
    ],
)
def test_it_goes_on_with_no_opener(text: str, figure: str) -> None:
    assert focus_rows("Weekly notes", text, _NAMES)[figure] is None
