"""Pronouns and their antecedents: whom "he", "she", "it" or "they" means.

Kept apart from descriptions and subject phrases because a pronoun never names anyone: it resolves
only to a speaker the text already named (agreeing in sex, not an object of the sentence) or to
the unnamed official or relative the text just described, else to nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consumer.events import Entity
from consumer.quotes.speaker_index import NOBODY, Speaker, SpeakerIndex, agrees_with, any_entity
from consumer.quotes.speaker_official_body import official_body
from consumer.quotes.speaker_stance import ends_on_tag
from consumer.quotes.speaker_words import (
    BODY_ROLE_HEAD,
    FEMALE_NOUNS,
    INDEFINITE_OFFICIAL,
    INDEFINITE_PERSON,
    INTRODUCED_REACH,
    KIN_HEAD,
    MALE_NOUNS,
    OBJECT_BEFORE,
    ORG_NOUNS,
    PRONOUN_SUBJECT,
    SENTENCE_BACK,
    SENTENCE_END,
    SENTENCE_STOP,
    SINCE_LAST,
    UNNAMED_HEAD,
    heads_sentence,
    possessive,
    pronoun_sentence,
)


class PronounSpeakers(SpeakerIndex):
    """The antecedent of a subject or object pronoun."""

    def object_pronoun(self, text: str, fld: str, start: int, floor: int, pronoun: str) -> Speaker:
        """'him' / 'her' a relay names (`the paper quoted him as saying`): read as 'he' / 'she'
        would be at ``start`` (session 27, fresh web pages: the relay had named no one)."""
        subject = "he" if pronoun == "him" else "she"
        agreeing = self._pronoun_person(text, fld, start, floor, agrees_with(subject))
        return Speaker(agreeing or self._pronoun_person(text, fld, start, floor, any_entity))

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
        found = head or near or self.last_org
        if found is None and pronoun == "it":
            # 'China has rejected the claims. "...," it said' (session 30, made-up agency copy):
            # with no organisation in reach, the country the passage is about, as "China said" is
            found = self.country_in_reach(fld, start, floor)
        return Speaker(found)

    @property
    def unnamed_at(self) -> int:
        return self.unnamed[1] if self.unnamed is not None else -1

    def _body_unnamed_since(self, fld: str, start: int) -> bool:
        """Whether the last attribution within reach was to a body the text did not name, with
        no organisation speaking after it."""
        if self.unnamed is None or fld != "body" or self.unnamed[0] not in ORG_NOUNS:
            return False
        at = self.unnamed[1]
        return 0 <= start - at <= SINCE_LAST and at >= self.last_org_at

    def _org_spoke_since(self, fld: str, start: int) -> bool:
        """Whether an organisation spoke within reach before ``start`` (a few paragraphs)."""
        return fld == "body" and self.last_org is not None and 0 <= start - self.last_org_at <= SINCE_LAST

    def _means_unnamed(self, fld: str, pronoun: str, start: int, floor: int) -> bool:
        """Whether "he"/"she" at ``start`` carries on from the last speaker, who was unnamed: no
        person named since, and the description's sex (if it has one) agrees."""
        if self.unnamed is None or fld != "body" or self.unnamed[0] in ORG_NOUNS:
            return False
        noun, at = self.unnamed
        if not floor <= at <= start or self.people_between(fld, at, start):
            return False
        female = re.search(r"wom[ae]n$", noun) or noun in FEMALE_NOUNS
        sex = "she" if female else "he" if re.search(r"m[ae]n$", noun) or noun in MALE_NOUNS else None
        return sex is None or sex == pronoun

    def _official_goes_on(self, fld: str, pronoun: str, start: int) -> bool:
        """Whether "he"/"she" at ``start`` carries on from the body's official who spoke last:
        within reach, no person named since, and the role's sex (if it has one) agrees."""
        if self.official is None or fld != "body":
            return False
        _, noun, at = self.official
        if not 0 <= start - at <= SINCE_LAST or self.people_between(fld, at, start):
            return False
        sex = "she" if noun.endswith("woman") else "he" if noun.endswith("man") else None
        return sex is None or sex == pronoun

    def _introduced_person(self, fld: str, pronoun: str, start: int) -> bool:
        """Whether the paragraph brought in an unnamed person ("one mother", "a local farmer")
        after the last person it named, of the pronoun's sex if the noun has one: "she said"
        then means that person, whom the text does not name."""
        if fld != "body":
            return False
        low = max(self.para_start, start - INTRODUCED_REACH)
        matches = list(INDEFINITE_PERSON.finditer(self.masked, low, start))
        matches += list(UNNAMED_HEAD.finditer(self.masked, low, start))
        found = max(matches, key=lambda m: m.end()) if matches else None
        if found is None or self.people_between(fld, found.end(), start):
            return False
        noun = found.group("noun").lower()
        female = noun in FEMALE_NOUNS or noun.endswith("woman")
        sex = "she" if female else "he" if noun in MALE_NOUNS or noun.endswith("man") else None
        return sex is None or sex == pronoun

    def _kin_head(self, fld: str, pronoun: str, start: int) -> bool:
        """Whether a kin of the pronoun's sex heads a sentence of the paragraph before ``start``
        ('His wife was in tears.') with no person named since."""
        if fld != "body":
            return False
        low = max(self.para_start, start - INTRODUCED_REACH)
        matches = list(KIN_HEAD.finditer(self.masked, low, start))
        if not matches or self.people_between(fld, matches[-1].end(), start):
            return False
        noun = matches[-1].group("noun").lower()
        sex = "she" if noun in FEMALE_NOUNS or noun == "widow" else "he" if noun in MALE_NOUNS else None
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
        return self._unnamed_official(fld, pronoun, start) is not None

    def _unnamed_official(self, fld: str, pronoun: str, start: int) -> re.Match[str] | None:
        """The phrase of the unnamed official ``_official_unnamed`` finds, if any."""
        matches = list(INDEFINITE_OFFICIAL.finditer(self.masked, max(0, start - INTRODUCED_REACH), start))
        found = matches[-1] if matches else None
        if found is None or self.people_between(fld, found.start(), start):
            return None
        noun = found.group("noun") or found.group("trailing")
        sex = "she" if noun.endswith("woman") else "he" if noun.endswith("man") else None
        return found if sex is None or sex == pronoun else None

    def unnamed_officials_body(self, fld: str, pronoun: str, start: int) -> Entity | None:
        """The body the phrase of that unnamed official names right next to its noun ('a Tarn
        Ministry spokesman', 'a spokesman for Acme'; session 42), else None."""
        found = self._unnamed_official(fld, pronoun, start) if fld == "body" else None
        if found is None:
            return None
        group = "noun" if found.group("noun") else "trailing"
        named = [m for m in self.mentions_in(fld, found.start(), found.end()) if not self._quoted(m[0])]
        return official_body(self.masked, found.group(group), found.start(group), named)

    def _pronoun_person(
        self, text: str, fld: str, start: int, floor: int, agree: Callable[[Entity], bool]
    ) -> Entity | None:
        """ "he said": the paragraph's speaker, else its last subject or person, else the last
        person named since ``floor``, else the last person speaker; each as ``agree`` allows."""
        if self.para_speaker is not None and self.para_speaker.type == "PERSON" and agree(self.para_speaker):
            since = self.last_person_at if self.last_person is self.para_speaker else None
            fresh = self.last_subject(text, fld, start, since, agree) if since is not None else None
            if fresh is not None and fld == "body" and ends_on_tag(self.masked, start):
                fresh = None  # 'Roe wasted money, the Tory leader said. "...," he said' (session 37)
            # '"...," said Li. His neighbour Li Xiuying agreed. "...," she said': a person heading a
            # sentence after the speaker's attribution is whom the pronoun carries on from
            return fresh or self._body_role_head(fld, start, agree) or self.para_speaker
        para = max(self.para_start, floor)
        last = self.last_person if self.last_person is not None and agree(self.last_person) else None
        here = self.last_subject(text, fld, start, para, agree) or self._body_role_head(fld, start, agree)
        if here is not None and fld == "body" and ends_on_tag(self.masked, start):
            here = None  # the head of a reported clause before its tag is no speaker (session 37)
        if here is not None:
            return here
        chain = pronoun_sentence(text, para, start)
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

    def sentence_before(self, start: int) -> tuple[int, int] | None:
        """Where the sentence before the one holding ``start`` begins, and where that one begins,
        read by stops over a bounded window of the body (never before the paragraph before)."""
        masked = self.masked
        low = max(self.prev_para_start, start - SENTENCE_BACK)
        ends = [low]
        for stop in SENTENCE_END.finditer(masked, low, start):
            if masked[ends[-1] : stop.start()].strip():
                ends.append(stop.end())
            else:
                ends[-1] = stop.end()  # a blank line or a run of stops: still one boundary
        if len(ends) < 2 and low not in (self.prev_para_start, self.para_start):
            return None  # the sentence before starts outside the window
        prev_start, tag_start = (ends[-2], ends[-1]) if len(ends) >= 2 else (low, ends[-1])
        return (prev_start, tag_start) if tag_start > prev_start else None

    def _body_role_head(self, fld: str, start: int, agree: Callable[[Entity], bool]) -> Entity | None:
        """The person a body's name and role bring in at the head of the sentence right before the
        pronoun's ('"...," Roe said. Forest manager Jim Dolan conceded his side were poor. "...," he
        said': Dolan; session 32, BBC pages). Only that adjacent sentence: one further back may be
        followed by a description of the earlier speaker ('The former captain added ...')."""
        bounds = self.sentence_before(start) if fld == "body" else None
        if bounds is None:
            return None
        prev_start, tag_start = bounds
        people = [r for r in self._back(fld, tag_start, prev_start) if r[2].type == "PERSON"]
        if not people:
            return None
        at, end, ent = people[-1]
        head = BODY_ROLE_HEAD.match(self.masked, prev_start, at)
        if head is None or head.end() != at or possessive(self.masked, end) or not agree(ent):
            return None
        return ent

    def _agreeing_speaker(self, fld: str, start: int, agree: Callable[[Entity], bool]) -> Entity | None:
        """The last person speaker in reach whom ``agree`` allows (session 25): in '"A," he said.'
        ... '"B," Ann Roe said.' then '"C," he said', the man who spoke before Roe; with no one of
        the pronoun's sex named in reach, the plain fallback had given Roe."""
        if fld != "body" or agree is any_entity:
            return None
        return next((e for e, at in self.person_speakers if 0 <= start - at <= SINCE_LAST and agree(e)), None)

    def _subject_over_objects(
        self, text: str, fld: str, before: int, floor: int, agree: Callable[[Entity], bool]
    ) -> Entity | None:
        """The person heading the sentence that named the last person before ``before``, when
        that one does not head it ('Park met Secretary Hale and his deputy, Ruth Amos.' then
        '"...," she said': Park, not Amos). Reads back within that one sentence only."""
        rows = self._back(fld, before, floor)
        last = next((r for r in rows if r[2].type == "PERSON" and agree(r[2])), None)
        if last is None or heads_sentence(text, last[0], floor):
            return None
        for at, end, ent in rows:
            if SENTENCE_STOP.search(text, end, last[0]):
                return None
            owner = possessive(text, end)
            if ent.type == "PERSON" and agree(ent) and not owner and heads_sentence(text, at, floor):
                return ent
        return None

    def last_actor(
        self,
        text: str,
        fld: str,
        before: int,
        floor: int,
        agree: Callable[[Entity], bool] = any_entity,
        *,
        objects: bool = False,
    ) -> Entity | None:
        """The person named last who could be a clause's subject: not a possessor ("McDonald's
        cameo"), nor a preposition's object ("harm to Omar") unless ``objects``."""
        for at, end, ent in self._back(fld, before, floor):
            if ent.type != "PERSON" or not agree(ent) or possessive(text, end):
                continue
            if OBJECT_BEFORE.search(text, max(floor, at - 12), at):
                if not objects:
                    continue
                # "Roe, her lawyer, told us she meant no harm to Omar": the sentence's own
                # subject, when it names one, comes before its object
                opened = max(floor, at - SENTENCE_BACK)
                for stop in SENTENCE_STOP.finditer(text, opened, at):
                    opened = stop.end()
                subject = self.last_subject(text, fld, at, opened, agree)
                if subject is not None:
                    return subject
                if PRONOUN_SUBJECT.search(text, opened, at):
                    continue  # "she was more nervous than Roe": the sentence is about "she"
                return ent
            return ent
        return None
