"""The private PostgreSQL cluster comes back after a crash, whatever the
killed postmaster left behind (bench/chaos.py kills it at random)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from kiosk.daemons.postgres import PrivatePostgres


@pytest.fixture
def cluster() -> Iterator[PrivatePostgres]:
    pg = PrivatePostgres()
    pg.start()
    try:
        yield pg
    finally:
        pg.stop()


def _answers(pg: PrivatePostgres, url: str) -> int:
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        row = conn.execute("select 42").fetchone()
    assert row is not None
    return int(row[0])


def test_restart_right_after_a_crash_with_a_client_connected(
    cluster: PrivatePostgres,
) -> None:
    """Chaos seed 20261202, 1,000 sessions: the postmaster SIGKILLed by the
    walk (not by `kill()`, which waits) with the collector connected; the
    restart that followed at once failed, and so did the whole run."""
    url = cluster.create_database("crash")
    client = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"))
    pid = cluster.postmaster_pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    # The walk's watcher restarts what it no longer sees running.
    deadline = time.monotonic() + 10
    while cluster.postmaster_pid() is not None:
        assert time.monotonic() < deadline, "the killed postmaster still runs"
        time.sleep(0.01)
    cluster.restart()
    assert cluster.postmaster_pid() not in (None, pid)
    assert _answers(cluster, url) == 42
    client.close()


@pytest.mark.needs_tool("setpriv")
def test_restart_when_the_dead_postmasters_pid_is_taken(
    cluster: PrivatePostgres,
) -> None:
    """PIDs wrap at 32768 here: the stale postmaster.pid may name a live
    process of the cluster's user that is not postgres, which postgres takes
    for a server still running (one of another user it may not signal does
    not count)."""
    url = cluster.create_database("wrapped")
    cluster.kill()
    user = ["setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups"]
    other = subprocess.Popen([*(user if os.geteuid() == 0 else []), "sleep", "60"])
    try:
        lock = Path(cluster.data / "postmaster.pid")
        lines = lock.read_text().splitlines()
        lock.write_text("\n".join([str(other.pid), *lines[1:]]) + "\n")
        cluster.restart()
        assert _answers(cluster, url) == 42
        assert other.poll() is None  # and nobody touched it
    finally:
        other.kill()
        other.wait()
