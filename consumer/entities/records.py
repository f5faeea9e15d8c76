"""The working records the entity stage passes between its steps, and its field order.

The extractor prepares each article's texts once (a ``PreparedArticle``) and gathers candidates
into groups (a ``CandidateGroup``) before it names and links them; the filters, joins and caption
steps in sibling modules all read these two records, so they live apart from the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry
from consumer.events import EntityType, TextField

FIELD_ORDER: tuple[TextField, ...] = ("headline", "dateline", "body", "byline", "source")


@dataclass
class PreparedArticle:
    original: dict[TextField, str]
    recased: dict[TextField, str]
    cases: dict[str, str]
    docs: dict[TextField, Doc] = field(default_factory=dict)
    dateline_in_body: tuple[int, int] | None = None  # where body.text repeats the dateline
    # where the article's captions start in the text read as "body": the entity stage reads
    # them after the story (see with_captions), but publishes their mentions apart
    caption_starts: list[int] = field(default_factory=list)


@dataclass
class CandidateGroup:
    type: EntityType
    cands: list[Candidate]
    entry: GazEntry | None
    name: str = ""
