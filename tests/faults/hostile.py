"""Generated hostile items: garbage of every kind, each with a category name.

Small kinds are cheap and many (thousands); the huge kinds (10 MB, 50 MB, millions of
tags, multi-megabyte envelopes) come a couple of each, to keep the flood's bytes sane.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator

from tests.integration.test_worker import wire_item

Kind = tuple[str, Callable[[random.Random, int], bytes]]

_RTL = "\u202e\u202b\u200f\u061c"
_ZW = "\u200b\u200c\u200d\u2060\ufeff"


def _random_bytes(rng: random.Random, n: int) -> bytes:
    return rng.randbytes(rng.randint(1, 2048))


def _invalid_utf8(rng: random.Random, n: int) -> bytes:
    junk = [b"\xff", b"\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80", b"\xe2\x82"]
    text = wire_item(n)
    out = bytearray()
    for chunk in text.split(b" "):
        out += chunk + (rng.choice(junk) * rng.randint(1, 4)) + b" "
    return bytes(out)


def _empty(rng: random.Random, n: int) -> bytes:
    return rng.choice([b"", b" ", b"\n\n\t", b"\x00", b"\x00" * rng.randint(1, 5000), b"\r\n" * 100])


def _nul_bytes(rng: random.Random, n: int) -> bytes:
    text = wire_item(n)
    cut = rng.randint(0, len(text))
    return text[:cut] + b"\x00" * rng.randint(1, 64) + text[cut:]


def _rtl_zero_width(rng: random.Random, n: int) -> bytes:
    text = wire_item(n).decode()
    out = []
    for ch in text:
        out.append(ch)
        if rng.random() < 0.2:
            out.append(rng.choice(_RTL + _ZW))
    return ("".join(out)).encode()


def _only_invisible(rng: random.Random, n: int) -> bytes:
    return "".join(rng.choice(_RTL + _ZW) for _ in range(rng.randint(1, 500))).encode()


def _deep_json(rng: random.Random, n: int) -> bytes:
    depth = rng.randint(100, 20_000)
    return ('{"headline":' * depth + '"x"' + "}" * depth).encode()


def _bad_envelope(rng: random.Random, n: int) -> bytes:
    return rng.choice(
        [
            b'{"headline": ',
            b'{"headline": 42, "body": ["a", {"b": null}]}',
            b"[1, 2, 3]",
            b'{"body_text": null}',
            json.dumps({"headline": "x" * 10, "body_html": 7}).encode(),
            b'{"a": "\\ud800"}',
            b"null",
        ]
    )


def _nested_html(rng: random.Random, n: int) -> bytes:
    depth = rng.randint(1_000, 20_000)
    return b"<html><body>" + b"<div>" * depth + b"item text" + b"</div>" * depth + b"</body></html>"


def _entity_bomb(rng: random.Random, n: int) -> bytes:
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    doc = (
        "<?xml version='1.0'?><!DOCTYPE lolz [" + "".join(ents) + "]><html><body><p>&lol9;</p></body></html>"
    )
    return doc.encode()


def _long_headline(rng: random.Random, n: int) -> bytes:
    head = ("Headline word " * 7500)[:100_000]
    return head.encode() + b"\n\n" + wire_item(n).split(b"\n\n", 1)[1]


def _control_soup(rng: random.Random, n: int) -> bytes:
    return bytes(rng.choice(b"\x01\x02\x03\x07\x08\x0e\x1b\x7f") for _ in range(rng.randint(10, 3000)))


SMALL: list[tuple[str, Callable[[random.Random, int], bytes], int]] = [
    ("random_bytes", _random_bytes, 2500),
    ("invalid_utf8", _invalid_utf8, 1200),
    ("empty", _empty, 800),
    ("nul_bytes", _nul_bytes, 1000),
    ("rtl_zero_width", _rtl_zero_width, 1000),
    ("only_invisible", _only_invisible, 500),
    ("deep_json", _deep_json, 300),
    ("bad_envelope", _bad_envelope, 1000),
    ("nested_html", _nested_html, 300),
    ("entity_bomb", _entity_bomb, 700),
    ("long_headline", _long_headline, 150),
    ("control_soup", _control_soup, 600),
]


def huge_items() -> Iterator[tuple[str, bytes]]:
    """The few very large ones: over and under the 5 MiB item limit."""
    for size in (10 * 2**20, 50 * 2**20):
        yield f"value_{size >> 20}mb", (b"A" * 1000 + b" ") * (size // 1001)
    yield "million_tags", b"<html><body>" + b"<b>" * 1_500_000 + b"x</body></html>"  # 4.5 MB, 1.5 M tags
    yield "million_nested_divs", b"<div>" * 900_000 + b"x" + b"</div>" * 10  # 4.6 MB, deep nesting
    big_env = {"headline": "H" * 100, "body_text": "word " * 800_000, "extra": list(range(50_000))}
    yield "huge_envelope", json.dumps(big_env).encode()  # ~4.3 MB JSON
    yield "wide_json", ("[" + ",".join(["{}"] * 1_400_000) + "]").encode()  # 4.2 MB, 1.4 M objects


def flood(seed: int, good: int) -> tuple[list[bytes], list[str], list[int | None]]:
    """Values, their kind ('good' or a hostile kind) and the good items' numbers, shuffled together."""
    rng = random.Random(seed)
    entries: list[tuple[str, bytes, int | None]] = []
    n = 0
    for kind, make, count in SMALL:
        for _ in range(count):
            entries.append((kind, make(rng, 100_000 + n), None))
            n += 1
    for kind, value in huge_items():
        entries.append((kind, value, None))
        entries.append((kind, value, None))  # two of each
    for g in range(good):
        entries.append(("good", wire_item(g), g))
    rng.shuffle(entries)
    return [e[1] for e in entries], [e[0] for e in entries], [e[2] for e in entries]
