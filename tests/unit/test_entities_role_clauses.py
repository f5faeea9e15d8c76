"""A person's role in apposition ends before a relative clause, and names an organisation only
when a capitalised name or a lower-case body with its own head word follows "of", "at" or "for"
(session 47). An apposition opening on "who" or "and" is no role."""

from __future__ import annotations

import pytest

from consumer.entities.attributes import person_role


def _role(text: str, name: str) -> tuple[str, str | None] | None:
    start = text.index(name)
    found = person_role(text, start, start + len(name))
    return None if found is None else (found[0], found[1])


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        (
            "Dr Tarvo Quell, a professor of surgery who leads the Kelby Clinic, said it worked.",
            "Tarvo Quell",
            "a professor of surgery",
            None,
        ),
        (
            "Ana Velde, the campaign manager who helped him win the race, left in May.",
            "Ana Velde",
            "the campaign manager",
            None,
        ),
        (
            "Jo Marrow, a former member of Parliament who swims in the bay, spoke.",
            "Jo Marrow",
            "a former member of Parliament",
            "Parliament",
        ),
        (
            "Kim Dorran, his coach for the past decade, agreed.",
            "Kim Dorran",
            "his coach for the past decade",
            None,
        ),
        (
            "Lea Voss, chief executive of a pan-Asian retailer, agreed.",
            "Lea Voss",
            "chief executive of a pan-Asian retailer",
            None,
        ),
    ],
)
def test_a_role_ends_before_a_relative_clause_and_names_no_lower_case_phrase(
    text: str, name: str, role: str, org: str | None
) -> None:
    assert _role(text, name) == (role, org)


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        (
            "Ray Quon, president of the local dockworkers union, agreed.",
            "Ray Quon",
            "president of the local dockworkers union",
            "local dockworkers union",
        ),
        (
            "Ida Brenn, a spokeswoman for Kelby Trust, agreed.",
            "Ida Brenn",
            "a spokeswoman for Kelby Trust",
            "Kelby Trust",
        ),
        # a place's shortened "Saint" before its name ends no role
        (
            "Mira Tolle, a professor of law at St. Quell University, disagreed.",
            "Mira Tolle",
            "a professor of law at St. Quell University",
            "St. Quell University",
        ),
        ("Petr Vasko, a lawyer from St. Tarvin, agreed.", "Petr Vasko", "a lawyer from St. Tarvin", None),
        # "who was" before a title names the position held
        (
            '"It grew," said Hal Tarn, who was formerly chairman of Kelby Bank, a lender.',
            "Hal Tarn",
            "formerly chairman of Kelby Bank",
            "Kelby Bank",
        ),
        # a present-tense relative clause names the position
        (
            "Officials named Rolf Anker, who is now head of Kelby Trust, as the buyer.",
            "Rolf Anker",
            "head of Kelby Trust",
            "Kelby Trust",
        ),
    ],
)
def test_a_role_keeps_its_named_organisation(text: str, name: str, role: str, org: str | None) -> None:
    assert _role(text, name) == (role, org)


@pytest.mark.parametrize(
    "text",
    [
        "Officials named Rolf Anker, who was ousted as deputy minister this month, as a suspect.",
        "Officials named Rolf Anker, who introduced her to the firm's counsel, as the buyer.",
    ],
)
def test_a_relative_clause_is_no_role(text: str) -> None:
    assert _role(text, "Rolf Anker") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The envoy flew to Kelby to see Tarvo Quell, with whom the king met on Monday.", "Tarvo Quell"),
        ("The plan was backed by Ana Velde, on an official visit to Marrow, this week.", "Ana Velde"),
        ("Jo Marrow, echoing the president, said the talks would go on.", "Jo Marrow"),
        ("Kim Dorran, echoed the official Quellish view of the pact.", "Kim Dorran"),
        ("Ivo Parr, resigned and its chairman took over the post.", "Ivo Parr"),
    ],
)
def test_an_apposition_opening_on_a_preposition_or_a_verb_is_no_role(text: str, name: str) -> None:
    """A phrase after the name that opens on a preposition, or on a verb's "-ing"/"-ed" form
    with its object or "and" after it, says what the person does or where, no title (session 49)."""
    assert _role(text, name) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tarvo Quell, acting president of the Kelby Trust, said so.",
            "Tarvo Quell",
            "acting president of the Kelby Trust",
        ),
        (
            "Ana Velde, managing director of Quell Ltd., agreed.",
            "Ana Velde",
            "managing director of Quell Ltd.",
        ),
        (
            "Jo Marrow, ousted chairman of the Kelby board, spoke.",
            "Jo Marrow",
            "ousted chairman of the Kelby board",
        ),
    ],
)
def test_a_title_opening_on_an_ing_or_ed_word_stays_a_role(text: str, name: str, role: str) -> None:
    found = _role(text, name)
    assert found is not None and found[0] == role
