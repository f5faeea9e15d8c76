"""Market benchmarks and indices, read from the copy's own words.

The gazetteer lists the benchmarks below; the rules find an index named with its
provider or a market word, which the model splits or misses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consumer.gate import gated, scan

# Crude benchmarks are traded products, not the places they are named after: "Brent" is not
# the London borough, "West Texas Intermediate" is neither the United States nor Texas.
BENCHMARKS: dict[str, str] = {
    "west texas intermediate": "West Texas Intermediate",
    "wti": "West Texas Intermediate",
    "brent": "Brent",
    "urals": "Urals",
    "dubai": "Dubai crude",
    "oman": "Oman crude",
    "murban": "Murban",
    "henry hub": "Henry Hub",
}
_MARKET_WORDS = (
    r"crude|oil|futures|prices?|benchmark|contracts?|blend|natural gas|gas|was|were|fell|rose|settled|"
    r"traded|added|lost|gained|dropped|climbed|slipped|jumped|slid|eased|firmed|edged"
)
_BENCHMARK = gated(
    r"(?=[UWBMHDO])(?<![\w'’-])(?:U\.S\.\s+)?(?:(?P<always>West Texas Intermediate|WTI)"
    r"|(?P<traded>Brent|Urals|Murban|Henry Hub)(?=\s+(?:" + _MARKET_WORDS + r")\b)"
    r"|(?P<crude>Dubai|Oman)(?=\s+(?:crude|oil|futures|benchmark)\b))(?![\w'’-])"
)


def benchmarks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical name) of crude and gas benchmarks: 'Brent crude', 'U.S. WTI'."""
    for match in scan(_BENCHMARK, text):
        name = match.group("always") or match.group("traded") or match.group("crude")
        yield match.start(), match.end(), BENCHMARKS[name.lower()]


# A market index named by its provider and its capitalised words, ending on "Index" or "Average"
# (or "index" after one word at least: "the MSCI Asia Pacific index"):
# "the MSCI Asia Pacific Index", "the Bloomberg Dollar Spot Index", "the KBW Bank Index", "the
# Dow Jones Transportation Average" (PRODUCT by the conventions). The model reads the provider alone
# as the company, a region inside as a place, or the whole as a body. Providers are the index
# houses and exchanges known by a short name; a ranking of people is no market index ("the
# Bloomberg Billionaires Index").
_INDEX_PROVIDER = (
    r"(?:MSCI|FTSE|Stoxx|STOXX|Euro Stoxx|S&P|Bloomberg|Nasdaq|NASDAQ|Russell|Dow Jones|Nikkei|CSI|KBW|"
    r"ICE|Cboe|CBOE|PHLX|NYSE|Baltic|Wilshire|Hang Seng|BSE|NSE|Markit|IHS Markit|Solactive|Refinitiv)"
)
_MARKET_INDEX = gated(
    rf"(?<![\w&'’./-]){_INDEX_PROVIDER}(?P<words>(?:[ \t]+(?:[A-Z][\w&/.'’-]*|\d{{1,4}})){{0,5}}?)"
    r"[ \t]+(?P<head>Index|index|Average)(?![\w'’-])"
)
_NOT_MARKET_INDEX = re.compile(r"\b(?:Billionaires|Wealth|Happiness|Equality|Gender|Peace)\b")


def market_indices(text: str) -> Iterator[tuple[int, int]]:
    """Spans of market indices named by their provider ("the MSCI Asia Pacific Index")."""
    for match in scan(_MARKET_INDEX, text):
        words = match.group("words")
        if match.group("head") == "index" and not words:
            continue  # "a Bloomberg index of ...": the provider and a common noun
        if not _NOT_MARKET_INDEX.search(words):
            yield match.span()
