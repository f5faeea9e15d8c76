"""Session 36 (issue 11): words the model reads as a body that name none.

An ordinary English word opening a sentence ("House prices fell", "Altogether, the ministry ..."),
a grade's or a document's revision letter after its kind word ("Grade C", "Revision D", "Series C
preferred") and a wire results line's "Diluted"/"Primary" label. Bodies named at a sentence's start
stay: a word the story writes in mid-sentence too, a listed name, one before a capitalised word, a
function word, a verb of saying, a past tense or a body's own people ("Tigers coach Jo Roe")."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, opening_words, rules
from consumer.entities.dictionary import dictionary_words, in_dictionary
from consumer.entities.opening_words import opening_adverb, opening_common_word, opens_sentence
from consumer.entities.span_filters import bare_number, grade_label, is_amount
from tests.unit.entity_texts import entities_of


def _bodies(body: str, extractor: EntityExtractor) -> set[str]:
    return {e.name for e in entities_of(extractor, body) if e.type == "ORGANIZATION"}


def _names(body: str, extractor: EntityExtractor) -> set[str]:
    return {e.name for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Sales slowed in the spring. House prices fell 1.2% in May, the survey said.", "House"),
        ("Tarvo Dorne directs the new play. Theatre impresario Jo Quell has backed it.", "Theatre"),
        ("Demand was weak.\n\nAccurate estimates of stocks are hard to come by, dealers said.", "Accurate"),
        ("The vote is near. Wheelchair user Dana Quell asked the candidates about ramps.", "Wheelchair"),
        ("He watched the film. Tacit approval from the board followed within a week.", "Tacit"),
        ("The council met on Monday. Altogether, the ministry approved 14 new schemes.", "Altogether"),
    ],
)
def test_an_ordinary_word_opening_a_sentence_is_no_body(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    assert word not in _bodies(body, extractor)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a function word after it: the model's reading stays
        ("Kelvo said its sales rose. Parliament will debate the bill next week.", "Parliament"),
        ("Workers went home. Fiat is giving 2,000 workers a month's holiday.", "Fiat"),
        # the story writes the word in mid-sentence too
        ("Anchor shares fell 3% on Monday. Analysts said Anchor had lost ground to rivals.", "Anchor"),
        # a body's own people after it
        ("The match was close. Tigers coach Jo Roe said the side had played well.", "Tigers"),
        # an apposition of no adverb, a verb of saying, a pair of names
        ("Profits rose. Quorvex, the software maker, said sales rose.", "Quorvex"),
        ("Orders grew. Harbor said it would hire 200 people.", "Harbor"),
        ("Grants were cut. Pillar and Kessel signed the deal on Monday.", "Pillar"),
    ],
)
def test_a_body_opening_a_sentence_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in _bodies(body, extractor)


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("The drug moved from Grade B to Grade C in the new rules.", "Grade C"),
        ("The company set a dividend on Series C preferred shares.", "Series C"),
        ("The vessel meets Revision D of the design code, the yard said.", "Revision"),
        ("Primary shr 1.23 dlrs vs 1.03 dlrs\n\nDiluted avg shrs 16,853,000 vs 15,280,000", "Diluted"),
    ],
)
def test_a_grade_or_a_results_label_is_no_name(extractor: EntityExtractor, body: str, label: str) -> None:
    assert label not in _names(body, extractor)


def test_a_label_with_a_number_and_a_listed_company_stay(extractor: EntityExtractor) -> None:
    assert "Kelvo Corp" in _bodies("Kelvo Corp said its Class B shares would be converted.", extractor)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Prices fell. Chemical firms reported gains.", "Chemical", True),
        ("Prices fell. Inference, close reading and patience help.", "Inference", True),
        ("Prices fell. Chart-topping band Kelvo split.", "Chart", True),
        ("Prices fell. Customs figures showed a rise.", "Customs", False),
        ("Prices fell. Police officers arrived.", "Police", False),
        ("Prices fell. Chemical said it would cut jobs.", "Chemical", False),
        ("Prices fell. Chemical shed 10 marks to 687.", "Chemical", False),
        ("Prices fell. Chemical Bank reported gains.", "Chemical", False),
        ("Prices fell. Chemical's shares rose.", "Chemical", False),
        ("Prices fell. Chemical, the bank, reported gains.", "Chemical", False),
        ("Prices fell. Chemical spokesman Jo Roe declined to comment.", "Chemical", False),
        ("Prices fell as Chemical firms reported gains.", "Chemical", False),
    ],
)
def test_opening_common_word(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert opening_common_word(text, start, start + len(word), {}, listed=False) is expected


def test_a_listed_word_or_one_written_in_mid_sentence_is_never_taken() -> None:
    text = "Prices fell. Chemical firms reported gains."
    start = text.index("Chemical")
    assert not opening_common_word(text, start, start + 8, {}, listed=True)
    assert not opening_common_word(text, start, start + 8, {"chemical": "Chemical"}, listed=False)


def test_opens_sentence_and_opening_adverb() -> None:
    text = 'He left. "Currently, the rules hold," she said.\nOtherwise the plan stands.'
    assert opens_sentence(text, 0)
    assert opens_sentence(text, text.index("Currently"))
    assert opens_sentence(text, text.index("Otherwise"))
    assert not opens_sentence(text, text.index("rules"))
    assert opening_adverb(text, text.index("Currently"), text.index("Currently") + 9)
    assert not opening_adverb("Sales rose. Harbor, the lender, grew.", 12, 18)


def test_dictionary_words_hold_ordinary_words_and_plurals() -> None:
    words, adverbs = dictionary_words()
    assert in_dictionary("house", words) and in_dictionary("queues", words) and in_dictionary("groups", words)
    assert "currently" in adverbs
    assert not in_dictionary("quorvex", words)


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("moved to Grade C status", 9, 16, True),
        ("a Class II device", 2, 10, True),
        ("meets Revision D of it", 6, 14, True),
        ("Series C preferred shares", 0, 8, True),
        ("the Series X costs $499", 4, 12, False),
        ("Grade Corp said", 0, 10, False),
        ("a Level 3 site", 2, 9, False),
        ("Revision Dorne said", 0, 8, False),
    ],
)
def test_grade_label(text: str, start: int, end: int, expected: bool) -> None:
    assert grade_label(text, start, end) is expected


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        ("The unit was bought for $9.4bn (261bn roubles) on Sunday.", "261bn"),
        ("Tax rebates for exporters totalling 420bn yuan in 2004 were paid, according to Mr Xie.", "420bn"),
        ("The bid of 261bn roubles, or £4.8bn, won the auction.", "261bn"),
    ],
)
def test_a_number_with_its_scale_is_no_body(extractor: EntityExtractor, body: str, amount: str) -> None:
    assert amount not in _names(body, extractor)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("420bn", True), ("1.5mln", True), ("5th", True), ("3M", False), ("7-Eleven", False), ("4bnX", False)],
)
def test_bare_number_with_a_scale(surface: str, expected: bool) -> None:
    assert bare_number(surface) is expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [("£2.1bn", True), ("$40m", True), ("S$16.6", True), ("$5 Tree", False), ("£2.1bnX", False)],
)
def test_an_amount_with_a_scale(surface: str, expected: bool) -> None:
    assert is_amount(surface) is expected


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Unions are angry.\n\nGroups of nurses protested outside the ministry on Friday.", "Groups"),
        ("Workers are angry.\n\nGroups of miners marched in the capital on Tuesday.", "Groups"),
        (
            "Banks are wary.\n\nConversion of bank debt into equity investments in Tarvia is an option.",
            "Conversion",
        ),
    ],
)
def test_a_common_noun_and_its_of_phrase_opening_a_sentence_is_no_body(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    assert word not in _bodies(body, extractor)


def test_a_body_whose_of_runs_on_to_a_name_stays(extractor: EntityExtractor) -> None:
    assert "Bank of Tarvia" in _bodies("Sales fell. Bank of Tarvia officials declined to comment.", extractor)
    text = "Sales fell. Shares of Tarvo rose."
    assert not opening_common_word(text, 12, 18, {}, listed=False)


@pytest.mark.parametrize(
    ("body", "portfolio"),
    [
        ("The rules changed, Health minister Dana Quell said on Monday.", "Health"),
        ("Trade and Industry Secretary Ann Quell said the plan was fair.", "Trade and Industry"),
        ('"It is reflected on film," said Arts minister Dana Quell of the findings.', "Arts"),
        ("However, Transport Commissioner Jo Quell said he wanted a review.", "Transport"),
    ],
)
def test_a_portfolio_before_an_office_holder_is_no_body(
    extractor: EntityExtractor, body: str, portfolio: str
) -> None:
    assert portfolio not in _bodies(body, extractor)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Labour minister Dana Quell said the plan was fair.", "Labour"),
        ("The Finance Ministry said revenue rose.", "Finance Ministry"),
        ("Kelvo Energy said profits rose as the minister left.", "Kelvo Energy"),
    ],
)
def test_a_party_a_ministry_or_a_company_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in _bodies(body, extractor)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("said Energy and Mines Minister Jo Roe", "Energy", True),
        ("the Education and Agriculture ministries", "Education and Agriculture", False),
        ("said Energy and Tarvo Minister Jo Roe", "Energy", False),
        ("said Kelvo minister Jo Roe", "Kelvo", False),
    ],
)
def test_portfolio_before_office(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert rules.portfolio_before_office(text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell. Dodge shares fell on Friday.",
        "Sales fell. Harbor executives met on Friday.",
        "Sales fell. Anchor workers went on strike.",
    ],
)
def test_a_firms_own_word_after_it_keeps_the_body(text: str) -> None:
    start = 12
    end = text.index(" ", start)
    assert not opening_common_word(text, start, end, {}, listed=False)


@pytest.mark.parametrize(
    ("body", "short"),
    [
        (
            "NEW YORK, March 5 - Continental Airlines Inc, a unit of Texas Air Corp, said it filed a "
            "registration statement.\n\nContinental plans to raise 125 mln dlrs through an issue of notes.",
            "Continental",
        ),
        (
            "LONDON, May 2 - Pioneer Savings Bank, a unit of Kelvo Group, said it agreed to buy two "
            "branches.\n\nPioneer plans to close one of them by June.",
            "Pioneer",
        ),
        (
            "CHICAGO, June 3 - Summit Trust Co, a unit of Harlow Corp, said it would cut jobs.\n\n"
            "Summit expects revenue to recover next year.",
            "Summit",
        ),
    ],
)
def test_a_longer_names_short_form_opening_a_sentence_is_kept(
    extractor: EntityExtractor, body: str, short: str
) -> None:
    """A dictionary word that opens a sentence and heads a longer name the story writes is the
    firm's short name, never an ordinary word (session 36: fresh Reuters copy)."""
    firm = next(e for e in entities_of(extractor, body) if e.name.startswith(short + " "))
    assert short in {m.text for m in firm.mentions}


def test_name_heads_are_first_words_of_capitalised_runs() -> None:
    heads = opening_words.name_heads(
        "Pioneer Savings Bank said.", "House prices fell. Wheelchair user Jo Roe"
    )
    assert "pioneer" in heads and "jo" in heads
    assert "house" not in heads and "wheelchair" not in heads
