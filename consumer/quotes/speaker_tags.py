"""Tags that named the wrong person (issue 14, session 35, BBC stories): a lead-in's own subject
over a tag after the quote, a name closing a subordinate clause before the verb, and a role holder
whose title is qualified away ('shadow', 'former'). Each reads a bounded window only."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice

from consumer.events import Entity
from consumer.quotes.speaker_words import SENTENCE_END, person_noun
from consumer.quotes.text import last_char, split_words

# A lead-in's subject phrase opening with a clause of the writer's and no comma before the name
# ('When asked if Lee and Roe would start Vale replied:', 'Asked whether he would stay Vale said:'):
# a subordinator or an asking participle, then a lower-case word, the clause's last
_CLAUSE_OPENING = re.compile(
    r"\s*(?:(?:when|if|after|once|as|although|though|while|because)\s+)?"
    r"(?:(?:when|if|whether|after|before|once|because|although|though|while|until)\s+"
    r"|(?:asked|questioned|pressed)\s+(?:(?:if|whether|about|why|how|what|when)\s+)?)",
    re.IGNORECASE,
)
# the clause's own verb: an auxiliary or a past tense between the subordinator and the name
_CLAUSE_VERB = re.compile(
    r"\b(?:would|will|could|can|should|shall|might|may|must|did|does|do|was|were|is|are|had|has|have|"
    r"[a-z]{3,}ed)\b"
)
# the capitalised words ending the phrase, right before the verb ('Mr Vale', 'Karl Vossberg')
_NAME_AT_END = re.compile(r"(?<![\w'\u2019.-])(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*$")
_NOT_CLAUSE_END = frozenset(
    split_words(
        "of the a an and in on to for at by with or from his her their its our my this that these those"
    )
)


def clause_tail_subject(text: str, start: int, end: int, found: Sequence[tuple[int, int, Entity]]) -> int:
    """Where the subject starts when the phrase opens with a clause of the writer's and ends on a
    name right before the verb, with no comma between ('When asked if Lee and Roe would start
    Vale replied:'): that name (an entity's mention, or capitalised words no entity holds), not a
    name inside the clause (the quote had gone to Roe); else ``start``. Only the phrase is read."""
    phrase_end = start + len(text[start:end].rstrip())
    name = _NAME_AT_END.search(text, start, phrase_end)
    if name is None:
        return start
    people = [r for r in found if r[2].type == "PERSON" and r[0] <= name.start() < r[1]]
    m_start = people[-1][0] if people and people[-1][1] == phrase_end else name.start()
    opening = _CLAUSE_OPENING.match(text, start, m_start)
    if opening is None:
        return start
    clause = text[opening.end() : m_start]
    if "," in clause or _CLAUSE_VERB.search(clause) is None:
        return start  # 'When asked, Vale said': the comma closes the clause already
    words = clause.split()
    if not words or not words[-1][:1].islower() or words[-1].lower() in _NOT_CLAUSE_END:
        return start  # 'after meeting the Kelco boss Vale': a title or an object's description
    return m_start


# After the tag's verb, up to the opening mark: a colon closing the lead-in, perhaps an addressee
_COLON_AT_MARK = re.compile(r"[^\x00.;!?\"\u201c\u201d]{0,60}:\s*$")
_PERSONAL = frozenset(("he", "she"))


def lead_in_over_tag(before_rest: str, before_who: str, tag_who: str, content: str) -> bool:
    """Whether a colon lead-in's subject says the first stretch rather than the tag after its
    closing mark: 'Roe said: "A," he said.' (BBC copy repeats the tag; "he" had gone to the
    paragraph's earlier speaker, or past a name no entity holds) and 'Roe said: "A." Lee agreed.'
    (a quoted sentence closed by its own stop needs no tag: the writer's next sentence is no tag).
    A pronoun heading both leaves the tag's reading as it was."""
    lead = before_who.split()
    if not lead or _COLON_AT_MARK.fullmatch(before_rest) is None:
        return False
    tag = tag_who.split()
    if len(tag) == 1 and tag[0].lower() in _PERSONAL:
        return not (len(lead) == 1 and lead[0].lower() in _PERSONAL | {"i", "we", "they", "it"})
    return last_char(content) in ".!?"


# A role word qualified away: the holder is not 'the Foreign Secretary' but its shadow ('Shadow foreign
# secretary Ann Roe'), another office; not a deputy or a former holder ('Deputy Interior Minister Roe
# ... The Minister said' is Roe in agency copy; 'Roe, a former official' may be 'the official')
_QUALIFIER = r"(?:shadow)"
_QUALIFIED_REACH = 60
_MENTIONS_READ = 32  # the holder's last mentions read per tag: the cost stays linear in the item


def qualified_away(
    masked: str, holder: Entity, fld: str, before: int, noun: str, words: Sequence[str]
) -> bool:
    """Whether the holder's title qualifies the noun with a word the description lacks ('the Foreign
    Secretary' after 'Shadow foreign secretary Ann Roe'; session 35, BBC stories): the holder of the
    bare role is someone else, whom the text may not name. Read at each mention of the holder
    before ``before`` that carries the noun as a title, else in the role the entity stage read."""
    have = {w.lower() for w in words}
    noun_at_end = rf"\b{re.escape(noun)}\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,2}}$"
    titled = re.compile(noun_at_end, re.IGNORECASE)
    qualified = re.compile(
        rf"\b(?P<q>{_QUALIFIER})[\s-]+(?:[a-z][\w-]*\s+){{0,2}}{noun_at_end[2:]}", re.IGNORECASE
    )
    seen = False
    for m in islice(reversed(holder.mentions), _MENTIONS_READ):
        if m.field != fld or m.start >= before:
            continue
        low = max(0, m.start - _QUALIFIED_REACH)
        if titled.search(masked, low, m.start) is None:
            continue
        seen = True
        q = qualified.search(masked, low, m.start)
        if q is None or q.group("q").lower() in have:
            return False  # 'Foreign Secretary Jo Vale', or 'the former chancellor' for a former one
    if seen:
        return True
    attrs = holder.attributes
    role = f"{attrs.role or ''} {attrs.organization or ''}" if attrs is not None else ""
    q = re.search(rf"\b(?P<q>{_QUALIFIER})\b", role, re.IGNORECASE)
    return q is not None and q.group("q").lower() not in have


# An indefinite spokesperson of a body named by capitalised words the index holds as no body ('But
# a Conservative spokeswoman said:', the party typed a group or nothing)
_NAMED_SPOKES = (
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    r"(?P<q>(?:[A-Z][\w'\u2019&-]*\s+){1,3})(?:[a-z][\w-]*\s+)?"
)


def spokes_of_another(masked: str, start: int, noun: str, body: Entity) -> bool:
    """Whether an indefinite spokesperson's capitalised qualifier names a body other than ``body``,
    the one whose spokesperson the text named last ('A Labour spokesman said ... But a Conservative
    spokeswoman said:'; session 35, BBC stories: she had spoken for Labour). Only the phrase's
    first words are read."""
    m = re.compile(rf"{_NAMED_SPOKES}{re.escape(noun)}\b").match(masked, start, start + 100)
    if m is None:
        return False
    forms = {m_.text for m_ in body.mentions[:_MENTIONS_READ]} | {body.name}
    named = {_bare(w) for form in forms for w in form.split()}
    return not any(_bare(w) in named for w in m.group("q").split())


def _bare(word: str) -> str:
    """A name's word in lower case without a possessive or plural ending ('Labour's', 'Tories')."""
    word = word.lower().removesuffix("'s").removesuffix("\u2019s")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


# A person heading a clause of the writer's sentence, right before its verb: at the sentence's start,
# after an opening phrase's comma or a conjunction ('Earlier, Dr Fox accused ...', '..., but Wardle
# confirmed ...', '... and Owen is confident ...'), a title allowed before the name
_TITLES = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?"
_CLAUSE_HEAD_BEFORE = re.compile(rf"(?:,\s+|\b(?:but|and|yet)\s+){_TITLES}$")
_TITLE_ONLY = re.compile(rf"\s*{_TITLES}")
_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|later\s+|then\s+)?(?:is|was|has|had|would|will|could|[a-z]{3,}ed|[a-z]{3,}s)\b(?!['\u2019])"
)
_BEFORE_REACH = 300
# A sentence headed by a body's or a place's name and a person's role before the name: "Velvet
# Moths frontwoman Ana Quell collected the prize." (session 38, unseen BBC copy: the name was no
# head, and "She told the audience:" went back to a man named two sentences before)
_ROLE_HEAD = re.compile(r"\s*(?:[A-Z][\w&'\u2019.-]*\s+){1,4}(?P<role>[a-z][a-z-]+)\s+")


def _role_head(before: str) -> bool:
    """``before`` (the sentence up to a name) is a name and a person's role word only."""
    m = _ROLE_HEAD.fullmatch(before)
    return m is not None and person_noun(m.group("role"))


def clause_subject_before(
    masked: str, pronoun: int, people: Sequence[tuple[int, int, Entity]], agree: Callable[[Entity], bool]
) -> Entity | None:
    """The one person heading a clause of the writer's sentence right before a sentence that a
    subject pronoun opens ('Earlier, Dr Fox accused Roe of lying. He told BBC Radio: "..."', 'City
    announced debts, but Wardle confirmed they would spend. He said: "..."'; session 35, BBC
    stories): "he" had gone back to the paragraph's earlier speaker past that closer subject.
    ``people``: the mentions in the bounded window before the pronoun. Null when the sentence holds
    quoted words, two such heads, or none agreeing."""
    low = max(0, pronoun - _BEFORE_REACH)
    head = masked[low:pronoun].rstrip()
    if not head.endswith((".", "!")):
        return None  # the pronoun does not open its sentence, or a quote ends the sentence before
    end = low + len(head) - 1
    stops = list(SENTENCE_END.finditer(masked, low, end))  # also past a quote's closing mark
    if not stops and low > 0:
        return None
    opened = stops[-1].end() if stops else low
    if "\x00" in masked[opened:end]:
        return None  # quoted words in the sentence: its speaker is read by the tag rules
    found: dict[str, Entity] = {}
    for m_start, m_end, ent in people:
        if not opened <= m_start < end or ent.type != "PERSON":
            continue
        before = masked[opened:m_start]
        headed = _TITLE_ONLY.fullmatch(before) or _CLAUSE_HEAD_BEFORE.search(before) or _role_head(before)
        if not headed:
            continue  # no clause break before the name: an object ('accused Mr Blair')
        if _VERB_AFTER.match(masked, m_end):
            found[ent.id] = ent
    if len(found) != 1:
        return None
    only = next(iter(found.values()))
    return only if agree(only) else None
