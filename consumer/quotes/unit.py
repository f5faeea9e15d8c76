"""The quote being built while a field is read (its stretches, kind, speaker and sentence bounds).

Every rule module passes it around; it lives alone so that none of them imports another for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from consumer.quotes.model import QuoteKind
from consumer.quotes.speaker_index import Speaker


@dataclass
class Unit:
    """A quote being built: its stretches, kind, speaker and sentence bounds."""

    fld: str
    spans: list[tuple[int, int]]
    kind: QuoteKind
    speaker: Speaker
    verb: str | None
    sent_start: int
    sent_end: int
    paragraph: int
    attributed: bool = False
    stretch_ids: list[int] = field(default_factory=list)
    starts: bool = False  # the quote opens its sentence
    # 'The club was firm: "..."': introduced by a subject of its own that names no entity, so
    # it does not go on with the last speaker
    own_subject: bool = False
    # the last paragraph the quote runs into ('"A. ¶ "B. ¶ "C."'): an unattributed quote paragraph
    # after it goes on with its speaker as after a one-paragraph quote (session 27)
    end_paragraph: int = -1
    # a quoted clause opening its sentence that runs on into the writer's words, with no attribution
    # ('"A," Roe said. "B" who ...'): only ever the next stretch of the quote before it (session 28)
    tail: bool = False
