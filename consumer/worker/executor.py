"""Where the CPU-heavy pipeline runs: a pool of processes, or a thread when pool_size is 0.

A process pool lets NER use every core and is the only way to enforce the
per-item time limit: a stuck process can be killed, a stuck thread cannot.
The event loop never runs the pipeline itself, so heartbeats keep flowing.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from consumer.errors import ItemTimeout, ModelNotAvailable
from consumer.pipeline import Failed, Outcome, Pipeline, PipelineOptions, RawItem

log = logging.getLogger(__name__)

# Chunks per pool process and batch: items are 200-2,000 words, so equal-count shares are not
# equal work; with several smaller chunks a process that finishes early takes the next one.
_CHUNKS_PER_PROCESS = 4

_pipeline: Pipeline | None = None
_init_error: Exception | None = None


def _init(options: PipelineOptions) -> None:
    """Pool initializer. A failure is kept and raised by the first call instead: an initializer
    that raises only breaks the pool, and its reason is lost in the child's stderr."""
    global _pipeline, _init_error
    try:
        _pipeline = Pipeline.build(options)
    except Exception as exc:
        _init_error = exc if isinstance(exc, ModelNotAvailable) else ModelNotAvailable(_describe(exc))


def _describe(exc: BaseException) -> str:
    return f"the pipeline could not be built in a pool process: {type(exc).__name__}: {exc}"


def _run(items: Sequence[RawItem]) -> list[Outcome]:
    if _pipeline is None:
        raise _init_error or RuntimeError("pool worker not initialised")
    return _pipeline.process_batch(items)


def _warm() -> bool:
    if _init_error is not None:
        raise _init_error
    return _pipeline is not None


class _PoolReplaced(Exception):
    """The pool was killed because of another chunk's item; this chunk is not at fault."""


class Executor:
    def __init__(self, options: PipelineOptions, pool_size: int, item_timeout_s: float) -> None:
        self.options = options
        self.pool_size = pool_size
        self.item_timeout_s = item_timeout_s
        self._inline: Pipeline | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(max(1, pool_size))

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
        except Exception as exc:  # e.g. BrokenProcessPool: a process died while starting
            raise ModelNotAvailable(_describe(exc)) from exc

    async def _start_pool(self) -> None:
        """A new pool, every process initialised (model loaded) before it is given an item.

        Loading the model is not the item's time: without the warm-up, the first item after
        a killed pool would spend its limit waiting for spaCy and be dead-lettered as a timeout.
        """
        self._new_pool()
        assert self._pool is not None
        loop = asyncio.get_running_loop()
        try:
            await asyncio.gather(*(loop.run_in_executor(self._pool, _warm) for _ in range(self.pool_size)))
        except BaseException:
            self._kill_pool()  # never keep a broken pool: the next item starts a fresh one
            raise

    def _new_pool(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            max_workers=self.pool_size, mp_context=ctx, initializer=_init, initargs=(self.options,)
        )

    def close(self) -> None:
        if self._pool is not None:
            self._kill_pool()

    def _kill_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def process(self, items: Sequence[RawItem]) -> list[Outcome]:
        if not items:
            return []
        if self._inline is not None:
            return await asyncio.to_thread(self._inline.process_batch, items)
        chunks = _split(items, _CHUNKS_PER_PROCESS * self.pool_size)
        results = await asyncio.gather(*(self._chunk(chunk) for chunk in chunks))
        return [outcome for chunk_result in results for outcome in chunk_result]

    async def _chunk(self, items: Sequence[RawItem]) -> list[Outcome]:
        try:
            while True:
                try:
                    return await self._submit(items, self.item_timeout_s * len(items))
                except _PoolReplaced:
                    continue  # innocent bystanders of another chunk's timeout: run them again
        except (TimeoutError, BrokenProcessPool):
            if len(items) == 1:
                log.warning("item over time limit or crashed its process; dead-lettering it")
                return [Failed(ItemTimeout("timeout", f"processing took over {self.item_timeout_s:g} s"))]
            # Find the culprit: one at a time, each with its own limit.
            out: list[Outcome] = []
            for item in items:
                out.extend(await self._chunk([item]))
            return out

    async def _submit(self, items: Sequence[RawItem], timeout: float) -> list[Outcome]:
        # One chunk per process at a time: a chunk queued inside the pool would have its time
        # limit running while it waits behind another batch's chunks. The pool is looked up
        # only once a slot is ours, so a pool killed meanwhile is never used.
        async with self._slots:
            async with self._pool_lock:  # concurrent chunks must not start two pools
                if self._pool is None:
                    await self._start_pool()
                pool = self._pool
            assert pool is not None
            loop = asyncio.get_running_loop()
            try:
                future = loop.run_in_executor(pool, _run, items)
            except RuntimeError:  # shut down for another chunk's runaway item just now
                raise _PoolReplaced from None
            try:
                return await asyncio.wait_for(future, timeout=timeout)
            except (TimeoutError, BrokenProcessPool) as exc:
                if self._pool is not pool and isinstance(exc, BrokenProcessPool):
                    raise _PoolReplaced from None  # killed for another chunk's item, not this one's
                if self._pool is pool:
                    self._kill_pool()  # the only way to stop a runaway item
                raise


def _split(items: Sequence[RawItem], parts: int) -> list[Sequence[RawItem]]:
    size = max(1, -(-len(items) // parts))
    return [items[i : i + size] for i in range(0, len(items), size)]
