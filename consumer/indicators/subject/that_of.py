"""A measure repeated by "that of" / "those of" in a second clause: "Kessel's GDP reached 8 trillion
yuan, while that of Marlow hit 5 trillion yuan", "The economy of Kessel grew 7.6 percent, and that of
Marlow 8.1 percent" (gapped: no verb). The pronoun stands for the measure, and the name after "of"
owns it, as "the GDP of Marlow" would; the "of" read as a frame left the figure unowned. Only right
after a clause break or a conjunction (not "higher than that of Marlow", a yardstick), the name
then at most three lower-case words (a verb) before the figure. Reads 30 characters before the name.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import Candidate

_THAT_OF = re.compile(
    r"(?:[,;]\s*|\b(?:while|whereas|and|but)\s+)(?:that|those)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_VERB = re.compile(r"(?:\s+[a-z][a-z-]*){0,3}\s+")


def that_of_owner(local: list[Candidate], text: str, figure: tuple[int, int]) -> tuple[Entity] | None:
    """The owner named after a clause-heading "that of" / "those of" right before the figure's
    verb, or None."""
    if not local:
        return None
    last = local[-1]
    if last.entity.type not in ("LOCATION", "ORGANIZATION"):
        return None
    if _VERB.fullmatch(text, last.end, figure[0]) is None:
        return None
    if _THAT_OF.search(text[max(0, last.start - 30) : last.start]) is None:
        return None
    return (last.entity,)
