"""An ordinary word opening a sentence that the model reads as an organisation (issue 11).

The small model takes many a capitalised common word at a sentence's start for a body:
"Altogether, the agency ...", "Inference, close reading and ...", "House prices fell ...",
"Wheelchair user Jo Roe ...", "Chemical firms reported ...". The annotations never count such a
word ("sentence-initial capitalised ordinary words" are no entities). A word is taken for one
only where every cue agrees: one title-case word, found by the model alone, opening a sentence of
the body; an English dictionary word (``dictionary``) that no list knows, no given name, no
body's head word ("Police said") and no state's body written alone ("Customs figures showed");
never written by the story in mid-sentence (a company the story is about is: "Fiat said ...
shares in Fiat"); and then a comma before a lower-case word that is no function word, or an
adverb's comma ("Currently, the ..."), or a hyphen and a lower-case word ("Chart-topping"), or
"of" and a lower-case word ("Groups of strikers"), or a lower-case word that is no function word,
no verb of saying, no past tense and no firm's own thing ("Dodge shares fell", "Kelvo
executives"), with no role or people's word in the next three ("Tarvo spokesman Jo Roe", "Tigers
coach ...": a body's own people keep it a body). A capitalised word
after it ("Labour MP ..."), a possessive or a verb's function word ("Parliament will ...") keeps
the model's reading, save an article after a word of WordNet's verbs, adjectives and adverbs
(session 47: "Grease a tin ...", "Following the merger of ...", an instruction or a participle,
no body; on 398 fresh pages two such bodies dropped, both rightly). On 2,400 BBC and Reuters
stories this and ``opening_adverb`` dropped 21 bodies, 20 rightly; the wrong one a party named
before its campaign's officer ("Labour election campaign coordinator Jo Roe", which reads as
"Wheelchair user Jo Roe" does).

Cost: tried only for a one-word model body; it reads a few characters before the word and at most
80 after it, and the dictionary is read once per process.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.attributes import ROLE_WORDS
from consumer.entities.dictionary import describing_words, dictionary_words, in_dictionary
from consumer.entities.retype.heads import is_head_word
from consumer.entities.retype.lexicons import word_list
from consumer.lexicon import PEOPLE_NOUNS

_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
# what may stand between a sentence's end and its first word: spaces and an opening quote
_OPENING = re.compile(r"(?:[.!?][\"”’')]?[ \t]+|\n[ \t]*)[\"“‘]?$")
_AFTER = re.compile(r"(,[ \t]+|-|[ \t]+)([a-z][a-z-]*)\b")
_LOWER_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
_WINDOW = 80
# a state's bodies a story names by their common word alone ("Customs figures showed ...",
# "Parliament will ..."); with a body's head word ("Police said ...", "Council officials ...")
_STATE_BODIES = frozenset(("customs", "parliament", "congress", "senate", "treasury", "army", "military"))
# a company's verbs of saying after its name ("Tarvo said ...") keep it a body, and so do its own
# shares, results, people and works ("Dodge shares fell", "Harbor executives met", "Kelvo plant")
_SAYS = frozenset({"said", "says", "told", "tells"})
# the endings of an apposition's first word after a body's name and its comma: a maker, an
# operator, a subsidiary, a firm based or owned somewhere
_DESCRIBING = ("er", "or", "ed", "ary")
_FIRMS_OWN = frozenset(
    word_list(
        "share shares stock stocks stake profit profits sales revenue revenues earnings results chief "
        "boss bosses executive executives workers staff employees shareholders plant plants factory "
        "factories unit subsidiary board directors bid offer deal brand cars vehicles dealers stores "
        "customers fans players squad manager owner owners"
    )
)


# Session 47: an article right after an opening word that is a verb, an adjective or an adverb
# in WordNet is the object of an instruction or of a participle ("Grease a tin with ...",
# "Choose a colour", "Following the merger of ..."): a body's name is followed by its verb, never
# by an article ("Harbor the bank" is no sentence), and a body named by such a word is one the
# lists know or the story writes in mid-sentence, which never reach this test.
_ARTICLES = frozenset(("a", "an", "the", "your"))


# a title-case word and a capitalised word after it: the head of a longer name ("Continental
# Airlines Inc"), or of a title-case heading's run, which only keeps a word the model read
_NAME_HEAD = re.compile(r"\b([A-Z][a-z]+)[ \t]+[A-Z]")


def name_heads(*texts: str) -> frozenset[str]:
    """The lower-cased first words of the story's capitalised runs of two words or more, read once
    per article: a one-word body opening a sentence on one of them ("Continental plans to raise
    ..." after "Continental Airlines Inc said ...") is the longer name's short form."""
    return frozenset(m.group(1).lower() for text in texts for m in _NAME_HEAD.finditer(text))


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence."""
    low = max(0, start - 6)
    before = text[low:start]
    if low == 0 and not before.strip(' \t"“‘'):
        return True
    return _OPENING.search(before) is not None


def opening_adverb(text: str, start: int, end: int) -> bool:
    """One title-case word opening the text, a line or a sentence that is an English adverb
    ("Altogether, the agency ...", "Currently, the union ..."): no name, whatever apposition
    follows it (``rules.appositive_orgs`` asks)."""
    surface = text[start:end]
    if not _TITLE_WORD.fullmatch(surface) or surface.lower() not in dictionary_words()[1]:
        return False
    return opens_sentence(text, start)


def _keeps_body(text: str, end: int) -> bool:
    """A role or people's word among the next three lower-case words: the body's own people."""
    pos = end
    for _ in range(3):
        m = _LOWER_WORD.match(text, pos, min(len(text), end + _WINDOW))
        if m is None:
            return False
        if m.group(1) in ROLE_WORDS or m.group(1) in PEOPLE_NOUNS:
            return True
        pos = m.end()
    return False


def opening_common_word(text: str, start: int, end: int, cases: dict[str, str], listed: bool) -> bool:
    """A one-word model body at ``text[start:end]`` that is an ordinary word opening a sentence.

    ``cases`` is the story's mid-sentence spelling of each word (``rules.case_map``); ``listed``
    says whether a list (gazetteer, given names) knows the word."""
    surface = text[start:end]
    low = surface.lower()
    if listed or low in cases or not _TITLE_WORD.fullmatch(surface):
        return False
    if low in _STATE_BODIES or is_head_word(low):
        return False
    words, adverbs = dictionary_words()
    if not in_dictionary(low, words) or not opens_sentence(text, start):
        return False
    m = _AFTER.match(text, end, min(len(text), end + _WINDOW))
    if m is None:
        return False
    glue, nxt = m.group(1), m.group(2)
    if glue.startswith(","):
        # "Dodge, maker of trucks, said", "Harbor, based in Ohio,": an apposition's describing
        # noun or participle keeps the firm; "Inference, close reading and ..." is a list
        return low in adverbs or not (nxt in STOP_WORDS or nxt in _FIRMS_OWN or nxt.endswith(_DESCRIBING))
    if glue == "-":
        return True
    if glue.isspace() and nxt in _ARTICLES:
        return in_dictionary(low, describing_words())
    if nxt == "of":
        # "Conversion of bank debt ...", "Groups of strikers marched": a common noun's phrase (a
        # body's "of" runs on to a capitalised word, "Bank of Tarvia", and the model takes it in)
        return _LOWER_WORD.match(text, m.end(), min(len(text), end + _WINDOW)) is not None
    if nxt in STOP_WORDS or nxt in _SAYS or nxt in _FIRMS_OWN or nxt.endswith("ed"):
        return False
    if nxt in ROLE_WORDS or nxt in PEOPLE_NOUNS:
        return False
    return not _keeps_body(text, end)
