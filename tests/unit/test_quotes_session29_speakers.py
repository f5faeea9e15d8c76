"""Quote speakers left null, or given to the wrong one, though the text says who (issue 14,
session 29): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

_WORDS = '"We will not sell the mill while I am on the board."'
_STRIDE = '"I can\'t compete with his stride."'


def _speakers(body: str, people: tuple[str, ...], orgs: tuple[str, ...] = ()) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name, forms=(name.split()[-1],)) for name in people]
    entities += [_entity(article, name, "ORGANIZATION") for name in orgs]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


# ------------------------------------------------------- a tag after the mark naming no one, a name before


@pytest.mark.parametrize(
    ("body", "orgs"),
    [
        # the tag after the mark names a document or no one: the name before the mark speaks
        (f'In a debate in June, Jim Rolland said, {_WORDS[:-2]}." according to a transcript.', ()),
        (f'Jim Rolland told a reporter, {_WORDS[:-2]}," according to a transcript of the debate.', ()),
        (f'In another talk, Jim Rolland said {_WORDS[:-2]}" only to be told otherwise.', ()),
        # a paper relaying the words is not their speaker
        (f'Jim Rolland told a reporter, {_WORDS[:-2]}," according to the Kinton Herald.', ("Kinton Herald",)),
    ],
)
def test_a_name_before_the_mark_outweighs_a_tag_naming_no_one(body: str, orgs: tuple[str, ...]) -> None:
    assert _speakers(body, ("Jim Rolland",), orgs) == ["Jim Rolland"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a tag after the mark that names someone stays the speaker
        (f'Jim Rolland said, {_WORDS[:-2]}," Ann Beck told reporters.', ["Ann Beck"]),
        # no name before the mark: as before
        (f'Critics said, {_WORDS[:-2]}," according to a transcript.', [None]),
        (f'{_WORDS[:-2]}," according to the Kinton Herald.', ["Kinton Herald"]),
    ],
)
def test_a_tag_naming_someone_or_no_name_before_stays(body: str, expected: list[str | None]) -> None:
    assert _speakers(body, ("Jim Rolland", "Ann Beck"), ("Kinton Herald",)) == expected


# ----------------------------------------------------------- someone a pronoun owns: 'her lawyer said'


@pytest.mark.parametrize(
    "tag",
    [
        "her lawyer said",
        "her attorney told reporters",
        "his spokesman said",
        "her coach said",
        "his agent said",
    ],
)
def test_someone_a_pronoun_owns_is_not_the_one_person_named(tag: str) -> None:
    # read as 'the lawyer', the one person in reach, the accused herself, had been the speaker
    body = f'Jane Morrow was charged with fraud last week. Police say she fled.\n\n{_WORDS[:-2]}," {tag}.'
    assert _speakers(body, ("Jane Morrow",)) == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the named holder of the role still speaks
        (
            f'Jane Morrow was charged. Her lawyer, Tom Beck, spoke.\n\n{_WORDS[:-2]}," her lawyer said.',
            "Tom Beck",
        ),
        (
            f'Jane Morrow was charged. Lawyer Tom Beck spoke.\n\n{_WORDS[:-2]}," her lawyer said.',
            "Tom Beck",
        ),
        # 'the lawyer' with one person in reach: as before
        (f'Jane Morrow spoke for an hour.\n\n{_WORDS[:-2]}," the lawyer said.', "Jane Morrow"),
    ],
)
def test_a_named_holder_or_a_definite_description_stays(body: str, expected: str) -> None:
    people = tuple(n for n in ("Jane Morrow", "Tom Beck") if n in body)
    assert _speakers(body, people) == [expected]


# ------------------------------------------------------ a title in apposition before the holder's name


@pytest.mark.parametrize(
    "opening",
    [
        "The mayor of Kinton, Paul Grady, faces a recall vote.",
        "The embattled mayor, Paul Grady, faces a recall vote.",
        "Voters in Kinton may remove their mayor, Paul Grady, next week.",
    ],
)
def test_a_title_in_apposition_before_the_name_is_the_holders_role(opening: str) -> None:
    # Ann Beck spoke last; read with no role, 'the mayor' had been her, the last speaker
    body = (
        f'{opening} Critics including Ann Beck say he ignored the floods.\n\n{_WORDS[:-2]}," the mayor said.'
    )
    assert _speakers(body, ("Paul Grady", "Ann Beck")) == ["Paul Grady"]


def test_a_title_after_a_preposition_is_someone_elses() -> None:
    # 'a friend of the mayor, Paul Grady' may be the friend: Grady is not given the role
    body = (
        "A friend of the mayor, Paul Grady, faces a recall vote. Critics including Ann Beck say the"
        f' floods were ignored.\n\n{_WORDS[:-2]}," the mayor said.'
    )
    assert _speakers(body, ("Paul Grady", "Ann Beck")) != ["Paul Grady"]


# ---------------------------------------- a description heading a colon lead-in or a participle's clause


@pytest.mark.parametrize(
    "sentence",
    [
        f"The senator used similar words, telling a reporter, {_WORDS}",
        f"The former senator used similar words, telling a reporter, {_WORDS}",
        f"The senator was blunt: {_WORDS}",
        # a span of time opening the sentence before the description
        f"Moments before, the senator told a reporter, {_WORDS}",
        f"Two days later, the senator told a reporter: {_WORDS}",
    ],
)
def test_a_description_heading_its_clause_is_the_one_it_fits(sentence: str) -> None:
    body = f"Senator Rob Hartley spoke in Columbus on Monday. Ann Beck disagreed. {sentence}"
    article = _article(body)
    entities = [
        _entity(article, "Rob Hartley", forms=("Hartley",), role="Senator"),
        _entity(article, "Ann Beck", forms=("Beck",)),
    ]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == ["Rob Hartley"]


@pytest.mark.parametrize(
    "sentence",
    [
        # someone of the senator's, a thing, someone compared with a name in the opening
        f"The senator's wife used similar words, telling a reporter, {_WORDS}",
        f"The senator's aide was blunt: {_WORDS}",
        f"The problem was simple: {_WORDS}",
        f"Unlike Ann Beck, the senator was blunt: {_WORDS}",
    ],
)
def test_a_description_of_someone_else_stays_null(sentence: str) -> None:
    body = f"Ann Beck spoke in Columbus on Monday. {sentence}"
    assert _speakers(body, ("Ann Beck",)) == [None]


# ------------------------------------------------------------ 'quoted ... as saying' with where or when


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        (
            'He is quoted after the final as saying the following: "I can\'t compete with his stride."',
            "quoted",
        ),
        ('Petrie was quoted in the Kinton Herald as saying: "I can\'t compete with his stride."', "saying"),
        ('The Kinton Herald quoted Petrie as saying: "I can\'t compete with his stride."', "quoted"),
    ],
)
def test_quoted_as_saying_after_where_or_when_is_the_subjects(sentence: str, verb: str) -> None:
    body = f"Oscar Petrie lost the final on Sunday. {sentence}"
    article = _article(body)
    entities = [
        _entity(article, "Oscar Petrie", forms=("Petrie",)),
        _entity(article, "Kinton Herald", "ORGANIZATION"),
    ]
    quotes = _direct(extract_quotes(article, entities))
    assert [q.speaker_name for q in quotes] == ["Oscar Petrie"]
    assert verb in (quotes[0].verb or "")


# ---------------------------------------------------------- 'the mother of two', 'the CEO' of a role


@pytest.mark.parametrize(
    "tag",
    [
        "the 34-year-old mother of two told the paper",
        "the mother-of-two said",
        "the mother of three said",
    ],
)
def test_a_parent_of_children_is_the_one_person_named(tag: str) -> None:
    # 'mother of two' had been read as a relative (or 'two' as the noun)
    body = f'Ann Lee lost her home in the flood.\n\n{_WORDS[:-2]}," {tag}.'
    assert _speakers(body, ("Ann Lee",)) == ["Ann Lee"]


@pytest.mark.parametrize(
    "tag",
    [
        # someone's parent stays as before
        "his mother said",
        "the mother of the victim said",
        "a mother of two said",
    ],
)
def test_someones_parent_or_a_new_one_stays_null(tag: str) -> None:
    body = f'Ann Lee lost her home in the flood.\n\n{_WORDS[:-2]}," {tag}.'
    assert _speakers(body, ("Ann Lee",)) == [None]


@pytest.mark.parametrize(
    ("role", "tag", "expected"),
    [
        ("chief executive", "the CEO said", "Ann Lee"),
        ("chief financial officer", "the CFO said", "Ann Lee"),
        # a role the short form does not stand for
        ("chief operating officer", "the CEO said", None),
    ],
)
def test_a_short_form_of_a_role_is_its_holder(role: str, tag: str, expected: str | None) -> None:
    body = f'Ann Lee spoke on Monday. Tom Vale disagreed.\n\n{_WORDS[:-2]}," {tag}.'
    article = _article(body)
    entities = [
        _entity(article, "Ann Lee", forms=("Lee",), role=role),
        _entity(article, "Tom Vale", forms=("Vale",)),
    ]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == [expected]


# ------------------------------------------------------------------ a title's abbreviation before a name


@pytest.mark.parametrize(
    ("opening", "tag", "expected"),
    [
        ("Dr. Maria Lopez leads the clinic. Her colleague Tim Roe agreed.", "the doctor said", "Maria Lopez"),
        ("Maria Lopez leads the clinic. Dr. Tim Roe agreed.", "the doctor said", "Tim Roe"),
        ("Sen. Maria Lopez spoke in Austin. Tim Roe agreed.", "the senator said", "Maria Lopez"),
        # no title before either name, or a doctor brought in unnamed since: null as before
        ("Maria Lopez leads the clinic. Tim Roe agreed.", "the doctor said", None),
        (
            "Dr. Maria Lopez leads the clinic. A doctor at the ward, Tim Roe's aide, agreed.",
            "the doctor said",
            None,
        ),
    ],
)
def test_a_titles_abbreviation_gives_its_holder(opening: str, tag: str, expected: str | None) -> None:
    body = f'{opening}\n\n{_WORDS[:-2]}," {tag}.'
    assert _speakers(body, ("Maria Lopez", "Tim Roe")) == [expected]
