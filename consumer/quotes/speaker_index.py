"""The speaker candidates of an item: every person or organisation mention indexed by field and
offset, and what the walk remembers (the last person, organisation, paragraph speaker).

The lowest layer of `speakers.Speakers`: the pronoun, description and attribution layers above
it only ask it where mentions are and who spoke last, so it holds no resolution rule itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from consumer.entities.retype.given_names import is_given_name, name_gender
from consumer.events import Entity
from consumer.parse.agencies import is_known_agency
from consumer.quotes.speaker_words import (
    JOINED_AFTER,
    LOWER_WORD_AFTER,
    NAMED_ONLY_TYPES,
    OFFICIAL_NOUNS,
    SPEAKER_TYPES,
    heads_sentence,
    other_sex,
    possessive,
)

# Types whose names a spokesperson may speak for, the type being what is wrong (session 32)
_SPOKEN_FOR_TYPES = frozenset({"EVENT", "MISC", "PRODUCT", "LOCATION"})
_SPOKES_NOUN = r"spokes(?:wo)?(?:man|person)"
_BODY_NAME = r"(?P<name>[A-Z][\w'\u2019&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'\u2019&.-]*){0,5})"
_SPOKES_NAME = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+{_BODY_NAME}\s+{_SPOKES_NOUN}")
_SPOKES_FOR = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+{_SPOKES_NOUN}\s+(?:for|from|at)\s+(?:the\s+)?{_BODY_NAME}")


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
# a given name and a surname, a middle name or initial allowed ('Tom Vale', 'Ann K. Bell')
_PERSON_LIKE = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.| [A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?")


@dataclass
class _FieldIndex:
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


def any_entity(_: Entity) -> bool:
    return True


def agrees_with(pronoun: str) -> Callable[[Entity], bool]:
    """ "she said" never resolves to a person whose given name only men bear, nor "he" to one
    only women bear; a name that says nothing of sex agrees with both."""
    ruled_out = "f" if pronoun == "he" else "m"
    return lambda ent: name_gender(ent.name) != ruled_out


# What may follow a place heading a subject phrase up to its verb: an aside or a relative clause
# after a comma ('Beijing, for its part,', 'China, which claims the islands,'), a time ('China on
# Monday') or an adverb ('Tehran also', 'Moscow repeatedly'); never a noun ('Paris police')
_PLACE_ASIDE = re.compile(
    r"(?:,\s+(?:which|however|meanwhile|though|too|also|instead|in\s+turn|for\s+its\s+part|in\s+response)\b"
    r"[^\x00,]{0,120}"
    r"|\s+(?:on|late|early|earlier|later|last|this)\s+[A-Za-z]+(?:\s+[a-z]+)?"
    r"|\s+(?:also|too|again|then|now|instead|itself|[a-z]{2,}ly))\s*,?$"
)


class SpeakerIndex:
    """The item's speaker candidates, indexed by field and offset, and the last speakers seen."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        rows: dict[str, list[tuple[int, int, Entity]]] = {}
        self.people: list[Entity] = []
        # a person's full name the entity stage typed otherwise ('Tom Vale' as a place): what a
        # bare surname tag ('Vale said') may mean when no person has it (session 28)
        self.mistyped: list[Entity] = []
        # places by the span of each mention: a place that is a tag's whole subject speaks ('"...,"
        # Ruritania said', 'reported Healthline'; session 28), as the conventions allow
        self.places: dict[tuple[str, int, int], Entity] = {}
        # the body's mentions of countries, in text order: what "the country said" may mean (session 30)
        self.countries: list[tuple[int, int, Entity]] = []
        # the mentions of names typed neither person nor organisation, by span: what a
        # spokesperson may speak for ('a Kinton League spokesman', typed an event; session 32)
        self.things: dict[tuple[str, int, int], Entity] = {}
        # names the entity stage also typed an organisation elsewhere in the story: the body a
        # spokesperson speaks for is found by the older body rules ('The Harlow Centre spokeswoman
        # said', one mention read a place and another a body)
        self.body_names = {ent.name for ent in entities if ent.type == "ORGANIZATION"}
        # bodies of two words or more, whose opening words a tag may name them by ('American said'
        # after American Airlines; session 48, `speaker_short_forms`)
        self.long_bodies = [e for e in entities if e.type == "ORGANIZATION" and " " in e.name]
        for ent in entities:
            named = ent.type != "PERSON" and _PERSON_LIKE.fullmatch(ent.name) is not None
            if named and is_given_name(ent.name.split()[0]):
                self.mistyped.append(ent)
            if ent.type == "LOCATION":
                self.places.update({(m.field, m.start, m.end): ent for m in ent.mentions})
                if ent.links is not None and ent.links.kind == "country":
                    self.countries.extend((m.start, m.end, ent) for m in ent.mentions if m.field == "body")
            if ent.type in _SPOKEN_FOR_TYPES:
                self.things.update({(m.field, m.start, m.end): ent for m in ent.mentions})
            if ent.type not in SPEAKER_TYPES and ent.type not in NAMED_ONLY_TYPES:
                continue
            if ent.type == "PERSON":
                self.people.append(ent)
            for m in ent.mentions:
                if m.field in ("headline", "body"):
                    rows.setdefault(m.field, []).append((m.start, m.end, ent))
        self.countries.sort(key=lambda r: r[0])
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
        # statements a resolved tag brought in ('the club said in its statement'), read only when the
        # statement's own sentence names no issuer (session 42)
        self.tagged_statements: dict[str, tuple[Entity, int]] = {}

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
        self, fld: str, before: int, kind: str, floor: int, agree: Callable[[Entity], bool] = any_entity
    ) -> Entity | None:
        """The entity of ``kind`` mentioned last before ``before`` (not before ``floor``)."""
        found = self.last_mention_at(fld, before, kind, floor, agree)
        return found[0] if found is not None else None

    def last_subject(
        self, text: str, fld: str, before: int, floor: int, agree: Callable[[Entity], bool] = any_entity
    ) -> Entity | None:
        """The last person named at the head of a sentence (the usual antecedent of 'she said')."""
        for at, end, ent in self._back(fld, before, floor):
            owner = possessive(text, end)
            if ent.type == "PERSON" and agree(ent) and not owner and heads_sentence(text, at, floor):
                return ent
        return None

    def org_subject_at(self, text: str, fld: str, before: int, floor: int) -> tuple[Entity, int] | None:
        """The organisation named last at the head of a sentence, and where."""
        for at, end, ent in self._back(fld, before, floor):
            owner = possessive(text, end)
            if ent.type == "ORGANIZATION" and not owner and heads_sentence(text, at, floor):
                return ent, at
        return None

    def last_mention_at(
        self, fld: str, before: int, kind: str, floor: int, agree: Callable[[Entity], bool] = any_entity
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
        after = LOWER_WORD_AFTER.match(self.masked, end)
        return (
            before.endswith((" a ", "an "))
            and after is not None
            and after.group(1) not in OFFICIAL_NOUNS  # "an Acme spokesman ... it said": Acme
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
        elif speaker.entity.type != "LOCATION":  # a place that spoke is no body 'the group' means
            self.last_org = speaker.entity
            self.last_org_at = self.para_start

    def spoken_for(self, text: str, fld: str, start: int, end: int) -> Entity | None:
        """The body a spokesperson speaks for when the entity stage typed its name a place, an
        event or a thing ('a Kinton League spokesman', 'a spokeswoman for Harbour Street'; session
        32, BBC pages): only a name that is all the phrase holds besides the article and the noun,
        and no person's name holds it. It had been null."""
        m = _SPOKES_NAME.fullmatch(text, start, end) or _SPOKES_FOR.fullmatch(text, start, end)
        if m is None:
            return None
        thing = self.things.get((fld, m.start("name"), m.end("name")))
        if thing is None or thing.name in self.body_names:
            return None
        words = set(thing.name.split())
        return None if any(words & set(p.name.split()) for p in (*self.people, *self.mistyped)) else thing

    def place_subject(self, text: str, fld: str, start: int, end: int) -> Entity | None:
        """The place whose mention is the whole phrase ``text[start:end]`` ('Ruritania', 'the
        United States'), when no person's name holds it ('Paris' of 'Paris Vale')."""
        if text.startswith(("the ", "The "), start):
            start += 4
        place = self.places.get((fld, start, end))
        if place is None:
            # 'Beijing, for its part, said', '"...," Tehran, however, insisted', 'China on Monday
            # said' (session 30, made-up agency copy): the place, then an aside that names no one
            aside = _PLACE_ASIDE.search(text, start, end)
            if aside is None or aside.start() <= start:
                return None
            place = self.places.get((fld, start, aside.start()))
            if place is None:
                return None
        words = set(place.name.split())
        return None if any(words & set(p.name.split()) for p in (*self.people, *self.mistyped)) else place

    def country_in_reach(self, fld: str, start: int, floor: int) -> Entity | None:
        """ "Russia expelled two diplomats. '...,' the country said" (session 30, made-up agency
        copy): the country named in this paragraph or the one before, as "Russia said" would be
        (the conventions keep a name used for a government a place); of several, the one heading
        the last sentence that one heads; else null."""
        if fld != "body":
            return None
        reach = max(floor, self.prev_para_start)
        named: dict[str, Entity] = {}
        heading: Entity | None = None
        low, high = bisect.bisect_left(self.countries, (reach,)), bisect.bisect_left(self.countries, (start,))
        for at, end, ent in reversed(self.countries[max(low, high - 16) : high]):
            if self._quoted(at):
                continue
            named.setdefault(ent.id, ent)
            if (
                heading is None
                and not possessive(self.masked, end)
                and not JOINED_AFTER.match(self.masked, end)
                and heads_sentence(self.masked, at, reach)
            ):
                heading = ent  # not one of two ('Brazil and Argentina sent delegations')
        if len(named) == 1:
            return next(iter(named.values()))
        return heading

    def start_paragraph(self, start: int) -> None:
        self.prev_para_start = self.para_start
        self.para_start = start
        self.para_speaker = None

    def people_between(self, fld: str, lo: int, hi: int, sex: str | None = None) -> set[str]:
        """The ids of the people named (outside quotes) in [lo, hi); with ``sex``, not those
        whose given name says the other sex."""
        return {
            ent.id
            for s, _, ent in self.mentions_in(fld, lo, hi)
            if ent.type == "PERSON" and not self._quoted(s) and not other_sex(ent, sex)
        }
