"""Typed errors: every failure the worker knows about has a class and a reason code.

The reason code is what dead-letter headers and metrics carry, so it must stay a
small, stable vocabulary rather than free text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

Stage = Literal["decode", "parse", "enrich", "publish"]


class WireError(Exception):
    """Base class: a permanent failure of one item (it goes to the dead-letter topic).

    ``stage`` is where the item failed; each class has a default, and a failure that knows
    better says so (``ParseError(..., stage="decode")``, a timeout in ``enrich``).
    """

    stage: Stage = "parse"

    def __init__(self, reason: str, message: str, *, stage: Stage | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        if stage is not None:
            self.stage = stage

    def __str__(self) -> str:
        return f"{self.reason}: {self.message}"

    def __reduce__(self) -> tuple[Callable[..., WireError], tuple[type[WireError], str, str, Stage]]:
        # Outcomes cross the process-pool boundary; the default reduce would lose `reason` and `stage`.
        return (_rebuild, (type(self), self.reason, self.message, self.stage))


def _rebuild(cls: type[WireError], reason: str, message: str, stage: Stage) -> WireError:
    return cls(reason, message, stage=stage)


class ParseError(WireError):
    """The raw bytes are not an article we can read (empty, binary, bad envelope...)."""

    stage: Stage = "parse"


class EnrichError(WireError):
    """An enrichment stage failed on an otherwise valid article."""

    stage: Stage = "enrich"


class ItemTimeout(WireError):
    """Processing one item took longer than the configured per-item limit.

    Its stage is the one the item was in when the time ran out (see ``consumer.pipeline``).
    """

    stage: Stage = "parse"


class PublishError(WireError):
    """The broker refused an output of this item for good (e.g. over max.message.bytes)."""

    stage: Stage = "publish"


class ModelNotAvailable(RuntimeError):
    """The configured spaCy pipeline is not installed: a start-up error, not an item error."""
