"""Subject 2: the same passthrough written with FastStream (the peer users would pick).

A batch subscriber (at most 64 records, like the worker), each record published to
the output topic with its key and headers, all acknowledgements awaited, then the
batch acknowledged (``AckPolicy.ACK``: FastStream commits the offsets after the
handler returns). Same client settings as the aiokafka passthrough and the worker.
``--per-message`` is the one-record-per-call handler from FastStream's tutorial
(publish via return value, commit after every message) for reference.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
from typing import Any

from faststream import AckPolicy
from faststream.kafka import KafkaBroker, KafkaMessage


def build(args: argparse.Namespace) -> KafkaBroker:
    broker = KafkaBroker(
        args.bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=args.linger_ms,
        max_batch_size=args.producer_batch_bytes,
        max_request_size=1024 * 1024,
        log_level=logging.DEBUG,  # per-message "Received/Processed" lines below the default INFO
    )
    common: dict[str, Any] = dict(
        group_id=args.group,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        max_partition_fetch_bytes=8 * 1024 * 1024,
        fetch_max_bytes=args.fetch_max_bytes,
        fetch_min_bytes=args.fetch_min_bytes,
        fetch_max_wait_ms=200,
        ack_policy=AckPolicy.ACK,
    )
    if args.per_message:

        @broker.subscriber(args.input, **common)
        async def one(msg: KafkaMessage) -> None:
            rec = msg.raw_message
            await broker.publish(rec.value, args.output, key=rec.key, headers=dict(_headers(rec)))

    else:

        @broker.subscriber(args.input, batch=True, max_records=args.batch, batch_timeout_ms=500, **common)
        async def many(msg: KafkaMessage) -> None:
            futures = [
                await broker.publish(
                    rec.value, args.output, key=rec.key, headers=dict(_headers(rec)), no_confirm=True
                )
                for rec in msg.raw_message
            ]
            await asyncio.gather(*futures)

    return broker


def _headers(rec: Any) -> list[tuple[str, str]]:
    return [(k, v.decode("latin-1")) for k, v in (rec.headers or ())]


async def main(args: argparse.Namespace) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    broker = build(args)
    await broker.start()
    print("ready", flush=True)
    try:
        await stop.wait()
    finally:
        await broker.stop()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--bootstrap", required=True)
    p.add_argument("--input", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--group", required=True)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--linger-ms", type=int, default=5)
    p.add_argument("--producer-batch-bytes", type=int, default=16384, help="producer max_batch_size")
    p.add_argument("--fetch-max-bytes", type=int, default=50 * 1024 * 1024)
    p.add_argument("--fetch-min-bytes", type=int, default=1)
    p.add_argument("--per-message", action="store_true")
    asyncio.run(main(p.parse_args()))
