"""Ships named with their prefix ("the destroyer USS Halvern", "HMS Quill of Tarn", "the MV Cape
Dorran"): a vessel, a `PRODUCT` (the conventions' named vehicles).

The small model reads the prefix and the name as a person ("USS Halvern", or "Queen Quill" of
"HMS Queen Quill", whose words look like a person's), as a body, or misses it ("the MV Cape
Dorran"). The prefix says what the name is: a navy's ship prefix (USS, USNS, HMS and the
Commonwealth's HMAS, HMCS, HMNZS) or a merchant ship's (RMS, MV). Never "SS" (a party's troops
as often) nor "MS" (an illness, a company). One to four name words follow: capitalised words,
initials ("USS George H. W. Quill"), "of" between two of them ("HMS Prince of Tarn"); a lower-case
word, a digit, a possessive's clitic or the sentence's end stops it.
"""

from __future__ import annotations

from collections.abc import Iterator

from consumer.gate import gated

_SHIP_PREFIXES = r"(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|RMS|MV)"
_NAME_WORD = r"(?:[A-Z][a-z][a-zA-Z-]*|(?:[A-Z]\.){1,3})"
_SHIP = gated(
    rf"(?<![\w.-]){_SHIP_PREFIXES}[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+(?:of[ \t]+)?{_NAME_WORD}){{0,3}})"
    r"(?![\w-])"
)


def prefixed_ships(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each ship named with its prefix, the prefix included; one pass over the text."""
    for match in _SHIP.finditer(text):
        yield match.start(), match.end("name")
