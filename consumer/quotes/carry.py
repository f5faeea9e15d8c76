"""Who says a quote with no attribution of its own: the person a question was put to, the
name in the next sentence or a signature, the person reacting just before, an aside or a
question about someone.

Kept apart from the sentence walk because these rules look across sentences and paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.entities.retype.given_names import name_gender
from consumer.events import Entity
from consumer.quotes.cues import BEFORE_SUBJECT, VERBS
from consumer.quotes.marks import Paragraph
from consumer.quotes.sentences import SENTENCE_STOP
from consumer.quotes.speaker_index import NOBODY, Speaker
from consumer.quotes.speaker_words import (
    DESCRIBED_PEOPLE,
    KIN_NOUNS,
    PERSON_NOUNS,
    PLAIN_PERSON_NOUNS,
    SPEAKER_TYPES,
    possessive,
)
from consumer.quotes.speakers import Speakers
from consumer.quotes.text import MASK
from consumer.quotes.unit import Unit

# '"...," she replied': a pronoun answering, right after the closing mark
_PRONOUN_ANSWERS = re.compile(
    r"[\s\"'\u201d\u2019,]*(?P<pronoun>he|she)\s+(?:replied|replies|answered|answers|responded|responds)\b"
)
# 'A reporter asked Roe, "': the one asked, named right after the verb, before the mark
_ASKED_WHOM = re.compile(r"\b(?:asked|asks)\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
_ASK_REACH = 160


def answering_person(
    text: str, masked: str, fld: str, unit: Unit, question: Unit | None, speakers: Speakers
) -> Entity | None:
    """Who answers with "he/she replied": the person the question just before was put to ('A
    reporter asked Roe, "...?"' then '"...," she replied'), when the pronoun agrees with the name;
    the asker, often unnamed, is not the one replying."""
    if question is None or unit.kind != "direct" or question.kind != "direct" or fld != "body":
        return None
    answer = _PRONOUN_ANSWERS.match(masked, unit.spans[-1][1], unit.spans[-1][1] + 20)
    end = question.spans[0][0]
    if answer is None or text[question.spans[-1][0] : question.spans[-1][1]].rstrip()[-1:] != "?":
        return None
    asked = list(_ASKED_WHOM.finditer(masked, max(question.sent_start, end - _ASK_REACH), end))
    if not asked or unit.paragraph - question.paragraph > 1:
        return None
    found = speakers.mentions_in(fld, asked[-1].end(), end)
    if not found or found[0][0] != asked[-1].end() or found[0][2].type != "PERSON":
        return None
    person = found[0][2]
    ruled_out = "f" if answer.group("pronoun") == "he" else "m"
    return person if name_gender(person.name) != ruled_out else None


def last_paragraph(unit: Unit) -> int:
    """The last paragraph a quote runs into (its own when it stays in one)."""
    return max(unit.paragraph, unit.end_paragraph)


# A pronoun in the writer's paragraphs between: the story may still be about the last speaker
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)
_WRITERS_GAP = 2  # paragraphs: one of context before a quote paragraph still leaves it the speaker's


def writers_paragraphs_between(
    masked: str, paras: Sequence[Paragraph], last: int, here: int, fld: str, speakers: Speakers
) -> bool:
    """Two or more whole paragraphs of the writer's own between the last speaker's quote and an
    unattributed quote paragraph, holding no quoted words, no person and no personal pronoun
    ('..., said dealer Ann Roe.' then 'Traffic is a sign of order.' and 'Many towns have ...'
    then '"Kinton is a town where drivers give way."'; session 40): the story moved on from the
    speaker, so the quote names no one (the conventions' null over a guess). Reads only the
    paragraphs between, at most the carry's reach of three."""
    between = paras[last + 1 : here]
    if len(between) < _WRITERS_GAP:
        return False
    for para in between:
        if MASK in masked[para.start : para.end] or _PERSON_PRONOUN.search(masked, para.start, para.end):
            return False
        if any(e.type == "PERSON" for _, _, e in speakers.mentions_in(fld, para.start, para.end)):
            return False
    return True


def absorb(owner: Unit, unit: Unit, unit_of: dict[int, Unit]) -> None:
    """One quote in several stretches: ``unit``'s spans continue ``owner``."""
    owner.spans.extend(unit.spans)
    owner.stretch_ids.extend(unit.stretch_ids)  # one stretch per span, as everywhere else
    owner.sent_end = unit.sent_end
    owner.end_paragraph = max(owner.end_paragraph, unit.paragraph)
    for sid in unit.stretch_ids:
        unit_of[sid] = owner


# After a quote, a sentence that points back at its words and names who said them.
_POINTS_BACK = re.compile(
    r"[\s\"'\u201d\u2019]*(?:(?:That|This|Such|So)\s+(?:was|is)\s+(?:how|what)"
    r"|(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+the\s+(?:words?|message|verdict|view|warning|"
    r"assessment|reaction|response)\s+(?:of|from)"
    r"|(?:With|In)\s+(?:those|these)\s+words,?)\s+"
)
_POINTS_BACK_REACH = 100


def named_after_quote(
    text: str, masked: str, fld: str, quote_end: int, para_end: int, speakers: Speakers
) -> Speaker | None:
    """Who the sentence right after an unattributed quote names as having said it ('"..." That
    was how Maria Santos described it', '"..." With those words, Minister Karl Berg opened the
    debate'): the first name after the pointing phrase, past title words only."""
    m = _POINTS_BACK.match(masked, quote_end + 1, para_end)
    if m is None:
        return None
    found = speakers.mentions_in(fld, m.end(), min(para_end, m.end() + _POINTS_BACK_REACH))
    found = [r for r in found if r[2].type in SPEAKER_TYPES]
    if not found or possessive(text, found[0][1]):
        return None
    if BEFORE_SUBJECT.fullmatch(text, m.end(), found[0][0]) is None:
        return None
    return Speaker(found[0][2])


# A quote signed with a dash and a name, on its line or alone on the next ('"..." – Jane Roe,
# A Long Story', '"..."' then '— Jane Roe'): the conventions give it to the name, verb null.
_SIGNATURE = re.compile(
    r"[\"'\u201d\u2019]*[ \t]*(?:[\u2014\u2013]|--?)[ \t]*"
    r"|[\"'\u201d\u2019]*[ \t]*\n\s*(?:[\u2014\u2013]|--)[ \t]*"  # alone on the next line: no bullet hyphen
)
# ... the name ends its line or goes on with a comma, a bracket or a link, not with a clause
_SIGNATURE_END = re.compile(r"[ \t]*(?:[,(\[]|https?:|@|\n|\Z)")


# ... or, with no dash, a name and a title that end the sentence with no verb ('"..." Jane Roe,
# Director of the Port Authority.': a press release's caption-like credit; session 21)
_CREDIT_GAP = re.compile(r"[\"'\u201d\u2019]*[ \t]+")
# one phrase, no clause after a comma, and a full stop that ends the sentence (not 'Page A8, Jan. 13:')
_CREDIT_TITLE = re.compile(r",[ \t]+[^\x00.!?\n,]{2,100}?\.(?=[ \t]*(?:\n|\Z)|\s+[\"'\u201c\u2018A-Z])")
_CLAUSE_WORD = re.compile(
    rf"\b(?:{VERBS}|who|which|that|could|would|will|was|were|is|are|has|have|had|did|does|can|may|"
    r"might|must|should|(?-i:[a-z]+ed))\b",
    re.IGNORECASE,
)


def signed_by(text: str, masked: str, fld: str, quote_end: int, speakers: Speakers) -> Speaker | None:
    """The person whose name signs an unattributed quote right after its closing mark."""
    m = _SIGNATURE.match(masked, quote_end)
    dashed = m is not None
    m = m or _CREDIT_GAP.match(masked, quote_end)
    if m is None:
        return None
    found = speakers.mentions_in(fld, m.end(), m.end() + _POINTS_BACK_REACH)
    if not found or found[0][0] != m.end() or found[0][2].type != "PERSON" or possessive(text, found[0][1]):
        return None
    if dashed:
        return Speaker(found[0][2]) if _SIGNATURE_END.match(masked, found[0][1]) else None
    title = _CREDIT_TITLE.match(masked, found[0][1])
    return Speaker(found[0][2]) if title is not None and not _CLAUSE_WORD.search(title.group(0)) else None


_REACTION_WORDS = 8  # "Adams disagreed.", "Ricci shook his head.": a short sentence of its own
# ... or a longer one that announces words of the subject's (session 19: 'Roe's lawyer, Ann Bell,
# had a more succinct statement after the ruling.' then '"..."'): a noun of speech after a determiner
_SPEECH_NOUN = re.compile(
    r"\b(?:a|an|the|his|her|this|that|some|one)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|message|response|reply|answer|comment|reaction|take|verdict|warning|explanation|"
    r"assessment|retort|prediction|plea|view)\b"
)


def reacting_person(
    text: str, masked: str, fld: str, para_start: int, quote_start: int, speakers: Speakers
) -> Entity | None:
    """The person heading the short sentence right before an unattributed quote, in its paragraph
    or closing the one before (``para_start``: where to read from): whose reaction the quote gives
    ('Adams disagreed. "Sometimes we have no choice."')."""
    before = masked[para_start:quote_start].rstrip(" \t\r\n\"'\u201c\u2018")
    if not before.endswith((".", "!")):
        return None
    end = para_start + len(before) - 1  # the sentence's own stop
    stops = list(SENTENCE_STOP.finditer(masked, max(para_start, end - 200), end))
    opened = max(stops[-1].end() if stops else para_start, masked.rfind(MASK, para_start, end) + 1)
    opened = max(opened, masked.rfind("\n", para_start, end) + 1)
    sentence = masked[opened:end]
    if MASK in sentence or not sentence.strip():
        return None
    if len(sentence.split()) > _REACTION_WORDS and _SPEECH_NOUN.search(sentence) is None:
        return None
    return speakers.last_subject(text, fld, end, opened)


# A description of someone heading the short sentence right before an unattributed quote ('Her
# deputy was less sure.', 'The judge was unmoved.', 'A colleague disagreed.'): a determiner, at most
# two describing words, a person noun and the predicate; not a person the sentence says was harmed
_DESCRIBED_NOUNS = "|".join(
    sorted(
        {n for n in (*PERSON_NOUNS, *DESCRIBED_PEOPLE, *KIN_NOUNS) if " " not in n}
        | {"deputy", "lawyer", "attorney", "aide", "adviser", "advisor", "counsel", "partner"}
        # someone's representatives ('His agent told the paper that ...'; session 35, BBC stories)
        | {"agent", "publicist", "solicitor", "barrister"},
        key=len,
        reverse=True,
    )
)
_DESCRIBED_HEAD = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?P<det>(?i:his|her|their|its|the|an?|one|another))\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?P<noun>(?i:{_DESCRIBED_NOUNS}|{PLAIN_PERSON_NOUNS}))\b(?![-'\u2019])(?=,?\s+[a-z])"
    r"(?![^.!?\n]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:arrested|killed|injured|hurt|wounded|"
    r"detained|charged|shot|stabbed|found|rescued|hospitali[sz]ed|sentenced|convicted|jailed|taken)\b)"
    r"(?![^.!?\n]{0,60}?\b(?:died|dies)\b)"
)
_CUT_REACH = 200


def writer_sentence_before(
    masked: str, para_start: int, quote_start: int, reach: int
) -> tuple[int, int] | None:
    """Where the writer's sentence right before a quote opens and ends (within ``reach``
    characters, in its paragraph or closing the one before): None when it does not end on "." or
    "!", or holds quoted words."""
    before = masked[para_start:quote_start].rstrip(" \t\r\n\"'\u201c\u2018")
    if not before.endswith((".", "!")):
        return None
    end = para_start + len(before) - 1
    stops = list(SENTENCE_STOP.finditer(masked, max(para_start, end - reach), end))
    opened = max(stops[-1].end() if stops else para_start, masked.rfind(MASK, para_start, end) + 1)
    opened = max(opened, masked.rfind("\n", para_start, end) + 1)
    while opened < end and masked[opened] in _CLOSING_MARKS:
        opened += 1  # past the closing mark of a quote ending the sentence before ('..." But her ...')
    return None if MASK in masked[opened:end] else (opened, end)


_CLOSING_MARKS = " \t\"'\u201d\u2019"


def described_before(
    text: str, masked: str, fld: str, para_start: int, quote_start: int, speakers: Speakers, floor: int
) -> Speaker | None:
    """The short sentence right before an unattributed quote, in its paragraph or closing the one
    before, headed by a description of someone ('"...," Roe said. Her deputy was less sure. "..."'):
    the quote is the reaction of the person described, never the last speaker's going on. That person
    when an entity with the role ('the judge' named earlier as a judge), else no one (null beats a
    guess; session 30). None when the sentence is not of that kind."""
    span = writer_sentence_before(masked, para_start, quote_start, _CUT_REACH)
    if span is None:
        return None
    opened, end = span
    sentence = masked[opened:end]
    if not sentence.strip():
        return None
    if (
        len(sentence.split()) > _REACTION_WORDS
        and _SPEECH_NOUN.search(sentence) is None
        and not _described_says(masked, opened, end)
    ):
        return None
    head = _DESCRIBED_HEAD.match(masked, opened, end)
    if head is None or not (
        head.group("det")[:1].isupper() or masked[head.start() : head.start("det")].strip()
    ):
        return None  # the determiner opens the sentence, or follows its 'But' (session 35)
    held = speakers.person_with_role(head.group("noun").lower(), fld, head.start("noun"), floor)
    return NOBODY if held is None else Speaker(held)


_SAYS_AFTER_HEAD = re.compile(rf"\s+(?:also\s+)?(?:{VERBS})\b", re.IGNORECASE)


def _described_says(masked: str, opened: int, end: int) -> bool:
    """The sentence is the described person's reported speech, its verb of saying right after the
    description ('But her spokesman insisted she had simply been delayed.', 'His agent told the paper
    that ...'): the quote after it is that person's, however long the sentence (session 35, BBC
    stories; read as the last speaker's, it went to the person the spokesman answered)."""
    head = _DESCRIBED_HEAD.match(masked, opened, end)
    return head is not None and _SAYS_AFTER_HEAD.match(masked, head.end("noun"), end) is not None


# An attribution set off by commas inside the writer's sentence, its verb after the subject ('The
# country, she proclaimed, had a task to fulfil.', 'The plan, Roe said, was dead.'): a name or a
# subject pronoun, a verb of saying, and the sentence going on in lower case
_ASIDE_SAYS = re.compile(
    r",\s+(?P<who>he|she|(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,3})\s+"
    r"(?:also\s+|later\s+)?(?:said|says|added|adds|argued|argues|insisted|insists|proclaimed|declared|"
    r"noted|notes|explained|explains|warned|warns|wrote|writes|stressed|continued|continues|believes|"
    r"recalled|recalls|claimed|claims|maintained|maintains)\s*,\s+(?=[a-z])"
)
_ASIDE_REACH = 300


def aside_before(
    text: str, masked: str, fld: str, para_start: int, quote_start: int, speakers: Speakers, floor: int
) -> Speaker | None:
    """The speaker an aside names in the sentence right before an unattributed quote, in its
    paragraph or closing the one before (``para_start``: where to read from; 'The country, she
    proclaimed, had a task to fulfil. "We take ..."'; session 26, fresh web pages): the quote goes
    on with the words the aside reported. Unread, the sentence gave no quote and the quote had no
    speaker."""
    span = writer_sentence_before(masked, para_start, quote_start, _ASIDE_REACH)
    if span is None:
        return None
    opened, end = span
    asides = list(_ASIDE_SAYS.finditer(masked, opened, end))
    if len(asides) != 1:
        return None  # none, or two speakers in one sentence: no guess
    who = asides[0]
    if not masked[opened : who.start()].strip():
        return None  # the sentence opens with the comma: no clause of the writer's before it
    speaker = speakers.resolve(text, fld, who.start("who"), who.end("who"), floor)
    return speaker if speaker.entity is not None else None


# A question of the writer's that names whose words follow ('What did Roe say after the game?',
# 'So how does Roe feel about it?'; session 23, fresh web pages): a question word, an auxiliary
# and right after it the name, the question's subject
_ASKED_ABOUT = re.compile(
    r"(?:(?:and|but|so)\s+)?(?:what|how|why)\s+(?:else\s+|exactly\s+)?"
    r"(?:did|does|do|would|will|was|is|has|had|could|can)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
_QUESTION_WORDS = 16
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def asked_about(masked: str, fld: str, lo: int, quote_start: int, speakers: Speakers) -> Entity | None:
    """The person a short question right before an unattributed quote asks about, in its
    paragraph or closing the one before (``lo``: where to read from): the quote is the answer,
    in that person's words ('What did Roe say after the game?' then '"I did not see it."')."""
    before = masked[lo:quote_start].rstrip(" \t\r\n\"'\u201c\u2018")
    if not before.endswith("?"):
        return None
    end = lo + len(before) - 1
    stops = list(SENTENCE_STOP.finditer(masked, max(lo, end - 200), end))
    opened = max(stops[-1].end() if stops else lo, masked.rfind(MASK, lo, end) + 1)
    sentence = masked[opened:end]
    if MASK in sentence or len(sentence.split()) > _QUESTION_WORDS or _ADDRESSED.search(sentence):
        return None  # 'What did Roe tell you?': an interviewer's question, answered by someone else
    asked = _ASKED_ABOUT.match(masked, opened + len(sentence) - len(sentence.lstrip()), end)
    if asked is None:
        return None
    found = [r for r in speakers.mentions_in(fld, asked.end(), end) if r[0] == asked.end()]
    if not found or found[0][2].type != "PERSON" or possessive(masked, found[0][1]):
        return None  # 'What did Roe's lawyer say?': someone of Roe's
    return found[0][2]
