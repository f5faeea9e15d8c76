"""Score enrichment on real copy against hand-annotated gold files.

Each gold file (``evaluation/gold/GUIDELINES.md``) names one item of the shared data:
a scraped wire page (``wire-pages/<id>.txt``) or an HTML page
(``article-extraction/html/<id>.html.gz``). The item's raw bytes go through the same
pure pipeline the worker runs (decode, parse, entities, indicators, subjects), so
parser mistakes count too: an HTML page is scored on what the program makes of the
whole page, against gold annotated on the page's clean article body.

Matching rules:

- **Entities.** An output entity matches a gold entity when the types are equal and
  its name or one of its mention texts equals the gold name or one of its aliases.
  Names are compared case-, accent- and punctuation-insensitively, ignoring a leading
  "the" and a possessive "'s". Matches are one to one (maximum bipartite matching).
  Every published entity counts, so an entity with no gold counterpart is a false
  positive whatever its salience.
- **Figures.** Compared per distinct value in an item (relative tolerance 1e-6; a
  range by its low bound); rows with no value (qualitative movements) are not scored.
  A value is found when gold has it; among the output and gold rows sharing the value,
  the pair agreeing on most of unit, change and subject decides those three.
  Units compare case-insensitively. A subject is right when the output's subject name
  equals the gold subject or one of that gold entity's aliases (same normalisation as
  entities), or when both are null.
  A *fully right row* is a matched value whose best pair agrees on unit, change and
  subject; its precision is over the distinct output values, its recall over the
  distinct gold values.
- **Topics.** Top-level IPTC Media Topics (``medtop:NN000000``) published for the item
  against the gold topics, pooled over items.
- **Language.** A gold item not in English expects no entities, figures or topics:
  anything output for it is a false positive.
- **Quotes** (``eval_quotes.py``). The pipeline does not run the quote stage yet: the
  scorer calls ``consumer.quotes.extract_quotes`` on the processed article and its
  entities. An output quote matches a gold quote of the same kind when their characters
  overlap by at least 80% of each (gold spans located in the output headline/body);
  speaker accuracy is over matched direct quotes, a null speaker counting as wrong.

Usage::

    python evaluation/eval_enrichment.py --gold evaluation/gold/dev --data ../shared/data
    python evaluation/eval_enrichment.py --gold evaluation/gold/dev --data ../shared/data --details

``--details`` prints per-item errors; it refuses a directory named ``check``, whose
per-item errors are never read (it is the frozen part the bars are judged on).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval_quotes import QuoteTally, score_quotes

TOP_LEVEL = re.compile(r"^medtop:\d\d000000$")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_NON_WORD = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


def norm(name: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, without "the" or "'s"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name.strip())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _POSSESSIVE.sub("", text)
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


# --------------------------------------------------------------------------- counting


@dataclass
class PR:
    """True positives against output and gold totals."""

    tp_out: int = 0
    n_out: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: PR) -> None:
        self.tp_out += other.tp_out
        self.n_out += other.n_out
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_out / self.n_out if self.n_out else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (
            f"P {self.precision:.3f} ({self.tp_out}/{self.n_out})  "
            f"R {self.recall:.3f} ({self.tp_gold}/{self.n_gold})  F1 {self.f1:.3f}"
        )


@dataclass
class Tally:
    entities: PR = field(default_factory=PR)
    entities_by_type: dict[str, PR] = field(default_factory=dict)
    values: PR = field(default_factory=PR)
    full_rows: PR = field(default_factory=PR)
    matched_values: int = 0
    unit_right: int = 0
    change_right: int = 0
    subject_right: int = 0
    topics: PR = field(default_factory=PR)
    language_right: int = 0
    quotes: QuoteTally = field(default_factory=QuoteTally)
    items: int = 0
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        self.entities.add(other.entities)
        for kind, pr in other.entities_by_type.items():
            self.entities_by_type.setdefault(kind, PR()).add(pr)
        self.values.add(other.values)
        self.full_rows.add(other.full_rows)
        self.matched_values += other.matched_values
        self.unit_right += other.unit_right
        self.change_right += other.change_right
        self.subject_right += other.subject_right
        self.topics.add(other.topics)
        self.language_right += other.language_right
        self.quotes.add(other.quotes)
        self.items += other.items
        self.seconds += other.seconds


# --------------------------------------------------------------------------- entities


def _bipartite(edges: dict[int, set[int]]) -> dict[int, int]:
    """Maximum matching (Kuhn's augmenting paths): left index -> right index."""
    match_right: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, ()):
            if right in seen:
                continue
            seen.add(right)
            if right not in match_right or augment(match_right[right], seen):
                match_right[right] = left
                return True
        return False

    for left in edges:
        augment(left, set())
    return {left: right for right, left in match_right.items()}


def score_entities(
    out: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]], details: list[str]
) -> tuple[PR, dict[str, PR]]:
    gold_forms = [{norm(g["name"]), *(norm(a) for a in g.get("aliases") or [])} - {""} for g in gold]
    out_forms = [{norm(o["name"]), *(norm(m["text"]) for m in o.get("mentions") or [])} - {""} for o in out]
    edges = {
        i: {j for j, g in enumerate(gold) if g["type"] == o["type"] and out_forms[i] & gold_forms[j]}
        for i, o in enumerate(out)
    }
    matching = _bipartite(edges)
    by_type: dict[str, PR] = {}
    for i, o in enumerate(out):
        pr = by_type.setdefault(o["type"], PR())
        pr.n_out += 1
        pr.tp_out += i in matching
        if i not in matching:
            details.append(f"  FP entity {o['type']:<12} {o['name']!r}")
    matched_gold = set(matching.values())
    for j, g in enumerate(gold):
        pr = by_type.setdefault(g["type"], PR())
        pr.n_gold += 1
        pr.tp_gold += j in matched_gold
        if j not in matched_gold:
            details.append(f"  FN entity {g['type']:<12} {g['name']!r}")
    total = PR()
    for pr in by_type.values():
        total.add(pr)
    return total, by_type


# --------------------------------------------------------------------------- figures


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _subject_right(out_row: dict[str, Any], gold_row: dict[str, Any], aliases: dict[str, set[str]]) -> bool:
    gold_subject = gold_row.get("subject")
    out_subject = out_row.get("subject_name")
    if not gold_subject or not out_subject:
        return not gold_subject and not out_subject
    return norm(out_subject) in aliases.get(gold_subject, {norm(gold_subject)})


def _agreement(
    out_row: dict[str, Any], gold_row: dict[str, Any], aliases: dict[str, set[str]]
) -> tuple[bool, bool, bool]:
    unit = (out_row.get("unit") or "").casefold() == (gold_row.get("unit") or "").casefold()
    change = (out_row.get("change") or None) == (gold_row.get("change") or None)
    return unit, change, _subject_right(out_row, gold_row, aliases)


def _distinct(values: Iterable[float]) -> list[float]:
    kept: list[float] = []
    for v in values:
        if not any(_same(v, k) for k in kept):
            kept.append(v)
    return kept


def score_figures(
    out: Sequence[dict[str, Any]],
    gold: Sequence[dict[str, Any]],
    entities: Sequence[dict[str, Any]],
    details: list[str],
) -> Tally:
    aliases = {g["name"]: {norm(g["name"]), *(norm(a) for a in g.get("aliases") or [])} for g in entities}
    out_rows = [o for o in out if o.get("value") is not None]
    gold_rows = [g for g in gold if g.get("value") is not None]
    out_values = _distinct(o["value"] for o in out_rows)
    gold_values = _distinct(float(g["value"]) for g in gold_rows)
    tally = Tally()
    tally.values.n_out = tally.full_rows.n_out = len(out_values)
    tally.values.n_gold = tally.full_rows.n_gold = len(gold_values)
    for value in out_values:
        gold_here = [g for g in gold_rows if _same(float(g["value"]), value)]
        out_here = [o for o in out_rows if _same(o["value"], value)]
        if not gold_here:
            details.append(f"  FP figure {out_here[0]['text']!r} ({value:g} {out_here[0].get('unit')})")
            continue
        tally.values.tp_out += 1
        tally.values.tp_gold += 1
        tally.matched_values += 1
        best = max(
            ((o, g, _agreement(o, g, aliases)) for o in out_here for g in gold_here),
            key=lambda t: sum(t[2]),
        )
        unit, change, subject = best[2]
        tally.unit_right += unit
        tally.change_right += change
        tally.subject_right += subject
        if unit and change and subject:
            tally.full_rows.tp_out += 1
            tally.full_rows.tp_gold += 1
        else:
            o, g, _ = best
            details.append(
                f"  ~  figure {o['text']!r}: unit {o.get('unit')}/{g.get('unit')} "
                f"change {o.get('change')}/{g.get('change')} "
                f"subject {o.get('subject_name')}/{g.get('subject')}"
            )
    for value in gold_values:
        if not any(_same(value, v) for v in out_values):
            row = next(g for g in gold_rows if _same(float(g["value"]), value))
            details.append(f"  FN figure {row.get('text')!r} ({value:g} {row.get('unit')})")
    return tally


# --------------------------------------------------------------------------- topics


def score_topics(out: Sequence[dict[str, Any]], gold: Sequence[str], details: list[str]) -> PR:
    got = {t["code"] for t in out if TOP_LEVEL.match(t["code"])}
    want = set(gold)
    for code in sorted(got - want):
        details.append(f"  FP topic {code}")
    for code in sorted(want - got):
        details.append(f"  FN topic {code}")
    hit = len(got & want)
    return PR(tp_out=hit, n_out=len(got), tp_gold=hit, n_gold=len(want))


# --------------------------------------------------------------------------- items


def raw_item(gold: dict[str, Any], data: Path) -> tuple[bytes, str | None]:
    if gold["kind"] == "wire":
        return (data / "wire-pages" / f"{gold['id']}.txt").read_bytes(), None
    with gzip.open(data / "article-extraction" / "html" / f"{gold['id']}.html.gz") as fh:
        return fh.read(), "text/html"


def score_item(event: dict[str, Any] | None, gold: dict[str, Any], details: list[str]) -> Tally:
    english = (gold.get("language") or "en") == "en"
    gold_entities = gold.get("entities") or [] if english else []
    gold_figures = gold.get("indicators") or [] if english else []
    gold_topics = gold.get("topics") or [] if english else []
    event = event or {}
    tally = score_figures(event.get("indicators") or [], gold_figures, gold_entities, details)
    tally.entities, tally.entities_by_type = score_entities(
        event.get("entities") or [], gold_entities, details
    )
    tally.topics = score_topics(event.get("subjects") or [], gold_topics, details)
    out_lang = (event.get("language") or "").split("-")[0].lower()
    tally.language_right = int(out_lang == (gold.get("language") or "en"))
    if not tally.language_right:
        details.append(f"  language {event.get('language')!r}, gold {gold.get('language')!r}")
    tally.items = 1
    return tally


def report(name: str, tally: Tally) -> None:
    print(f"== {name}: {tally.items} items, {tally.seconds / max(tally.items, 1) * 1000:.0f} ms/item")
    print(f"entities (typed)      {tally.entities.line()}")
    for kind in sorted(tally.entities_by_type):
        print(f"  {kind:<18}  {tally.entities_by_type[kind].line()}")
    print(f"figure values         {tally.values.line()}")
    m = max(tally.matched_values, 1)
    print(
        f"  among {tally.matched_values} matched: unit {tally.unit_right / m:.3f}  "
        f"change {tally.change_right / m:.3f}  subject {tally.subject_right / m:.3f}"
    )
    print(f"fully right rows      {tally.full_rows.line()}")
    print(f"topics (top level)    {tally.topics.line()}")
    print(f"language right        {tally.language_right}/{tally.items}")
    print("\n".join(tally.quotes.lines()))
    print(f"  quote stage: {tally.quotes.seconds / max(tally.items, 1) * 1000:.2f} ms/item")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="directory of gold JSON files")
    parser.add_argument("--data", type=Path, required=True, help="the shared data directory")
    parser.add_argument(
        "--details", action="store_true", help="print per-item errors (not for check/ or holdout/)"
    )
    parser.add_argument("--model", default="en_core_web_sm")
    args = parser.parse_args(argv)
    if args.details and args.gold.resolve().name in ("check", "holdout"):
        print(
            f"refusing --details on the {args.gold.resolve().name} part: read its totals only",
            file=sys.stderr,
        )
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem
    from consumer.quotes import extract_quotes

    pipeline = Pipeline.build(PipelineOptions(spacy_model=args.model))
    files = sorted(args.gold.glob("*.json"))
    if not files:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 2
    totals: dict[str, Tally] = {"wire": Tally(), "html": Tally(), "all": Tally()}
    for path in files:
        gold = json.loads(path.read_text())
        value, content_type = raw_item(gold, args.data)
        started = time.perf_counter()
        outcome = pipeline.process_batch([RawItem(value, content_type)])[0]
        elapsed = time.perf_counter() - started
        event = json.loads(outcome.article.model_dump_json()) if isinstance(outcome, Processed) else None
        details: list[str] = [] if event else ["  item failed: " + str(getattr(outcome, "error", ""))]
        tally = score_item(event, gold, details)
        tally.seconds = elapsed
        quotes: list[dict[str, Any]] = []
        if isinstance(outcome, Processed):
            started = time.perf_counter()
            found = extract_quotes(outcome.article, outcome.article.entities)
            tally.quotes.seconds = time.perf_counter() - started
            quotes = [q.model_dump() for q in found]
        tally.quotes.add(score_quotes(quotes, gold, event, norm, details))
        totals[gold["kind"]].add(tally)
        totals["all"].add(tally)
        if args.details and details:
            print(f"-- {gold['kind']} {gold['id'][:16]}")
            print("\n".join(details))
    for name in ("wire", "html", "all"):
        if totals[name].items:
            report(name, totals[name])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
