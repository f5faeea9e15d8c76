"""Raw bytes -> text: refuse binary garbage, decode text in any common encoding.

Order matters: magic numbers and byte statistics are checked before any codec
runs, because legacy single-byte codecs decode *anything* and would turn an
image into a plausible-looking string. Legacy codecs are therefore a last
resort, and only for bytes that already look like text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from consumer.errors import ParseError

# Hand-written: a few magic numbers of formats that arrive by mistake on text
# topics; python-magic would need libmagic, a system dependency, for this.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF container (WebP/WAV/AVI)"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"%PDF-", "PDF document"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x7fELF", "ELF executable"),
    (b"OggS", "Ogg media"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM media"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Bytes that never occur in text files (C0 controls except tab, LF, FF, CR, and DEL).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_CONTROL_CHARS_RE = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CHARSET_PARAM_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.IGNORECASE)
_SAMPLE = 64 * 1024
_MAX_CONTROL_RATIO = 0.02
_LEGACY_FALLBACKS = ("cp1252", "latin-1")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    legacy: bool
    """True when a guessing codec was needed: the text may contain mojibake."""


def sniff_binary(raw: bytes) -> str | None:
    """Name the binary format the bytes start with, if any."""
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            return name
    return None


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    # bytes.translate with delete is a C-speed count of the non-control bytes.
    kept = len(sample.translate(None, _CONTROL_BYTES))
    return (len(sample) - kept) / len(sample)


def _declared_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CHARSET_PARAM_RE.search(content_type)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text of mostly-ASCII content has a NUL in every other byte."""
    sample = raw[:_SAMPLE]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _try(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_text(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    controls = len(_CONTROL_CHARS_RE.findall(sample))
    return controls / len(sample) <= _MAX_CONTROL_RATIO


def decode(raw: bytes, content_type: str | None = None) -> Decoded:
    """Decode with the declared charset, a BOM, UTF-8, or (for text-like bytes) a guess."""
    binary = sniff_binary(raw)
    if binary is not None:
        raise ParseError("binary", f"the item is {binary}, not text", stage="decode")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = _try(raw[len(bom) :], encoding)
            if text is None:
                raise ParseError(
                    "undecodable",
                    f"the item has a {encoding} byte-order mark but is not {encoding}",
                    stage="decode",
                )
            return Decoded(text, encoding, legacy=False)
    declared = _declared_charset(content_type)
    if declared is not None:
        text = _try(raw, declared)
        if text is not None and _looks_like_text(text):
            return Decoded(text, declared, legacy=False)
    text = _try(raw, "utf-8")
    if text is not None:
        if not _looks_like_text(text.replace("\x00", "")):
            raise ParseError(
                "binary", "the item is valid UTF-8 but mostly control characters", stage="decode"
            )
        return Decoded(text, "utf-8", legacy=False)
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        text = _try(raw, utf16)
        if text is not None and _looks_like_text(text):
            return Decoded(text, utf16, legacy=False)
    if _control_ratio(raw[:_SAMPLE].replace(b"\x00", b"")) > _MAX_CONTROL_RATIO:
        raise ParseError("binary", "the item is not text (too many control bytes)", stage="decode")
    return _guess_legacy(raw)


def _guess_legacy(raw: bytes) -> Decoded:
    best = from_bytes(raw[:_SAMPLE]).best()
    candidates: list[str] = []
    if best is not None and best.encoding:
        candidates.append(best.encoding)
    candidates.extend(enc for enc in _LEGACY_FALLBACKS if enc not in candidates)
    for encoding in candidates:
        text = _try(raw, encoding)
        if text is not None and _looks_like_text(text):
            return Decoded(text, codecs.lookup(encoding).name, legacy=True)
    raise ParseError(
        "undecodable", "the item is neither UTF-8 nor text in a known legacy encoding", stage="decode"
    )
