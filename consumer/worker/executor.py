"""Where the CPU-heavy pipeline runs: a pebble process pool, or a thread when pool_size is 0.

A process pool lets NER use every core and is the only way to enforce the per-item time
limit: a stuck process can be killed, a stuck thread cannot. pebble kills only the process
running the task that ran over its limit (and starts a replacement), so the chunks on the
other processes are not disturbed. Its limit counts from the moment a process takes the
task, never while the task waits for a free (or still starting) process. The event loop
never runs the pipeline itself, so heartbeats keep flowing.

A one-item task writes the stage it enters to a small file, so an item whose process is
killed over time is dead-lettered with the stage it had reached (``decode``, ``parse``,
``enrich``); the failure itself is the pipeline's (:func:`consumer.pipeline.timed_out`).

Memory: the pool processes start from a *forkserver* that has already imported spaCy and built
the pipeline (model loaded, then ``gc.freeze()``), so the model's pages are shared copy-on-write
by every pool process instead of loaded once per process (what ``spawn`` did). The event-loop
process is never forked: the forkserver is a fresh interpreter started for this purpose, with
no asyncio loop or Kafka client threads in it. ``start_method="spawn"`` keeps the old way
(each pool process loads its own copy).
"""

from __future__ import annotations

import asyncio
import ctypes
import itertools
import logging
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import get_args

from pebble import ProcessExpired, ProcessPool

from consumer.errors import ModelNotAvailable, Stage
from consumer.pipeline import Outcome, Pipeline, PipelineOptions, RawItem, timed_out
from consumer.worker import pool_preload

log = logging.getLogger(__name__)

# Chunks per pool process and batch: items are 200-2,000 words, so equal-count shares are not
# equal work; with several smaller chunks a process that finishes early takes the next one.
_CHUNKS_PER_PROCESS = 4
# With enrichment, at most this many items per chunk: spaCy's NER runs one ``nlp.pipe`` over a
# chunk's texts, and its working memory grows with the chunk (~20 MB per long item, ~170 MB of
# transient peak for 8 items on a pool process) while its CPU cost per item does not change.
_MAX_ENRICH_CHUNK = 1

# What a chunk's future raises when its process was killed (over time) or died.
_RUNAWAY = (TimeoutError, ProcessExpired, BrokenProcessPool)

_pipeline: Pipeline | None = None
_init_error: Exception | None = None


def _init(options: PipelineOptions) -> None:
    """Pool initializer. A failure is kept and raised by the first call instead: an initializer
    that raises only ends its process, and its reason is lost in the child's stderr."""
    global _pipeline, _init_error
    preloaded = pool_preload.pipeline_for(options)  # built in the forkserver before the fork
    if preloaded is not None:
        _pipeline = preloaded
        return
    try:
        _pipeline = Pipeline.build(options)
    except Exception as exc:  # noqa: BLE001 - kept, and raised by the first task in this process
        _init_error = exc if isinstance(exc, ModelNotAvailable) else ModelNotAvailable(_describe(exc))


def _describe(exc: BaseException) -> str:
    return f"the pipeline could not be built in a pool process: {type(exc).__name__}: {exc}"


def _run(items: Sequence[RawItem], stage_file: str | None = None) -> list[Outcome]:
    if _pipeline is None:
        raise _init_error or RuntimeError("pool worker not initialised")
    try:
        if stage_file is None:
            return _pipeline.process_batch(items)
        marker = Path(stage_file)

        def enter(stage: Stage) -> None:
            marker.write_text(stage)

        return _pipeline.process_batch(items, on_stage=enter)
    finally:
        if _pipeline.options.enrich:
            _trim()


def _trim() -> None:
    """Give the C heap's free memory back to the system after an enrichment task.

    spaCy's NER allocates its arrays with malloc; once freed, glibc keeps most of that memory
    in the process (its mmap threshold grows with the largest arrays seen), ~40 MB per pool
    process after a few dozen items, counted in the process's private memory until it exits.
    ``malloc_trim(0)`` returns it, in well under a millisecond next to ~100 ms of enrichment.
    """
    if _malloc_trim is not None:
        _malloc_trim(0)


def _load_malloc_trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # the C library already loaded
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to trim
        return None
    return trim


_malloc_trim = _load_malloc_trim()


def _stage_reached(stage_file: Path) -> Stage:
    """The stage a killed one-item task had entered (decode if it never wrote one)."""
    try:
        stage = stage_file.read_text()
    except OSError:
        return "decode"
    return stage if stage in get_args(Stage) else "decode"  # type: ignore[return-value]


def _warm() -> bool:
    if _init_error is not None:
        raise _init_error
    return _pipeline is not None


START_METHODS = ("forkserver", "spawn")


def _context(options: PipelineOptions, start_method: str) -> multiprocessing.context.BaseContext:
    """The pool's multiprocessing context. forkserver: the server (started on first use, once per
    process) imports :mod:`consumer.worker.pool_preload`, which builds the pipeline for the options
    passed here, so every pool process forked from it shares the loaded model."""
    if start_method == "forkserver" and "forkserver" in multiprocessing.get_all_start_methods():
        # Read by the forkserver when it starts (it inherits this environment); a server already
        # running for other options keeps its pipeline and the pool processes build their own.
        os.environ[pool_preload.ENV] = pool_preload.encode(options)
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([pool_preload.__name__])
        return ctx
    return multiprocessing.get_context("spawn")


class Executor:
    def __init__(
        self,
        options: PipelineOptions,
        pool_size: int,
        item_timeout_s: float,
        start_method: str | None = None,
    ) -> None:
        # WIRE_POOL_START_METHOD=spawn: the old way, e.g. to measure the difference.
        start_method = start_method or os.environ.get("WIRE_POOL_START_METHOD") or "forkserver"
        if start_method not in START_METHODS:
            raise ValueError(f"start_method must be one of {START_METHODS}, not {start_method!r}")
        self.options = options
        self.pool_size = pool_size
        self.start_method = start_method
        self.item_timeout_s = item_timeout_s
        self._inline: Pipeline | None = None
        self._pool: ProcessPool | None = None
        self._pool_lock = asyncio.Lock()
        # One chunk per process at a time, so the oldest batch's chunks are taken first.
        self._slots = asyncio.Semaphore(max(1, pool_size))
        self._stage_dir: Path | None = None  # one-item tasks write their stage here
        self._task_ids = itertools.count()

    async def start(self) -> None:
        """Load the model where it runs before the first item, so a missing model fails at start-up.

        With a pool, only the pool processes load it: loading it in this process too, just to
        check it, cost ~130 MB that was never given back. A pool that cannot start is reported
        as ModelNotAvailable (exit code 3) with the pool process's own reason.
        """
        if self.pool_size == 0:
            self._inline = await asyncio.to_thread(Pipeline.build, self.options)
            return
        try:
            await self._start_pool()
        except ModelNotAvailable:
            raise
        except (*_RUNAWAY, OSError, RuntimeError) as exc:  # e.g. a process died while starting
            raise ModelNotAvailable(_describe(exc)) from exc

    async def _start_pool(self) -> ProcessPool:
        """A new pool, its processes initialised (model loaded) before the first item."""
        pool = ProcessPool(
            max_workers=self.pool_size,
            initializer=_init,
            initargs=(self.options,),
            context=_context(self.options, self.start_method),
        )
        self._pool = pool
        try:
            await asyncio.gather(*(asyncio.wrap_future(pool.schedule(_warm)) for _ in range(self.pool_size)))
        except BaseException:
            self._stop_pool()  # never keep a broken pool: the next item starts a fresh one
            raise
        return pool

    def close(self) -> None:
        self._stop_pool()
        stage_dir, self._stage_dir = self._stage_dir, None
        if stage_dir is not None:
            shutil.rmtree(stage_dir, ignore_errors=True)

    def _stop_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.stop()  # type: ignore[no-untyped-call]  # terminates the processes, tasks included
            pool.join()

    async def process(self, items: Sequence[RawItem]) -> list[Outcome]:
        if not items:
            return []
        if self._inline is not None:
            return await asyncio.to_thread(self._inline.process_batch, items)
        parts = _CHUNKS_PER_PROCESS * self.pool_size
        if self.options.enrich:
            parts = max(parts, -(-len(items) // _MAX_ENRICH_CHUNK))
        chunks = _split(items, parts)
        results = await asyncio.gather(*(self._chunk(chunk) for chunk in chunks))
        return [outcome for chunk_result in results for outcome in chunk_result]

    async def _chunk(self, items: Sequence[RawItem]) -> list[Outcome]:
        """A chunk of n items gets n times the limit; over it, its items are redone one by one,
        each with its own limit, so only the slow one is dead-lettered (`timeout`)."""
        if len(items) == 1:
            return [await self._one(items[0])]
        try:
            return await self._submit(items, self.item_timeout_s * len(items), None)
        except _RUNAWAY:
            pass
        return [await self._one(item) for item in items]  # one at a time: each has the whole limit

    async def _one(self, item: RawItem) -> Outcome:
        if self._stage_dir is None:
            self._stage_dir = Path(tempfile.mkdtemp(prefix="wire-stages-"))
        stage_file = self._stage_dir / str(next(self._task_ids))
        try:
            return (await self._submit([item], self.item_timeout_s, str(stage_file)))[0]
        except _RUNAWAY:
            stage = _stage_reached(stage_file)
            log.warning("item over time limit or crashed its process in %s; dead-lettering it", stage)
            return timed_out(self.item_timeout_s, stage)
        finally:
            stage_file.unlink(missing_ok=True)

    async def _submit(
        self, items: Sequence[RawItem], limit_s: float, stage_file: str | None
    ) -> list[Outcome]:
        async with self._slots:
            async with self._pool_lock:  # concurrent chunks must not start two pools
                pool = self._pool
                if pool is None or not pool.active:
                    self._stop_pool()
                    pool = await self._start_pool()
            return await asyncio.wrap_future(pool.schedule(_run, args=(items, stage_file), timeout=limit_s))


def _split(items: Sequence[RawItem], parts: int) -> list[Sequence[RawItem]]:
    size = max(1, -(-len(items) // parts))
    return [items[i : i + size] for i in range(0, len(items), size)]
