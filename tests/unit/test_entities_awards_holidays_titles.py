"""MISC and EVENT recall by class: prizes named before a lower-case kind, medals "... of ...",
schemes named in quotation marks, holidays by name, and more cues of a work's title.

Every title, prize and scheme here is made up; the holidays are real days (a lexicon, as for
diseases: nothing in the word says it is a day).
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.candidates import Candidate
from consumer.entities.retype.lexicons import holiday_spans
from consumer.entities.rules import events as event_rules
from consumer.entities.rules import works as work_rules
from consumer.entities.rules.shared import tried_where
from tests.unit.entity_texts import entities_of as _entities
from tests.unit.entity_texts import types_of as _types

_FILL = " The crowd stayed late, and the organisers said they would return next year with more guests."

# --------------------------------------------------------------------------- prizes and medals


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Marla Venn received the coveted Voice of the Harbor award at the ceremony.", "Voice of the Harbor"),
        ("He won the Best Lantern Maker prize at the fair in the spring.", "Best Lantern Maker"),
        ("She took home a Golden Reed award for her second album.", "Golden Reed"),
        ("Officials gave him the Presidential Medal of Valor at the palace.", "Presidential Medal of Valor"),
        ("Three soldiers received the Medal of Steadfastness this week.", "Medal of Steadfastness"),
    ],
)
def test_a_prize_named_before_a_lower_case_kind_or_a_medal_of_is_misc(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(name) == "MISC"


@pytest.mark.parametrize(
    "text",
    [
        "He won the MVP award after the final game.",  # a rank in capitals, no prize's name
        "The Geneva prize went to a chemist.",  # a listed place's prize: the place
        "She was named the January award winner.",  # a date word
        "The award went to the Harbor Trust.",  # no name before the kind
    ],
)
def test_no_prize_without_a_title_case_name_of_its_own(text: str) -> None:
    is_listed = lambda name: name == "Geneva"  # noqa: E731
    assert list(rules.named_awards(text, is_listed)) == []


# --------------------------------------------------------------------------- schemes in quotation marks


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("She was the patron of the charity’s “Quiet Harbor” campaign in 2001.", "Quiet Harbor"),
        ('The academy runs the "Stage Lights Forward" program for teenagers.', "Stage Lights Forward"),
        ("The city launched its ‘Clean Streets First’ initiative on Monday.", "Clean Streets First"),
        ("Volunteers ran the “Books for Every Bunk” project at the camp.", "Books for Every Bunk"),
        ("The school joined the ‘Warm Hands’ challenge last winter.", "Warm Hands"),
        ("Donors funded the “Open Doors” program for a third year.", "Open Doors"),
    ],
)
def test_a_quoted_name_before_the_kind_of_a_scheme_is_misc(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(name) == "MISC"


@pytest.mark.parametrize(
    "text",
    [
        "He put it in the “today” folder and the “later” program.",  # lower case: terms
        "She said “We will win this one” campaign staff cheered.",  # a sentence, not a name
        "The “Harbor Lights” were switched off at midnight.",  # no kind after the marks
    ],
)
def test_quoted_words_without_a_scheme_kind_or_a_name_are_no_scheme(text: str) -> None:
    assert list(rules.quoted_schemes(text)) == []


# --------------------------------------------------------------------------- holidays


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Families lit lamps for Holi across the old town.", "Holi"),
        ("Sales rose in the week before Hanukkah and Kwanzaa.", "Kwanzaa"),
        ("The office closes for Yom Kippur, as it does every autumn.", "Yom Kippur"),
        ("The bakery sells out at Easter every year.", "Easter"),
        ("Shops closed early for Eid al-Fitr on Friday.", "Eid al-Fitr"),
        # named days of the calendar (session 48): a place, two events at the possessive, a run-on
        ("A crowd gathered to watch the Bastille Day parade in the square.", "Bastille Day"),
        ("Fireworks lit the bay at midnight to welcome the New Year on New Year's Eve.", "New Year's Eve"),
        ("Boats sailed out to welcome the New Year on New Year’s Eve.", "New Year’s Eve"),
        ("Florists doubled their prices before Valentine's Day this year.", "Valentine's Day"),
    ],
)
def test_a_holiday_named_on_its_own_is_an_event(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(name) == "EVENT"


def test_a_named_eve_is_not_split_at_its_possessive(extractor: EntityExtractor) -> None:
    body = "Fireworks lit the bay at midnight to welcome the New Year on New Year's Eve."
    assert "Eve" not in _types(_entities(extractor, body + _FILL))


@pytest.mark.parametrize(
    "text",
    [
        "The game hides an Easter egg in its menu.",  # a hidden feature
        "They flew to Easter Island in March.",  # a word of a longer name
        "She read A Hanukkah Story to the class.",  # a title's word
        "The store sold Happy Halloween mugs.",  # a greeting's word
        "Tickets for the Harlow New Year's Eve Gala sold out.",  # a longer name's words
        "She joined the Memorial Day Committee in May.",
    ],
)
def test_a_holiday_word_inside_a_longer_name_or_an_easter_egg_is_no_holiday(text: str) -> None:
    assert holiday_spans(text) == []


# --------------------------------------------------------------------------- more cues of a title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ('The three singers will sing "You Never Call, Mama." at the gala.', "You Never Call, Mama"),
        ("The choir sang “Come Home, Sailor” at the end of the service.", "Come Home, Sailor"),
        ("She covered “Don't Wait Up for Me” on her first tour.", "Don't Wait Up for Me"),
        ("The band played the hit “Go On, Get Out” twice that night.", "Go On, Get Out"),
        ("Fans waited for the sequel to The Glass Orchard for years.", "The Glass Orchard"),
        ("She joined the cast of The Iron Tidewater last spring.", "The Iron Tidewater"),
        ("The studio announced a remake of The Silent Ferryman next year.", "The Silent Ferryman"),
        ("Critics loved the first season of A Year in Kelby on Sunday.", "A Year in Kelby"),
        ("He starred in the 2004 TV series Dunmore Heights before moving to film.", "Dunmore Heights"),
        ("Critics panned the TV film Last Train to Kelby last week.", "Last Train to Kelby"),
    ],
)
def test_more_cues_of_a_work_make_its_title_misc(extractor: EntityExtractor, body: str, title: str) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(title) == "MISC"


def test_a_listed_name_after_a_small_word_ends_the_title() -> None:
    text = "She watched the third season of The Iron Tidewater on Netflix."
    spans = list(rules.made_titles(text, lambda name: name == "Netflix"))
    assert [text[s:e] for s, e in spans] == ["The Iron Tidewater"]


@pytest.mark.parametrize(
    "text",
    [
        "He said the season of The Harbor Times was over.",  # a paper
        "The cast of the new play met the mayor.",  # no article-led capitalised title
    ],
)
def test_a_season_of_a_paper_or_of_lower_case_words_is_no_title(text: str) -> None:
    assert list(rules.made_titles(text, lambda _: False)) == []


# --------------------------------------------------------------------------- broadcast shows


@pytest.mark.parametrize(
    ("body", "show"),
    [
        (
            "Roe was a gofer on The Kit Marlowe Show, a daytime variety program that ran in Ohio.",
            "Kit Marlowe Show",
        ),
        ("He left The Dan Pellam Show in August 1968 to join the campaign.", "Dan Pellam Show"),
        (
            "She was a regular on the Ned Carrow Show, the late-night program, for ten years.",
            "Ned Carrow Show",
        ),
        (
            "The comedian joked about it on The Lenny Vance Show last night, and the clip spread.",
            "Lenny Vance Show",
        ),
    ],
)
def test_a_show_named_for_a_host_or_near_a_broadcast_word_is_a_work(
    extractor: EntityExtractor, body: str, show: str
) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(show) == "MISC"


def test_a_trade_show_near_a_broadcast_word_stays_a_fair() -> None:
    from consumer.entities.retype.kinds import _broadcast

    text = "The Kessel Boat Show drew a late-night crowd of buyers to the marina."
    cand = Candidate("body", 0, len("The Kessel Boat Show"), "EVENT", "ner")
    assert not _broadcast(cand, text, "The Kessel Boat Show")


# ------------------------------------------------------------ titles listed after a plural kind


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        (
            "Ford chose to write two Star Dock novels (The Final Musing and How Much for Just the Moon?, "
            "both unexpected delights) and a thriller.",
            ["The Final Musing", "How Much for Just the Moon?"],
        ),
        (
            "She loved films such as Harbor Lights and The Long Watch when she was young.",
            ["Harbor Lights", "The Long Watch"],
        ),
        (
            "Her books, including The Quiet Coast and A Year in Kelby, were reissued in May.",
            ["The Quiet Coast", "A Year in Kelby"],
        ),
        (
            "The label released albums like Copper Sun and Wild Iron Hearts in the nineties.",
            ["Copper Sun", "Wild Iron Hearts"],
        ),
    ],
)
def test_titles_listed_after_a_plural_kind_of_work_are_misc(
    extractor: EntityExtractor, body: str, titles: list[str]
) -> None:
    found = _types(_entities(extractor, body + _FILL))
    assert [found.get(title) for title in titles] == ["MISC"] * len(titles)


@pytest.mark.parametrize(
    "text",
    [
        "Her songs (written in 1990) were sung at the fair.",  # a lower-case aside
        "Sales of books such as these rose last year.",  # no title
        "He wrote novels like the ones his father read.",  # no title
        "He liked films (Fox) and said so.",  # a listed body
    ],
)
def test_a_plural_kind_of_work_before_no_title_lists_none(text: str) -> None:
    assert list(rules.listed_works(text, lambda name: name == "Fox")) == []


# --------------------------------------------------------------------------- a title and its subtitle


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "In her book “A Lantern Built in Kelby: The Quiet Towns that Rise After Floods,” she argues.",
            "A Lantern Built in Kelby: The Quiet Towns that Rise After Floods",
        ),
        (
            "His memoir “Salt and Iron: How a Harbor Town Learned to Build Ships Again” sold well this year.",
            "Salt and Iron: How a Harbor Town Learned to Build Ships Again",
        ),
        (
            "The novel “Under the Marlow Bridge: A Story of Two Sisters and One River” won praise.",
            "Under the Marlow Bridge: A Story of Two Sisters and One River",
        ),
    ],
)
def test_a_quoted_title_with_a_subtitle_is_one_misc(
    extractor: EntityExtractor, body: str, title: str
) -> None:
    assert _types(_entities(extractor, body + _FILL)).get(title) == "MISC"


def test_quoted_speech_with_a_colon_after_a_kind_is_no_title() -> None:
    text = "She said in the film, “We all knew what was coming: it was only a matter of time before it rose.”"
    assert list(rules.work_titles(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        'She sang “Blue Night” and starring in “Harbor”; a remake of "Tide", episodes of “Glass”',
        'singing  "Loud" in a version of “Far West,” then rising “No” and sings “Ab”',
        "a role in “Quiet Fields”, the cast of “Greyhaven” and covered 'Salt Roads' last year",
        "",
    ],
)
def test_cued_titles_tried_at_cue_words_are_the_whole_scan_s(text: str) -> None:
    """Cued titles tried only where a cue word stands are those a scan of the whole text finds."""
    expected = [(m.span(), m.groupdict()) for m in work_rules._CUED_TITLE.finditer(text)]
    tried = tried_where(work_rules._CUED_TITLE, text, work_rules._TITLE_CUES)
    assert [(m.span(), m.groupdict()) for m in tried] == expected


@pytest.mark.parametrize(
    "text",
    [
        "They went to the annual Kestrel Music festival and the film festival Harbor Lights.",
        "the Tarn Valley fair\tand the Orra Beer expo, then the Vell carnival's end",
        "an unfair Harbor affair: the export of the Kestrel Music festivals",
        "the food festival,\tOsterby Nights",
        "",
    ],
)
def test_kind_named_events_read_only_where_a_kind_word_stands(text: str) -> None:
    """The kind-word test skips only texts where the whole scan finds nothing."""
    found = list(rules.kind_named_events(text, lambda _: False))
    spans = []
    for match in event_rules._KIND_NAMED_EVENT.finditer(text):
        group = "name" if match.group("name") else "after"
        spans.append(match.span(group))
    assert found == spans


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a “Quiet Harbor” campaign, the ‘Fresh Start’ programmes", ["Quiet Harbor", "Fresh Start"]),
        ('the city\'s "Stage Lights" policy', ["Stage Lights"]),
        ("a new plan and a policy, the “Quiet Harbor” of the campaign", []),
    ],
)
def test_quoted_schemes_read_only_where_a_mark_and_a_kind_stand(text: str, names: list[str]) -> None:
    """The mark-and-kind test skips only texts where the whole scan finds nothing."""
    assert [text[s:e] for s, e in rules.quoted_schemes(text)] == names
