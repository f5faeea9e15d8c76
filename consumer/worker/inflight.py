"""Batches in flight: fetched, and not yet taken by the publish stage. Pure: no I/O, no awaits.

A batch is admitted right after the fetch, with no await between: aiokafka hands out no
records while a rebalance is in progress, so every batch of the old assignment is known here
by the time the revoke listener runs. A revoke or a rewind then *drops* the partitions from
every batch still waiting: the publish stage leaves them out. Once the publish stage has
*taken* a batch, drops no longer reach it (the publish lock keeps revokes waiting instead).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from aiokafka import TopicPartition

OutcomeT = TypeVar("OutcomeT")  # what processing made of a record (an Outcome, in the worker)

# Per partition: (input record, what it became), in fetch order.
PerPartition = dict[TopicPartition, list[tuple[Any, OutcomeT]]]


@dataclass(eq=False)
class Batch:
    """One fetch: records per partition, and the partitions dropped since the fetch."""

    records: dict[TopicPartition, list[Any]]
    dropped: set[TopicPartition] = field(default_factory=set)

    def flat(self) -> list[tuple[TopicPartition, Any]]:
        return [(tp, rec) for tp, recs in self.records.items() for rec in recs]

    def __len__(self) -> int:
        return sum(len(recs) for recs in self.records.values())


@dataclass
class Publishable(Generic[OutcomeT]):
    per_tp: PerPartition[OutcomeT]
    left_out: dict[TopicPartition, int]  # partition -> records dropped from it


class InFlight:
    def __init__(self) -> None:
        self._waiting: list[Batch] = []

    def admit(self, records: Mapping[TopicPartition, Sequence[Any]]) -> Batch:
        batch = Batch({tp: list(recs) for tp, recs in records.items() if recs})
        self._waiting.append(batch)
        return batch

    def drop(self, tps: Collection[TopicPartition]) -> None:
        """Revoked or rewound: no record of `tps` in a waiting batch may be published."""
        for batch in self._waiting:
            batch.dropped |= set(tps) & batch.records.keys()

    def take(self, batch: Batch) -> None:
        """The publish stage has the batch: from here on only the publish lock protects it."""
        self._waiting.remove(batch)

    def clear(self) -> None:
        self._waiting.clear()

    def waiting(self) -> int:
        return len(self._waiting)

    @staticmethod
    def publishable(
        batch: Batch, outcomes: Sequence[OutcomeT], assignment: Collection[TopicPartition]
    ) -> Publishable[OutcomeT]:
        """The batch's records with their outcomes, per partition, leaving out the partitions
        dropped since the fetch or not assigned any more."""
        per_tp: PerPartition[OutcomeT] = defaultdict(list)
        for (tp, rec), outcome in zip(batch.flat(), outcomes, strict=True):
            if tp not in batch.dropped and tp in assignment:
                per_tp[tp].append((rec, outcome))
        left_out = {tp: len(recs) for tp, recs in batch.records.items() if tp not in per_tp}
        return Publishable(dict(per_tp), left_out)


def names(tps: Collection[TopicPartition]) -> list[str]:
    return sorted(f"{tp.topic}-{tp.partition}" for tp in tps)
