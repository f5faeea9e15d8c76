"""Direct-quote precision on web copy (issue 14, session 20): quoted words that are no one's
whole sentence. Made-up texts, each shape with near misses that must stay as they were."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _kinds(body: str, names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    article = _article(body)
    ents = [_entity(article, name) for name in names]
    return [(q.kind, q.text) for q in extract_quotes(article, ents)]


# --------------------------------------------------------------------------- a list of fragments


@pytest.mark.parametrize(
    "body",
    [
        "The mayor, who \u201ctalked about the cost of the bridge,\u201d \u201cmade no promise about "
        "the tolls on the river,\u201d and \u201cleft early\u201d went home.",
        'Why did a singer who "sang about the rain in the valley," "wrote songs about the war in the '
        'north," and "toured for years" never win a prize?',
        'A coach who "shouted at the players in the locker room," "threw a chair at the referee after '
        'the game," and "lost his job" is back.',
    ],
)
def test_a_list_of_quoted_fragments_opens_no_sentence(body: str) -> None:
    assert [kind for kind, _ in _kinds(body) if kind == "direct"] == []


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # capitalised items are sentences of their own
        ('"We will win," "We will fight," chanted the crowd at the rally on Sunday.', ["direct", "direct"]),
        # after a full stop the next stretch opens a sentence, whatever its case
        ('"It is over." "we are done here and going home," Ann Roe said.', ["direct", "direct"]),
        # an attributed list: every item a fragment of the reported clause (the middle one was direct)
        (
            'Ann Roe said the mayor "talked about the cost of the bridge," "made no promise about the '
            'tolls," and "left early."',
            ["partial", "partial", "partial"],
        ),
        # one stretch in lower case after a comma that closes no quote: unchanged
        ('Ann Roe was blunt, "we are done here and going home," she said.', ["direct"]),
    ],
)
def test_a_list_of_quoted_fragments_near_misses(body: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _kinds(body, ("Ann Roe",))] == kinds


# --------------------------------------------------------------------------- code on web pages


@pytest.mark.parametrize(
    "body",
    [
        '    """Run the slow tests in a real browser window."""',
        'record = {\n    "name": name,\n    "link": link\n}',
        '"Label": "between the office and the bus stop",\n"Price": 3.5,',
        'def load():\n    """Load the page and wait for the table to fill."""\n    return page',
    ],
)
def test_code_is_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ('He had one message for the board: "We will not sell the company."', ["direct"]),
        ('"It was a disaster from start to finish": that is how Ann Roe put it.', ["direct"]),
        ('"We are ready," Ann Roe said: "the rest is up to the voters."', ["direct"]),
    ],
)
def test_code_near_misses(body: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _kinds(body, ("Ann Roe",))] == kinds


# --------------------------------------------------------------------------- "she went on"

_NURSE = '"The ward has been full since May," said Ann Roe, a nurse.\n\n'


@pytest.mark.parametrize(
    "body",
    [
        'The clinic lost power twice. "I am tired of the noise," she went on. "Nobody sleeps here."',
        'She went on: "We will open the second ward when the generator arrives next week."',
        '"It is hard to keep the children warm at night," Ann Roe goes on.',
    ],
)
def test_went_on_attributes_a_quote(body: str) -> None:
    article = _article(_NURSE + body)
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Roe")]) if q.kind == "direct"]
    assert [(q.verb, q.speaker_name) for q in quotes[1:]] == [
        ("went on" if "went" in body else "goes on", "Ann Roe")
    ]


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        ('"We won the match," she said, and went on to thank the fans.', "said"),
        ('"We won the match," she said as the party went on into the night.', "said"),
    ],
)
def test_went_on_near_misses(body: str, verb: str) -> None:
    article = _article(_NURSE + body)
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Roe")]) if q.kind == "direct"]
    assert [q.verb for q in quotes[1:]] == [verb]


# --------------------------------------------------------------------------- a question and its answer


@pytest.mark.parametrize(
    "body",
    [
        'When the magazine asked Ann Roe, "What did you learn from the long winter?" the singer '
        'answered, "I learned that I can live without an audience for a while."',
        'A reporter asked Ann Roe, "Will you run again next year?" the mayor replied, "I have not made '
        'up my mind and I will not rush it."',
        'Tom Reed asked, "Why did the bridge cost so much?" the engineer responded, "Steel prices '
        'doubled in the year we built it."',
    ],
)
def test_an_answer_after_a_question_is_a_quote_of_its_own(body: str) -> None:
    assert [kind for kind, _ in _kinds(body, ("Ann Roe", "Tom Reed"))] == ["direct", "direct"]


@pytest.mark.parametrize(
    "body",
    [
        # the same speaker goes on after a question of her own
        '"Why would we stop now?" she asked, "when the work is nearly done and paid for?"',
        # a pronoun answering: the paragraph rules read it (unchanged here)
        'Tom Reed asked, "Why did the bridge cost so much?" she replied, "Steel prices doubled."',
        # no question before the mark
        '"We will not stop now," Ann Roe answered, "when the work is nearly done and paid for."',
    ],
)
def test_an_answer_after_a_question_near_misses(body: str) -> None:
    assert [kind for kind, _ in _kinds(body, ("Ann Roe", "Tom Reed"))] == ["direct"]


# --------------------------------------------------------------------------- cited titles


@pytest.mark.parametrize(
    "body",
    [
        '"Reading Weather Charts with Simple Neural Networks and e-Maps" (PDF). Journal of Maps. 12.',
        '"How to Plant Tulips in Heavy Clay Soil Without a Spade".',
        '"A Field Guide to the Birds of the Northern Coastal Marshes", Harbour Press, 2011.',
    ],
)
def test_a_cited_title_is_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    "body",
    [
        '"We will plant the tulips in the heavy clay soil this spring."',
        '"Reading weather charts is a skill most of us have lost over the years".',
        '"We Will Plant The Tulips In The Heavy Clay Soil This Spring!"',
    ],
)
def test_a_cited_title_near_misses(body: str) -> None:
    assert [kind for kind, _ in _kinds(body)] == ["direct"]


# --------------------------------------------------------------------------- a relative clause


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (
            'Ann Roe said the airline flew the families to Dover, "where a team of nurses will be '
            'assigned to each family".',
            ["partial"],
        ),
        (
            'The company opened a plant in Ohio, "which will employ more than 400 people by the end of '
            'next year," Ann Roe said.',
            ["partial"],
        ),
        ('The team moved to Leeds, "where the fans have always been kind to us," Ann Roe said.', ["partial"]),
    ],
)
def test_a_quoted_relative_clause_is_partial(body: str, kinds: list[str]) -> None:
    assert [kind for kind, _ in _kinds(body, ("Ann Roe",))] == kinds


@pytest.mark.parametrize(
    "body",
    [
        # a question opening with the relative word
        'Ann Roe asked, "which of you will pay for the damage to the roof?"',
        # a capital: a sentence of its own
        'Ann Roe said, "Which is why we will stay in the city until the work is done."',
        # no comma before the mark: the rules that were there read it
        '"We will stay in the city until the work is done," Ann Roe said.',
    ],
)
def test_a_quoted_relative_clause_near_misses(body: str) -> None:
    assert [kind for kind, _ in _kinds(body, ("Ann Roe",))] == ["direct"]


# --------------------------------------------------------------------------- printed words


@pytest.mark.parametrize(
    "body",
    [
        'A photo showed a red T-shirt with his face in a blue jacket and the words: "Tom Reed: the true '
        'voice of the valley."',
        'Ann Roe said marchers held banners emblazoned with: "Nobody beats the valley boys this year."',
        'The banner over the stage carried the message: "Welcome home to the heroes of the valley."',
    ],
)
def test_words_a_sign_or_shirt_carries_are_no_quote(body: str) -> None:
    assert _kinds(body, ("Tom Reed",)) == []


@pytest.mark.parametrize(
    "body",
    [
        'Ann Roe repeated the words: "We will not leave this town until the mill reopens."',
        'Ann Roe, who wore a red T-shirt, said: "We will not leave this town until the mill reopens."',
        'Placards were few, but Ann Roe said the message was simple: "We want our jobs back."',
    ],
)
def test_printed_words_near_misses(body: str) -> None:
    assert [kind for kind, _ in _kinds(body, ("Ann Roe",))] == ["direct"]


# --------------------------------------------------------------------------- imagined words


@pytest.mark.parametrize(
    "body",
    [
        'Readers who never tried the app may wonder, "What is all the fuss about?"',
        'Here is where you might be thinking, "Why not just buy a new one and be done with it?"',
        'The two friends look at each other as if to say, "We will get through this together."',
        'The book answers a harder question; namely, "Why did the town stop trusting its own council?"',
    ],
)
def test_imagined_words_are_no_quote(body: str) -> None:
    assert _kinds(body) == []


@pytest.mark.parametrize(
    "body",
    [
        'Ann Roe went on to say, "We will get through this together, as we always have."',
        'Ann Roe said, "You may wonder why we stayed, but this is our home."',
        'Asked what fans may think, Ann Roe said: "We will get through this together."',
    ],
)
def test_imagined_words_near_misses(body: str) -> None:
    assert [kind for kind, _ in _kinds(body, ("Ann Roe",))] == ["direct"]
