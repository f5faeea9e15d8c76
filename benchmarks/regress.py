"""Regression digest of the whole pure pipeline (``scripts/regress``).

Runs ``Pipeline.build(PipelineOptions()).process_batch`` over every page of a data
directory (``wire-pages/*.txt`` as plain text, ``article-extraction/html/*.html.gz``
gunzipped, as ``text/html``) and over the seeded benchmark corpus, and prints one
sha256 of all outputs: published events as JSON with sorted keys, failures as their
reason and stage. Events carry no wall-clock time outside ``ingest`` (unset here), so
the same code gives the same digest. ``--per-item`` prints one digest per item too,
to diff two runs.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

from benchmarks.corpus import corpus
from consumer.pipeline import Failed, Pipeline, PipelineOptions, Processed, RawItem

CORPUS_SIZE = 200
CORPUS_SEED = 20240601
BATCH = 16


def items(data_dir: Path | None) -> Iterator[tuple[str, RawItem]]:
    if data_dir is not None:
        for path in sorted((data_dir / "wire-pages").glob("*.txt")):
            yield f"wire-pages/{path.name}", RawItem(path.read_bytes(), None)
        for path in sorted((data_dir / "article-extraction" / "html").glob("*.html.gz")):
            yield f"article-extraction/{path.name}", RawItem(gzip.decompress(path.read_bytes()), "text/html")
    for item in corpus(CORPUS_SIZE, seed=CORPUS_SEED):
        yield f"corpus/{item.index:05d}.{item.shape}", RawItem(item.value, item.content_type)


def output_bytes(outcome: Processed | Failed) -> bytes:
    if isinstance(outcome, Failed):
        error = outcome.error
        return orjson.dumps(
            {"failed": {"reason": error.reason, "stage": error.stage}}, option=orjson.OPT_SORT_KEYS
        )
    events = [outcome.article.model_dump(mode="json")]
    events += [event.model_dump(mode="json") for event in outcome.indicators]
    events += [event.model_dump(mode="json") for event in outcome.quotes]
    return orjson.dumps(events, option=orjson.OPT_SORT_KEYS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", nargs="?", default="../shared/data", type=Path)
    parser.add_argument("--per-item", action="store_true", help="print a digest per item before the total")
    parser.add_argument(
        "--corpus-only", action="store_true", help="only the seeded corpus (no data directory needed)"
    )
    args = parser.parse_args(argv)
    if not args.corpus_only and not (args.data_dir / "wire-pages").is_dir():
        print(f"regress: no wire-pages/ under {args.data_dir}", file=sys.stderr)
        return 2
    pipeline = Pipeline.build(PipelineOptions())
    named = list(items(None if args.corpus_only else args.data_dir))
    total = hashlib.sha256()
    for start in range(0, len(named), BATCH):
        chunk = named[start : start + BATCH]
        outcomes = pipeline.process_batch([item for _, item in chunk])
        for (name, _), outcome in zip(chunk, outcomes, strict=True):
            data = output_bytes(outcome)
            total.update(name.encode() + b"\0" + data + b"\n")
            if args.per_item:
                print(f"{hashlib.sha256(data).hexdigest()[:16]}  {name}")
    print(f"{total.hexdigest()}  {len(named)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
