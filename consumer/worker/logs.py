"""Structured JSON logs: one object a line, with the `extra` fields of each call.

Only ids, offsets, counts and error classes are logged; message bodies and
secrets never are. Two guards keep secrets out:

* any field named like a secret (``password``, ``token``, ...) is dropped, at any
  depth of a nested ``extra`` value;
* every secret value registered with :func:`redact` (the SASL password is, when
  the Kafka clients are configured) is masked wherever it appears: the message,
  field values, exception names.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
from collections.abc import Callable, Mapping

import orjson

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}
_SECRET_WORDS = (
    "password",
    "passwd",
    "secret",
    "token",
    "credential",
    "sasl_plain",
    "api_key",
    "apikey",
    "private_key",
    "authorization",
)
MASK = "***"
_MIN_SECRET_LEN = 4  # masking shorter strings would mangle ordinary text and hide nothing
_MAX_DEPTH = 8

_lock = threading.Lock()
_secrets: frozenset[str] = frozenset()
# With tracing on (consumer.worker.otel), the trace and span ids current where a line is logged.
_trace_ids: Callable[[], dict[str, str]] | None = None


def set_trace_ids(source: Callable[[], dict[str, str]] | None) -> None:
    global _trace_ids
    _trace_ids = source


def redact(secret: str | None) -> None:
    """Register a secret value: the formatter masks it wherever it appears."""
    global _secrets
    if not secret or len(secret) < _MIN_SECRET_LEN:
        return
    with _lock:
        _secrets = _secrets | {secret}


def is_secret_name(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def mask(text: str) -> str:
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def scrub(value: object, depth: int = 0) -> object:
    """A JSON-ready copy of `value` without secret-named keys or registered secret values."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    if depth >= _MAX_DEPTH:
        return MASK
    if isinstance(value, Mapping):
        return {mask(str(k)): scrub(v, depth + 1) for k, v in value.items() if not is_secret_name(str(k))}
    if isinstance(value, list | tuple | set | frozenset):
        return [scrub(v, depth + 1) for v in value]
    if isinstance(value, bytes | bytearray):
        return mask(bytes(value).decode("utf-8", "replace"))
    return mask(str(value))  # SecretStr prints as '**********'; anything else as its str


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        try:
            message = record.getMessage()
        except (TypeError, ValueError, KeyError):  # a bad %-format must not lose the line
            message = str(record.msg)
        payload: dict[str, object] = {
            "ts": dt.datetime.fromtimestamp(record.created, tz=dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": mask(message),
        }
        for key, value in vars(record).items():
            if key in _STANDARD or key.startswith("_") or key in payload:
                continue
            if is_secret_name(key):
                continue
            payload[key] = scrub(value)
        if _trace_ids is not None:
            for key, value in _trace_ids().items():
                payload.setdefault(key, value)
        if record.exc_info and record.exc_info[0] is not None:
            payload["error"] = record.exc_info[0].__name__
        return orjson.dumps(payload, default=str).decode()


class RateLimit(logging.Filter):
    """At most `burst` records per message template per `window` seconds, then one summary.

    aiokafka retries metadata in a tight loop while the broker is down and logs every
    try: a six-second outage wrote ~125,000 lines. Repeats are counted, not written.
    """

    def __init__(self, burst: int = 5, window: float = 10.0) -> None:
        super().__init__()
        self.burst, self.window = burst, window
        self._seen: dict[tuple[str, object], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.msg)
        start, count = self._seen.get(key, (record.created, 0))
        if record.created - start >= self.window:
            if count > self.burst:
                record.msg = f"{record.msg} (and {count - self.burst} similar messages suppressed)"
            self._seen[key] = (record.created, 1)
            return True
        self._seen[key] = (start, count + 1)
        if len(self._seen) > 1000:
            self._seen.clear()
        return count < self.burst


def configure(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RateLimit())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
