"""Quotes, session 49 (issue 14, wire copy): a verb of saying joined on as the subject's second
predicate before a quoted fragment ('She declined to name other bidders but said the offer "is all
cash, and it is for all of the company."', 'Tom Vell, 44, is from Marlow, and said the families
"need to ..."'). Session 48 read it for a name heading the clause, a bare "and" and five quoted words
at most: a pronoun, "but", an age set off by commas or a longer fragment in lower case left the
quote with no speaker, or dropped it. Made-up texts."""

from __future__ import annotations

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str | None]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    bell = _entity(article, "Jane Bell", forms=("Bell",))
    return [(q.kind, q.speaker_name) for q in extract_quotes(article, [roe, bell])]


def test_a_pronoun_and_but_before_a_long_fragment_give_the_pronouns_person() -> None:
    body = (
        "The harbor board met on Monday.\n\n"
        "Roe said the board had received other offers. She declined to name the other bidders but "
        'said the ferry firm\'s offer "is all cash, and it is for all of the routes."'
    )
    assert _quotes(body) == [("indirect", "Ann Roe"), ("partial", "Ann Roe")]


def test_a_name_with_an_age_before_is_and_a_long_fragment_gives_the_name() -> None:
    body = (
        "The harbor board met on Monday.\n\n"
        'Jane Bell, 44, is from Marlow, and said the ferry crews "need to follow the rules like '
        'everyone else on the island."'
    )
    assert _quotes(body) == [("partial", "Jane Bell")]


def test_a_longer_lower_case_fragment_after_a_named_subjects_and_said() -> None:
    body = (
        "The harbor board met on Monday.\n\n"
        'Roe met the ferry crews and said the plan "is a fair deal for all of the families on the island."'
    )
    assert _quotes(body) == [("partial", "Ann Roe")]


def test_a_pronoun_with_no_one_named_before_stays_null() -> None:
    body = (
        "The harbor board met on Monday.\n\n"
        'She met the ferry crews and said the plan "is a fair deal for all of the families on the island."'
    )
    assert [who for _, who in _quotes(body)] in ([], [None])


def test_a_verb_of_saying_the_and_may_continue_is_still_no_head() -> None:
    # negative: the board agreed, not Roe (session 48's guard holds for a longer fragment too)
    body = (
        "The harbor board met on Monday.\n\n"
        'Roe said the board met and agreed the plan was "a fair deal for all of the families on the island."'
    )
    assert "Ann Roe" not in [who for kind, who in _quotes(body) if kind != "indirect"]


def test_a_capitalised_long_fragment_is_left_to_the_said_clause_rule() -> None:
    # negative: a whole quoted sentence after the second predicate is not this rule's
    body = (
        "The harbor board met on Monday.\n\n"
        'Roe met the ferry crews and said the plan "Is a fair deal for all of the families on the island."'
    )
    assert _quotes(body) == []
