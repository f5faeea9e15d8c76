"""Capitals the model reads as a body that name no body: common-noun abbreviations of care, tests,
a game's stats, chat and time zones ("gave CPR", "an EKG", "the SAT", "in OT", "TBH", "(IST)"),
advertising's and retail's measures ("the best CTR", "an RTB auction", "its RRP"), software's and the
web's ("the main UI", "MAU growth", "900 DOM elements"),
and an amount whose currency sign has a letter ("S$75.8 million"). Bodies written in capitals
and names with a number in them stay."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


def _mentioned(body: str, extractor: EntityExtractor) -> set[str]:
    return {m.text for e in entities_of(extractor, body) for m in e.mentions}


@pytest.mark.parametrize(
    ("body", "abbreviation"),
    [
        ("Honestly the food at the new place was great, TBH.", "TBH"),
        ("The doctor ordered an EKG before the surgery.", "EKG"),
        ("Jo Roe, an OBGYN based in Marlow, said the rate was rising.", "OBGYN"),
        ("The VP has the same duties as the president.", "VP"),
        ("The toss is at 19:02 (IST) on Friday.", "IST"),
        ("The QB threw for 300 yards and the Comets won in OT.", "QB"),
        ("The QB threw for 300 yards and the Comets won in OT.", "OT"),
        ("He had two interceptions and a PBU in coverage.", "PBU"),
        ("Most students took the SAT twice.", "SAT"),
        ("Video ads had the best CTR of the quarter, while the average CPM fell.", "CTR"),
        ("Video ads had the best CTR of the quarter, while the average CPM fell.", "CPM"),
        ("Marlow buys its inventory through an RTB auction each morning.", "RTB"),
        ("The kettle costs less than its RRP in most shops.", "RRP"),
        # session 45: software's and the web's parts and measures
        ("The new release moves the settings into the main UI and fixes two crashes.", "UI"),
        ('The tracker collects so-called "personally identifiable information" (PII) such as emails.', "PII"),
        ("The MAU growth of the Quorvex app slowed in the third quarter.", "MAU"),
        ("The report counts DAU as well as monthly users.", "DAU"),
        ("The home page holds 900 DOM elements and loads in four seconds.", "DOM"),
        ("The box has two USB ports, an IR receiver and an optical output.", "IR"),
        # session 46: chat words, a mark, finance's shapes, cameras', cards' and software's kinds
        ("Honestly that excuse is BS and everyone at the depot knows it.", "BS"),
        ("The old SOB never paid the rent on time, she wrote.", "SOB"),
        ("Kelpo Soap (TM) comes in three scents for $4.", "TM"),
        ("After the talk the author did a Q&A with fans in the hall.", "Q&A"),
        ("Tarvel Labs agreed to a SPAC merger worth $900 million.", "SPAC"),
        ("Investors chased REIT yields as bond prices fell.", "REIT"),
        ("The bank earned more from M&A fees than from trading.", "M&A"),
        ("Her old DSLR still takes sharper photos than the phone.", "DSLR"),
        ("The reader takes SDXC cards as well as older ones.", "SDXC"),
        ("The fix keeps the IME popup open while typing.", "IME"),
    ],
)
def test_common_abbreviations_are_no_names(extractor: EntityExtractor, body: str, abbreviation: str) -> None:
    assert abbreviation not in _mentioned(body, extractor)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("The segment's loss before tax was S$75.8 million.", "S$75.8"),
        (
            "Loss before taxation for the property segment was S$75.8 million, compared with a profit.",
            "S$75.8",
        ),
        ("Revenue fell after retrenchment costs of S$16.6 million.", "S$16.6"),
    ],
)
def test_an_amount_with_its_currency_sign_is_no_name(
    extractor: EntityExtractor, body: str, amount: str
) -> None:
    assert not any(amount in m for m in _mentioned(body, extractor))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The NTSB said the pilot had reported no trouble.", "NTSB"),
        ("The 7th Fleet said two ships had left port on Monday.", "7th Fleet"),
        ("Kestrel Ports booked a charge of HK$2.5 million in June.", "Kestrel Ports"),
    ],
)
def test_bodies_in_capitals_and_with_numbers_stay(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


# a race after its distance, a fact-check's rating after its verdict's verb, a kind of scan
@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Senior Ada Quill won the 200 yard Individual Medley state title.", "Individual Medley"),
        ("In the 100 yard Backstroke, Quill was beaten by a freshman.", "Backstroke"),
        ("Junior Lee Park won the 200 meter Individual Medley in a record time.", "Individual Medley"),
        ("We rate the statement Mostly True.", "Mostly True"),
        ("We rate this claim Half True.", "Half True"),
        ("Doctors ordered a CT scan of her chest.", "CT"),
    ],
)
def test_programme_and_rating_labels_are_no_names(extractor: EntityExtractor, body: str, label: str) -> None:
    assert label not in _mentioned(body, extractor)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Butterfly Labs said sales rose in the spring.", "Butterfly Labs"),
        ("In 2019 Butterfly opened 20 stores, Butterfly said.", "Butterfly"),
        ("Mostly True Media said it would merge with a rival.", "Mostly True Media"),
        ("The NTSB scanned the wreck for clues.", "NTSB"),
    ],
)
def test_firms_with_such_words_stay(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


# a longer line in capitals with no sentence end: another story's promoted headline, furniture
_PROMO = "MARLOVIA IS CLOSELY MONITORING HARBOR NUCLEAR TEST IN NEVADA, DUNMORE'S SPOKESPERSON SAYS"
_FALLOUT = "2023 ELECTION FALLOUT - DUNMORE'S 2024 RIVALS BLAME HIM FOR THE PARTY'S LOSSES IN THREE STATES"


@pytest.mark.parametrize(
    ("line", "word"),
    [(_PROMO, "CLOSELY"), (_PROMO, "SPOKESPERSON"), (_FALLOUT, "PARTY")],
)
def test_names_only_in_a_promoted_headline_in_capitals_are_dropped(
    extractor: EntityExtractor, line: str, word: str
) -> None:
    body = f"The minister said the test was planned for June.\n\n{line}\n\nBoth houses approved the bill."
    assert not any(word in m for m in _mentioned(body, extractor))


def test_a_shouted_paragraph_with_a_full_stop_keeps_its_names(extractor: EntityExtractor) -> None:
    body = (
        "The minister said the test was planned for June.\n\n"
        "THE KESTREL MINING COMPANY SAID ON FRIDAY THAT IT WOULD CLOSE TWO PITS NEAR THE TOWN OF ORBIS.\n\n"
        "Both houses approved the bill on Friday."
    )
    assert any("KESTREL" in m for m in _mentioned(body, extractor))


# a label with its plural marked in parentheses, as award listings and forms write them
_AWARD = "ALBUM OF THE YEAR [Awarded to Artist(s)/Producer(s)/Record Company–Label(s)]\n\n- Harbor Nights"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (_AWARD, "Artist(s)"),
        (_AWARD, "Producer(s)"),
        (_AWARD, "Record Company–Label"),
        ("Entries must list the Publisher(s) and the Artist(s) of each song.", "Artist"),
    ],
)
def test_labels_with_a_marked_plural_are_no_names(extractor: EntityExtractor, body: str, label: str) -> None:
    assert label not in _mentioned(body, extractor)


def test_names_beside_such_labels_stay(extractor: EntityExtractor) -> None:
    found = types_of(entities_of(extractor, "Producer(s): Jo Roe. Label(s): Kestrel Records."))
    assert found.get("Jo Roe") == "PERSON"
    assert found.get("Kestrel Records") == "ORGANIZATION"
