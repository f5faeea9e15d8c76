"""Quotes given to the wrong named person (issue 14, session 35, BBC stories): a colon lead-in's
subject over a tag after the quote, a name closing a subordinate clause before the verb, a role
qualified away ('shadow'), an indefinite spokesperson of another body, an unnamed official or an
agent before a pronoun or an unattributed quote. Null beats a guess."""

from __future__ import annotations

import pytest

from consumer.events import Entity
from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _speakers(body: str, people: tuple[tuple[str, str], ...], **roles: str) -> list[str | None]:
    """The speakers of the body's direct quotes, people given as (full name, surname)."""
    article = _article(body)
    ents: list[Entity] = [
        _entity(article, name, forms=(surname,), role=roles.get(surname)) for name, surname in people
    ]
    return [q.speaker_name for q in extract_quotes(article, ents) if q.kind == "direct"]


LEE = ("Ben Lee", "Lee")
VALE = ("Tom Vale", "Vale")
ROE = ("Ann Roe", "Roe")


# A lead-in 'X said:' and a tag after the first stretch ('"A," he said.') or the writer's next
# sentence after a quoted sentence closed by its stop ('Lee agreed.'): the lead-in's subject.
@pytest.mark.parametrize(
    ("body", "people", "want"),
    [
        (
            'Ben Lee said the levy was a "stealth tax". Shadow treasury chief secretary Tom Vale said:'
            ' "Everyone who looks at the accounts says there is a hole," he said.',
            (LEE, VALE),
            ["Tom Vale"],
        ),
        (
            'Ben Lee called the levy a "stealth tax". Party treasurer Tom Vale said: "Everyone who looks at'
            ' the accounts says there is a hole," he said.',
            (LEE, VALE),
            ["Tom Vale"],
        ),
        (
            'Ann Roe said: "The plan is dead and we all know it." Ben Lee agreed.',
            (ROE, LEE),
            ["Ann Roe"],
        ),
        (
            'Ann Roe said: "The harbour will close for a month!" Lee added.',
            (ROE, LEE),
            ["Ann Roe"],
        ),
        (
            'Ann Roe told the radio: "The harbour will close for a month." Ben Lee said.',
            (ROE, LEE),
            ["Ann Roe"],
        ),
    ],
)
def test_the_lead_in_subject_says_the_quote(
    body: str, people: tuple[tuple[str, str], ...], want: list[str]
) -> None:
    assert _speakers(body, people) == want


def test_a_lead_in_naming_no_entity_gives_null_not_the_pronoun_reading() -> None:
    body = (
        'Ben Lee said the plans were sound. "We have no need to change them," he said.\n\n'
        'For the Greens Dan Parr said: "The minister will tell us how well we are doing," he said.'
    )
    assert _speakers(body, (LEE,)) == ["Ben Lee", None]


# Near misses: a pronoun heading both, a stretch ending on a comma with a named tag, no lead-in.
@pytest.mark.parametrize(
    ("body", "people", "want"),
    [
        ('Ann Roe spoke first. She said: "We will win this," she said.', (ROE,), ["Ann Roe"]),
        (
            'Ben Lee said: "We will win." Club chief Ann Roe said: "We have a hole," she said.',
            (LEE, ROE),
            ["Ben Lee", "Ann Roe"],
        ),
        ('"The plan is dead," Ann Roe said. "Nobody wanted it."', (ROE,), ["Ann Roe"]),
        ('Ann Roe spoke. "The plan is dead." Ben Lee agreed.', (ROE, LEE), ["Ben Lee"]),
    ],
)
def test_near_misses_keep_the_tag(body: str, people: tuple[tuple[str, str], ...], want: list[str]) -> None:
    assert _speakers(body, people) == want


# A clause of the writer's opening the lead-in with no comma: the name right before the verb.
@pytest.mark.parametrize(
    "body",
    [
        'Tom Vale will start with Ben Lee. When asked if Vale and Lee would start Ann Roe replied: "Yes, they'
        ' will, both of them."',
        'Tom Vale will start with Ben Lee. Asked whether Lee was fit Ann Roe said: "Yes, he is fit and ready'
        ' to play."',
        "Tom Vale will start with Ben Lee. When pressed on whether Vale had been dropped Ann Roe answered:"
        ' "No, not at all."',
    ],
)
def test_a_name_closing_an_opening_clause_speaks(body: str) -> None:
    assert _speakers(body, (VALE, LEE, ROE)) == ["Ann Roe"]


def test_a_name_after_a_clause_naming_someone_else_speaks() -> None:
    body = 'Tom Vale will start. When Ann Roe arrived Vale said: "We are ready for them."'
    assert _speakers(body, (VALE, ROE)) == ["Tom Vale"]


def test_a_name_closing_an_opening_clause_no_entity_holds_is_null() -> None:
    body = 'Tom Vale will start. When asked if Vale would start Dan Parr replied: "Yes, he will start."'
    assert _speakers(body, (VALE,)) == [None]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ('Tom Vale will start. When asked, Ann Roe replied: "Yes, he will."', "Ann Roe"),
        ('After the match Ann Roe said: "We were the better side."', "Ann Roe"),
    ],
)
def test_near_misses_of_the_opening_clause(body: str, want: str) -> None:
    assert _speakers(body, (VALE, ROE)) == [want]


# 'The Foreign Secretary' is not the shadow foreign secretary: null.
@pytest.mark.parametrize(
    "body",
    [
        'Shadow foreign secretary Ben Lee said: "We have fought a good campaign."\n\nThe Foreign Secretary'
        ' told the radio: "I was making a point about policy."',
        'Shadow chancellor Ben Lee said: "We have fought a good campaign."\n\n"I was making a point about'
        ' policy," the chancellor said.',
        'Shadow home secretary Ben Lee said: "We have fought a good campaign."\n\nThe Home Secretary told'
        ' the radio: "I was making a point about policy."',
    ],
)
def test_a_role_qualified_away_is_not_the_bare_role(body: str) -> None:
    assert _speakers(body, (LEE,))[-1] is None


@pytest.mark.parametrize(
    "body",
    [
        'Foreign secretary Ben Lee said: "We have fought a good campaign."\n\nThe Foreign Secretary told'
        ' the radio: "I was making a point about policy."',
        'Shadow foreign secretary Ben Lee said: "We have fought a good campaign."\n\nThe shadow foreign'
        ' secretary told the radio: "I was making a point about policy."',
    ],
)
def test_the_holder_of_the_role_itself_stays(body: str) -> None:
    assert _speakers(body, (LEE,))[-1] == "Ben Lee"


def test_a_deputy_holder_may_still_be_the_role() -> None:
    body = (
        'Deputy Interior Minister Ben Lee said the drought was severe. "It will last," he said.\n\n'
        '"Eight provinces are affected," the Minister said.'
    )
    assert _speakers(body, (LEE,)) == ["Ben Lee", "Ben Lee"]


def test_a_former_holder_may_still_be_the_role() -> None:
    body = 'Ben Lee, a former official, spoke first.\n\n"There are two kinds of graft," the official said.'
    assert _speakers(body, (LEE,), Lee="former official") == ["Ben Lee"]


# An indefinite spokesperson of another named body is not the body whose spokesman spoke before.
def _org_speakers(body: str, orgs: tuple[str, ...]) -> list[str | None]:
    article = _article(body)
    ents = [_entity(article, name, type_="ORGANIZATION") for name in orgs]
    return [q.speaker_name for q in extract_quotes(article, ents) if q.kind == "direct"]


@pytest.mark.parametrize(
    "body",
    [
        'A Kelco spokesman said: "This has been up for weeks." But a Norvane spokeswoman said: "It was'
        ' offensive to many people."',
        'A Kelco spokesman said: "This has been up for weeks."\n\nA Dunmore Party spokeswoman said: "It was'
        ' offensive to many people."',
        'A Kelco spokesman said: "This has been up for weeks." One Norvane spokesman told the radio: "It was'
        ' offensive to many people."',
    ],
)
def test_a_spokesperson_of_another_body(body: str) -> None:
    assert _org_speakers(body, ("Kelco",)) == ["Kelco", None]


@pytest.mark.parametrize(
    "body",
    [
        'A Kelco spokesman said: "This has been up for weeks." But a Kelco spokeswoman said: "It was'
        ' offensive to many people."',
        'A Kelco spokesman said: "This has been up for weeks." But a spokeswoman said: "It was offensive'
        ' to many people."',
    ],
)
def test_a_spokesperson_of_the_same_body_or_none_named(body: str) -> None:
    assert _org_speakers(body, ("Kelco",))[0] == "Kelco"
    assert _org_speakers(body, ("Kelco",))[1] == "Kelco"


# An unnamed official heading the sentence before 'He said:' with a verb of stance: not the person
# named before the official (null: the body is not the one the official was named with here).
@pytest.mark.parametrize(
    "verb",
    ["defended the plan", "insisted the plan was fair", "rejected the claims", "denied the report"],
)
def test_he_after_an_unnamed_official_is_not_the_earlier_person(verb: str) -> None:
    body = (
        'Committee chairman Ben Lee said the rules were lax. "They must change," he said. But a spokesman'
        f' for the ministry {verb}. He said: "By making the rules clear we help judges."'
    )
    assert _speakers(body, (LEE,)) == ["Ben Lee", None]


def test_he_after_an_unnamed_official_past_a_closing_mark() -> None:
    body = (
        'Committee chairman Ben Lee said the rules were lax. He said: "They must change." But a spokesman'
        ' for the Kelco Trust said the plan was fair. He said: "By making the rules clear we help judges."'
    )
    assert _speakers(body, (LEE,)) == ["Ben Lee", None]


def test_he_after_the_named_person_stays() -> None:
    body = (
        'Committee chairman Ben Lee said the rules were lax. "They must change," he said. Lee defended the'
        ' plan. He said: "By making the rules clear we help judges."'
    )
    assert _speakers(body, (LEE,)) == ["Ben Lee", "Ben Lee"]


# An agent's reported speech right before an unattributed quote: the agent's, unnamed (null).
@pytest.mark.parametrize(
    "sentence",
    [
        "His agent told the paper that Lee was happy with the script so far.",
        "Her agent said on Monday that the deal was close.",
        "But his publicist insisted the tour would go ahead.",
    ],
)
def test_an_agents_words_before_an_unattributed_quote(sentence: str) -> None:
    body = (
        'Ben Lee said he would direct it. "It is the most important work of my life," he said.'
        f' {sentence} "Of course they want to make money."'
    )
    assert _speakers(body, (LEE,)) == ["Ben Lee", None]


def test_the_person_reacting_before_an_unattributed_quote_stays() -> None:
    body = (
        'Ben Lee said he would direct it. "It is my best work," he said. Lee told the paper he was happy.'
        ' "Of course they want money."'
    )
    assert _speakers(body, (LEE,)) == ["Ben Lee", "Ben Lee"]


# A person heading a clause of the sentence right before one a pronoun opens: that person, not the
# paragraph's earlier speaker.
@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, Dr Vale accused Mr Roe of telling lies.",
        "The club announced debts, but Vale confirmed they would spend in January.",
        "Victory took them top and Vale is confident they can stay there.",
    ],
)
def test_he_is_the_closer_clause_subject(sentence: str) -> None:
    body = (
        f'Ben Lee said the claims would fall. "We expect that," he added. {sentence} He said: "We will win."'
    )
    assert _speakers(body, (LEE, VALE, ("Ann Roe", "Roe")))[-1] == "Tom Vale"


# Near misses keep their old answer: a head of the other sex, an object, two heads, quoted words.
@pytest.mark.parametrize(
    ("sentence", "old"),
    [
        ("Earlier, Ann Roe accused Vale of telling lies.", "Ben Lee"),
        ("The club replied, but Ann Roe was unhappy.", "Ben Lee"),
        ("Later, Mr Roe accused the club of lying.", "Ben Lee"),
        ("Vale and Roe spoke to the crowd.", "Tom Vale"),
        ('Vale called it "a joke".', "Tom Vale"),
    ],
)
def test_near_misses_keep_the_old_answer(sentence: str, old: str) -> None:
    body = (
        f'Ben Lee said the claims would fall. "We expect that," he added. {sentence} He said: "We will win."'
    )
    assert _speakers(body, (LEE, VALE, ("Ann Roe", "Roe")))[-1] == old


def test_he_is_the_closer_clause_subject_after_a_quote_closing_the_sentence_before() -> None:
    body = (
        'Ben Lee said: "We will not sell him." The club announced debts, but Vale confirmed they would'
        ' spend. He said: "We will win."'
    )
    assert _speakers(body, (LEE, VALE)) == ["Ben Lee", "Tom Vale"]
