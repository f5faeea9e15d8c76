"""Command line: process (no broker), produce, consume, run (the worker), replay-dlq, schemas, asyncapi."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from consumer.config import Settings
from consumer.errors import ModelNotAvailable, WireError
from consumer.events import ErrorInfo, ErrorRecord
from consumer.pipeline import Failed, Pipeline, PipelineOptions, RawItem
from consumer.publish import to_json

log = logging.getLogger("consumer")


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    for name in (
        "bootstrap_servers",
        "input_topic",
        "articles_topic",
        "indicators_topic",
        "quotes_topic",
        "dlq_topic",
        "group_id",
        "pool_size",
        "batch_max_records",
        "spacy_model",
        "http_port",
        "http_host",
        "item_timeout_s",
        "connect_timeout_s",
    ):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    if getattr(args, "exactly_once", False):
        overrides["delivery"] = "exactly-once"
    if getattr(args, "no_enrich", False):
        overrides["enrich"] = False
    return Settings(**overrides)


# ---------------------------------------------------------------------- process


def cmd_process(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from consumer.parse import ParseLimits

    options = PipelineOptions(
        enrich=settings.enrich,
        spacy_model=settings.spacy_model,
        limits=ParseLimits(max_bytes=settings.max_item_bytes, default_timezone=settings.default_tz),
    )
    pipeline = Pipeline.build(options)
    inputs: list[tuple[str, bytes | OSError]] = []
    for path in args.paths:
        if path == "-":
            inputs.append(("-", sys.stdin.buffer.read()))
            continue
        try:
            inputs.append((path, Path(path).read_bytes()))
        except OSError as exc:
            inputs.append((path, exc))
    readable = [(name, data) for name, data in inputs if isinstance(data, bytes)]
    outcomes = iter(pipeline.process_batch([RawItem(data, args.content_type) for _, data in readable]))
    failures = 0
    out = sys.stdout.buffer
    for name, data in inputs:
        if isinstance(data, OSError):
            failures += 1
            info = ErrorInfo(
                error=type(data).__name__, reason="unreadable", message=str(data), stage="decode"
            )
            out.write(to_json(ErrorRecord(input=name, error=info)) + b"\n")
            continue
        outcome = next(outcomes)
        if isinstance(outcome, Failed):
            failures += 1
            out.write(to_json(_error_record(name, outcome.error)) + b"\n")
        else:
            out.write(to_json(outcome.article) + b"\n")
    out.flush()
    return 1 if failures and failures == len(inputs) else 0


def _error_record(name: str, error: WireError) -> ErrorRecord:
    info = ErrorInfo(
        error=type(error).__name__, reason=error.reason, message=error.message, stage=error.stage
    )
    return ErrorRecord(input=name, error=info)


# ---------------------------------------------------------------------- produce / consume


def cmd_produce(args: argparse.Namespace) -> int:
    from consumer.worker.tools import produce_files

    settings = _settings(args)
    count = asyncio.run(
        produce_files(settings, args.topic or settings.input_topic, args.paths, args.content_type)
    )
    print(f"produced {count} item(s) to {args.topic or settings.input_topic}", file=sys.stderr)
    return 0


def cmd_consume(args: argparse.Namespace) -> int:
    from consumer.worker.tools import consume_print

    settings = _settings(args)
    topic = args.topic or settings.articles_topic
    count = asyncio.run(consume_print(settings, topic, args.max, args.timeout, args.from_beginning))
    return 0 if count or args.max == 0 else 1


# ---------------------------------------------------------------------- run


def cmd_run(args: argparse.Namespace) -> int:
    from consumer.worker.logs import configure
    from consumer.worker.service import serve

    try:
        settings = _settings(args)
    except ValidationError as exc:
        print(f"wire-consumer: invalid configuration:\n{exc}", file=sys.stderr)
        return 2
    configure(settings.log_level)
    try:
        return asyncio.run(serve(settings, args.stop_after_idle))
    except ModelNotAvailable as exc:
        print(f"wire-consumer: {exc}", file=sys.stderr)
        return 3


# ---------------------------------------------------------------------- replay-dlq


def cmd_replay_dlq(args: argparse.Namespace) -> int:
    import orjson

    from consumer.worker.replay import ReplayFilter, parse_time, replay_dlq

    settings = _settings(args)
    try:
        selection = ReplayFilter(
            reasons=frozenset(args.reason or ()),
            since=parse_time(args.since) if args.since else None,
            until=parse_time(args.until) if args.until else None,
        )
    except ValueError as exc:
        print(f"wire-consumer: --since/--until: {exc}", file=sys.stderr)
        return 2
    report = asyncio.run(replay_dlq(settings, selection, target=args.to, dry_run=args.dry_run))
    print(orjson.dumps({**report.as_dict(), "dry_run": args.dry_run}).decode())
    return 0


# ---------------------------------------------------------------------- schemas


def cmd_schemas(args: argparse.Namespace) -> int:
    from consumer.schemas import write_schemas

    written = write_schemas(Path(args.out))
    for path in written:
        print(path)
    return 0


# ---------------------------------------------------------------------- asyncapi


def cmd_asyncapi(args: argparse.Namespace) -> int:
    from consumer.asyncapi import write

    print(write(Path(args.out)))
    return 0


# ---------------------------------------------------------------------- parser


def _broker_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bootstrap-servers", help="Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wire-consumer", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "process", help="run the pipeline on files or stdin, no broker; one JSON line per input"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="raw item files, or - for one item on stdin")
    p.add_argument("--content-type", help="as a Kafka content-type header would say (default: sniffed)")
    p.add_argument("--no-enrich", action="store_true", help="parse only: no entities or indicators")
    p.add_argument("--spacy-model", help="spaCy pipeline name (env WIRE_SPACY_MODEL)")
    p.set_defaults(func=cmd_process)

    p = sub.add_parser("produce", help="publish raw item files to a Kafka topic")
    _broker_flags(p)
    p.add_argument("--topic", help="topic (default: the input topic, wire.raw)")
    p.add_argument("--content-type", help="content-type header to set on each message")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_produce)

    p = sub.add_parser("consume", help="print events from a topic as JSON lines (for inspection)")
    _broker_flags(p)
    p.add_argument("--topic", help="topic (default: wire.articles.v1)")
    p.add_argument("--max", type=int, default=1, help="stop after this many messages (0: until timeout)")
    p.add_argument("--timeout", type=float, default=60.0, help="give up after this many seconds")
    p.add_argument("--from-beginning", action="store_true", help="read from the earliest offset")
    p.set_defaults(func=cmd_consume)

    p = sub.add_parser("run", help="the long-running worker: consume, process, publish, commit")
    _broker_flags(p)
    p.add_argument("--input-topic")
    p.add_argument("--articles-topic")
    p.add_argument("--indicators-topic")
    p.add_argument("--quotes-topic")
    p.add_argument("--dlq-topic")
    p.add_argument("--group-id")
    p.add_argument("--exactly-once", action="store_true", help="Kafka transactions (readers: read_committed)")
    p.add_argument("--no-enrich", action="store_true", help="parse only")
    p.add_argument("--pool-size", type=int, help="processes for the CPU stages (0: inline)")
    p.add_argument("--batch-max-records", type=int)
    p.add_argument("--spacy-model")
    p.add_argument("--item-timeout-s", type=float)
    p.add_argument("--connect-timeout-s", type=float)
    p.add_argument("--http-host")
    p.add_argument("--http-port", type=int, help="0 disables /healthz, /readyz, /metrics")
    p.add_argument("--stop-after-idle", type=float, metavar="S", help="exit 0 once idle for S seconds")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "replay-dlq",
        help="send dead letters (original value, key, headers) back to the input topic, "
        "up to the end of the dead-letter topic as it is at the start",
    )
    _broker_flags(p)
    p.add_argument("--dlq-topic", help="dead-letter topic to read (env WIRE_DLQ_TOPIC)")
    p.add_argument("--input-topic", help="where replayed items go (env WIRE_INPUT_TOPIC)")
    p.add_argument("--to", metavar="TOPIC", help="another topic to send them to instead of the input topic")
    p.add_argument(
        "--reason",
        action="append",
        metavar="CODE",
        help="only dead letters with this dlq_reason (timeout, output_rejected, ...); repeatable",
    )
    p.add_argument(
        "--since", metavar="TIME", help="only those dead-lettered at or after (ISO 8601; UTC if no zone)"
    )
    p.add_argument("--until", metavar="TIME", help="only those dead-lettered before (ISO 8601)")
    p.add_argument("--dry-run", action="store_true", help="count what would be replayed, send nothing")
    p.set_defaults(func=cmd_replay_dlq)

    p = sub.add_parser("schemas", help="write the JSON Schemas of every event to a folder")
    p.add_argument("--out", default="schemas", help="folder (default: schemas/)")
    p.set_defaults(func=cmd_schemas)

    p = sub.add_parser("asyncapi", help="write the AsyncAPI 3.0 document of the topics and events")
    p.add_argument("--out", default="asyncapi.yaml", help="file (default: asyncapi.yaml)")
    p.set_defaults(func=cmd_asyncapi)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ModelNotAvailable as exc:
        print(f"wire-consumer: {exc}", file=sys.stderr)
        return 3
    except ValidationError as exc:
        print(f"wire-consumer: invalid configuration:\n{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
