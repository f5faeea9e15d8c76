"""Choose the confidence threshold at which top-level IPTC topics are published.

Runs the same pure pipeline as ``eval_enrichment.py`` on a gold directory, keeps every
top-level topic's confidence (``consumer.subjects.classify.confidences``) and prints topic
precision and recall, pooled over items as the scorer pools them, for each threshold on a
0.01 grid. The threshold it recommends is found in two steps, each a margin against fitting 32 items:

1. the plateau edge: among the thresholds that keep recall at or above ``--recall``
   (0.75, the other bar), the lowest from which precision stays at or above ``--target``
   + ``--margin`` (0.85 + 0.05) at *every* higher one, so that no single lucky point is
   chosen; precision here is counted pessimistically, as if one more published topic were
   wrong (tp / (published + 1)), because with about 45 published topics one item moves it
   by 0.02;
2. plus ``--offset`` (0.03) of confidence: the topics just above the plateau's edge are
   those the dev set says least about, so the published threshold sits a step inside it.

At most three topics per item are published, as in the worker.

Use the dev part only: it refuses a directory named ``check`` (the frozen part is read
for its totals by ``eval_enrichment.py`` and never tuned on).

    python evaluation/calibrate_topics.py --gold evaluation/gold/dev --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

TOP_LEVEL_SUFFIX = "000000"
MAX_TOPICS = 3


def pooled(items: Sequence[tuple[set[str], dict[str, float]]], threshold: float) -> tuple[int, int, int]:
    """(true positives, published, gold) over all items at one threshold."""
    tp = out = gold_n = 0
    for gold, conf in items:
        ranked = sorted((c for c in conf.items() if c[1] >= threshold), key=lambda c: (-c[1], c[0]))
        got = {code for code, _ in ranked[:MAX_TOPICS]}
        tp += len(got & gold)
        out += len(got)
        gold_n += len(gold)
    return tp, out, gold_n


def recommend(
    items: Sequence[tuple[set[str], dict[str, float]]], floor: float, min_recall: float
) -> tuple[float | None, list[tuple[float, int, int, int]]]:
    """(plateau edge, or None when no threshold keeps both bars; the whole table)."""
    grid = [round(0.05 + 0.01 * i, 2) for i in range(91)]
    table = [(t, *pooled(items, t)) for t in grid]
    usable = [row for row in table if row[3] and row[1] / row[3] >= min_recall]
    edge = None
    for t, tp, out, _ in reversed(usable):
        if tp / (out + 1) < floor:  # pessimistic: as if one more published topic were wrong
            break
        edge = t
    return edge, table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--target", type=float, default=0.85)
    parser.add_argument("--margin", type=float, default=0.05)
    parser.add_argument("--recall", type=float, default=0.75)
    parser.add_argument("--offset", type=float, default=0.03)
    parser.add_argument("--model", default="en_core_web_sm")
    args = parser.parse_args(argv)
    if args.gold.resolve().name == "check":
        print("refusing the frozen check part: calibrate on dev only", file=sys.stderr)
        return 2
    root = Path(__file__).resolve().parent
    sys.path.insert(0, str(root.parent))
    sys.path.insert(0, str(root))
    from eval_enrichment import raw_item

    from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem, supports_language
    from consumer.subjects.classify import THRESHOLD, confidences, topic_evidence

    pipeline = Pipeline.build(PipelineOptions(spacy_model=args.model))
    items: list[tuple[set[str], dict[str, float]]] = []
    for path in sorted(args.gold.glob("*.json")):
        gold = json.loads(path.read_text())
        english = (gold.get("language") or "en") == "en"
        value, content_type = raw_item(gold, args.data)
        outcome = pipeline.process_batch([RawItem(value, content_type)])[0]
        conf: dict[str, float] = {}
        if isinstance(outcome, Processed) and supports_language(outcome.article):
            event = outcome.article  # the published event: entities and figures as the worker has them
            evidence, _ = topic_evidence(event, event.entities, event.indicators)
            conf = {c: v for c, v in confidences(evidence).items() if c.endswith(TOP_LEVEL_SUFFIX)}
        items.append((set(gold.get("topics") or []) if english else set(), conf))
    edge, table = recommend(items, args.target + args.margin, args.recall)
    if edge is None:
        print("no threshold keeps both precision and recall on this set", file=sys.stderr)
        return 1
    chosen = round(edge + args.offset, 2)
    print(f"{len(items)} items; precision floor {args.target} + margin {args.margin}, offset {args.offset}")
    print("threshold  precision  recall  (tp/published/gold)")
    for t, tp, out, gold_n in table:
        if out:
            marks = [("plateau edge", edge), ("recommended", chosen), ("in use", THRESHOLD)]
            mark = "".join(f"  <- {name}" for name, value in marks if abs(t - value) < 1e-9)
            print(f"  {t:.2f}     {tp / out:.3f}    {tp / max(gold_n, 1):.3f}  ({tp}/{out}/{gold_n}){mark}")
    print(f"plateau edge {edge:.2f}; recommended threshold {chosen:.2f}; in use {THRESHOLD:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
