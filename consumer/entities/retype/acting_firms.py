"""A product's name that acts as a firm does is the firm's, on that mention (``ORGANIZATION``).

Software houses, exchanges and small makers share their names with their products ("Symbian",
"Opera", an index's short name); the list or the model then reads the product where the story
means the company: "Kelvix said it had sporadic reports", "a Kelvix spokeswoman", "Kelvix
reported earnings of ...", "Kelvix's chief executive". A made thing does none of these, so the
words right after the mention settle it. Never a name with a digit (a model: "the Vela 5 has"),
a given name first (a voice assistant speaks: "Clara said it would rain") nor more than three
words; a verb's subject is never a preposition's object ("Fans of Kelvix said so"); only a few
words either side of the mention are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.kinds import listed_product

_FIRM_ACTS = re.compile(
    r"(?:['\u2019]s)?[ \t]{1,3}(?:(?P<verb>said|says|told|announced|reported|declined|hired|sued)|"
    r"spokes(?:man|woman|person)|executives|(?:chief|managing)[ \t]+(?:executive|director)|shareholders|"
    r"board[ \t]+of[ \t]+directors|shares[ \t]+(?:rose|fell|closed|jumped|dropped|gained|slipped))\b"
)
# a preposition's object is no verb's subject: "Fans of Kelvix said so" is the fans' saying
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|for|from|with|to|by|at|on|in|about|than|like|into|over)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
_NAME_WORD = re.compile(r"[A-Z][\w&.+-]*")


def acting_firm(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A product's reading (the model's, the list's, or a listed product under a model body) of one
    to three capitalised words with no digit, right before a firm's act: the firm."""
    if cand.origin not in ("ner", "gazetteer") or cand.type not in ("PRODUCT", "ORGANIZATION"):
        return False  # a product's or a body's reading only: most listed names are places
    act = _FIRM_ACTS.match(text, cand.end)  # the cheap trigger first: a firm's act right after
    if act is None:
        return False
    if cand.type != "PRODUCT" and not (
        cand.type == "ORGANIZATION" and cand.entry is None and listed_product(surface, gazetteer) is not None
    ):
        return False
    words = surface.split()
    if not 1 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(ch.isdigit() for ch in surface) or is_given_name(words[0]):
        return False
    return (
        act.group("verb") is None or _OBJECT_BEFORE.search(text, max(0, cand.start - 12), cand.start) is None
    )


# one to four capitalised words right before a firm's act, an article before them left out
_ACTING_NAME = re.compile(
    r"(?:\b(?:[Tt]he|An?)[ \t]+)?((?:[A-Z][\w&.+'\u2019-]*[ \t]+){0,3}[A-Z][\w&.+-]*)(?="
    + _FIRM_ACTS.pattern
    + ")"
)


@lru_cache(maxsize=8)
def acting_names(text: str) -> frozenset[str]:
    """The names (lower-cased) a text writes right before a firm's act ("Kelby League said", "a
    Zelvo spokeswoman"), read once per text: a kind rule's type, which speaks for every mention of
    its name, must not turn a body that speaks elsewhere into its league, event or product."""
    return frozenset(m.group(1).lower() for m in _ACTING_NAME.finditer(text))
