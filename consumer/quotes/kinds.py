"""Direct or partial: whether the quoted words open a sentence of their own or finish the writer's
(after a subject, verb, determiner or naming verb), list items, subheads, complete sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.quotes.clauses import is_clause
from consumer.quotes.cues import AUX, SMALL, SUBJECTS, VERBS
from consumer.quotes.marks import Stretch
from consumer.quotes.sentences import SENTENCE_ABBREVIATIONS
from consumer.quotes.text import last_char, split_words
from consumer.quotes.unit import Unit

# 'described it as "a magical adventure. And that only touches it."': quoted words that run on
# past a sentence end of their own are the speaker's whole sentences, not a fragment.
_SENTENCE_INSIDE = re.compile(r"(?P<word>\w+)[.!?]\s+[A-Z][\w'\u2019]*(?:\s+[\w'\u2019,-]+){2,}")


def sentence_inside(content: str) -> bool:
    """Quoted words holding a sentence end of their own ('... adventure. And that only
    touches it.'), not a full stop after an abbreviation ('proud of Mr. Hale and his staff')."""
    return any(
        len(m.group("word")) > 1 and m.group("word").lower() not in SENTENCE_ABBREVIATIONS
        for m in _SENTENCE_INSIDE.finditer(content)
    )


def listed_after(text: str, stretches: Sequence[Stretch], ids: Sequence[int], n: int) -> bool:
    """A lower-case stretch right after another that closed on a comma or no stop ('who
    "bragged about ...," "made no secret of ...," and "called ..."'): the next item of a list
    of quoted fragments inside the writer's sentence, which it does not open."""
    if not n:
        return False
    here, prev = stretches[ids[n]], stretches[ids[n - 1]]
    first = text[here.start : here.end].lstrip(" \"'\u201c\u2018(")[:1]
    return first.islower() and last_char(text[prev.start : prev.end]) not in (".", "!", "?", "\u2026")


_DETERMINERS = frozenset(
    split_words("the a an his her its their our my your these those")
)  # not "that" (said that)
_FUNCTION_AFTER = frozenset(
    split_words(
        """
    and or but nor is are was were be been has have had will would can could should may might must
    that which who for to of in on at with by as from than after before when because if while into
    over under about against between through during without since until so yet not
    he she it they we i you
    """
    )
)


# Right before an opening mark, an auxiliary or a preposition: the quoted words in lower case
# go on with the sentence's own clause, as its predicate or object ('would "take the climate
# outside the range ..."', 'were "simply ranked in merit order ..."', 'lead to "lower
# standards ..."'): a fragment, not a clause of the speaker's.
_PREDICATE_SLOT = re.compile(
    r"\b(?:is|are|was|were|be|been|being|will|would|could|should|can|may|might|must|shall|"
    r"to|of|for|with|by|from|into|about|than)\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)


def predicate_after_comma(gap: str, content: str, words: Sequence[str]) -> bool:
    """Quoted words opening with a lower-case auxiliary (or its negation) right after a comma of the
    writer's sentence, not a question: a predicate whose subject is the writer's ('critics of the
    plan, "do not understand ..."', 'the engineers, "have never been to the valley."')."""
    if not gap.rstrip(" \"'\u201c\u2018(").endswith(",") or last_char(content) == "?":
        return False
    first = words[0]
    if not first[:1].islower():
        return False
    head = re.sub(r"n['\u2019]t$", "", first.lower().rstrip(",;"))
    if head in AUX or head in ("ca", "wo", "sha"):  # "can't", "won't", "shan't"
        return True
    if head in _COORDINATORS and len(words) > 1:
        # 'said Acme had paid most bills, "but has not agreed a final settlement ..."': a second
        # predicate of the writer's subject, no subject of its own (session 31, BBC pages)
        verb = re.sub(r"n['\u2019]t$", "", words[1].lower().rstrip(",;"))
        return verb in AUX or verb in ("ca", "wo", "sha")
    return _interposed_predicate(gap, head)


_COORDINATORS = frozenset(split_words("and but yet or"))


# Session 30 (fresh web pages): the writer's subject opening the sentence, an attribution set off
# by commas, then the quoted predicate ('The storm, Gov. Jim Pell told CNN on Sunday, "broke the
# mayor's momentum."', 'The new levy, Roe said, "hit the smallest farms hardest."'): the quoted words
# finish the writer's sentence, a fragment, whatever verb opens them; read as a clause (a possessive's
# 's looks like "is"), they were direct. Only a subject that opens with a determiner and names no time
# ('The next day, Roe said, "..."' is an opening adverbial), and never quoted words that open with a
# subject, a conjunction, an adverb or an answer of their own.
_INTERPOSED_ATTRIBUTION = re.compile(
    r"\s*(?-i:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My|Your|Such|Every|Each|No)\s+"
    r"(?![^\x00,]*\b(?:day|week|month|year|morning|afternoon|evening|night|time|weekend|moment|end)s?\s*,)"
    r"[^\x00,;:.!?\"\u201c\u201d]{1,60}?,\s+"
    rf"[^\x00,;:!?\"\u201c\u201d]{{0,80}}?\b(?:{VERBS})\b[^\x00,;:!?\"\u201c\u201d]{{0,60}}?,\s*[\"'\u201c\u2018]?\s*",
    re.IGNORECASE,
)
_ANSWER_WORDS = frozenset(split_words("yes no oh ah well please thanks thank ok okay sure absolutely"))


def _interposed_predicate(gap: str, head: str) -> bool:
    """Lower-case quoted words after ``The subject, Roe said,``: the predicate of the writer's subject."""
    word = re.split(r"['\u2019]", head.strip(".!?:"))[0]
    if (
        not word.isalpha()
        or word in _OWN_SUBJECT_WORDS
        or word in _HANDING_WORDS
        or word in _ANSWER_WORDS
        or word.endswith("ly")
    ):
        return False
    return _INTERPOSED_ATTRIBUTION.fullmatch(gap) is not None


def predicate_slot(gap: str, first: str, words: Sequence[str] = ()) -> bool:
    """Lower-case quoted words after an auxiliary or a preposition, not opening with a subject
    pronoun of their own ('is "it's always about ..."' stays a clause)."""
    if not first[:1].islower():
        return False
    head = re.split(r"['\u2019]", first.lower())[0]
    if head in _DEMONSTRATIVES and words and _noun_phrase(words):
        # session 31 (BBC stories): 'protect them from "this forcible and illegitimate removal of
        # their property"': a demonstrative heading a noun phrase with no verb, the preposition's object
        return _PREPOSITION_SLOT.search(gap, max(0, len(gap) - 30)) is not None
    if head in SUBJECTS:
        return False
    return _PREDICATE_SLOT.search(gap, max(0, len(gap) - 30)) is not None


_DEMONSTRATIVES = frozenset(split_words("this these those"))
_PREPOSITION_SLOT = re.compile(
    r"\b(?:of|for|with|from|into|about|against|over|under|without|towards?)\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)


def _noun_phrase(words: Sequence[str]) -> bool:
    """No auxiliary, contraction or stop among the words after the demonstrative: no clause."""
    for word in words[1:]:
        w = word.lower().strip(",;()")
        if w in AUX or w.endswith(("n't", "n\u2019t", "'s", "\u2019s", "'re", "'ll")) or w[-1:] in ".!?":
            return False
    return True


# The word right before the mark that hands the clause to the speaker: "that", a conjunction or
# subordinator, an adverb, an addressee or the occasion of a reporting verb ('told reporters "...',
# 'said in a statement "...'); the quoted words after it may be a clause of their own.
_HANDING_WORDS = frozenset(
    split_words(
        """
    that and but or nor yet so because as while whereas when whenever if unless since before after
    although though until once where why how what whether whom now then again also today yesterday
    tonight me us him them you reporters journalists lawmakers supporters crowd audience viewers
    readers listeners colleagues members staff students residents followers fans parliament congress
    court jury committee media press statement interview letter speech post tweet email release
    briefing call message remarks video podcast broadcast radio television conference hearing meeting
    night morning afternoon evening weekend rally event ceremony summit session debate
    """
    )
)
# Quoted words opening with these bring their own subject ('said the crews "we hired ..."').
_OWN_SUBJECT_WORDS = SUBJECTS | frozenset(
    split_words("the a an my our your his its their no every all some any each many most much both such one")
)
_SPEECH_WORD = re.compile(rf"(?:{VERBS})", re.IGNORECASE)
# Only "say" can hand on the speech right after it ('Border agents "say you've got to ...," he
# said', a clause of its own, as the dev annotation has it); 'the cut "tells the market that it
# must ...," Roe said' or 'the report "warns of ..."' goes on with the writer's subject.
_SAY_WORDS = frozenset(split_words("say says said"))
# 'Cutting the subsidy -- the agency's main income -- "tells ...': an aside between two dashes
# after the writer's subject, read past to the word before it (a single dash is left alone:
# 'The advice was simple -- "get out"').
_DASHED_ASIDE_REACH = 160
_DASHED_ASIDE = re.compile(
    r"(?<=\w)\s*(?:--|\u2014|\u2013)(?:(?!--)[^\u2014\u2013\"\u201c\u201d\n]){1,150}(?:--|\u2014|\u2013)$"
)


def writers_clause_goes_on(
    gap: str, first: str, said_after: bool = False, following: Sequence[str] = ()
) -> bool:
    """Lower-case quoted words that carry on the writer's own clause: after its subject ('People
    who tried it "report it as ..."', 'said the crews in 2019 "worked ..."'), its verb or auxiliary
    ('the bank has "accessed ..."', 'by connecting "regions that rarely talk," said Roe'), a
    determiner ('her "administration will ..."') or a relative pronoun ('who "bragged about ..."'):
    the sentence was begun outside the marks, so the words are a fragment of it however many verbs
    they hold, also with an attribution after the mark (session 23). There, quoted words opening
    with "say" ('Border agents "say you've got to ...," he said') carry a clause of their own, as
    the dev annotation has it; other speech verbs ('the cut "tells the market that ...," Roe
    said') and a dashed aside before the mark ('the cut -- the main income -- "tells ...') do
    not change the reading (session 27)."""
    if not first[:1].islower() or re.split(r"['\u2019]", first.lower())[0] in _OWN_SUBJECT_WORDS:
        return False
    if said_after and first.lower().strip(",.;:") in _SAY_WORDS:
        return False
    if _POSSESSIVE_BEFORE.search(gap, max(0, len(gap) - _POSSESSIVE_REACH)) is not None:
        return True  # 'said Jobs' "extraordinary vision ... saved", 'Acme's "plan will ...' (session 28)
    tail = gap.rstrip(" \"'\u201c\u2018")
    aside = _DASHED_ASIDE.search(tail, max(0, len(tail) - _DASHED_ASIDE_REACH))
    if aside is not None:
        tail = tail[: aside.start()]
    if not tail or not (tail[-1].isalnum()):
        return False  # a comma, colon or dash before the mark: the shapes read elsewhere
    last = tail.rsplit(None, 1)[-1]  # the last word only: the gap can run a sentence long
    low = last.lower()
    if low in _DETERMINERS or last in _OPENING_DEMONSTRATIVES:
        return True
    if last[:1].isupper() and _name_subject_verb(tail, first, following):
        return True  # 'hoped Welch "finds the happiness ..."' (session 31)
    return not (
        last[:1].isupper()  # a name or a sentence's first word: an addressee ('told CNN "...')
        or low in _HANDING_WORDS
        or low.endswith("ly")
        or _SPEECH_WORD.fullmatch(low) is not None
    )


# Session 31 (BBC and Reuters stories): a name right before the mark heads the writer's clause when
# the quoted words open on a finite verb of the third person and go on with its object or an adverb
# ('said they hoped Welch "finds the happiness he is looking for"', 'that the code "recognises a
# wider ..."'): the quoted predicate finishes the writer's sentence, a fragment, though a clause
# inside it ('he is looking') read it as one. Not after a verb of telling or a preposition, whose
# object the name is ('told CNN "...'), and not plural nouns opening a clause of their own
# ('told Acme "prices are ..."': the word after is no object or adverb).
_FINITE_S_ED = re.compile(r"[a-z]{2,}(?:[^suio\W]s|ed)")
_NOT_VERBS = frozenset(
    split_words(
        """
    news yes hers ours yours theirs thanks series species lots plus always perhaps sometimes besides
    towards afterwards whereas
    """
    )
)
_OBJECT_OPENERS = frozenset(
    split_words(
        """
    the a an his her its their our my your this that these those no every all some any each much more
    it him them us me you what how up down out off back to in on at for with from into about over
    not never also still just only so too very well again here there nothing everything something
    """
    )
)
_ADDRESSING = frozenset(
    split_words(
        """
    told tells tell telling asked asks ask asking informed assured reminded urged warned advised
    wrote emailed texted to on in at from by for via through with of about as than called named
    dubbed labelled labeled
    """
    )
)
_NAME_WORDS = 4


def _name_subject_verb(tail: str, first: str, following: Sequence[str]) -> bool:
    """The capitalised words ending ``tail`` are the writer's subject and ``first`` and the words
    ``following`` it open its predicate ('hoped Welch "finds the ...'), not an addressee ('told CNN
    "...') nor a subject of the quote's own ('"ships for the port are late"': an auxiliary after a
    word other than a subject pronoun)."""
    low = first.lower().rstrip(",;")
    if _FINITE_S_ED.fullmatch(low) is None or low in _NOT_VERBS:
        return False
    if not following or following[0].lower().strip(",;") not in _OBJECT_OPENERS:
        return False
    before = low
    for word in following[:_NAME_WORDS]:
        w = word.lower().strip(",;.")
        if w in AUX and before not in SUBJECTS:
            return False
        before = w
    words = tail.rsplit(None, _NAME_WORDS + 1)[-_NAME_WORDS - 1 :]
    while words and words[-1][:1].isupper():
        words.pop()
    return not words or words[-1].lower() not in _ADDRESSING


# Session 28 (fresh web pages): the word before the mark read as the writer's determiner.
# A possessive ('Jobs' "', 'Acme's "', 'Acme\u2019s \u201c') heads the writer's noun phrase as 'her'
# does; its apostrophe was stripped with the mark, or the capital read it as an addressee.
_POSSESSIVE_REACH = 12
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z](?:['\u2019]s|s['\u2019])\s*[\"'\u201c\u2018]?\s*$")
# 'That "unique ability ... is what ..."': a demonstrative opening the sentence, not "said that".
_OPENING_DEMONSTRATIVES = frozenset(split_words("That This"))


# Session 29 (fresh web pages): an article or a possessive determiner right before the mark begins
# the writer's noun phrase ('called them the "Lego for the tablet generation,"', 'described the plan
# as a "Recipe for disaster ..."', 'called the "most sophisticated doping program the sport has
# ever seen"'); the quoted words finish it whatever their case or verbs, opening no sentence.
_NOUN_PHRASE_OPENERS = frozenset(split_words("the a an its their our your my"))
_ARTICLE_REACH = 40


def after_article(gap: str) -> bool:
    """The writer's article or determiner right before the mark (not 'his'/'her', which may be the
    addressee of 'told her "..."')."""
    tail = gap[-_ARTICLE_REACH:].rstrip(" \"'\u201c\u2018")
    return bool(tail) and tail[-1].isalpha() and tail.split()[-1].lower() in _NOUN_PHRASE_OPENERS


# 'as Roe calls them, "...', 'Roe described it, "...': a verb of naming and its object before the
# comma; the quoted words are Roe's name for the thing, opening no sentence of their own.
_NAMING_VERBS = frozenset(split_words("call calls called described describes dubs dubbed terms termed"))
_NAMING_REST = re.compile(r"\s+(?:it|them|him|her|this|that|these|those)\s*,\s*[\"'\u201c\u2018]?\s*$")


def naming_lead(before: re.Match[str]) -> bool:
    """The attribution before the mark is a naming verb and its pronoun object ('calls them,')."""
    return (
        before.group("verb").lower() in _NAMING_VERBS
        and _NAMING_REST.fullmatch(before.group("rest")) is not None
    )


_TERM_WORDS = 4
# after the mark, words of time and degree that modify no noun ('praised their "..." last week')
_NOT_NOUNS = frozenset(
    split_words(
        "last next this that these those every each today tonight yesterday tomorrow again ago earlier "
        "later now then too also ever once twice here there instead anyway"
    )
)
_TERM_REACH = 40
_WORD_AFTER_CLOSE = re.compile(r"[\"'\u201d\u2019]*\s+([a-z][\w-]*)")


def modifier_slot(masked: str, gap: str, close: int, n_words: int) -> bool:
    """A short quote between a determiner and a content word ('his "tough on China" stance',
    'a "phase one" deal'): a term used as a modifier, not words anyone is quoted as saying. A
    question or exclamation in that slot names its thing whatever its length ('those "Where are
    they now?" segments'; session 23): the caller passes 0 words for it."""
    if n_words > _TERM_WORDS:
        return False
    before = gap[-_TERM_REACH:].rstrip(" \"'\u201c\u2018").split()
    if not before or before[-1].lower() not in _DETERMINERS:
        return False
    after = _WORD_AFTER_CLOSE.match(masked, close, close + _TERM_REACH)
    if after is None or after.group(1) in _FUNCTION_AFTER:
        return False
    # a quoted clause (0 words) names its thing only before a noun: not 'their "..." last week'
    return n_words > 0 or (after.group(1) not in _NOT_NOUNS and not after.group(1).endswith("ly"))


_SUBHEAD_WORDS = 8


def quoted_subhead(text: str, para_start: int, para_end: int, unit: Unit) -> bool:
    """A paragraph that is nothing but a short quoted phrase with no closing punctuation
    ('"Alarming mortality rate"') is a subheading quoting the story, not a quote of its own."""
    if unit.kind != "direct" or unit.attributed or len(unit.spans) != 1:
        return False
    start, end = unit.spans[0]
    quoted = text[start:end]
    if len(quoted.split()) > _SUBHEAD_WORDS or complete_words(quoted):
        return False
    marks = " \t\n\"'\u201c\u201d\u2018\u2019"
    rest = (text[para_start:start] + text[end:para_end]).strip(marks)
    if not rest:
        return True
    # "'The Medium is the Message': the 7th Amsterdam Light Festival": a quoted title opening a
    # line, a colon, then a label in lower case; '"We will win": Minister vows' is a quote.
    after = text[end:para_end].lstrip(marks)
    label = after[1:].lstrip() if after.startswith(":") else ""
    opens_line = not text[para_start:start].strip(marks)
    later = [w for w in quoted.split()[1:] if w.lower() not in SMALL and w.lower() not in AUX]
    titled = bool(later) and all(w[:1].isupper() for w in later)  # "Medium ... Message"
    return opens_line and titled and bool(label) and (label[:1].islower() or label.startswith("the "))


def complete_words(content: str) -> bool:
    """The quoted words end as a quoted sentence does: with , . ! ? or a dash or an ellipsis."""
    return last_char(content) in (",", ".", "!", "?", ";", ":", "\u2026", "-", "\u2014", "\u2013")


def sentence_quoted(content: str, words: Sequence[str]) -> bool:
    """Quoted words that are a sentence of their own: a capital first, a full stop, ! or ? last."""
    return len(words) >= 2 and words[0][:1].isupper() and last_char(content) in (".", "!", "?")


def complete(text: str, unit: Unit) -> bool:
    start, end = unit.spans[-1]
    return complete_words(text[start:end])


# Session 31 (BBC stories): an anticipatory 'it' and its predicate in the marks, the real subject in
# the writer's words after them ('He said "it is more likely than not" that the ban would be
# lifted'): the quoted clause is finished outside the marks, a fragment of the reported sentence.
# Only a short predicate with no stop of its own and a 'that'/'whether'/'to' clause right after.
_EXTRAPOSED_IT = re.compile(
    r"it(?:['\u2019]s|\s+(?:is|was|will\s+be|would\s+be|seems|seemed|looks|looked))"
    r"(?:\s+[^\s.,;:!?\"\u201c\u201d]+){1,6}",
    re.IGNORECASE,
)
_COMPLEMENT_AFTER = re.compile(r"[\"'\u201d\u2019]\s+(?:that|whether|to)\s+\w")


def extraposed_it(content: str, masked: str, close: int) -> bool:
    """Quoted 'it is ADJ ...' whose 'that' clause the writer supplies right after the mark."""
    return (
        _EXTRAPOSED_IT.fullmatch(content.strip()) is not None
        and _COMPLEMENT_AFTER.match(masked, close, close + 12) is not None
    )


# Session 31 (BBC stories): a quoted clause joined by the writer's 'and'/'or'/'but' to a quoted
# fragment in lower case ('insisted that "what they were was anti-Tory" and "not in any way
# anti-Semitic"'): both are complements of the writer's verb, items of the writer's sentence, so the
# clause is partial like its fragment. A second item that is a clause of its own leaves it alone.
_COORDINATED_AFTER = re.compile(r"[\"'\u201d\u2019]\s*,?\s+(?:and|or|but)\s+[\"\u201c]")


def coordinated_with_fragment(masked: str, close: int, next_content: str | None) -> bool:
    """The writer's conjunction right after the mark, then a quoted lower-case fragment."""
    if next_content is None or _COORDINATED_AFTER.match(masked, close, close + 12) is None:
        return False
    words = next_content.split()
    return bool(words) and words[0][:1].islower() and not is_clause(words)


# Session 35 (BBC and Reuters stories): quoted words opening on a lower-case "that" inside the
# writer's sentence finish it: a relative clause on the writer's noun ('a funding arrangement "that
# is affordable and workable"', 'the bill was not one "that a free trader could endorse"') or a
# complement clause whose "that" was quoted with it ('he added "that the old system will be
# replaced"'): a fragment, partial, as 'who "..."' and 'because "..."' are. Not a demonstrative
# subject after a verb of saying ('Roe said "that is not true."'), whose words are a clause.
_THAT_CLAUSE_SUBJECTS = frozenset(
    split_words("the a an his her its their our my your we they he she i you")
    + split_words("there some no all every each any")
)


def that_fragment(gap: str, words: Sequence[str]) -> bool:
    """The quoted words open on "that" right after a word of the writer's: their clause is the
    writer's relative or complement clause, not a sentence of the speaker's."""
    if len(words) < 3 or words[0] != "that":
        return False
    tail = gap[-_ARTICLE_REACH:].rstrip(" \"'\u201c\u2018")
    if not tail or not tail[-1].isalnum():
        return False  # a comma, a colon or nothing before the mark: the quote opens its words
    following = words[1].lower().strip(",;")
    if following in _THAT_CLAUSE_SUBJECTS or words[1][:1].isupper():
        return True  # 'added "that the plan ...': the subject of the clause "that" opens
    last = tail.split()[-1].lower()
    if following in _FRAGMENT_PREPOSITIONS and following != "like":
        # 'rather "that for the few who fall ill the clinics need ..."' (session 43): a complement
        # clause fronting a phrase; not a demonstrative after a verb of saying ('said "that for me was ..."')
        return last not in _HANDING_WORDS and _SPEECH_WORD.fullmatch(last) is None
    return (
        following in AUX
        and not last[:1].isupper()
        and last not in _HANDING_WORDS
        and _SPEECH_WORD.fullmatch(last) is None
    )  # 'an arrangement "that is ...': after the writer's noun


# Session 35 (Reuters and BBC stories): lower-case quoted words right after the writer's comma that
# open with no subject of their own: a participle, a preposition or a verb and its "to", after at
# most two adverbs ('..., a magazine article, "clearly aimed at those who shop," he said', 'one bank,
# which he declined to name, "wants to put the loans on a cash basis"', 'a new partnership with
# Congress, "especially on foreign policy."'): the rest of the writer's sentence, a fragment, as
# 'critics of the plan, "do not understand ..."' is; they were direct.
_FRAGMENT_PREPOSITIONS = frozenset(
    split_words("on in at for with by from of about over under into onto against without than like as")
)
_FRAGMENT_ADVERBS = 2
_TAG_REACH = 80
_PAST = re.compile(r"[a-z]{3,}ed")  # 'which she declined': a verb of the writer's clause
_FRAGMENT_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing)")
# a subject of its own though it ends like a participle ('nothing has changed'), or some other
# indefinite pronoun; words in -ed or -ing that are no participles ('indeed we are happy')
_INDEFINITE_SUBJECTS = frozenset(
    f"{lead}{tail}" for lead in split_words("no some any every") for tail in split_words("thing body one")
)
_NOT_PARTICIPLES = frozenset(
    split_words("indeed hundred kindred speed proceed succeed exceed greed creed breed morning evening")
)
_FINITE_AUX = AUX - frozenset(split_words("be been being"))


def fragment_after_comma(gap: str, words: Sequence[str]) -> bool:
    """Lower-case quoted words after the writer's comma that open no clause of their own."""
    if len(words) < 2 or not words[0][:1].islower():
        return False
    tail = gap.rstrip(" \"'\u201c\u2018(")
    if not tail.endswith(",") or not tail[:-1].strip():
        return False
    if _tag_before_comma(tail[-_TAG_REACH:-1].split()):
        return False  # 'Roe said, "in my view ...', 'told the BBC, "...': the speaker's words after the tag
    low = [w.lower().strip(",;:.()") for w in words]
    at = 0
    while at < min(_FRAGMENT_ADVERBS, len(low) - 1) and low[at].endswith("ly") and low[at] not in SUBJECTS:
        at += 1
    first, nxt = low[at], low[at + 1] if at + 1 < len(low) else ""
    if first in SUBJECTS or first in AUX or first in _INDEFINITE_SUBJECTS:
        return False
    if nxt in _FINITE_AUX or nxt.endswith(("n't", "n\u2019t")):
        return False  # 'striking was our last resort': a finite verb after the first word, its subject
    return (
        first in _FRAGMENT_PREPOSITIONS
        or (_FRAGMENT_PARTICIPLE.fullmatch(first) is not None and first not in _NOT_PARTICIPLES)
        or (first.endswith("s") and nxt == "to")
    )


# Session 43 (fresh web pages): lower-case quoted words opening on a participle right after the
# writer's "and" or "or" with no comma ('recalled Roe walking in and "going far off the plan in a way
# only she could do"'): a second item of the writer's phrase, a fragment, though a clause follows inside.
_COORDINATOR_BEFORE = re.compile(r"\b(?:and|or)\s*[\"'\u201c\u2018]?\s*$")
_COORDINATED_PARTICIPLE = re.compile(r"[a-z]{2,}ing|[a-z]{3,}ed")  # 'going', 'pushing', 'worked'


def participle_after_coordinator(gap: str, words: Sequence[str]) -> bool:
    """Quoted words opening on a lower-case participle right after the writer's "and"/"or"."""
    if len(words) < 2 or _COORDINATOR_BEFORE.search(gap[-_ARTICLE_REACH:]) is None:
        return False
    first = words[0].strip(",;:.")
    return (
        first[:1].islower()
        and _COORDINATED_PARTICIPLE.fullmatch(first) is not None
        and first not in _NOT_PARTICIPLES
        and not first.endswith("thing")  # 'and "nothing will change"': a subject of its own
        and words[1].lower().strip(",;:") not in _FINITE_AUX
    )


def _tag_before_comma(before: Sequence[str]) -> bool:
    """The writer's words before the comma end with a verb of saying and its addressee or occasion
    only ('said,', 'told reporters,', 'said in a statement to the council,'): no subject or finite
    verb after the verb, where a reported clause ('said he hoped Lee would help ...,') has one."""
    for at in range(len(before) - 1, -1, -1):
        if _SPEECH_WORD.fullmatch(before[at].lower()) is not None:
            rest = [w.lower().strip(",;:()") for w in before[at + 1 :]]
            return not any(w in AUX or w in SUBJECTS or _PAST.fullmatch(w) for w in rest)
    return False
