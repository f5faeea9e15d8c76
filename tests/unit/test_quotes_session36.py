"""Session 36 (BBC stories and Reuters copy of 1987): a reported clause after a closed quote is no
tag, a short partial ending a speaker's reported clause hands on to the next quote paragraph, and
unnamed people of a person or of a body of another kind speak for no one named."""

from __future__ import annotations

import pytest

from consumer.events import Entity
from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str, *names: str) -> list[tuple[str, list[str], str | None]]:
    article = _article(body)
    entities: list[Entity] = []
    for spec in names:
        name, _, kind = spec.partition(":")
        surname = name.split()[-1]
        forms = (surname,) if kind in ("", "PERSON") and surname != name else ()
        entities.append(_entity(article, name, kind or "PERSON", forms=forms))
    return [
        (q.kind, [body[s.start : s.end] for s in q.spans], q.speaker_name)
        for q in extract_quotes(article, entities)
    ]


# ----------------------------------------------------------- a reported clause after a closed quote


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the quote goes on with the first speaker; the next sentence is the second one's indirect quote
        (
            '"It was a joy to sing with her," Tom Dunmore said. "She was a kind and generous colleague."'
            " Her son Petr Lang said his mother would be greatly missed.",
            [
                (
                    "direct",
                    ["It was a joy to sing with her,", "She was a kind and generous colleague."],
                    "Tom Dunmore",
                ),
                ("indirect", ["his mother would be greatly missed"], "Petr Lang"),
            ],
        ),
        (
            '"The crowd was superb," Jo Rell said. "I felt at home." Coach Ben Aske said he would not'
            " sell her.",
            [
                ("direct", ["The crowd was superb,", "I felt at home."], "Jo Rell"),
                ("indirect", ["he would not sell her"], "Ben Aske"),
            ],
        ),
        (
            '"Prices are rising," said Ada Voss of Kelby Bank. "It is happening now." Ms Voss added that'
            " rates could rise further.",
            [
                ("direct", ["Prices are rising,", "It is happening now."], "Ada Voss"),
                ("indirect", ["rates could rise further"], "Ada Voss"),
            ],
        ),
    ],
)
def test_a_reported_clause_after_a_closed_quote_is_no_tag(
    body: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    assert _quotes(body, "Tom Dunmore", "Petr Lang", "Jo Rell", "Ben Aske", "Ada Voss") == expected


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a tag with no clause after the verb still attributes the closed quote
        ('"She was a kind and generous colleague." Petr Lang said.', "Petr Lang"),
        ('"She was a kind and generous colleague." Petr Lang told reporters on Monday.', "Petr Lang"),
        ('"Is it over?" Petr Lang asked as he left the hall.', "Petr Lang"),
        ('"She was a kind colleague." Petr Lang said in a statement.', "Petr Lang"),
    ],
)
def test_a_short_tag_after_a_closed_quote_still_attributes_it(body: str, speaker: str) -> None:
    assert [q[2] for q in _quotes(body, "Petr Lang") if q[0] == "direct"] == [speaker]


# ------------------------------------------------- a short partial ending a speaker's reported clause


@pytest.mark.parametrize(
    "clause",
    [
        'Jim Orto, of the growers\' union, said the new rules "lacked teeth".',
        'Jim Orto told the paper the plan was "far too late".',
        'Jim Orto insisted the levy was "simply unfair".',
    ],
)
def test_a_short_partial_ending_a_reported_clause_hands_on(clause: str) -> None:
    body = (
        f'"We are disappointed," Ann Wexley said.\n\n{clause}\n\n"We want a plan that farmers can live with."'
    )
    quotes = _quotes(body, "Ann Wexley", "Jim Orto")
    assert quotes[-1] == ("direct", ["We want a plan that farmers can live with."], "Jim Orto")


@pytest.mark.parametrize(
    "clause",
    [
        # a label of the writer's, not the speaker's claim: the last direct speaker goes on
        'Jim Orto called the new rules "toothless".',
        'Jim Orto described the plan as "far too late".',
        # the quote does not end the reported clause
        'Jim Orto said the rules were "toothless" and left the meeting early.',
    ],
)
def test_a_label_partial_does_not_hand_on(clause: str) -> None:
    body = (
        f'"We are disappointed," Ann Wexley said.\n\n{clause}\n\n"We want a plan that farmers can live with."'
    )
    quotes = _quotes(body, "Ann Wexley", "Jim Orto")
    assert quotes[-1] == ("direct", ["We want a plan that farmers can live with."], "Ann Wexley")


# ---------------------------------------------- an unnamed official of a business, or of a person


@pytest.mark.parametrize(
    "body",
    [
        'Growers are unhappy with the Global Tea Organization, traders said.\n\n"It is doing nothing to'
        ' help the market," one company spokesman said.',
        'Growers are unhappy with the Kelby Growers Federation, traders said.\n\n"It is doing nothing'
        ' to help the market," a company spokeswoman said.',
        'Growers are unhappy with the Norland Planters Association, traders said.\n\n"It is doing'
        ' nothing to help the market," one firm official said.',
    ],
)
def test_a_business_official_is_no_body_of_another_kind(body: str) -> None:
    names = ("Global Tea Organization:ORGANIZATION", "Kelby Growers Federation:ORGANIZATION")
    names += ("Norland Planters Association:ORGANIZATION",)
    assert [q[2] for q in _quotes(body, *names) if q[0] == "direct"] == [None]


def test_a_business_official_still_speaks_for_a_named_company() -> None:
    body = 'Growers are unhappy with Kelco Foods Inc.\n\n"It is doing nothing," one company spokesman said.'
    assert [q[2] for q in _quotes(body, "Kelco Foods Inc:ORGANIZATION") if q[0] == "direct"] == [
        "Kelco Foods Inc"
    ]


@pytest.mark.parametrize(
    "tag",
    [
        "a Ortell administration official said.",
        "an Ortell campaign spokeswoman told reporters.",
        "an aide to Agriculture Secretary Dana Ortell said.",
        "said a senior adviser to Dana Ortell.",
    ],
)
def test_someone_of_a_person_is_not_that_person(tag: str) -> None:
    body = f'Mayor Dana Ortell met the visitors on Monday.\n\n"We are open to talks on the bridge," {tag}'
    assert [q[2] for q in _quotes(body, "Dana Ortell") if q[0] == "direct"] == [None]


@pytest.mark.parametrize(
    ("tag", "names", "speaker"),
    [
        ("Dana Ortell, an aide to the governor, said.", ("Dana Ortell",), "Dana Ortell"),
        ("Mayor Dana Ortell said.", ("Dana Ortell",), "Dana Ortell"),
        # the body the entity stage named speaks for its official, as before
        (
            "an Ortell Administration official said.",
            ("Ortell Administration:ORGANIZATION",),
            "Ortell Administration",
        ),
    ],
)
def test_named_speakers_near_misses(tag: str, names: tuple[str, ...], speaker: str) -> None:
    body = f'Mayor Dana Ortell met the visitors on Monday.\n\n"We are open to talks on the bridge," {tag}'
    assert [q[2] for q in _quotes(body, *names) if q[0] == "direct"] == [speaker]


# ------------------------------------------------------ a named subject with a long apposition


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Jo Ruddle, president and chief executive officer of Kelco Oil and of the new unit, which"
            " will focus on drilling and refining, said, ",
            "Jo Ruddle",
        ),
        (
            "Farm Minister Jo Ruddle, in written remarks handed out today as the donor nations met at"
            " the capital, said, ",
            "Jo Ruddle",
        ),
        (
            "Jo Ruddle, Kelco Oil vice president and soon-to-be chief executive of the spin-off Kelco"
            " Refining and Marketing Co, said, ",
            "Jo Ruddle",
        ),
        (
            "Kelco Oil, which saw its earnings fall to two billion dollars from three billion the year"
            " before, said: ",
            "Kelco Oil",
        ),
    ],
)
def test_a_long_apposition_keeps_the_name_heading_it(lead: str, speaker: str) -> None:
    body = f'{lead}"Earnings will be better than last year."'
    assert [q[2] for q in _quotes(body, "Jo Ruddle", "Kelco Oil:ORGANIZATION")] == [speaker]


@pytest.mark.parametrize(
    "lead",
    [
        # a list of names, no apposition
        "Ann Bell, Jo Ruddle and Tim Cole, the three partners who had run the firm since the late"
        " nineties, said, ",
        # the name does not head the phrase: an object inside a long subject of the writer's
        "The long report on the future of the oil firms that worked with Jo Ruddle in the region,"
        " published last year, said, ",
    ],
)
def test_a_long_subject_not_headed_by_one_name_names_no_one(lead: str) -> None:
    body = f'{lead}"Earnings will be better than last year."'
    assert [q[2] for q in _quotes(body, "Jo Ruddle", "Ann Bell", "Tim Cole")] == [None]


# ------------------------------------------------------- a quoted term before a dashed apposition


@pytest.mark.parametrize(
    "body",
    [
        "Another striker is coming. 'The next Pele' - Tom Vance - is joining Kelby for $20m.",
        'Kelby have a new hero. "The new boy wonder" -- Ed Marr -- has signed a five-year deal.',
        "The final was a shock. \u201cThe people\u2019s champion\u201d \u2014 Ann Lutz \u2014 was beaten in"
        " two sets.",
    ],
)
def test_a_term_before_a_dashed_apposition_is_no_quote(body: str) -> None:
    assert [q for q in _quotes(body, "Tom Vance", "Ed Marr", "Ann Lutz") if q[0] != "indirect"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # words someone said (a subject pronoun, an auxiliary) stay a quote
        ('"We will win" - Tom Vance - said the coach.', [("direct", ["We will win"], "Tom Vance")]),
        (
            '"We will win the cup," Tom Vance said. "It is ours" - that was his promise - and nobody'
            " doubted him.",
            [("direct", ["We will win the cup,", "It is ours"], "Tom Vance")],
        ),
    ],
)
def test_said_words_before_a_dashed_apposition_stay_quotes(
    body: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    assert [q for q in _quotes(body, "Tom Vance") if q[0] != "indirect"] == expected


# ------------------------------------------------- a named relative heading the sentence before

_FLEW = "Ann Marsh and Tom Marsh flew to Spain after reports of a sighting.\n\n"
_MARSHES = ("Ann Marsh", "Tom Marsh")


@pytest.mark.parametrize(
    ("para", "names", "speaker"),
    [
        (
            'Marsh\' sister Rachel makes an appeal on television. "Please come home," she said.',
            _MARSHES,
            None,
        ),
        (
            'Marsh\'s daughter Lily, a nurse, wept at the hearing. "He was good," she told reporters.',
            _MARSHES,
            None,
        ),
        ('Tom Marsh\'s brother Piotr spoke outside the court. "We want the truth," he said.', _MARSHES, None),
        # the relative is an entity: she speaks
        (
            'Marsh\'s sister Rachel Marsh makes an appeal. "Please come home," she said.',
            (*_MARSHES, "Rachel Marsh"),
            "Rachel Marsh",
        ),
    ],
)
def test_a_named_relative_before_a_pronoun_tag_is_not_someone_else(
    para: str, names: tuple[str, ...], speaker: str | None
) -> None:
    assert [q[2] for q in _quotes(_FLEW + para, *names) if q[0] == "direct"] == [speaker]


@pytest.mark.parametrize(
    "para",
    [
        # a relative of the other sex: the pronoun means someone else, as before
        'Marsh\'s son Piotr was born in May. "He is a joy," she said.',
        # someone named since the relative: as before
        'Marsh\'s sister Rachel makes an appeal. Ann Marsh agreed. "Please come home," she said.',
    ],
)
def test_a_named_relative_near_misses(para: str) -> None:
    assert [q[2] for q in _quotes(_FLEW + para, *_MARSHES) if q[0] == "direct"] == ["Ann Marsh"]


# ------------------------------------------------ an employer whose name holds "and" in the tag


@pytest.mark.parametrize(
    "tag",
    [
        "said Wilf Gobert of Peters and Co Ltd.",
        "said analyst Wilf Gobert at Smith and Jones Inc, a Denver brokerage.",
        "Wilf Gobert of Orr, Lane and Drew said.",
    ],
)
def test_an_employer_holding_and_is_no_second_subject(tag: str) -> None:
    body = f'"The talk is about Kelco, which sold its stake in 1975," {tag}'
    assert [q[2] for q in _quotes(body, "Wilf Gobert", "Drew:PERSON") if q[0] == "direct"] == ["Wilf Gobert"]


def test_a_reported_clause_of_a_ministry_holding_and() -> None:
    body = "Spending rose in the first quarter, the Department of Trade and Industry said."
    quotes = _quotes(body, "Department of Trade and Industry:ORGANIZATION")
    assert quotes == [
        ("indirect", ["Spending rose in the first quarter"], "Department of Trade and Industry")
    ]


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        # two people joined by "and": no one speaker, as before
        ("said Wilf Gobert and Ann Bell.", None),
        # a clause after the name: the subject is the name, as before
        ("said Wilf Gobert, who left Peters and joined Kelco.", "Wilf Gobert"),
    ],
)
def test_an_employer_holding_and_near_misses(tag: str, speaker: str | None) -> None:
    body = f'"The talk is about Kelco, which sold its stake in 1975," {tag}'
    assert [q[2] for q in _quotes(body, "Wilf Gobert", "Ann Bell") if q[0] == "direct"] == [speaker]
