"""The command line: `process` needs no broker; `run` fails clearly without one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from consumer.cli import main
from tests.conftest import SEED


def test_process_prints_one_event_per_input_in_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    missing = tmp_path / "missing.txt"
    code = main(["process", "--no-enrich", str(SEED), str(garbage), str(missing), str(SEED)])
    lines = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert [line.get("headline") for line in lines] == [
        "Signs of recovery appear in China's rustbelt",
        None,
        None,
        "Signs of recovery appear in China's rustbelt",
    ]
    assert lines[1]["error"]["error"] == "ParseError" and lines[1]["error"]["reason"] == "binary"
    assert lines[2]["error"]["reason"] == "unreadable"
    assert lines[0]["id"] == lines[3]["id"]  # deterministic


def test_process_with_enrichment_prints_entities_and_indicators(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["process", str(SEED)]) == 0
    event = orjson.loads(capsys.readouterr().out)
    assert event["headline"] == "Signs of recovery appear in China's rustbelt"
    assert any(e["name"] == "Liaoning" for e in event["entities"])
    assert any(i["value"] == 2.4 for i in event["indicators"])


def test_run_exits_non_zero_with_a_message_when_no_broker_answers() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "consumer",
            "run",
            "--bootstrap-servers",
            "127.0.0.1:9",
            "--connect-timeout-s",
            "2",
            "--http-port",
            "0",
            "--no-enrich",
            "--pool-size",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "cannot reach Kafka at 127.0.0.1:9" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_language_model_is_a_start_up_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["process", "--spacy-model", "no_such_pipeline_xx", str(SEED)]) == 3
    assert "no_such_pipeline_xx" in capsys.readouterr().err
