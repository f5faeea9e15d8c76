"""The worker as a process: signals, the health endpoint, the shutdown grace period, stop-when-idle."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from typing import Any

from consumer.config import Settings
from consumer.worker.app import BrokerUnavailable, Worker

log = logging.getLogger("consumer.worker")


async def serve(settings: Settings, stop_after_idle: float | None = None) -> int:
    """Run the worker until SIGTERM/SIGINT (or idle): 0 stopped cleanly, 1 grace period over,
    2 broker unreachable. /healthz, /readyz and /metrics are served meanwhile."""
    from consumer.worker.http import HealthServer

    worker = Worker(settings)
    log.info("starting wire-consumer", extra={"settings": settings.describe()})
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, worker.request_stop)
    server: HealthServer | None = None
    if settings.http_port:
        server = HealthServer(
            settings.http_host, settings.http_port, worker.metrics.registry, worker.ready, worker.alive
        )
        await server.start()
    try:
        if not await _started(worker):
            return 2
        return await _run_until_stopped(worker, settings.shutdown_grace_s, stop_after_idle)
    finally:
        if server is not None:
            await server.stop()


async def _started(worker: Worker) -> bool:
    try:
        await worker.start()
    except BrokerUnavailable as exc:
        reason = str(exc)
    else:
        return True
    log.error(reason)
    print(f"wire-consumer: {reason}", file=sys.stderr)
    await worker.shutdown()
    return False


async def _run_until_stopped(worker: Worker, grace_s: float, stop_after_idle: float | None) -> int:
    run = asyncio.create_task(worker.run())
    watchers: list[asyncio.Task[Any]] = [asyncio.create_task(worker.stop_event.wait())]
    if stop_after_idle is not None:
        watchers.append(asyncio.create_task(stop_when_idle(worker, stop_after_idle)))
    await asyncio.wait({run, watchers[0]}, return_when=asyncio.FIRST_COMPLETED)
    done, _ = await asyncio.wait({run}, timeout=grace_s)
    for watcher in watchers:
        watcher.cancel()
    if run not in done:
        log.error("shutdown grace period over; abandoning the batch in hand (it will be redelivered)")
        run.cancel()
        await worker.shutdown()
        return 1
    run.result()  # a failed run raises here
    log.info("stopped cleanly")
    return 0


async def stop_when_idle(worker: Worker, seconds: float) -> None:
    """For demos and scripts: stop once nothing new was consumed for `seconds`."""
    loop = asyncio.get_running_loop()
    last, since = -1.0, loop.time()
    while not worker.stop_event.is_set():
        await asyncio.sleep(0.25)
        consumed, now = worker.consumed, loop.time()
        if consumed != last:
            last, since = consumed, now
        elif consumed > 0 and now - since >= seconds:
            worker.request_stop()
