"""The quote record (issue 14). It moves into ``consumer.events`` when the stage is wired."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

QuoteKind = Literal["direct", "partial", "indirect"]
QuoteField = Literal["headline", "body"]


class QuoteSpan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    field: QuoteField
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Quote(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="hash of the story id and the normalised quote text: stable across versions")
    spans: list[QuoteSpan] = Field(description="one per quoted stretch, without the quotation marks")
    text: str = Field(description="the words of all spans, joined by a single space")
    kind: QuoteKind
    speaker: str | None = Field(default=None, description="id of the entity who said it; null when unnamed")
    speaker_name: str | None = None
    speaker_role: str | None = None
    speaker_organization: str | None = None
    verb: str | None = Field(default=None, description="said, told, added, according to, ... (lower case)")
    sentence: str = Field(description="the sentence or sentences holding the quote")
