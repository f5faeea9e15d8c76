"""The words and patterns that tell who a speaker is, kept apart from the resolver that uses them.

Speaker nouns and pronouns, kin and sex words, roles, officials and their bodies, documents and
their issuers, and the small offset tests on the text around a mention (possessives, sentence
heads, a pronoun after an opening): `speakers.Speakers` reads them to resolve a speaker, and
other quote stages read the shared lists (`PERSON_NOUNS`, `ORG_NOUNS`, `SPEAKER_TYPES`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from consumer.entities.gazetteer.lists import group_words
from consumer.entities.retype.given_names import name_gender
from consumer.events import Entity
from consumer.lexicon import HONORIFICS, ROLE_WORDS, TITLE_ABBREVIATIONS
from consumer.parse.agencies import is_known_agency


def _words(text: str) -> list[str]:
    return text.split()


# Title words before a surname ("Dr Mitchell", "Minister Roe"): what a glued name may open with
TITLE_WORDS = frozenset((*HONORIFICS, *TITLE_ABBREVIATIONS, *ROLE_WORDS))
CAPITALISED_TITLES = frozenset(w.title() for w in TITLE_WORDS)


SPEAKER_TYPES = frozenset({"PERSON", "ORGANIZATION"})
# A name the entity stage typed MISC or PRODUCT is still the speaker when the attribution is that
# name and nothing else ('"...," Archbishop Jon Roe said', 'said Moyer'): a thing does not speak,
# so the type is what is wrong. Never reached through a pronoun or a description.
NAMED_ONLY_TYPES = frozenset({"MISC", "PRODUCT"})
PERSON_PRONOUNS = frozenset({"he", "she"})
ORG_PRONOUNS = frozenset({"it", "they"})
# Descriptions of an unnamed person ("the economist said"): resolved only through the role.
PERSON_NOUNS = frozenset(
    _words(
        """
    official spokesman spokeswoman spokesperson minister president director chairman chairwoman chair
    economist analyst expert scholar professor researcher scientist chief executive ceo cfo coo cto secretary
    ambassador envoy governor mayor premier leader head boss manager founder diplomat strategist
    senator lawmaker representative commissioner coach player actress actor singer author writer
    captain judge prosecutor veteran youngster teenager
    mp mep msp mla legislator congressman congresswoman councillor councilor councilman councilwoman
    alderman assemblyman assemblywoman
    """
    )
)
# Trades a story names a company by once it has named it ("the automaker", "the search giant"):
# a person's trade ending in "-maker" ("lawmaker", "filmmaker") is not listed
INDUSTRY_ORG_NOUNS = frozenset(
    _words(
        """
    automaker carmaker planemaker chipmaker drugmaker toymaker steelmaker shipbuilder retailer
    insurer reinsurer airline conglomerate giant startup start-up charity
    nonprofit non-profit
    """
    )
)
ORG_NOUNS = (
    frozenset(
        _words(
            """
    ministry commission company firm bank agency department office council committee association
    federation administration bureau government authority authorities group organization organisation
    university institute center centre court police army navy party union label studio fund board
    corporation club team network newspaper daily weekly station league regulator watchdog radio
    television broadcaster
    """
        )
        # a body named by its trade ("the carmaker said", "the retailer said"; session 30, made-up
        # agency copy): organisations, never the one person in reach their "-er" would have taken
    )
    | INDUSTRY_ORG_NOUNS
)
# What a person is known as, beyond job titles, with no telling suffix ("the pontiff", "the
# forward", "the tycoon"): like the role nouns, resolved only to the one person in reach or the
# last speaker with no one named since.
DESCRIBED_PEOPLE = frozenset(
    _words(
        """
    pontiff pope cardinal bishop archbishop cleric imam rabbi priest monk nun pastor
    monarch king queen prince princess emperor empress sultan
    tycoon billionaire millionaire mogul magnate heiress
    forward striker midfielder winger defender goalkeeper keeper quarterback pitcher catcher
    batsman skipper jockey rookie star superstar champion titleholder
    incumbent candidate nominee challenger frontrunner
    general colonel lieutenant sergeant commander detective inspector sheriff
    defendant accused suspect plaintiff
    architect chef
    prop hooker flanker fly-half scrum-half full-back centre-back chancellor constable
    """
    )
)
NOT_PEOPLE = frozenset(
    _words(
        """
    paper letter order center centre newspaper number filter cluster quarter chamber register charter
    poster computer power water border matter member chapter sector minister-level
    """
    )
)
# ... and a compound of "man"/"woman" ('the businessman', 'the fisherman'; session 23, fresh web
# pages), not the bare "man" or "woman", who may be anyone
PERSON_SUFFIX = re.compile(r"(?:er|eur|ist|ian|year-old|old|(?<=[a-z]{3})(?:wo)?man)$")
GENERIC_ORG_NOUNS = frozenset(_words("company firm group organization organisation"))
# ... and the nouns that refer back to the body the passage is about, whatever its name says
# ("Greenpeace staged a protest. '...,' the group said"; session 30, made-up agency copy)
REFERRING_ORG_NOUNS = GENERIC_ORG_NOUNS | INDUSTRY_ORG_NOUNS
# An opening phrase before the subject, naming someone else: "Echoing Prime Minister Anthony
# Reid, ...", "Like her colleague Tom Ward, ...", "Citing Governor Ana Silva, ..." (a word that
# opens a name, "Xiaoping Li, ...", is no such phrase)
OPENING_ASIDE = re.compile(
    r"\s*([A-Z][a-z]+ing|Like|Unlike|Alongside|Besides)\s[^,\x00]{1,80},\s+(?=[A-Za-z])"
)
# A phrase opening the sentence with a preposition ('In a letter to his lawyer Roe said', no
# comma after it): a name right before the verb is the subject, not the preposition's object.
OPENING_ADVERBIAL = re.compile(
    r"(?:(?:but|and|yet|so)\s+)?(?:in|on|at|during|after|before|through|under|over|since|following|"
    r"speaking|writing)\s"
)
ASIDE_BACK = 110  # an opening aside and its comma before a subject pronoun
# A clause opening whose named subject puts a question to someone ('When Roe asked if he would
# stay, he declined, saying', 'After Roe pressed him on the fees, he said'; session 27, fresh web
# pages): the one asked answers, never the asker, who had taken the pronoun as the name heading
# the sentence
ASKER_OPENING = re.compile(
    r"\s*(?:When|After|As|Once)\s+(?P<asker>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+"
    r"(?:asked|pressed|questioned|quizzed|challenged|interviewed)\b[^,\x00]{0,160},\s+(?=[a-z])"
)
# An interview's answer: the answering person's name (up to three words) and a colon open the paragraph
ANSWER_HEAD = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*):\s+(?=[A-Z\"\u201c])")
FIRST_PERSON_END = re.compile(r"(?<![\w'\u2019])I[\s,]*$")  # 'And I', 'In the end I' before the verb
ASKER_BACK = 220  # the opening, its question and its comma before the subject pronoun
AND_ONLY = re.compile(r"\s+(?:and|&)\s+")
SUBORDINATE = re.compile(r".*\b(?:when|while|because|after|before|as|since|and|but)\s+", re.IGNORECASE)
TRAILING_STEP = re.compile(
    r"\s+(?:also|has|had|have|then|later|further|previously|earlier|always|once|still|would|will|"
    r"(?!(?:dai|week|month|quarter)ly\b)[a-z]+ly)\s*$"
)
WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")
FEMALE_NOUNS = frozenset(_words("mother woman girl wife daughter sister grandmother aunt"))
MALE_NOUNS = frozenset(_words("father man boy husband son brother grandfather uncle"))
KIN_NOUNS = frozenset(
    _words(
        "mother father wife husband daughter son sister brother grandmother grandfather aunt uncle "
        "widow widower cousin niece nephew family relative relatives parents fiancee fiance"
    )
)
# brought in by a verb of meeting or asking ("spoke to one mother", "interviewed a local
# farmer"), not an apposition or a predicate ("Kim, a nurse, said", "became a mother"), nor the
# asker of a passive ("When asked by a fan, she said": the one asked answers; session 26)
INDEFINITE_PERSON = re.compile(
    r"\b(?:(?:spoke|speaks|talked|talks|heard)\s+(?:(?:to|with|from|by)\s+)?"
    r"|(?:interviewed|interviews|met|meets|asked|asks|reached)\s+(?:(?:to|with|from)\s+)?)"
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w]*\s+){0,2}(?P<noun>"
    + "|".join(sorted(FEMALE_NOUNS | MALE_NOUNS))
    + r"|parent|teacher|student|resident|worker|nurse|doctor|driver|farmer|owner|employee|customer"
    r"|fan|witness|neighbou?r|friend|passenger|shopper|voter|survivor|patient)\b(?![-'\u2019])"
)
PLAIN_PERSON_NOUNS = (
    r"parent|teacher|student|resident|worker|nurse|doctor|driver|farmer|owner|employee|customer"
    r"|fan|witness|neighbou?r|friend|passenger|shopper|voter|survivor|patient"
    r"|teenager|shopkeeper|pensioner|retiree|protester|protestor|demonstrator|volunteer|villager|commuter"
    r"|tourist|visitor|onlooker|bystander|trader|vendor|fisherman|fisherwoman|businessman|businesswoman"
    r"|classmate|colleague|veteran|passer-by"
)
# An unnamed person heading a sentence of the paragraph (session 25, made-up and fresh text): 'A
# neighbour, who asked not to be named, was shocked.' then '"...," she said' is that neighbour;
# the pronoun had gone back to a person named before, even of the other sex. Not a person the
# sentence says was harmed or held ('One man was arrested.'), who is no speaker.
UNNAMED_HEAD = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?\s+|\n)(?:(?:But|And|Yet)\s+(?:an?|one|another)|An?|One|Another)\s+"
    r"(?:[a-z][\w-]*,?\s+){0,2}?(?P<noun>"
    + "|".join(sorted(FEMALE_NOUNS | MALE_NOUNS))
    + "|"
    + PLAIN_PERSON_NOUNS
    + r")\b(?![-'\u2019])"
    r"(?![^.!?\n]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:arrested|killed|injured|hurt|wounded|detained"
    r"|charged|shot|stabbed|found|rescued|hospitali[sz]ed|sentenced|convicted|jailed|taken)\b)"
    r"(?![^.!?\n]{0,60}?\bdied\b)"
)
# A kin of a named person heading a sentence ('His wife was in tears.'): the pronoun's person when
# no one of its sex was named in reach (session 25): '"...," she said' had gone to the husband.
KIN_HEAD = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?\s+|\n)(?:His|Her|Their)\s+(?:[a-z][\w-]*\s+){0,1}?(?P<noun>"
    + "|".join(sorted(FEMALE_NOUNS | MALE_NOUNS))
    + r"|widow|widower)\b(?![-'\u2019])(?=,?\s+[a-z])"
)
INTRODUCED_REACH = 400
TITLE_REACH = 40  # how far before a name its title word is read
# An unnamed official heading a sentence and speaking ("A spokesperson for the council said
# ...", also after a conjunction: "But a spokesperson ..."), whose words carry no quote of their
# own: a later "he said" with no one named since may be that official, so it must not fall back
# to a person named before (null beats a guess).
INDEFINITE_OFFICIAL = re.compile(
    # also after a quote closing the sentence before ('..." But a spokesman for the ministry')
    r"(?:^|[.!?]\s+|\n|[\"\u201d]\s+)(?:(?:But|And|Yet)\s+(?:an?|one|another)|An?|One|Another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>spokesman|spokeswoman|spokesperson|official|representative|aide)"
    r"\b[^.\n]{0,80}?\b(?:said|says|told|tells|added|explained"
    # ... or a verb of stance ('But a spokesman for the ministry defended the plan. He said:';
    # session 35, BBC stories: "he" had gone back to the person named before the spokesman)
    r"|defended|insisted|denied|confirmed|rejected|dismissed|welcomed|argued|stressed)\b"
    # ... or closing its sentence after a reported clause ("The talks failed, one official told
    # reporters.", "..., a source close to the talks said."; session 23, fresh web pages): with no
    # body named there is no quote of those words, and the next "he said" had gone back to the
    # person who spoke before
    r"|,\s+(?:an?|one|another)\s+(?:[\w-]+\s+){0,3}?(?P<trailing>spokesman|spokeswoman|spokesperson|"
    r"official|representative|aide|source)\b[^.\n,;]{0,60}?\b(?:said|says|told|tells|added)\b[^.\n,;]{0,40}\."
)
LOWER_WORD_AFTER = re.compile(r" ([a-z]+)")
# A subject pronoun ending a phrase of several words ('Last week she', 'In 2011 he', 'Speaking at
# the dock she'): the words before the pronoun are an opening with no comma after it, or a clause
# the pronoun's own clause hangs from ('what she called'), and the pronoun is the subject; not
# after "and" ('Roe and she'); "it" and "they" only after an adverbial opening.
# An opening phrase closed by its comma counts too ('On a more personal level, she added,', a second
# stretch of a sentence, read with no opening skipped; session 24, fresh web pages)
_OPENING_THEN_PRONOUN = re.compile(r"(?P<prev>[\w&'\u2019-]+),?\s+(?P<pronoun>he|she|they|it)[\s,]*$")
_JOINING_WORDS = frozenset(("and", "or", "nor", "&"))
# ... nor a pronoun opening a clause of its own inside the phrase ('what it says', 'anything they say')
_CLAUSE_WORDS = frozenset(
    _words("what which that who whom whatever anything everything something nothing as than if because")
    + _words("how why")
)
_ADVERBIAL_OPENING = re.compile(
    r"\s*(?:(?:and|but|so|yet)\s+)?(?:in|on|at|during|after|before|since|until|by|back|last|later|earlier|then|"
    r"next|this\s+(?:week|month|year|morning|afternoon|evening|summer|spring|autumn|fall|winter)|yesterday|"
    r"today|tonight|now|once|afterwards|however|meanwhile|instead|here|there|elsewhere|again|first|asked|"
    r"for|from|over|under|throughout|within|among|amid|despite|with|without|like|unlike|as|"
    r"still|also|speaking|writing|[a-z]+ly|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def pronoun_after_opening(text: str, start: int, end: int) -> int:
    """Where the subject starts when a subject pronoun ends a longer phrase that opens like an
    adverbial ('Last week she', 'Back in 2009 he'): at the pronoun."""
    pronoun = _OPENING_THEN_PRONOUN.search(text, start, end)
    if pronoun is None:
        return start
    prev = pronoun.group("prev").lower()
    if prev in _JOINING_WORDS:
        return start
    if pronoun.group("pronoun") in PERSON_PRONOUNS:
        return pronoun.start("pronoun")  # 'rejected what she called "..."', 'a plan which he called'
    # "it" and "they" also stand for things and people at large ('what it says', 'anything they
    # say'): only after an opening that reads as one
    if prev in _CLAUSE_WORDS or _ADVERBIAL_OPENING.match(text, start, end) is None:
        return start
    return pronoun.start("pronoun")


POSSESSOR_BODY = re.compile(r"([a-z]+)['\u2019]s?")  # "company's", "firms'": a body owning a statement


# A clause's head: a capitalised word, a given name allowed before it, then a lower-case word.
HEAD_NAME = re.compile(r"(?:(?P<given>[A-Z][a-z]+)\s+)?(?P<name>[A-Z][a-z][\w'\u2019-]*)\s+(?=[a-z])")


SPOKES = frozenset(("spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons"))
_SPOKES_WORD = r"spokes(?:person|man|woman|people|persons)"
SPOKES_AFTER = re.compile(rf"['\u2019]?s?\s+(?:[a-z]+\s+)?{_SPOKES_WORD}\b")
SPOKES_BEFORE = re.compile(rf"\b{_SPOKES_WORD}\s+(?:for|of|at|with)\s+(?:the\s+)?$")
STATEMENT_NOUNS = ("statement", "release", "communique", "announcement")
# A title that says the sex, right before a bare surname ("Mrs Bell", "Mr. Bell")
SEX_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
# What a person writes and the text then quotes by its owner ('her letter said', 'Roe's post on
# Facebook read', 'Ann Roe's statement said'; session 24, fresh web pages): the writer's words, as
# the conventions give an unnamed document's words to its issuer; read as someone of Roe's ('Roe's
# lawyer said'), they had no speaker.
_DOCUMENT_WORDS = (
    r"report|statement|note|letter|release|filing|memo|study|survey|analysis|commentary|editorial|"
    r"communique|announcement|email|e-mail|message|post|tweet|blog|column|essay|op-ed"
)
DOCUMENT_NOUN = re.compile(rf"\b(?:{_DOCUMENT_WORDS})\b")
# ... and one of that kind brought in since: not the one the issuer spoke through
NEW_DOCUMENT = re.compile(
    rf"\b(?:an?|another|one|new|second|separate)\s+(?:[\w-]+\s+)?(?P<noun>{_DOCUMENT_WORDS})\b", re.IGNORECASE
)
_OWNED_DOCUMENTS = frozenset(
    (*STATEMENT_NOUNS, *_words("letter note email e-mail memo message post tweet blog column essay op-ed"))
)
# the owner's "'s" (or a bare apostrophe), then the document noun and at most a short phrase after it
_OWNED_DOCUMENT = re.compile(
    r"(?:['\u2019]s?)?\s*(?P<noun>[\w-]+)(?:\s+(?:to|on|in|from|of)\s+[^,]{1,40})?\s*$"
)


def owned_document(rest: str) -> bool:
    """Whether ``rest`` (after an owner's name, or after "his"/"her") is a document of the owner's."""
    m = _OWNED_DOCUMENT.match(rest.strip(" ,"))
    return m is not None and m.group("noun").lower() in _OWNED_DOCUMENTS


STATEMENT_REACH = 120  # the rest of an opening phrase after its statement noun
SUBJECT_REACH = 60
WHOLE_SUBJECT_END = re.compile(r"\s+(?!and\b|or\b)[a-z]|,\s")
IN_A_STATEMENT = re.compile(
    r"\s*(?:In|Through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|release|communique|announcement)\b[^,\x00.;]{0,100},\s+(?:the\s+)?"
)
CLUB_NOUNS = frozenset(("club", "team"))
PRESS_NOUNS = frozenset(("newspaper", "daily", "weekly", "radio", "television", "broadcaster"))
OFFICIAL_NOUNS = frozenset(
    _words(
        "official officials diplomat diplomats spokesman spokeswoman spokesperson representative "
        "source sources"
    )
)
BODY_NOUN = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:company|firm|group|label|ministry|agency|department|organi[sz]ation|bank)\b"
)
# Unnamed officials of a named body speak for it ("a spokesperson for the ministry said").
OFFICIAL_OF = re.compile(
    r"^(?:(?:an?|the|one|two|three|several|some|other)\s+)?(?:[\w-]+\s+)?(?P<noun>spokesman|spokeswoman|"
    r"spokesperson|spokespeople|representative|representatives|official|officials|source|sources|"
    r"executive|executives|aide|aides|staffer|staffers|officer|officers|lawyer|lawyers|attorney|"
    r"attorneys)\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?$"
)
# After a body's name heading a phrase: its unnamed official ('An Acme spokesman', 'One EU
# diplomat'), up to one modifier between
OFFICIAL_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?P<noun>spokesman|spokeswoman|spokesperson|official|diplomat|representative)\b"
)
INDEFINITE_HEADS = frozenset(("a", "an", "one", "another"))
DOCUMENT_OF = re.compile(
    r"^(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:report|statement|note|letter|release|filing|memo|study|survey|"
    r"analysis|research note)\s+(?:(?:signed|written|issued|sent)\s+by|from|by|of)\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}$"  # 'by spokesman Roe'; 'the letter signed by Acme' (session 35)
    # what a body publishes, brought in with no article (session 43, fresh web pages: 'according to
    # data from the Harbor Authority', 'according to guidance from the Kelby Clinic', 'analysis by
    # Acme'): its issuer's words, as a report's are; it had been nobody's
    r"|^(?:(?:new|recent|latest|official|preliminary|annual|monthly|weekly|federal|government)\s+){0,2}"
    r"(?:data|figures|statistics|estimates|guidance|analysis|research|polling|records)\s+"
    r"(?:(?:published|released|compiled|issued)\s+by|from|by)\s+(?:the\s+)?$"
    # 'a commentary in the official China Daily', 'an editorial in the Daily Courier': the paper's words
    r"|^(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:commentary|editorial|leader)\s+(?:in|from)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$"
)
# "as a coach", "became a scientist": a role of someone named, not a new person brought in
ROLE_OF_NAMED = re.compile(r"\b(?:as|became|become|becomes|becoming|is|was|named|appointed)\s+$")
# Roles of the other side in a story ("the judge said" in a story that names only the
# defendant): never the one person named, only someone whose role says so.
_ROLE_ONLY_NOUNS = frozenset(("judge", "prosecutor", "captain"))
# How far back (characters) a description may reach for the last speaker: a few paragraphs.
SINCE_LAST = 1_500


# After a verb-first description, a phrase telling when or how it spoke ('said the court on Monday',
# 'wrote the court in its opinion', 'said the ministry in a statement'; session 23, fresh web
# pages): not part of the description, whose noun had been read as "Monday" or "opinion" and named
# no one. A phrase naming a body stays ('a spokesman at the ministry' speaks for the ministry).
_OCCASION_PREPOSITIONS = frozenset(_words("in on at during after before via through following"))


def occasion_cut(low: list[str], cut: int) -> int:
    """Where a description ends before an occasion phrase (``low``: its lower-case words, the
    determiner first; ``cut``: where it ends otherwise)."""
    for i in range(2, cut):
        if low[i] in _OCCASION_PREPOSITIONS:
            body = any(w in ORG_NOUNS or w.removesuffix("s") in ORG_NOUNS for w in low[i + 1 : cut])
            return cut if body else i
    return cut


def listed_adjective(low: list[str], i: int) -> bool:
    """A comma between adjectives before the noun ('the round, bearded businessman', 'the tall,
    soft-spoken engineer'; session 23, fresh web pages): the description goes on to its noun, up
    to three lower-case words with no comma or relative word; cut there, its "noun" had been the
    first adjective and named no one."""
    rest = low[i + 1 :]
    return (
        i == 1
        and 1 <= len(rest) <= 3
        and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in rest)
        and not any(w in RELATIVE for w in rest)
    )


# Positions a person holds "of" or "for" a field or a body, before the holder's name ('Professor of
# health psychology Jane Ogden told', 'the bank's head of research Ann Bell said', 'chief of staff
# Tom Hart', 'Minister for trade Ann Bell'; session 24, fresh web pages): the title is the named
# person's own. Read as "a friend of Acme's founder", they named someone else and gave null.
# Relations and aides ('the wife of', 'a spokesman for', 'a lawyer for') are not positions held.
_HELD_TITLES = frozenset(
    _words(
        """
    professor minister director head chief secretary chair chairman chairwoman chairperson president
    vice-president dean lecturer editor commissioner manager governor leader coordinator
    superintendent chancellor rector curator principal treasurer inspector commander
    """
    )
)
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")
_PREPOSITIONS = frozenset(_words("for of at from with to by on in"))


def held_title(phrase: str, at: int) -> bool:
    """Whether the "of"/"for" at ``at`` in ``phrase`` follows a position held (``_HELD_TITLES``)."""
    if not phrase[at : at + 4].lower().startswith(("of ", "for ")):
        return False
    if _PREPOSITIONS.intersection(phrase[at:].lower().split()[1:]):
        return False  # 'the head of security for minister Ann Bell': the last one governs the name
    word = _WORD_BEFORE.search(phrase, max(0, at - 40), at)
    return word is not None and word.group(1).lower() in _HELD_TITLES


def person_noun(noun: str) -> bool:
    """A noun naming a person by role or description ('economist', 'expert', 'the 30-year-old')."""
    return (
        noun in PERSON_NOUNS
        or noun in DESCRIBED_PEOPLE
        or (PERSON_SUFFIX.search(noun) is not None and noun not in NOT_PEOPLE and noun not in ORG_NOUNS)
    )


def leading_name(chunk: str) -> list[str] | None:
    """The capitalised words (a title allowed first) before the chunk's first comma, if that
    is all there is before it: a name with an apposition after it."""
    parts = chunk.split(",", 1)
    head = parts[0].split()
    # one word only before an apposition or relative clause ('Moyer, who took over in May,'; the
    # entity stage typed the bare surname a place; session 26)
    least = 1 if len(parts) == 2 and parts[1].strip() else 2
    if not least <= len(head) <= 5 or not all(w[:1].isupper() for w in head):
        return None
    return [w.strip(".,") for w in head]


# Words that start a phrase of their own after a name ('Roe at the meeting', 'Roe, who ...').
_PHRASE_AFTER_NAME = frozenset(
    _words("at in on during after before from of with to for when while as who which")
)


@functools.cache
def demonyms() -> frozenset[str]:
    """One person of a nation ("the 30-year-old Swede"): the singular of a group word that also
    has a plural ("Swede"/"Swedes"); "the Chinese" or "the British" name a people, not a person."""
    words = {w.lower() for w in group_words()}
    return frozenset(w for w in words if f"{w}s" in words)


def speaking_mentions(
    text: str, found: list[tuple[int, int, Entity]], start: int, end: int
) -> list[tuple[int, int, Entity]]:
    """The mentions of a subject phrase that may speak: people and organisations, else a name
    typed MISC or PRODUCT that is the whole phrase; such a name heading the phrase before its
    affiliation ('Patrol Chief Jim Roe with the Acme Police said') is the speaker, not the body."""
    whole = [r for r in found if r[2].type in NAMED_ONLY_TYPES and _covers(text, r, start, end)]
    speaking = [r for r in found if r[2].type in SPEAKER_TYPES]
    return whole if whole and (not speaking or whole[0][0] < speaking[0][0]) else speaking


def _covers(text: str, row: tuple[int, int, Entity], start: int, end: int) -> bool:
    """The mention is the whole phrase, bar capitalised title words before it."""
    m_start, m_end, _ = row
    before = text[start:m_start].split()
    if any(w.lower() in ("the", "a", "an", "this", "that", "its") for w in before):
        return False  # 'The Constitution states', 'the Bible says': a document, not a speaker
    after = text[m_end:end].strip()
    ends = not after or after[0] in ",." or after.split()[0].lower() in _PHRASE_AFTER_NAME
    return ends and all(w[:1].isupper() for w in before)


# Roles that are someone's job for another ("the spokesman", "the analyst"): never the principal
# the text named with another role. Other role words have synonyms ("the premier" for a prime
# minister, "the official" for a deputy minister), so they may still mean that person.
RELATIVE = frozenset(("who", "whose"))
# A capitalised name (a title allowed) heading a sentence with a verb of saying or thinking ('Hays
# noted that', 'Mr Straw said'): someone who speaks in the paragraph (session 31)
UNKNOWN_HEAD = re.compile(
    # titled anywhere ('but on Wednesday Mr Straw said'), else at the head of a sentence
    r"(?:\b(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+|^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+"
    r"(?:said|says|noted|notes|added|adds|thinks|believes|told|explained|argued|warned|predicted|expects|"
    r"insisted|stressed|admitted|agreed|recalled)\b",
    re.MULTILINE,
)
# A relative clause saying the speaker is not named ('the analyst who requested anonymity', 'this
# official, who asked not to be identified,'; session 31, Reuters copy of 1987): someone the text
# does not name, as an indefinite description is, never the named holder of the role
_ANONYMOUS = (
    r"\b(?:declined|refused|asked|requested|wished|did\s+not\s+(?:want|wish))\s+(?:not\s+)?"
    r"(?:to\s+be\s+(?:identified|named|quoted)|anonymity)"
    r"|\bon\s+(?:the\s+)?condition\s+of\s+anonymity|\b(?:would|could)\s+not\s+be\s+(?:identified|named)\b"
)
ANONYMOUS = re.compile(_ANONYMOUS, re.IGNORECASE)
# ... or right after the phrase the tag ends at its comma ('said the trader, who declined to be named.')
ANONYMOUS_AFTER = re.compile(rf"\s*,\s*who\s+(?:{_ANONYMOUS})", re.IGNORECASE)
# People the text may bring in by what they are, with no name ("one elderly man said", "a
# resident said"): words the role and suffix lists do not hold
PLAIN_PEOPLE = (
    FEMALE_NOUNS
    | MALE_NOUNS
    | frozenset(
        _words(
            "resident witness villager passenger survivor victim relative friend colleague student nurse "
            "doctor fan refugee patient neighbour neighbor pilgrim tourist mourner protester"
        )
    )
)
AIDE_NOUNS = frozenset(
    _words("spokesman spokeswoman spokesperson analyst economist expert trader lawyer attorney")
)


# Verbs right after the subject of a colon lead-in ('A local farmer had this to say:', 'One
# shopper was blunt:'): what makes a word with a person's suffix the head noun ('farmer'), not an
# adjective or adverb with the same ending ('A closer look shows:', 'A further point:').
_LEAD_IN_VERBS = frozenset(
    _words("had has was is were put puts summed sums offered offers gave gives agreed disagreed who echoed")
)


_PEOPLE_WORDS = PLAIN_PEOPLE | DESCRIBED_PEOPLE | PERSON_NOUNS | KIN_NOUNS


def names_person(head: Sequence[str]) -> bool:
    """Whether the lower-case words heading an indefinite subject ('local farmer had', 'elderly
    woman at', 'neighbour had') name a kind of person (session 24, fresh web pages): a person's
    noun, or a word with a person's suffix right before a lead-in verb or at the end."""
    for i, word in enumerate(head):
        forms = (word, word.removesuffix("s"))  # 'local farmers had'
        if any(w in _PEOPLE_WORDS for w in forms):
            return True
        following = head[i + 1] if i + 1 < len(head) else None
        if any(person_noun(w) for w in forms) and (following is None or following in _LEAD_IN_VERBS):
            return True
    return False


# Role nouns that say the person's sex ("the actress", "the queen"): someone of the other sex named
# since is no rival for the description ('"...," Roe said of Ben Lee. "...," the actress said' is
# Ann Roe; session 20, fresh web pages). "-man" nouns are left out: "chairman" names women too.
_FEMALE_ROLE = re.compile(
    r"(?:actress|heiress|duchess|empress|princess|queen|waitress|hostess|songstress|wom[ae]n|"
    r"(?:grand)?(?:mother|mum|mom)-of-\w+)"
)
_MALE_ROLE = re.compile(r"(?:king|prince|duke|emperor|(?:grand)?(?:father|dad)-of-\w+)")
# 'the mother of two', 'the father-of-three' (session 29, made-up tabloid copy): the person described,
# not someone's kin; the words of the description joined into one noun
PARENT_OF = re.compile(
    r"(?P<parent>(?:grand)?(?:mother|father|mum|mom|dad))(?:-|\s+)of(?:-|\s+)"
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+)"
)


def joined_parent(words: list[str]) -> list[str]:
    """'mother of two' at the end of a description as the one noun 'mother-of-two'."""
    parent = PARENT_OF.fullmatch(" ".join(words[-3:])) if len(words) >= 3 else None
    if parent is None:
        return words
    return [*words[:-3], f"{parent.group('parent')}-of-{parent.group('count')}"]


# A title's abbreviation before a name ('Dr. Ann Roe ... the doctor said'; session 29, made-up copy)
ROLE_ABBREVIATIONS = {
    "doctor": "Dr",
    "senator": "Sen",
    "governor": "Gov",
    "professor": "Prof",
    "representative": "Rep",
}
# A role's short form and the words the entity stage keeps ('the CEO said' of 'chief executive Roe')
ROLE_SHORT_FORMS = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
}


def noun_sex(noun: str) -> str | None:
    if _FEMALE_ROLE.fullmatch(noun) or noun.endswith("woman"):
        return "f"
    return "m" if _MALE_ROLE.fullmatch(noun) else None


def other_sex(ent: Entity, sex: str | None) -> bool:
    """Whether the person's given name says the sex other than ``sex`` (unknown names never do)."""
    return sex is not None and name_gender(ent.name) not in (None, sex)


def may_be(ent: Entity, noun: str) -> bool:
    """Whether "the <noun>" may mean a person the text gave another role: an aide's title that the
    person's own role lacks ("the spokesman" is not Prime Minister Roe) names someone else."""
    role = (ent.attributes.role or "").lower() if ent.attributes else ""
    named_so = re.search(rf"\b{re.escape(noun)}\b", role) is not None
    if noun in _ROLE_ONLY_NOUNS:
        return named_so
    return noun not in AIDE_NOUNS or not role or named_so


# Words of a newspaper's name ("China Daily", "Daily Courier", "Le Monde"): what "the newspaper said" means.
# Only words that name papers and little else: "Post", "News", "Express" or "Guardian" also name
# companies and councils (Deutsche Post, News Corp, American Express, the Guardian Council).
_PRESS_NAME = re.compile(
    r"\b(?:daily|times|herald|journal|gazette|tribune|telegraph|observer|chronicle|courier|monde|figaro|"
    r"zeitung|pravda|izvestia|soir|nacion|pais|asahi|shimbun|ilbo)\b"
)


# Kinds of place or group a body's name may end with that mean something else alone ('the city
# said' is its council, not Manchester City; 'the house' is a chamber, not the White House; 'the
# force' a police force, not the Royal Air Force)
_VAGUE_HEADS = frozenset(
    _words(
        """
    state states city country nation county province region town village world people house island force
    """
    )
)


# ... and works a name may end with ('the show said' is the show, not the Tarrow Show as a body)
_WORK_HEADS = frozenset(
    _words("show series film movie book album programme program index poll review record")
)


def named_by_head(ent: Entity, noun: str) -> bool:
    """Whether an organisation's name is headed by the noun ('Riverside Zoo', 'Museum of Flight'
    for 'the zoo', 'the museum'; session 28, fresh web pages): 'the <noun> said' then means it, as
    'the ministry' means a ministry, for kinds no word list holds."""
    if ent.type != "ORGANIZATION" or noun in _VAGUE_HEADS or not noun.isalpha():
        return False
    if DOCUMENT_NOUN.fullmatch(noun) or noun in _WORK_HEADS:
        return False  # 'the post said' is a post, not the Harbour Post
    words = ent.name.split()
    if len(words) < 2:
        return False
    heads = {words[-1]}
    if "of" in words[1:-1]:
        heads.add(words[words.index("of", 1) - 1])
    return noun.capitalize() in heads


def fits_org(ent: Entity, noun: str) -> bool:
    if noun in ("authority", "authorities", "government"):
        return False  # too vague to pin on one named body
    name = ent.name.lower()
    description = (ent.attributes.description or "").lower() if ent.attributes else ""
    if noun in name or noun in description:
        return True
    if noun in ("company", "firm", "group", "corporation"):
        return bool(re.search(r"\b(inc|corp|co|ltd|llc|plc|group|holdings|company)\b\.?", name))
    if noun == "label":
        return "records" in name or "music" in name
    if noun == "television":
        return bool(re.search(r"\b(?:television|tv)\b", name))
    if noun in ("newspaper", "daily", "weekly"):
        return bool(_PRESS_NAME.search(name))
    if noun == "agency" and is_known_agency(ent.name):
        return True  # 'the agency said' after 'the news agency IRNA reported'
    if noun == "club":
        return bool(re.search(r"\b(?:fc|afc|cf|sc|ac|rovers|united|athletic|city|rangers)\b", name))
    if noun == "union":
        return bool(_UNION_NAME.search(name))
    return False


# A trade union's name that does not say "union" ('Writers Guild of America', 'United Auto Workers',
# 'American Federation of Teachers'; session 27, fresh web pages): 'the union said' had named no one
_UNION_NAME = re.compile(
    r"\b(?:guild|brotherhood|teamsters|workers|employees|afl-cio|"
    r"federation\s+of\s+(?:labou?r|teachers|musicians|government\s+employees|state))\b"
)


# "As it turned out, Roe had ...", "On Monday, Roe said": a short opening phrase and its comma.
# up to six words, or a description of up to nine opening with "A"/"An", commas allowed
# ("An agreeable, funny woman in her 80s, Roe ...")
# a clause with a pronoun subject is no opening phrase: in "He spoke to his deputy, Roe, at length"
# Roe is the object in apposition, not the subject. A full date holds a comma of its own before
# its year ("In a video dated May 23, 2015, Roe declared", session 22, fresh web pages): without
# it the phrase ran to that comma only, so Roe headed nothing and "he said" took an earlier speaker
_OPENING = (
    r"(?!(?:He|She|They|We|I|It)\s)"
    r"(?:(?:[\w'\u2019-]+\s+){0,5}(?:\d{1,2},\s+(?=\d{4},))?[\w'\u2019-]+"
    r"|An?\s+(?:[\w'\u2019-]+,?\s+){0,7}[\w'\u2019-]+),\s+$"
)
_OPENING_PHRASE = re.compile(r"[.!?:\n][\s\u201d\"]*" + _OPENING)
# a name after these is their object, not the head of a description ("The road between Port Vale
# and Kinton was mined": no one named Port Vale said anything), also when the entity stage typed
# the place a person (session 20, fresh web pages)
_OBJECT_PREPOSITIONS = (
    r"between|among|amid|near|across|around|over|under|into|onto|through|toward|towards|within|without|"
    r"behind|beyond|beside|against|about|like|including|during|despite|after|before|via|versus"
)
_DESCRIBED_HEAD = re.compile(
    r"(?:([.!?:\n])[\s\u201d\"]*|^\s*)(?:His|Her|Their|Its|The|A|An)\s+"
    r"(?:(?!(?:to|of|in|for|with|at|from|by|on|and|or|than|"
    + _OBJECT_PREPOSITIONS
    + r")\s)[a-z][\w'\u2019-]*\s+){1,3}$"
)
_OPENING_AT_START = re.compile(r"^\s*" + _OPENING)
# A longer opening clause or phrase led by a subordinator or a preposition, up to its comma
_OPENING_CLAUSE = re.compile(
    r"(?:^|[.!?:\n][\s\u201d\"]*)(?:When|While|After|Before|Asked|Although|Though|If|Since|Once|Despite|"
    r"During|Following)\s[^.!?:\n,\"\u201c\u201d]{0,120},\s+$"
)
_OPENING_CLAUSE_REACH = 140


OBJECT_BEFORE = re.compile(r"\b(?:to|for|with|about|at|from|by|of|on|against|than)\s+$", re.IGNORECASE)
# A sentence headed by a personal pronoun, in the last stretch of a paragraph before a quote.
_PRONOUN_HEAD = re.compile(r"(?:^|[.!?][\"\u201d]?\s+|\n)(?:He|She)\s+[a-z]")
_PRONOUN_AT = re.compile(r"\s*(?:He|She)\s+[a-z]")
_CHAIN_WINDOW = 600
SENTENCE_BACK = 400
PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\s+[a-z]", re.IGNORECASE)
# a full stop after a word of two lower-case letters or more ends a sentence; "Sonya A." does not
SENTENCE_STOP = re.compile(r"(?<=[a-z0-9]{2})[.!?][\"\u201d\u2019)]?\s+|\n")
# ... and where a sentence ends for the sentence-before rules: a stop, or quoted words closed
# before a capital ('"..." And Roe said')
SENTENCE_END = re.compile(rf"{SENTENCE_STOP.pattern}|\x00[\"\u201d\u2019]?\s+(?=[A-Z])")
# A name heading its sentence after a body's name and a role ('Forest manager Jim Dolan conceded',
# 'But Acme chief executive Ann Roe said'; session 32, BBC pages), read from the sentence's start;
# not after a subordinator or a preposition ('When Forest manager Jim Dolan arrived')
BODY_ROLE_HEAD = re.compile(
    r"\s*(?:(?:And|But|Yet|So|Earlier|Later|Meanwhile)\s+)?"
    r"(?!(?:When|While|After|Before|If|As|Although|Though|Since|Because|Until|Unlike|Like|For|With|To|In|"
    r"On|At|By|From|Under|Against|Without|Despite|Of|About|The|A|An|His|Her|Their|Its)\s)"
    r"(?:[A-Z][\w'\u2019&.-]*\s+){0,3}(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(sorted((PERSON_NOUNS | DESCRIBED_PEOPLE) - {"official", "head"}))
    + r")\s+"
)


def pronoun_sentence(text: str, floor: int, before: int) -> int | None:
    """Where the last sentence headed by "He"/"She" starts between ``floor`` and ``before``."""
    low = max(floor, before - _CHAIN_WINDOW)
    found = (
        low if low == floor and _PRONOUN_AT.match(text, low, before) else None
    )  # the paragraph opens with it
    for match in _PRONOUN_HEAD.finditer(text, low, before):
        found = match.end() - 1
    return found


def possessive(text: str, end: int) -> bool:
    """A name ending at ``end`` is a possessor: "Roe's", "Roe’s", and "Stevens' mother" (a name
    ending in s, a bare apostrophe, then a lower-case word)."""
    if text[end : end + 2] in ("'s", "\u2019s"):
        return True
    return (
        text[end - 1 : end] in ("s", "S")
        and text[end : end + 1] in ("'", "\u2019")
        and text[end + 1 : end + 2] == " "
        and text[end + 2 : end + 3].islower()
    )


# A name joined to another after it: one of two subjects, neither alone heading the sentence
JOINED_AFTER = re.compile(r"\s*(?:,|and\b|or\b|&)")


def heads_sentence(text: str, at: int, floor: int) -> bool:
    """Nothing but capitalised title words, or a short opening phrase, between a sentence
    start and offset ``at``: the name is the sentence's subject."""
    role = _ROLE_BEFORE_NAME.search(text, max(floor, at - _ROLE_REACH), at)
    if (
        role is not None
        and role.start() > floor
        and (person_noun(role.group(1)) or role.group(1) in _MEMBER_ROLES)
        and (opened := _role_leads(text, role.start(), floor)) is not None
    ):
        at = opened  # 'And despite the results, skipper Jon Vale believes' (session 34)
    begin = max(floor, at - 60)
    window = text[begin:at]
    if _OPENING_PHRASE.search(window) or (begin == floor and _OPENING_AT_START.match(window)):
        return True  # at the floor (a paragraph's start) the window's start is a sentence start
    if _OPENING_CLAUSE.search(text, max(floor, at - _OPENING_CLAUSE_REACH), at):
        return True  # 'When asked to play the part in the new film, Roe hesitated'
    timed = _TIMED_OPENING.search(window)
    if timed is not None and (window[timed.start() : timed.start() + 1] in ".!?:\n," or begin == floor):
        return True  # 'But on Wednesday Mr Straw said', '..., and later Roe added'
    described = _DESCRIBED_HEAD.search(window)
    if described is not None and (described.group(1) is not None or begin == floor):
        return True  # "His neighbour Li Xiuying agreed.": a description, then the name it heads
    i = at
    while i > floor:
        j = i - 1
        while j > floor and text[j] == " ":
            j -= 1
        if text[j] in ".!?:\n" or j <= floor:
            return True
        if closes_sentence(text, j):
            return True  # '... in the wind." Williams, 24, was upset.' (session 37)
        k = j
        while k > floor and not text[k - 1].isspace():
            k -= 1
        word = text[k : j + 1]
        if (not word[:1].isupper() and not _HYPHENED.fullmatch(word)) or word[-1:] in ",;":
            return False
        i = k
    return True


# A lower-case noun of people right before a name ('skipper Jon Vale'; session 34, BBC pages): the
# name heads its sentence when the role does, after an opening phrase's comma or a conjunction ('And
# despite the results, skipper Jon Vale believes', 'But Kelco lawyer Jo Vell told'), never after a
# verb or a preposition ('told coach Ann Roe', 'Roe believes coach Jo Vell')
_ROLE_BEFORE_NAME = re.compile(
    r"(?<![\w'\u2019-])([a-z][\w-]*|MP|MEP|MSP|MLA)\s+(?:(?:Sir|Dame|Lord|Lady|Baroness|Dr|Professor)\s+)?$"
)
# a member of a parliament named by the initials of the seat ('Tory MP Jo Vell'; session 41, BBC stories)
_MEMBER_ROLES = frozenset({"MP", "MEP", "MSP", "MLA"})
_ROLE_REACH = 40


# what may stand before such a role: an opening phrase's comma or a conjunction opening the sentence,
# then capitalised words (a body's name, "Kelco"), never a subordinator or a preposition ('As Acme
# leader Ann Roe arrived, ...')
_ROLE_LEAD = re.compile(
    r"(?:[.!?:\n][\s\u201d\"]*|(,)\s+|^\s*)(And\s+|But\s+|Yet\s+|So\s+|Meanwhile\s+)?"
    # session 41 (BBC stories): up to two lower-case modifiers open the description ('Meanwhile,
    # senior Tory MP Jo Vell warned', 'But former minister Jo Vell said'), never a preposition or verb
    r"(?P<mods>(?:(?!(?:to|of|in|for|with|at|from|by|on|and|or|than|as|according|told|said|says|asked|tells)\s)"
    r"[a-z][\w-]*\s+){0,2})"
    r"(?!(?:When|While|After|Before|If|As|Although|Though|Since|Because|Until|Unlike|Like|For|With|To|In|"
    r"On|At|By|From|Under|Against|Without|Despite|Of|About|The|A|An|His|Her|Their|Its|Once|Following)\s)"
    r"(?:[A-Z][\w'\u2019&.-]*\s+){0,3}$"
)


def _role_leads(text: str, role: int, floor: int) -> int | None:
    """Where the description whose role word is at ``role`` opens its sentence's subject (read in
    a bounded window): the role itself, or the lower-case modifiers before it; None if it does not."""
    begin = max(floor, role - 60)
    lead = _ROLE_LEAD.search(text[begin:role])
    if lead is None:
        return None
    opened = begin + lead.start("mods") if lead.group("mods") else role
    if lead.group(1) is not None:  # after a comma: an opening phrase up to it ('Despite ..., coach')
        after = begin + lead.end(1)
        while after < role and text[after].isspace():
            after += 1
        window = text[max(floor, after - 60) : after]
        after_opening = bool(
            _OPENING_PHRASE.search(window)
            or (after - 60 <= floor and _OPENING_AT_START.match(window))
            or _OPENING_CLAUSE.search(text, max(floor, after - _OPENING_CLAUSE_REACH), after)
        )
        return opened if after_opening else None
    # a sentence's start needs a conjunction ('But Acme lawyer Jo Vell told'): a bare 'Acme manager
    # Jo Vell held talks' heads only the next sentence (session 32, ``BODY_ROLE_HEAD``), since a
    # description heading a sentence between ('The former captain added') may be the one speaking
    leads = lead.group(2) is not None and (lead.start() > 0 or begin == floor or text[begin] in ".!?:\n")
    return opened if leads else None


# A conjunction and a time before the subject, no comma ('But on Wednesday Mr Straw said', '...,
# and later Roe added'; session 31, BBC pages): the name still heads its sentence (it had not, so a
# later "he told" went to someone named before)
_TIMED_OPENING = re.compile(
    r"(?:(?:[.!?:\n][\s\"\u201d]*|^\s*)(?:But|And|Yet|So)|,\s+(?:but|and|yet|so))\s+(?:(?:on|late|early|later)\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|later|earlier|then|now|also|yesterday|today|(?:last|this)\s+(?:week|month|year|night))\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}$"
)
# "The 19-year-old Roe", "The sixth-ranked Roe": a compound modifier between "The" and the name
_HYPHENED = re.compile(r"(?:\d+|[a-z]+)-(?:year-old|ranked|seeded|time)")


def closes_sentence(text: str, at: int) -> bool:
    """A closing quotation mark at ``at`` right after a sentence stop inside the marks (`... in the
    wind." Williams was upset.`): the next word opens a sentence (session 37, BBC stories). Read
    on the original text; in the masked text the stop is masked and the mark ends no sentence."""
    return text[at : at + 1] in ('"', "\u201d") and at > 0 and text[at - 1] in ".!?"
