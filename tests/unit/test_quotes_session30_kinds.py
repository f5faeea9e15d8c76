"""Direct quotes whose kind is wrong on fresh news and blog pages (issue 14, session 30).
Made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity, _kinds_of

# ------------------------- the writer's subject, an attribution set off by commas, the quoted predicate


@pytest.mark.parametrize(
    "sentence",
    [
        'The storm, former Governor Bell told reporters on Sunday, "broke the mayor\'s momentum."',
        'The new levy, Bell said, "hit the smallest farms in the valley hardest."',
        "Her husband, Bell told the court, \u201cnever came home after the night shift.\u201d",
        'The harbour plan, said Bell, "gives the council far too much say over the quay."',
    ],
)
def test_predicate_after_interposed_attribution_is_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a clause of its own, an opening adverbial, an answer: the quote keeps its reading
        ('The storm, Bell said, "We lost every boat in the harbour that night."', ["direct"]),
        ('The storm, Bell said, "we lost every boat in the harbour that night."', ["direct"]),
        ('The next day, Bell said, "thanks to the crews we lost no boats at all."', ["direct"]),
        ('On the quay, Bell said, "nobody believes the ferry will come back."', ["direct"]),
        ('The storm, Bell said, "absolutely wrecked every boat in the harbour."', ["direct"]),
    ],
)
def test_near_misses_of_interposed_predicates_keep_their_kind(sentence: str, kinds: list[str]) -> None:
    assert _kinds_of(sentence) == kinds


# ----------------------------------- a title the writer points to or a work put out: no one's words


@pytest.mark.parametrize(
    "sentence",
    [
        'Prices fell again. (See: "Why the Port Will Keep Losing Money This Year.")',
        "Prices fell again. (Also see: \u201cFerry Numbers Point Directly to a Long Winter.\u201d)",
        'Prices fell again. Read more: "The quay is closing and nobody knows why."',
        'Link: acme.com: "The Business of Farming: What works and how it is done."',
        'Earlier today the Acme Institute released a new study, "The Business of Farming: What works."',
        'Bell published an essay, "Why the ferry will never come back to the island."',
    ],
)
def test_cross_references_and_published_titles_are_no_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # the words of a post after its colon, a statement after its comma, a sentence with a tag
        ('Bell wrote a post: "We are closing the shop on the quay for good."', ["direct"]),
        ('Bell released a statement, "We are closing the shop on the quay for good."', ["direct"]),
        ('See: "We are closing the shop on the quay for good," Bell said.', ["direct"]),
        ('You will see: "We are closing the shop on the quay for good."', ["direct"]),
    ],
)
def test_near_misses_of_titles_keep_their_kind(sentence: str, kinds: list[str]) -> None:
    assert _kinds_of(sentence) == kinds


# ------------------------------ search terms, and a work named after a clause about it: no quote


@pytest.mark.parametrize(
    "sentence",
    [
        'According to Bell, searches for "cheap ferry tickets" rose by 70% last week.',
        'Bell said users who searched for "cheap ferry tickets to the island" found nothing.',
        'Bell said the keyword "ferry tickets" brings in most of the visitors.',
        'Bell said anyone who googled "ferry to the island" got the old timetable.',
        'Bell said it reminds her of a great post she once read called "Be brave or go home" and smiled.',
    ],
)
def test_search_terms_and_works_called_after_a_clause_are_no_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a person who calls out, searches a place or speaks to a search party still speaks
        ('A man in the crowd called "Stop the boats now, all of you!" and Bell said so too.', ["direct"]),
        ('Bell searched the quay and said: "There is nobody left on the island tonight."', ["direct"]),
        ('Bell told the search party, "There is nobody left on the island tonight."', ["direct"]),
    ],
)
def test_near_misses_of_search_terms_keep_their_kind(sentence: str, kinds: list[str]) -> None:
    assert _kinds_of(sentence) == kinds


# ------------------------------------- a quote inside the quote typed with the same marks: one quote


def _direct_texts(body: str) -> list[str]:
    article = _article(f"Ann Bell runs the port.\n\n{body}")
    quotes = extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))])
    return [q.text for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("body", "inner"),
    [
        (
            "\u201cThe ferry runs daily. As my father used to say, \u201cnever give up the ship\u201d and we"
            " never will,\u201d Bell said.",
            "\u201cnever give up the ship\u201d",
        ),
        (
            "\u201cI did not see how anyone could have \u201cvillain\u201d written all over him until I met"
            " him,\u201d Bell said.",
            "\u201cvillain\u201d",
        ),
        (
            '"The ferry runs daily. As my father used to say, "never give up the ship, whatever the weather"'
            ' and we never will," Bell said.',
            '"never give up the ship, whatever the weather"',
        ),
    ],
)
def test_quote_inside_a_quote_with_the_same_marks_stays_inside(body: str, inner: str) -> None:
    texts = _direct_texts(body)
    assert len(texts) == 1 and inner in texts[0] and texts[0].endswith(("never will,", "him,"))


@pytest.mark.parametrize(
    ("body", "texts"),
    [
        # a lost closing mark before the tag (since session 31: the first stretch ends at its comma,
        # the tag is no quoted words), and two quotes in turn, read as before
        (
            '"We lost the boats, Bell said. "But we will win them back next time," she added.',
            ["We lost the boats,", "But we will win them back next time,"],
        ),
        (
            "\u201cWe lost the boats,\u201d Bell said. \u201cWe will win them back,\u201d she added.",
            ["We lost the boats,", "We will win them back,"],
        ),
        (
            "A stray \u201cmark here. \u201cWe will win the boats back,\u201d Bell said.",
            ["We will win the boats back,"],
        ),
    ],
)
def test_near_misses_of_nested_quotes_keep_their_extent(body: str, texts: list[str]) -> None:
    assert _direct_texts(body) == texts


# ------------------------------------------ a reply brought in by 'to which': someone else's quote


def _quotes_of_two(body: str) -> list[tuple[str | None, str]]:
    article = _article(f"Ann Bell and Tom Doe run the port.\n\n{body}")
    people = [_entity(article, "Ann Bell", forms=("Bell",)), _entity(article, "Tom Doe", forms=("Doe",))]
    return [(q.speaker_name, q.text) for q in extract_quotes(article, people) if q.kind == "direct"]


@pytest.mark.parametrize(
    "body",
    [
        '"We will not close the quay this year," Bell said, to which Doe replied: "The ferry stops in May."',
        '"We will not close the quay this year," Bell said, to which Doe responded, "The ferry stops soon."',
        "\u201cWe will not close the quay,\u201d Bell told them, to which Doe answered: \u201cThe ferry"
        " stops in May.\u201d",
    ],
)
def test_reply_after_to_which_is_a_second_quote(body: str) -> None:
    quotes = _quotes_of_two(body)
    assert [q[0] for q in quotes] == ["Ann Bell", "Tom Doe"]
    assert quotes[1][1].startswith("The ferry stops")


@pytest.mark.parametrize(
    "body",
    [
        # the same speaker going on, or a 'to' that brings in no reply
        '"We will not close the quay this year," Bell said, and then added: "The ferry stops in May."',
        '"We will not close the quay this year," Bell said, pointing to the ferry. "It stops in May."',
    ],
)
def test_near_misses_of_replies_keep_one_quote(body: str) -> None:
    quotes = _quotes_of_two(body)
    assert len(quotes) == 1 and quotes[0][0] == "Ann Bell"
