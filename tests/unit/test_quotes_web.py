"""The quote stage on web copy (issue 14): lead-ins that name a new speaker, made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity, _kinds_of

_FIRST = '"We will win," said Tom Reed.\n\n'
_WORDS = '"We have had months of this. Nobody is listening."'


def _last_speaker(body: str, names: tuple[str, ...]) -> str | None:
    article = _article(_FIRST + body)
    entities = [_entity(article, "Tom Reed", forms=("Reed",))] + [
        _entity(article, n, forms=(n.split()[-1],)) for n in names
    ]
    quotes = _direct(extract_quotes(article, entities))
    assert quotes[-1].text.startswith("We have had months")
    return quotes[-1].speaker_name


@pytest.mark.parametrize(
    "body",
    [
        # a second predicate of the subject before the colon: no clause of its own
        f"Former mayor Ann Bell echoed the sentiment, but laid blame on Sam Cole: {_WORDS}",
        f"Ann Bell agreed with him, but added a warning: {_WORDS}",
        # an opening phrase that ends with the name and its verb is the attribution
        f"To that Ann Bell adds, {_WORDS}",
        f"As Bell notes, {_WORDS}",
        # ', saying,' after objects that name people: the sentence's subject says it
        f"Ann Bell also talked about her friends Sam Cole and Dee Park, saying, {_WORDS}",
    ],
)
def test_lead_in_names_new_speaker(body: str) -> None:
    assert _last_speaker(body, ("Ann Bell", "Sam Cole", "Dee Park")) == "Ann Bell"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (f"Reed said the plan was late, but one caller declared: {_WORDS}", None),
        (f"When asked, Ann Bell said, {_WORDS}", "Ann Bell"),
        (f"Asked about Reed, Ann Bell said: {_WORDS}", "Ann Bell"),
        (f"In a letter to Tom Reed, Ann Bell wrote, {_WORDS}", "Ann Bell"),
        (f"As Reed put it, {_WORDS}", "Tom Reed"),
        (f"Ann Bell wrote to the board, saying, {_WORDS}", "Ann Bell"),
        (f"To his critics, Ann Bell had a message: {_WORDS}", "Ann Bell"),
    ],
)
def test_lead_in_near_misses(body: str, speaker: str | None) -> None:
    assert _last_speaker(body, ("Ann Bell",)) == speaker


_CASH = '"Cash is the enemy of the poor,"'


@pytest.mark.parametrize(
    "body",
    [
        # two people joined by "and" say it together: no one speaker (null), and the quote is
        # attributed, so it neither joins the paragraph before nor falls to its speaker
        f"{_CASH} Ann Bell and Sam Cole said in their book.",
        f"{_CASH} Ann Bell and Sam Cole write in their book.",
        f"{_CASH} write Bell and Cole.",
        f"{_CASH} the researchers write.",
    ],
)
def test_two_speakers_null(body: str) -> None:
    article = _article(_FIRST + body)
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in ("Tom Reed", "Ann Bell", "Sam Cole")]
    quotes = _direct(extract_quotes(article, entities))
    assert [q.text for q in quotes] == ["We will win,", "Cash is the enemy of the poor,"]
    assert quotes[1].speaker is None and quotes[1].verb is not None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (f"{_CASH} Ann Bell told Sam Cole and Dee Park.", "Ann Bell"),
        (f"{_CASH} said Ann Bell, who met Sam Cole and Dee Park.", "Ann Bell"),
        (f'Asked about Sam Cole and Dee Park, Ann Bell said: {_CASH[:-2]}."', "Ann Bell"),
        (f"{_CASH} Bell said of Cole and Park.", "Ann Bell"),
    ],
)
def test_two_speakers_near_misses(body: str, speaker: str) -> None:
    article = _article(_FIRST + body)
    entities = [
        _entity(article, n, forms=(n.split()[-1],)) for n in ("Tom Reed", "Ann Bell", "Sam Cole", "Dee Park")
    ]
    quotes = _direct(extract_quotes(article, entities))
    assert quotes[-1].text.startswith("Cash is") and quotes[-1].speaker_name == speaker


def test_two_speakers_reported_clause_kept() -> None:
    article = _article("Ann Bell and Sam Cole said the new plan would fail within a year.")
    entities = [_entity(article, n) for n in ("Ann Bell", "Sam Cole")]
    quotes = extract_quotes(article, entities)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", None)]
    assert quotes[0].text.startswith("the new plan would fail")


@pytest.mark.parametrize(
    "body",
    [
        'Add this:\n\n"require": {\n\n"acme/widget": "~1.0@dev",\n\n"acme/gadget": ">=2.1,<3.0-dev"\n\n}',
        "$users = [\n\n'ann' => [\n\n'avatar' => 'face1.png',\n\n'rank' => 'Novice',\n\n],",
        'Set "colour": "blue" in the settings.',
    ],
)
def test_code_keys_and_values_are_no_quotes(body: str) -> None:
    assert extract_quotes(_article(body), []) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ('"Absolutely not."', "Absolutely not."),
        ('"No way," he said.', "No way,"),
        ('"Who went on top?"', "Who went on top?"),
        ('"Not now": that was all he said.', "Not now"),
    ],
)
def test_short_quotes_kept(body: str, text: str) -> None:
    assert [q.text for q in extract_quotes(_article(body), [])] == [text]


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        # a medium relaying words in the present tense: the words are the person's
        ('"I do not regret it," local newspapers quote Ana Salinas as saying.', "quoted as saying"),
        # a bare verb after a contracted modal
        ('Ana Salinas met the rebels.\n\n"Peace be with you," she\'d shout, and they would answer.', "shout"),
    ],
)
def test_relay_and_modal_verbs(body: str, verb: str) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Ana Salinas")]))
    assert [(q.speaker_name, q.verb) for q in quotes] == [("Ana Salinas", verb)]


def test_quoted_by_stays_passive() -> None:
    article = _article('"We will not move," Ana Salinas said, in words the paper would quote in full.')
    quotes = _direct(extract_quotes(article, [_entity(article, "Ana Salinas")]))
    assert [(q.speaker_name, q.verb) for q in quotes] == [("Ana Salinas", "said")]


@pytest.mark.parametrize(
    "body",
    [
        # a title after a naming word set off by a comma, or after 'author of'
        'Ann Bell later penned a piece entitled, "Why Are People Finally Paying Attention to the Crimes?"',
        '"They never called them monsters," said Ann Bell, a writer and author of "Monsters on Film: The '
        'Definitive Story of Undead Cinema" (Acme, 2014).',
        # lyrics and screen text: a work is the subject after the mark
        '"Hell do I care what I look like when I feel this good?" the song asks.',
        '"Even with bombs there is no guarantee," declares the witty opening credits sequence for the film.',
        '"We will win," reads the headline.',
    ],
)
def test_titles_lyrics_screen_text(body: str) -> None:
    article = _article(body)
    quotes = extract_quotes(article, [_entity(article, "Ann Bell")])
    assert [q.text for q in quotes if q.kind == "direct" and not q.text.startswith("They never")] == []


@pytest.mark.parametrize(
    "body",
    [
        '"We will win," Ann Bell told the show.',
        'Ann Bell told the show, "We will win."',
        '"We will win," Ann Bell said in the film.',
        '"We will win," Ann Bell, the author of the song, said.',
        'Ann Bell, known as the quiet one, said: "We will win."',
    ],
)
def test_works_near_misses(body: str) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Ann Bell")]))
    assert [(q.text.rstrip(",."), q.speaker_name) for q in quotes] == [("We will win", "Ann Bell")]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # after an auxiliary or a preposition, lower-case quoted words go on with the sentence's
        # own clause: a fragment
        (
            'Ann Bell said more warming would "take the climate outside the range which has been seen."',
            "partial",
        ),
        (
            'Ann Bell said that pupils were "simply ranked, with little regard to what they can do".',
            "partial",
        ),
        (
            'Ann Bell said the plan would lead to "lower standards and a shift from what pupils can learn."',
            "partial",
        ),
        (
            'Ann Bell said it would have been "really intense if he had left this violent place behind."',
            "partial",
        ),
        # near misses: a clause of its own after "that" or a subordinator, a capital, a sentence end inside
        ('Ann Bell said that "we will win this fight before the winter comes."', "direct"),
        ('Ann Bell told them to act before "they do their job," she wrote.', "direct"),
        ('Ann Bell said it was "a great day. We will all remember it for many years."', "direct"),
    ],
)
def test_fragment_after_auxiliary_or_preposition(body: str, kind: str) -> None:
    article = _article(body)
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Bell")]) if q.kind != "indirect"]
    assert [(q.kind, q.speaker_name) for q in quotes] == [(kind, "Ann Bell")]


def test_pronoun_clause_after_copula_stays_direct() -> None:
    article = _article('The main reason, writes Ann Bell, is "it\'s always about money, every single time."')
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Bell")]) if q.kind != "indirect"]
    assert [q.kind for q in quotes] == ["direct"]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ('Ann Bell said the critics "don\'t know what the hell they are talking about."', "partial"),
        ('Ann Bell said Reed "didn\u2019t fight hard enough" to change the court.', "partial"),
        ('Ann Bell said that "we don\'t know what the hell they are talking about."', "direct"),
        ("\"Don't know, don't care,\" Ann Bell said.", "direct"),
    ],
)
def test_negated_auxiliary_opening(body: str, kind: str) -> None:
    article = _article(body)
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Bell")]) if q.kind != "indirect"]
    assert [(q.kind, q.speaker_name) for q in quotes] == [(kind, "Ann Bell")]


@pytest.mark.parametrize(
    ("body", "texts"),
    [
        ('"We are coming," declares the opening credits sequence for the film. "Nobody is safe."', []),
        ('"No entry," a sign on the gate said. "Keep out of the yard."', []),
        # near miss: a real speaker after a sign's words in the same paragraph
        ('"No entry," a sign on the gate said. Ann Bell laughed: "Nobody reads it."', ["Nobody reads it."]),
    ],
)
def test_next_sentence_of_a_sign_or_work(body: str, texts: list[str]) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Ann Bell")]))
    assert [q.text for q in quotes] == texts


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # an opening prepositional phrase with no comma after it: the name before the verb speaks
        ("In a letter to his lawyer Ann Bell said:", "Ann Bell"),
        ("But in a hand-written note to his letter Ann Bell said:", "Ann Bell"),
        ("In an interview with the paper Ann Bell said:", "Ann Bell"),
        # near misses: someone of the named person, unnamed
        ("A friend of the founder Ann Bell said:", None),
        ("The former wife of property tycoon Ann Bell said:", None),
        ("A spokesman for the family of Ann Bell said:", None),
        ("At the request of Ann Bell the committee said:", None),
    ],
)
def test_opening_phrase_without_comma(lead: str, speaker: str | None) -> None:
    article = _article(f"{lead} {_WORDS}")
    quotes = _direct(extract_quotes(article, [_entity(article, "Ann Bell")]))
    assert [q.speaker_name for q in quotes] == [speaker]


_COLE = "Sara Cole, a motel maid, simply wanted to vote. "
_ANGRY = '"I did not want to do it because I am always angry!" she tells us.'


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a long opening clause before the name: the name still heads its sentence, and "she"
        # after the quote carries on from it
        (f"{_COLE}When asked to play her in the new film, Ann Bell hesitated: {_ANGRY}", "Ann Bell"),
        (
            f"{_COLE}After weeks of talks with the studio about the part, Ann Bell hesitated: {_ANGRY}",
            "Ann Bell",
        ),
        # near miss: the name is an object inside the opening
        (f"{_COLE}When asked about Ann Bell in the new film, she hesitated: {_ANGRY}", "Sara Cole"),
    ],
)
def test_long_opening_before_subject(body: str, speaker: str) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Sara Cole"), _entity(article, "Ann Bell")]))
    assert [q.speaker_name for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # a name ending in s with a bare apostrophe owns what follows: someone of theirs, unnamed
        ("said Stevens\u2019 mother, Janet, who watched them.", None),
        ("Stevens' lawyer said.", None),
        # near misses: the name itself speaks
        ("said Stevens.", "Laura Stevens"),
        ("Stevens said, smiling.", "Laura Stevens"),
    ],
)
def test_possessive_of_name_in_s(attribution: str, speaker: str | None) -> None:
    article = _article(f'Laura Stevens met Kyle last year.\n\n"We were surprised at first," {attribution}')
    quotes = _direct(extract_quotes(article, [_entity(article, "Laura Stevens", forms=("Stevens",))]))
    assert [q.speaker_name for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("second", "texts"),
    [
        # after a colon that names no speaker, a lower-case fragment is the writer's phrase
        (
            'Now we should add one thing few can live without: "pizza delivered hot to your home."',
            [],
        ),
        # near misses: an attribution (a quote still, partial since session 23), a clause of its
        # own, a speaker named before the colon
        (
            'Ann Bell explained that the suspects included: "the police, the army and the tax office."',
            ["the police"],
        ),
        ('Her answer was simple: "we will win, and they know it."', ["we will win"]),
        ('Ann Bell was blunt: "nobody listens to us."', ["nobody listens"]),
    ],
)
def test_lower_case_fragment_after_colon(second: str, texts: list[str]) -> None:
    article = _article(f'"We will win," said Ann Bell.\n\n{second}')
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Bell")]) if q.kind != "indirect"][1:]
    assert [q.text for q in quotes if not any(q.text.startswith(t) for t in texts)] == []
    assert len(quotes) == len(texts)


_PULL = "The clinic has no power left at all."
_SAID = f'"We waited for fuel for a week," said Dr. Ann Bell, who runs the clinic. "{_PULL}"'


@pytest.mark.parametrize(
    "body",
    [
        # a pull quote set apart above the quote it repeats: furniture, no quote of its own
        f'Fuel ran out in the south.\n\n"{_PULL}"\n\n{_SAID}',
        # ... in single marks, below it
        f"Fuel ran out in the south.\n\n{_SAID}\n\n\u2018{_PULL}\u2019\n\nThe army said little.",
        # ... right after the quote paragraph, where it would join the quote before it
        f'"The roads are closed," said Tom Reed.\n\n"{_PULL}"\n\n{_SAID}',
    ],
)
def test_a_pull_quote_is_no_second_quote(body: str) -> None:
    article = _article(body)
    entities = [_entity(article, "Ann Bell", forms=("Bell",)), _entity(article, "Tom Reed")]
    quotes = _direct(extract_quotes(article, entities))
    assert [q.text for q in quotes if _PULL in q.text] == [f"We waited for fuel for a week, {_PULL}"]
    assert all(q.text.count(_PULL) <= 1 and q.text != _PULL for q in quotes)


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # near misses: a quote paragraph that repeats nothing, a short repeat, a repeat in a
        # paragraph with words of its own
        (f'Fuel ran out in the south.\n\n"The roads are closed to all."\n\n{_SAID}', 2),
        (f'Fuel ran out in the south.\n\n"No power."\n\n{_SAID}\n\n"No power," he said again.', 3),
        (f'Fuel ran out.\n\nShe said it twice: "{_PULL}"\n\n{_SAID}', 2),
    ],
)
def test_a_quote_paragraph_that_repeats_nothing_stays(body: str, count: int) -> None:
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))]))
    assert len(quotes) == count


@pytest.mark.parametrize(
    "body",
    [
        # a participle and its object right before the mark: the sentence's subject says it
        f"Ann Bell praised the nurses, telling reporters, {_WORDS}",
        f"Ann Bell praised the nurses, telling Sam Cole, {_WORDS}",
        # ... after quoted words earlier in the sentence
        f'Ms Bell used her speech to attack a "one-size-fits-all" approach to the plan, adding: {_WORDS}',
        f'Ann Bell called the plan a "total mess" and a "bad joke", noting: {_WORDS}',
        # ... past a conditional clause that names someone else
        f"If Reed had read the report, Ann Bell would be surprised, telling Sam Cole, {_WORDS}",
    ],
)
def test_participle_before_the_mark_is_the_subjects(body: str) -> None:
    assert _last_speaker(body, ("Ann Bell", "Sam Cole")) == "Ann Bell"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # near misses: a reporting verb before the participle, an opening participle, a clause
        # opening on "when", a participle after the closing mark
        (f"Ann Bell warned against the plan, telling Sam Cole: {_WORDS}", "Ann Bell"),
        (f"Telling the story again, Ann Bell said: {_WORDS}", "Ann Bell"),
        (f"When Ann Bell left, Sam Cole said: {_WORDS}", "Sam Cole"),
        ('"We have had months of this," Sam Cole said, telling reporters the plan was late.', "Sam Cole"),
    ],
)
def test_participle_near_misses(body: str, speaker: str) -> None:
    assert _last_speaker(body, ("Ann Bell", "Sam Cole")) == speaker


_LEGISLATOR = 'Trains were late again.\n\nAnn Bell criticised the board.\n\n"We have had months of this," {}'


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # a legislator's title as a description: the one person named in reach
        ("the Labour MP said.", "Ann Bell"),
        ("the MEP told reporters.", "Ann Bell"),
        ("the congresswoman said.", "Ann Bell"),
        ("the former councillor said.", "Ann Bell"),
        # near misses: someone new, unnamed
        ("an MP said.", None),
        ("one councillor said.", None),
    ],
)
def test_a_legislators_title_is_the_person_in_reach(attribution: str, speaker: str | None) -> None:
    article = _article(_LEGISLATOR.format(attribution))
    quotes = _direct(extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))]))
    assert [q.speaker_name for q in quotes] == [speaker]


def test_a_legislators_title_with_two_people_in_reach_is_no_one() -> None:
    article = _article(_LEGISLATOR.replace("criticised the board", "met Sam Cole").format("the MP said."))
    entities = [_entity(article, "Ann Bell"), _entity(article, "Sam Cole")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        # a thing brought in by the name it goes by: its name, no one's words
        "A Facebook group called 'We stand with Ann Bell' has grown fast.",
        'An online petition called "Give the nurses their pay now" was signed by thousands.',
        "She founded a charity called \u201cHope for every child in the town\u201d in 2010.",
        "One page has 900 members, while another called 'The Ann Bell Appreciation Club' has more.",
    ],
)
def test_a_name_after_a_thing_called_is_no_quote(sentence: str) -> None:
    article = _article(f"Fans love Ann Bell.\n\n{sentence}")
    assert _direct(extract_quotes(article, [_entity(article, "Ann Bell")])) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # near misses: a person who called out words, a subject that called something so
        ("Ann Bell called, \u201cWe need help now, not next year.\u201d", "direct"),
        ("A nurse called out: \u201cWe need help now, not next year.\u201d", "direct"),
        ("Ann Bell called \u201cthe whole plan a waste of public money\u201d on Monday.", "partial"),
    ],
)
def test_called_near_misses(sentence: str, kind: str) -> None:
    article = _article(f"Fans love Ann Bell.\n\n{sentence}")
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Bell")]) if q.kind != "indirect"]
    assert [q.kind for q in quotes] == [kind]


_HEARD = '"We have had months of this. Nobody is listening," '


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # a name the entity stage typed MISC, heading the attribution before its affiliation
        ("Patrol Chief Jim Roe with the Acme Police said.", "Patrol Chief Jim Roe"),
        ("said Patrol Chief Jim Roe of the Acme Police.", "Patrol Chief Jim Roe"),
        ("Patrol Chief Jim Roe of the Acme Police told reporters.", "Patrol Chief Jim Roe"),
        # near misses: the body heads the phrase, or speaks through its spokesman
        ("the Acme Police said of Patrol Chief Jim Roe.", "Acme Police"),
        ("a spokesman for the Acme Police said.", "Acme Police"),
    ],
)
def test_a_misc_typed_name_before_its_affiliation_speaks(attribution: str, speaker: str) -> None:
    article = _article(_HEARD + attribution)
    entities = [
        _entity(article, "Patrol Chief Jim Roe", type_="MISC"),
        _entity(article, "Acme Police", type_="ORGANIZATION"),
    ]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == [speaker]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # an opening preposition before a name, then a subject and its verb: the subject speaks
        ("Under Ann Bell, Sam Cole writes,", "Sam Cole"),
        ("For Ann Bell, Sam Cole said,", "Sam Cole"),
        ("Under Ann Bell, the agency said:", None),
        # near misses: a title before the name, with an apposition or straight before the verb
        ("Under Secretary Ann Bell, a veteran of the agency, said:", "Ann Bell"),
        ("Under Secretary Ann Bell said:", "Ann Bell"),
        ("With Ann Bell at his side, Sam Cole said:", "Sam Cole"),
    ],
)
def test_an_opening_preposition_before_a_name(lead: str, speaker: str | None) -> None:
    assert _last_speaker(f"{lead} {_WORDS}", ("Ann Bell", "Sam Cole")) == speaker


@pytest.mark.parametrize(
    "second",
    [
        # a quote opening its sentence that runs on, past a participle or a preposition, to a
        # verb-first attribution at the end
        '"We are like every other school board" trying to keep pupils safe, says Ann Bell.',
        '"We remain committed to the plan" despite the delays, said Ann Bell.',
        '"We will keep every promise we made" amid the storm, said Ann Bell.',
    ],
)
def test_a_quote_running_on_past_a_participle_to_its_attribution(second: str) -> None:
    article = _article(f'"We will win," said Tom Reed.\n\n{second}')
    entities = [_entity(article, "Tom Reed"), _entity(article, "Ann Bell")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == ["Tom Reed", "Ann Bell"]


@pytest.mark.parametrize(
    "second",
    [
        # near misses: a title running on, a quote running on with no attribution
        '"The Wit and Wisdom of Ann Bell" became a best seller, said Sam Cole.',
        '"We are like every other school board" trying to keep pupils safe.',
    ],
)
def test_a_quote_running_on_near_misses(second: str) -> None:
    article = _article(f'"We will win," said Tom Reed.\n\n{second}')
    entities = [_entity(article, "Tom Reed"), _entity(article, "Ann Bell"), _entity(article, "Sam Cole")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))] == ["Tom Reed"]


@pytest.mark.parametrize("bullet", ["- ", "\u2022 ", "\u2014 "])
def test_a_bulleted_quote_running_on_to_its_attribution(bullet: str) -> None:
    article = _article(
        f'"We will win," said Tom Reed.\n\n{bullet}"We are like every other school board" trying to keep'
        ' pupils safe, says Ann Bell. "We just throw darts at the wall to see what sticks."'
    )
    entities = [_entity(article, "Tom Reed"), _entity(article, "Ann Bell")]
    speakers = [q.speaker_name for q in _direct(extract_quotes(article, entities))]
    assert speakers == ["Tom Reed", "Ann Bell", "Ann Bell"]


_QUESTION = '"What is the worst problem in the courts?"'
_ANSWER = '"We have had months of this. Nobody is listening,"'


@pytest.mark.parametrize(
    "body",
    [
        # the person a question was put to answers it: "she replied" is that person
        f"A reporter asked Ann Bell, {_QUESTION}\n\n{_ANSWER} she replied.",
        f"At the briefing, one student asked Ann Bell: {_QUESTION}\n\n{_ANSWER} she answered.",
        f"During the hearing, a lawyer asked Ann Bell, {_QUESTION}\n\n{_ANSWER} she responded.",
        f"Tom Reed asked Ann Bell, {_QUESTION} {_ANSWER} she responded.",
    ],
)
def test_the_one_asked_replies(body: str) -> None:
    article = _article(body)
    entities = [_entity(article, "Ann Bell"), _entity(article, "Tom Reed")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))][-1] == "Ann Bell"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # near misses: the pronoun's sex rules the one asked out; no question; "said", not a reply
        (f"A reporter asked Ann Bell, {_QUESTION}\n\n{_ANSWER} he replied.", None),
        (f'A reporter asked Ann Bell, "Tell us about the courts."\n\n{_ANSWER} she replied.', None),
        (f"Tom Reed asked Ann Bell, {_QUESTION}\n\n{_ANSWER} he said.", "Tom Reed"),
    ],
)
def test_the_one_asked_near_misses(body: str, speaker: str | None) -> None:
    article = _article(body)
    entities = [_entity(article, "Ann Bell"), _entity(article, "Tom Reed")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, entities))][-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # lower-case quoted words that go on with the writer's own clause: after its subject,
        # its verb, a determiner or a relative pronoun; no attribution follows the mark
        "Bell said the harbour board has \u201cspent every cent of the grant, and the cranes are "
        "still idle.\u201d",
        "She also said her \u201cteam will open the new terminal before the summer season starts.\u201d",
        "Bell said the ferry crews in 2019 \u201cworked double shifts while the managers were away.\u201d",
        "Bell urged the board to keep the old pier open \u201cso we do not lose the small fishing "
        "boats,\u201d and to fund the dredging.",
        "Bell said the skipper, who \u201cbrought the crew home while the waves were high,\u201d "
        "deserves a medal.",
    ],
)
def test_lower_case_words_going_on_with_the_writers_clause_are_partial(sentence: str) -> None:
    assert _kinds_of(sentence) == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a clause handed to the speaker ("that", a reporting verb, a conjunction,
        # an addressee), a subject pronoun opening the words, quoted words running past a
        # sentence end of their own (session 23: the attribution after the mark no longer keeps
        # them direct, test_quotes_writer_fragments.py)
        "Bell said that \u201cthe harbour board has spent every cent of the grant on cranes.\u201d",
        "Bell told reporters \u201cnobody on the board has read the survey of the pier.\u201d",
        "Bell told the crowd at the rally \u201cpeople are tired of waiting for the new pier.\u201d",
        "Bell said on Tuesday night \u201cnothing will stop the pier from opening in May.\u201d",
        "Bell warned the board because \u201cwe will lose the small fishing boats to other ports.\u201d",
        "Bell said the crews \u201cwe hired last year are the best the port has ever had.\u201d",
        "Bell said the crews \u201cworked double shifts for weeks. Nobody thanked them for it.\u201d",
    ],
)
def test_lower_case_words_handed_to_the_speaker_stay_direct(sentence: str) -> None:
    assert _kinds_of(sentence) == ["direct"]


def _direct_texts(body: str) -> list[tuple[str, str | None]]:
    article = _article(body)
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in ("Ann Bell", "Sam Cole")]
    return [(q.text, q.speaker_name) for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    ("body", "second"),
    [
        # a second speaker and verb between two stretches, after a conjunction: two quotes
        (
            "\u201cWe will open the pier in May,\u201d Ann Bell said, and Sam Cole replied, "
            "\u201cNot before the survey is done.\u201d",
            ("Not before the survey is done.", "Sam Cole"),
        ),
        (
            "The mayor says, \u201cIs the pier safe for the fishing boats?\u201d and we say, "
            "\u201cNot before the survey is done.\u201d",
            ("Not before the survey is done.", None),
        ),
        (
            "\u201cWe will open the pier in May,\u201d said Ann Bell, and her deputy added, "
            "\u201cNot before the survey is done.\u201d",
            ("Not before the survey is done.", None),
        ),
        (
            "\u201cWhere is the money for the pier?\u201d Ann Bell asked, but her deputy was saying, "
            "\u201cNot before the survey is done.\u201d",
            ("Not before the survey is done.", None),
        ),
    ],
)
def test_a_second_speaker_between_stretches_splits_the_quote(
    body: str, second: tuple[str, str | None]
) -> None:
    quotes = _direct_texts(body)
    assert len(quotes) == 2
    assert quotes[1] == second


@pytest.mark.parametrize(
    "body",
    [
        # near misses: the same speaker goes on, with or without a pronoun of the same person
        "\u201cWe will open the pier in May,\u201d Ann Bell said, \u201cnot before the survey is done.\u201d",
        "\u201cWe will open the pier in May,\u201d Ann Bell said, and added, \u201cNot before then.\u201d",
        "\u201cWe will open the pier in May,\u201d Ann Bell said, and she added, \u201cNot yet.\u201d",
        # "and" inside an apposition joins two descriptions of the one speaker
        "\u201cWe will open the pier in May,\u201d Ann Bell, the mayor and a harbour pilot, said, "
        "\u201cnot before the survey is done.\u201d",
    ],
)
def test_the_same_speaker_between_stretches_keeps_one_quote(body: str) -> None:
    quotes = _direct_texts(body)
    assert len(quotes) == 1
    assert quotes[0][1] == "Ann Bell"


@pytest.mark.parametrize(
    "body",
    [
        # a motto, tagline or slogan reads the words, before or after the mark: no one's speech
        "As the paper\u2019s tagline puts it, \u201cAll the news from every harbour, every single day.\u201d",
        "\u201cBuilt to last a lifetime and then some more,\u201d reads the company motto.",
        "The shop\u2019s motto reads: \u201cWe fix what others throw away, every day.\u201d",
        "As the old slogan goes, \u201cWe fix what others throw away, every day.\u201d",
    ],
)
def test_a_motto_or_tagline_is_no_quote(body: str) -> None:
    article = _article(f"Ann Bell runs the shop.\n\n{body}")
    assert _direct(extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))])) == []


@pytest.mark.parametrize(
    "body",
    [
        # near misses: a person puts it so, or speaks of the motto
        "As Ann Bell puts it, \u201cWe fix what others throw away, every day.\u201d",
        "\u201cWe fix what others throw away, every day,\u201d Ann Bell said of the shop\u2019s motto.",
        "Asked about the motto, Ann Bell said: \u201cWe fix what others throw away, every day.\u201d",
    ],
)
def test_a_person_on_a_motto_is_quoted(body: str) -> None:
    article = _article(f"Ann Bell runs the shop.\n\n{body}")
    quotes = _direct(extract_quotes(article, [_entity(article, "Ann Bell", forms=("Bell",))]))
    assert [q.speaker_name for q in quotes] == ["Ann Bell"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a naming lead-in before a comma ('as Roe calls them,'): the words are Roe's name for a
        # thing, a fragment of the writer's sentence
        "The cranes became, as Ann Bell calls them, \u201csteel giraffes on the quay.\u201d",
        "The new pier is, as Ann Bell called it, \u201ca gift to the fishing families.\u201d",
        "Ann Bell described it, \u201ca waste of the harbour fund and of everyone\u2019s time.\u201d",
    ],
)
def test_a_name_given_after_a_naming_lead_in_is_partial(sentence: str) -> None:
    article = _article(f"Fans love Ann Bell.\n\n{sentence}")
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Bell")]) if q.kind != "indirect"]
    assert [(q.kind, q.speaker_name) for q in quotes] == [("partial", "Ann Bell")]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a whole sentence after the naming lead-in, a call with no object
        "Ann Bell described it, \u201cWe were running for our lives along the quay.\u201d",
        "Ann Bell called, \u201cWe need help now, not next year.\u201d",
    ],
)
def test_a_sentence_after_a_naming_lead_in_stays_direct(sentence: str) -> None:
    article = _article(f"Fans love Ann Bell.\n\n{sentence}")
    quotes = [q for q in extract_quotes(article, [_entity(article, "Ann Bell")]) if q.kind != "indirect"]
    assert [(q.kind, q.speaker_name) for q in quotes] == [("direct", "Ann Bell")]


# --------------------------------------------------------------------------- openings with no comma

_OPENING_FIRST = "Ann Bell spent a decade running the harbour trust before the merger.\n\n"
_LATE = '"We have had months of this. Nobody is listening."'


@pytest.mark.parametrize(
    "lead",
    [
        # session 19: an opening adverbial with no comma before a pronoun subject (feature copy)
        "Later she said, ",
        "Then she added, ",
        "In 2011 she told the weekly paper, ",
        "Back in 2009 she told a radio host, ",
        "Last week she told reporters: ",
        "On Monday she said: ",
        "Speaking at the dock on Friday she said, ",
        # the same with her name instead of the pronoun
        "In 2011 Bell told the weekly paper, ",
        "Later Bell added, ",
    ],
)
def test_an_opening_with_no_comma_keeps_the_subject_after_it(lead: str) -> None:
    article = _article(_OPENING_FIRST + lead + _LATE)
    ann = _entity(article, "Ann Bell", forms=("Bell",))
    quotes = _direct(extract_quotes(article, [ann]))
    assert [(q.speaker_name, q.text.startswith("We have had months")) for q in quotes] == [("Ann Bell", True)]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the opening holds a clause whose subject is someone else: the subject after it speaks
        ("When she said no, Tom Reed told reporters: ", "Tom Reed"),
        ("Asked about Bell, Tom Reed said, ", "Tom Reed"),
        # an opening with a comma: unchanged
        ("Later, she said, ", "Ann Bell"),
        # no one named, the pronoun has no antecedent of its sex: the preference falls back
        ("According to Tom Reed, ", "Tom Reed"),
    ],
)
def test_an_opening_with_no_comma_near_misses(lead: str, speaker: str | None) -> None:
    article = _article(_OPENING_FIRST + lead + _LATE)
    ann = _entity(article, "Ann Bell", forms=("Bell",))
    tom = _entity(article, "Tom Reed", forms=("Reed",))
    quotes = _direct(extract_quotes(article, [ann, tom]))
    assert [q.speaker_name for q in quotes] == [speaker]


# --------------------------------------------------------------------------- a body's own statement

_BODY_FIRST = "Norland Foods Ltd fired back at the critics on Tuesday.\n\n"


@pytest.mark.parametrize(
    "lead",
    [
        # session 19: a statement owned by "its" or by "the <body noun>'s" speaks for that body
        "Its statement claimed, ",
        "Its release said: ",
        "The company's release continued, ",
        "The firm's statement said: ",
    ],
)
def test_a_bodys_own_statement_speaks_for_it(lead: str) -> None:
    article = _article(_BODY_FIRST + lead + _LATE)
    firm = _entity(article, "Norland Foods Ltd", "ORGANIZATION")
    quotes = _direct(extract_quotes(article, [firm]))
    assert [q.speaker_name for q in quotes] == ["Norland Foods Ltd"]


@pytest.mark.parametrize(
    ("first", "lead", "speaker"),
    [
        # the statement of a person: as "she said"
        ("Ann Bell fired back at the critics on Tuesday.\n\n", "Her statement said: ", "Ann Bell"),
        # a body the text never names: null
        ("Critics piled in on Tuesday.\n\n", "The company's statement said: ", None),
        # a statement owned by someone of the body: that person is not the body
        (_BODY_FIRST, "The chairman's statement said: ", None),
    ],
)
def test_a_bodys_own_statement_near_misses(first: str, lead: str, speaker: str | None) -> None:
    article = _article(first + lead + _LATE)
    entities = [_entity(article, "Norland Foods Ltd", "ORGANIZATION"), _entity(article, "Ann Bell")]
    quotes = _direct(extract_quotes(article, entities))
    assert [q.speaker_name for q in quotes] == [speaker]


# --------------------------------------------------------------------------- feature-copy verbs

_SAID_FIRST = '"It was late," said Jim Dunn.\n\n'


@pytest.mark.parametrize(
    "verb",
    # session 19: present-tense and less common reporting verbs of feature copy; unknown, they left
    # the quote unattributed, so it joined the paragraph before as the last speaker's words
    ["remembers", "complains", "concedes", "quips", "muses", "emails", "reiterates", "confides", "marvels"],
)
def test_feature_verbs_attribute_after_the_quote(verb: str) -> None:
    body = f'"Those goats were smart," {verb} Jane Doe, a volunteer. "They jumped."'
    article = _article(_SAID_FIRST + body)
    entities = [_entity(article, "Jim Dunn"), _entity(article, "Jane Doe", forms=("Doe",))]
    quotes = _direct(extract_quotes(article, entities))
    assert [(q.speaker_name, q.verb) for q in quotes] == [("Jim Dunn", "said"), ("Jane Doe", verb)]


@pytest.mark.parametrize("verb", ["complains", "concedes", "jokes", "wonders"])
def test_feature_verbs_after_the_name(verb: str) -> None:
    article = _article(_SAID_FIRST + f'"Those goats were smart," Doe {verb}.')
    entities = [_entity(article, "Jim Dunn"), _entity(article, "Jane Doe", forms=("Doe",))]
    quotes = _direct(extract_quotes(article, entities))
    assert [q.speaker_name for q in quotes] == ["Jim Dunn", "Jane Doe"]


@pytest.mark.parametrize(
    "body",
    [
        # a noun of the same spelling in a lead-in stays no verb: the possessive rule keeps it
        'Jane Doe\'s jokes were famous. Her favourite: "Those goats were smart."',
        # a thing that "remembers" is no speaker
        '"Those goats were smart," remembers the old sign by the gate.',
    ],
)
def test_feature_verbs_near_misses(body: str) -> None:
    article = _article(_SAID_FIRST + body)
    entities = [_entity(article, "Jim Dunn"), _entity(article, "Jane Doe", forms=("Doe",))]
    quotes = _direct(extract_quotes(article, entities))
    assert "Jane Doe" not in [q.speaker_name for q in quotes]


def test_a_pronoun_inside_a_clause_is_no_subject_after_an_opening() -> None:
    # 'they' of a relative clause ('anything they say') is no subject of an indirect quote
    body = (
        "Norland Foods Ltd sued in May.\n\n"
        "Few growers will talk now. They worry anything they say will be used against them in court."
    )
    article = _article(body)
    firm = _entity(article, "Norland Foods Ltd", "ORGANIZATION")
    assert [q.speaker_name for q in extract_quotes(article, [firm])] == []


@pytest.mark.parametrize(
    "body",
    [
        "Few growers will talk now. They worry anything they say will be used against them in court.",
        "This means any grower may be what it says on the label, or nothing at all.",
    ],
)
def test_a_pronoun_opening_a_clause_is_no_subject(body: str) -> None:
    article = _article("Norland Foods Ltd sued in May.\n\n" + body)
    firm = _entity(article, "Norland Foods Ltd", "ORGANIZATION")
    assert [q.speaker_name for q in extract_quotes(article, [firm])] == []


def test_a_statement_of_a_body_named_far_back_stays_null() -> None:
    # the issuer in view is no entity ('Acme Liaison'), the body named earlier is someone else
    body = (
        "Norland Foods Ltd posted the video in May.\n\nThe feud went quiet.\n\nThen came a lawsuit.\n\n"
        "Acme Liaison fired back at once. Its statement claimed, " + _LATE
    )
    article = _article(body)
    firm = _entity(article, "Norland Foods Ltd", "ORGANIZATION")
    assert [q.speaker_name for q in _direct(extract_quotes(article, [firm]))] == [None]


@pytest.mark.parametrize(
    "body",
    [
        'Teachers were furious, because of what she called "the crisis of trust in our schools".',
        'She rejected what she called "a crisis invented by the press".',
        'The plan is what she calls "a model for every harbour in the land".',
    ],
)
def test_what_she_called_names_the_speaker(body: str) -> None:
    article = _article("Ann Bell spoke in May.\n\n" + body)
    ann = _entity(article, "Ann Bell")
    assert [q.speaker_name for q in extract_quotes(article, [ann])] == ["Ann Bell"]


# --------------------------------------------------------------------------- a lead-in of speech

_RULING = (
    '"The ruling was a long time coming," said Jim Dunn, a law professor.\n\nThe case went back years.\n\n'
)
_MEANS = '"It is impossible to overstate what this ruling means for buyers."'


@pytest.mark.parametrize(
    "lead",
    [
        # session 19: a sentence heading the quote's paragraph that announces the subject's words
        "Cole's lawyer, Ann Bell, had a more succinct statement after the ruling on Thursday. ",
        "Ann Bell had a blunt message for the judges who heard the case on Thursday. ",
        "Ann Bell, who sat through every day of the hearing, offered a different view. ",
    ],
)
def test_a_lead_in_of_speech_names_the_next_quote(lead: str) -> None:
    article = _article(_RULING + lead + _MEANS)
    ents = [_entity(article, "Jim Dunn"), _entity(article, "Ann Bell"), _entity(article, "Cole")]
    assert [q.speaker_name for q in _direct(extract_quotes(article, ents))] == ["Jim Dunn", "Ann Bell"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a long sentence with no noun of speech: unchanged (the last speaker goes on)
        ("Ann Bell sat through every day of the hearing in the old courthouse downtown. ", "Jim Dunn"),
    ],
)
def test_a_lead_in_of_speech_near_misses(lead: str, speaker: str) -> None:
    article = _article(_RULING + lead + _MEANS)
    ents = [_entity(article, "Jim Dunn"), _entity(article, "Ann Bell", forms=("Bell",))]
    assert [q.speaker_name for q in _direct(extract_quotes(article, ents))] == ["Jim Dunn", speaker]


# ----------------------------------------------------------- session 20: fresh web pages

_RECALL = '"I went ahead on a motorcycle and they followed," he recalls.'


@pytest.mark.parametrize(
    "sentence",
    [
        "The road between Port Vale and Kinton was mined",
        "The fighting around Port Vale had grown worse",
        "The farms near Port Vale lay empty",
        "The convoys across Port Vale were slow",
        "The mood among Port Vale traders was grim",
    ],
)
def test_a_name_after_a_preposition_heads_no_description(sentence: str) -> None:
    # a place the entity stage typed a person, after "The <noun> <preposition>": the object of
    # the preposition, not a described subject, so "he" goes back to the man of the paragraph
    body = (
        "Jim Roe started a building firm in 2009.\n\n"
        f"Only later did he see what he had agreed to. {sentence}, and Roe had to haul gravel. "
        f"So when Roe hired workers, he did not tell them. {_RECALL}"
    )
    article = _article(body)
    entities = [_entity(article, "Jim Roe", forms=("Roe",)), _entity(article, "Port Vale")]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name == "Jim Roe"


@pytest.mark.parametrize(
    "sentence",
    [
        "His neighbour Port Vale agreed with all of it",  # a description, then the name it heads
        "The veteran builder Port Vale agreed with all of it",
    ],
)
def test_a_described_head_near_misses(sentence: str) -> None:
    body = f"Jim Roe started a building firm in 2009.\n\n{sentence}. {_RECALL}"
    article = _article(body)
    entities = [_entity(article, "Jim Roe", forms=("Roe",)), _entity(article, "Port Vale")]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name == "Port Vale"


@pytest.mark.parametrize(
    "attribution",
    [
        '"My first thought was how odd the path was," she shares with the magazine.',
        '"My first thought was how odd the path was," Park shares with readers.',
        'Dee Park shares: "My first thought was how odd the path was."',
    ],
)
def test_shares_attributes_in_feature_copy(attribution: str) -> None:
    body = f"When Dee Park quit her job in 2011, she had no plan at all.\n\n{attribution}"
    article = _article(body)
    quotes = _direct(extract_quotes(article, [_entity(article, "Dee Park", forms=("Park",))]))
    assert [(q.speaker_name, q.verb) for q in quotes] == [("Dee Park", "shares")]


def test_shares_the_noun_attributes_nothing() -> None:
    body = 'Tom Reed runs Acme.\n\nAcme shares rose after Reed said: "We are on track for a record year."'
    article = _article(body)
    entities = [_entity(article, "Tom Reed", forms=("Reed",)), _entity(article, "Acme", "ORGANIZATION")]
    quotes = _direct(extract_quotes(article, entities))
    assert [(q.speaker_name, q.verb) for q in quotes] == [("Tom Reed", "said")]


_ACTRESS = '"He was not ready for any of it back then," the actress said.'


@pytest.mark.parametrize(
    "body",
    [
        # the last speaker, with only men named since
        '"I fell for him at once," Ann Roe said of Mark Hale.\n\n'
        f"The star was less kind about Brian Lee, whom she also dated.\n\n{_ACTRESS}",
        # the one woman named in reach
        f"Mark Hale met Ann Roe at the premiere on Friday. {_ACTRESS}",
        "Ann Roe toured the school with her husband, Mark Hale. "
        + _ACTRESS.replace("the actress", "the queen"),
    ],
)
def test_a_description_of_one_sex_skips_people_of_the_other(body: str) -> None:
    article = _article(body)
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in ("Ann Roe", "Mark Hale", "Brian Lee")]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name == "Ann Roe"


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # a given name that says nothing of sex still counts as a rival
        (f"Jordan Hale met Ann Roe at the premiere on Friday. {_ACTRESS}", ("Ann Roe", "Jordan Hale")),
        # a noun that says nothing of sex: no rule for it
        (
            "Mark Hale met Ann Roe at the premiere. " + _ACTRESS.replace("actress", "singer"),
            ("Ann Roe", "Mark Hale"),
        ),
        # two women in reach
        (f"Ann Roe met Mary Lee at the premiere on Friday. {_ACTRESS}", ("Ann Roe", "Mary Lee")),
    ],
)
def test_a_description_of_one_sex_near_misses(body: str, names: tuple[str, ...]) -> None:
    article = _article(body)
    entities = [_entity(article, n, forms=(n.split()[-1],)) for n in names]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name is None


_FOREX = '"The demand for dollars outstrips the supply this year."'


@pytest.mark.parametrize(
    ("attribution", "glued", "type_", "person"),
    [
        (
            f"Minister in the Ministry of Finance Brian Manning said, {_FOREX}",
            "Ministry of Finance Brian Manning",
            "ORGANIZATION",
            "Manning",
        ),
        (f"Harbor Bank CEO Jane Roe said: {_FOREX}", "Harbor Bank CEO Jane Roe", "ORGANIZATION", "Jane Roe"),
        (f'{_FOREX[:-2]}," Dr Mitchell said.', "Dr Mitchell", "ORGANIZATION", "Keith Mitchell"),
        (f"Patrol Chief James Hall said: {_FOREX}", "Patrol Chief James Hall", "MISC", "James Hall"),
    ],
)
def test_a_person_glued_to_a_title_speaks(attribution: str, glued: str, type_: str, person: str) -> None:
    # the entity stage glued a title or a body to the name and typed the whole a body or a thing;
    # the person the item names with the tail of that name is the speaker
    first = f"{person} and Ellie Hall spoke in the Senate on Tuesday."
    article = _article(f"{first}\n\n{attribution}")
    # the people's mentions in the first paragraph only (same offsets): the glued name holds the
    # later one, as the entity stage gives it
    people = [_entity(_article(first), n) for n in (person, "Ellie Hall")]
    entities = [_entity(article, glued, type_), *people]
    quotes = _direct(extract_quotes(article, entities))
    assert quotes[-1].speaker_name == person


@pytest.mark.parametrize(
    ("attribution", "body_name", "person"),
    [
        (
            f'{_FOREX[:-2]}," Morgan Stanley said.',
            "Morgan Stanley",
            "Stanley",
        ),  # nothing before the given name
        (f'{_FOREX[:-2]}," Johnson & Johnson said.', "Johnson & Johnson", "Johnson"),
        (
            f'{_FOREX[:-2]}," Patrol Chief James Hall said.',
            "Patrol Chief James Hall",
            "Ellie Hall",
        ),  # not her
    ],
)
def test_a_person_glued_near_misses(attribution: str, body_name: str, person: str) -> None:
    first = f"{person} spoke in the Senate on Tuesday."
    article = _article(f"{first}\n\n{attribution}")
    # the person's mentions in the first paragraph only (same offsets), not inside the body's name
    entities = [_entity(article, body_name, "ORGANIZATION"), _entity(_article(first), person)]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name == body_name


def test_someone_of_a_glued_person_stays_unnamed() -> None:
    first = "Jane Roe spoke in the Senate on Tuesday."
    article = _article(f"{first}\n\nThe wife of Harbor Bank CEO Jane Roe said: {_FOREX}")
    entities = [
        _entity(article, "Harbor Bank CEO Jane Roe", "ORGANIZATION"),
        _entity(_article(first), "Jane Roe"),
    ]
    assert _direct(extract_quotes(article, entities))[-1].speaker_name is None


_READER = '"Alternating current made the grid possible," suggested Tom Reed. "Nothing works without it."'


@pytest.mark.parametrize(
    "lead",
    [
        f'{_READER} Another: "Green energy from solar arrays and tidal plants."',
        f'{_READER}\n\nOne reader: "The water system of the city is the real wonder of the age."',
        f'{_READER}\n\nSome residents: "The water system of the city is the real wonder of the age."',
    ],
)
def test_an_indefinite_lead_in_gives_no_speaker(lead: str) -> None:
    # a bare indefinite subject before the colon ('Another:', 'One reader:'): someone unnamed,
    # so the last speaker does not go on
    article = _article(f"Readers sent in many ideas.\n\n{lead}")
    quotes = _direct(extract_quotes(article, [_entity(article, "Tom Reed", forms=("Reed",))]))
    assert [q.speaker_name for q in quotes] == ["Tom Reed", None]


@pytest.mark.parametrize(
    "lead",
    [
        f'{_READER}\n\nReed added: "The water system of the city is the real wonder of the age."',
        f'{_READER}\n\nOne more point: "The water system of the city is the real wonder of the age."',
    ],
)
def test_an_indefinite_lead_in_near_misses(lead: str) -> None:
    article = _article(f"Readers sent in many ideas.\n\n{lead}")
    quotes = _direct(extract_quotes(article, [_entity(article, "Tom Reed", forms=("Reed",))]))
    assert [q.speaker_name for q in quotes] == ["Tom Reed", "Tom Reed"]
