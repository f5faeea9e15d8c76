"""Score the entity stage against plain spaCy on CoNLL-2003 English, side by side.

Both systems run in the same process on the same documents so that the speed
ratio is meaningful on whatever machine runs it. Scoring is deliberately
offset-free -- the multiset of (surface text, CoNLL type) per document -- because
our pipeline re-cases ALL-CAPS lines and merges gazetteer hits, and boundary
conventions (titles, "the") differ between spaCy and CoNLL.

Usage: python evaluation/eval_entities.py /work/shared/data/conll2003 [--split eng.testa]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

OURS_TO_CONLL = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "LOCATION": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "MISC": "MISC",
}
SPACY_TO_CONLL = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")

Bag = Counter[tuple[str, str]]


def read_conll(path: Path) -> Iterator[tuple[list[str], Bag]]:
    """Yield (sentences as detokenised-by-space lines, gold multiset) per document."""
    sentences: list[str] = []
    tokens: list[str] = []
    gold: Bag = Counter()
    span: list[str] = []
    span_type = ""

    def close_span() -> None:
        nonlocal span, span_type
        if span:
            gold[(" ".join(span), span_type)] += 1
        span, span_type = [], ""

    def close_sentence() -> None:
        close_span()
        if tokens:
            sentences.append(" ".join(tokens))
            tokens.clear()

    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                close_sentence()
                if sentences:
                    yield sentences, gold
                sentences, gold = [], Counter()
                continue
            if not line.strip():
                close_sentence()
                continue
            cols = line.split()
            word, tag = cols[0], cols[-1]
            tokens.append(word)
            if tag == "O":
                close_span()
                continue
            prefix, kind = tag.split("-", 1)
            if prefix == "B" or kind != span_type:
                close_span()
                span_type = kind
            span.append(word)
    close_sentence()
    if sentences:
        yield sentences, gold


def score(gold_docs: Sequence[Bag], pred_docs: Sequence[Bag]) -> dict[str, tuple[float, float, float, int]]:
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        inter = gold & pred
        for (_, kind), n in inter.items():
            tp[kind] += n
            tp["ALL"] += n
        for (_, kind), n in pred.items():
            n_pred[kind] += n
            n_pred["ALL"] += n
        for (_, kind), n in gold.items():
            n_gold[kind] += n
            n_gold["ALL"] += n
    out: dict[str, tuple[float, float, float, int]] = {}
    for kind in (*TYPES, "ALL"):
        p = tp[kind] / n_pred[kind] if n_pred[kind] else 0.0
        r = tp[kind] / n_gold[kind] if n_gold[kind] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = (p, r, f, n_gold[kind])
    return out


def _norm(text: str) -> str:
    """spaCy keeps the CoNLL token spacing since we join tokens with spaces; only squeeze runs."""
    return " ".join(text.split())


def run_plain(model: str, docs: Sequence[list[str]]) -> tuple[list[Bag], float]:
    import spacy

    nlp = spacy.load(model)
    texts = ["\n".join(lines) for lines in docs]
    list(nlp.pipe(texts[:3]))  # warm-up, excluded from timing like ours
    t0 = time.perf_counter()
    bags: list[Bag] = []
    for doc in nlp.pipe(texts, batch_size=32):
        bag: Bag = Counter()
        for ent in doc.ents:
            kind = SPACY_TO_CONLL.get(ent.label_)
            if kind:
                bag[(_norm(ent.text), kind)] += 1
        bags.append(bag)
    return bags, time.perf_counter() - t0


def run_ours(model: str, docs: Sequence[list[str]]) -> tuple[list[Bag], float]:
    from consumer.entities import EntityExtractor, load_nlp
    from consumer.events import Article, Body

    extractor = EntityExtractor(load_nlp(model), batch_size=32)
    # The whole document goes in the body, one sentence per line, headline empty:
    # CoNLL documents start with their headline and dateline lines inside the text,
    # and splitting them out would need guesswork the parser does for real items.
    articles = [
        Article(
            id=f"conll-{i}",
            story_id=f"conll-{i}",
            headline="",
            body=Body(text="\n".join(lines), paragraphs=list(lines), word_count=0),
        )
        for i, lines in enumerate(docs)
    ]
    extractor.extract(articles[:3])
    t0 = time.perf_counter()
    results = extractor.extract(articles)
    elapsed = time.perf_counter() - t0
    bags: list[Bag] = []
    for entities in results:
        bag: Bag = Counter()
        for entity in entities:
            for mention in entity.mentions:
                bag[(_norm(mention.text), OURS_TO_CONLL[entity.type])] += 1
        bags.append(bag)
    return bags, elapsed


def report(name: str, result: dict[str, tuple[float, float, float, int]], n_docs: int, secs: float) -> None:
    print(f"\n{name}: {n_docs} docs in {secs:.2f}s = {n_docs / secs:.1f} docs/s")
    print(f"  {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for kind, (p, r, f, n) in result.items():
        print(f"  {kind:<5} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="directory holding CoNLL-2003 eng.* files")
    ap.add_argument("--split", default="eng.testa")
    ap.add_argument("--model", default="en_core_web_sm", help="spaCy pipeline for both systems")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors of ours")
    args = ap.parse_args(argv)

    from consumer.entities import resolve_model_name

    model = resolve_model_name(args.model)
    corpus = list(read_conll(args.data / args.split))
    if args.limit:
        corpus = corpus[: args.limit]
    docs = [lines for lines, _ in corpus]
    gold = [bag for _, bag in corpus]

    plain_bags, plain_secs = run_plain(model, docs)
    our_bags, our_secs = run_ours(model, docs)
    plain = score(gold, plain_bags)
    ours = score(gold, our_bags)
    print(f"CoNLL-2003 {args.split}, {len(docs)} documents, model {model}")
    report("plain spaCy", plain, len(docs), plain_secs)
    report("wire-consumer entities", ours, len(docs), our_secs)
    df1 = ours["ALL"][2] - plain["ALL"][2]
    speed = (len(docs) / our_secs) / (len(docs) / plain_secs)
    print(f"\nF1 delta {df1:+.3f} (target >= +0.100); speed ratio {speed:.2f} (target >= 0.80)")
    if args.errors:
        fp: Counter[tuple[str, str]] = Counter()
        fn: Counter[tuple[str, str]] = Counter()
        for g, p in zip(gold, our_bags, strict=True):
            fp.update(p - g)
            fn.update(g - p)
        print("\nfalse positives:", fp.most_common(args.errors))
        print("\nfalse negatives:", fn.most_common(args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
