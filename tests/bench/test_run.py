"""The harness: discovery, one subprocess per module, failures as rows."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import time
from pathlib import Path

import pytest

from bench import run as harness
from bench.errors import BadModule, UnknownModule
from bench.report import Entry, parse_entries

OK = """
from bench.common import Result

def run():
    return [Result("ok.fast", 1.5, "ms", 3, "floor", 1.0, "fine"),
            Result("ok.plain", 2.0, "ms", 3)]
"""
CRASH = """
def run():
    raise RuntimeError("the printer caught fire")
"""
SEGV = """
import os, signal

def run():
    os.kill(os.getpid(), signal.SIGSEGV)
"""
HANG = """
import os, pathlib, subprocess, sys, time
TIMEOUT_SECONDS = 2

def run():
    child = subprocess.Popen(["sleep", "600"])
    pathlib.Path(os.environ["HANG_PID_FILE"]).write_text(str(child.pid))
    time.sleep(600)
"""
GARBAGE = """
def run():
    return [{"name": "g", "median": "fast"}]
"""
EMPTY = """
def run():
    return []
"""
HELPER = """
def helper():
    return 1
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_discovery_finds_modules_with_run_and_reads_their_timeout(fake_bench):
    folder, _ = fake_bench({"ok": OK, "hang": HANG, "helper": HELPER, "_x": OK})
    found = harness.discover(folder, "fakebench")
    assert [m.name for m in found] == ["hang", "ok"]
    by_name = {m.name: m for m in found}
    assert by_name["hang"].timeout == 2
    assert by_name["ok"].timeout == harness.DEFAULT_TIMEOUT_SECONDS
    assert by_name["ok"].qualified == "fakebench.ok"


def test_a_timeout_written_as_arithmetic_is_read(fake_bench):
    """bench/chaos.py's `6 * 3600` was read as nothing, so `make bench` killed
    the 1,000-session walk after the default 900 s."""
    folder, _ = fake_bench({"long": "TIMEOUT_SECONDS = 6 * 3600 + 60\n" + OK})
    (module,) = harness.discover(folder, "fakebench")
    assert module.timeout == 6 * 3600 + 60


def test_a_timeout_the_harness_cannot_read_is_an_error(fake_bench):
    folder, _ = fake_bench({"odd": "TIMEOUT_SECONDS = int('9')\n" + OK})
    with pytest.raises(BadModule, match=r"odd\.py: TIMEOUT_SECONDS must be"):
        harness.discover(folder, "fakebench")


def test_every_bench_modules_timeout_is_read() -> None:
    timeouts = {m.name: m.timeout for m in harness.discover()}
    assert timeouts["chaos"] == 6 * 3600


def test_bench_timeout_env_overrides_every_module(fake_bench, monkeypatch):
    folder, _ = fake_bench({"ok": OK, "hang": HANG})
    monkeypatch.setenv("BENCH_TIMEOUT", "7")
    assert {m.timeout for m in harness.discover(folder, "fakebench")} == {7.0}


def test_unknown_module_names_the_choices(fake_bench):
    folder, _ = fake_bench({"ok": OK})
    with pytest.raises(UnknownModule, match=r"\['nope'\].*choose from \['ok'\]"):
        harness.discover(folder, "fakebench", only=["nope"])


def test_a_good_module_delivers_its_entries(fake_bench):
    folder, env = fake_bench({"ok": OK})
    (module,) = harness.discover(folder, "fakebench")
    outcome = harness.run_module(module, env=env)
    assert outcome.entries == [
        Entry("ok.fast", 1.5, "ms", 3, "floor", 1.0, "fine"),
        Entry("ok.plain", 2.0, "ms", 3),
    ]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (CRASH, "exit code 1: .*RuntimeError: the printer caught fire"),
        (SEGV, "killed by signal 11"),
        (GARBAGE, r"bad results: fakebench.bad\[0\]: missing key\(s\) \['unit'"),
        (EMPTY, "run\\(\\) returned no results"),
    ],
)
def test_a_failing_module_becomes_one_failed_row(fake_bench, source, reason):
    folder, env = fake_bench({"bad": source})
    (module,) = harness.discover(folder, "fakebench")
    (row,) = harness.run_module(module, env=env).entries
    assert row.failed and row.name == "bad"
    assert row.note.startswith("FAILED: ")
    assert re.search(reason, row.note), row.note


def test_a_hanging_module_is_killed_with_its_children(fake_bench, tmp_path):
    folder, env = fake_bench({"hang": HANG})
    env["HANG_PID_FILE"] = str(tmp_path / "pid")
    (module,) = harness.discover(folder, "fakebench")
    (row,) = harness.run_module(module, env=env).entries
    assert row.note == "FAILED: timed out after 2 s"
    grandchild = int((tmp_path / "pid").read_text())
    deadline = time.monotonic() + 10  # the kernel reaps asynchronously
    while _alive(grandchild) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(grandchild)


def test_failures_do_not_stop_the_others(fake_bench):
    folder, env = fake_bench({"a_crash": CRASH, "b_ok": OK, "c_garbage": GARBAGE})
    rows = [
        row
        for module in harness.discover(folder, "fakebench")
        for row in harness.run_module(module, env=env).entries
    ]
    assert [(r.name, r.failed) for r in rows] == [
        ("a_crash", True),
        ("ok.fast", False),
        ("ok.plain", False),
        ("c_garbage", True),
    ]


def test_results_files_and_previous_column(tmp_path):
    first = [Entry("session_reset", 20.0, "ms", 25, "peer", 900.0)]
    harness.write_results(first, tmp_path, "# run 1")
    second = [dataclasses.replace(first[0], median=30.0)]
    harness.write_results(second, tmp_path, "# run 2")
    raw = json.loads((tmp_path / "results.json").read_text())
    assert parse_entries(raw, "results.json") == second
    row = next(
        line
        for line in (tmp_path / "results.md").read_text().splitlines()
        if line.startswith("| session_reset")
    )
    assert "| 30 |" in row and "| 20 |" in row  # median and previous
    assert "✓ ≤ 150 ms" in row


def test_a_broken_previous_file_is_ignored(tmp_path):
    (tmp_path / "results.json").write_text("{not json")
    harness.write_results([Entry("x", 1.0, "ms", 1)], tmp_path, "")
    assert json.loads((tmp_path / "results.json").read_text())[0]["name"] == "x"


def test_list_shows_the_real_benchmarks(capsys):
    assert harness.main(["--list"]) == 0
    names = {line.split("\t")[0] for line in capsys.readouterr().out.splitlines()}
    assert {"session_cycle", "cold_start", "soak", "peer_chromium"} <= names
    assert {"printing", "collector", "staff"} <= names
    assert not names & {"common", "report", "targets", "qtstation", "run"}


def test_main_refuses_an_unknown_module(capsys):
    assert harness.main(["no_such_bench"]) == 2
    assert "no_such_bench" in capsys.readouterr().err


def test_child_env_reaches_repo(fake_bench):
    _, env = fake_bench({"ok": OK})
    assert str(Path(harness.REPO)) in env["PYTHONPATH"].split(os.pathsep)
