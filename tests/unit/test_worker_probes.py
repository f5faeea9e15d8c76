"""Probes that mean something, without a broker: /healthz fails when the stream loop has made no
progress for `liveness_stall_s`; /readyz answers ready once the worker has joined its group, even
with no partition assigned."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry

from consumer.worker.app import Worker
from consumer.worker.http import HealthServer
from consumer.worker.metrics import Metrics
from tests.unit.test_worker_stateful import FakeExecutor
from tests.unit.worker_fakes import FakeBroker, settings


async def _get(port: int, path: str) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.0\r\n\r\n".encode())
    await writer.drain()
    response = await reader.read()
    writer.close()
    head, _, body = response.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


async def test_http_answers_each_probe_from_its_own_check() -> None:
    state = {"alive": True, "ready": False}
    server = HealthServer("127.0.0.1", 0, CollectorRegistry(), lambda: state["ready"], lambda: state["alive"])
    await server.start()
    try:
        assert await _get(server.port, "/healthz") == (200, b"ok\n")
        assert (await _get(server.port, "/readyz"))[0] == 503
        state.update(alive=False, ready=True)
        status, body = await _get(server.port, "/healthz")
        assert status == 503 and b"stalled" in body
        assert await _get(server.port, "/readyz") == (200, b"ready\n")
    finally:
        await server.stop()


def _worker(**overrides: Any) -> tuple[Worker, FakeBroker]:
    broker = FakeBroker()
    worker = Worker(
        settings(pool_size=1, **overrides),
        Metrics(),
        executor=FakeExecutor(),
        producer_factory=broker.producer,
    )  # type: ignore[arg-type]
    return worker, broker


async def test_ready_once_joined_even_with_no_partitions() -> None:
    worker, _ = _worker()
    worker.broker_ok = True
    assert not worker.ready()  # connected, but not a member of the group yet
    await worker.listener.on_partitions_assigned(set())  # joined; the group had no partition for us
    assert worker.ready()
    await worker.listener.on_partitions_revoked(set())  # a rebalance starts: still ready
    assert worker.ready()
    worker.broker_ok = False  # the broker stopped answering fetches
    assert not worker.ready()


async def _until(condition: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """Polls rather than sleeping a fixed time: a loaded CI machine may run the loop late, and a
    fixed sleep made this test fail there although the worker behaved."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


async def test_healthz_fails_when_the_loop_stalls_and_recovers_when_it_moves() -> None:
    worker, broker = _worker(liveness_stall_s=0.3)
    consumer = broker.consumer(set())
    unblock = asyncio.Event()
    fetches = 0

    async def getmany(**_: Any) -> dict[Any, Any]:
        nonlocal fetches
        fetches += 1
        if fetches == 3:
            await unblock.wait()  # the loop is stuck in one call
        await asyncio.sleep(0.01)
        return {}

    consumer.getmany.side_effect = getmany
    worker._consumer = consumer
    assert worker.alive()  # not running yet: starting has its own time limit
    run = asyncio.create_task(worker.run())
    try:
        assert await _until(lambda: fetches == 3)
        assert worker.alive()
        assert await _until(lambda: not worker.alive())  # no progress for longer than liveness_stall_s
        unblock.set()
        assert await _until(worker.alive)  # the loop moves again
    finally:
        worker.request_stop()
        await asyncio.wait_for(run, 5)
    assert worker.alive()  # stopped: not a stall


async def test_retrying_a_broker_that_is_away_is_not_a_stall() -> None:
    worker, _ = _worker(liveness_stall_s=0.2)
    worker._progress()
    await asyncio.sleep(0.25)
    assert not worker.alive()
    note = worker.retry._noted("produce", "publish", {})  # what tenacity calls before each retry
    note(_State())  # type: ignore[arg-type]
    assert worker.alive()


async def test_zero_disables_the_stall_check() -> None:
    worker, _ = _worker(liveness_stall_s=0)
    worker._progress_at = 0.0  # long ago
    assert worker.alive()


class _State:
    """The one attribute of tenacity's RetryCallState the hook reads."""

    outcome = None


async def test_items_in_the_pool_extend_the_allowance_by_their_time_limits() -> None:
    """n items may take 2 n limits (a chunk over its limit is redone one by one): not a stall."""
    import time

    from tests.unit.worker_fakes import OK, FakeOutputs, record, tp

    worker, broker = _worker(liveness_stall_s=0.2, item_timeout_s=0.1)
    worker.checkpoint.outputs = FakeOutputs(worker.metrics)
    executor = worker.executor
    assert isinstance(executor, FakeExecutor)
    consumer = broker.consumer({tp(0)})
    handling = asyncio.create_task(worker.handle(consumer, {tp(0): [record(0, o) for o in range(3)]}))
    for _ in range(500):  # wait for the chunk to reach the pool: a loaded machine may take a while
        if executor.running:
            break
        await asyncio.sleep(0.002)
    worker._progress_at = time.monotonic() - 0.5  # last progress half a second ago
    assert worker.alive()  # 0.2 s + 2 x 0.1 s x 3 items in the pool
    ((future, count),) = executor.running
    assert count == 3
    worker._progress_at = time.monotonic() - 0.9
    assert not worker.alive()  # over even that
    future.set_result([OK] * 3)  # processed: that is progress
    for _ in range(500):
        if worker.alive():
            break
        await asyncio.sleep(0.002)
    assert worker.alive()
    await handling
    await worker.ordering.drain()
    assert len(broker.values("articles")) == 3
