"""Where the full-enrichment time goes, in-process: stage timings plus a pyinstrument profile.

``python -m benchmarks.profile [N]`` prints the stage table; the benchmark run calls
:func:`profile_pipeline` and puts the table in docs/benchmarks.md. Stages: the
pipeline's own (parse, NER model, entity rules, indicators, subjects, event build)
and what the worker adds around it (pickling outcomes from the pool process to the
event loop, and turning outcomes into Kafka records: ``records_for``).
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import pickle
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.corpus import corpus

# The stages' clock: wall time by default (what a worker's item waits), or the process's CPU time
# with ``--cpu``: issue 11 bounds CPU per item, and on a shared machine the wall clock also counts
# other processes' turns, so two runs differ by a point or two of share where CPU time does not.
_clock: Callable[[], float] = time.perf_counter


def _timed(table: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*a: Any, **k: Any) -> Any:
        t = _clock()
        try:
            return fn(*a, **k)
        finally:
            table[name] += _clock() - t

    return wrapper


def profile_pipeline(out: Path | None, seed: int = 20240601, n: int = 96, batch: int = 32) -> dict[str, Any]:
    import consumer.entities.extractor as ex
    import consumer.indicators as ind
    import consumer.pipeline as pl
    import consumer.subjects as subj
    from consumer.events import Ingest
    from consumer.pipeline import Pipeline, PipelineOptions, RawItem
    from consumer.publish import InputRecord, Topics, records_for

    items = corpus(n, seed=seed + 7)
    raw = [RawItem(i.value, i.content_type) for i in items]
    pipeline = Pipeline.build(PipelineOptions(enrich=True))
    pipeline.process_batch(raw[:4])  # warm-up
    # The worker's pool processes run with the loaded model frozen out of the cyclic garbage
    # collector's view (consumer/worker/pool_preload.py); measure the pipeline as they run it.
    gc.collect()
    gc.freeze()
    table: dict[str, float] = defaultdict(float)
    saved = (
        pl.parse_item,
        ex.EntityExtractor._prepare,
        ex.EntityExtractor._pipe,
        ex.EntityExtractor._entities,
        ind.extract_indicators,
        subj.classify_subjects,
    )
    import consumer.parse.build as build

    nested: dict[str, float] = defaultdict(float)  # inside another stage: reported, not summed
    saved_language = build.detect_language
    build.detect_language = _timed(nested, "  of which language detection (in parse)", build.detect_language)
    pl.parse_item = _timed(table, "parse (decode, HTML, dateline, dates, language)", pl.parse_item)
    ex.EntityExtractor._prepare = _timed(table, "entities: recase/prepare", ex.EntityExtractor._prepare)
    ex.EntityExtractor._entities = _timed(
        table, "entities: rules, grouping, linking", ex.EntityExtractor._entities
    )
    ind.extract_indicators = _timed(table, "indicators", ind.extract_indicators)
    subj.classify_subjects = _timed(table, "subjects", subj.classify_subjects)
    # The pipeline holds its stage functions (bound when it was built): time those it holds.
    stage_attrs = {"_indicators": "indicators", "_subjects": "subjects", "_quotes": "quotes"}
    held = {attr: getattr(pipeline, attr, None) for attr in stage_attrs}
    for attr, name in stage_attrs.items():
        if held[attr] is not None:
            setattr(pipeline, attr, _timed(table, name, held[attr]))

    orig_pipe = saved[2]

    def pipe(self: Any, texts: list[str]) -> Any:  # the generator runs the model lazily: time it whole
        t = _clock()
        docs = list(orig_pipe(self, texts))
        table["entities: spaCy NER (nlp.pipe)"] += _clock() - t
        return iter(docs)

    ex.EntityExtractor._pipe = pipe
    outcomes: list[Any] = []
    session_text = ""
    top: list[tuple[str, float]] = []
    try:
        try:
            from pyinstrument import Profiler

            profiler: Any = Profiler(interval=0.002)
        except ImportError:
            profiler = None
        if profiler is not None:
            # The sampling profiler's pass, for where the time goes inside the stages. Its hook
            # runs on every Python call and return, so it slows Python-heavy stages more than the
            # model's compiled code: the stage table comes from a second pass without it.
            profiler.start()
            for i in range(0, n, batch):
                pipeline.process_batch(raw[i : i + batch])
            profiler.stop()
            session_text = profiler.output_text(unicode=False, color=False, show_all=False)
            top = _top_self(profiler.last_session.root_frame())
            table.clear()
            nested.clear()
        t_all = _clock()
        for i in range(0, n, batch):
            outcomes += pipeline.process_batch(raw[i : i + batch])
        total = _clock() - t_all
    finally:
        (
            pl.parse_item,
            ex.EntityExtractor._prepare,
            ex.EntityExtractor._pipe,
            ex.EntityExtractor._entities,
            ind.extract_indicators,
            subj.classify_subjects,
        ) = saved
        build.detect_language = saved_language
        gc.unfreeze()
        for attr, fn in held.items():
            setattr(pipeline, attr, fn)
    staged = sum(table.values())
    table["event build (pydantic models) and the rest"] = max(0.0, total - staged)
    table.update(nested)

    # What the worker adds outside process_batch: the pool returns outcomes by pickle,
    # then the event loop turns each into Kafka records (model_copy + orjson per output).
    t = _clock()
    blob = pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL)
    table["worker: pickle outcomes (pool process)"] = _clock() - t
    t = _clock()
    pickle.loads(blob)
    table["worker: unpickle outcomes (event loop)"] = _clock() - t
    topics = Topics("a", "i", "q", "d")
    t = _clock()
    n_records = 0
    now = dt.datetime.now(dt.UTC)
    for k, outcome in enumerate(outcomes):
        src = InputRecord("in", 0, k, 0, [], raw[k].value, None)
        ingest = Ingest(topic="in", partition=0, offset=k, timestamp=now, processed_at=now)
        n_records += len(records_for(outcome, src, topics, "urn:bench", ingest))
    table["worker: records_for (event loop)"] = _clock() - t
    components = _component_times(pipeline, outcomes, raw)
    stages = [(name, secs / n * 1000) for name, secs in sorted(table.items(), key=lambda kv: -kv[1])]
    result = {
        "items": n,
        "batch": batch,
        "words_per_item": sum(i.words for i in items) / n,
        "records_per_item": n_records / n,
        "pickle_kb_per_item": len(blob) / n / 1024,
        "pipeline_ms_per_item": total / n * 1000,
        "stages_ms_per_item": stages,
        "ner_components_ms_per_item": [(name, secs / n * 1000) for name, secs in components],
        "top_self_ms_per_item": [(name, secs / n * 1000) for name, secs in top],
    }
    if out is not None and session_text:
        (out / "profile-full.txt").write_text(session_text)
    return result


def profile_parse(out: Path | None, seed: int = 20240601, n: int = 600, batch: int = 64) -> dict[str, Any]:
    """pyinstrument over parse-only ``Pipeline.process_batch`` (what a parse-only pool process runs),
    plus the worker's own cost per item outside it (pickle both ways, ``records_for``)."""
    from pyinstrument import Profiler

    from consumer.events import Ingest
    from consumer.pipeline import Pipeline, PipelineOptions, RawItem
    from consumer.publish import InputRecord, Topics, records_for

    items = corpus(n, seed=seed + 7)
    raw = [RawItem(i.value, i.content_type) for i in items]
    pipeline = Pipeline.build(PipelineOptions(enrich=False))
    pipeline.process_batch(raw[:8])  # warm-up
    profiler = Profiler(interval=0.001)
    outcomes: list[Any] = []
    t = _clock()
    profiler.start()
    for i in range(0, n, batch):
        outcomes += pipeline.process_batch(raw[i : i + batch])
    profiler.stop()
    total = _clock() - t
    t = _clock()
    blob = pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.loads(blob)
    pickled = _clock() - t
    topics = Topics("a", "i", "q", "d")
    now = dt.datetime.now(dt.UTC)
    t = _clock()
    for k, outcome in enumerate(outcomes):
        src = InputRecord("in", 0, k, 0, [], raw[k].value, None)
        ingest = Ingest(topic="in", partition=0, offset=k, timestamp=now, processed_at=now)
        records_for(outcome, src, topics, "urn:bench", ingest)
    publish = _clock() - t
    if out is not None:
        (out / "profile-parse.txt").write_text(profiler.output_text(unicode=False, color=False))
    top = _top_self(profiler.last_session.root_frame())
    return {
        "items": n,
        "pipeline_ms_per_item": total / n * 1000,
        "pickle_ms_per_item": pickled / n * 1000,
        "records_for_ms_per_item": publish / n * 1000,
        "top_self_ms_per_item": [(name, secs / n * 1000) for name, secs in top],
    }


def _component_times(pipeline: Any, outcomes: list[Any], raw: list[Any]) -> list[tuple[str, float]]:
    """The entity stage's spaCy time split by pipeline component, on the texts the stage feeds it."""
    extractor = pipeline._extractor
    if extractor is None:
        return []
    from consumer.events import Article
    from consumer.pipeline import Failed, Pipeline, PipelineOptions

    texts: list[str] = []
    for outcome in Pipeline.build(PipelineOptions(enrich=False)).process_batch(raw):
        article = None if isinstance(outcome, Failed) else outcome.article
        if isinstance(article, Article):
            prepared = extractor._prepare(article)
            texts.extend(prepared.recased.values())
    nlp = extractor.nlp
    t = _clock()
    docs = [nlp.make_doc(text) for text in texts]
    times = [("tokenizer", _clock() - t)]
    for name, proc in nlp.pipeline:
        t = _clock()
        docs = (
            list(proc.pipe(docs, batch_size=extractor.batch_size))
            if hasattr(proc, "pipe")
            else [proc(d) for d in docs]
        )
        times.append((name, _clock() - t))
    return times


def _top_self(root: Any, limit: int = 15) -> list[tuple[str, float]]:
    """Functions by self time (summed over the call tree), from a pyinstrument frame tree."""
    acc: dict[str, float] = defaultdict(float)
    stack: list[tuple[Any, str]] = [(root, "?")]
    while stack:
        frame, parent = stack.pop()
        children = list(frame.children)
        if str(frame.function).startswith("["):  # pyinstrument's synthetic [self]/[await] frames
            name = parent
        elif frame.parent is None:  # the thread root: time with no Python frame on the stack
            name = "(native code with no Python frame: spaCy's Cython NER transition loop)"
        else:
            where = _short(frame.file_path_short or frame.file_path or "")
            name = f"{frame.function} ({where}:{frame.line_no})"
        self_time = frame.time - sum(c.time for c in children)
        if self_time > 0:
            acc[name] += self_time
        stack.extend((c, name) for c in children)
    return sorted(acc.items(), key=lambda kv: -kv[1])[:limit]


def _short(path: str) -> str:
    for marker in ("site-packages/", "/work/main/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def main() -> None:
    import argparse
    import json

    global _clock
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=64, help="items of the benchmark corpus")
    parser.add_argument("out", nargs="?", type=Path, help="where to write the pyinstrument profile")
    parser.add_argument("--cpu", action="store_true", help="time the stages in process CPU time")
    args = parser.parse_args()
    if args.cpu:
        _clock = time.process_time
    result = profile_pipeline(args.out, n=args.n)
    result["clock"] = "process CPU time" if args.cpu else "wall time"
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
