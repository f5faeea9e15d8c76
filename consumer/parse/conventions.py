"""The wire slugline grammar: version, signal and genre prefixes of a headline.

Hand-written because no library models it. Agencies prefix the headline with
a chain of tokens separated by ``-`` or ``:``, e.g. Xinhua/AP
``3rd Ld-Writethru-China Focus: X``, ``Urgent: X``, ``Correction: X``,
``Kill: X``, Reuters ``UPDATE 2-X``, ``CORRECTED-UPDATE 1-X``, ``REFILE-X``,
``WRAPUP 1-X``, ``US STOCKS-X``. The chain is peeled off token by token from
a closed vocabulary, so an ordinary headline that merely starts with
"Feature-length" or "AFC Champions League:" is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from consumer.events import Signal

# Signals, strongest first: a corrected update is a correction, a refiled
# correction is still a correction, a kill overrides everything.
_SIGNAL_RANK: dict[Signal, int] = {
    "kill": 0,
    "correction": 1,
    "refile": 2,
    "update": 3,
    "urgent": 4,
    "advisory": 5,
    "new": 6,
}

_SIGNAL_TOKENS: tuple[tuple[str, Signal], ...] = (
    (r"(?:mandatory\s+)?kill|story\s+withdrawn|withdrawn|withdrawal|elimination", "kill"),
    (r"corrected|correction|corrects?|clarification|clarifies", "correction"),
    (r"refile|refiled|rpt|repeat|resending|resend", "refile"),
    (r"writethru|write-?thru|write-?through|lead|ld|sub|update|updates", "update"),
    (r"urgent|bulletin|flash|breaking|apnewsalert|news\s+alert|alert", "urgent"),
    (r"advisory|editors?['’]?\s+advisory|media\s+advisory", "advisory"),
)

# Genres (ninjs "genre"): display form by casefolded key.
_GENRES = {
    g.casefold(): g
    for g in (
        "China Focus",
        "News Analysis",
        "Feature",
        "Roundup",
        "Interview",
        "Commentary",
        "Spotlight",
        "Profile",
        "Backgrounder",
        "Factbox",
        "Fact Box",
        "Analysis",
        "Explainer",
        "Exclusive",
        "Economic Watch",
        "Across China",
        "Xinhua Headlines",
        "Yearender",
        "Year-ender",
        "Insight",
        "Wrapup",
        "Focus",
        "Column",
        "Breakingviews",
        "Timeline",
        "Special Report",
        "Q&A",
        "Fact Check",
        "Opinion",
        "Editorial",
        "Obituary",
        "Preview",
        "Chronology",
        "Newsmaker",
        "Scenario",
        "Scenarios",
        "Instant View",
        "Table",
        "Graphic",
    )
}
_GENRE_ALT = "|".join(sorted((re.escape(g) for g in _GENRES), key=len, reverse=True))
_SIGNAL_ALT = "|".join(f"(?P<s{i}>{pattern})" for i, (pattern, _) in enumerate(_SIGNAL_TOKENS))

_ORDINAL = r"(?P<ord>\d{1,2})(?:st|nd|rd|th)\s*(?:ld|lead|add|writethru)"
_NUMBERED = rf"(?:(?P<numkind>update|wrapup|{_GENRE_ALT})\s*(?P<num>\d{{1,2}}))"
_TOKEN_RE = re.compile(
    rf"\s*(?P<tok>{_ORDINAL}|{_NUMBERED}|(?P<genre>{_GENRE_ALT})|{_SIGNAL_ALT}"
    r"|(?-i:(?P<caps>[A-Z][A-Z0-9&/.']*(?: [A-Z0-9&/.']+){1,3})))"
    r"(?P<sep>\s*(?:--|—|–|:|,|-)\s*)",
    re.IGNORECASE,
)
_STANDALONE_KILL_RE = re.compile(
    r"^\W*(?:(?:kill|story\s+withdrawn|withdrawn|elimination)\W*){1,4}$", re.IGNORECASE
)


@dataclass(slots=True)
class Slug:
    """A headline with its wire prefix chain interpreted."""

    headline: str
    slugline: str | None = None
    genre: str | None = None
    version: int | None = None
    signal: Signal = "new"
    tokens: list[str] = field(default_factory=list)


def _stronger(current: Signal, new: Signal) -> Signal:
    return new if _SIGNAL_RANK[new] < _SIGNAL_RANK[current] else current


def _token_signal(match: re.Match[str]) -> Signal | None:
    for i, (_, signal) in enumerate(_SIGNAL_TOKENS):
        if match.group(f"s{i}"):
            return signal
    return None


def _accepts(match: re.Match[str], in_chain: bool) -> bool:
    """Whether the separator makes this token a prefix rather than the headline's first word."""
    token, sep = match["tok"], match["sep"].strip()
    if sep in (":", "--", "—", "–"):
        return not match["caps"] or in_chain
    if sep == ",":
        return in_chain  # AP: "1st Ld-Writethru, ..." only inside a chain
    # A bare hyphen ties words together ("Feature-length", "Update-to-date"): a
    # token counts only in Reuters capitals, with a number, or inside a chain.
    if match["sep"] != "-" or match.end() >= len(match.string):
        return False
    letters = [c for c in token if c.isalpha()]
    shouting = bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 3
    if match["caps"]:
        return shouting and (in_chain or " " in token)
    return shouting or bool(match["ord"] or match["num"]) or in_chain


def parse_slug(headline: str) -> Slug:
    """Peel the version/signal/genre chain off a headline (``3rd Ld-Writethru-China Focus: X``)."""
    text = headline.strip()
    if _STANDALONE_KILL_RE.match(text):
        return Slug(headline=text, signal="kill", tokens=[text])
    slug = Slug(headline=text)
    pos = 0
    while pos < len(text) and len(slug.tokens) < 8:
        match = _TOKEN_RE.match(text, pos)
        if match is None or not _accepts(match, bool(slug.tokens)):
            break
        rest = text[match.end() :].strip()
        if not rest:
            break
        _apply(slug, match)
        pos = match.end()
    if slug.tokens:
        slug.slugline = text[:pos].rstrip(" -:,—–")
        slug.headline = text[pos:].strip()
    return slug


def _apply(slug: Slug, match: re.Match[str]) -> None:
    slug.tokens.append(match["tok"])
    if match["ord"]:
        slug.version = int(match["ord"])
        slug.signal = _stronger(slug.signal, "update")
    elif match["num"]:
        slug.version = int(match["num"])
        slug.signal = _stronger(slug.signal, "update")
        kind = match["numkind"].casefold()
        if kind in _GENRES and kind != "update":
            slug.genre = slug.genre or _GENRES[kind]
    elif match["genre"]:
        slug.genre = slug.genre or _GENRES[match["genre"].casefold()]
    elif (signal := _token_signal(match)) is not None:
        slug.signal = _stronger(slug.signal, signal)
