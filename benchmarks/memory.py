"""Memory of the worker's process pool, without Kafka: peak PSS and RSS of the tree, per process.

``python -m benchmarks.memory [--start-method forkserver|spawn] [--pool-size 2] [--items 96]``
runs a child process that drives :class:`consumer.worker.executor.Executor` exactly as the worker
does (full enrichment, batches of 64 corpus items split into chunks across the pool) and samples
that child's whole process tree (the driver, the forkserver if any, the pool processes).
Prints one JSON object: peak tree PSS and summed RSS, and each process's peaks. The benchmark
run measures the same on the real worker; this is the quick way to compare start methods.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.monitor import TreeMonitor

ROOT = Path(__file__).resolve().parents[1]


async def _drive(start_method: str, pool_size: int, n: int, batch: int, seed: int) -> dict[str, float]:
    from benchmarks.corpus import corpus
    from consumer.pipeline import Failed, PipelineOptions, RawItem
    from consumer.worker.executor import Executor

    items = [RawItem(i.value, i.content_type) for i in corpus(n, seed=seed)]
    ex = Executor(PipelineOptions(enrich=True), pool_size, 60.0, start_method=start_method)
    t0 = time.time()
    await ex.start()
    started = time.time()
    failed = 0
    try:
        # Up to pool size + 1 batches in flight, as the worker keeps them.
        step = batch * (pool_size + 1)
        for i in range(0, len(items), step):
            group = [items[j : j + batch] for j in range(i, min(len(items), i + step), batch)]
            for outcomes in await asyncio.gather(*(ex.process(b) for b in group)):
                failed += sum(isinstance(o, Failed) for o in outcomes)
    finally:
        ex.close()
    return {"start_s": started - t0, "process_s": time.time() - started, "failed": failed}


def measure(
    start_method: str, pool_size: int, n: int, batch: int = 64, seed: int = 20240601
) -> dict[str, object]:
    """Run the driver child and return its tree's memory (MB) and per-process peaks."""
    argv = [
        sys.executable,
        "-m",
        "benchmarks.memory",
        "--child",
        "--start-method",
        start_method,
        "--pool-size",
        str(pool_size),
        "--items",
        str(n),
        "--batch",
        str(batch),
        "--seed",
        str(seed),
    ]
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    with TreeMonitor(proc.pid, interval=0.1, pss_every=2) as mon:
        out, _ = proc.communicate()
    child = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
    return {
        "start_method": start_method,
        "pool_size": pool_size,
        "items": n,
        "exit": proc.returncode,
        **child,
        "peak_pss_mb": round(mon.peak_pss / 1e6, 1),
        "peak_rss_mb": round(mon.peak_rss / 1e6, 1),
        "processes": mon.per_process(),
    }


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__.split("\n")[0])
    p.add_argument("--start-method", default="forkserver", choices=("forkserver", "spawn"))
    p.add_argument("--pool-size", type=int, default=2)
    p.add_argument("--items", type=int, default=96)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--seed", type=int, default=20240601)
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        res = asyncio.run(_drive(args.start_method, args.pool_size, args.items, args.batch, args.seed))
        print(json.dumps(res), flush=True)
        return
    print(json.dumps(measure(args.start_method, args.pool_size, args.items, args.batch, args.seed), indent=1))


if __name__ == "__main__":
    main()
