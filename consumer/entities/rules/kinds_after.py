"""Names a lower-case kind after them says what they are: "the Foodily app" (an app, `PRODUCT`),
"the Zillow website", "People magazine" (a site or a magazine, `ORGANIZATION`, as the
conventions type online platforms and publications). The small model misses such names when
they are made-up words; the extractor adds them only where nothing else found a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consumer.entities.rules.shared import matches_at_literals
from consumer.events import EntityType

# the kind word, found first (``str.find`` of a few lower-case words), then the name before it
_KIND = re.compile(r" (?P<kind>app|website|web site|magazine)\b(?!-)")
_KIND_LITERALS = (" app", " website", " web site", " magazine")
_KIND_TYPES: dict[str, EntityType] = {
    "app": "PRODUCT",
    "website": "ORGANIZATION",
    "web site": "ORGANIZATION",
    "magazine": "ORGANIZATION",
}
# One to three capitalised words, no possessive ("Amy's blog" is hers), after a lower-case word,
# a comma or a bracket (so never a sentence's or a heading's first word) and right before the kind.
_WORD = r"[A-Z][\w&!.-]*[\w&!]"
_NAME_BEFORE = re.compile(rf"(?<=[a-z,;(] )(?P<name>{_WORD}(?: {_WORD}){{0,2}}) $")
_REACH = 60  # characters before the kind: three words of a name
# words that name a platform, a medium or a manner before the kind, no app or site of their own
_NOT_NAME_WORDS = frozenset(
    (
        *("internet", "web", "online", "mobile", "android", "ios", "mac", "windows", "desktop"),
        *("smartphone", "phone", "tablet", "new", "free", "official", "news", "dating", "video"),
    )
)


def kind_after_names(text: str) -> Iterator[tuple[int, int, EntityType]]:
    """ "the Foodily app", "the Zillow website", "to People magazine": the name before the kind
    and the kind's type; never a word in capitals only ("the DIY website"), a platform's word
    ("the Android app", "an Internet website") or a possessive."""
    for kind in matches_at_literals(_KIND, text, _KIND_LITERALS):
        match = _NAME_BEFORE.search(text, max(0, kind.start() - _REACH), kind.start() + 1)
        if match is None:
            continue
        words = match.group("name").split()
        if any(w.isupper() or w.lower() in _NOT_NAME_WORDS for w in words):
            continue
        yield match.start("name"), match.end("name"), _KIND_TYPES[kind.group("kind")]
