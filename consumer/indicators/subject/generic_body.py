"""A public body agency copy names by its kind alone, capitalised: "The Ministry said", "The
Department said", "The Treasury said".

Reuters capitalises the second mention of a ministry or a department ("the Finance Ministry
said ... The Ministry said February exports totalled 73.8 billion francs"). The entity stage
names no entity for the bare kind, so the test for a name it missed heading the clause read the
capital as one, and the place fallback gave the reported statistic no owner, while the same
sentence with "The ministry said" gave it the story's country. A body reporting a statistic is
its source, not its owner (session 41, ``valuing_source``), so the capital is no name here.
"""

from __future__ import annotations

import re

# The kinds of public body that report a country's statistics, named alone after "The"
_KINDS = frozenset({"Ministry", "Department", "Bureau", "Office", "Treasury", "Agency", "Government"})
_THE = "The "
# then a verb, never "of" and a name: "The Ministry of Orbel said" is a name the stage missed
_VERB_AFTER = re.compile(r"\s+(?!of\b)[a-z]")


def generic_body(text: str, start: int, word: str) -> bool:
    """Whether the capitalised ``word`` at ``text[start:]`` is a public body's kind right after a
    sentence's "The" with a verb after it ("The Ministry said"), which names no entity the
    stage missed; "The Ministry of Orbel said" does."""
    if word not in _KINDS or not text.startswith(_THE, start - len(_THE)):
        return False
    return _VERB_AFTER.match(text, start + len(word)) is not None
