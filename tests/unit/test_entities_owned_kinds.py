"""A model body that the words around it call a made thing, a work, an event or a bill
(``retype.owned_kinds``): an owner's possessive and a kind of made thing or work ("its Zelbrook
computer", "his Northern Lanterns album"), a review or a retail price ("our Harbor Quest review",
"The Zentra Slate costs $299"), a kind of event ("the Quellcon trade show") and a bill's head word
("the Prevention of Kelp Theft Bill"). A maker, a firm that acts, a person's own thing and a body's
event stay as they were. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.owned_kinds import kind_named_event, named_bill, owned_kind, reviewed_or_priced
from tests.unit.entity_texts import entities_of, types_of


def _cand(text: str, name: str, kind: str = "ORGANIZATION") -> Candidate:
    start = text.index(name)
    return Candidate(field="body", start=start, end=start + len(name), type=kind, origin="ner")  # type: ignore[arg-type]


def _owned(text: str, name: str, kind: str = "ORGANIZATION") -> str | None:
    return owned_kind(_cand(text, name, kind), text, name, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harwell said its pioneering Zelbrook computer sold well.", "Zelbrook"),
        ("The firm's Trivanta handheld was also popular.", "Trivanta"),
        ("Microsoft said its Quillmark operating system would ship in May.", "Quillmark"),
        ("Garvey Sound's new Arc speaker was launched in May.", "Arc"),
        ("Sony's Vantor Max headset, which costs less, is lighter.", "Vantor Max"),
    ],
)
def test_a_bodys_possessive_and_a_made_things_kind_make_a_product(text: str, name: str) -> None:
    assert _owned(text, name) == "PRODUCT"


def test_a_person_reading_between_a_body_and_a_made_thing_is_a_product() -> None:
    assert _owned("Amazon said its Marvella assistant now speaks Hindi.", "Marvella", "PERSON") == "PRODUCT"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The singer's Hollow Pines album topped the chart.", "Hollow Pines"),
        ("He was filmed for the video to his Copper Wire single in a jail.", "Copper Wire"),
        ("Author Dan Welk read from his Northern Lanterns novel at the fair.", "Northern Lanterns"),
        ("The band's long-awaited Salt Roads album was released in May.", "Salt Roads"),
    ],
)
def test_an_owners_possessive_and_a_works_kind_make_a_title(text: str, name: str) -> None:
    assert _owned(text, name) == "MISC"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Jo Roe's Velto phone was stolen.", "Velto", "ORGANIZATION"),  # a person's phone: the maker
        ("Harwell said the Velto phone was late.", "Velto", "ORGANIZATION"),  # no owner
        (
            "Harwell said its Velto phone makers were unhappy.",
            "Velto",
            "ORGANIZATION",
        ),  # a noun after the kind
        ("Sony said its Nokia phone deal was off.", "Nokia", "ORGANIZATION"),  # a listed company
        ("The firm's Harlow Group computer was sold.", "Harlow Group", "ORGANIZATION"),  # a body's head word
        ("The singer's BBC album was a radio session.", "BBC", "ORGANIZATION"),  # capitals alone, listed
        ("His Jo Roe album was a tribute.", "Jo Roe", "PERSON"),  # a work's kind: a person keeps the name
        ("Harwell said its Velto unit was sold.", "Velto", "ORGANIZATION"),  # no made thing's kind
    ],
)
def test_no_product_or_title_without_an_owner_and_a_kind(text: str, name: str, kind: str) -> None:
    assert _owned(text, name, kind) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Read our Harbor Quest review before you buy.", "Harbor Quest"),
        ("In my Corvin Edge review I praised the screen.", "Corvin Edge"),
        ("The Zentra Slate costs $299 at most shops.", "Zentra Slate"),
        ("The Lumex Pad is available now for $349.", "Lumex Pad"),
        ("The Tarvo Arc starts at £149 in the UK.", "Tarvo Arc"),
        ("The Corvin Edge's screen is bright and sharp.", "Corvin Edge"),
        ("We liked the Lumex Pad's new keyboard.", "Lumex Pad"),
    ],
)
def test_a_review_or_a_retail_price_makes_a_product(text: str, name: str) -> None:
    assert reviewed_or_priced(_cand(text, name), text, name, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quorvex costs $40 a share after the fall.", "Quorvex"),  # a share's price
        ("Zorbly costs $5 a month, less than its rivals.", "Zorbly"),  # a service's fee
        ("Kelby Holdings costs $2 billion to buy.", "Kelby Holdings"),  # a deal, a head word
        ("Harlow Quest reviewed the plans.", "Harlow Quest"),  # no review of it
        ("The Harlow Quest review board met.", "Harlow Quest"),  # no owner's "our" before it
        ("Read our Microsoft review before you buy.", "Microsoft"),  # a listed company
        ("Harlow Quest's screen tests began.", "Harlow Quest"),  # no "the" before a part's owner
        ("The KVTA's screen tests began.", "KVTA"),  # capitals alone: a body's letters
    ],
)
def test_no_product_for_a_share_price_a_fee_or_a_listed_body(text: str, name: str) -> None:
    assert not reviewed_or_priced(_cand(text, name), text, name, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Executives met at the Quellcon trade show in Cannes.", "Quellcon"),
        ("Pelt won Kelby's Harbor Masters event on Sunday.", "Harbor Masters"),
        ("Fans gathered for the Tarvo Sound festival.", "Tarvo Sound"),
        ("The images were shown as part of its Future Faces exhibition.", "Future Faces"),
    ],
)
def test_a_kind_of_event_makes_an_event(text: str, name: str) -> None:
    assert kind_named_event(_cand(text, name), text, name, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts attended the Quorvex event in May.", "Quorvex"),  # one word: a firm's own event
        ("He spoke at the University of Kelby event.", "University of Kelby"),  # a body's head word
        ("The Google conference drew crowds.", "Google"),  # a listed company
        ("Delegates met at a Kelby Chamber of Commerce conference.", "Kelby Chamber of Commerce"),  # a host
        ("The Harbor Masters event organisers met.", "Harbor Masters"),  # a noun after the kind
        ("Harbor Masters event", "Harbor Masters"),  # no determiner or possessive before it
    ],
)
def test_no_event_for_a_firms_or_a_bodys_event(text: str, name: str) -> None:
    assert not kind_named_event(_cand(text, name), text, name, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MPs voted for the Prevention of Kelp Theft Bill today.", "Prevention of Kelp Theft Bill"),
        ("The Harbor Safety Bill proposes new powers.", "Harbor Safety Bill"),
        ("He said the government's Consumer Lending Bill would help.", "Consumer Lending Bill"),
    ],
)
def test_a_bills_head_word_makes_a_law(text: str, name: str) -> None:
    assert named_bill(_cand(text, name), text, name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("They called him Wild Bill in the camp.", "Wild Bill", "ORGANIZATION"),  # no "the" before
        ("She said the Charity Bill was hers.", "Charity Bill", "ORGANIZATION"),  # a given name
        ("The Harbor Safety Bill proposes new powers.", "Harbor Safety Bill", "PERSON"),  # a person
        ("Ask the Bill about it.", "Bill", "ORGANIZATION"),  # one word
    ],
)
def test_no_bill_for_a_nickname_a_given_name_or_a_lone_word(text: str, name: str, kind: str) -> None:
    assert not named_bill(_cand(text, name, kind), text, name)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Apple said its Zelbrook computer sold well in Europe.", "Zelbrook", "PRODUCT"),
        ("The rapper said his Northern Lanterns album was finished.", "Northern Lanterns", "MISC"),
        ("Executives met at the Quellcon trade show in Cannes.", "Quellcon", "EVENT"),
        (
            "MPs backed the Prevention of Kelp Theft Bill after the minister agreed to changes.",
            "Prevention of Kelp Theft Bill",
            "MISC",
        ),
        ("Read our Harbor Quest review before you buy.", "Harbor Quest", "PRODUCT"),
    ],
)
def test_the_extractor_types_the_thing(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Quorvex said the Velto phone makers were unhappy.", "Quorvex"),
        ("Netflix said subscribers grew in Asia.", "Netflix"),
        ("Apple said its Zelbrook computer sold well in Europe.", "Apple"),
    ],
)
def test_the_extractor_keeps_the_company(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
