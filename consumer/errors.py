"""Typed errors: every failure the worker knows about has a class and a reason code.

The reason code is what dead-letter headers and metrics carry, so it must stay a
small, stable vocabulary rather than free text.
"""

from __future__ import annotations

from typing import Literal

Stage = Literal["decode", "parse", "enrich", "publish"]


class WireError(Exception):
    """Base class: a permanent failure of one item (it goes to the dead-letter topic)."""

    stage: Stage = "parse"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return f"{self.reason}: {self.message}"

    def __reduce__(self) -> tuple[type[WireError], tuple[str, str]]:
        # Outcomes cross the process-pool boundary; the default reduce would lose `reason`.
        return (type(self), (self.reason, self.message))


class ParseError(WireError):
    """The raw bytes are not an article we can read (empty, binary, bad envelope...)."""

    stage: Stage = "parse"


class EnrichError(WireError):
    """An enrichment stage failed on an otherwise valid article."""

    stage: Stage = "enrich"


class ItemTimeout(WireError):
    """Processing one item took longer than the configured per-item limit."""

    stage: Stage = "parse"


class PublishError(WireError):
    """The broker refused an output of this item for good (e.g. over max.message.bytes)."""

    stage: Stage = "publish"


class ModelNotAvailable(RuntimeError):
    """The configured spaCy pipeline is not installed: a start-up error, not an item error."""
