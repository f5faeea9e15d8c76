"""Does quoted text read as a clause or as a title: a subject and a finite verb, a subordinator or
relative word, title case, and the lower-case list after a colon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.quotes.cues import AUX, SMALL, SUBJECTS
from consumer.quotes.text import split_words


def _sentence_after_article(words: Sequence[str], low: Sequence[str]) -> bool:
    """'with unemployment so low "the greater risks are clearly that ..."': an article, its noun
    and a finite verb soon after, closed by the quote's own full stop: a sentence, not a name."""
    return words[-1].endswith((".", "!", "?")) and any(w in AUX for w in low[2:5])


# After a reporting verb, words that make what follows it a clause of the writer's ('said the
# causes were plain:', 'explained that the groups included:').
_CLAUSE_AFTER_VERB = re.compile(
    r"\b(?:that|is|are|was|were|be|been|has|have|had|includes?|included)\b", re.IGNORECASE
)
_LEAD_IN_WORDS = 3  # 'told reporters:', 'said in a statement:': the attribution itself ends at the colon


def colon_fragment(rest: str, gap: str, words: Sequence[str]) -> bool:
    """Lower-case quoted words with no clause of their own after a colon that closes a clause of
    the writer's, its reporting verb further back ('Roe said the causes were plain: "poor planning,
    weak oversight ..."', 'Roe explained that the groups included: "the council, the port ..."'):
    a list or phrase inside the writer's sentence, partial, not a quote the colon opens (session
    23); 'Roe said: "absolutely not ..."' and 'Roe told reporters in May: "..."' open one. Session
    31 (BBC pages): a comma closing the writer's clause does the same ('Roe said it was better than
    the old ferry, "just sitting there, wasting away"'), not 'Roe said, "absolutely not"'. ``rest``
    is the text from the reporting verb (or the sentence's last closing mark) to the mark."""
    if not gap.rstrip().endswith((":", ",")) or not words[0][:1].islower() or is_clause(words):
        return False
    lead = rest.rstrip(" :\"'\u201c\u2018(").split()
    return len(lead) > _LEAD_IN_WORDS and _CLAUSE_AFTER_VERB.search(" ".join(lead)) is not None


_SUBORDINATORS = frozenset(split_words("because although though unless whereas if"))
# A relative word opening quoted words after the writer's comma ('... to Surabaya, "where a team
# will ...', 'a plant in Ohio, "which will employ ..."'): the rest of the writer's sentence.
RELATIVES = frozenset(split_words("which where whose whom"))


def is_clause(words: Sequence[str], after_that: bool = False) -> bool:
    """A full clause (a subject and a finite verb, roughly), not a fragment; 'said that "the ...' may
    open with an article."""
    low = [w.lower().strip(",.;:!?()[]\u2014") for w in words]
    if len(low) >= 5 and words[0][:1].isupper():
        return True  # quoted words that open with a capital start a sentence of their own
    if len(low) < 4 or (
        low[0] in ("a", "an", "the") and not (after_that or _sentence_after_article(words, low))
    ):
        return False
    if (low[0] in AUX or low[0].endswith(("n't", "n\u2019t"))) and words[0][:1].islower():
        # 'the plan "is consistent with our objectives"', 'Roe "didn't fight hard enough"': a
        # predicate without its subject
        return False
    if (low[0] in _SUBORDINATORS or low[0] in RELATIVES) and words[0][:1].islower():
        return False  # 'was told to leave "because he was ..."': the rest of a sentence begun outside
    if low[0] in SUBJECTS and len(low) >= 3:
        return True
    return any(
        w in AUX or w.endswith(("n't", "n\u2019t", "'s", "\u2019s", "'re", "\u2019re", "'ll")) for w in low
    )


def is_title(words: Sequence[str]) -> bool:
    """Every word capitalised (small words aside), no closing punctuation: a name or a title."""
    if words[-1][-1:] in "!?" or any(w[-1:] in ".!?" for w in words[:-1]):
        return False
    caps = [w for w in words if w.lower() not in SMALL and w[:1].isalnum()]
    return bool(caps) and all(w[:1].isupper() or w[:1].isdigit() for w in caps) and len(words) <= 8


_TITLE_MAX_WORDS = 24
_TITLE_CAPS_SHARE = 0.7
_TITLE_MIN_CAPS = 3


def headline_cased(words: Sequence[str]) -> bool:
    """A longer title than ``is_title`` reads, as a reference list or a letters page cites it
    ('"Visualizing Data Using t-SNE"', '"An Experimental Study of Diversity with Off-the-shelf
    Engines"'): no stop anywhere, and most words past the small ones capitalised. Read only
    when no one is named as saying the words: a sentence would end on its stop."""
    if len(words) > _TITLE_MAX_WORDS or any(
        w.rstrip("'\u2019\u201d\")")[-1:] in (".", "!", "?") for w in words
    ):
        return False
    content = [w for w in words if w.lower().strip(",:;") not in SMALL and w[:1].isalpha()]
    caps = sum(1 for w in content if w[:1].isupper())
    return caps >= _TITLE_MIN_CAPS and caps >= _TITLE_CAPS_SHARE * len(content)
