"""Bad and hostile input: typed ParseErrors, or best-effort records with warnings."""

from __future__ import annotations

import contextlib
import gzip
import random
import time

import orjson
import pytest

from consumer.errors import ParseError
from consumer.parse import ParseLimits, parse_item

STORY = (
    b"Exports rise\nBEIJING, April 20 (Xinhua) -- Exports rose 5 percent, the ministry said on Thursday.\n"
)


def _reason(raw: bytes, content_type: str | None = None, limits: ParseLimits | None = None) -> str:
    with pytest.raises(ParseError) as info:
        parse_item(raw, content_type, limits=limits)
    assert info.value.message
    return info.value.reason


@pytest.mark.parametrize("raw", [b"", b"   ", b"\n\t\r\n ", b"\x00\x00\x00"])
def test_empty(raw: bytes) -> None:
    assert _reason(raw) == "empty"


def test_random_bytes() -> None:
    raw = random.Random(7).randbytes(4096)
    assert _reason(raw) in {"binary", "undecodable"}


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 64,
        gzip.compress(STORY),
        b"PK\x03\x04" + b"\x14\x00" * 40,
        b"%PDF-1.7\n" + b"\x00" * 10,
    ],
)
def test_binary_formats(raw: bytes) -> None:
    assert _reason(raw) == "binary"


def test_punctuation_only_has_no_text() -> None:
    assert _reason(b"!!! ... ---") == "no_text"


@pytest.mark.parametrize(
    ("envelope", "reason"),
    [
        ({"text": 42}, "bad_envelope"),
        ({"text": "x", "received_at": "not a date"}, "bad_envelope"),
        ({"html": ["<p>x</p>"]}, "bad_envelope"),
        ({"url": {"a": 1}, "text": "x"}, "bad_envelope"),
        ({"id": "only metadata"}, "empty"),
        ([1, 2, 3], "bad_envelope"),
    ],
)
def test_wrong_typed_envelope(envelope: object, reason: str) -> None:
    assert _reason(orjson.dumps(envelope)) == reason


def test_invalid_json() -> None:
    assert _reason(b'{"text": "unterminated') == "invalid_json"
    assert _reason(b"not json at all", "application/json") == "invalid_json"


def test_deeply_nested_json() -> None:
    deep = b'{"text": "x", "extra": ' + b"[" * 200 + b"]" * 200 + b"}"
    assert _reason(deep) == "json_too_deep"
    deeper = b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    assert _reason(deeper) == "json_too_deep"


def test_over_size_limit_is_checked_before_anything_else() -> None:
    limits = ParseLimits(max_bytes=1024)
    assert _reason(b"a" * 1025, limits=limits) == "too_large"
    # even garbage that would fail later is refused for its size first
    assert _reason(b"\x89PNG" + b"\x00" * 2000, limits=limits) == "too_large"
    start = time.perf_counter()
    assert _reason(b"<div>" * (11 * 1024 * 1024 // 5)) == "too_large"
    assert time.perf_counter() - start < 0.5


def test_too_many_tags() -> None:
    raw = b"<html><body>" + b"<div>" * 5000 + b"text</body></html>"
    assert _reason(raw, limits=ParseLimits(max_html_tags=1000)) == "html_too_complex"


def test_deep_nesting_is_fast() -> None:
    raw = (
        b"<html><body>"
        + b"<div>" * 150_000
        + b"<p>Exports rose 5 percent, the ministry said.</p></body></html>"
    )
    start = time.perf_counter()
    with contextlib.suppress(ParseError):
        parse_item(raw)
    assert time.perf_counter() - start < 5


def test_billion_laughs_is_not_expanded() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'.encode() for i in range(2, 10)
        ).replace(b"&lol1;", b"&lol;")
        + b"]><html><body><h1>Exports rise</h1><p>&lol9; Exports rose 5 percent, the ministry said.</p>"
        + b"<p>Imports fell.</p></body></html>"
    )
    article = parse_item(laughs)
    assert len(article.body.text) < 10_000
    assert "lollol" not in article.body.text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings(encoding: str) -> None:
    text = (
        "Café chain expands in Zürich\n"
        "ZURICH, March 3 (Reuters) - The café chain said on Tuesday it would open 12 new cafés in Zürich, "
        "its chief executive Renée Müller said.\nThe company’s shares rose."
        if encoding == "cp1252"
        else "Café chain expands in Zürich\n"
        "ZURICH, March 3 (Reuters) - The café chain said on Tuesday it would open 12 new cafés in Zürich, "
        "its chief executive Renée Müller said.\nThe company's shares rose."
    )
    article = parse_item(text.encode(encoding))
    assert article.headline == "Café chain expands in Zürich"
    assert "Renée Müller" in article.body.text
    assert any(w.startswith("legacy_encoding:") for w in article.warnings)
    assert article.quality == "full"


def test_utf16_with_bom() -> None:
    article = parse_item(STORY.decode().encode("utf-16"))
    assert article.headline == "Exports rise"
    assert article.warnings == []


def test_nul_and_invisible_characters_are_removed() -> None:
    raw = (
        "Ex\u200bports\u202e rise\x00\nBEIJING, April 20 (Xinhua) -- Ex\u200dports rose 5 percent\x00, "
        "the ministry said.\n"
    ).encode()
    article = parse_item(raw)
    assert article.headline == "Exports rise"
    assert article.body.paragraphs[0].startswith("BEIJING, April 20 (Xinhua) -- Exports rose 5 percent,")
    assert "\x00" not in article.body.text


def test_right_to_left_text_is_kept() -> None:
    raw = "عنوان الخبر\nنص الخبر الأول هنا.\nفقرة ثانية.".encode()
    article = parse_item(raw)
    assert article.headline == "عنوان الخبر"
    assert article.body.paragraphs == ["نص الخبر الأول هنا.", "فقرة ثانية."]
    assert article.language == "ar"


def test_huge_headline_is_truncated() -> None:
    headline = "word " * 20_000  # 100 KB
    raw = orjson.dumps({"headline": headline, "text": STORY.decode()})
    article = parse_item(raw, limits=ParseLimits(max_headline_chars=200))
    assert 100 <= len(article.headline) <= 201
    assert article.headline.endswith("…")
    assert "headline_truncated" in article.warnings
    page = f"<html><head><title>{headline}</title></head><body><p>{STORY.decode()}</p></body></html>"
    assert len(parse_item(page.encode()).headline) <= ParseLimits().max_headline_chars + 1


def test_wall_of_text_line_is_not_a_headline() -> None:
    raw = ("word " * 20_000 + "\nSecond line of text.").encode()
    article = parse_item(raw)
    assert len(article.headline) <= ParseLimits().max_headline_chars + 1
    assert "no_headline" in article.warnings


def test_truncated_html_is_best_effort() -> None:
    raw = (
        b"<html><head><title>Exports rise</title></head><body><article><p>BEIJING, April 20 (Xinhua) -- "
        b"Exports rose 5 percent, the ministry said on Thursday, beating forecasts."
        b"</p><p>Imports"
    )
    article = parse_item(raw)
    assert article.quality == "best_effort"
    assert "truncated_html" in article.warnings
    assert article.headline == "Exports rise"


def test_text_without_headline_is_best_effort() -> None:
    raw = ("This is one long paragraph of scraped text. " * 60).encode()
    article = parse_item(raw)
    assert article.quality == "best_effort"
    assert "no_headline" in article.warnings and "headline_from_body" in article.warnings
    assert article.headline == "This is one long paragraph of scraped text."


def test_headline_only_is_best_effort() -> None:
    article = parse_item(b"Exports rise")
    assert article.headline == "Exports rise"
    assert article.body.paragraphs == []
    assert article.quality == "best_effort" and "no_body" in article.warnings


def test_non_bytes_input() -> None:
    with pytest.raises(ParseError) as info:
        parse_item("a str", None)  # type: ignore[arg-type]
    assert info.value.reason == "bad_type"


def _error(raw: bytes, content_type: str | None = None) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_item(raw, content_type)
    return info.value


@pytest.mark.parametrize(
    "raw",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, b"\xff\xfe" + b"\x00\xd8" * 3, bytes(range(32)) * 40],
)
def test_undecodable_input_fails_in_the_decode_stage(raw: bytes) -> None:
    error = _error(raw)
    assert error.reason in {"binary", "undecodable"}
    assert error.stage == "decode"


def test_input_that_decodes_fails_in_the_parse_stage() -> None:
    assert _error(b"").stage == "parse"
    assert _error(b"!!! ... ???").stage == "parse"
    assert _error(b'{"id": 1', "application/json").stage == "parse"


def test_the_stage_survives_the_process_boundary() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(ParseError("binary", "a PNG image", stage="decode")))
    assert (type(error), error.reason, error.message, error.stage) == (
        ParseError,
        "binary",
        "a PNG image",
        "decode",
    )
