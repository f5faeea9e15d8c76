"""Who said it: entity mentions, pronouns, surnames and "the ministry", without a parser.

Resolution never guesses: a pronoun or a description resolves only to an entity the
text has already named (the last named speaker of that kind, or the one entity the
description fits); anything else stays null.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from consumer.entities.gazetteer import group_words
from consumer.entities.retype.given_names import is_given_name, name_gender
from consumer.events import Entity
from consumer.lexicon import HONORIFICS, ROLE_WORDS, TITLE_ABBREVIATIONS
from consumer.parse.agencies import is_known_agency


def _words(text: str) -> list[str]:
    return text.split()


# Title words before a surname ("Dr Mitchell", "Minister Roe"): what a glued name may open with
_TITLE_WORDS = frozenset((*HONORIFICS, *TITLE_ABBREVIATIONS, *ROLE_WORDS))
_CAPITALISED_TITLES = frozenset(w.title() for w in _TITLE_WORDS)


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
    economist analyst expert scholar professor researcher scientist chief executive ceo secretary
    ambassador envoy governor mayor premier leader head boss manager founder diplomat strategist
    senator lawmaker representative commissioner coach player actress actor singer author writer
    captain judge prosecutor veteran youngster teenager
    mp mep msp mla legislator congressman congresswoman councillor councilor councilman councilwoman
    alderman assemblyman assemblywoman
    """
    )
)
ORG_NOUNS = frozenset(
    _words(
        """
    ministry commission company firm bank agency department office council committee association
    federation administration bureau government authority authorities group organization organisation
    university institute center centre court police army navy party union label studio fund board
    corporation club team network newspaper daily weekly station league regulator watchdog radio
    television broadcaster
    """
    )
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
_PERSON_SUFFIX = re.compile(r"(?:er|ist|ian|year-old|old|(?<=[a-z]{3})(?:wo)?man)$")
GENERIC_ORG_NOUNS = frozenset(_words("company firm group organization organisation"))
# An opening phrase before the subject, naming someone else: "Echoing Prime Minister Anthony
# Reid, ...", "Like her colleague Tom Ward, ...", "Citing Governor Ana Silva, ..." (a word that
# opens a name, "Xiaoping Li, ...", is no such phrase)
_OPENING_ASIDE = re.compile(
    r"\s*([A-Z][a-z]+ing|Like|Unlike|Alongside|Besides)\s[^,\x00]{1,80},\s+(?=[A-Za-z])"
)
# A phrase opening the sentence with a preposition ('In a letter to his lawyer Roe said', no
# comma after it): a name right before the verb is the subject, not the preposition's object.
_OPENING_ADVERBIAL = re.compile(
    r"(?:(?:but|and|yet|so)\s+)?(?:in|on|at|during|after|before|through|under|over|since|following|"
    r"speaking|writing)\s"
)
_ASIDE_BACK = 110  # an opening aside and its comma before a subject pronoun
# A clause opening whose named subject puts a question to someone ('When Roe asked if he would
# stay, he declined, saying', 'After Roe pressed him on the fees, he said'; session 27, fresh web
# pages): the one asked answers, never the asker, who had taken the pronoun as the name heading
# the sentence
_ASKER_OPENING = re.compile(
    r"\s*(?:When|After|As|Once)\s+(?P<asker>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+"
    r"(?:asked|pressed|questioned|quizzed|challenged|interviewed)\b[^,\x00]{0,160},\s+(?=[a-z])"
)
# An interview's answer: the answering person's name (up to three words) and a colon open the paragraph
_ANSWER_HEAD = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*):\s+(?=[A-Z\"\u201c])")
_FIRST_PERSON_END = re.compile(r"(?<![\w'\u2019])I[\s,]*$")  # 'And I', 'In the end I' before the verb
_ASKER_BACK = 220  # the opening, its question and its comma before the subject pronoun
_AND_ONLY = re.compile(r"\s+(?:and|&)\s+")
_SUBORDINATE = re.compile(r".*\b(?:when|while|because|after|before|as|since|and|but)\s+", re.IGNORECASE)
_TRAILING_STEP = re.compile(
    r"\s+(?:also|has|had|have|then|later|further|previously|earlier|always|once|still|would|will|"
    r"(?!(?:dai|week|month|quarter)ly\b)[a-z]+ly)\s*$"
)
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")
_FEMALE_NOUNS = frozenset(_words("mother woman girl wife daughter sister grandmother aunt"))
_MALE_NOUNS = frozenset(_words("father man boy husband son brother grandfather uncle"))
_KIN_NOUNS = frozenset(
    _words(
        "mother father wife husband daughter son sister brother grandmother grandfather aunt uncle "
        "widow widower cousin niece nephew family relative relatives parents fiancee fiance"
    )
)
# brought in by a verb of meeting or asking ("spoke to one mother", "interviewed a local
# farmer"), not an apposition or a predicate ("Kim, a nurse, said", "became a mother"), nor the
# asker of a passive ("When asked by a fan, she said": the one asked answers; session 26)
_INDEFINITE_PERSON = re.compile(
    r"\b(?:(?:spoke|speaks|talked|talks|heard)\s+(?:(?:to|with|from|by)\s+)?"
    r"|(?:interviewed|interviews|met|meets|asked|asks|reached)\s+(?:(?:to|with|from)\s+)?)"
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w]*\s+){0,2}(?P<noun>"
    + "|".join(sorted(_FEMALE_NOUNS | _MALE_NOUNS))
    + r"|parent|teacher|student|resident|worker|nurse|doctor|driver|farmer|owner|employee|customer"
    r"|fan|witness|neighbou?r|friend|passenger|shopper|voter|survivor|patient)\b(?![-'\u2019])"
)
_PLAIN_PERSON_NOUNS = (
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
_UNNAMED_HEAD = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?\s+|\n)(?:(?:But|And|Yet)\s+(?:an?|one|another)|An?|One|Another)\s+"
    r"(?:[a-z][\w-]*,?\s+){0,2}?(?P<noun>"
    + "|".join(sorted(_FEMALE_NOUNS | _MALE_NOUNS))
    + "|"
    + _PLAIN_PERSON_NOUNS
    + r")\b(?![-'\u2019])"
    r"(?![^.!?\n]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:arrested|killed|injured|hurt|wounded|detained"
    r"|charged|shot|stabbed|found|rescued|hospitali[sz]ed|sentenced|convicted|jailed|taken)\b)"
    r"(?![^.!?\n]{0,60}?\bdied\b)"
)
# A kin of a named person heading a sentence ('His wife was in tears.'): the pronoun's person when
# no one of its sex was named in reach (session 25): '"...," she said' had gone to the husband.
_KIN_HEAD = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?\s+|\n)(?:His|Her|Their)\s+(?:[a-z][\w-]*\s+){0,1}?(?P<noun>"
    + "|".join(sorted(_FEMALE_NOUNS | _MALE_NOUNS))
    + r"|widow|widower)\b(?![-'\u2019])(?=,?\s+[a-z])"
)
_INTRODUCED_REACH = 400
_TITLE_REACH = 40  # how far before a name its title word is read
# An unnamed official heading a sentence and speaking ("A spokesperson for the council said
# ...", also after a conjunction: "But a spokesperson ..."), whose words carry no quote of their
# own: a later "he said" with no one named since may be that official, so it must not fall back
# to a person named before (null beats a guess).
_INDEFINITE_OFFICIAL = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:But|And|Yet)\s+(?:an?|one|another)|An?|One|Another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>spokesman|spokeswoman|spokesperson|official|representative|aide)"
    r"\b[^.\n]{0,80}?\b(?:said|says|told|tells|added|explained)\b"
    # ... or closing its sentence after a reported clause ("The talks failed, one official told
    # reporters.", "..., a source close to the talks said."; session 23, fresh web pages): with no
    # body named there is no quote of those words, and the next "he said" had gone back to the
    # person who spoke before
    r"|,\s+(?:an?|one|another)\s+(?:[\w-]+\s+){0,3}?(?P<trailing>spokesman|spokeswoman|spokesperson|"
    r"official|representative|aide|source)\b[^.\n,;]{0,60}?\b(?:said|says|told|tells|added)\b[^.\n,;]{0,40}\."
)
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)")
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


def _pronoun_after_opening(text: str, start: int, end: int) -> int:
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


_POSSESSOR_BODY = re.compile(r"([a-z]+)['\u2019]s?")  # "company's", "firms'": a body owning a statement


@dataclass(frozen=True)
class Speaker:
    entity: Entity | None
    # the role word of an unnamed person the text described as the speaker ("a spokesman said"):
    # a later "he said" means that person, not an earlier named one
    described: str | None = None

    @property
    def id(self) -> str | None:
        return self.entity.id if self.entity else None


NOBODY = Speaker(None)


@dataclass
class _FieldIndex:
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


def _any(_: Entity) -> bool:
    return True


def _agrees_with(pronoun: str) -> Callable[[Entity], bool]:
    """ "she said" never resolves to a person whose given name only men bear, nor "he" to one
    only women bear; a name that says nothing of sex agrees with both."""
    ruled_out = "f" if pronoun == "he" else "m"
    return lambda ent: name_gender(ent.name) != ruled_out


class Speakers:
    """The item's speaker candidates, indexed by field and offset, and the last speakers seen."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        rows: dict[str, list[tuple[int, int, Entity]]] = {}
        self.people: list[Entity] = []
        for ent in entities:
            if ent.type not in SPEAKER_TYPES and ent.type not in NAMED_ONLY_TYPES:
                continue
            if ent.type == "PERSON":
                self.people.append(ent)
            for m in ent.mentions:
                if m.field in ("headline", "body"):
                    rows.setdefault(m.field, []).append((m.start, m.end, ent))
        self._index: dict[str, _FieldIndex] = {}
        for name, items in rows.items():
            items.sort(key=lambda r: (r[0], -r[1]))
            idx = _FieldIndex()
            for start, end, ent in items:
                idx.starts.append(start)
                idx.ends.append(end)
                idx.entities.append(ent)
            self._index[name] = idx
        self.last_person: Entity | None = None
        self.last_person_at: int | None = None
        self.person_speakers: list[tuple[Entity, int]] = []  # recent person speakers in the body, last first
        self.last_org: Entity | None = None
        self.para_start = 0
        self.prev_para_start = 0
        self.para_speaker: Entity | None = None  # the last speaker resolved in the current paragraph
        self.last_org_at = -1
        self.unnamed: tuple[str, int] | None = None  # the last unnamed described speaker, and where
        # the body whose unnamed official spoke last ("a spokeswoman for Acme said"), the role, and where
        self.official: tuple[Entity, str, int] | None = None
        self.masked = ""  # the current field with its quoted words masked: mentions there are not speakers
        # documents brought in with their issuer ('a commentary in the China Daily said', 'Roe's letter
        # said'): the noun, its issuer and where, for a later 'the commentary said' (session 26)
        self.documents: dict[str, tuple[Entity, int]] = {}

    # ---------------------------------------------------------------- mentions

    def mentions_in(self, fld: str, start: int, end: int) -> list[tuple[int, int, Entity]]:
        idx = self._index.get(fld)
        if idx is None:
            return []
        i = bisect.bisect_left(idx.starts, start)
        out: list[tuple[int, int, Entity]] = []
        while i < len(idx.starts) and idx.starts[i] < end:
            if idx.ends[i] <= end and not self._credit(idx.starts[i], idx.ends[i]):
                out.append((idx.starts[i], idx.ends[i], idx.entities[i]))
            i += 1
        return out

    def _quoted(self, at: int) -> bool:
        return at < len(self.masked) and self.masked[at] == "\x00"

    def _credit(self, start: int, end: int) -> bool:
        """A news agency alone in parentheses ("LAGOS (Reuters) -", "(AP)"): a credit, never what
        "the group" or "it" later means (another name in parentheses, "the carmaker (Volvo)", is)."""
        return (
            self.masked[start - 1 : start] == "("
            and self.masked[end : end + 1] == ")"
            and is_known_agency(self.masked[start:end])
        )

    def _back(self, fld: str, before: int, floor: int) -> Iterator[tuple[int, int, Entity]]:
        """Mentions outside quotes from ``before`` back to ``floor``, nearest first, reading at
        most 64 mentions (quoted ones count): every look-back is bounded."""
        idx = self._index.get(fld)
        if idx is None:
            return
        i = bisect.bisect_left(idx.starts, before) - 1
        steps = 0
        while i >= 0 and idx.starts[i] >= floor and steps < 64:
            if not self._quoted(idx.starts[i]) and not self._credit(idx.starts[i], idx.ends[i]):
                yield idx.starts[i], idx.ends[i], idx.entities[i]
            i -= 1
            steps += 1

    def last_mention(
        self, fld: str, before: int, kind: str, floor: int, agree: Callable[[Entity], bool] = _any
    ) -> Entity | None:
        """The entity of ``kind`` mentioned last before ``before`` (not before ``floor``)."""
        found = self.last_mention_at(fld, before, kind, floor, agree)
        return found[0] if found is not None else None

    def last_subject(
        self, text: str, fld: str, before: int, floor: int, agree: Callable[[Entity], bool] = _any
    ) -> Entity | None:
        """The last person named at the head of a sentence (the usual antecedent of 'she said')."""
        for at, end, ent in self._back(fld, before, floor):
            owner = possessive(text, end)
            if ent.type == "PERSON" and agree(ent) and not owner and _heads_sentence(text, at, floor):
                return ent
        return None

    def org_subject_at(self, text: str, fld: str, before: int, floor: int) -> tuple[Entity, int] | None:
        """The organisation named last at the head of a sentence, and where."""
        for at, end, ent in self._back(fld, before, floor):
            owner = possessive(text, end)
            if ent.type == "ORGANIZATION" and not owner and _heads_sentence(text, at, floor):
                return ent, at
        return None

    def last_mention_at(
        self, fld: str, before: int, kind: str, floor: int, agree: Callable[[Entity], bool] = _any
    ) -> tuple[Entity, int] | None:
        """The entity of ``kind`` mentioned last before ``before``, and where; an organisation
        named as a modifier ("a Netflix documentary") is no referent."""
        return next(
            (
                (ent, at)
                for at, end, ent in self._back(fld, before, floor)
                if ent.type == kind
                and agree(ent)
                and not (kind == "ORGANIZATION" and self._modifier(at, end))
            ),
            None,
        )

    def _modifier(self, start: int, end: int) -> bool:
        """A name between "a"/"an" and a lower-case word: it qualifies a thing ("a Netflix
        documentary"), so "the company" and "it" do not mean it."""
        before = self.masked[max(0, start - 3) : start].lower()
        after = _LOWER_WORD_AFTER.match(self.masked, end)
        return (
            before.endswith((" a ", "an "))
            and after is not None
            and after.group(1) not in _OFFICIAL_NOUNS  # "an Acme spokesman ... it said": Acme
        )

    def remember(self, speaker: Speaker, at: int | None = None) -> None:
        """Note a resolved speaker; ``at``: where its attribution ends in the body."""
        if speaker.entity is None:
            if speaker.described is not None and at is not None:
                self.unnamed = (speaker.described, at)
                self.para_speaker = None
            return
        if speaker.described == "I":
            return  # the answering "I" of an interview: a later "he said" there means someone else
        self.unnamed = None
        self.para_speaker = speaker.entity
        body_official = speaker.described is not None and speaker.entity.type != "PERSON" and at is not None
        self.official = (speaker.entity, speaker.described or "", at or 0) if body_official else None
        if speaker.entity.type == "PERSON":
            self.last_person = speaker.entity
            self.last_person_at = at
            if at is not None:
                kept = [r for r in self.person_speakers if r[0] is not speaker.entity][:3]
                self.person_speakers = [(speaker.entity, at), *kept]
        else:
            self.last_org = speaker.entity
            self.last_org_at = self.para_start

    def start_paragraph(self, start: int) -> None:
        self.prev_para_start = self.para_start
        self.para_start = start
        self.para_speaker = None

    # ---------------------------------------------------------------- resolution

    def coordinated(self, text: str, fld: str, start: int, end: int) -> bool:
        """Whether the phrase ends with two people joined by "and" ('economists Ann Roe and Jane
        Doe'): a subject of two speakers (the conventions give such words no one speaker)."""
        tail = text[start:end].rstrip(" ,\u2014\u2013-")
        stop = start + len(tail)
        people = [r for r in self.mentions_in(fld, start, end) if r[2].type == "PERSON"][-2:]
        if len(people) < 2 or people[0][2] is people[1][2] or people[1][1] != stop:
            return False
        return _AND_ONLY.fullmatch(text, people[0][1], people[1][0]) is not None

    def _subject_start(self, text: str, fld: str, start: int, end: int) -> int:
        """Where the subject of a phrase starts, past a clause or an aside before it."""
        tail = _SUBORDINATE.match(text, start, end)
        if tail is not None and tail.end() < end and not self._apposed(text, fld, start, tail.end()):
            start = tail.end()  # 'Audience members laughed when he urged': the clause's own subject
        aside = _OPENING_ASIDE.match(text, start, end)
        if (
            aside is not None
            and aside.end() < end
            and not self.mentions_in(fld, aside.start(1), aside.end(1))
        ):
            start = aside.end()  # 'Echoing Prime Minister Anthony Reid, Treasurer Jim Chalmers said
        return start

    def _before_aside(self, text: str, fld: str, pronoun: int) -> int:
        """Where to read a subject pronoun from: before an opening that names someone else right
        before it ('Echoing Tom Vale, he said', 'Unlike Roe, she wrote'; session 26), whose name is
        the participle's object or the one compared, never the pronoun; else at the pronoun."""
        low = max(0, pronoun - _ASIDE_BACK)
        stops = list(_SENTENCE_STOP.finditer(text, low, pronoun))
        if stops:
            opened = stops[-1].end()
        elif low == 0:
            opened = 0
        else:
            return pronoun
        aside = _OPENING_ASIDE.match(text, opened, pronoun + 1)
        if aside is None or aside.end() != pronoun or self.mentions_in(fld, aside.start(1), aside.end(1)):
            return pronoun
        return opened

    def object_pronoun(self, text: str, fld: str, start: int, floor: int, pronoun: str) -> Speaker:
        """'him' / 'her' a relay names (`the paper quoted him as saying`): read as 'he' / 'she'
        would be at ``start`` (session 27, fresh web pages: the relay had named no one)."""
        subject = "he" if pronoun == "him" else "she"
        agreeing = self._pronoun_person(text, fld, start, floor, _agrees_with(subject))
        return Speaker(agreeing or self._pronoun_person(text, fld, start, floor, _any))

    def _answering(self, text: str, fld: str) -> Entity | None:
        """The person named as a speaker's tag at the head of the paragraph ('Roe: ...'), as an
        interview sets out its answers."""
        head = _ANSWER_HEAD.match(text, self.para_start)
        if head is None:
            return None
        found = self.mentions_in(fld, head.start(1), head.end(1))
        if len(found) == 1 and found[0][2].type == "PERSON":
            return found[0][2]
        return None

    def _asker_before(self, text: str, fld: str, pronoun: int) -> Entity | None:
        """The person asking in a clause that opens the sentence right before a subject pronoun
        ('When Roe asked if he would stay, he declined'): never whom the pronoun means."""
        low = max(0, pronoun - _ASKER_BACK)
        stops = list(_SENTENCE_STOP.finditer(text, low, pronoun))
        if not stops and low > 0:
            return None
        opening = _ASKER_OPENING.match(text, stops[-1].end() if stops else 0, pronoun + 1)
        if opening is None or opening.end() != pronoun:
            return None
        found = self.mentions_in(fld, opening.start("asker"), opening.end("asker"))
        return found[-1][2] if found and found[-1][2].type == "PERSON" else None

    def resolve(self, text: str, fld: str, start: int, end: int, floor: int) -> Speaker:
        """The speaker a subject phrase ``text[start:end]`` names (``floor``: where to look back to)."""
        if self.coordinated(text, fld, start, end):
            return NOBODY  # 'Ann Roe and Jane Doe write': two speakers, none of them alone
        speaker = self._resolve(text, fld, start, end, floor)
        if speaker.entity is None and fld == "body" and _FIRST_PERSON_END.search(text, start, end):
            # 'Roe: He came in and said, "..." And I said, "..."' (session 27, an interview's answer
            # on a fresh web page): the one answering, named before the colon; else the writer, null
            answering = self._answering(text, fld)
            if answering is not None:
                return Speaker(answering, described="I")
        return speaker

    def _resolve(self, text: str, fld: str, start: int, end: int, floor: int) -> Speaker:
        start = self._subject_start(text, fld, start, end)
        while True:  # 'the former weightlifter always (believes)': adverbs are not the subject
            m = _TRAILING_STEP.search(text, start, end)
            if m is None or m.start() <= start:
                break
            end = m.start()
        start = _pronoun_after_opening(text, start, end)
        chunk = text[start:end]
        stripped = chunk.strip(" ,\u2014\u2013-")
        if not stripped:
            return NOBODY
        lead = len(chunk) - len(chunk.lstrip(" ,\u2014\u2013-"))
        words = stripped.split()
        low = [w.lower().strip(",.") for w in words]
        if len(low) == 1:
            low[0] = re.sub(r"['\u2019](?:d|ll)$", "", low[0])  # "he'd respond", "she'll say"
        if (
            len(words) == 1
            and low[0] in PERSON_PRONOUNS
            and (
                self._means_unnamed(fld, low[0], start, floor) or self._introduced_person(fld, low[0], start)
            )
        ):
            # 'A party official said ... "...," he said', 'WIRED spoke to one mother ... "...,"
            # she said': the official, the mother, unnamed
            return NOBODY
        if len(words) == 1 and low[0] in PERSON_PRONOUNS and self._official_pronoun(fld, low[0], start):
            # 'A spokeswoman for Acme said ... "...," she said': that official, whose words the
            # conventions give to the body; null when the body is not named ('A spokesperson for
            # the port said ...')
            goes_on = self.official is not None and self._official_goes_on(fld, low[0], start)
            return Speaker(self.official[0] if self.official and goes_on else None)
        if len(words) == 1 and low[0] in PERSON_PRONOUNS:
            # the pronoun's sex is a preference, not a filter: census given names are American
            # ("Andrea" is a man's name in Italy), so with no agreeing candidate the plain one counts
            at = self._before_aside(text, fld, start + lead)
            asker = self._asker_before(text, fld, start + lead)
            if asker is not None:
                sexed = _agrees_with(low[0])
                agreeing = self._pronoun_person(text, fld, at, floor, lambda e: sexed(e) and e is not asker)
                other = self._pronoun_person(text, fld, at, floor, lambda e: e is not asker)
                return Speaker(agreeing or other)
            agreeing = self._pronoun_person(text, fld, at, floor, _agrees_with(low[0]))
            if agreeing is None and self._kin_head(fld, low[0], start):
                return NOBODY  # 'Roe lost his crop. His wife was in tears. "...," she said'
            return Speaker(agreeing or self._pronoun_person(text, fld, at, floor, _any))
        if len(words) == 1 and low[0] in ("one", "another"):
            return Speaker(None, described="one")  # '"...," one said': one of the traders, unnamed
        if len(words) == 1 and low[0] in ORG_PRONOUNS:
            return self._org_pronoun(text, fld, low[0], start, floor)
        found = _speaking(text, self.mentions_in(fld, start + lead, end), start + lead, end)
        if found:
            described = self._org_person(text, found, fld, start + lead, end, floor)
            return described if described is not None else self._named(text, found, start + lead, end)
        issued = self._issued(low, fld, start)
        if issued is not None:
            return Speaker(issued)  # 'a commentary in the China Daily said ... the commentary said'
        return self._unnamed(text, stripped, words, low, fld, start, floor)

    def _org_person(
        self, text: str, found: list[tuple[int, int, Entity]], fld: str, start: int, end: int, floor: int
    ) -> Speaker | None:
        """ "The Kent University expert added", "the Acme economist said" (session 24, fresh web
        pages): a definite description of a person the body qualifies, who is someone the text
        named (as "the expert said" would be), never the body itself; null when the description
        fits no one named. Its officials ('the Acme spokesman') stay the body's, as the conventions
        give an unnamed official's words to it."""
        if len(found) != 1 or found[0][2].type != "ORGANIZATION":
            return None
        m_start, m_end, _ = found[0]
        after = text[m_end:end].split()
        if text[start:m_start].strip().lower() != "the" or not 1 <= len(after) <= 2:
            return None
        if not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in after):
            return None
        noun = after[-1]
        if noun in _OFFICIAL_NOUNS or noun in _SPOKES or not _person_noun(noun):
            return None
        person = self._description(after, fld, start, floor)
        return person if person.entity is not None and person.entity.type == "PERSON" else NOBODY

    def _org_pronoun(self, text: str, fld: str, pronoun: str, start: int, floor: int) -> Speaker:
        """ "it said", "they said" (and "its statement said"): the organisation it carries on from."""
        head_at = self.org_subject_at(text, fld, start, floor)
        if self._body_unnamed_since(fld, start) and (head_at is None or head_at[1] < self.unnamed_at):
            return NOBODY  # 'a government statement said ... "...," it said': that body, unnamed
        if self.para_speaker is not None and (pronoun == "they" or self.para_speaker.type != "PERSON"):
            return Speaker(self.para_speaker)
        near_at = self.last_mention_at(fld, start, "ORGANIZATION", floor)
        near = near_at[0] if near_at is not None else None
        if pronoun == "they":
            return Speaker(near)
        # "Acme said losses at its Star TV unit widened. '...,' it said": the organisation
        # heading a sentence is what "it" carries on from, not one named inside a clause
        head = head_at[0] if head_at is not None else None
        named_here = near_at is not None and near_at[1] >= max(self.para_start, self.last_org_at)
        if head is None and not named_here and self._org_spoke_since(fld, start):
            # "..., the agency said. '...,' it reported": the organisation that spoke last,
            # not a body named inside a sentence of an earlier paragraph
            return Speaker(self.last_org)
        return Speaker(head or near or self.last_org)

    @property
    def unnamed_at(self) -> int:
        return self.unnamed[1] if self.unnamed is not None else -1

    def _body_unnamed_since(self, fld: str, start: int) -> bool:
        """Whether the last attribution within reach was to a body the text did not name, with
        no organisation speaking after it."""
        if self.unnamed is None or fld != "body" or self.unnamed[0] not in ORG_NOUNS:
            return False
        at = self.unnamed[1]
        return 0 <= start - at <= _SINCE_LAST and at >= self.last_org_at

    def _org_spoke_since(self, fld: str, start: int) -> bool:
        """Whether an organisation spoke within reach before ``start`` (a few paragraphs)."""
        return fld == "body" and self.last_org is not None and 0 <= start - self.last_org_at <= _SINCE_LAST

    def _means_unnamed(self, fld: str, pronoun: str, start: int, floor: int) -> bool:
        """Whether "he"/"she" at ``start`` carries on from the last speaker, who was unnamed: no
        person named since, and the description's sex (if it has one) agrees."""
        if self.unnamed is None or fld != "body" or self.unnamed[0] in ORG_NOUNS:
            return False
        noun, at = self.unnamed
        if not floor <= at <= start or self.people_between(fld, at, start):
            return False
        female = re.search(r"wom[ae]n$", noun) or noun in _FEMALE_NOUNS
        sex = "she" if female else "he" if re.search(r"m[ae]n$", noun) or noun in _MALE_NOUNS else None
        return sex is None or sex == pronoun

    def _official_goes_on(self, fld: str, pronoun: str, start: int) -> bool:
        """Whether "he"/"she" at ``start`` carries on from the body's official who spoke last:
        within reach, no person named since, and the role's sex (if it has one) agrees."""
        if self.official is None or fld != "body":
            return False
        _, noun, at = self.official
        if not 0 <= start - at <= _SINCE_LAST or self.people_between(fld, at, start):
            return False
        sex = "she" if noun.endswith("woman") else "he" if noun.endswith("man") else None
        return sex is None or sex == pronoun

    def _introduced_person(self, fld: str, pronoun: str, start: int) -> bool:
        """Whether the paragraph brought in an unnamed person ("one mother", "a local farmer")
        after the last person it named, of the pronoun's sex if the noun has one: "she said"
        then means that person, whom the text does not name."""
        if fld != "body":
            return False
        low = max(self.para_start, start - _INTRODUCED_REACH)
        matches = list(_INDEFINITE_PERSON.finditer(self.masked, low, start))
        matches += list(_UNNAMED_HEAD.finditer(self.masked, low, start))
        found = max(matches, key=lambda m: m.end()) if matches else None
        if found is None or self.people_between(fld, found.end(), start):
            return False
        noun = found.group("noun").lower()
        female = noun in _FEMALE_NOUNS or noun.endswith("woman")
        sex = "she" if female else "he" if noun in _MALE_NOUNS or noun.endswith("man") else None
        return sex is None or sex == pronoun

    def _kin_head(self, fld: str, pronoun: str, start: int) -> bool:
        """Whether a kin of the pronoun's sex heads a sentence of the paragraph before ``start``
        ('His wife was in tears.') with no person named since."""
        if fld != "body":
            return False
        low = max(self.para_start, start - _INTRODUCED_REACH)
        matches = list(_KIN_HEAD.finditer(self.masked, low, start))
        if not matches or self.people_between(fld, matches[-1].end(), start):
            return False
        noun = matches[-1].group("noun").lower()
        sex = "she" if noun in _FEMALE_NOUNS or noun == "widow" else "he" if noun in _MALE_NOUNS else None
        return sex == pronoun

    def _official_pronoun(self, fld: str, pronoun: str, start: int) -> bool:
        """Whether "he"/"she" at ``start`` may be an official who spoke since the last person."""
        return self._official_goes_on(fld, pronoun, start) or self._official_unnamed(fld, pronoun, start)

    def _official_unnamed(self, fld: str, pronoun: str, start: int) -> bool:
        """Whether an unnamed official spoke at the head of a sentence within reach before
        ``start`` with no person named since ("A spokesperson for Acme said ..."): "he said"
        may then be that official, so no earlier named person is guessed."""
        if fld != "body":
            return False
        matches = list(_INDEFINITE_OFFICIAL.finditer(self.masked, max(0, start - _INTRODUCED_REACH), start))
        found = matches[-1] if matches else None
        if found is None or self.people_between(fld, found.start(), start):
            return False
        noun = found.group("noun") or found.group("trailing")
        sex = "she" if noun.endswith("woman") else "he" if noun.endswith("man") else None
        return sex is None or sex == pronoun

    def _apposed(self, text: str, fld: str, start: int, cut: int) -> bool:
        """ "Jane Roe, a member of the group and signatory to the letter, told": the conjunction
        sits in an apposition to a name before the first comma, so the name is the subject."""
        comma = text.find(",", start, cut)
        if comma < 0:
            return False
        # the name right before the comma: "Boraine said the picture was incomplete, but one
        # caller declared" holds a clause before its comma, no apposition
        before = comma
        while before > start and text[before - 1].isspace():
            before -= 1
        return any(m_end >= before for _, m_end, _ in self.mentions_in(fld, start, comma))

    def _pronoun_person(
        self, text: str, fld: str, start: int, floor: int, agree: Callable[[Entity], bool]
    ) -> Entity | None:
        """ "he said": the paragraph's speaker, else its last subject or person, else the last
        person named since ``floor``, else the last person speaker; each as ``agree`` allows."""
        if self.para_speaker is not None and self.para_speaker.type == "PERSON" and agree(self.para_speaker):
            since = self.last_person_at if self.last_person is self.para_speaker else None
            fresh = self.last_subject(text, fld, start, since, agree) if since is not None else None
            # '"...," said Li. His neighbour Li Xiuying agreed. "...," she said': a person heading a
            # sentence after the speaker's attribution is whom the pronoun carries on from
            return fresh or self.para_speaker
        para = max(self.para_start, floor)
        last = self.last_person if self.last_person is not None and agree(self.last_person) else None
        here = self.last_subject(text, fld, start, para, agree)
        if here is not None:
            return here
        chain = _pronoun_sentence(text, para, start)
        if chain is not None:
            # "He emailed Gaiman ... 'It is hard,' he wrote": the pronoun carries on from a
            # sentence its paragraph opened with one, so the names after it are objects
            return (
                self.last_subject(text, fld, chain, floor, agree)
                or last
                or self.last_mention(fld, chain, "PERSON", floor, agree)
            )
        last_at = self.last_person_at
        if (
            last is not None
            and last_at is not None
            and fld == "body"
            and self.prev_para_start <= last_at <= para
            and not self.people_between(fld, last_at, start)
        ):
            # '"...," Tsang told reporters after meeting Finance Minister Bill Birch.' then a
            # paragraph '"...," he said': the last speaker, named in the paragraph before, goes on;
            # the people after his attribution are its objects
            return last
        # before the paragraph, a preposition's object may be the one it is about ("I thought of Roe.")
        here = self.last_actor(text, fld, start, para, agree) or self._subject_over_objects(
            text, fld, start, floor, agree
        )
        return (
            here
            or self.last_actor(text, fld, start, floor, agree, objects=True)
            or last
            or self._agreeing_speaker(fld, start, agree)
        )

    def _agreeing_speaker(self, fld: str, start: int, agree: Callable[[Entity], bool]) -> Entity | None:
        """The last person speaker in reach whom ``agree`` allows (session 25): in '"A," he said.'
        ... '"B," Ann Roe said.' then '"C," he said', the man who spoke before Roe; with no one of
        the pronoun's sex named in reach, the plain fallback had given Roe."""
        if fld != "body" or agree is _any:
            return None
        return next(
            (e for e, at in self.person_speakers if 0 <= start - at <= _SINCE_LAST and agree(e)), None
        )

    def _subject_over_objects(
        self, text: str, fld: str, before: int, floor: int, agree: Callable[[Entity], bool]
    ) -> Entity | None:
        """The person heading the sentence that named the last person before ``before``, when
        that one does not head it ('Park met Secretary Hale and his deputy, Ruth Amos.' then
        '"...," she said': Park, not Amos). Reads back within that one sentence only."""
        rows = self._back(fld, before, floor)
        last = next((r for r in rows if r[2].type == "PERSON" and agree(r[2])), None)
        if last is None or _heads_sentence(text, last[0], floor):
            return None
        for at, end, ent in rows:
            if _SENTENCE_STOP.search(text, end, last[0]):
                return None
            owner = possessive(text, end)
            if ent.type == "PERSON" and agree(ent) and not owner and _heads_sentence(text, at, floor):
                return ent
        return None

    def last_actor(
        self,
        text: str,
        fld: str,
        before: int,
        floor: int,
        agree: Callable[[Entity], bool] = _any,
        *,
        objects: bool = False,
    ) -> Entity | None:
        """The person named last who could be a clause's subject: not a possessor ("McDonald's
        cameo"), nor a preposition's object ("harm to Omar") unless ``objects``."""
        for at, end, ent in self._back(fld, before, floor):
            if ent.type != "PERSON" or not agree(ent) or possessive(text, end):
                continue
            if _OBJECT_BEFORE.search(text, max(floor, at - 12), at):
                if not objects:
                    continue
                # "Roe, her lawyer, told us she meant no harm to Omar": the sentence's own
                # subject, when it names one, comes before its object
                opened = max(floor, at - _SENTENCE_BACK)
                for stop in _SENTENCE_STOP.finditer(text, opened, at):
                    opened = stop.end()
                subject = self.last_subject(text, fld, at, opened, agree)
                if subject is not None:
                    return subject
                if _PRONOUN_SUBJECT.search(text, opened, at):
                    continue  # "she was more nervous than Roe": the sentence is about "she"
                return ent
            return ent
        return None

    def _named(self, text: str, found: list[tuple[int, int, Entity]], start: int, end: int) -> Speaker:
        """A subject phrase that names entities: its person, or else its first entity."""
        comma = text.find(",", start, end)
        limit = comma if comma >= 0 else end
        # "Ford's family, Starner said": a possessor owns the subject, it is not the subject
        own = [r for r in found if not possessive(text, r[1])]
        if not own and found[-1][2].type == "PERSON" and _owned_document(text[found[-1][1] : end]):
            self._document(text[found[-1][1] : end], found[-1][2], start)
            return Speaker(found[-1][2])  # "Roe's letter to the council said": the writer's words
        if not own and all(r[2].type == "PERSON" for r in found) and text[found[-1][1] + 2 : end].strip():
            return NOBODY  # "Roe's father told": someone of Roe's, whom the text does not name
        own = own or found
        people = [r for r in own if r[2].type == "PERSON"]
        first = [r for r in people if r[0] < limit] or (people if own is not found else [])
        m_start, m_end, ent = first[0] if first else own[0]  # 'CPUC President Marybel Batjer'
        surface = text[m_start:m_end]
        glued = (
            self._person_glued(surface, bare=ent.type in NAMED_ONLY_TYPES) if ent.type != "PERSON" else None
        )
        ent = glued or self._titled_by_sex(text, m_start, m_end, ent)
        prefix = text[start:m_start].lower()
        # 'Minister in the Ministry of Finance Brian Manning said': the title opening the phrase
        # is the glued person's own, not someone else's of that person ('the wife of ...')
        opening = text[start:m_start].split()[:1]
        own_title = glued is not None and bool(opening) and opening[0] in _CAPITALISED_TITLES
        if _DOCUMENT_OF.search(prefix):
            self._document(prefix, ent, start)
            return Speaker(ent)  # "a report from Acme Securities": the document speaks for its author
        official = _OFFICIAL_OF.search(prefix) if ent.type == "ORGANIZATION" else None
        if official is not None:
            # the official's role rides along: a later "she said" is that official, for the body
            return Speaker(
                ent, described=official.group("noun")
            )  # "a spokesperson for the ministry": the conventions give the body
        described = r"(?:[a-z][\w-]*\s+){0,3}"  # in lower case: 'of Jordanian Foreign Minister X' names X
        other = re.search(
            rf"\b(?i:for|of|at|from|with|to|by|on|in)\s+(?i:the\s+)?{described}$", text[start:m_start]
        )
        if (
            other is not None
            and not (own_title or (_OPENING_ADVERBIAL.match(prefix) and not text[m_end:end].strip(" ,")))
            and not (ent.type == "PERSON" and _held_title(text[start : start + other.end()], other.start()))
        ):
            # "a friend of Acme's founder", "the former wife of property tycoon Victor Lam":
            # someone else, unnamed
            return NOBODY
        if ent.type != "PERSON" and prefix.split()[:1] in (["one"], ["another"]):
            rest = text[m_end:end].lower().split()
            if not any(w.strip(",.") in _OFFICIAL_NOUNS for w in rest):
                return NOBODY  # "one Acme trader said": one of many, unnamed
            # "one EU diplomat said": an unnamed official, and the conventions give the body
        after = text[m_end:end].lower().split()
        if ent.type == "ORGANIZATION" and len(after) == 1 and after[0].strip(",.") in _OFFICIAL_NOUNS:
            return Speaker(ent, described=after[0].strip(",."))  # 'a Norland Rail spokesman said'
        return Speaker(ent)

    def _document(self, phrase: str, issuer: Entity, at: int) -> None:
        """Remember the document noun a phrase names ('a commentary in', "'s letter to the
        council") as ``issuer``'s, for a later 'the commentary said'."""
        noun = _DOCUMENT_NOUN.search(phrase.lower())
        if noun is not None:
            self.documents[noun.group(0)] = (issuer, at)

    def _issued(self, low: list[str], fld: str, start: int) -> Entity | None:
        """ "the commentary said" after 'a commentary in the China Daily said' (session 26, agency
        copy): the issuer the same document was brought in with, in reach, when no other document
        of that kind was brought in since ('a new report by ...'); it had named no one."""
        if fld != "body" or len(low) != 2 or low[0] != "the" or low[1] not in self.documents:
            return None
        issuer, at = self.documents[low[1]]
        if not 0 < start - at <= _SINCE_LAST:
            return None
        others = _NEW_DOCUMENT.finditer(self.masked, at + 1, start)
        return None if any(m.group("noun").lower() == low[1] for m in others) else issuer

    def official_heading(self, text: str, fld: str, start: int, end: int) -> Speaker | None:
        """An unnamed official of a named body heading a colon lead-in ('A spokesman for the Port
        Union was blunt:', 'An Acme official had this to say:'; fresh web pages): the conventions
        give the body, as for 'a spokesman for Acme said'. Read only from the head of the phrase,
        so a body named later in it ('A fan of the Port Union was blunt:') is not the speaker."""
        found = self.mentions_in(fld, start, end)
        if not found or found[0][2].type != "ORGANIZATION" or possessive(text, found[0][1]):
            return None
        at, to, ent = found[0]
        prefix = text[start:at].lower()
        official = _OFFICIAL_OF.fullmatch(prefix)
        if official is not None and prefix.split()[:1] != ["the"]:
            return Speaker(ent, described=official.group("noun"))  # 'A spokesman for the Port Union'
        after = _OFFICIAL_AFTER.match(text, to, end)
        if prefix.strip() in _INDEFINITE_HEADS and after is not None:
            return Speaker(ent, described=after.group("noun"))  # 'An Acme spokeswoman', 'One EU diplomat'
        return None

    def _person_glued(self, surface: str, *, bare: bool = False) -> Entity | None:
        """The person a body's or thing's name ends with, when the entity stage glued a title or
        a body to it ('Ministry of Finance Brian Manning said', '"...," Dr Mitchell said';
        session 20, fresh web pages): a person's name ending it after a given name and more
        words ('Acme CEO Jane Roe', 'Finance Brian Manning'), or the one person's surname after
        title words only ('Dr Mitchell'). Not 'Morgan Stanley' (nothing before the given name)
        nor 'Johnson & Johnson'. With ``bare`` (a name typed a thing, MISC or PRODUCT), the one
        person's surname alone too ('"...," said Moyer' after Jane Moyer was named; session 24): the
        thing's name had been the speaker, which names no one of the story."""
        words = surface.split()
        found: list[Entity] = []
        for person in self.people:
            name = person.name.split()
            n = len(name)
            if 0 < n < len(words) and words[-n:] == name:
                before = words[: -n + 1] if is_given_name(name[0]) else words[:-n]
                if len(before) >= 2 and is_given_name(before[-1]):
                    found.append(person)
            elif (
                len(name) >= 2
                and name[-1] == words[-1]
                and (len(words) >= 2 or bare)
                and all(w.rstrip(".").lower() in _TITLE_WORDS for w in words[:-1])
            ):
                found.append(person)
        return found[0] if len({p.id for p in found}) == 1 else None

    def _unnamed(
        self, text: str, stripped: str, words: list[str], low: list[str], fld: str, start: int, floor: int
    ) -> Speaker:
        """A subject phrase with no mention: a statement, a description, or a bare surname."""
        head = low[0]
        if head in ("the", "its", "this", "that") and len(words) == 2 and low[1] in _STATEMENT_NOUNS:
            author = self.statement_author(fld, start)
            if author is not None:
                return Speaker(author)  # '"...," the statement read': who issued it
        if len(words) == 3 and low[2] in _STATEMENT_NOUNS and (low[1] in ORG_NOUNS or low[1] in _CLUB_NOUNS):
            # 'a club statement said', 'the ministry statement said': the body of that kind
            key = "club" if low[1] in _CLUB_NOUNS else low[1]
            for ent in (self.last_org, self.last_mention(fld, start, "ORGANIZATION", floor)):
                if ent is not None and _fits_org(ent, key):
                    return Speaker(ent)
            return Speaker(None, described=key)  # 'a government statement said': a body unnamed
        if head in ("his", "her") and len(words) >= 2 and _owned_document(" ".join(low[1:])):
            pronoun = "he" if head == "his" else "she"  # 'his statement said': as "he said" would
            writer = self._pronoun_person(text, fld, start, floor, _agrees_with(pronoun))
            writer = writer or self._pronoun_person(text, fld, start, floor, _any)
            if writer is not None:
                self._document(" ".join(low[1:]), writer, start)
            return Speaker(writer)
        if head in ("its", "their") and len(words) == 2 and low[1] in _STATEMENT_NOUNS:
            # 'Its statement claimed', 'their release said': as "it said" would (session 19)
            issuer = self._org_pronoun(text, fld, "it" if head == "its" else "they", start, floor)
            return self._named_near(issuer, fld, start)
        body = _POSSESSOR_BODY.fullmatch(low[1]) if len(words) == 3 and head == "the" else None
        if body is not None and low[2] in _STATEMENT_NOUNS and body.group(1) in ORG_NOUNS:
            # 'The company's release continued', 'the ministry's statement said': as "the
            # company said" would (session 19)
            return self._named_near(self._description([body.group(1)], fld, start, floor), fld, start)
        if head in ("the", "a", "an") and len(words) >= 3 and words[-1][:1].isupper():
            named = self._surname(words[-1:])  # 'the 24-year-old Roe': a description, then the name
            if named.entity is not None:
                return named
        if (
            head in ("the", "a", "an", "one", "another", "this", "that", "its", "his", "her")
            and len(words) >= 2
        ):
            # "One elderly man, who declined to give his name, said": the description ends at
            # the comma or the pronoun that opens its relative clause or apposition
            opens = (
                i + 1
                for i, w in enumerate(words[:-1])
                if (w.endswith(",") and not _listed_adjective(low, i)) or low[i + 1] in _RELATIVE
            )
            cut = _occasion_cut(low, next(opens, len(words)))
            return self._description(low[1:cut], fld, start, floor, new=head in ("a", "an", "one", "another"))
        if 2 <= len(words) <= 3 and low[-1] in ORG_NOUNS and words[0][:1].isupper():
            return self._description(low, fld, start, floor)  # 'Damascus radio said', 'Kestrel police said'
        name = _leading_name(stripped)
        if name is not None and name != words:
            # "Dr. Luz Contreras Arroyo, a member of the group," with no mention of the full
            # name: its surname, when it names exactly one person of the story
            return self._surname(name[-2:])  # 'Mrs Roe': the title may say the sex
        return self._surname(words)

    def _titled_by_sex(self, text: str, m_start: int, m_end: int, ent: Entity) -> Entity:
        """ "Mrs Bell said" when the story names two people called Bell (a couple, a family; session
        24): the one whose given name agrees with the title's sex. The entity stage links a bare
        surname to one of them, often the wrong one; with no single agreeing one it stands."""
        surname = text[m_start:m_end]
        title = _SEX_TITLE.search(text, max(0, m_start - 8), m_start)
        if ent.type != "PERSON" or title is None or " " in surname:
            return ent
        sex = "m" if title.group(1).lower() == "mr" else "f"
        same = [p for p in self.people if p.name.split()[-1:] == [surname]]
        agree = [p for p in same if name_gender(p.name) == sex]
        return agree[0] if len(same) > 1 and len(agree) == 1 else ent

    def _named_near(self, speaker: Speaker, fld: str, start: int) -> Speaker:
        """The speaker, if the text names it in this paragraph or the one before (else null): a
        statement is read as its issuer's only when the issuer is in view; a body named further
        back may not be the one whose statement it is (the issuer may be no entity at all)."""
        if speaker.entity is None or fld != "body":
            return speaker
        named = any(ent is speaker.entity for _, _, ent in self.mentions_in(fld, self.prev_para_start, start))
        return speaker if named else NOBODY

    def titled_person(self, text: str, fld: str, start: int, end: int) -> Speaker:
        """A person named after capitalised title words only ('Assistant Commissioner Neil Basu')."""
        for m_start, _, ent in self.mentions_in(fld, start, end):
            if ent.type == "PERSON" and all(w[:1].isupper() for w in text[start:m_start].split()):
                return Speaker(ent)
            break
        return NOBODY

    def _description(
        self, words: list[str], fld: str, start: int, floor: int, *, new: bool = False
    ) -> Speaker:
        """ "the minister", "a ministry spokesman": the one the description fits. An indefinite
        one (``new``) brings in someone not named before, so it is never an earlier named person;
        its body speaks for it only as the conventions say ("a Norland Rail spokeswoman")."""
        words = [w for w in words if re.fullmatch(r"[\w-]+", w)]
        if not words or len(words) > 4:
            return NOBODY
        # 'the president-elect said' is the one named 'President-elect Donald Roe' (fresh web
        # pages): the office he is to hold is the noun his role holds
        noun = words[-1].removesuffix("-elect")
        official = self._official(words, fld, start, floor, new=new)
        if official is not None:
            return official
        if noun in ORG_NOUNS or noun.rstrip("s") in ORG_NOUNS:
            return self._body(noun.rstrip("s") if noun not in ORG_NOUNS else noun, fld, start, floor, new=new)
        person = (
            noun in PERSON_NOUNS
            or noun in DESCRIBED_PEOPLE
            or (_PERSON_SUFFIX.search(noun) is not None and noun not in NOT_PEOPLE)
            or noun in _demonyms()
            or (new and noun in _PLAIN_PEOPLE)
            or noun in _KIN_NOUNS  # "his wife said": someone's relative, unnamed
        )
        if new and (
            noun in PERSON_NOUNS or noun in DESCRIBED_PEOPLE or noun in _SPOKES or noun in _PLAIN_PEOPLE
        ):
            return Speaker(None, described=noun)  # 'a city spokesman said', 'one analyst said': unnamed
        if new and not person:
            return NOBODY
        if person:
            # an indefinite one ('one former adviser said') is someone new, never the person named
            # earlier with that role ('Sean Roe, an adviser to the mayor'; session 25, fresh pages)
            titled = None if new else self._person_with_role(noun, fld, start, floor)
            if titled is not None and not self._introduced_after(titled, noun, fld, start, floor):
                return Speaker(titled)
            introduced = self._introduced_unnamed(noun, fld, start, floor)
            if introduced is not None:
                # 'sent the skull to a forensic scientist ... "...," the scientist said': the
                # one the text brought in without a name, not a person named nearby; 'an
                # Agriculture Ministry official said ... the official told': the body, as the
                # conventions give an unnamed official's words to it
                return introduced
            # an indefinite one ('one trader said') is someone new, never the one named before; a
            # relative ('the victim's mother') is someone's kin, not the person the story is about
            sex = _noun_sex(noun)
            only = None if new or noun in _KIN_NOUNS else self.only_person(fld, floor, start, sex)
            if only is not None and _may_be(only, noun):
                return Speaker(only)  # 'the former weightlifter' with one person named in reach
            if not new and noun in _demonyms():
                heading = self._paragraph_subject(fld, start)
                if heading is not None:
                    return Speaker(heading)
            if new or noun in _demonyms():
                # 'said a relieved 30-year-old' with two people in reach, or 'said the Briton' after
                # a match report: the last speaker may be the other one
                return Speaker(None, described=noun) if new else NOBODY
            # '"...," Roe said. ... "...," the 97-year-old said': no one else named since the
            # last speaker spoke, so the description is that speaker
            last, at = self.last_person, self.last_person_at
            if noun not in _KIN_NOUNS and (
                last is not None
                and at is not None
                and fld == "body"
                and 0 <= start - at <= _SINCE_LAST
                and self.people_between(fld, at, start, sex) <= {last.id}
                and _may_be(last, noun)
            ):
                return Speaker(last)
            # an aide no one named ('the party spokesman said') goes on in a later "he said"; other
            # definite descriptions ('the author said') mean someone named before, so the pronoun
            # is left to the usual resolution
            return Speaker(None, described=noun) if noun in _AIDE_NOUNS | _KIN_NOUNS else NOBODY
        return NOBODY

    def _official(self, words: list[str], fld: str, start: int, floor: int, *, new: bool) -> Speaker | None:
        """A spokesperson or an official, when the text says whose."""
        noun = words[-1]
        if noun in _SPOKES:
            # a named spokesperson first ('spokeswoman Jane Roe said ... the spokeswoman said'),
            # else the body named with the word ('a Norland Rail spokeswoman')
            named = None if new else self._person_with_role(noun, fld, start, floor)
            body = named or self.spokesperson_of(fld, start, floor)
            if body is not None:
                return Speaker(body, described=noun if named is None else None)
        # 'one university official said', 'a party spokesman said': an unnamed official of the
        # body of that kind the story names, as 'one EU diplomat' is the EU's
        if not new or len(words) < 2 or noun not in _OFFICIAL_NOUNS or words[-2] not in ORG_NOUNS:
            return None
        body = self._body(words[-2], fld, start, floor, new=False).entity
        return Speaker(body, described=noun) if body is not None else None

    def _paragraph_subject(self, fld: str, start: int) -> Entity | None:
        """The one person the paragraph names before ``start``, when not as a possessor or a
        preposition's object ('City boss Pep Roe was less happy. "...," the Spaniard said'): the
        only one a nationality can mean there."""
        if fld != "body" or len(self.people_between(fld, self.para_start, start)) != 1:
            return None
        return self.last_actor(self.masked, fld, start, self.para_start)

    def _introduction(self, noun: str, fld: str, start: int, floor: int) -> tuple[int, int] | None:
        """Where the text last brought in "a <noun>" with no name after it, within reach before
        ``start`` (a bounded window of the body), if it did."""
        if fld != "body":
            return None
        low = max(floor, start - _SINCE_LAST)
        pattern = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b(?!,?\s+[A-Z])"
        last = next(iter(deque(re.finditer(pattern, self.masked[low:start]), maxlen=1)), None)
        if last is None or _ROLE_OF_NAMED.search(
            self.masked, max(0, low + last.start() - 20), low + last.start()
        ):
            return None  # 'Roe won three titles as a coach ... the coach said': Roe's own role
        return low + last.start(), low + last.end()

    def _introduced_unnamed(self, noun: str, fld: str, start: int, floor: int) -> Speaker | None:
        """Who "the <noun>" is when the text brought in "a <noun>" with no name after it: that
        unnamed person, or the body an unnamed official was named with ("an Agriculture Ministry
        official")."""
        found = self._introduction(noun, fld, start, floor)
        if found is None:
            return None
        if noun in _OFFICIAL_NOUNS:
            bodies = [r[2] for r in self.mentions_in(fld, *found)]
            if bodies and bodies[-1].type == "ORGANIZATION":
                return Speaker(bodies[-1])
        return Speaker(None, described=noun)

    def _introduced_after(self, holder: Entity, noun: str, fld: str, start: int, floor: int) -> bool:
        """Whether someone of the noun was brought in without a name after the named holder of the
        role was last mentioned ('says Roe, a former official ... "...?" one Western official asks.
        "...," the same official explains'; session 24, fresh web pages): "the <noun>" then means
        that unnamed one, not the holder named further back. Not the holder's own apposition
        ('Roe, a former official')."""
        found = self._introduction(noun, fld, start, floor)
        if found is None:
            return False
        # the holder's own apposition ('Roe, a former official') right after a mention of the
        # holder; a comma that closes an opening phrase ('After the talks, one former adviser
        # said') is no apposition (session 25, fresh web pages)
        ends = (m.end for m in holder.mentions if m.field == fld and m.start < start)
        if any(0 <= found[0] - end <= 3 and self.masked[end : found[0]].strip() == "," for end in ends):
            return False
        last = max((m.start for m in holder.mentions if m.field == fld and m.start < start), default=-1)
        return found[0] > last

    def _body(self, key: str, fld: str, start: int, floor: int, *, new: bool) -> Speaker:
        """ "the ministry", "the company", "the newspaper": the named organisation of that kind."""
        if new and key in _PRESS_NOUNS:
            return NOBODY  # 'a local newspaper said': some other paper, unnamed
        if key in GENERIC_ORG_NOUNS and self.last_org is not None and self.last_org_at >= floor:
            return Speaker(self.last_org)  # 'the company said' right after the company spoke
        near_at = self.last_mention_at(fld, start, "ORGANIZATION", floor)
        near = near_at[0] if near_at is not None else None
        # the one of that kind named or heard last: 'IRNA reported ... The International Atomic
        # Energy Agency welcomed the move. "...," the agency said' is the IAEA
        later = near_at is not None and near_at[1] >= self.last_org_at and near is not self.last_org
        for ent in (near, self.last_org) if later else (self.last_org, near):
            if ent is not None and _fits_org(ent, key):
                return Speaker(ent)
        # else the last one of that kind in reach, past other bodies named since ('closed Moi
        # University after protests in which the Education Ministry ... "...," the university said')
        fits = self.last_mention(fld, start, "ORGANIZATION", floor, lambda ent: _fits_org(ent, key))
        if fits is not None:
            return Speaker(fits)
        if key in _CLUB_NOUNS and fld == "body":
            # a club's name seldom says it is one ('Kestrel Munich confirmed ... "...," the club
            # said'): the one organisation its paragraph names, heading a sentence there
            orgs = {
                ent.id
                for _, _, ent in self.mentions_in(fld, self.para_start, start)
                if ent.type == "ORGANIZATION"
            }
            head_at = (
                self.org_subject_at(self.masked, fld, start, self.para_start) if len(orgs) == 1 else None
            )
            if head_at is not None:
                return Speaker(head_at[0])
        return Speaker(None, described=key)  # 'the government said': a body the text does not name

    def _person_with_role(self, noun: str, fld: str, start: int, floor: int) -> Entity | None:
        """The last person speaker, or person named, whose role has the noun ('the minister'); else
        the person named last, anywhere before, with that role ('President Maria Santos ...
        Senator Carlos Ruiz ... "...," Ruiz said. "...," the president said')."""
        recent = (self.last_person, self.last_mention(fld, start, "PERSON", floor))
        earlier = [(at, ent) for at, _, ent in self._back(fld, start, 0) if ent.type == "PERSON"]
        for ent in (*recent, *(ent for _, ent in earlier)):
            role = (ent.attributes.role or "") if ent is not None and ent.attributes else ""
            if ent is not None and re.search(rf"\b{re.escape(noun)}\b", role.lower()):
                return ent
        # no role from the entity stage: the noun as a title right before a mention ('architect
        # Marwan Roe and decorator Jan Doe built it ... "...," the architect says'; session 21)
        titled = re.compile(rf"\b{re.escape(noun)}\s+$", re.IGNORECASE)
        return next(
            (ent for at, ent in earlier if titled.search(self.masked, max(0, at - _TITLE_REACH), at)), None
        )

    def spokesperson_of(self, fld: str, before: int, floor: int) -> Entity | None:
        """The organisation whose spokesperson the text named last: "a Norland Rail spokeswoman",
        "a spokesperson for the Harbour Authority" (only an organisation right next to the word)."""
        for at, end, ent in self._back(fld, before, floor):
            if ent.type != "ORGANIZATION":
                continue
            if _SPOKES_AFTER.match(self.masked, end, end + 40) or _SPOKES_BEFORE.search(
                self.masked, max(0, at - 40), at
            ):
                return ent
        return None

    def only_person(self, fld: str, floor: int, before: int, sex: str | None = None) -> Entity | None:
        """The one person named (outside quotes) between ``floor`` and ``before``, if only one;
        with ``sex``, people whose given name says the other sex do not count."""
        seen: Entity | None = None
        for _, _, ent in self._back(fld, before, floor):
            if ent.type == "PERSON" and not _other_sex(ent, sex):
                if seen is not None and seen is not ent:
                    return None
                seen = ent
        return seen

    def statement_author(self, fld: str, before: int) -> Entity | None:
        """Who issued the statement a later quote reads from: the first organisation or person
        named in the sentence that last mentions a statement ("X issued a statement", "X said
        in a statement"), looking back a few paragraphs and outside quotes."""
        masked = self.masked
        low = max(0, before - _SINCE_LAST)
        hi = before
        for _ in range(4):
            at = max(masked.rfind(noun, low, hi) for noun in _STATEMENT_NOUNS)
            if at < 0:
                return None
            sentence_start = max(masked.rfind(". ", low, at), masked.rfind("\n", low, at)) + 1
            for m_at, _, ent in self.mentions_in(fld, sentence_start, at):
                if ent.type in ("ORGANIZATION", "PERSON") and not self._quoted(m_at):
                    return ent  # not a name inside the statement's own quoted words
            opening = _IN_A_STATEMENT.match(masked, sentence_start, at + _STATEMENT_REACH)
            if opening is not None:
                # "In a written statement released on Monday, Gujral reiterated ...": the
                # subject right after the opening phrase, if it is the whole subject (not
                # "Smith's lawyer", not "Acme and Beta")
                for m_at, m_end, ent in self.mentions_in(fld, opening.end(), opening.end() + _SUBJECT_REACH):
                    if ent.type in ("ORGANIZATION", "PERSON") and m_at == opening.end():
                        return ent if _WHOLE_SUBJECT_END.match(masked, m_end) else None
            body = _BODY_NOUN.search(masked, sentence_start, at)
            if body is not None:
                # "The company denied it in a statement": the organisation of that kind that spoke
                # last, else the one named last before
                kind = body.group(0).split()[-1].lower()
                subject = self.org_subject_at(self.masked, fld, sentence_start, low)
                if subject is not None and subject[1] >= self.last_org_at and _fits_org(subject[0], kind):
                    return subject[0]  # 'Beta Holdings rejected the approach. The company said ...'
                if self.last_org is not None and self.last_org_at >= low and _fits_org(self.last_org, kind):
                    return self.last_org
                return self.last_mention(fld, sentence_start, "ORGANIZATION", low)
            hi = at
        return None

    def people_between(self, fld: str, lo: int, hi: int, sex: str | None = None) -> set[str]:
        """The ids of the people named (outside quotes) in [lo, hi); with ``sex``, not those
        whose given name says the other sex."""
        return {
            ent.id
            for s, _, ent in self.mentions_in(fld, lo, hi)
            if ent.type == "PERSON" and not self._quoted(s) and not _other_sex(ent, sex)
        }

    def head_surname(self, text: str, fld: str, start: int, end: int) -> Speaker:
        """The person whose surname heads a clause with no mention there ('Roe denied it, saying,
        "..."', 'Roe was blunt:'): the entity stage may type a surname it sees alone as a place
        (session 21, fresh web pages), which no speaker index holds. Only one capitalised word
        (a given name may come first) before a lower-case word: the one person of the story with
        that surname, or, when the entity stage split one person in two ('Ron Roe', 'Maulana
        Roe'), the one of them named last before it."""
        m = _HEAD_NAME.match(text, start, end)
        if m is None or (m.group("given") and not is_given_name(m.group("given"))):
            return NOBODY
        name = m.group("name")
        only = self._surname([name])
        if only.entity is not None:
            return only
        named = [
            (max(m.start for m in p.mentions if m.field == fld and m.start < start), p)
            for p in self.people
            if name in p.name.split() and any(m.field == fld and m.start < start for m in p.mentions)
        ]
        return Speaker(max(named, key=lambda r: r[0])[1]) if named else NOBODY

    def _surname(self, words: list[str]) -> Speaker:
        """A bare capitalised name that is no mention: the one person whose name has it as a part."""
        if len(words) > 3 or not words[0][:1].isupper():
            return NOBODY
        name = words[-1].strip(",.")
        if not _WORD.fullmatch(name):
            return NOBODY
        hits = [p for p in self.people if name in p.name.split()]
        title = _SEX_TITLE.fullmatch(words[0] + " ") if len(words) == 2 else None
        if len(hits) > 1 and title is not None:
            # 'Mrs. Bell said' with no mention, in a story of Tom and Ann Bell: the one of that sex
            sex = "m" if title.group(1).lower() == "mr" else "f"
            hits = [p for p in hits if name_gender(p.name) == sex]
        if len(hits) == 1:
            return Speaker(hits[0])
        return NOBODY


# A clause's head: a capitalised word, a given name allowed before it, then a lower-case word.
_HEAD_NAME = re.compile(r"(?:(?P<given>[A-Z][a-z]+)\s+)?(?P<name>[A-Z][a-z][\w'\u2019-]*)\s+(?=[a-z])")


_SPOKES = frozenset(("spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons"))
_SPOKES_WORD = r"spokes(?:person|man|woman|people|persons)"
_SPOKES_AFTER = re.compile(rf"['\u2019]?s?\s+(?:[a-z]+\s+)?{_SPOKES_WORD}\b")
_SPOKES_BEFORE = re.compile(rf"\b{_SPOKES_WORD}\s+(?:for|of|at|with)\s+(?:the\s+)?$")
_STATEMENT_NOUNS = ("statement", "release", "communique", "announcement")
# A title that says the sex, right before a bare surname ("Mrs Bell", "Mr. Bell")
_SEX_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
# What a person writes and the text then quotes by its owner ('her letter said', 'Roe's post on
# Facebook read', 'Ann Roe's statement said'; session 24, fresh web pages): the writer's words, as
# the conventions give an unnamed document's words to its issuer; read as someone of Roe's ('Roe's
# lawyer said'), they had no speaker.
_DOCUMENT_WORDS = (
    r"report|statement|note|letter|release|filing|memo|study|survey|analysis|commentary|editorial|"
    r"communique|announcement|email|e-mail|message|post|tweet|blog|column|essay|op-ed"
)
_DOCUMENT_NOUN = re.compile(rf"\b(?:{_DOCUMENT_WORDS})\b")
# ... and one of that kind brought in since: not the one the issuer spoke through
_NEW_DOCUMENT = re.compile(
    rf"\b(?:an?|another|one|new|second|separate)\s+(?:[\w-]+\s+)?(?P<noun>{_DOCUMENT_WORDS})\b", re.IGNORECASE
)
_OWNED_DOCUMENTS = frozenset(
    (*_STATEMENT_NOUNS, *_words("letter note email e-mail memo message post tweet blog column essay op-ed"))
)
# the owner's "'s" (or a bare apostrophe), then the document noun and at most a short phrase after it
_OWNED_DOCUMENT = re.compile(
    r"(?:['\u2019]s?)?\s*(?P<noun>[\w-]+)(?:\s+(?:to|on|in|from|of)\s+[^,]{1,40})?\s*$"
)


def _owned_document(rest: str) -> bool:
    """Whether ``rest`` (after an owner's name, or after "his"/"her") is a document of the owner's."""
    m = _OWNED_DOCUMENT.match(rest.strip(" ,"))
    return m is not None and m.group("noun").lower() in _OWNED_DOCUMENTS


_STATEMENT_REACH = 120  # the rest of an opening phrase after its statement noun
_SUBJECT_REACH = 60
_WHOLE_SUBJECT_END = re.compile(r"\s+(?!and\b|or\b)[a-z]|,\s")
_IN_A_STATEMENT = re.compile(
    r"\s*(?:In|Through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|release|communique|announcement)\b[^,\x00.;]{0,100},\s+(?:the\s+)?"
)
_CLUB_NOUNS = frozenset(("club", "team"))
_PRESS_NOUNS = frozenset(("newspaper", "daily", "weekly", "radio", "television", "broadcaster"))
_OFFICIAL_NOUNS = frozenset(
    _words(
        "official officials diplomat diplomats spokesman spokeswoman spokesperson representative "
        "source sources"
    )
)
_BODY_NOUN = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:company|firm|group|label|ministry|agency|department|organi[sz]ation|bank)\b"
)
# Unnamed officials of a named body speak for it ("a spokesperson for the ministry said").
_OFFICIAL_OF = re.compile(
    r"^(?:(?:an?|the|one|two|three|several|some|other)\s+)?(?:[\w-]+\s+)?(?P<noun>spokesman|spokeswoman|"
    r"spokesperson|spokespeople|representative|representatives|official|officials|source|sources|"
    r"executive|executives|aide|aides|staffer|staffers|officer|officers|lawyer|lawyers|attorney|"
    r"attorneys)\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?$"
)
# After a body's name heading a phrase: its unnamed official ('An Acme spokesman', 'One EU
# diplomat'), up to one modifier between
_OFFICIAL_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?P<noun>spokesman|spokeswoman|spokesperson|official|diplomat|representative)\b"
)
_INDEFINITE_HEADS = frozenset(("a", "an", "one", "another"))
_DOCUMENT_OF = re.compile(
    r"^(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:report|statement|note|letter|release|filing|memo|study|survey|"
    r"analysis|research note)\s+(?:from|by|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"  # 'by spokesman Roe'
    # 'a commentary in the official China Daily', 'an editorial in the Daily Courier': the paper's words
    r"|^(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:commentary|editorial|leader)\s+(?:in|from)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$"
)
# "as a coach", "became a scientist": a role of someone named, not a new person brought in
_ROLE_OF_NAMED = re.compile(r"\b(?:as|became|become|becomes|becoming|is|was|named|appointed)\s+$")
# Roles of the other side in a story ("the judge said" in a story that names only the
# defendant): never the one person named, only someone whose role says so.
_ROLE_ONLY_NOUNS = frozenset(("judge", "prosecutor", "captain"))
# How far back (characters) a description may reach for the last speaker: a few paragraphs.
_SINCE_LAST = 1_500


# After a verb-first description, a phrase telling when or how it spoke ('said the court on Monday',
# 'wrote the court in its opinion', 'said the ministry in a statement'; session 23, fresh web
# pages): not part of the description, whose noun had been read as "Monday" or "opinion" and named
# no one. A phrase naming a body stays ('a spokesman at the ministry' speaks for the ministry).
_OCCASION_PREPOSITIONS = frozenset(_words("in on at during after before via through following"))


def _occasion_cut(low: list[str], cut: int) -> int:
    """Where a description ends before an occasion phrase (``low``: its lower-case words, the
    determiner first; ``cut``: where it ends otherwise)."""
    for i in range(2, cut):
        if low[i] in _OCCASION_PREPOSITIONS:
            body = any(w in ORG_NOUNS or w.removesuffix("s") in ORG_NOUNS for w in low[i + 1 : cut])
            return cut if body else i
    return cut


def _listed_adjective(low: list[str], i: int) -> bool:
    """A comma between adjectives before the noun ('the round, bearded businessman', 'the tall,
    soft-spoken engineer'; session 23, fresh web pages): the description goes on to its noun, up
    to three lower-case words with no comma or relative word; cut there, its "noun" had been the
    first adjective and named no one."""
    rest = low[i + 1 :]
    return (
        i == 1
        and 1 <= len(rest) <= 3
        and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in rest)
        and not any(w in _RELATIVE for w in rest)
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


def _held_title(phrase: str, at: int) -> bool:
    """Whether the "of"/"for" at ``at`` in ``phrase`` follows a position held (``_HELD_TITLES``)."""
    if not phrase[at : at + 4].lower().startswith(("of ", "for ")):
        return False
    if _PREPOSITIONS.intersection(phrase[at:].lower().split()[1:]):
        return False  # 'the head of security for minister Ann Bell': the last one governs the name
    word = _WORD_BEFORE.search(phrase, max(0, at - 40), at)
    return word is not None and word.group(1).lower() in _HELD_TITLES


def _person_noun(noun: str) -> bool:
    """A noun naming a person by role or description ('economist', 'expert', 'the 30-year-old')."""
    return (
        noun in PERSON_NOUNS
        or noun in DESCRIBED_PEOPLE
        or (_PERSON_SUFFIX.search(noun) is not None and noun not in NOT_PEOPLE and noun not in ORG_NOUNS)
    )


def _leading_name(chunk: str) -> list[str] | None:
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
def _demonyms() -> frozenset[str]:
    """One person of a nation ("the 30-year-old Swede"): the singular of a group word that also
    has a plural ("Swede"/"Swedes"); "the Chinese" or "the British" name a people, not a person."""
    words = {w.lower() for w in group_words()}
    return frozenset(w for w in words if f"{w}s" in words)


def _speaking(
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
_RELATIVE = frozenset(("who", "whose"))
# People the text may bring in by what they are, with no name ("one elderly man said", "a
# resident said"): words the role and suffix lists do not hold
_PLAIN_PEOPLE = (
    _FEMALE_NOUNS
    | _MALE_NOUNS
    | frozenset(
        _words(
            "resident witness villager passenger survivor victim relative friend colleague student nurse "
            "doctor fan refugee patient neighbour neighbor pilgrim tourist mourner protester"
        )
    )
)
_AIDE_NOUNS = frozenset(
    _words("spokesman spokeswoman spokesperson analyst economist expert trader lawyer attorney")
)


# Verbs right after the subject of a colon lead-in ('A local farmer had this to say:', 'One
# shopper was blunt:'): what makes a word with a person's suffix the head noun ('farmer'), not an
# adjective or adverb with the same ending ('A closer look shows:', 'A further point:').
_LEAD_IN_VERBS = frozenset(
    _words("had has was is were put puts summed sums offered offers gave gives agreed disagreed who echoed")
)


_PEOPLE_WORDS = _PLAIN_PEOPLE | DESCRIBED_PEOPLE | PERSON_NOUNS | _KIN_NOUNS


def names_person(head: Sequence[str]) -> bool:
    """Whether the lower-case words heading an indefinite subject ('local farmer had', 'elderly
    woman at', 'neighbour had') name a kind of person (session 24, fresh web pages): a person's
    noun, or a word with a person's suffix right before a lead-in verb or at the end."""
    for i, word in enumerate(head):
        forms = (word, word.removesuffix("s"))  # 'local farmers had'
        if any(w in _PEOPLE_WORDS for w in forms):
            return True
        following = head[i + 1] if i + 1 < len(head) else None
        if any(_person_noun(w) for w in forms) and (following is None or following in _LEAD_IN_VERBS):
            return True
    return False


# Role nouns that say the person's sex ("the actress", "the queen"): someone of the other sex named
# since is no rival for the description ('"...," Roe said of Ben Lee. "...," the actress said' is
# Ann Roe; session 20, fresh web pages). "-man" nouns are left out: "chairman" names women too.
_FEMALE_ROLE = re.compile(
    r"(?:actress|heiress|duchess|empress|princess|queen|waitress|hostess|songstress|wom[ae]n)"
)
_MALE_ROLE = re.compile(r"(?:king|prince|duke|emperor)")


def _noun_sex(noun: str) -> str | None:
    if _FEMALE_ROLE.fullmatch(noun) or noun.endswith("woman"):
        return "f"
    return "m" if _MALE_ROLE.fullmatch(noun) else None


def _other_sex(ent: Entity, sex: str | None) -> bool:
    """Whether the person's given name says the sex other than ``sex`` (unknown names never do)."""
    return sex is not None and name_gender(ent.name) not in (None, sex)


def _may_be(ent: Entity, noun: str) -> bool:
    """Whether "the <noun>" may mean a person the text gave another role: an aide's title that the
    person's own role lacks ("the spokesman" is not Prime Minister Roe) names someone else."""
    role = (ent.attributes.role or "").lower() if ent.attributes else ""
    named_so = re.search(rf"\b{re.escape(noun)}\b", role) is not None
    if noun in _ROLE_ONLY_NOUNS:
        return named_so
    return noun not in _AIDE_NOUNS or not role or named_so


# Words of a newspaper's name ("China Daily", "Daily Courier", "Le Monde"): what "the newspaper said" means.
# Only words that name papers and little else: "Post", "News", "Express" or "Guardian" also name
# companies and councils (Deutsche Post, News Corp, American Express, the Guardian Council).
_PRESS_NAME = re.compile(
    r"\b(?:daily|times|herald|journal|gazette|tribune|telegraph|observer|chronicle|courier|monde|figaro|"
    r"zeitung|pravda|izvestia|soir|nacion|pais|asahi|shimbun|ilbo)\b"
)


def _fits_org(ent: Entity, noun: str) -> bool:
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


_OBJECT_BEFORE = re.compile(r"\b(?:to|for|with|about|at|from|by|of|on|against|than)\s+$", re.IGNORECASE)
# A sentence headed by a personal pronoun, in the last stretch of a paragraph before a quote.
_PRONOUN_HEAD = re.compile(r"(?:^|[.!?][\"\u201d]?\s+|\n)(?:He|She)\s+[a-z]")
_PRONOUN_AT = re.compile(r"\s*(?:He|She)\s+[a-z]")
_CHAIN_WINDOW = 600
_SENTENCE_BACK = 400
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\s+[a-z]", re.IGNORECASE)
# a full stop after a word of two lower-case letters or more ends a sentence; "Sonya A." does not
_SENTENCE_STOP = re.compile(r"(?<=[a-z0-9]{2})[.!?][\"\u201d\u2019)]?\s+|\n")


def _pronoun_sentence(text: str, floor: int, before: int) -> int | None:
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


def _heads_sentence(text: str, at: int, floor: int) -> bool:
    """Nothing but capitalised title words, or a short opening phrase, between a sentence
    start and offset ``at``: the name is the sentence's subject."""
    begin = max(floor, at - 60)
    window = text[begin:at]
    if _OPENING_PHRASE.search(window) or (begin == floor and _OPENING_AT_START.match(window)):
        return True  # at the floor (a paragraph's start) the window's start is a sentence start
    if _OPENING_CLAUSE.search(text, max(floor, at - _OPENING_CLAUSE_REACH), at):
        return True  # 'When asked to play the part in the new film, Roe hesitated'
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
        k = j
        while k > floor and not text[k - 1].isspace():
            k -= 1
        word = text[k : j + 1]
        if (not word[:1].isupper() and not _HYPHENED.fullmatch(word)) or word[-1:] in ",;":
            return False
        i = k
    return True


# "The 19-year-old Roe", "The sixth-ranked Roe": a compound modifier between "The" and the name
_HYPHENED = re.compile(r"(?:\d+|[a-z]+)-(?:year-old|ranked|seeded|time)")
