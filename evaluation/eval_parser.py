"""Score ``consumer.parse.parse_item`` on the shared evaluation sets.

Usage::

    python evaluation/eval_parser.py /work/shared/data
    python evaluation/eval_parser.py --wire-pages DIR --article-extraction DIR

Not part of the test suite; the data stays outside the repo.

wire-pages (flattened People's Daily Online pages, ``INDEX.json``: file -> saved
page title "<headline> - People's Daily Online.txt"):

* headline: exact match with the title from INDEX.json (whitespace-normalised;
  the genre prefix is re-attached, since we report "Interview: X" as genre
  "Interview" + headline "X").
* agency: gold is the parenthesised source of the page's source/time line,
  "( Xinhua ) 17:31, November 09, 2020" or "By X (People's Daily) 09:20, ...":
  the page states it explicitly, found here with a deliberately independent,
  simpler regex than the parser's.
* date: gold is the date on that same source/time line; ``published_at`` must
  equal it (day precision).
* dateline: gold exists only where the text has a wire dateline
  "PLACE, Mon. D (Agency) --" right after a caption or the source line; we
  report coverage (fraction of those pages where a dateline was extracted),
  place agreement, and consistency (dateline date within 2 days of the
  publication date, i.e. the year inference is right).

article-extraction (scrapinghub benchmark, 102 pages): body F1 as in the
benchmark's evaluate.py: 4-token shingles over ``\\w+`` tokens, per-document
TP/FP/FN normalised to sum 1, precision and recall averaged over documents
(skipping undefined ones), F1 from the averages. trafilatura alone
(``trafilatura.extract(html, include_comments=False)``, the benchmark's own
runner) and ours are scored in the same run on the same decoded HTML.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from consumer.errors import ParseError
from consumer.events import Article
from consumer.parse import parse_item

_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
_GOLD_SOURCE_RE = re.compile(r"\(\s*([^()]{2,60}?)\s*\)\s*\d{1,2}:\d{2},\s+([A-Z][a-z]+ \d{1,2}, \d{4})")
_GOLD_DATELINE_RE = re.compile(
    r"\b([A-Z][A-Z'’. ]+[A-Z])(?:, [A-Z][a-z]+)?, [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z]+\) --"
)
TpFpFn = tuple[float, float, float]


# --------------------------------------------------------------------------- body F1 (benchmark logic)


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_matching(true: str, pred: str) -> TpFpFn:
    gold, ours = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in set(gold) | set(ours):
        t, p = gold.get(key, 0), ours.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def prf(scores: list[TpFpFn]) -> tuple[float, float, float]:
    precision = statistics.mean(_precision(*s) for s in scores if s[0] + s[1] > 0)
    recall = statistics.mean(_recall(*s) for s in scores if s[0] + s[2] > 0)
    return precision, recall, 2 * precision * recall / (precision + recall)


def _ours_body(raw: bytes) -> str:
    try:
        return parse_item(raw, "text/html").body.text
    except ParseError:
        return ""


def evaluate_bodies(root: Path) -> None:
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    systems: dict[str, Callable[[bytes, str], str]] = {
        "trafilatura alone": lambda raw, html: trafilatura.extract(html, include_comments=False) or "",
        "parse_item (ours)": lambda raw, html: _ours_body(raw),
    }
    pages = {}
    for key in gold:
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        pages[key] = (raw, raw.decode("utf-8", errors="replace"))
    print(f"\narticle-extraction: {len(gold)} pages, body 4-shingle F1 (benchmark evaluate.py logic)")
    for name, system in systems.items():
        start = time.perf_counter()
        scores = [shingle_matching(gold[k]["articleBody"], system(*pages[k])) for k in gold]
        elapsed = time.perf_counter() - start
        p, r, f = prf(scores)
        print(
            f"  {name:<20} precision={p:.4f} recall={r:.4f} F1={f:.4f}"
            f"   ({elapsed / len(gold) * 1000:.0f} ms/page)"
        )


# --------------------------------------------------------------------------- wire pages


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _published_day(article: Article) -> dt.date | None:
    value = article.published_at
    return value.date() if isinstance(value, dt.datetime) else value


def evaluate_wire_pages(root: Path) -> None:
    index: dict[str, str] = json.loads((root / "INDEX.json").read_text(encoding="utf-8"))
    n = headline_ok = agency_n = agency_ok = date_n = date_ok = 0
    dl_gold = dl_found = dl_place = dl_consistent = dl_spurious = 0
    errors: list[str] = []
    start = time.perf_counter()
    for file_id, title in sorted(index.items()):
        path = root / f"{file_id}.txt"
        if not path.exists():
            continue
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        n += 1
        try:
            article = parse_item(raw)
        except ParseError as exc:
            errors.append(f"{file_id}: {exc}")
            continue
        gold_headline = re.sub(r" - People's Daily Online\.txt$", "", title)
        shown = [article.headline] + ([f"{article.genre}: {article.headline}"] if article.genre else [])
        if _norm(gold_headline) in {_norm(h) for h in shown}:
            headline_ok += 1
        else:
            errors.append(f"{file_id}: headline {article.headline!r} != {gold_headline!r}")
        if source := _GOLD_SOURCE_RE.search(text):
            gold_agency, gold_date = (
                source.group(1).strip(),
                dt.datetime.strptime(source.group(2), "%B %d, %Y").date(),
            )
            agency_n += 1
            date_n += 1
            if _norm(article.source.agency or "") == _norm(gold_agency):
                agency_ok += 1
            else:
                errors.append(f"{file_id}: agency {article.source.agency!r} != {gold_agency!r}")
            if _published_day(article) == gold_date:
                date_ok += 1
            else:
                errors.append(f"{file_id}: date {article.published_at!r} != {gold_date}")
        gold_dateline = _GOLD_DATELINE_RE.search(text[: text.find("(Web editor")])
        if gold_dateline:
            dl_gold += 1
            if article.dateline is not None:
                dl_found += 1
                if _norm(article.dateline.place or "").startswith(_norm(gold_dateline.group(1))):
                    dl_place += 1
                pub = _published_day(article)
                if article.dateline.date and pub and abs((article.dateline.date - pub).days) <= 2:
                    dl_consistent += 1
            else:
                errors.append(f"{file_id}: dateline missed ({gold_dateline.group(0)!r})")
        elif article.dateline is not None:
            dl_spurious += 1
            errors.append(f"{file_id}: dateline {article.dateline.raw!r} where none was expected")
    elapsed = time.perf_counter() - start
    print(f"wire-pages: {n} pages ({elapsed / max(n, 1) * 1000:.1f} ms/page)")
    print(f"  headline accuracy   {headline_ok}/{n} = {headline_ok / max(n, 1):.3f}")
    print(f"  agency accuracy     {agency_ok}/{agency_n} = {agency_ok / max(agency_n, 1):.3f}")
    print(f"  date accuracy       {date_ok}/{date_n} = {date_ok / max(date_n, 1):.3f}")
    print(
        f"  dateline coverage   {dl_found}/{dl_gold} = {dl_found / max(dl_gold, 1):.3f}; "
        f"place agrees {dl_place}/{dl_found}; date consistent {dl_consistent}/{dl_found}; "
        f"spurious {dl_spurious}/{n - dl_gold}"
    )
    for line in errors:
        print(f"    - {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "data_root", nargs="?", type=Path, help="shared data root (has wire-pages/, article-extraction/)"
    )
    parser.add_argument("--wire-pages", type=Path)
    parser.add_argument("--article-extraction", type=Path)
    args = parser.parse_args(argv)
    wire = args.wire_pages or (args.data_root / "wire-pages" if args.data_root else None)
    bodies = args.article_extraction or (args.data_root / "article-extraction" if args.data_root else None)
    if wire is None and bodies is None:
        parser.error("give the data root or --wire-pages / --article-extraction")
    if wire is not None:
        evaluate_wire_pages(wire)
    if bodies is not None:
        evaluate_bodies(bodies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
