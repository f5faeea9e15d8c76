"""The quote stage's speakers on web copy, session 24 (issue 14): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

# --------------------------------------------------------------------------- a position held "of" a field


def _held_case(body: str) -> str | None:
    """The speaker of the one direct quote after Tom Hart spoke of something else."""
    article = _article(f"Tom Hart opened the hearing on Monday. {body}")
    entities = [_entity(article, "Ann Bell", forms=("Bell",)), _entity(article, "Tom Hart", forms=("Hart",))]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "body",
    [
        # a title with "of"/"for" and its field before the holder's name: read as "a friend of
        # Acme's founder", the quote was someone else's and had no speaker
        'Professor of soil science Ann Bell, for her part, told the panel, "The fields will not recover."',
        '"The fields will not recover," said professor of soil science Ann Bell.',
        'Director of communications Ann Bell said: "We will appeal the ruling at once."',
        '"We will appeal the ruling at once," the port\'s head of research Ann Bell said.',
        '"We will appeal the ruling at once," chief of staff Ann Bell told reporters.',
        'Minister for fisheries Ann Bell said: "The quotas will be cut again next year."',
    ],
)
def test_a_position_held_of_a_field_is_the_named_persons_own(body: str) -> None:
    assert _held_case(body) == "Ann Bell"


@pytest.mark.parametrize(
    "body",
    [
        # relations and aides of the named person are someone else, unnamed
        '"We will appeal the ruling at once," the wife of farmer Ann Bell said.',
        '"We will appeal the ruling at once," a spokesman for councillor Ann Bell said.',
        '"We will appeal the ruling at once," a lawyer for businesswoman Ann Bell said.',
        '"We will appeal the ruling at once," the head of security for minister Ann Bell said.',
        '"We will appeal the ruling at once," a friend of the director of research Ann Bell said.',
    ],
)
def test_someone_of_the_named_person_stays_null(body: str) -> None:
    assert _held_case(body) is None


# --------------------------------------------------------------------------- "the Acme economist said"


def _body_person_case(second: str) -> str | None:
    """The speaker of the second direct quote, after Ann Bell's, the body named before both."""
    article = _article(
        "Tom Hart runs a farm near the river. Ann Bell, who teaches at Kent University, studied the floods. "
        f'Bell told the paper, "The fields will not recover this year." {second}'
    )
    entities = [
        _entity(article, "Ann Bell", forms=("Bell",)),
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Kent University", "ORGANIZATION"),
    ]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "second",
    [
        # a definite description of a person that the body qualifies: the person named before,
        # as "the expert added" is; it had been read as the body's own words
        'The Kent University expert added: "The levees were built too low."',
        '"The levees were built too low," the Kent University researcher said.',
        '"The levees were built too low," said the Kent University hydrologist.',
        '"The levees were built too low," the Kent University scientist told reporters.',
    ],
)
def test_the_bodys_expert_is_the_person_named_before(second: str) -> None:
    assert _body_person_case(second) == "Ann Bell"


@pytest.mark.parametrize(
    "second",
    [
        # the body's officials and the body itself speak for it, as before
        '"The levees were built too low," the Kent University spokesman said.',
        '"The levees were built too low," a Kent University spokeswoman said.',
        '"The levees were built too low," the Kent University statement said.',
        '"The levees were built too low," Kent University said in a statement.',
    ],
)
def test_the_bodys_officials_and_the_body_stay_the_body(second: str) -> None:
    assert _body_person_case(second) == "Kent University"


def test_the_head_of_a_body_is_the_person_in_apposition_not_the_body() -> None:
    # "head of" a body names someone of the body: the apposition after it says who
    article = _article(
        'Tom Hart runs a farm. "The levees were built too low," '
        "said the head of Kent University, Dean Ann Bell."
    )
    entities = [
        _entity(article, "Ann Bell", forms=("Bell",)),
        _entity(article, "Tom Hart"),
        _entity(article, "Kent University", "ORGANIZATION"),
    ]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name == "Ann Bell"


# --------------------------------------------------------------------------- "A farmer had this to say:"


def _colon_case(lead: str) -> str | None:
    """The speaker of a quote after a colon lead-in, in the paragraph after Tom Hart spoke."""
    article = _article(f'Tom Hart spoke first. "We will win," Hart said.\n\n{lead} "The river is too high."')
    entities = [_entity(article, "Tom Hart", forms=("Hart",))]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "lead",
    [
        # an unnamed person of a kind heading the lead-in says the words: the last speaker had gone on
        "A local farmer had this to say:",
        "A local farmer was blunt:",
        "A neighbour had a different view:",
        "Another shopper put it this way:",
        "An elderly woman at the market had this to say:",
        "One local farmer had a simple message:",
    ],
)
def test_an_unnamed_person_heading_a_colon_lead_in_is_no_last_speaker(lead: str) -> None:
    assert _colon_case(lead) is None


@pytest.mark.parametrize(
    "lead",
    [
        # no person heads these lead-ins (an -er adjective is no "farmer"), so the last speaker goes on
        "A closer look at his plan shows it:",
        "A bigger worry remains:",
        "A further point was made:",
        "A new poster went up:",
    ],
)
def test_a_lead_in_headed_by_no_person_lets_the_last_speaker_go_on(lead: str) -> None:
    assert _colon_case(lead) == "Tom Hart"


# --------------------------------------------------------------------------- "her letter said"


def _document_case(body: str) -> str | None:
    """The speaker of the one direct quote, with Ann Bell, Tom Hart and Acme named."""
    article = _article(f"Tom Hart runs the mill. {body}")
    entities = [
        _entity(article, "Ann Bell", forms=("Bell",)),
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Acme", "ORGANIZATION"),
    ]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "body",
    [
        # what a person wrote, quoted by its owner: the writer's words; read as someone of Bell's
        # ('Bell's lawyer said'), the quote had no speaker
        'Ann Bell wrote to the council. "We are full every night," her letter said.',
        '"We are full every night," Ann Bell\'s statement said.',
        '"We are full every night," Bell\'s letter to the council said.',
        '"We are full every night," read Bell\'s post on Facebook.',
        'Ann Bell wrote online. "We are full every night," her tweet said.',
    ],
)
def test_a_document_of_a_persons_is_that_persons_words(body: str) -> None:
    assert _document_case(body) == "Ann Bell"


@pytest.mark.parametrize(
    "body",
    [
        # someone of Bell's, whom the text does not name
        '"We are full every night," Bell\'s lawyer said.',
        '"We are full every night," Bell\'s mother told reporters.',
        'Ann Bell was there. "We are full every night," her husband said.',
        "\"We are full every night,\" Bell's lawyer's letter said.",
    ],
)
def test_someone_of_a_persons_stays_null(body: str) -> None:
    assert _document_case(body) is None


def test_a_bodys_statement_stays_the_bodys() -> None:
    assert _document_case('"We are full every night," Acme\'s statement said.') == "Acme"


# --------------------------------------------------------------------------- "Mrs Bell said" in a family


def _couple_case(attribution: str, linked: str = "Tom Bell", son: bool = True) -> str | None:
    """The speaker of '"...," <attribution>' when each bare "Bell" is linked to ``linked``."""
    family = "Tom Bell and his wife, Ann Bell, opened the bakery in 1984."
    if son:
        family += " Their son, Jack Bell, runs a cafe."
    article = _article(f'{family}\n\n"We never thought we would stop," {attribution}.')
    people = ["Tom Bell", "Ann Bell", "Jack Bell"] if son else ["Tom Bell", "Ann Bell"]
    entities = [_entity(article, name, forms=("Bell",) if name == linked else ()) for name in people]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    ("attribution", "linked", "speaker"),
    [
        # a title that says the sex picks the one Bell of that sex; the entity stage had linked the
        # bare surname to another member of the family
        ("Mrs Bell said", "Jack Bell", "Ann Bell"),
        ("said Mrs. Bell", "Tom Bell", "Ann Bell"),
        ("Ms Bell told reporters", "Jack Bell", "Ann Bell"),
    ],
)
def test_a_title_of_one_sex_picks_the_one_family_member_of_that_sex(
    attribution: str, linked: str, speaker: str
) -> None:
    assert _couple_case(attribution, linked) == speaker


def test_mr_picks_the_one_man_of_a_couple() -> None:
    assert _couple_case("Mr Bell said", "Ann Bell", son=False) == "Tom Bell"


@pytest.mark.parametrize(
    ("attribution", "linked"),
    [
        ("Mr Bell said", "Jack Bell"),  # two men called Bell: the entity stage's link stands
        ("Dr Bell said", "Jack Bell"),  # a title that does not say the sex
        ("Bell said", "Tom Bell"),  # no title
    ],
)
def test_no_single_agreeing_person_keeps_the_linked_one(attribution: str, linked: str) -> None:
    assert _couple_case(attribution, linked) == linked


def test_a_title_of_one_sex_picks_the_family_member_with_no_mention_of_the_surname() -> None:
    # no bare "Bell" linked to anyone: the surname alone names two people, the title one of them
    article = _article('Tom Bell and Ann Bell ran the shelter for years. "We are full," Mrs. Bell said.')
    entities = [_entity(article, "Tom Bell"), _entity(article, "Ann Bell")]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name == "Ann Bell"


# --------------------------------------------------------------------------- a surname typed a thing


def _thing_case(
    attribution: str, type_: str = "PRODUCT", people: tuple[str, ...] = ("Jane Moyer",)
) -> str | None:
    """The speaker of '"...," <attribution>' when the entity stage typed the bare surname ``type_``."""
    article = _article(
        f'{" and ".join(people)} ran the lab for years. "We never had the money," {attribution}.'
    )
    entities = [_entity(article, name) for name in people]
    entities.append(_entity(article, "Moyer", type_))
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize("attribution", ["said Moyer", "Moyer said", "Moyer told reporters"])
@pytest.mark.parametrize("type_", ["PRODUCT", "MISC"])
def test_a_surname_typed_a_thing_is_the_one_person_of_that_surname(attribution: str, type_: str) -> None:
    # the thing's own name had been the speaker, and it names no one of the story
    assert _thing_case(attribution, type_) == "Jane Moyer"


def test_a_surname_typed_a_thing_shared_by_two_people_stays_the_thing() -> None:
    assert _thing_case("said Moyer", people=("Jane Moyer", "Tim Moyer")) == "Moyer"


def test_a_name_typed_a_body_is_never_read_as_a_persons_surname() -> None:
    # "Acme said" is the company, whoever of the story bears the name
    assert _thing_case("said Moyer", "ORGANIZATION") == "Moyer"


# --------------------------------------------------------------------------- "the same official explains"


def _same_case(body: str) -> str | None:
    """The speaker of the last direct quote; Ann Bell's role is "former official of the ministry"."""
    article = _article(body)
    entities = [
        _entity(article, "Ann Bell", forms=("Bell",), role="former official of the ministry"),
        _entity(article, "Tom Hart", forms=("Hart",)),
    ]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


_BELL_SPOKE = '"The money went abroad," says Ann Bell, a former official of the ministry.'


@pytest.mark.parametrize(
    "rest",
    [
        # someone of the role brought in without a name after the holder spoke: "the (same)
        # official" is that unnamed one; it had been the holder named further back
        '\n\nTom Hart runs a shop. "Is the state broke?" one Western official asks. "Maybe."'
        '\n\n"There are two kinds of graft," the same official explains.',
        "\n\nTom Hart runs a shop. Another official, who asked not to be named, was blunt."
        '\n\n"There are two kinds of graft," the official said.',
        " Tom Hart runs a shop. An official at the port disagreed."
        '\n\n"There are two kinds of graft," the official said.',
    ],
)
def test_the_role_after_an_unnamed_one_was_brought_in_is_the_unnamed_one(rest: str) -> None:
    assert _same_case(_BELL_SPOKE + rest) is None


@pytest.mark.parametrize(
    "body",
    [
        # the holder's own apposition is no one else brought in
        "Ann Bell, a former official of the ministry, spoke first. Tom Hart runs a shop."
        '\n\n"There are two kinds of graft," the official said.',
        # the unnamed one came before the holder was named again
        "One official stayed outside. Later Ann Bell arrived at the meeting. Tom Hart runs a shop."
        '\n\n"There are two kinds of graft," the official said.',
    ],
)
def test_the_role_of_the_holder_named_last_stays_the_holder(body: str) -> None:
    assert _same_case(body) == "Ann Bell"


# --------------------------------------------------------------------------- "On reflection, she added,"


def _second_stretch_case(body: str) -> str | None:
    article = _article(f"Tom Hart ran the shop. That year, Bell became its manager. {body}")
    entities = [_entity(article, "Ann Bell", forms=("Bell",)), _entity(article, "Tom Hart")]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "body",
    [
        # a second stretch of one sentence whose lead-in opens with a phrase and its comma: the
        # pronoun after the comma is the subject; read as the whole phrase, it named no one
        "In 2005 she told the paper, \"I never liked it, so I said, 'Stop.'\" "
        'On a more personal level, she added, "I always thought I was too slow."',
        "In 2005 she told the paper, \"I never liked it, so I said, 'Stop.'\" "
        'In the same interview, she added, "I always thought I was too slow."',
    ],
)
def test_a_pronoun_after_an_opening_phrase_and_its_comma_is_the_subject(body: str) -> None:
    assert _second_stretch_case(body) == "Ann Bell"


@pytest.mark.parametrize(
    "body",
    [
        # a name after the opening phrase is the subject, as before
        "In 2005 she told the paper, \"I never liked it, so I said, 'Stop.'\" "
        'On a more personal level, Tom Hart added, "I always thought she was too slow."',
    ],
)
def test_a_name_after_an_opening_phrase_stays_the_subject(body: str) -> None:
    assert _second_stretch_case(body) == "Tom Hart"
