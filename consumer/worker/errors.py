"""What a Kafka error means for the worker: try again, dead-letter the item, or stop.

Classes are matched with ``isinstance`` against ``aiokafka.errors`` (so aliases such as
``CoordinatorNotAvailableError`` match whatever their ``__name__``), and a broker error's own
``retriable`` flag decides whether another try can help.
"""

from __future__ import annotations

import enum
import logging
from typing import Any

from aiokafka import errors as kafka

log = logging.getLogger("consumer.worker")


class ErrorKind(enum.Enum):
    TRANSIENT = "transient"  # broker-side trouble that another try can fix: retried without limit
    REFUSED = "refused"  # the broker refused this output for good: the item is dead-lettered
    FATAL = "fatal"  # anything else: the caller stops (or, for a producer, starts afresh)


# An output the broker will never take, however often it is sent.
REFUSED_OUTPUT: tuple[type[BaseException], ...] = (
    kafka.MessageSizeTooLargeError,
    kafka.RecordTooLargeError,
    kafka.RecordListTooLargeError,
    kafka.InvalidTopicError,
    kafka.CorruptRecordException,
)
# Transient although aiokafka leaves their `retriable` flag unset.
_TRANSIENT_UNFLAGGED: tuple[type[BaseException], ...] = (kafka.KafkaTimeoutError,)


def classify(exc: BaseException) -> ErrorKind:
    if isinstance(exc, REFUSED_OUTPUT):
        return ErrorKind.REFUSED
    if isinstance(exc, kafka.KafkaError):
        if exc.retriable or isinstance(exc, _TRANSIENT_UNFLAGGED):
            return ErrorKind.TRANSIENT
        return ErrorKind.FATAL
    if isinstance(exc, OSError):  # includes TimeoutError and ConnectionError
        return ErrorKind.TRANSIENT
    return ErrorKind.FATAL


def is_transient(exc: BaseException) -> bool:
    return classify(exc) is ErrorKind.TRANSIENT


def is_refused(exc: BaseException) -> bool:
    return classify(exc) is ErrorKind.REFUSED


# ---------------------------------------------------------------------- closing clients

# What stopping a client may raise when its broker is away or it is already broken.
_EXPECTED_ON_STOP: tuple[type[BaseException], ...] = (kafka.KafkaError, OSError)
_reported: set[tuple[str, type[BaseException]]] = set()


async def stop_quietly(client: Any, what: str) -> None:
    """Stop a Kafka client that is being discarded.

    The errors expected of a client whose broker is away are logged at debug level;
    anything else is logged once per client kind and error class, with its traceback.
    """
    try:
        await client.stop()
    except _EXPECTED_ON_STOP as exc:
        log.debug("client stop failed", extra={"client": what, "error": type(exc).__name__})
    except Exception as exc:
        key = (what, type(exc))
        if key not in _reported:
            _reported.add(key)
            log.warning("unexpected error stopping a client", extra={"client": what}, exc_info=True)
