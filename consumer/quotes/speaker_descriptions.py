"""Speakers given by a description: titles and roles, officials of a body ("a spokeswoman for
Acme"), documents and their issuers ("the statement said"), kin, surnames and unnamed people.

A description resolves only to the one entity it fits (its role, its body, its sex) near where it
is used; a description that fits none or several stays unnamed rather than guessing.
"""

from __future__ import annotations

import re
from collections import deque

from consumer.entities.retype.given_names import is_given_name, name_gender
from consumer.events import Entity
from consumer.parse.agencies import is_known_agency
from consumer.quotes.speaker_documents import REPORT_NOUNS, report_issuer
from consumer.quotes.speaker_heads import portfolio_holder
from consumer.quotes.speaker_index import NOBODY, Speaker, agrees_with, any_entity
from consumer.quotes.speaker_kinds import another_kind
from consumer.quotes.speaker_pronouns import PronounSpeakers
from consumer.quotes.speaker_spokes_head import bare_spokesperson, heading_body
from consumer.quotes.speaker_stance import reacts
from consumer.quotes.speaker_statements import tagged_issuer
from consumer.quotes.speaker_tags import qualified_away, spokes_of_another
from consumer.quotes.speaker_titles import role_holder
from consumer.quotes.speaker_words import (
    AIDE_NOUNS,
    ANONYMOUS,
    ANONYMOUS_AFTER,
    BODY_NOUN,
    CAPITALISED_TITLES,
    CLUB_NOUNS,
    DESCRIBED_PEOPLE,
    DOCUMENT_NOUN,
    DOCUMENT_OF,
    HEAD_NAME,
    IN_A_STATEMENT,
    INDEFINITE_HEADS,
    JOINED_AFTER,
    KIN_NOUNS,
    NAMED_ONLY_TYPES,
    NEW_DOCUMENT,
    NOT_PEOPLE,
    OFFICIAL_AFTER,
    OFFICIAL_NOUNS,
    OFFICIAL_OF,
    OPENING_ADVERBIAL,
    ORG_NOUNS,
    PARENT_OF,
    PERSON_NOUNS,
    PERSON_SUFFIX,
    PLAIN_PEOPLE,
    POSSESSOR_BODY,
    PRESS_NOUNS,
    REFERRING_ORG_NOUNS,
    RELATIVE,
    ROLE_ABBREVIATIONS,
    ROLE_OF_NAMED,
    ROLE_SHORT_FORMS,
    SEX_TITLE,
    SINCE_LAST,
    SPOKES,
    SPOKES_AFTER,
    SPOKES_BEFORE,
    STATEMENT_NOUNS,
    STATEMENT_REACH,
    SUBJECT_REACH,
    TITLE_REACH,
    TITLE_WORDS,
    WHOLE_SUBJECT_END,
    WORD,
    demonyms,
    fits_org,
    heads_sentence,
    held_title,
    joined_parent,
    leading_name,
    listed_adjective,
    may_be,
    named_by_head,
    noun_sex,
    occasion_cut,
    other_sex,
    owned_document,
    possessive,
)

# what "its"/"their" issue, read as "it said" would: statements, and reports and the like (session 34)
_ITS_DOCUMENTS = frozenset((*STATEMENT_NOUNS, *REPORT_NOUNS))

# A possessive determiner heading a phrase: someone's body ('Your mortgage lender'), none named
_OWNERS = frozenset(("your", "my", "our", "their", "his", "her", "its"))
# A body named as where something is ('a room here at Acme University'): no referent
_WHERE_BEFORE = re.compile(r"\b(?:at|in|into|near|inside|outside|from|to)\s+(?:the\s+)?$")
# A name given after a description in its own phrase: read this far, up to a stop or a mark
_APPOSED_NAME_REACH = 60
_JOINED = re.compile(r"\s+(?:and|&)\s+[A-Z]")
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\b")
# Media a story names by what they are ('US magazine Tidal Beat', 'the Kinton Courier newspaper')
_MEDIA_NOUNS = frozenset(("magazine", "newspaper", "paper", "journal", "website", "broadcaster", "tabloid"))
# 'He conceded ...', 'But she admitted ...': a sentence a pronoun heads
_PRONOUN_HEAD = re.compile(r"\s*(?:(?:And|But|Yet)\s+)?(?:He|She)\s+[a-z]")
_STOP_OR_MARK = re.compile(r"[.!?;:\x00\n]")
# A public body's name: what "the company" or "the group" never refers back to ('The European
# Commission fined Acme. "...," the company said' is Acme)
_PUBLIC_BODY = re.compile(
    r"\b(?:Commission|Union|Ministry|Department|Court|Authority|Council|Parliament|Police|Bureau|Office|"
    r"Administration|Senate|Congress|Government|Assembly|Cabinet|Tribunal|Board|Reserve|Treasury|Army|"
    r"Navy|Force|Forces|Party|Nations|Agency)\b"
)
# A description in apposition before a name is read this far back from it; it is not a
# preposition's object (each look-behind is of fixed width)
_APPOSED_REACH = 80
# A person's employer named right after the name ('Joe Roe, analyst with ', 'Ann Lee of ', 'Tom
# Bell, a senior trader at the '): the gap between the person and the organisation
_AFFILIATION_REACH = 60
_AFFILIATION_GAP = re.compile(
    r",?\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:with|at|of|from)\s+(?:the\s+)?"
)
_NO_PREPOSITION = "".join(
    rf"(?<!\b{w}\s)" for w in ("of", "to", "for", "with", "by", "from", "at", "on", "in")
)


class DescribedSpeakers(PronounSpeakers):
    """The speaker a title, role, body, document or surname describes."""

    def _named(self, text: str, found: list[tuple[int, int, Entity]], start: int, end: int) -> Speaker:
        """A subject phrase that names entities: its person, or else its first entity."""
        comma = text.find(",", start, end)
        limit = comma if comma >= 0 else end
        # "Ford's family, Starner said": a possessor owns the subject, it is not the subject
        own = [r for r in found if not possessive(text, r[1])]
        if not own and found[-1][2].type == "PERSON" and owned_document(text[found[-1][1] : end]):
            self._document(text[found[-1][1] : end], found[-1][2], start)
            return Speaker(found[-1][2])  # "Roe's letter to the council said": the writer's words
        if not own and all(r[2].type == "PERSON" for r in found) and text[found[-1][1] + 2 : end].strip():
            return NOBODY  # "Roe's father told": someone of Roe's, whom the text does not name
        own = own or found
        people = [r for r in own if r[2].type == "PERSON"]
        first = [r for r in people if r[0] < limit] or (people if own is not found else [])
        first = role_holder(text, first)  # 'said Kelco spokeswoman Jemma Vell' (session 34)
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
        own_title = glued is not None and bool(opening) and opening[0] in CAPITALISED_TITLES
        if DOCUMENT_OF.search(prefix):
            self._document(prefix, ent, start)
            return Speaker(ent)  # "a report from Acme Securities": the document speaks for its author
        official = OFFICIAL_OF.search(prefix) if ent.type == "ORGANIZATION" else None
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
            and not (own_title or (OPENING_ADVERBIAL.match(prefix) and not text[m_end:end].strip(" ,")))
            and not (ent.type == "PERSON" and held_title(text[start : start + other.end()], other.start()))
            and not (ent.type == "PERSON" and portfolio_holder(text[start:m_start]))  # session 38
        ):
            # "a friend of Acme's founder", "the former wife of property tycoon Victor Lam":
            # someone else, unnamed
            return NOBODY
        if ent.type != "PERSON" and prefix.split()[:1] in (["one"], ["another"]):
            rest = text[m_end:end].lower().split()
            if not any(w.strip(",.") in OFFICIAL_NOUNS for w in rest):
                return NOBODY  # "one Acme trader said": one of many, unnamed
            # "one EU diplomat said": an unnamed official, and the conventions give the body
        after = text[m_end:end].lower().split()
        if ent.type == "ORGANIZATION" and len(after) == 1 and after[0].strip(",.") in OFFICIAL_NOUNS:
            return Speaker(ent, described=after[0].strip(",."))  # 'a Norland Rail spokesman said'
        return Speaker(ent)

    def _document(self, phrase: str, issuer: Entity, at: int) -> None:
        """Remember the document noun a phrase names ('a commentary in', "'s letter to the
        council") as ``issuer``'s, for a later 'the commentary said'."""
        noun = DOCUMENT_NOUN.search(phrase.lower())
        if noun is not None:
            self.documents[noun.group(0)] = (issuer, at)

    def _issued(self, low: list[str], fld: str, start: int) -> Entity | None:
        """ "the commentary said" after 'a commentary in the China Daily said' (session 26, agency
        copy): the issuer the same document was brought in with, in reach, when no other document
        of that kind was brought in since ('a new report by ...'); it had named no one."""
        if fld != "body" or len(low) != 2 or low[0] != "the":
            return None
        if low[1] not in self.documents:
            if low[1] not in REPORT_NOUNS:
                return None
            # 'The NAO's annual report showed ... "...," the report says' (session 34, BBC pages and
            # Reuters copy of 1987): the issuer a sentence of the writer's named with the document
            return report_issuer(self.masked, self.mentions_in, self._quoted, fld, low[1], start, SINCE_LAST)
        issuer, at = self.documents[low[1]]
        if not 0 < start - at <= SINCE_LAST:
            return None
        others = NEW_DOCUMENT.finditer(self.masked, at + 1, start)
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
        official = OFFICIAL_OF.fullmatch(prefix)
        if official is not None and prefix.split()[:1] != ["the"]:
            return Speaker(ent, described=official.group("noun"))  # 'A spokesman for the Port Union'
        after = OFFICIAL_AFTER.match(text, to, end)
        if prefix.strip() in INDEFINITE_HEADS and after is not None:
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
                and all(w.rstrip(".").lower() in TITLE_WORDS for w in words[:-1])
            ):
                found.append(person)
        return found[0] if len({p.id for p in found}) == 1 else None

    def _unnamed(
        self, text: str, stripped: str, words: list[str], low: list[str], fld: str, start: int, floor: int
    ) -> Speaker:
        """A subject phrase with no mention: a statement, a description, or a bare surname."""
        head = low[0]
        if head in ("the", "its", "this", "that") and len(words) == 2 and low[1] in STATEMENT_NOUNS:
            author = self.statement_author(fld, start) or tagged_issuer(
                self.tagged_statements, self.masked, low[1], start
            )
            if author is not None:
                return Speaker(author)  # '"...," the statement read': who issued it
        if len(words) == 3 and low[2] in STATEMENT_NOUNS and (low[1] in ORG_NOUNS or low[1] in CLUB_NOUNS):
            # 'a club statement said', 'the ministry statement said': the body of that kind
            key = "club" if low[1] in CLUB_NOUNS else low[1]
            for ent in (self.last_org, self.last_mention(fld, start, "ORGANIZATION", floor)):
                if ent is not None and fits_org(ent, key):
                    return Speaker(ent)
            return Speaker(None, described=key)  # 'a government statement said': a body unnamed
        if head in ("his", "her") and len(words) >= 2 and owned_document(" ".join(low[1:])):
            pronoun = "he" if head == "his" else "she"  # 'his statement said': as "he said" would
            writer = self._pronoun_person(text, fld, start, floor, agrees_with(pronoun))
            writer = writer or self._pronoun_person(text, fld, start, floor, any_entity)
            if writer is not None:
                self._document(" ".join(low[1:]), writer, start)
            return Speaker(writer)
        if head in ("its", "their") and len(words) == 2 and low[1] in _ITS_DOCUMENTS:
            # 'Its statement claimed', 'their release said': as "it said" would (session 19); 'says
            # its report' too (session 34)
            issuer = self._org_pronoun(text, fld, "it" if head == "its" else "they", start, floor)
            return self._named_near(issuer, fld, start)
        body = POSSESSOR_BODY.fullmatch(low[1]) if len(words) == 3 and head == "the" else None
        if body is not None and low[2] in STATEMENT_NOUNS and body.group(1) in ORG_NOUNS:
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
                if (w.endswith(",") and not listed_adjective(low, i)) or low[i + 1] in RELATIVE
            )
            cut = occasion_cut(low, next(opens, len(words)))
            # 'said the analyst who requested anonymity' (session 31): someone unnamed, as 'an analyst'
            tail = text.find(stripped, start) + len(stripped)
            anonymous = head in ("the", "this", "that") and (
                (cut < len(words) and ANONYMOUS.search(stripped) is not None)
                or ANONYMOUS_AFTER.match(text, tail) is not None
            )
            return self._description(
                low[1:cut],
                fld,
                start,
                floor,
                new=head in ("a", "an", "one", "another"),
                owned=head in ("his", "her"),
                anonymous=anonymous,
            )
        if 2 <= len(words) <= 3 and low[-1] in ORG_NOUNS and words[0][:1].isupper() and head not in _OWNERS:
            return self._description(low, fld, start, floor)  # 'Damascus radio said', 'Kestrel police said'
        name = leading_name(stripped)
        if name is not None and name != words:
            # "Dr. Luz Contreras Arroyo, a member of the group," with no mention of the full
            # name: its surname, when it names exactly one person of the story
            return self._surname(name[-2:])  # 'Mrs Roe': the title may say the sex
        return self._headed_officials(text, words, fld, start, floor) or self._surname(words)

    def _headed_officials(
        self, text: str, words: list[str], fld: str, start: int, floor: int
    ) -> Speaker | None:
        """ "zoo officials said" with Riverside Zoo named: the body, as the conventions give an
        unnamed official's words to it (session 28, fresh web pages); "U.S. officials said": the
        place, as "Washington said" is (session 30, made-up agency copy)."""
        if len(words) == 2 and words[1] in OFFICIAL_NOUNS:
            at = text.find(words[0], start)
            place = self.places.get((fld, at, at + len(words[0])))
            if place is not None:
                return Speaker(place, described=words[1])
        if len(words) != 2 or words[1] not in OFFICIAL_NOUNS or not words[0][1:].islower():
            return None  # 'Zoo officials say' opening a sentence, not 'ZOO officials'
        headed = self.org_by_head(words[0].lower(), fld, start, floor)
        return Speaker(headed, described=words[1]) if headed is not None else None

    def _titled_by_sex(self, text: str, m_start: int, m_end: int, ent: Entity) -> Entity:
        """ "Mrs Bell said" when the story names two people called Bell (a couple, a family; session
        24): the one whose given name agrees with the title's sex. The entity stage links a bare
        surname to one of them, often the wrong one; with no single agreeing one it stands."""
        surname = text[m_start:m_end]
        title = SEX_TITLE.search(text, max(0, m_start - 8), m_start)
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
        self,
        words: list[str],
        fld: str,
        start: int,
        floor: int,
        *,
        new: bool = False,
        owned: bool = False,
        anonymous: bool = False,
    ) -> Speaker:
        """ "the minister", "a ministry spokesman": the one the description fits. An indefinite
        one (``new``) brings in someone not named before, so it is never an earlier named person;
        its body speaks for it only as the conventions say ("a Norland Rail spokeswoman"). One a
        pronoun owns (``owned``: 'her lawyer', 'his spokesman') is someone of the person the pronoun
        means, never that person: only a named holder of the role is. One that says it is not named
        (``anonymous``: 'the analyst who requested anonymity') is never a named holder either."""
        words = [w for w in words if re.fullmatch(r"[\w-]+", w)]
        words = joined_parent(words)
        if not words or len(words) > 4:
            return NOBODY
        # 'the president-elect said' is the one named 'President-elect Donald Roe' (fresh web
        # pages): the office he is to hold is the noun his role holds
        noun = words[-1].removesuffix("-elect")
        official = self._official(words, fld, start, floor, new=new, anonymous=anonymous)
        official = (
            official
            or self._abbreviated(noun, fld, start, floor, new)
            or self._unnamed_again(words, noun, fld, start, floor, new=new, anonymous=anonymous)
        )
        if official is not None:
            return official
        body = self._described_body(words, noun, fld, start, floor, new=new)
        if body is not None:
            return body
        person = (
            noun in PERSON_NOUNS
            or noun in DESCRIBED_PEOPLE
            or PARENT_OF.fullmatch(noun) is not None
            or (PERSON_SUFFIX.search(noun) is not None and noun not in NOT_PEOPLE)
            or noun in demonyms()
            or (new and noun in PLAIN_PEOPLE)
            or noun in KIN_NOUNS  # "his wife said": someone's relative, unnamed
        )
        if new and (
            noun in PERSON_NOUNS or noun in DESCRIBED_PEOPLE or noun in SPOKES or noun in PLAIN_PEOPLE
        ):
            return Speaker(None, described=noun)  # 'a city spokesman said', 'one analyst said': unnamed
        if new and not person:
            return NOBODY
        if person:
            # an indefinite one ('one former adviser said') is someone new, never the person named
            # earlier with that role ('Sean Roe, an adviser to the mayor'; session 25, fresh pages)
            titled = None if new else self._person_with_role(noun, fld, start, floor)
            if titled is not None and qualified_away(self.masked, titled, fld, start, noun, words):
                return NOBODY  # 'the Foreign Secretary' after 'Shadow foreign secretary Roe' (session 35)
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
            if owned:
                # '"My client is innocent," her lawyer said' after Jane Roe alone was named
                # (session 29): Roe's lawyer, unnamed; read as 'the lawyer', the one person in
                # reach, Roe herself, had been the speaker
                return Speaker(None, described=noun) if noun in AIDE_NOUNS | KIN_NOUNS else NOBODY
            sex = noun_sex(noun)
            only = None if new or noun in KIN_NOUNS else self.only_person(fld, floor, start, sex)
            if only is not None and may_be(only, noun):
                return Speaker(only)  # 'the former weightlifter' with one person named in reach
            if not new and noun in demonyms():
                heading = self._paragraph_subject(fld, start) or self._previous_head(fld, start, noun, sex)
                if heading is not None:
                    return Speaker(heading)
            if new or noun in demonyms():
                # 'said a relieved 30-year-old' with two people in reach, or 'said the Briton' after
                # a match report: the last speaker may be the other one
                return Speaker(None, described=noun) if new else NOBODY
            return self._going_on(noun, fld, start, sex, anonymous=anonymous)
        return Speaker(self.org_by_head(noun, fld, start, floor))

    def _going_on(self, noun: str, fld: str, start: int, sex: str | None, *, anonymous: bool) -> Speaker:
        """A definite description of a person no role or reach settled: the last speaker with no one
        named since, else the person heading the sentence before, else nobody."""
        # '"...," Roe said. ... "...," the 97-year-old said': no one else named since the
        # last speaker spoke, so the description is that speaker
        last, at = self.last_person, self.last_person_at
        if noun not in KIN_NOUNS and (
            last is not None
            and at is not None
            and fld == "body"
            and 0 <= start - at <= SINCE_LAST
            and self.people_between(fld, at, start, sex) <= {last.id}
            and may_be(last, noun)
        ):
            return Speaker(last)
        if not anonymous and noun not in AIDE_NOUNS | KIN_NOUNS:
            heading = self._previous_head(fld, start, noun, sex)
            if heading is not None:
                return Speaker(heading)
        # an aide no one named ('the party spokesman said') goes on in a later "he said"; other
        # definite descriptions ('the author said') mean someone named before, so the pronoun
        # is left to the usual resolution
        return Speaker(None, described=noun) if noun in AIDE_NOUNS | KIN_NOUNS else NOBODY

    def _unnamed_again(
        self, words: list[str], noun: str, fld: str, start: int, floor: int, *, new: bool, anonymous: bool
    ) -> Speaker | None:
        """A definite description that means someone unnamed (session 31, Reuters copy of 1987): one
        that says so ('the analyst who requested anonymity': the one brought in as 'an analyst', else
        unnamed), the unnamed one of that noun who spoke last, or an official of a body by its kind."""
        if new or fld != "body":
            return None
        if anonymous:
            return self._introduced_unnamed(noun, fld, start, floor) or Speaker(None, described=noun)
        same = self._same_unnamed(noun, start)
        if same is not None:
            return same
        if noun not in OFFICIAL_NOUNS or len(words) < 2 or words[-2] not in ORG_NOUNS:
            return None
        # 'the company official said', 'the senior bank official said': an official of the body of
        # that kind, as 'a company official' is; never a person named nearby (an analyst had spoken
        # for "the company official"). The body by its name: the entity stage may give a body this
        # very attribution as its description.
        found = self._body(words[-2], fld, start, floor, new=False).entity
        if found is None or found.type != "ORGANIZATION":
            return Speaker(None, described=noun)
        fits = fits_org(found.model_copy(update={"attributes": None}), words[-2])
        owner = found if fits and not self._affiliation(found, fld, start, floor) else None
        return Speaker(owner, described=noun)

    def _same_unnamed(self, noun: str, start: int) -> Speaker | None:
        """ "A Western diplomat said ... '...,' the diplomat said. ... '...,' the diplomat said"
        (session 31, Reuters copy of 1987): the unnamed one of that noun who spoke last goes on, with
        no named speaker since, however far back it was brought in (it had become the one person
        named in reach, a minister the diplomat spoke of)."""
        if self.unnamed is None or self.unnamed[0] != noun or noun in ORG_NOUNS:
            return None  # 'the ministry said' is read as the body of that kind
        at = self.unnamed[1]
        if not 0 <= start - at <= SINCE_LAST:
            return None
        return Speaker(None, described=noun)

    def _described_body(
        self, words: list[str], noun: str, fld: str, start: int, floor: int, *, new: bool
    ) -> Speaker | None:
        """ "the ministry", "the rating agency", "the carmaker", "the country": a body or a country."""
        medium = self._named_medium(noun, fld, start, floor) if noun in _MEDIA_NOUNS and not new else None
        if medium is not None:
            return Speaker(medium)
        if noun in ORG_NOUNS or noun.rstrip("s") in ORG_NOUNS:
            key = noun.rstrip("s") if noun not in ORG_NOUNS else noun
            # 'the rating agency said' after Moody's: an agency by its trade, whatever its name says
            qualified = key == "agency" and len(words) >= 2
            return self._body(key, fld, start, floor, new=new, qualified=qualified)
        if noun in ("country", "nation") and not new:
            return Speaker(self.country_in_reach(fld, start, floor))
        return None

    def _other_role(self, head: Entity, fld: str, start: int) -> bool:
        """Whether someone else named in reach holds a role the entity stage read (a job title
        then names a holder by the role, not the sentence's subject)."""
        return any(
            ent is not head and ent.type == "PERSON" and ent.attributes is not None and ent.attributes.role
            for _, _, ent in self._back(fld, start, self.prev_para_start)
        )

    def _named_medium(self, noun: str, fld: str, start: int, floor: int) -> Entity | None:
        """ "the magazine reported" after 'US magazine Tidal Beat' or 'Tidal Beat magazine'
        (session 32, BBC pages): the title the text named with that very noun, the nearest in
        reach; it had been null (a magazine's name seldom says it is one)."""
        before = re.compile(rf"\b{noun}\s+(?:the\s+)?$", re.IGNORECASE)
        after = re.compile(rf"(?:['\u2019]s)?\s+{noun}\b", re.IGNORECASE)
        for at, end, ent in self._back(fld, start, floor):
            if ent.type == "PERSON":
                continue
            if before.search(self.masked, max(0, at - len(noun) - 6), at) or after.match(self.masked, end):
                return ent
        return None

    def _abbreviated(self, noun: str, fld: str, start: int, floor: int, new: bool) -> Speaker | None:
        """ "the doctor said" after 'Dr. Maria Lopez' (session 29, made-up copy): the person the
        title's abbreviation heads; "doctor" alone is no noun of a named person (an unnamed doctor is
        common), so only that holder, never the one person in reach."""
        if new or noun != "doctor":
            return None
        holder = self._person_with_role(noun, fld, start, floor)
        if holder is None or self._introduced_after(holder, noun, fld, start, floor):
            return None  # 'Dr. Roe ... a doctor at the clinic said ... the doctor said': that one
        return Speaker(holder)

    def org_by_head(self, noun: str, fld: str, start: int, floor: int) -> Entity | None:
        """The organisation whose name the noun heads ('Riverside Zoo' for 'the zoo said', 'zoo
        officials said'; session 28, fresh web pages): the last one heard or named in reach."""
        if self.last_org is not None and self.last_org_at >= floor and named_by_head(self.last_org, noun):
            return self.last_org
        return self.last_mention(fld, start, "ORGANIZATION", floor, lambda ent: named_by_head(ent, noun))

    def _official(
        self, words: list[str], fld: str, start: int, floor: int, *, new: bool, anonymous: bool = False
    ) -> Speaker | None:
        """A spokesperson or an official, when the text says whose."""
        noun = words[-1]
        if noun in SPOKES:
            # a named spokesperson first ('spokeswoman Jane Roe said ... the spokeswoman said'),
            # else the body named with the word ('a Norland Rail spokeswoman')
            named = None if new or anonymous else self._person_with_role(noun, fld, start, floor)
            body = named or self.spokesperson_of(fld, start, floor)
            if body is None and new and len(words) == 1:
                body = self._spokes_heading_body(fld, start)
            if new and body is not None and spokes_of_another(self.masked, start, noun, body):
                return Speaker(None, described=noun)  # 'a Conservative spokeswoman' (session 35)
            if body is None and not (new or anonymous):
                # 'the spokesperson said' paragraphs after 'a spokesperson for the Kelby Transit
                # Authority said' (session 35): the one brought in further back, within the 64
                # mentions `_back` reads, when no other organisation was named since
                body = self._far_spokesperson_of(fld, start)
            if body is not None:
                return Speaker(body, described=noun if named is None else None)
        # 'one university official said', 'a party spokesman said': an unnamed official of the
        # body of that kind the story names, as 'one EU diplomat' is the EU's
        if not new or len(words) < 2 or noun not in OFFICIAL_NOUNS:
            return None
        if words[-2] not in ORG_NOUNS:
            # 'a zoo spokeswoman said' with Riverside Zoo named (session 28)
            headed = self.org_by_head(words[-2], fld, start, floor)
            return Speaker(headed, described=noun) if headed is not None else None
        body = self._body(words[-2], fld, start, floor, new=False).entity
        if body is not None and another_kind(body, words[-2]):
            return Speaker(None, described=noun)  # 'one company spokesman' is no council's (session 36)
        if body is not None and self._affiliation(body, fld, start, floor):
            return Speaker(None, described=noun)  # 'one auto company official' after 'Roe, analyst with Acme'
        return Speaker(body, described=noun) if body is not None else None

    def _spokes_heading_body(self, fld: str, start: int) -> Entity | None:
        """The body heading the sentence right before a bare 'a spokesman said' (session 42)."""
        if fld != "body" or not bare_spokesperson(self.masked, start):
            return None
        bounds = self.sentence_before(start)
        named = [] if bounds is None else self.mentions_in(fld, *bounds)
        return heading_body(self.masked, bounds, [m for m in named if not self._quoted(m[0])])

    def _affiliation(self, body: Entity, fld: str, start: int, floor: int) -> bool:
        """Whether every mention of the body in reach names a person's employer ('said Joe Roe,
        analyst with Acme Co', 'said Ann Lee of Beta Corp'; session 31, Reuters copy of 1987): an
        analyst's firm is not the body whose unnamed official speaks ('one auto company official')."""
        seen = False
        for m in body.mentions:
            if m.field != fld or not floor <= m.start < start:
                continue
            seen = True
            low = max(0, m.start - _AFFILIATION_REACH)
            people = [r for r in self.mentions_in(fld, low, m.start) if r[2].type == "PERSON"]
            people = [r for r in people if r[1] <= m.start]
            if not people or _AFFILIATION_GAP.fullmatch(self.masked, people[-1][1], m.start) is None:
                return False
        return seen

    def _paragraph_subject(self, fld: str, start: int) -> Entity | None:
        """The one person the paragraph names before ``start``, when not as a possessor or a
        preposition's object ('City boss Pep Roe was less happy. "...," the Spaniard said'): the
        only one a nationality can mean there."""
        if fld != "body" or len(self.people_between(fld, self.para_start, start)) != 1:
            return None
        return self.last_actor(self.masked, fld, start, self.para_start)

    def _previous_head(self, fld: str, start: int, noun: str, sex: str | None) -> Entity | None:
        """The person heading the sentence right before the tag's own ('Ferro, who lost here last
        year, was happy. "...," said the top seed'; session 32, BBC pages): a description in a tag
        goes on with the subject the story just spoke of, though others are named in reach. Only a
        name heading that sentence, or a 'he'/'she' heading it when the last person speaker is the
        only person named since; the sentence is found by stops in a bounded window."""
        if fld != "body":
            return None
        bounds = self.sentence_before(start)
        if bounds is None:
            return None
        prev_start, tag_start = bounds
        masked = self.masked
        if sex is None and noun.endswith("man") and not noun.endswith("woman"):
            sex = "m"  # 'the Frenchman', 'the Irishman': never a woman heading the sentence before

        def agree(ent: Entity) -> bool:
            return not other_sex(ent, sex) and may_be(ent, noun)

        head = self.last_subject(masked, fld, tag_start, prev_start, agree)
        if head is not None:
            people = [r for r in self._back(fld, tag_start, prev_start) if r[2].type == "PERSON"]
            # the first person the sentence names heads it; not a club typed a person ('Norwich
            # have signed ...': a plural verb)
            first = people[-1]
            after = first[1]
            if first[2] is not head or _PLURAL_VERB.match(masked, after) or _JOINED.match(masked, after):
                return None  # 'Zhu Hua and Li Na run the school': two heads, neither alone
            # never past someone else who spoke last in reach ('"...," Roe said. Doe, who leads the
            # rival bloc, disagreed. "...," the 71-year-old said' stays null)
            last, at = self.last_person, self.last_person_at
            spoke = last is not None and at is not None and 0 <= start - at <= SINCE_LAST
            # unless the head's feeling or words were told right before, in the paragraph
            # ('Sand was frustrated with his serve. "...," said the 25-year-old'; session 37)
            reacting = prev_start >= self.para_start and reacts(masked, after)
            if spoke and last is not head and not reacting:
                return None
            # others named in that sentence ('Ann Bell opened the restaurant with Tom Reed. "...,"
            # the chef said') may be the one described, unless the head is the one who spoke last
            alone = all(r[2] is head for r in people)
            if noun in PERSON_NOUNS and self._other_role(head, fld, start):
                return None  # 'the CEO said' after Ann Lee, a COO, spoke: the roles say otherwise
            return head if alone or (spoke and last is head) or reacting else None
        head = self._body_role_head(fld, start, agree)  # 'Forest manager Jim Dolan was upset.'
        if head is not None:
            return head
        last, at = self.last_person, self.last_person_at
        if (
            last is not None
            and at is not None
            and _PRONOUN_HEAD.match(masked, prev_start)
            and at <= prev_start
            and agree(last)
            and self.people_between(fld, at, prev_start) <= {last.id}
        ):
            return last
        return None

    def _introduction(self, noun: str, fld: str, start: int, floor: int) -> tuple[int, int] | None:
        """Where the text last brought in "a <noun>" with no name after it, within reach before
        ``start`` (a bounded window of the body), if it did."""
        if fld != "body":
            return None
        low = max(floor, start - SINCE_LAST)
        pattern = rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b(?!,?\s+[A-Z])"
        last = next(iter(deque(re.finditer(pattern, self.masked[low:start]), maxlen=1)), None)
        if last is None or ROLE_OF_NAMED.search(
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
        if noun in OFFICIAL_NOUNS:
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

    def _body(
        self, key: str, fld: str, start: int, floor: int, *, new: bool, qualified: bool = False
    ) -> Speaker:
        """ "the ministry", "the company", "the newspaper": the named organisation of that kind."""
        if new and key in PRESS_NOUNS:
            return NOBODY  # 'a local newspaper said': some other paper, unnamed
        if (
            key in REFERRING_ORG_NOUNS
            and self.last_org is not None
            and self.last_org_at >= floor
            and not is_known_agency(self.last_org.name)
        ):
            # 'the company said' right after the company spoke; not after 'Reuters reported'
            return Speaker(self.last_org)
        near_at = self.last_mention_at(fld, start, "ORGANIZATION", floor)
        near = near_at[0] if near_at is not None else None
        # the one of that kind named or heard last: 'IRNA reported ... The International Atomic
        # Energy Agency welcomed the move. "...," the agency said' is the IAEA
        later = near_at is not None and near_at[1] >= self.last_org_at and near is not self.last_org
        for ent in (near, self.last_org) if later else (self.last_org, near):
            if ent is not None and fits_org(ent, key):
                return Speaker(ent)
        # else the last one of that kind in reach, past other bodies named since ('closed Moi
        # University after protests in which the Education Ministry ... "...," the university said')
        fits = self.last_mention(fld, start, "ORGANIZATION", floor, lambda ent: fits_org(ent, key))
        if fits is not None:
            return Speaker(fits)
        if key in CLUB_NOUNS and fld == "body":
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
        if (key in REFERRING_ORG_NOUNS or qualified) and not new:
            referred = self._referred_org(fld, key, start, floor)
            if referred is not None:
                return Speaker(referred)
        return Speaker(None, described=key)  # 'the government said': a body the text does not name

    def _referred_org(self, fld: str, key: str, start: int, floor: int) -> Entity | None:
        """ "Greenpeace staged a protest. '...,' the group said", "The EU fined Google. '...,' the
        search giant said" (session 30, made-up agency copy): a noun that refers back to the body
        the passage is about, whatever its name says. Of the organisations named in this paragraph
        or the one before (not a news agency, a public body, which "the company" never means, a
        name qualifying a thing, nor a place something is at), the one; of several, the nearest
        if it heads its sentence. Never when the text brought in "a <noun>" of its own there ('A
        group of parents protested outside Acme's offices'), nor when the phrase goes on to name one."""
        if fld != "body":
            return None
        apposed = self.mentions_in(fld, start, start + _APPOSED_NAME_REACH)
        if any(
            r[2].type == "ORGANIZATION" and not _STOP_OR_MARK.search(self.masked, start, r[0])
            for r in apposed
        ):
            return None  # 'The group, called Energy Control,': the name the phrase goes on to give
        reach = max(floor, self.prev_para_start)
        named: dict[str, Entity] = {}
        heading: Entity | None = None
        for at, end, ent in self._back(fld, start, reach):
            if (
                ent.type != "ORGANIZATION"
                or self._modifier(at, end)
                or is_known_agency(ent.name)
                or _PUBLIC_BODY.search(ent.name)
                or ent in self.mistyped  # 'Ivan Roe' typed a body: a person's name
                or _WHERE_BEFORE.search(self.masked, max(0, at - 16), at)  # 'a room at Acme': a place
                # a name in brackets: an outlet's credit ('Harbor City (Kelby Business) Markets
                # fell'; session 42) or a short form, whose full mention counts where it stands
                or (self.masked[at - 1 : at] == "(" and self.masked[end : end + 1] == ")")
            ):
                continue
            if not named:  # the nearest one, if it heads its sentence (not one of two joined)
                heads = not possessive(self.masked, end) and not JOINED_AFTER.match(self.masked, end)
                heading = ent if heads and heads_sentence(self.masked, at, reach) else None
            named.setdefault(ent.id, ent)
        found = next(iter(named.values())) if len(named) == 1 else heading
        if found is None or self._introduction(key, fld, start, reach) is not None:
            return None
        return found

    def person_with_role(self, noun: str, fld: str, start: int, floor: int) -> Entity | None:
        """The person entity whose role has the noun, as ``_person_with_role`` (for the carry rules)."""
        return self._person_with_role(noun, fld, start, floor)

    def _person_with_role(self, noun: str, fld: str, start: int, floor: int) -> Entity | None:
        """The last person speaker, or person named, whose role has the noun ('the minister'); else
        the person named last, anywhere before, with that role ('President Maria Santos ...
        Senator Carlos Ruiz ... "...," Ruiz said. "...," the president said')."""
        recent = (self.last_person, self.last_mention(fld, start, "PERSON", floor))
        earlier = [(at, ent) for at, _, ent in self._back(fld, start, 0) if ent.type == "PERSON"]
        held = re.compile(rf"\b(?:{re.escape(noun)}|{ROLE_SHORT_FORMS.get(noun, re.escape(noun))})\b")
        for ent in (*recent, *(ent for _, ent in earlier)):
            role = (ent.attributes.role or "") if ent is not None and ent.attributes else ""
            if ent is not None and held.search(role.lower()):
                return ent
        # no role from the entity stage: the noun as a title right before a mention ('architect
        # Marwan Roe and decorator Jan Doe built it ... "...," the architect says'; session 21)
        short = ROLE_ABBREVIATIONS.get(noun)
        abbreviated = rf"|\b(?-i:{short})\.?" if short else ""  # 'Dr. Ann Roe', 'Sen. Rob Vale'
        titled = re.compile(rf"(?:\b{re.escape(noun)}{abbreviated})\s+$", re.IGNORECASE)
        # ... or as the head of a description in apposition right before it ('The mayor of Kinton,
        # Paul Grady, faces a recall', 'Her lawyer, Tom Beck, said'; session 29): that person holds
        # the role; not the object of a preposition ('a friend of the mayor, Paul Grady')
        apposed = re.compile(
            rf"{_NO_PREPOSITION}\b(?i:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+)?(?i:{re.escape(noun)})"
            r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?,\s+$"
        )
        return next(
            (
                ent
                for at, ent in earlier
                if titled.search(self.masked, max(0, at - TITLE_REACH), at)
                or apposed.search(self.masked, max(0, at - _APPOSED_REACH), at)
            ),
            None,
        )

    def spokesperson_of(self, fld: str, before: int, floor: int) -> Entity | None:
        """The organisation whose spokesperson the text named last: "a Norland Rail spokeswoman",
        "a spokesperson for the Harbour Authority" (only an organisation right next to the word)."""
        for at, end, ent in self._back(fld, before, floor):
            if ent.type != "ORGANIZATION":
                continue
            if SPOKES_AFTER.match(self.masked, end, end + 40) or SPOKES_BEFORE.search(
                self.masked, max(0, at - 40), at
            ):
                return ent
        return None

    def _far_spokesperson_of(self, fld: str, before: int) -> Entity | None:
        """The organisation whose spokesperson the text named last, before the paragraphs in
        reach, when the organisations named since are that one alone (another body named in
        between may have a spokesperson of its own); at most 64 mentions back (`_back`)."""
        since: set[str] = set()
        for at, end, ent in self._back(fld, before, 0):
            if ent.type != "ORGANIZATION":
                continue
            if SPOKES_AFTER.match(self.masked, end, end + 40) or SPOKES_BEFORE.search(
                self.masked, max(0, at - 40), at
            ):
                return ent if since <= {ent.id} else None
            since.add(ent.id)
        return None

    def only_person(self, fld: str, floor: int, before: int, sex: str | None = None) -> Entity | None:
        """The one person named (outside quotes) between ``floor`` and ``before``, if only one;
        with ``sex``, people whose given name says the other sex do not count."""
        seen: Entity | None = None
        for _, _, ent in self._back(fld, before, floor):
            if ent.type == "PERSON" and not other_sex(ent, sex):
                if seen is not None and seen is not ent:
                    return None
                seen = ent
        return seen

    def statement_author(self, fld: str, before: int) -> Entity | None:
        """Who issued the statement a later quote reads from: the first organisation or person
        named in the sentence that last mentions a statement ("X issued a statement", "X said
        in a statement"), looking back a few paragraphs and outside quotes."""
        masked = self.masked
        low = max(0, before - SINCE_LAST)
        hi = before
        for _ in range(4):
            at = max(masked.rfind(noun, low, hi) for noun in STATEMENT_NOUNS)
            if at < 0:
                return None
            sentence_start = max(masked.rfind(". ", low, at), masked.rfind("\n", low, at)) + 1
            for m_at, _, ent in self.mentions_in(fld, sentence_start, at):
                if ent.type in ("ORGANIZATION", "PERSON") and not self._quoted(m_at):
                    return ent  # not a name inside the statement's own quoted words
            opening = IN_A_STATEMENT.match(masked, sentence_start, at + STATEMENT_REACH)
            if opening is not None:
                # "In a written statement released on Monday, Gujral reiterated ...": the
                # subject right after the opening phrase, if it is the whole subject (not
                # "Smith's lawyer", not "Acme and Beta")
                for m_at, m_end, ent in self.mentions_in(fld, opening.end(), opening.end() + SUBJECT_REACH):
                    if ent.type in ("ORGANIZATION", "PERSON") and m_at == opening.end():
                        return ent if WHOLE_SUBJECT_END.match(masked, m_end) else None
            body = BODY_NOUN.search(masked, sentence_start, at)
            if body is not None:
                # "The company denied it in a statement": the organisation of that kind that spoke
                # last, else the one named last before
                kind = body.group(0).split()[-1].lower()
                subject = self.org_subject_at(self.masked, fld, sentence_start, low)
                if subject is not None and subject[1] >= self.last_org_at and fits_org(subject[0], kind):
                    return subject[0]  # 'Beta Holdings rejected the approach. The company said ...'
                if self.last_org is not None and self.last_org_at >= low and fits_org(self.last_org, kind):
                    return self.last_org
                return self.last_mention(fld, sentence_start, "ORGANIZATION", low)
            hi = at
        return None

    def head_surname(self, text: str, fld: str, start: int, end: int) -> Speaker:
        """The person whose surname heads a clause with no mention there ('Roe denied it, saying,
        "..."', 'Roe was blunt:'): the entity stage may type a surname it sees alone as a place
        (session 21, fresh web pages), which no speaker index holds. Only one capitalised word
        (a given name may come first) before a lower-case word: the one person of the story with
        that surname, or, when the entity stage split one person in two ('Ron Roe', 'Maulana
        Roe'), the one of them named last before it."""
        m = HEAD_NAME.match(text, start, end)
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
        if not WORD.fullmatch(name):
            return NOBODY
        hits = [p for p in self.people if name in p.name.split()]
        title = SEX_TITLE.fullmatch(words[0] + " ") if len(words) == 2 else None
        if len(hits) > 1 and title is not None:
            # 'Mrs. Bell said' with no mention, in a story of Tom and Ann Bell: the one of that sex
            sex = "m" if title.group(1).lower() == "mr" else "f"
            hits = [p for p in hits if name_gender(p.name) == sex]
        if len(hits) == 1:
            return Speaker(hits[0])
        if not hits and name not in words[:-1]:
            # no person has it: the one full name typed otherwise ('Tom Vale' as a place), when that
            # name ends with it ('"...," Vale said'; session 28)
            others = [e for e in self.mistyped if e.name.split()[-1] == name]
            if len(others) == 1:
                return Speaker(others[0])
        return NOBODY
