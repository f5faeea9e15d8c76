"""Coverage-guided fuzzing of the parser: ``parse_item(data, content_type)``.

The property: for ANY bytes and content type, ``parse_item`` returns an
``Article`` (which serialises to JSON, as the worker will publish it) or raises
``ParseError``. Anything else (another exception, a hang, a crash) is a bug
that would take the worker down or stall a partition instead of dead-lettering
one item. The first input byte picks the content type, the rest is the item.

    .venv/bin/python fuzz/fuzz_parser.py -max_total_time=60 -timeout=20 /tmp/corpus fuzz/seeds
    .venv/bin/python fuzz/fuzz_parser.py crash-<sha1>        # replay one input

libFuzzer flags apply (atheris); new inputs go to the first corpus folder, so
give it a scratch folder before the committed ``fuzz/seeds``. Without atheris
(no wheel for the platform), the same property runs as a random-mutation loop
over the seeds for -max_total_time seconds, with a warning: weaker, not nothing.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

# Content types as Kafka headers would carry them; the first byte picks one.
CONTENT_TYPES: tuple[str | None, ...] = (
    None,
    "text/plain",
    "text/plain; charset=windows-1252",
    "text/html",
    "text/html; charset=utf-16",
    "application/json",
    "application/json; charset=latin-1",
    "application/octet-stream",
    "text/plain; charset=no-such-charset",
)

try:  # depends on the platform having an atheris wheel
    import atheris  # type: ignore[import-not-found, import-untyped, unused-ignore]

    HAVE_ATHERIS = True
except ImportError:
    HAVE_ATHERIS = False

if HAVE_ATHERIS:
    # Instrument only our code: coverage feedback comes from the parser's own branches.
    with atheris.instrument_imports(include=["consumer"]):
        from consumer.errors import ParseError
        from consumer.events import Article
        from consumer.parse import ParseLimits, parse_item
else:
    from consumer.errors import ParseError
    from consumer.events import Article
    from consumer.parse import ParseLimits, parse_item

# The worker's limits, smaller so that each input is quick: libFuzzer explores breadth.
LIMITS = ParseLimits(max_bytes=256 * 1024)


def split(data: bytes) -> tuple[bytes, str | None]:
    if not data:
        return b"", None
    return data[1:], CONTENT_TYPES[data[0] % len(CONTENT_TYPES)]


def check_one(data: bytes) -> None:
    raw, content_type = split(data)
    try:
        article = parse_item(raw, content_type, limits=LIMITS)
    except ParseError as error:
        assert error.reason and isinstance(error.message, str), error
        return
    assert isinstance(article, Article), type(article)
    article.model_dump_json()  # the worker publishes it: it must serialise


# ---------------------------------------------------------------------- fallback without atheris


_TOKENS = (b"<", b"</p>", b"{", b'"', b"\\u0000", b"\n\n", b"--", b"\xff\xfe", b"(Xinhua)", b"&#")


def _mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2 and buf:
            del buf[pos : pos + rng.randint(1, 64)]
        elif op == 3:
            other = rng.choice(pool)
            start = rng.randrange(len(other) + 1)
            buf[pos:pos] = other[start : start + rng.randint(1, 256)]
        elif op == 4:
            buf[pos:pos] = rng.choice(_TOKENS)
        elif buf:
            buf[0] = rng.randrange(256)
    return bytes(buf)


def _fallback(argv: list[str]) -> None:
    flags = dict(a[1:].split("=", 1) for a in argv if a.startswith("-") and "=" in a)
    paths = [Path(a) for a in argv if not a.startswith("-")]
    seconds = float(flags.get("max_total_time", "60"))
    runs = int(flags.get("runs", "-1"))
    pool = [p.read_bytes() for d in paths for p in (sorted(d.iterdir()) if d.is_dir() else [d])] or [b"\x00x"]
    rng = random.Random(int(flags.get("seed", "0")) or None)
    print("WARNING: atheris is not installed: random mutation, no coverage guidance", file=sys.stderr)
    done, deadline = 0, time.monotonic() + seconds
    for seed in pool:
        check_one(seed)
    while time.monotonic() < deadline and done != runs:
        data = _mutate(rng, rng.choice(pool), pool)
        try:
            check_one(data)
        except BaseException:
            crash = Path(f"crash-fallback-{os.getpid()}-{done}")
            crash.write_bytes(data)
            print(f"crash input written to {crash}", file=sys.stderr)
            raise
        done += 1
    print(f"fallback fuzz: {done} runs, no failures", file=sys.stderr)


def main() -> None:
    if not HAVE_ATHERIS:
        _fallback(sys.argv[1:])
        return
    atheris.Setup(sys.argv, check_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
