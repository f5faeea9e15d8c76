"""Measured evidence for the parse-only fixes proposed in docs/benchmarks.md (not used at run time).

Patches, in this process only, the two hot spots py-spy shows in the parse-only worker and
checks that every article is byte-identical to the unpatched parser's:

A. ``consumer/parse/clean.py``: ``clean_text`` does four regex passes over the whole text and
   ``_SPACES_RE`` (``[^\\S\\n]+``) matches -- and replaces -- every single space between words;
   ``clean_inline`` runs all of it and then ``" ".join(text.split())`` anyway. Proposed: one
   pass for controls+invisibles, ``[^\\S\\n]{2,}|[^\\S \\n]`` (only runs and non-space blanks),
   NFC only for non-ASCII text, and ``clean_inline`` without the space pass.
B. ``consumer/parse/wiretext.py``: ``_FURNITURE_RE`` has two alternatives that start with
   ``.*`` (``.*\\bAdjust font size\\b.*``, ``.*Please enable JavaScript.*``), which make every
   body line cost a backtracking scan. Proposed: drop them from the regex and test them only
   when the line contains "font size" / "javascript".

``python -m benchmarks.experiments.parse_fastpaths [N]``: baseline / A / A+B, interleaved,
best of 5, ms per item over N corpus items (one process, no Kafka).
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections.abc import Callable

from benchmarks.corpus import corpus


def main() -> None:
    import consumer.parse as parse_pkg
    import consumer.parse.build as build
    import consumer.parse.clean as clean
    import consumer.parse.wiretext as wiretext
    from consumer.pipeline import Pipeline, PipelineOptions, RawItem

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    raw = [RawItem(i.value, i.content_type) for i in corpus(n, seed=5)]
    pipeline = Pipeline.build(PipelineOptions(enrich=False))

    strip = re.compile(
        "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
    )
    spaces = re.compile(r"[^\S\n]{2,}|[^\S \n]")

    def clean_text(text: str) -> str:
        text = clean._NEWLINES_RE.sub("\n", text)
        text = strip.sub("", text)
        text = text.replace("\u00a0", " ").replace("\u3000", " ").replace("\t", " ")
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        return spaces.sub(" ", text)

    def clean_inline(text: str) -> str:
        text = clean._NEWLINES_RE.sub("\n", text)
        text = strip.sub("", text)
        if not text.isascii():
            text = unicodedata.normalize("NFC", text.replace("\u00a0", " ").replace("\u3000", " "))
        return " ".join(text.split())

    orig_furniture = wiretext._FURNITURE_RE
    lean = re.compile(
        orig_furniture.pattern.replace(r"|.*\bAdjust font size\b.*", "").replace(
            r"|.*Please enable JavaScript.*", ""
        ),
        re.IGNORECASE,
    )

    def is_furniture(line: str) -> bool:
        low = line.lower()
        return bool(
            lean.match(line)
            or (("font size" in low or "javascript" in low) and orig_furniture.match(line))
            or wiretext._BREADCRUMB_RE.match(line)
            or wiretext._TICKER_HEADER_RE.match(line)
            or wiretext._DATE_ONLY_LINE_RE.match(line)
        )

    originals = (
        clean.clean_text,
        parse_pkg.clean_text,
        clean.clean_inline,
        build.clean_inline,
        wiretext._is_furniture,
    )

    def variant(a: bool, b: bool) -> None:
        ct, _, ci, _, isf = originals
        clean.clean_text = parse_pkg.clean_text = clean_text if a else ct  # type: ignore[assignment]
        clean.clean_inline = build.clean_inline = clean_inline if a else ci  # type: ignore[assignment]
        wiretext._is_furniture = is_furniture if b else isf  # type: ignore[assignment]

    def run() -> tuple[float, list[str]]:
        t = time.perf_counter()
        outs = pipeline.process_batch(raw)
        return time.perf_counter() - t, [o.article.model_dump_json() for o in outs]  # type: ignore[union-attr]

    variants: dict[str, Callable[[], None]] = {
        "baseline": lambda: variant(False, False),
        "A (clean_text/clean_inline)": lambda: variant(True, False),
        "A+B (+ furniture regex)": lambda: variant(True, True),
    }
    best = {k: 1e9 for k in variants}
    outputs: dict[str, list[str]] = {}
    pipeline.process_batch(raw[:50])
    for _ in range(5):
        for name, apply in variants.items():
            apply()
            secs, outs = run()
            best[name] = min(best[name], secs)
            outputs.setdefault(name, outs)
    variant(False, False)
    base = best["baseline"]
    for name, secs in best.items():
        same = outputs[name] == outputs["baseline"]
        print(
            f"{name:30s} {secs / n * 1000:6.3f} ms/item  ({secs / base - 1:+.0%} time vs baseline)"
            f"  outputs identical: {same}"
        )


if __name__ == "__main__":
    main()
