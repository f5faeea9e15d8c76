"""Who said it: entity mentions, pronouns, surnames and "the ministry", without a parser.

Resolution never guesses: a pronoun or a description resolves only to an entity the
text has already named (the last named speaker of that kind, or the one entity the
description fits); anything else stays null.

This module holds the entry point, `Speakers.resolve` on an attribution's subject phrase (a
name, a pronoun, a description, an answer or an aside); the layers it builds on are
`speaker_index` (mentions and memory), `speaker_pronouns` and `speaker_descriptions`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from consumer.events import Entity
from consumer.quotes.speaker_descriptions import DescribedSpeakers
from consumer.quotes.speaker_heads import relative_cut
from consumer.quotes.speaker_index import NOBODY, Speaker, agrees_with, any_entity
from consumer.quotes.speaker_kin import named_kin_before
from consumer.quotes.speaker_kinds import firm_with_and, persons_body_official
from consumer.quotes.speaker_quoted import adjacent_quote, named_in
from consumer.quotes.speaker_recall import description_key, other_role, recalled, remember_description
from consumer.quotes.speaker_relative import relative_antecedent
from consumer.quotes.speaker_services import service_speaker
from consumer.quotes.speaker_short_forms import short_form_body
from consumer.quotes.speaker_statements import statement_of_tag
from consumer.quotes.speaker_tags import clause_subject_before, clause_tail_subject
from consumer.quotes.speaker_words import (
    AND_ONLY,
    ANSWER_HEAD,
    ASIDE_BACK,
    ASKER_BACK,
    ASKER_OPENING,
    DESCRIBED_PEOPLE,
    FIRST_PERSON_END,
    OFFICIAL_NOUNS,
    OPENING_ASIDE,
    ORG_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    SENTENCE_STOP,
    SPOKES,
    SUBORDINATE,
    TRAILING_STEP,
    UNKNOWN_HEAD,
    person_noun,
    pronoun_after_opening,
    speaking_mentions,
)

# A capitalised word's end, whitespace, then a name ("Tom Hays", "Ann Roe-Vale": both "Roe" and
# "Roe-Vale"), the name read in a look-ahead so that it may open the next pair ("Tom Hays Roe")
_FULL_NAME = re.compile(r"[A-Z][a-z]+\s+(?=(?P<first>[A-Z][a-z]+)(?P<rest>-[A-Z][a-z]+)?)")
_WORD_AFTER = re.compile(r"\w")
# The conjunction the subject phrase is cut at, right after its first comma: a joined clause.
_JOINED_AT_COMMA = re.compile(r",\s+(?:and|but)\s+$")
# a pronoun opening the subject phrase and the lower-case word after it (a verb, or an aside's word)
_PRONOUN_PREDICATE = re.compile(
    r"[\s,\u2014\u2013-]*(?P<pronoun>[Hh]e|[Ss]he)(?:\s+|,\s*)(?P<next>[a-z&][\w'\u2019-]*)"
)


def _pronoun_predicate_end(text: str, start: int, end: int) -> int:
    """Where the subject ends in a pronoun and its own first predicate before the tag's verb.

    'he asked about Kelco, called Roe a "crook"', 'He met Roe and said', 'He criticised Kelco, then
    said': the names the first verb takes are objects, never the speaker (they had been taken,
    session 43, fresh web pages), so the subject is the pronoun alone. The phrase must go on to the
    tag's verb after a comma or 'and'; a lead-in ending on a name ('He got a reply from Kelco:') is
    words handed over and stays whole, and so does 'He and Roe said' (two speakers).
    """
    m = _PRONOUN_PREDICATE.match(text, start, end)
    if m is None or m.group("next") in _JOINS:
        return end
    tail = text[m.end() : end].rstrip()
    if tail.endswith(",") or tail.endswith(" and"):
        return m.end("pronoun")
    return end


# words that join a pronoun to a second subject ("He and Roe said"), not to its own predicate
_JOINS = frozenset({"and", "or", "nor", "&"})
# A body's title before a name ('Acme boss ', "Acme's ") and a name's body after it (', the Acme
# manager', ' of Acme'): the gaps between the mentions, and the role word after the body
# "the" before the body of "the Acme economist said", alone or after an opening phrase with no
# comma of its own and no name in it ("In a speech on Monday the Acme chairman said": session 38,
# unseen BBC copy, where the body had taken the quote), which the subject's start did not skip
_THE_BEFORE = re.compile(r"\s*(?:[^,;:]*\s)?the\s+", re.IGNORECASE)
_TITLE_GAP = re.compile(r"['\u2019]s\s+|\s+(?:[a-z][\w-]*\s+)?([A-Za-z][\w-]*)\s+")
_APPOSED_GAP = re.compile(r",\s+(?:the\s+)?(?:former\s+|ex-)?|\s+(of)\s+(?:the\s+)?")
_ROLE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\b")


# 'she and Vell said', 'Vell and she sang': a subject pronoun joined by "and" to a name of one to
# four capitalised words, the whole subject phrase (session 40)
_PRONOUN_AND_NAME = re.compile(
    r"\s*(?:(?:he|she|I|we)\s+and\s+(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}"
    r"|(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3}\s+and\s+(?:he|she|I|we))[\s,]*",
    re.IGNORECASE,
)


def pronoun_and_name(text: str, start: int, end: int) -> bool:
    """Whether the subject phrase is a pronoun and a name joined by "and" ('"...," she and Vell
    said', 'He and Ann Roe sang:'): two speakers, so no one speaker, as the conventions give a
    subject of two names; the name alone had taken the quote (session 40). Reads the phrase only."""
    return _PRONOUN_AND_NAME.fullmatch(text, start, end) is not None


class Speakers(DescribedSpeakers):
    """The item's speakers as the quote stages use them: an attribution's subject phrase resolved
    to a speaker over the index, pronoun and description layers."""

    # the field the full-name index was built for, and each name's first end there
    _full_names: tuple[str | None, dict[str, int]]

    def __init__(self, entities: Sequence[Entity]) -> None:
        super().__init__(entities)
        self._full_names = (None, {})
        self._described_people: dict[str, Entity | str] = {}

    # ---------------------------------------------------------------- resolution

    def coordinated(self, text: str, fld: str, start: int, end: int) -> bool:
        """Whether the phrase ends with two people joined by "and" ('economists Ann Roe and Jane
        Doe'): a subject of two speakers (the conventions give such words no one speaker)."""
        tail = text[start:end].rstrip(" ,\u2014\u2013-")
        stop = start + len(tail)
        people = [r for r in self.mentions_in(fld, start, end) if r[2].type == "PERSON"][-2:]
        if len(people) < 2 or people[0][2] is people[1][2] or people[1][1] != stop:
            return False
        return AND_ONLY.fullmatch(text, people[0][1], people[1][0]) is not None

    def _subject_start(self, text: str, fld: str, start: int, end: int) -> int:
        """Where the subject of a phrase starts, past a clause or an aside before it."""
        named = clause_tail_subject(text, start, end, self.mentions_in(fld, start, end))
        if named > start:
            return named  # 'When asked if Lee and Roe would start Vale replied:' (session 35)
        tail = SUBORDINATE.match(text, start, end)
        if (
            tail is not None
            and tail.end() < end
            and not self._apposed(text, fld, start, tail.end())
            and not firm_with_and(text, start, end)  # 'said Wilf Roe of Peters and Co Ltd' (session 36)
            # 'Kelvane Tire and Rubber Co said': the conjunction inside one found name joins no clause
            and not any(s < tail.end() < e for s, e, _ in self.mentions_in(fld, start, end))
        ):
            start = tail.end()  # 'Audience members laughed when he urged': the clause's own subject
        aside = OPENING_ASIDE.match(text, start, end)
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
        low = max(0, pronoun - ASIDE_BACK)
        stops = list(SENTENCE_STOP.finditer(text, low, pronoun))
        if stops:
            opened = stops[-1].end()
        elif low == 0:
            opened = 0
        else:
            return pronoun
        aside = OPENING_ASIDE.match(text, opened, pronoun + 1)
        if aside is None or aside.end() != pronoun or self.mentions_in(fld, aside.start(1), aside.end(1)):
            return pronoun
        return opened

    def _answering(self, text: str, fld: str) -> Entity | None:
        """The person named as a speaker's tag at the head of the paragraph ('Roe: ...'), as an
        interview sets out its answers."""
        head = ANSWER_HEAD.match(text, self.para_start)
        if head is None:
            return None
        found = self.mentions_in(fld, head.start(1), head.end(1))
        if len(found) == 1 and found[0][2].type == "PERSON":
            return found[0][2]
        return None

    def _unknown_head_since(self, fld: str, found: Entity | None, pronoun: int) -> bool:
        """Whether, in the pronoun's paragraph after the last mention of the person it would mean, a
        sentence is headed by someone the entity stage did not index as a person ('Hays noted that
        ... "...," he said' after 'said Tom Hays of Baird Co', typed an organisation; 'Mr Straw said
        ...' with no entity; session 31, Reuters and BBC copy): "he" is most likely that one, whom
        the text names but no entity holds; null beats the person further back."""
        if found is None or fld != "body":
            return False
        since = max((m.end for m in found.mentions if m.field == fld and m.end <= pronoun), default=0)
        for head in UNKNOWN_HEAD.finditer(self.masked, max(self.para_start, since), pronoun):
            at, end = head.span("name")
            if any(
                m_at <= at and end <= m_end for m_at, m_end, _ in self.mentions_in(fld, at - 40, end + 40)
            ):
                continue  # someone or something the index holds
            if head.group("name") in found.name.split():
                continue  # the person the pronoun means, by a surname the index did not link
            if head.group("title") or self._named_in_full(head.group("name")) < at:
                return True  # 'Mr Straw', or a surname named in full before ('Tom Hays')
        return False

    def _named_in_full(self, name: str) -> float:
        """Where a capitalised word and the name after it ("Tom Hays") first end in the field, inf
        if nowhere: one scan of the field built on first use (a search of the text before each
        head rescanned the field per pronoun tag)."""
        if self._full_names[0] is not self.masked:
            ends: dict[str, int] = {}
            for m in _FULL_NAME.finditer(self.masked):
                first, rest, end = m.group("first"), m.group("rest"), m.end("first")
                if not _WORD_AFTER.match(self.masked, end):  # "Hays" ends at a word's edge
                    ends.setdefault(first, end)
                if rest and not _WORD_AFTER.match(self.masked, m.end("rest")):
                    ends.setdefault(first + rest, m.end("rest"))
            self._full_names = (self.masked, ends)
        return self._full_names[1].get(name, math.inf)

    def _asker_before(self, text: str, fld: str, pronoun: int) -> Entity | None:
        """The person asking in a clause that opens the sentence right before a subject pronoun
        ('When Roe asked if he would stay, he declined'): never whom the pronoun means."""
        low = max(0, pronoun - ASKER_BACK)
        stops = list(SENTENCE_STOP.finditer(text, low, pronoun))
        if not stops and low > 0:
            return None
        opening = ASKER_OPENING.match(text, stops[-1].end() if stops else 0, pronoun + 1)
        if opening is None or opening.end() != pronoun:
            return None
        found = self.mentions_in(fld, opening.start("asker"), opening.end("asker"))
        return found[-1][2] if found and found[-1][2].type == "PERSON" else None

    def resolve(self, text: str, fld: str, start: int, end: int, floor: int) -> Speaker:
        """The speaker a subject phrase ``text[start:end]`` names (``floor``: where to look back to)."""
        end = relative_cut(text, start, end)  # 'said Roe who joined Bell and Doe on stage' (session 38)
        if self.coordinated(text, fld, start, end) or pronoun_and_name(text, start, end):
            return NOBODY  # 'Ann Roe and Jane Doe write': two speakers, none of them alone
        if persons_body_official(text, start, end) and {
            e.type for _, _, e in self.mentions_in(fld, start, end)
        } == {"PERSON"}:
            return Speaker(None, described="official")  # 'a Roe administration official' (session 36)
        kin = self._named_kin(text, fld, start, end)
        if kin is not None:
            return kin  # 'Marsh's sister Rachel makes an appeal. "...," she said' (session 36)
        speaker = self._resolve(text, fld, start, end, floor)
        speaker = self._recall_description(text, fld, start, end, speaker)  # session 38
        speaker = self._spoken_about(text, fld, start, end, floor, speaker)  # session 39
        body = speaker.entity is not None and speaker.entity.type == "ORGANIZATION"
        statement = statement_of_tag(self.masked, start, end) if fld == "body" and body else None
        if statement is not None and speaker.entity is not None:
            # 'the club said in its statement ... "...," the statement said' (session 42)
            self.tagged_statements[statement[0]] = (speaker.entity, statement[1])
        if speaker.entity is None and fld == "body" and FIRST_PERSON_END.search(text, start, end):
            # 'Roe: He came in and said, "..." And I said, "..."' (session 27, an interview's answer
            # on a fresh web page): the one answering, named before the colon; else the writer, null
            answering = self._answering(text, fld)
            if answering is not None:
                return Speaker(answering, described="I")
        return speaker

    def relative_subject(self, text: str, fld: str, start: int, end: int, floor: int) -> Speaker | None:
        """The person or body a phrase ending on ', who' refers back to: a mention ending at the
        comma, or a definite description right before it resolved as one; None when the phrase
        has no such end or its antecedent names no one."""
        found = relative_antecedent(text, start, end)
        if found is None:
            return None
        desc_start, comma = found
        named = [r for r in self.mentions_in(fld, max(start, comma - 80), comma) if r[1] == comma]
        if named and named[-1][2].type in ("PERSON", "ORGANIZATION"):
            return Speaker(named[-1][2])
        head = text[desc_start:comma].split()[-1].lower() if desc_start < comma else ""
        if head and (head in PERSON_NOUNS or head in DESCRIBED_PEOPLE):
            speaker = self._resolve(text, fld, desc_start, comma, floor)
            if speaker.entity is not None:
                return speaker
        return None

    def _recall_description(self, text: str, fld: str, start: int, end: int, speaker: Speaker) -> Speaker:
        """A definite description of a person ('the chancellor said') resolved to no one, or to
        someone whose own role is another ('Coach Jo Roe' for 'the champion'): the person the
        same description was resolved to before in the story, if only one; a description
        resolved to a person is remembered (``speaker_recall``)."""
        key = description_key(text, start, end)
        if key is None or self.mentions_in(fld, start, end):
            return speaker
        memory = self._described_people
        known = recalled(memory, key)
        if speaker.entity is not None:
            if known is not None and other_role(speaker.entity, known, key):
                return Speaker(known, described=speaker.described)
            if speaker.entity.type == "PERSON":
                remember_description(memory, key, speaker.entity)
            return speaker
        return Speaker(known, described=speaker.described) if known is not None else speaker

    def _spoken_about(
        self, text: str, fld: str, start: int, end: int, floor: int, speaker: Speaker
    ) -> Speaker:
        """A person the tag's own quoted words name in the third person ('She said: "... finish
        him (Mr Vale) off"') is spoken about, not speaking (``speaker_quoted``): for a bare
        'he'/'she', the person heading a sentence of the paragraph before who agrees and is not
        named in the quote; for a description, no one. A phrase naming the person keeps it."""
        person = speaker.entity
        if person is None or person.type != "PERSON" or len(self.masked) != len(text):
            return speaker
        if any(ent is person for _, _, ent in self.mentions_in(fld, start, end)):
            return speaker
        stretch = adjacent_quote(text, self.masked, start, end)
        if stretch is None:
            return speaker
        quoted = self.mentions_in(fld, *stretch)
        if not named_in(text, quoted, person):
            return speaker
        pronoun = text[start:end].strip(" ,").lower()
        if pronoun not in ("he", "she"):
            return Speaker(None, described=speaker.described)
        agree = agrees_with(pronoun)

        def fits(ent: Entity) -> bool:
            return agree(ent) and not named_in(text, quoted, ent)

        people = self.mentions_in(fld, max(0, start - 300), start)
        other = clause_subject_before(self.masked, start, people, fits) or self.last_subject(
            text, fld, start, max(self.para_start, floor), fits
        )
        return Speaker(other, described=speaker.described)

    def _named_kin(self, text: str, fld: str, start: int, end: int) -> Speaker | None:
        """A bare 'he'/'she' after a relative named by a possessor and a given name headed a
        sentence before it in the paragraph, no person named since: that relative (the entity
        holding the given name, else null), never the last person of that sex."""
        pronoun = text[start:end].strip(" ,").lower()
        if fld != "body" or pronoun not in ("he", "she"):
            return None
        kin = named_kin_before(self.masked, self.para_start, start, pronoun)
        if kin is None or self.people_between(fld, kin[1], start):
            return None
        named = [r[2] for r in self.mentions_in(fld, kin[0], kin[1]) if r[2].type == "PERSON"]
        return Speaker(named[0]) if named else NOBODY

    def _officials_body(self, fld: str, pronoun: str, start: int) -> Speaker:
        """The body of the official a 'he said' goes on from: the one who spoke last, else the body
        the official's own phrase names when that sentence gave no quote (session 42)."""
        if self.official is not None and self._official_goes_on(fld, pronoun, start):
            return Speaker(self.official[0])
        return Speaker(self.unnamed_officials_body(fld, pronoun, start))

    def _resolve(self, text: str, fld: str, start: int, end: int, floor: int) -> Speaker:
        start = self._subject_start(text, fld, start, end)
        while True:  # 'the former weightlifter always (believes)': adverbs are not the subject
            m = TRAILING_STEP.search(text, start, end)
            if m is None or m.start() <= start:
                break
            end = m.start()
        start = pronoun_after_opening(text, start, end)
        end = _pronoun_predicate_end(text, start, end)  # 'he asked about Kelco, called' (session 43)
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
            return self._officials_body(fld, low[0], start)
        if len(words) == 1 and low[0] in PERSON_PRONOUNS:
            # the pronoun's sex is a preference, not a filter: census given names are American
            # ("Andrea" is a man's name in Italy), so with no agreeing candidate the plain one counts
            at = self._before_aside(text, fld, start + lead)
            asker = self._asker_before(text, fld, start + lead)
            if asker is not None:
                sexed = agrees_with(low[0])
                agreeing = self._pronoun_person(text, fld, at, floor, lambda e: sexed(e) and e is not asker)
                other = self._pronoun_person(text, fld, at, floor, lambda e: e is not asker)
                return Speaker(agreeing or other)
            agreeing = self._closer_subject(fld, start + lead, low[0]) or self._pronoun_person(
                text, fld, at, floor, agrees_with(low[0])
            )
            if agreeing is None and self._kin_head(fld, low[0], start):
                return NOBODY  # 'Roe lost his crop. His wife was in tears. "...," she said'
            meant = agreeing or self._pronoun_person(text, fld, at, floor, any_entity)
            return NOBODY if self._unknown_head_since(fld, meant, start + lead) else Speaker(meant)
        if len(words) == 1 and low[0] in ("one", "another"):
            return Speaker(None, described="one")  # '"...," one said': one of the traders, unnamed
        if len(words) == 1 and low[0] in ORG_PRONOUNS:
            return self._org_pronoun(text, fld, low[0], start, floor)
        found = speaking_mentions(text, self.mentions_in(fld, start + lead, end), start + lead, end)
        if found:
            described = self._org_person(text, found, fld, start + lead, end, floor)
            return described if described is not None else self._named(text, found, start + lead, end)
        issued = self._issued(low, fld, start) or self.spoken_for(
            text, fld, start + lead, start + lead + len(stripped)
        )
        if issued is not None:
            # 'a commentary in the China Daily said ... the commentary said'; 'a Kinton League
            # spokesman said', the league typed an event (session 32)
            return Speaker(issued)
        phrase = (text, fld, start + lead, start + lead + len(stripped))
        # '"...," Ruritania said': the place, as the conventions allow; else '"...," American said'
        # after American Airlines, a body's short form (session 48)
        named = self.place_subject(*phrase) or short_form_body(
            self.long_bodies, self.people, self.places, phrase
        )
        if named is not None:
            return Speaker(named)
        # 'police said', "the sheriff's office said" (session 35), else a statement, a description
        service = service_speaker(self, words, low, fld, start)
        return service or self._unnamed(text, stripped, words, low, fld, start, floor)

    def _closer_subject(self, fld: str, pronoun: int, word: str) -> Entity | None:
        """The one person heading a clause of the sentence right before one the pronoun opens
        ('Earlier, Dr Fox accused Roe of lying. He told BBC Radio:'; session 35, BBC stories), read
        in a bounded window; it had been the paragraph's earlier speaker."""
        if fld != "body":
            return None
        people = self.mentions_in(fld, max(0, pronoun - 300), pronoun)
        return clause_subject_before(self.masked, pronoun, people, agrees_with(word))

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
        if not _THE_BEFORE.fullmatch(text, start, m_start) or not 1 <= len(after) <= 2:
            return None
        if not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in after):
            return None
        noun = after[-1]
        if noun in OFFICIAL_NOUNS or noun in SPOKES or not person_noun(noun):
            return None
        # 'said the Arsenal boss' (session 31, BBC pages): the one named with that body's title
        # ('Arsenal manager Ann Roe', 'Roe, the Arsenal boss'), never someone another body's title
        # names ('Chelsea boss Jo Vale'), whom the bare role would have found
        ties = self._body_ties(fld, start)
        holders = {p.id: p for p, org in ties if org is found[0][2]}
        if len(holders) == 1:
            return Speaker(next(iter(holders.values())))
        if holders:
            return NOBODY
        person = self._description(after, fld, start, floor)
        if person.entity is None or person.entity.type != "PERSON":
            return NOBODY
        if not any(m.field == fld and m.end <= start for m in found[0][2].mentions):
            # a body named only here is likely another name of one named before ('the Old
            # Trafford boss' after "Manchester United's Alex Ferguson"): no rival title counts
            return person
        return NOBODY if any(p is person.entity for p, _ in ties) else person

    def _body_ties(self, fld: str, before: int) -> list[tuple[Entity, Entity]]:
        """People the text names with an organisation's title, nearest first: 'Acme boss Ann Roe',
        "Acme's Ann Roe", 'Ann Roe, the Acme manager', 'Ann Roe of Acme' (adjacent mentions, read
        over the bounded look-back)."""
        ties: list[tuple[Entity, Entity]] = []
        later: tuple[int, int, Entity] | None = None
        for m_start, m_end, ent in self._back(fld, before, 0):
            if later is not None:
                l_start, l_end, l_ent = later
                if ent.type == "ORGANIZATION" and l_ent.type == "PERSON":
                    gap = _TITLE_GAP.fullmatch(self.masked, m_end, l_start)
                    if gap is not None and (gap.group(1) is None or person_noun(gap.group(1).lower())):
                        ties.append((l_ent, ent))
                elif ent.type == "PERSON" and l_ent.type == "ORGANIZATION":
                    role = _ROLE_AFTER.match(self.masked, l_end)
                    gap = _APPOSED_GAP.fullmatch(self.masked, m_end, l_start)
                    titled = role is not None and person_noun(role.group(1))
                    if gap is not None and (gap.group(1) is not None or titled):
                        ties.append((ent, l_ent))
            later = (m_start, m_end, ent)
        return ties

    def _apposed(self, text: str, fld: str, start: int, cut: int) -> bool:
        """ "Jane Roe, a member of the group and signatory to the letter, told": the conjunction
        sits in an apposition to a name before the first comma, so the name is the subject."""
        comma = text.find(",", start, cut)
        if comma < 0:
            return False
        if _JOINED_AT_COMMA.match(text, comma, cut) is not None:
            # "Biscan replaced Jo Vale, and Ed Roe said:" (session 31, BBC pages): the conjunction
            # right after the comma joins a clause with its own subject; an apposition's words
            # come first ("Jane Roe, a member of the group and signatory to the letter, told")
            return False
        # the name right before the comma: "Boraine said the picture was incomplete, but one
        # caller declared" holds a clause before its comma, no apposition
        before = comma
        while before > start and text[before - 1].isspace():
            before -= 1
        if any(m_end >= before for _, m_end, _ in self.mentions_in(fld, start, comma)):
            return True
        # 'China, which claims the islands as its own, said' (session 30): a place heads the phrase
        head = start + 4 if text.startswith(("the ", "The "), start) else start
        return (fld, head, before) in self.places
