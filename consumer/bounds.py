"""Length bounds on what enrichment reads, so that its cost grows linearly with an item.

Enrichment reads the body up to :func:`enriched_end` (a bound on characters and on tokens) and
at most :data:`MAX_FIGURES` figures per field. Within that, two shapes of text make per-token or
per-figure work grow with the square of their length:

- a long run of non-space characters (``&amp;`` repeated in a page, a rule of ``=`` signs, a
  base64 blob, a long URL): spaCy's tokenizer strips affixes one character at a time and
  searches the rest of the token again each time;
- a long "sentence" (a flattened table, a page with no full stops): rules that read a
  figure's sentence would read it again for every figure in it.

So enrichment reads runs of non-space characters only up to :data:`MAX_TOKEN_CHARS` (the rest
of a run is masked with spaces, which keeps the text's length, so every offset into the
masked text is an offset into the original) and reads sentences in pieces of at most
:data:`MAX_SENTENCE_CHARS`. Neither bound is reached by news copy: the longest token in the
sample pages is about 30 characters, the longest English sentence about 700.
"""

from __future__ import annotations

import re

MAX_ENRICHED_CHARS = 100_000
"""Characters of the body that enrichment reads (NER, entity rules, figures): longer bodies are
not news copy."""
MAX_ENRICHED_TOKENS = 20_000
"""Tokens (words and punctuation marks) of the body that enrichment reads. NER costs about
0.1 ms a token here, whatever the token; prose has ~20,000 in 100,000 characters, but digits and
punctuation can make five times as many, so characters alone do not bound NER's time."""
TRUNCATED_WARNING = "enrichment_truncated"
"""Article warning: enrichment read only the head of the body (see enriched_end)."""
MAX_FIGURES = 1_000
"""Figures read per field; more is a table, not a story (the sample pages have at most 91 in a
body, 100,000 characters of prose about 700), and a figure's rules cost up to ~1 ms here."""
FIGURES_WARNING = "figures_truncated"
"""Article warning: a field had more than MAX_FIGURES figures; rows stop there."""
MAX_TOKEN_CHARS = 64
"""Characters of a run of non-space characters that enrichment reads; the rest is masked."""
MAX_SENTENCE_CHARS = 2_000
"""Longer sentences are read in pieces of at most this many characters."""
LONG_TOKEN_WARNING = "long_token_masked"
"""Article warning: a run of non-space characters was read only up to MAX_TOKEN_CHARS."""

# Words, numbers and single punctuation marks: about what spaCy makes tokens of (a little more:
# "5m" is two, as for spaCy, but so is "3.4").
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")
# A run starts after a space or at the start: tried once per run, not once per character.
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_TOKEN_CHARS + 1},}}")
_CLAUSE_CUT = re.compile(r"[,;:]\s")


def has_long_run(text: str) -> bool:
    """True when ``text`` has a run of non-space characters longer than MAX_TOKEN_CHARS.

    The runs are ``split()``'s words (it splits on the characters ``\\s`` matches), measured in C:
    about 60% of the time of the pattern's search, which enters every position of the text."""
    return max(map(len, text.split()), default=0) > MAX_TOKEN_CHARS


def mask_long_runs(text: str) -> str:
    """``text`` with every character past MAX_TOKEN_CHARS in a run of non-space characters
    replaced by a space: same length, so offsets into the result are offsets into ``text``."""
    if not has_long_run(text):
        return text
    return _LONG_RUN.sub(
        lambda m: m.group()[:MAX_TOKEN_CHARS] + " " * (len(m.group()) - MAX_TOKEN_CHARS), text
    )


def enriched_end(text: str) -> int:
    """Where enrichment stops reading ``text``: after MAX_ENRICHED_CHARS characters or
    MAX_ENRICHED_TOKENS tokens, whichever comes first, counting a long run as enrichment reads it
    (masked past MAX_TOKEN_CHARS), so a long run does not hide the text after it."""
    head = text[:MAX_ENRICHED_CHARS]
    if len(head) <= MAX_ENRICHED_TOKENS:
        return len(head)  # fewer characters than the token bound
    for count, match in enumerate(_TOKEN.finditer(mask_long_runs(head)), 1):
        if count == MAX_ENRICHED_TOKENS:
            return match.end()
    return len(head)


def cut_span(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``text[start:end]`` as consecutive pieces of at most ``limit`` characters.

    A piece ends after the last clause punctuation (", ", "; ", ": ") in its second half,
    else after its last space, else at the limit; every character belongs to one piece.
    """
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        stop = start + limit
        floor = start + limit // 2
        cut = -1
        for match in _CLAUSE_CUT.finditer(text, floor, stop):
            cut = match.end()
        if cut < 0:
            space = text.rfind(" ", floor, stop - 1)
            cut = space + 1 if space >= 0 else stop
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
