"""Quote speakers left null on web copy (issue 14, session 26): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

# --------------------------------------------------------------------------- a pronoun heading a lead-in

_NAMED = "Mayor Tom Hart spoke to the council on Tuesday. "
_WORDS = '"We cannot pay for two new ferries."'


def _lead_in_case(lead_in: str, before: str = _NAMED) -> list[str | None]:
    """The speakers of the direct quotes after ``before`` and the lead-in."""
    article = _article(f"{before}{lead_in} {_WORDS}")
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Ann Bell", forms=("Bell",)),
        _entity(article, "Port Authority", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "lead_in",
    [
        # a pronoun heading a colon lead-in or the clause of a participle is read as in "he said";
        # unread, the lead-in named no one and the quote had no speaker
        "He was blunt:",
        "He put it this way:",
        "Later, he put the price at $4 billion, adding:",
        "He praised the crews, saying,",
        "He praised the crews and the Port Authority and said:",
        "He thanked Ann Bell, saying,",
    ],
)
def test_a_pronoun_heading_a_lead_in_is_the_person_it_means(lead_in: str) -> None:
    assert _lead_in_case(lead_in) == ["Tom Hart"]


def test_the_pronoun_agrees_with_the_person() -> None:
    before = "Tom Hart met Ann Bell on Tuesday. "
    assert _lead_in_case("She was blunt:", before) == ["Ann Bell"]
    assert _lead_in_case("He was blunt:", before) == ["Tom Hart"]


@pytest.mark.parametrize(
    "lead_in",
    [
        # words handed to the subject by someone else, heard, read or received: null, as before
        "He was asked:",
        "He was told by an aide:",
        "He heard an officer yell:",
        "He had this advice from his father:",
        "He got an answer from the Port Authority:",
        "He found a note under the door:",
        "He keeps a sign on his desk:",
    ],
)
def test_words_someone_else_hands_over_stay_null(lead_in: str) -> None:
    assert _lead_in_case(lead_in) == [None]


def test_an_unnamed_official_before_the_pronoun_stays_null() -> None:
    # "he" carries on from the unnamed spokesman, as "he said" would
    before = "A spokesman for the ferry line said the boats were late. "
    assert _lead_in_case("He was blunt:", before) == [None]


# --------------------------------------------------------------------------- an occasion after "!" or "?"


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    article = _article(body)
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Ann Bell", forms=("Bell",)),
        _entity(article, "Jim Doe", forms=("Doe",)),
    ]
    return [(q.speaker_name, q.verb) for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "body",
    [
        # an occasion before the participle's comma: the quote keeps its attribution (it had
        # ended its sentence at the mark and lost it)
        '"Just met the new harbour master - very impressed!" Hart tweeted on Monday, stirring talk of a'
        " deal over"
        " the port and the ferry contracts the council has been weighing since the summer.",
        '"Is that the best the council can do?" Hart asked at the meeting, waving the budget in the air.',
        '"We will never sell the port!" Hart shouted during the rally, drawing cheers from the crowd that had'
        " gathered outside the harbour offices since early morning.",
    ],
)
def test_an_occasion_then_a_participle_keeps_the_attribution(body: str) -> None:
    assert [s for s, _ in _speakers(body)] == ["Tom Hart"]


def test_a_new_sentence_after_the_mark_is_no_attribution() -> None:
    body = (
        'Ann Bell was there. "We will never sell the port!" He shook his head on Monday, smiling at the'
        " crowd."
    )
    assert _speakers(body) == [("Ann Bell", None)]


# --------------------------------------------------------------------------- verbs of proclaiming


@pytest.mark.parametrize(
    "body",
    [
        '"The harbour belongs to all of us," Hart proclaimed.',
        'Hart proclaimed that the port would be the "jewel of the coast" for years. "It will be the busiest'
        ' port in the land."',
        'Hart decreed that the port would be the "jewel of the coast" for years. "It will be the busiest'
        ' port in the land."',
    ],
)
def test_proclaimed_and_decreed_attribute(body: str) -> None:
    assert {s for s, _ in _speakers(body)} == {"Tom Hart"}


def test_decreed_with_an_object_reports_nothing() -> None:
    # 'decreed' with an object attributes no words: the short quoted term stays no quote
    article = _article('Hart decreed a "harbour holiday" for the whole town on Friday.')
    assert extract_quotes(article, [_entity(article, "Tom Hart", forms=("Hart",))]) == []


# --------------------------------------------------------------------------- an aside before the quote


@pytest.mark.parametrize(
    "body",
    [
        # an aside of the writer's sentence names the speaker; the quote right after goes on with it
        'Ann Bell rose to speak. The port, she said, had a duty to the town. "We cannot turn away the'
        ' boats."',
        'Ann Bell rose to speak. The port, Bell argued, had a duty to the town. "We cannot turn away the'
        ' boats."',
        '"We won," Hart said.\n\nThe port, Bell insisted, had a duty to the town.\n\n"We cannot turn away'
        ' the boats."',
    ],
)
def test_an_aside_before_an_unattributed_quote_names_its_speaker(body: str) -> None:
    assert [s for s, _ in _speakers(body)][-1] == "Ann Bell"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a short reaction in between still decides, as before
        ('The port, Bell said, had a duty. Hart disagreed. "We cannot turn away the boats."', "Tom Hart"),
        # an unnamed speaker in the aside: no guess
        (
            (
                'Ann Bell rose to speak. The port, one official said, had a duty. "We cannot turn away the'
                ' boats."'
            ),
            None,
        ),
    ],
)
def test_an_aside_yields_to_nearer_or_unnamed_speakers(body: str, speaker: str | None) -> None:
    assert [s for s, _ in _speakers(body)][-1] == speaker


# --------------------------------------------------------------------------- openings naming someone else


@pytest.mark.parametrize(
    "body",
    [
        # the name in a participle or "Like" opening is its object, never the pronoun after it
        'Tom Hart took the floor. Echoing Jim Doe, he said: "The port must stay open."',
        'Tom Hart took the floor. Citing Jim Doe, he said the port must stay open. "It is our lifeline."',
        'Tom Hart took the floor. Quoting Jim Doe, he said: "The port must stay open."',
        'Tom Hart took the floor. Unlike Jim Doe, he said: "The port must stay open."',
    ],
)
def test_the_name_in_an_opening_is_not_the_pronoun(body: str) -> None:
    assert [s for s, _ in _speakers(body)] == ["Tom Hart"]


def test_a_clause_opening_may_name_the_pronoun() -> None:
    body = 'Ann Bell took the floor. When Tom Hart arrived, he said: "The port must stay open."'
    assert [s for s, _ in _speakers(body)] == ["Tom Hart"]


# --------------------------------------------------------------------------- the asker of a passive


@pytest.mark.parametrize(
    "body",
    [
        # the asker of a passive is not whom the pronoun means: the one asked answers
        'Ann Bell was not well known then. When asked by a fan to name her hero, she said, "My grandmother."',
        'Ann Bell was not well known then. Asked by a student about the port, she said, "It will stay open."',
        'Ann Bell was not well known then. When interviewed by a student on Monday, she said, "It will stay'
        ' open."',
        'Ann Bell was not well known then. She was interviewed by a student. "It will stay open," she said.',
    ],
)
def test_the_asker_of_a_passive_is_not_the_pronoun(body: str) -> None:
    assert [s for s, _ in _speakers(body)] == ["Ann Bell"]


def test_a_person_spoken_to_is_still_whom_the_pronoun_means() -> None:
    body = (
        'Ann Bell was not well known then. We spoke to a student about the port. "It will stay open,"'
        " she said."
    )
    assert [s for s, _ in _speakers(body)] == [None]


# --------------------------------------------------------------------------- a document named again


def _document_case(body: str) -> list[str | None]:
    article = _article(body)
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Harbour Times", "ORGANIZATION"),
        _entity(article, "Acme Bank", "ORGANIZATION"),
        _entity(article, "Beta Fund", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        # "the commentary said" after the commentary was brought in with its paper: the paper's
        # words, as the first quote was; it had named no one
        (
            '"Some are still unrepentant," said a commentary in the official Harbour Times.\n\n'
            "Officials protested after the visit.\n\n"
            '"Politicians have tried to whitewash the record," the commentary said.',
            "Harbour Times",
        ),
        (
            "Tom Hart wrote to the council on Monday.\n\n"
            '"The port must stay open for all of us," his letter said.\n\n'
            "The council met on Tuesday.\n\n"
            '"We cannot wait another year for the dredging," the letter said.',
            "Tom Hart",
        ),
        (
            '"Costs will rise by a third next year," said a report by Acme Bank.\n\n'
            "The report was published on Monday.\n\n"
            '"Costs will fall sharply after that," the report said.',
            "Acme Bank",
        ),
    ],
)
def test_a_document_named_again_speaks_for_its_issuer(body: str, issuer: str) -> None:
    assert _document_case(body) == [issuer, issuer]


@pytest.mark.parametrize(
    "body",
    [
        # another document of that kind brought in since: not the first issuer's
        '"Costs will rise by a third," a report by Acme Bank said.\n\n'
        "A new report by Beta Fund found the opposite.\n\n"
        '"Costs will fall sharply," the report said.',
        # no issuer brought in with the document: null, as before
        'Tom Hart spoke to the council.\n\n"Costs will rise by a third," the report said.\n\n'
        '"Costs will fall sharply," the report said.',
    ],
)
def test_a_document_with_no_known_issuer_stays_null(body: str) -> None:
    assert _document_case(body)[-1] is None


# --------------------------------------------------------------------------- a participle after a long clause

_LONG_OBJECT = (
    "about a photo from the opening of the new ferry terminal at the north end of the harbour in which"
    " the old cranes can still be seen"
)


@pytest.mark.parametrize(
    "body",
    [
        # the clause is too long for the attribution before the participle; its subject heads it
        f'Tom Hart asked the council {_LONG_OBJECT}, saying, "I cannot see why they stay."',
        f'During the meeting, Tom Hart asked the council {_LONG_OBJECT}, noting, "They must go."',
        f'Tom Hart spoke first. He asked the council {_LONG_OBJECT}, saying, "I cannot see why they stay."',
    ],
)
def test_a_participle_after_a_long_clause_is_its_subjects(body: str) -> None:
    assert [s for s, _ in _speakers(body)][-1] == "Tom Hart"


@pytest.mark.parametrize(
    "body",
    [
        # the head of the clause names no one of the story, or someone else's: null, as before
        f'The mayor asked the council {_LONG_OBJECT}, saying, "I cannot see why they stay."',
        f'Tom Hart\'s lawyer asked the council {_LONG_OBJECT}, saying, "I cannot see why they stay."',
    ],
)
def test_a_participle_after_a_clause_naming_no_one_stays_null(body: str) -> None:
    assert [s for s, _ in _speakers(body)] == [None]


# --------------------------------------------------------------------------- a reaction closing the paragraph


@pytest.mark.parametrize(
    "body",
    [
        # a short sentence headed by a person closing the paragraph before a quote-only paragraph
        'Tom Hart visited the yard on Monday. Hart praised the crews.\n\n"They did a great job this year."',
        '"The budget is fine," Ann Bell said.\n\nTom Hart disagreed.\n\n"We lack money for dredging."',
        'Ann Bell spoke first.\n\nTom Hart had a blunt message for the council.\n\n"We are short of money."',
    ],
)
def test_a_reaction_closing_the_paragraph_before_names_the_speaker(body: str) -> None:
    assert [s for s, _ in _speakers(body)][-1] == "Tom Hart"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a long sentence of the writer's in between: the last speaker goes on, as before
        (
            '"The budget is fine," Ann Bell said.\n\nTom Hart has run the yard for twenty years and'
            ' knows every crane and every crew by name.\n\n"We are short of money for the dredging."',
            "Ann Bell",
        ),
        # the quote's own paragraph opens with a sentence of its own: read there, as before
        (
            'Tom Hart disagreed.\n\nThe port has lost money for a decade. "We are short of money."',
            None,
        ),
    ],
)
def test_a_reaction_rule_reads_only_the_sentence_right_before(body: str, speaker: str | None) -> None:
    assert [s for s, _ in _speakers(body)][-1] == speaker


# --------------------------------------------------------------------------- a bare surname typed a place


def _typed_surname_case(body: str, type_: str) -> list[str | None]:
    """Ann Moyer is named in full; the entity stage typed the bare "Moyer" ``type_``."""
    from consumer.events import Entity, Mention

    article = _article(body)
    moyer = _entity(article, "Ann Moyer")
    text = article.body.text
    bare = [
        Mention(text="Moyer", field="body", start=i, end=i + 5)
        for i in range(len(text))
        if text.startswith("Moyer", i) and not text.endswith("Ann ", 0, i)
    ]
    other = Entity(id="ent_moyer", type=type_, name="Moyer", mentions=bare, salience=0.5)
    return [q.speaker_name for q in _direct(extract_quotes(article, [moyer, other]))]


@pytest.mark.parametrize(
    "body",
    [
        # the surname typed a place before an apposition or relative clause: the person
        'Ann Moyer runs the port.\n\nMoyer, who took over in May, said: "We will open on Monday."',
        'Ann Moyer runs the port.\n\nMoyer, the harbour master, said: "We will open on Monday."',
        'Ann Moyer runs the port.\n\nMoyer, 54, told reporters: "We will open on Monday."',
    ],
)
def test_a_bare_surname_typed_a_place_before_an_apposition_is_the_person(body: str) -> None:
    assert _typed_surname_case(body, "LOCATION") == ["Ann Moyer"]


def test_a_body_made_of_the_surname_stays_the_body() -> None:
    # "Acme said" is the company, whoever of the story bears the name (session 24)
    body = 'Ann Moyer runs the port.\n\nMoyer, the operator, said: "We will open on Monday."'
    assert _typed_surname_case(body, "ORGANIZATION") == ["Moyer"]


def test_a_capitalised_word_naming_no_one_stays_null() -> None:
    body = 'Ann Moyer runs the port.\n\nOfficials, who met in May, said: "We will open on Monday."'
    assert _typed_surname_case(body, "LOCATION") == [None]


# --------------------------------------------------------------------------- headlines, present tense


def _headline_speakers(headline: str) -> list[str | None]:
    article = _article("Mayor Tom Hart spoke in the harbour town on Monday.", headline=headline)
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",), role="mayor"),
        _entity(article, "Harbour News", "ORGANIZATION"),
    ]
    quotes = extract_quotes(article, entities)
    return [q.speaker_name for q in quotes if q.spans[0].field == "headline"]


@pytest.mark.parametrize(
    "headline",
    [
        # a present-tense verb of headline copy, or quoted words signed with a dash and a name
        '"We will win the vote," vows Tom Hart',
        '"The port stays open," Hart pledges',
        '"We will win the vote" - Tom Hart',
        "'We will win the vote' \u2014 Hart",
    ],
)
def test_a_headline_quote_signed_or_vowed_is_the_persons(headline: str) -> None:
    assert _headline_speakers(headline) == ["Tom Hart"]


@pytest.mark.parametrize(
    "headline",
    [
        # a site's or a body's name after the dash, or more than a name: no speaker
        '"We will win the vote" - Harbour News',
        '"We will win the vote" - Tom Hart and his rivals clash',
    ],
)
def test_a_dash_before_a_site_or_a_clause_signs_nothing(headline: str) -> None:
    assert _headline_speakers(headline) in ([None], [])


@pytest.mark.parametrize(
    "body",
    [
        # nouns and verbs of other things stay no attribution
        'Hart\'s promises to "take care" of the town were broken.',
        'The plan has been hailed as a "breakthrough" by the council.',
    ],
)
def test_promises_and_hailed_attribute_nothing(body: str) -> None:
    article = _article(body)
    assert extract_quotes(article, [_entity(article, "Tom Hart", forms=("Hart",))]) == []
