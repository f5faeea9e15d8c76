"""Session 32: MISC, EVENT and PRODUCT names the stage missed on new copy. A one-word prize
named by a prize's cue ("won a Tarvel", "Quillo-winning", "a Brisk nominee") is MISC, and its
plural after "the" or a possessive the ceremony (EVENT). Near misses keep their old readings.
Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The actress Jane Roe won a Tarvel for her role in the film. She thanked her family.", "Tarvel"),
        ("The Quillo-winning director Tom Marsh is to make a new film about sailors.", "Quillo"),
        ("The cast includes Brisk nominee Ada Quell and a newcomer from Leeds.", "Brisk"),
        ("Mr Marsh turned down his best actor Tarvel for the thriller in 1973.", "Tarvel"),
        ("She picked up her first ever Kelvo for her song about the sea.", "Kelvo"),
    ],
)
def test_cued_prize_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


def test_prize_plural_after_the_is_the_ceremony(extractor: EntityExtractor) -> None:
    body = "Jo Roe won a Tarvel in 2001. She will host the Tarvels in March, and has three Tarvels."
    found = list(rules.cued_prizes(body, lambda name: False))
    kinds = [(body[s:e], kind) for s, e, kind in found]
    assert kinds == [("Tarvel", "MISC"), ("Tarvels", "EVENT"), ("Tarvels", "MISC")], kinds


@pytest.mark.parametrize(
    "body",
    [
        "The Supreme Court nominee spoke to senators on Tuesday.",
        "The Republican nominee won the state by a wide margin.",
        "England won a Test in Delhi for the first time since 1985.",
        "The World Cup-winning captain retired on Friday.",
        "She was shortlisted for a Richard and Judy book award last year.",
        "Senators said the Harlan nomination was in trouble.",
        "He earned a Certificate in Accounting last year.",
    ],
)
def test_no_prize_near_misses(body: str) -> None:
    found = [body[s:e] for s, e, _ in rules.cued_prizes(body, lambda name: name == "Republican")]
    assert found == [], found


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Jo Roe is through to the Australian Open semi-finals after beating Ada Quell.", "Australian Open"),
        ("Tom Marsh led Kelby Rovers to a 3-0 FA Cup fifth-round victory on Saturday.", "FA Cup"),
        ("England suffered Six Nations disappointments on the way to the final.", "Six Nations"),
        ("He said the European Championship race would be between him and Roe.", "European Championship"),
    ],
)
def test_competition_by_people_word_letters_or_count(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "EVENT", types


@pytest.mark.parametrize(
    "body",
    [
        "The Pan American Games opened in Lima on Friday.",
        "The RBS Six Nations starts next month.",
        "The Kelby Cup was held in May.",
        "The United Nations met on Monday.",
        "The Open was played at a links course.",
    ],
)
def test_no_competition_near_misses(body: str) -> None:
    is_people = lambda word: word in ("American", "Australian")  # noqa: E731
    assert list(rules.competitions(body, is_people)) == []


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Jo Roe won the Golden Quill for best actor at the ceremony in May.", "Golden Quill", "MISC"),
        ("Jo Roe won the Golden Lantern at the festival.", "Golden Lantern", "MISC"),
        (
            "Kelby will host a Tour de Varnelle stage next summer, the organisers said.",
            "Tour de Varnelle",
            "EVENT",
        ),
    ],
)
def test_metal_prizes_and_tour_races(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    "body",
    [
        "Kelby won the Derby at Epsom on Saturday.",
        "The team won the Golden Valley derby in May.",
    ],
)
def test_no_metal_prize_near_misses(body: str) -> None:
    assert list(rules.cued_prizes(body, lambda name: False)) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The finalists include Andrew Torvin's The Copper Boy and a biography of a queen.",
            "The Copper Boy",
        ),
        (
            "This year's winner, Alice Quell's The Lovely Harbours, sold over one million.",
            "The Lovely Harbours",
        ),
        ("Jo Roe starred in Kelvin Dorne's The Passion of the Sea in 2004.", "The Passion of the Sea"),
    ],
)
def test_title_after_a_makers_possessive(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


@pytest.mark.parametrize(
    "body",
    [
        "It's The End of an era, he said.",
        "Rupert Vane's The Kelby Times reported the deal.",
        "Rupert Vane's The Kelby Courier newspaper said so.",
        "That's The Way it goes.",
    ],
)
def test_no_owned_title_near_misses(body: str) -> None:
    assert list(rules.owned_titles(body, lambda name: False)) == []


def test_cued_prizes_plurals_are_found_in_one_scan() -> None:
    # session 32 review: each cued word's plural is looked up in one scan of the text, not a scan
    # per word (an item of thousands of cued words cost their number times its length)
    import itertools
    import string
    import time

    from consumer.entities.rules import cued_prizes

    stems = ["Q" + "".join(p) + "ard" for p in itertools.product(string.ascii_lowercase, repeat=3)][:3000]
    text = " ".join(f"She won a {w} for it." for w in stems) + " At the " + stems[7] + "s show."
    started = time.process_time()
    found = list(cued_prizes(text, lambda _: False))
    assert time.process_time() - started < 2.0  # ~0.1 s; a scan per word took seconds
    assert (text.rindex(stems[7] + "s"), text.rindex(stems[7] + "s") + len(stems[7]) + 1, "EVENT") in found
    assert sum(kind == "MISC" for *_, kind in found) == 3000


@pytest.mark.parametrize(
    "text",
    [
        "Kelvor Holdings said the deal would give a Kelvor nominee a seat on the board. Kelvor shares rose.",
        "The union said a Tarvex nomination to the panel was due on Friday.",
    ],
)
def test_nominee_in_a_story_of_no_prizes_names_no_prize(text: str) -> None:
    # session 32, unseen Reuters copy: a company's or a body's nominee is no prize's
    from consumer.entities.rules import cued_prizes

    assert list(cued_prizes(text, lambda _: False)) == []


def test_nominee_in_a_story_of_films_names_a_prize() -> None:
    from consumer.entities.rules import cued_prizes

    text = "The film's cast includes Brisk nominee Ada Quell."
    assert [text[s:e] for s, e, _ in cued_prizes(text, lambda _: False)] == ["Brisk"]
