"""Subject 1: raw passthrough with plain aiokafka: consume, produce the same bytes, commit.

The transport's ceiling on this machine, with the worker's own client settings
(acks=all, idempotent producer, linger 5 ms, read_committed, manual commits after
every output of a batch is acknowledged, batches of at most 64 records). The tuned peer passes
``--batch 500 --linger-ms 20 --producer-batch-bytes 1048576 --fetch-min-bytes 1048576``: what a
user would set for throughput (bigger fetches and producer batches, fewer round trips).
Run by the orchestrator as a child process; prints ``ready`` once assigned, stops on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import signal

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer


async def main(args: argparse.Namespace) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    producer = AIOKafkaProducer(
        bootstrap_servers=args.bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=args.linger_ms,
        max_batch_size=args.producer_batch_bytes,
        max_request_size=1024 * 1024,
    )
    consumer = AIOKafkaConsumer(
        args.input,
        bootstrap_servers=args.bootstrap,
        group_id=args.group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        max_partition_fetch_bytes=8 * 1024 * 1024,
        fetch_max_bytes=args.fetch_max_bytes,
        fetch_min_bytes=args.fetch_min_bytes,
        fetch_max_wait_ms=200,
    )
    await producer.start()
    await consumer.start()
    print("ready", flush=True)
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=500, max_records=args.batch)
            if not batch:
                continue
            futures = []
            for recs in batch.values():
                for rec in recs:
                    futures.append(
                        await producer.send(
                            args.output, rec.value, key=rec.key, headers=list(rec.headers or ())
                        )
                    )
            await asyncio.gather(*futures)
            await consumer.commit({tp: recs[-1].offset + 1 for tp, recs in batch.items()})
    finally:
        await consumer.stop()
        await producer.stop()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--bootstrap", required=True)
    p.add_argument("--input", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--group", required=True)
    p.add_argument("--batch", type=int, default=64, help="max_records per getmany")
    p.add_argument("--linger-ms", type=int, default=5)
    p.add_argument("--producer-batch-bytes", type=int, default=16384, help="producer max_batch_size")
    p.add_argument("--fetch-max-bytes", type=int, default=50 * 1024 * 1024)
    p.add_argument("--fetch-min-bytes", type=int, default=1)
    asyncio.run(main(p.parse_args()))
