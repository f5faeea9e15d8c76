"""Does the cost of one item grow linearly with its size? Time per KB on synthetic hostile items.

``python benchmarks/scaling.py [--timeout S] [--only FAMILY,...]`` times the whole pure pipeline
(``Pipeline.process_batch``: parse plus full enrichment, the call a pool process makes for the
worker) on items built here from a seed, and prints the time per KB of each:

- ``figures``: a table flattened into one sentence of 1k, 2k, 4k and 8k figures, with place
  and company names in the cells (so the entity stage has mentions all along the sentence);
- ``run <kind>``: an unbroken run of 10k, 50k and 250k non-space characters inside an otherwise
  ordinary story, for several kinds: ``&`` (``&amp;`` repeated in an HTML page), a rule of
  ``=`` signs, a base64 blob and a long URL;
- ``prose``: 64 KB, 256 KB, 1 MB and 4 MB of ordinary wire prose (the benchmark corpus' writer).

Target, per family: time per KB grows by no more than 1.5x from the smallest to the largest
item, and no item takes more than 5 s. Each item runs in a child process that has the model
loaded (best of a few runs when it is quick); an item that takes longer than ``--timeout`` (wall
clock) is reported as such and the larger items of its family are skipped. "Time" is the CPU
time of that process (``time.process_time``): on a shared machine the wall time also counts
waiting for a core, so it is printed too but the verdict reads the CPU time. This is a benchmark
to read, not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import base64
import html
import multiprocessing as mp
import random
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: import from the repository, not from benchmarks/ (whose profile.py
    # would shadow the standard library's for spaCy, here and in the child processes).
    _here = Path(__file__).resolve()
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _here.parent]
    sys.path.insert(0, str(_here.parents[1]))

from benchmarks.corpus import ORGS, PLACES, PROVINCES, make_item

SEED = 20240611
# Warnings that say a bound was applied (the rest are the parser's and not about cost).
_SHOWN_WARNINGS = frozenset(
    {"long_token_masked", "figures_truncated", "enrichment_truncated", "language_not_supported"}
)
GROWTH_LIMIT = 1.5
SECONDS_LIMIT = 5.0
FIGURE_COUNTS = (1_000, 2_000, 4_000, 8_000)
RUN_LENGTHS = (10_000, 50_000, 250_000)
PROSE_BYTES = (64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024)
RUN_KINDS = ("&", "=", "base64", "url")


@dataclass(frozen=True)
class Case:
    family: str
    label: str
    value: bytes
    content_type: str | None


# --------------------------------------------------------------------------- items


def _story(middle: str) -> list[str]:
    """An ordinary short story around ``middle`` (one paragraph of it)."""
    return [
        "BEIJING, May 3 (Xinhua) -- China's industrial output rose 5.6 percent year on year in April, "
        "the National Bureau of Statistics said on Tuesday.",
        middle,
        "Retail sales grew 7.2 percent in the first four months, while fixed-asset investment slowed "
        "to 4.1 percent, according to Wang Wei, a senior analyst with Orient Securities in Shanghai.",
    ]


def _text_item(headline: str, paragraphs: list[str]) -> bytes:
    lines = [headline, "", "Xinhua, May 3, 2021", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return "\n".join(lines).encode()


def figures_case(n: int, seed: int = SEED) -> Case:
    """One sentence of ``n`` figures: "Output by region: Liaoning 3.4 percent, Acme 1,234 tonnes, ..."."""
    r = random.Random(f"{seed}:figures:{n}")
    names = (
        [city.title() for city, _, _ in PLACES]
        + PROVINCES
        + [o.removeprefix("the ") for o in ORGS]
        + [country.removeprefix("the ") for _, country, _ in PLACES]
    )
    cells: list[str] = []
    for _ in range(n):
        name = r.choice(names)
        kind = r.randrange(6)
        if kind == 0:
            cell = f"{name} {r.uniform(-9, 15):.1f} percent"
        elif kind == 1:
            cell = f"{name} {r.randrange(100, 99_999):,} tonnes"
        elif kind == 2:
            cell = f"{name} ${r.uniform(1, 900):.1f} million"
        elif kind == 3:
            cell = f"{name} {r.uniform(1, 900):.2f} billion yuan"
        elif kind == 4:
            cell = f"{name} up {r.uniform(0.1, 20):.1f} percent"
        else:
            cell = f"{name} {r.randrange(2, 5_000):,} workers"
        cells.append(cell)
    sentence = (
        "Industrial output and sales by region and company in the first quarter were as follows: "
        + ", ".join(cells[:-1])
        + f" and {cells[-1]}."
    )
    headline = "China's regional industrial output in Q1: full table"
    return Case("figures", f"{n:,} figures in one sentence", _text_item(headline, _story(sentence)), None)


def _run(kind: str, n: int, seed: int) -> str:
    r = random.Random(f"{seed}:run:{kind}:{n}")
    if kind == "=":
        return "=" * n
    if kind == "base64":
        blob = base64.b64encode(r.randbytes(n)).decode()
        return "data:image/png;base64," + blob[: n - 22]
    if kind == "url":
        alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
        parts = ["https://cdn.example.com/track/v2"]
        length = len(parts[0])
        while length < n:
            seg = "".join(r.choice(alphabet) for _ in range(r.randrange(4, 24)))
            sep = r.choice(["/", "/", "?u=", "&v=", "%2F", "-", ".", "_", "=", "#"])
            parts.append(sep + seg)
            length += len(sep) + len(seg)
        return "".join(parts)[:n]
    raise ValueError(kind)


def run_case(kind: str, n: int, seed: int = SEED) -> Case:
    """An ordinary story with an unbroken run of ``n`` non-space characters in its middle paragraph."""
    headline = "China's industrial output rises 5.6 pct in April"
    if kind == "&":
        # "&amp;" x n in an HTML page: the parser unescapes it to n ampersands.
        paras = _story(f"Readers wrote in to say {'&amp;' * n} before the data came out.")
        body = "".join(f"<p>{p if '&amp;' in p else html.escape(p, quote=False)}</p>\n" for p in paras)
        page = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            f"<title>{html.escape(headline)}</title>\n"
            '<meta property="article:published_time" content="2021-05-03T11:25:00+08:00">\n'
            f"</head><body><article><h1>{html.escape(headline)}</h1>\n{body}</article></body></html>"
        )
        return Case("run '&' (&amp; in HTML)", f"{n:,} chars", page.encode(), "text/html; charset=utf-8")
    run = _run(kind, n, seed)
    value = _text_item(headline, _story(f"The statement, posted at {run} on Monday, gave no details."))
    return Case(f"run {kind}", f"{n:,} chars", value, None)


def prose_case(size: int, seed: int = SEED) -> Case:
    """Ordinary wire prose of about ``size`` bytes: names, places, figures, quotes (seeded)."""
    words = size // 7
    item = make_item(0, seed=seed, words=words, shape="text")
    while len(item.value) < size:  # the writer's sentences vary in length: grow until big enough
        words = int(words * size / len(item.value)) + 50
        item = make_item(0, seed=seed, words=words, shape="text")
    return Case("prose", f"{len(item.value) // 1024:,} KB", item.value, None)


def all_cases(seed: int = SEED) -> list[Case]:
    cases = [figures_case(n, seed) for n in FIGURE_COUNTS]
    cases += [run_case(kind, n, seed) for kind in RUN_KINDS for n in RUN_LENGTHS]
    cases += [prose_case(size, seed) for size in PROSE_BYTES]
    return cases


# --------------------------------------------------------------------------- timing


def _child(conn: Connection) -> None:
    """Load the pipeline once, then time each item sent: best of up to 5 runs while under 1 s."""
    from consumer.pipeline import Failed, Pipeline, PipelineOptions, RawItem

    pipeline = Pipeline.build(PipelineOptions(enrich=True))
    pipeline.process_batch([RawItem(make_item(1, seed=SEED, words=300, shape="text").value)])  # warm-up
    conn.send("ready")
    while True:
        message = conn.recv()
        if message is None:
            return
        value, content_type = message
        item = RawItem(value, content_type)
        best = (float("inf"), float("inf"))
        spent = 0.0
        runs = 0
        outcome: Any = None
        while runs < 5 and (runs == 0 or spent < 1.0):
            wall, cpu = time.perf_counter(), time.process_time()
            outcome = pipeline.process_batch([item])[0]
            took = (time.process_time() - cpu, time.perf_counter() - wall)
            best, spent, runs = min(best, took), spent + took[1], runs + 1
        if isinstance(outcome, Failed):
            conn.send((*best, f"failed: {outcome.error.reason}", [], 0, 0))
        else:
            article = outcome.article
            conn.send((*best, "ok", list(article.warnings), len(article.entities), len(article.indicators)))


class _Worker:
    def __init__(self) -> None:
        ctx = mp.get_context("spawn")
        self.conn, child_conn = ctx.Pipe()
        self.proc = ctx.Process(target=_child, args=(child_conn,), daemon=True)
        self.proc.start()
        try:
            ready = self.conn.poll(300) and self.conn.recv() == "ready"
        except EOFError:  # the child died before it was ready
            ready = False
        if not ready:
            self.proc.kill()
            raise RuntimeError("the pipeline did not start in a child process (see its traceback above)")

    def time(self, case: Case, timeout: float) -> tuple[float, float, str, list[str], int, int] | None:
        self.conn.send((case.value, case.content_type))
        if not self.conn.poll(timeout):
            return None
        try:
            result: tuple[float, float, str, list[str], int, int] = self.conn.recv()
        except EOFError:
            raise RuntimeError(f"the child process died on {case.family} {case.label}") from None
        return result

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            self.conn.send(None)
        self.proc.join(30)


@dataclass
class Row:
    case: Case
    seconds: float | None  # CPU seconds of the process; None: over the timeout
    wall: float | None = None
    status: str = ""
    warnings: str = ""
    entities: int = 0
    indicators: int = 0

    @property
    def kb(self) -> float:
        return len(self.case.value) / 1024

    @property
    def ms_per_kb(self) -> float | None:
        return None if self.seconds is None else self.seconds * 1000 / self.kb


def measure(cases: list[Case], timeout: float) -> list[Row]:
    rows: list[Row] = []
    worker = _Worker()
    timed_out: set[str] = set()
    try:
        for case in cases:
            if case.family in timed_out:
                rows.append(Row(case, None, status="skipped"))
                continue
            result = worker.time(case, timeout)
            if result is None:
                worker.stop(kill=True)
                worker = _Worker()
                timed_out.add(case.family)
                rows.append(Row(case, None, status=f"> {timeout:.0f} s"))
            else:
                seconds, wall, status, warnings, n_ents, n_inds = result
                shown = ",".join(w for w in warnings if w in _SHOWN_WARNINGS)
                rows.append(Row(case, seconds, wall, status, shown, n_ents, n_inds))
            _print_row(rows[-1])
    finally:
        worker.stop()
    return rows


def _print_row(row: Row) -> None:
    secs = f"{row.seconds:8.3f}" if row.seconds is not None else f"{row.status:>8}"
    wall = f"{row.wall:8.3f}" if row.wall is not None else f"{'-':>8}"
    per_kb = f"{row.ms_per_kb:8.3f}" if row.ms_per_kb is not None else f"{'-':>8}"
    print(
        f"{row.case.family:<24} {row.case.label:<26} {row.kb:9.1f} {secs} {wall} {per_kb} "
        f"{row.entities:6d} {row.indicators:6d}  {row.warnings}",
        flush=True,
    )


def verdicts(rows: list[Row]) -> list[tuple[str, bool, str]]:
    out: list[tuple[str, bool, str]] = []
    families = list(dict.fromkeys(r.case.family for r in rows))
    for family in families:
        mine = [r for r in rows if r.case.family == family]
        if any(r.seconds is None for r in mine):
            out.append((family, False, "an item went over the timeout"))
            continue
        first, last = mine[0].ms_per_kb or 0.0, mine[-1].ms_per_kb or 0.0
        growth = last / first if first > 0 else float("inf")
        slowest = max(r.seconds or 0.0 for r in mine)
        ok = growth <= GROWTH_LIMIT and slowest <= SECONDS_LIMIT
        out.append((family, ok, f"time/KB x{growth:.2f} smallest->largest, slowest item {slowest:.2f} s"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before an item is given up")
    parser.add_argument("--only", default="", help="comma-separated family prefixes: figures,run,prose")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    cases = all_cases(args.seed)
    if args.only:
        prefixes = tuple(p.strip() for p in args.only.split(",") if p.strip())
        cases = [c for c in cases if c.family.startswith(prefixes)]
    print(
        f"{'family':<24} {'item':<26} {'KB':>9} {'cpu s':>8} {'wall s':>8} {'ms/KB':>8} {'ents':>6} "
        f"{'inds':>6}  warnings"
    )
    rows = measure(cases, args.timeout)
    print()
    print(
        f"target: CPU time/KB grows <= {GROWTH_LIMIT}x within a family, "
        f"every item <= {SECONDS_LIMIT:.0f} CPU s"
    )
    all_ok = True
    for family, ok, detail in verdicts(rows):
        all_ok &= ok
        print(f"  {'MEETS ' if ok else 'MISSES'} {family:<24} {detail}")
    print("all families meet the target" if all_ok else "some families miss the target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
