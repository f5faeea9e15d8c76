"""Side-by-side quantity evaluation of the indicator stage and quantulum3 on news sentences.

Usage: .venv/bin/python evaluation/eval_indicators.py /work/shared/data/newsquant/dev.json

The data (CQE's NewsQuant format) is a JSON list of {"text", "quantities": [{"value", "unit",
"normalized_unit", "change", ...}]}; it is read from the given path and never copied.

Scoring follows CQE's evaluation: per sentence, a predicted quantity matches one gold quantity
(one-to-one, greedy in text order) when the values are equal (relative tolerance 1e-3); a gold
range "a-b" matches a predicted range with the same bounds, or two predicted values a and b.
value+unit also requires the normalised units to agree (both unitless, same canonical unit,
or -- for counts -- the gold unit noun appearing in the predicted span); value+change also
requires the direction to agree, gold "up"/"down" against predicted up/down, and every other
gold mark ("=", "~", ">", "<") against no direction. quantulum3 reports no direction, so
its value+change counts only figures whose gold change is not up/down.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from consumer.events import Article, Body
from consumer.indicators import extract_indicators
from consumer.indicators.units import singular


@dataclass
class Quantity:
    low: float
    high: float | None  # None for a single value
    unit: str  # canonical, "" when unitless
    change: str | None  # "up" / "down" / None
    surface: str = ""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Scores:
    value: Score = field(default_factory=Score)
    value_unit: Score = field(default_factory=Score)
    value_change: Score = field(default_factory=Score)


# Canonical unit names: our codes and quantulum3's names both map onto the gold vocabulary.
_CANONICAL = {
    "percent": "percentage", "%": "percentage", "percentage_point": "percentage point",
    "usd": "dollar", "united states dollar": "dollar", "aud": "australian dollar",
    "nzd": "new zealand dollar",
    "hkd": "hong kong dollar", "sgd": "singaporean dollar", "singapore dollar": "singaporean dollar",
    "cad": "canadian dollar", "gbp": "pound sterling", "eur": "euro", "jpy": "japanese yen",
    "yen": "japanese yen",
    "cny": "chinese yuan", "yuan": "chinese yuan", "renminbi": "chinese yuan", "inr": "indian rupee",
    "myr": "malaysian ringgit", "ils": "shekel", "israeli new shekel": "shekel", "zar": "south african rand",
    "year_of_age": "year of age", "km/h": "kilometre per hour", "mph": "mile per hour", "km": "kilometre",
    "m": "metre", "um": "micrometre", "mile": "mile", "yard": "yard", "foot": "foot", "inch": "inch",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "lb": "pound-mass", "pound": "pound-mass",
    "tonne": "metric ton", "litre": "litre", "barrel": "barrel", "barrel/day": "barrel per day",
    "kw": "kilowatt", "mw": "megawatt",
    "gw": "gigawatt", "w": "watt", "gwh": "gigawatt hour",
    "mah": "milliampere-hour", "hp": "horsepower", "n·m": "newton metre", "lbf·ft": "foot pound-force",
    "rpm": "revolutions per minute", "hz": "hertz", "gb": "gigabyte", "mbit/s": "megabit per second",
    "mpa": "megapascal", "ppb": "parts-per-billion", "degc": "celsius", "degree celsius": "celsius",
    "degf": "fahrenheit", "degree fahrenheit": "fahrenheit", "degree": "degree", "degree angle": "degree",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "point": "point", "cent": "cent", "times": "count", "m2": "square metre",
    "mi2": "square mile", "farad": "farad", "v": "volt", "volt": "volt",
    "mobile_generation": "generation wireless",
    "dimensionless": "", "-": "", "count": "count",
    # the published symbols (consumer.indicators.units.published_unit)
    "t": "metric ton", "sq km": "square kilometre", "sq m": "square metre", "sq mi": "square mile",
    "in": "inch", "ft": "foot", "mi": "mile", "yd": "yard", "c": "celsius", "f": "fahrenheit",
    "ha": "hectare", "l": "litre", "oz": "ounce", "gal": "gallon",
}  # fmt: skip


def canonical(unit: str | None) -> str:
    if not unit:
        return ""
    lower = unit.strip().lower()
    if lower in _CANONICAL:
        return _CANONICAL[lower]
    base, _, per = lower.partition("/")
    name = _CANONICAL.get(base, _CANONICAL.get(singular(base), base))
    if per:
        name = f"{name} per {per}"
    return name


def parse_gold(raw: dict[str, Any]) -> Quantity | None:
    text = str(raw["value"]).strip()
    match = re.fullmatch(r"(-?[\d.]+)\s*-\s*(-?[\d.]+)", text)
    try:
        if match:
            low, high = float(match.group(1)), float(match.group(2))
        else:
            low, high = float(text), None
    except ValueError:
        return None
    change = raw.get("change")
    unit = raw.get("normalized_unit") or ""
    return Quantity(
        low, high, "" if unit == "-" else unit.lower(), change if change in ("up", "down") else None
    )


def ours(text: str) -> list[Quantity]:
    article = Article(
        id="eval", story_id="eval", headline="", body=Body(text=text, paragraphs=[text], word_count=0)
    )
    found: list[Quantity] = []
    for row in extract_indicators(article):
        if row.value is None:
            continue
        unit = "year of age" if row.metric == "age" else canonical(row.unit)
        found.append(Quantity(row.value, row.value_max, unit, row.change, row.text))
    return found


def quantulum(text: str) -> list[Quantity]:
    from quantulum3 import parser

    found: list[Quantity] = []
    try:
        parsed = parser.parse(text)
    except Exception:  # quantulum3 raises on some inputs; count that as no output
        return found
    for q in parsed:
        unit = "" if q.unit.name == "dimensionless" else canonical(q.unit.name)
        if q.uncertainty:
            found.append(Quantity(q.value - q.uncertainty, q.value + q.uncertainty, unit, None, q.surface))
        else:
            found.append(Quantity(float(q.value), None, unit, None, q.surface))
    return found


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def _unit_ok(gold: Quantity, pred: Quantity) -> bool:
    if gold.unit == pred.unit:
        return True
    head = singular(gold.unit.split()[-1]) if gold.unit else ""
    return bool(head) and head in {singular(w) for w in re.findall(r"[a-z]+", pred.surface.lower())}


def _match(
    golds: list[Quantity], preds: list[Quantity], extra: Callable[[Quantity, Quantity], bool]
) -> Score:
    used: set[int] = set()
    tp = 0
    for gold in golds:
        hit: list[int] = []
        for i, pred in enumerate(preds):
            if i in used or not extra(gold, pred):
                continue
            single = gold.high is None and pred.high is None
            both_ranges = gold.high is not None and pred.high is not None
            same_high = gold.high is None or pred.high is None or _close(gold.high, pred.high)
            if (single or both_ranges) and _close(gold.low, pred.low) and same_high:
                hit = [i]
            if hit:
                break
        if not hit and gold.high is not None:
            # a range predicted as two values
            lows = [
                i for i, p in enumerate(preds) if i not in used and p.high is None and _close(p.low, gold.low)
            ]
            highs = [
                i
                for i, p in enumerate(preds)
                if i not in used and p.high is None and _close(p.low, gold.high)
            ]
            lows = [i for i in lows if extra(gold, preds[i])]
            highs = [i for i in highs if i not in lows[:1] and extra(gold, preds[i])]
            if lows and highs:
                hit = [lows[0], highs[0]]
        if hit:
            used.update(hit)
            tp += 1
    fp = sum(1 for i in range(len(preds)) if i not in used)
    return Score(tp, fp, len(golds) - tp)


def _add(total: Score, part: Score) -> None:
    total.tp += part.tp
    total.fp += part.fp
    total.fn += part.fn


def evaluate(items: list[dict[str, Any]], system: Callable[[str], list[Quantity]]) -> tuple[Scores, float]:
    scores = Scores()
    started = time.perf_counter()
    predictions = [system(item["text"]) for item in items]
    elapsed = time.perf_counter() - started
    for item, preds in zip(items, predictions, strict=True):
        golds = [q for q in (parse_gold(g) for g in item["quantities"]) if q is not None]
        _add(scores.value, _match(golds, preds, lambda g, p: True))
        _add(scores.value_unit, _match(golds, preds, _unit_ok))
        _add(scores.value_change, _match(golds, preds, lambda g, p: g.change == p.change))
    return scores, len(items) / elapsed if elapsed else float("inf")


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("data", help="NewsQuant-format JSON (e.g. /work/shared/data/newsquant/dev.json)")
    args.add_argument("--errors", action="store_true", help="print our misses and false positives")
    options = args.parse_args(argv)
    with open(options.data, encoding="utf-8") as handle:
        items: list[dict[str, Any]] = json.load(handle)
    warnings.filterwarnings("ignore")
    quantulum("warm up 5 km")  # load quantulum3's unit tables outside the timed run
    print(f"{len(items)} sentences, {sum(len(i['quantities']) for i in items)} gold quantities")
    print(f"{'system':<12}{'metric':<14}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    for name, system in (("indicators", ours), ("quantulum3", quantulum)):
        scores, rate = evaluate(items, system)
        for metric in ("value", "value_unit", "value_change"):
            score: Score = getattr(scores, metric)
            p, r, f = score.prf()
            print(f"{name:<12}{metric:<14}{p:7.3f}{r:7.3f}{f:7.3f}{score.tp:6d}{score.fp:6d}{score.fn:6d}")
        print(f"{name:<12}{'items/sec':<14}{rate:21.0f}")
    if options.errors:
        for item in items:
            golds = [q for q in (parse_gold(g) for g in item["quantities"]) if q is not None]
            preds = ours(item["text"])
            score = _match(golds, preds, lambda g, p: g.change == p.change)
            if score.fp or score.fn:
                print("\n" + item["text"])
                print("  gold:", [(g.low, g.high, g.unit, g.change) for g in golds])
                print("  ours:", [(p.low, p.high, p.unit, p.change, p.surface) for p in preds])
    return 0


if __name__ == "__main__":
    sys.exit(main())
