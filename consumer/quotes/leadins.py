"""Openings and lead-ins before the mark: adverbial and dated openings skipped, 'As Roe put it,',
colon lead-ins ('Roe was blunt:') and the unnamed subjects that speak for no one named.

Separate because these rules read the words before a quote up to the sentence start, never after.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.lexicon import ROLE_MODIFIERS, ROLE_NOUNS, ROLE_WORDS
from consumer.parse.dateline import find_dateline
from consumer.quotes.cues import BEFORE, SMALL, STEP, VERBS
from consumer.quotes.speaker_heads import apposed_opening_name
from consumer.quotes.speaker_index import Speaker
from consumer.quotes.speaker_places import place_heading
from consumer.quotes.speaker_words import (
    ORG_NOUNS,
    PERSON_NOUNS,
    SPEAKER_TYPES,
    names_person,
    person_noun,
    possessive,
)
from consumer.quotes.speakers import Speakers
from consumer.quotes.text import split_words, verb_text

_INTRO = re.compile(
    r"(?:in|on|at|after|during|later|earlier|meanwhile|however|speaking|asked|also|then|when|while|"
    r"as|with|before|since|following|according|including|last|next|yesterday|today|tonight|"
    # a conditional or concessive clause, whatever word follows: 'If Roe had read it, Doe ...'
    r"if|although|though|unless|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    # a sentence adverb, right before its comma only ('Nevertheless, a spokesman for Acme had this
    # to say:', 'Indeed, Roe was blunt:'; session 23): unread, the lead-in named no one and the last
    # speaker went on; not 'Still Water Co., ...', whose capitalised name runs on to the comma
    r"(?:nevertheless|nonetheless|still|instead|indeed|moreover|furthermore|besides|otherwise|therefore|"
    r"thus|again|anyway|likewise|elsewhere|afterwards?|"
    # capitalised at the sentence's start, where a lower-case '-ly' word is not read (session 47)
    r"finally|eventually|ultimately|initially|originally|previously|recently|currently|additionally|"
    r"similarly|consequently|unfortunately|fortunately|basically|essentially|apparently|separately)(?=,)|"
    # a span of time before "later", "before", "ago" ('Moments before,', 'Two days later,', 'A few
    # weeks after the vote,'; session 29, fresh web pages): unread, a description after it ('...,
    # the senator told a reporter') was read with it as one subject and named no one
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+)?(?:few\s+)?"
    r"(?:moments?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
    # 'A minute or two later,' (session 47, fresh web pages)
    r"(?:\s+or\s+(?:two|three|so))?"
    r"(?=\s+(?:before|after|later|earlier|ago|afterwards?)\b)|"
    r"shortly(?=\s+(?:before|after|afterwards?)\b)|"
    # a preposition added for openings like 'To loud applause,': before a lower-case word only,
    # so that 'Under Secretary Roe,' and 'Under Armour,' keep their names
    r"(?:to|for|from|by|under|amid|despite|within|without|among|against|through|throughout|over|unlike|"
    r"once|until)(?=\s+(?-i:[a-z])|"
    # ... or before a name when a subject and its verb follow the comma with no comma of an
    # apposition before the mark ('Under Ann Roe, Jim Doe writes,'; not 'Under Secretary Ann
    # Roe, a veteran, said')
    r"\s+(?-i:[A-Z])[^\x00,]{0,80},\s+[^\x00,]{1,80}[,:]?\s*$)|"
    r"(?-i:[a-z]+ly)|(?-i:[A-Z][a-z]+ing(?=\s+[a-z])))\b"
    r"[^\x00,]{0,160},\s+",
    re.IGNORECASE,
)
# A conjunction opening the sentence is a word, not a phrase up to the next comma: in
# 'But Roe told reporters, "..."' the subject follows "But" straight away.
CONJUNCTION = re.compile(r"(?:but|and|yet|so|or|nor)\b,?\s+", re.IGNORECASE)
# A sentence adverb with no comma of its own before a capitalised word is one word, as a
# conjunction is: 'Meanwhile Ann Roe, the party's spokesman, said:' opens on Roe (session 33, BBC
# pages); read up to the next comma as an opening phrase, it left the apposition as the subject
_BARE_ADVERB = re.compile(r"(?:Meanwhile|However)\s+(?=[A-Z])")


def opening_phrase(masked: str, start: int) -> int | None:
    """Where the words after an adverbial opening at ``start`` begin ('Finally, ', 'When he was 12, ',
    'A minute or two later, ', 'In spite of the delays, '): the opening runs to its first comma; None
    when the words at ``start`` open no such phrase."""
    m = _INTRO.match(masked, start)
    return m.end() if m is not None else None


_DATELINE_REACH = 200


def past_dateline(masked: str, start: int, end: int) -> int:
    """Skip a dateline ('CALCUTTA (Reuters) - ') and the spaces after it: no part of a clause."""
    dateline = find_dateline(masked[start : start + _DATELINE_REACH])
    at = masked.find(dateline.raw, start, end) if dateline is not None and dateline.raw else -1
    if dateline is not None and at >= 0:
        start = at + len(dateline.raw)
        while start < end and masked[start].isspace():
            start += 1
    return start


def past_intro(masked: str, start: int, end: int) -> int:
    """Skip a dateline and adverbial openings ('Later, in remarks at X, Esper said,'): the
    subject follows them."""
    return past_openings(masked, past_dateline(masked, start, end), end)


# An opening phrase that ends with a name and its reporting verb before the comma ('To that Jane
# Roe adds,'): the attribution, not an adverbial opening to skip ('When asked,' names no one).
_NAME_SAYS_END = re.compile(
    rf"\s(?P<name>(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){{0,3}})\s+{STEP}(?:{VERBS})\s*,\s*$",
    re.IGNORECASE,
)


_OPENING_MARKS = " \t\"'\u201c\u2018("


def past_openings(masked: str, start: int, end: int) -> int:
    """Skip adverbial openings (a dateline already skipped)."""
    for _ in range(3):
        while start < end and (masked[start].isspace() or masked[start] in "-\u2013\u2014"):
            start += 1
        m = CONJUNCTION.match(masked, start, end) or _BARE_ADVERB.match(masked, start, end)
        m = m or _INTRO.match(masked, start, end)
        if m is None:
            break
        says = _NAME_SAYS_END.search(masked, m.start(), m.end())
        if says is not None:
            return says.start("name")  # 'To that Roe adds, "..."': the opening is the attribution itself
        if not masked[m.end() : end].strip(_OPENING_MARKS) and BEFORE.match(masked, m.start(), end):
            # 'Later she said, "..."', 'In 2011 Roe told the paper, "...": no comma closes the
            # opening before its subject, so the "opening" runs to the mark and holds the attribution
            return m.start()
        opening = _INTRO.match(masked, m.start()) is not None
        named = apposed_opening_name(masked, m.start(), m.end(), end) if opening else None
        if named is not None:
            return named  # 'After the ruling Ann Bell, director of the Acme Trust, said' (session 38)
        start = m.end()
    return start


def lead_in_attribution(
    text: str, masked: str, fld: str, lead_in: tuple[int, int], speakers: Speakers, floor: int
) -> tuple[Speaker, str] | None:
    """ "Roe said:" or "Roe was blunt:" closing the paragraph before a quote: its speaker."""
    start, end = lead_in
    end = masked.rindex(":", start, end) + 1
    before = BEFORE.match(masked, past_intro(masked, start, end), end)
    if before is not None and len(before.group("who").split()) <= 14:
        speaker = speakers.resolve(text, fld, before.start("who"), before.end("who"), floor)
        return speaker, verb_text(before.group("verb"))
    colon = colon_speaker(masked, fld, start, end - 1, speakers, text, floor)
    return (colon, "") if colon is not None else None


# A clause joined on before the colon has its own subject: "Boraine said the picture was
# incomplete, but one caller to a radio show declared: '...'" is the caller's, not Boraine's.
_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:but|while|whereas)|;)\s+")
# ... unless a verb follows the conjunction straight away: the same subject goes on ('Roe
# agreed, but added a warning:', '..., but laid the blame on Doe:')
_PREDICATE_GOES_ON = re.compile(
    rf"(?:(?:also|then|later|still|only)\s+)?(?-i:(?:{VERBS}|[a-z]+ed|laid|made|gave|took|put|kept|left|went|"
    r"did|had|was|were|is|has|sent|set|held|spoke|struck|drew|threw|became|began)\b)",
    re.IGNORECASE,
)
_CLAUSE_REACH = 300


def last_clause(masked: str, start: int, end: int) -> int:
    """Where the last clause before a colon starts (within a bounded reach of the colon); a
    second predicate of the sentence's subject ('Roe agreed, but laid the blame on Doe:') starts
    no clause of its own."""
    low = max(start, end - _CLAUSE_REACH)
    joins = [
        j for j in _JOINED_CLAUSE.finditer(masked, low, end) if not _PREDICATE_GOES_ON.match(masked, j.end())
    ]
    return joins[-1].end() if joins else start


def colon_speaker(  # noqa: C901 - the lead-in's head tried as each kind of subject in turn
    masked: str,
    fld: str,
    start: int,
    end: int,
    speakers: Speakers,
    text: str | None = None,
    floor: int = 0,
    *,
    participle: bool = False,
) -> Speaker | None:
    """The sentence's subject before a colon (or a ``participle``): a person or organisation named
    at its head, or a pronoun heading it (given ``text``)."""
    start = last_clause(masked, start, end)
    whose = _FOR_PERSON.match(masked, start, end)
    clause = start
    start = past_intro(masked, start, end)
    pronoun = _PRONOUN_LEAD.match(masked, start, end)
    if pronoun is not None and not participle and len(masked[start:end].split()) > _PRONOUN_LEAD_WORDS:
        pronoun = None
    # a participle is the subject's own words, whatever the clause before it holds
    handed = pronoun is not None and not participle and bool(_OTHER_VOICE.search(masked, pronoun.end(), end))
    if text is not None and pronoun is not None and not handed:
        # 'He was blunt: "..."', 'She put the price at $4 billion, adding: "..."' (session 26, fresh
        # web pages): the pronoun heading the lead-in is read as in 'he said'; unread, the lead-in
        # named no one and the quote had no speaker
        return speakers.resolve(text, fld, start, pronoun.end("pronoun"), floor)
    if whose is not None and not speakers.mentions_in(fld, whose.end(), end):
        # 'For Roe, the answer is simple: "..."' (session 22): the view that follows is Roe's
        found = speakers.mentions_in(fld, whose.start("name"), whose.end("name"))
        if found and found[0][2].type == "PERSON" and not possessive(masked, found[0][1]):
            return Speaker(found[0][2])
    official = speakers.official_heading(masked, fld, start, end)
    if official is not None:
        return official  # 'A spokesman for the Port Union was blunt:': the body, as with "said"
    described = (
        _described_head(masked, fld, start, end, speakers, text, floor)
        if text is not None and not speakers.mentions_in(fld, clause, start)
        else None
    )
    if described is not None:
        return described
    if masked.startswith(("the ", "The "), start):
        start += 4
    found = [r for r in speakers.mentions_in(fld, start, end) if r[2].type in SPEAKER_TYPES]
    if not found or found[0][0] != start:
        head = speakers.head_surname(masked, fld, start, end)
        if head.entity is not None:
            return head  # 'Roe denied it, saying, "..."' with "Roe" typed a place: Jane Roe of the story
    if found and found[0][0] == start and possessive(masked, found[0][1]):
        # "Roe's response:", "Roe's message to voters was clear:" (session 22, fresh web pages): the
        # owner of words named by a noun of speech says them; not "Roe's lawyer was blunt:"
        words = _OWNED_SPEECH.match(masked, found[0][1], end)
        if words is not None:
            return Speaker(found[0][2])
        return _owned_person(masked, found)
    if not found:
        place = place_heading(masked, fld, start, end, speakers)
        return Speaker(place) if place is not None else None  # 'Ruritania rejected it, adding:' (session 43)
    at, to, ent = found[0]
    if at == start and ent.type != "PERSON" and len(found) > 1:
        person_at, _, person = found[1]
        if person.type == "PERSON" and _titles_only(masked[to:person_at]):
            return Speaker(person)  # 'Acme CEO Jane Roe was blunt:': the officer, not the company
    if at == start or (ent.type == "PERSON" and _titles_only(masked[start:at])):
        return Speaker(ent)  # 'Senator Paul Grey put it simply:', 'Union leader Sara Kim was blunt:'
    if ent.type == "PERSON" and _EPITHETS.fullmatch(masked, start, at) and _HEAD_NAME_END.match(masked, to):
        return Speaker(ent)  # 'The sixth-ranked Ivanisevic, who lost ..., did say:'
    if (
        ent.type == "PERSON"
        and _DESCRIPTION_COMMA.fullmatch(masked, start, at)
        and masked[to : to + 1] == ","
    ):
        return Speaker(ent)  # 'His coach, Zlatko Horvat, was more cautious:': the name the description heads
    return None


def _owned_person(masked: str, found: list[tuple[int, int, Entity]]) -> Speaker | None:
    """ "Acme's Brack:", "Acme's CEO Tom Brack was blunt:" (session 29, fresh web pages, a
    headline): the person the possessive and any titles head is the subject, not the owner; the
    lead-in had named no one."""
    if len(found) < 2 or found[1][2].type != "PERSON":
        return None
    between = masked[found[0][1] : found[1][0]].lstrip("'\u2019s").strip()
    return Speaker(found[1][2]) if not between or _titles_only(between) else None


# A definite description heading the clause ('The senator', 'the former senator'), then its verb
_DESCRIPTION_HEADS = tuple(re.compile(rf"[Tt]he\s+(?:[a-z][\w-]*\s+){{{k}}}[a-z][\w-]*\s+") for k in range(3))


def _described_head(
    masked: str, fld: str, start: int, end: int, speakers: Speakers, text: str, floor: int
) -> Speaker | None:
    """A definite description heading a colon lead-in or a participle's clause ('The senator was
    blunt:', 'The senator used similar words, telling a reporter, "..."'; session 29, fresh web
    pages): read as in 'the senator said', the one it fits; read as one subject phrase with the
    clause, it named no one. Only the first one to three words before a verb, only when it
    resolves to an entity, and only when no one is named in the opening before it ('Unlike Ann
    Bell, the mayor was blunt:' is someone else)."""
    for pattern in _DESCRIPTION_HEADS:
        head = pattern.match(masked, start, end)
        if head is None:
            return None
        if _PREDICATE_GOES_ON.match(masked, head.end(), end):
            noun = head.group(0).split()[-1]
            if not person_noun(noun) and noun not in ORG_NOUNS:
                return None  # 'The statement retained an easing bias, noting': a document, not its issuer
            found = speakers.resolve(text, fld, start, head.end(), floor)
            return found if found.entity is not None else None
    return None


# A subject pronoun heading a lead-in before a colon or a participle, a lower-case word after it
_PRONOUN_LEAD = re.compile(r"(?P<pronoun>[Hh]e|[Ss]he)\s+(?=[a-z])")
_PRONOUN_LEAD_WORDS = 16  # before a colon; a participle modifies the subject however long its clause
# ... that hands over someone else's words or written ones: a passive of being addressed ('He was
# asked:'), words heard, read or received ('She heard an officer yell:', 'He read the sign:'), words
# from someone ('He had this advice from his coach:'), a sign or caption
_OTHER_VOICE = re.compile(
    r"\b(?:was|were|is|are|been|being|gets?|got)\s+(?:[a-z]+ly\s+)?(?:asked|told|questioned|greeted|met|"
    r"warned|informed|reminded|shown|handed|sent|given|interrupted|confronted|challenged|pressed|quoted|"
    r"heckled|advised|called|texted|emailed)\b"
    r"|\b(?:hears?|heard|overhears?|overheard|reads?|saw|sees|watch(?:es|ed)?|remembers?|remembered|"
    r"recalls?|recalled|quoted?|quotes|cited?|cites|receive[sd]?|found|finds|got|gets|posted|shared|"
    r"retweeted|forwarded)\s+(?:(?:a|an|the|his|her|their|its|one|this|that|these|some|my|our)\b|"
    r"(?-i:[A-Z]))"
    r"|\b(?:from|by)\s+(?:(?:a|an|the|his|her|their|one|my|our)\b|(?-i:[A-Z]))"
    r"|\b(?:sign|placard|banner|poster|caption|headline|motto|slogan|inscription|label|shirt|t-shirt|"
    r"words|lyrics)\b",
    re.IGNORECASE,
)
# An opening "For <name>," before a colon lead-in that names no one else
_FOR_PERSON = re.compile(
    r"[\s\"'\u201c\u2018(]*For\s+(?P<name>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*),\s+"
)
# After a possessor heading a colon lead-in: a noun of speech, then anything up to the colon
_OWNED_SPEECH = re.compile(
    r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?(?:statement|message|response|reply|answer|comment|reaction|"
    r"verdict|warning|explanation|assessment|retort|prediction|plea|advice|words|argument|view|take)\b"
    r"[^\x00:;.!?\"\u201c\u201d]{0,60}:?\s*$"
)
# A description in apposition before a name: 'His coach, ', 'coach, ' (after "The"), 'Her
# lawyer, ' (no preposition in it, so the name is not someone else's: 'A friend of Roe, ')
_DESCRIPTION_COMMA = re.compile(
    r"(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+)?(?:(?!(?:of|for|to|with|by|from|at|in|on)\s)[a-z][\w'\u2019-]*\s+){0,3}"
    r"[a-z][\w-]*,\s+"
)
# Compound epithets after "The" and before a name ("The sixth-ranked", "The 24-year-old
# top-seeded"): they describe the named subject, they are no subject of their own
_EPITHETS = re.compile(r"(?:[\w]+-[\w-]+\s+){1,2}")
# ... and the name heads its phrase: a comma or a verb follows, not a noun it modifies ("The
# Oscar-winning Meryl Streep film ends with:", "The 600-page Elon Musk biography opens:")
_HEAD_NAME_END = re.compile(r",|\s+(?:did|does|was|is|has|had|put|made|said|says|added|told|wrote|gave)\b")


_INDEFINITE_WORDS = frozenset(split_words("one a an another some many several most few two three"))
_SPEAKING_NOUNS = (
    PERSON_NOUNS
    | ORG_NOUNS
    | frozenset(
        split_words("fan critic resident supporter voter witness people caller listener viewer reader")
    )
)
_SUBJECT_WORDS = 4


def unnamed_subject(masked: str, start: int, end: int) -> bool:
    """A lead-in before a colon whose subject is someone the text does not name ('The club
    was firm:', 'One fan put it simply:', a bare 'One reader:' or 'Another:'); not 'That process
    led to a realization:', whose subject speaks for no one, so the last speaker may go on."""
    words = [
        w.lower().strip(",:\"'\u201c\u2018") for w in masked[past_intro(masked, start, end) : end].split()
    ]
    if words in (["another"], ["others"]):
        return True  # a list of readers' words: '..., suggested Roe. Another: "..."' (session 20)
    if len(words) < 2 or words[0] not in _INDEFINITE_WORDS:
        return False  # "The mayor was firm:" may mean the mayor just named: the usual carry decides
    head: list[str] = []
    for w in words[1:_SUBJECT_WORDS]:
        if w in SMALL:
            break  # "One message to critics": nouns after a preposition are not the subject
        head.append(w)
    # ... or a kind of person ('A local farmer had this to say:', 'An elderly woman at the market
    # was blunt:'; session 24): unread, the last speaker went on
    speaking = any(w in _SPEAKING_NOUNS or w.removesuffix("s") in _SPEAKING_NOUNS for w in head)
    return speaking or names_person(head)


# A verb of saying joined on as the subject's second predicate with a bare "and" ('Roe met the board
# and said Doe was "unfit"', '... and called the decision "not even a close call"'; session 48,
# fresh web pages): the clause before "and" is no subject phrase, so the tag had been dropped
AND_PREDICATE = re.compile(r"(?:,\s+|\s+)(?:and|but)(?:\s+(?:then|also|later))?\s*$", re.IGNORECASE)
# ... the name heading that clause is followed by its own lower-case verb, not by a word that makes
# it one of two subjects, an owner or an antecedent ('Roe and Doe met', "Roe's aide", 'Roe, who')
# (an age set off by commas may come between, and "is": 'Tom Vell, 44, is from Marlow, and said the
# families "need to ..."'; session 49, wire copy)
_OWN_VERB_AFTER = re.compile(
    r"(?:,\s+\d{1,3},)?\s+(?:[a-z]+ly\s+)?(?:(?-i:[a-z]+ed)|met|won|lost|led|paid|came|ran|sat|stood|brought|took|"
    r"gave|made|went|held|spoke|sent|left|kept|put|set|had|was|is|did|became|began)\b"
)
# ... and that verb opens no clause of its own the "and" may belong to: a verb of saying or of
# thinking ('Roe said the board met and agreed it was a "good deal"': the board agreed), nor does a
# relative or subordinate clause come before the "and" ('Roe met the man who owned it and said')
_CLAUSE_TAKING = re.compile(
    rf"\s+(?:[a-z]+ly\s+)?(?:{VERBS}|believed|hoped|feared|expected|decided|learned|noticed|realised|"
    r"realized|suspected|assumed|heard|guessed|doubted|worried|found|knew|thought|felt|saw)\b",
    re.IGNORECASE,
)
_CLAUSE_OPENER = re.compile(
    r"\b(?:who|whom|whose|which|that|because|when|while|after|before|if|as|since|until|where|though|"
    r"although|whether|why|how|what)\b",
    re.IGNORECASE,
)


def predicate_head(masked: str, fld: str, start: int, end: int, speakers: Speakers) -> Speaker | None:
    """The person or body heading a clause (``start`` to ``end``, the "and" before the second
    predicate) as the subject of its own past-tense verb: 'Ms Roe met the board and said ...',
    'Kelco announced it would not appeal and called the ruling "..."'. Null unless the name heads
    the clause, after an opening the lead-ins skip and title words only: never a name inside it
    ('Fans of Roe cheered and said', 'The statement asked why Roe waited and said'), one of two
    subjects ('Roe and Doe met'), a possessor, a pronoun (left as before), or a first verb whose own
    clause the "and" may continue ('Roe said the board met and agreed', 'Roe met the man who ...')."""
    start = past_intro(masked, start, end)
    found = [r for r in speakers.mentions_in(fld, start, end) if r[2].type in SPEAKER_TYPES]
    if not found:
        return None
    at, to, ent = found[0]
    if at != start and not (ent.type == "PERSON" and _titles_only(masked[start:at])):
        return None
    if possessive(masked, to) or _OWN_VERB_AFTER.match(masked, to, end) is None:
        return None
    if _CLAUSE_TAKING.match(masked, to, end) or _CLAUSE_OPENER.search(masked, to, end):
        return None
    return Speaker(ent)


# ... or a pronoun heading it the same way (session 49, wire copy: 'She declined to name other bidders
# but said the offer "is all cash ..."'), resolved as a tag's pronoun is
_PRONOUN_HEAD = re.compile(r"(?:he|she)\b", re.IGNORECASE)


def pronoun_predicate_head(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a bare he/she heading the clause before the "and" or "but" (``start`` to ``end``)
    as the subject of its own past-tense verb, on the terms of ``predicate_head``; None otherwise."""
    start = past_intro(masked, start, end)
    m = _PRONOUN_HEAD.match(masked, start, end)
    if m is None or _OWN_VERB_AFTER.match(masked, m.end(), end) is None:
        return None
    if _CLAUSE_TAKING.match(masked, m.end(), end) or _CLAUSE_OPENER.search(masked, m.end(), end):
        return None
    return m.start(), m.end()


_COLON_TITLE_WORDS = 4
# With the nouns of people a description names ("Kelby boss Jo Vale:", "Tarrow youngster Ann Roe:";
# session 33, BBC previews): a body's name and "boss" before a name had left the body speaking
_ROLE_PARTS = frozenset(ROLE_NOUNS) | frozenset(ROLE_MODIFIERS) | frozenset(ROLE_WORDS) | PERSON_NOUNS


def _titles_only(words: str) -> bool:
    """Up to four title words before a name ('Forward', 'Union leader', 'deputy mayor'):
    capitalised words or lower-case role words, and nothing that could be a verb or clause."""
    parts = words.split()
    return (
        0 < len(parts) <= _COLON_TITLE_WORDS
        and parts[0].lower() not in _LEADING_PREPOSITIONS  # "Unlike Ann Bell, the mayor was blunt:"
        and all((w[:1].isupper() and w.isalpha()) or w in _ROLE_PARTS for w in parts)
    )


_LEADING_PREPOSITIONS = frozenset(
    split_words(
        """
    against unlike like dear for with to from about after before despite under over as at in on by of
    besides beside without among between toward towards unless until since than
    """
    )
)
