"""Where a body's name starts and ends, pinned on texts written for the test: a title-case
headline and its copy as the body's first line run into one "name"; a competition's stage
("Group G") run into the competition; two bodies joined by "and" or by a hyphen before "merger"
read as one; a name the story writes whole elsewhere cut into pieces; an office-holder's title
and possessive cut off "Office of ..."; the "Grand" of "Grand Prix" cut off."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.retype.cuts import cut_loose_end
from consumer.entities.span_splits import split_and_bodies, split_deal_pairs
from consumer.events import TextField
from tests.unit.entity_texts import entities_of, types_of


def _copy_headed(headline: str, rest: str) -> tuple[str, str]:
    """A web page's title, repeated as its body's first line."""
    return headline, f"{headline}\n\n{rest}"


@pytest.mark.parametrize(
    ("headline", "body", "run"),
    [
        (
            *_copy_headed(
                "The Early Reviews For Vantor's Nimbus Gaming Platform Are Here — And They're Not Great",
                "Nimbus, Vantor's streaming gaming platform, launches today. Critics at Quillfeather "
                "wrote that it works well.\n\nWhat Does Nimbus Offer?\n\nNimbus is an attempt to make "
                "cloud gaming happen.",
            ),
            "Early Reviews For Vantor",
        ),
        (
            *_copy_headed(
                "The First Look At Harlow Motors' New Electric Truck Is Finally Here",
                "The truck was shown on Monday in Detroit. Reporters said the cabin is large.\n\n"
                "A Drive Around The Block\n\nThe ride was quiet.",
            ),
            "New Electric Truck",
        ),
        (
            *_copy_headed(
                "The Early Verdicts On Orvane's Lumen Streaming Service Are In — And They're Mixed",
                "Lumen, Orvane's video service, opens today. Critics were split.\n\n"
                "What Does Lumen Cost?\n\nLumen costs ten dollars.",
            ),
            "Early Verdicts On Orvane's Lumen Streaming Service",
        ),
    ],
)
def test_a_run_only_in_a_title_case_headline_and_its_copy_is_no_name(
    extractor: EntityExtractor, headline: str, body: str, run: str
) -> None:
    names = {e.name for e in entities_of(extractor, body, headline)}
    assert run not in names, names


def test_a_headline_name_the_prose_repeats_stays(extractor: EntityExtractor) -> None:
    headline, body = _copy_headed(
        "Kestrel Bank Posts Profit As Loans Grow",
        "Kestrel Bank said on Tuesday that its profit rose. Kestrel Bank chief Ana Roe was pleased.",
    )
    types = types_of(entities_of(extractor, body, headline))
    assert types.get("Kestrel Bank") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Barcelona's Ferran (R) shoots during the UEFA Champions League Group G match between "
            "FC Barcelona and Dynamo Kyiv in Barcelona.",
            "UEFA Champions League",
            "EVENT",
        ),
        (
            "Midfielder Jo Roe scored during the UEFA Europa League Group C match between Ajax and "
            "Celtic in Amsterdam.",
            "UEFA Europa League",
            "EVENT",
        ),
        ("The Harbor Cup Group B match was played in Lyon on Sunday. Fans cheered.", "Harbor Cup", "EVENT"),
    ],
)
def test_a_stage_group_ends_the_competition(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types
    assert not any(n.endswith("Group") for n in types), types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a company's share class is no stage
        ("The company joined the Kestrel Media Group B share class last year.", "Kestrel Media Group"),
        ("Ana Roe works for the Quillon Group in Lyon, where she leads sales.", "Quillon Group"),
    ],
)
def test_a_company_group_keeps_its_name(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


def _model_body(text: str, surface: str) -> tuple[list[Candidate], dict[TextField, str]]:
    start = text.index(surface)
    return [Candidate("body", start, start + len(surface), "ORGANIZATION", "ner")], {"body": text}


def _surfaces(cands: list[Candidate], recased: dict[TextField, str]) -> list[str]:
    return [recased[c.field][c.start : c.end] for c in cands]


@pytest.mark.parametrize(
    ("text", "run", "parts"),
    [
        (
            "It leads two charities (Feed the Harbor Initiative and No Empty Plate) and one more.",
            "Feed the Harbor Initiative and No Empty Plate",
            ["Feed the Harbor Initiative", "No Empty Plate"],
        ),
        (
            "Grants went to the Marlow Valley Foundation and Quillon Reading Circle last year.",
            "Marlow Valley Foundation and Quillon Reading Circle",
            ["Marlow Valley Foundation", "Quillon Reading Circle"],
        ),
        (
            "The gift came from the Harwell Institute and Orvane Open Society, the paper said.",
            "Harwell Institute and Orvane Open Society",
            ["Harwell Institute", "Orvane Open Society"],
        ),
    ],
)
def test_two_bodies_joined_by_and_are_split(text: str, run: str, parts: list[str]) -> None:
    cands, recased = _model_body(text, run)
    assert _surfaces(split_and_bodies(cands, recased), recased) == parts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the first part's head word is inside its field ("of ...")
        (
            "She worked at the Institute of Museum and Library Services in Washington.",
            "Institute of Museum and Library Services",
        ),
        # the second part ends on a head word too: one name
        (
            "He banks with First Kestrel Bank and Trust Company in Ohio.",
            "First Kestrel Bank and Trust Company",
        ),
        # a first part of one word
        ("Members of the University and College Union voted.", "University and College Union"),
        # a second part of one word
        ("Rooms at the Harwell Hotel and Spa are booked.", "Harwell Hotel and Spa"),
    ],
)
def test_one_body_with_an_and_stays_whole(text: str, name: str) -> None:
    cands, recased = _model_body(text, name)
    assert _surfaces(split_and_bodies(cands, recased), recased) == [name]


def _with_alone(text: str, run: str, alone: list[str]) -> tuple[list[Candidate], dict[TextField, str]]:
    cands, recased = _model_body(text, run)
    for word in alone:
        at = text.rindex(word)
        cands.append(Candidate("body", at, at + len(word), "ORGANIZATION", "ner"))
    return sorted(cands, key=lambda c: c.start), recased


@pytest.mark.parametrize(
    ("text", "run", "parts"),
    [
        (
            "The Pellcorp-Brightwater merger is done. Pellcorp cut jobs and Brightwater did too.",
            "Pellcorp-Brightwater",
            ["Pellcorp", "Brightwater"],
        ),
        (
            "The Norvex/Talvin deal values the pair at $3 billion. Norvex owns mills; Talvin owns mines.",
            "Norvex/Talvin",
            ["Norvex", "Talvin"],
        ),
        (
            "The Orla Foods-Kestrel Dairy tie-up was approved. Orla Foods and Kestrel Dairy welcomed it.",
            "Orla Foods-Kestrel Dairy",
            ["Orla Foods", "Kestrel Dairy"],
        ),
    ],
)
def test_a_deal_pair_named_alone_is_two_bodies(text: str, run: str, parts: list[str]) -> None:
    cands, recased = _with_alone(text, run, parts)
    split = split_deal_pairs(cands, recased)
    assert _surfaces(split, recased)[:2] == parts


@pytest.mark.parametrize(
    ("text", "run", "alone"),
    [
        # a hyphenated company whose halves the story never names alone
        ("The Harlow-Penn deal closed on Monday, the company said.", "Harlow-Penn", []),
        # no word of a deal after it
        (
            "Sales at Norvex-Talvin rose. Norvex and Talvin merged in 2001.",
            "Norvex-Talvin",
            ["Norvex", "Talvin"],
        ),
    ],
)
def test_a_hyphenated_body_stays_whole(text: str, run: str, alone: list[str]) -> None:
    cands, recased = _with_alone(text, run, alone)
    assert run in _surfaces(split_deal_pairs(cands, recased), recased)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Agents of Harbor and Coastal Protection seized the drugs. The official way that Harbor "
            "and Coastal Protection measures seizures is by pounds, an agency spokesman said.",
            "Harbor and Coastal Protection",
        ),
        (
            "Officers of Harbor and Coastal Protection seized drugs at the port. Later, Harbor and "
            "Coastal Protection said the haul was large.",
            "Harbor and Coastal Protection",
        ),
        (
            "Engineers at the Harwell Center for Ocean and Coastal Studies measured tides. The Harwell "
            "Center for Ocean and Coastal Studies said levels rose.",
            "Harwell Center for Ocean and Coastal Studies",
        ),
    ],
)
def test_pieces_of_a_name_the_story_writes_whole_join_it(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    entities = entities_of(extractor, body)
    assert [e.name for e in entities] == [name], [(e.name, e.type) for e in entities]


def test_a_longer_model_name_around_a_known_one_stays(extractor: EntityExtractor) -> None:
    body = "Jo Roe of Acme Bank spoke. Acme Bank and Trust later said Roe would stay."
    types = types_of(entities_of(extractor, body))
    assert types.get("Acme Bank and Trust") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Oregon Governor's Office of Emergency Management said in a letter that the plan was late.",
            "Oregon Governor's Office of Emergency Management",
        ),
        ("The state Attorney General's Office filed the suit on Monday.", "Attorney General's Office"),
        (
            "On Monday the New Carlow Attorney General's Office filed the suit.",
            "New Carlow Attorney General's Office",
        ),
        (
            "Officials at the Marlow Mayor's Office of Housing said rents rose.",
            "Marlow Mayor's Office of Housing",
        ),
    ],
)
def test_an_office_holders_possessive_opens_the_office(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


def test_a_persons_possessive_opens_no_office(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Jo Roe's Office of Budget Review said costs rose."))
    assert types.get("Office of Budget Review") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The show features the $132,000 Grand Prix de Harbor National and a family day.",
            "Grand Prix de Harbor National",
        ),
        ("She won the $40,000 Grand Prix de Marlow on Sunday.", "Grand Prix de Marlow"),
        ("He won the Grand Prix de Kestrel last year.", "Grand Prix de Kestrel"),
    ],
)
def test_a_grand_prix_is_an_event_from_grand(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "EVENT", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The grant, from the Harlow Agency for Rural Development's fund for farmers, paid for wells.",
            "Harlow Agency for Rural Development",
        ),
        (
            "Money from the Kestrel Agency for Coastal Development’s program built the pier.",
            "Kestrel Agency for Coastal Development",
        ),
    ],
)
def test_a_body_joined_over_its_of_ends_before_a_possessive(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types == {name: "ORGANIZATION"}, types


@pytest.mark.parametrize(
    ("origin", "surface", "name"),
    [
        ("ner", "Orvane Institute for Water Studies's", "Orvane Institute for Water Studies"),
        ("ner", "Harbor Fund’s", "Harbor Fund"),
        # a rule's name is as the rule found it
        ("rule", "Marlow Diner's", "Marlow Diner's"),
    ],
)
def test_a_model_body_never_ends_on_a_possessive(origin: str, surface: str, name: str) -> None:
    text = f"Staff of the {surface} branch left."
    start = text.index(surface)
    cand = Candidate("body", start, start + len(surface), "ORGANIZATION", origin)  # type: ignore[arg-type]
    cut_loose_end(text, cand)
    assert text[cand.start : cand.end] == name


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("The Bank of Kestrel's Quillon unit cut jobs on Monday.", ["Bank of Kestrel", "Quillon"]),
        (
            "She co-chairs the Harlow Academy of Sciences’ Lumen supervisory committee.",
            ["Harlow Academy of Sciences", "Lumen"],
        ),
        (
            "Analysts at the Marlow Institute of Energy's Vantor Unit said prices rose.",
            ["Marlow Institute of Energy", "Vantor Unit"],
        ),
    ],
)
def test_an_owner_named_by_its_head_and_of_is_cut_off(
    extractor: EntityExtractor, body: str, names: list[str]
) -> None:
    found = {e.name for e in entities_of(extractor, body)}
    assert set(names) <= found, found


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Harlow Workers' Party said it would talk.", "Harlow Workers' Party"),
        (
            "The Standing Committee of the Harbor People's Congress met on Monday.",
            "Standing Committee of the Harbor People's Congress",
        ),
        ("Staff at St. Mary's Hospital in Harlow went on strike.", "St. Mary's Hospital"),
    ],
)
def test_a_possessive_inside_one_name_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Rooms\n\nOcean Front Villa\n\nHarbor Hotels Corporation owns the resort, which opened in May.",
            "Harbor Hotels Corporation",
        ),
        ("Our Partners\n\nKestrel Mining Corp. said output rose.", "Kestrel Mining Corp."),
        ("Suites and Spa\nQuillon Holdings Inc. bought the site last year.", "Quillon Holdings Inc."),
    ],
)
def test_a_company_by_its_suffix_starts_on_its_own_line(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names
    assert not any("\n" in n or n.endswith(" " + name) for n in names), names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shares of Marlow Textile Co. rose on Monday.", "Marlow Textile Co."),
        ("Acme Global Holdings Inc, a maker of pumps, said sales rose.", "Acme Global Holdings Inc"),
    ],
)
def test_a_company_on_one_line_keeps_its_words(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
