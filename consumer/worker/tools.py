"""Small broker helpers behind `wire-consumer produce` and `consume`."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from consumer.config import Settings
from consumer.worker.clients import common_kwargs, producer_kwargs


async def produce_files(
    settings: Settings, topic: str, paths: Sequence[str], content_type: str | None
) -> int:
    producer = AIOKafkaProducer(**producer_kwargs(settings))
    await producer.start()
    try:
        futures = []
        for path in paths:
            data = sys.stdin.buffer.read() if path == "-" else await asyncio.to_thread(Path(path).read_bytes)
            headers = [("content-type", content_type.encode())] if content_type else []
            futures.append(await producer.send(topic, data, headers=headers))
        await asyncio.gather(*futures)
        return len(futures)
    finally:
        await producer.stop()


async def consume_print(
    settings: Settings, topic: str, limit: int, seconds: float, from_beginning: bool
) -> int:
    consumer = AIOKafkaConsumer(
        topic,
        **common_kwargs(settings),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        isolation_level="read_committed",
        client_rack=None,
    )
    await consumer.start()
    count = 0
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    try:
        while loop.time() < deadline and (limit == 0 or count < limit):
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for rec in records:
                    sys.stdout.buffer.write((rec.value or b"") + b"\n")
                    count += 1
                    if limit and count >= limit:
                        break
            sys.stdout.buffer.flush()
    finally:
        await consumer.stop()
    return count
