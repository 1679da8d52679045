"""Soak: many resident sessions through one shell process; does anything grow?

Each session: Start → open the citizen service (page loaded) → open the job
portal (page loaded) → download its PDF into the session folder → End
session → Welcome with a clean wipe report. After session 10 (the baseline)
and every 50 sessions the process is sampled at Welcome: RSS, open fds,
threads (those of the self-sizing worker pools of Chromium and Qt apart),
QtWebEngineProcess descendants, session folders left, files below the
(private) HOME. Growth counts from session 10 to the last.

BENCH_SOAK_SESSIONS lowers the 500 sessions for a quick look; the note says
how many ran. Printing runs on a private cupsd (its wipe step is part of
every session end).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import Result
from bench.errors import MeasurementFailed
from bench.soak_stats import (
    Sample,
    baseline_and_last,
    growth,
    rss_growth_pct,
    sample_points,
)

SESSIONS = int(os.environ.get("BENCH_SOAK_SESSIONS", "500"))
TIMEOUT_SECONDS = 2700
STEP_TIMEOUT = 20.0


# -- what the process holds (Linux /proc) -------------------------------------------


def _status(pid: int | str = "self") -> dict[str, str]:
    out = {}
    with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
        for line in f:
            key, _, value = line.partition(":")
            out[key] = value.strip()
    return out


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def webengine_processes(root: int) -> int:
    """QtWebEngineProcess descendants of `root` that are still running."""
    tree, todo, count = _children(), [root], 0
    while todo:
        for child in tree.get(todo.pop(), []):
            todo.append(child)
            try:
                status = _status(child)
            except OSError:
                continue
            if status.get("Name", "").startswith("QtWebEngineProc") and not status.get(
                "State", ""
            ).startswith("Z"):
                count += 1
    return count


def _files_below(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*")) if folder.exists() else 0


# Worker pools that size themselves to the load, up to a bound, and shrink
# when idle: Chromium's ThreadPool (its workers are named ThreadPoolForeg…,
# ThreadPoolBackg…) and Qt's QThreadPool ("Thread (pooled)"). They are
# counted apart, so that a thread the shell itself leaks stands out.
POOL_THREAD_PREFIXES = ("ThreadPoolForeg", "ThreadPoolBackg", "Thread (pooled)")


def thread_counts() -> tuple[int, int]:
    """(threads outside the worker pools, pool threads) of this process."""
    own = pool = 0
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/comm", encoding="utf-8") as f:
                name = f.read().strip()
        except OSError:
            continue  # the thread ended meanwhile
        if name.startswith(POOL_THREAD_PREFIXES):
            pool += 1
        else:
            own += 1
    return own, pool


def _resident_traces(session_dir: Path) -> bool:
    """Anything in the session folder but the next session's own AusweisApp
    (started right after the wipe, which proved the last one's folder gone)."""
    if not session_dir.exists():
        return False
    return any(entry.name != "eid" for entry in session_dir.iterdir())


def take_sample(session: int, session_dir: Path, home: Path) -> Sample:
    status = _status()
    own, pool = thread_counts()
    return Sample(
        session=session,
        rss_kib=int(status["VmRSS"].split()[0]),
        fds=len(os.listdir("/proc/self/fd")),
        threads=own,
        pool_threads=pool,
        webengine_processes=webengine_processes(os.getpid()),
        session_dirs=int(_resident_traces(session_dir)),
        home_files=_files_below(home),
    )


# -- one session ------------------------------------------------------------------


def one_session(controller: Any) -> None:
    from bench.qtstation import wait_signal, wait_until
    from bench.session_cycle import end_session, start_session

    start_session(controller, "buergerservice")
    view = controller.open_service("jobs")
    (ok,) = wait_signal(view.page.loadFinished, STEP_TIMEOUT, "jobs load")
    if not ok:
        raise MeasurementFailed("the job portal did not load")
    documents = controller.session_dir / "documents"
    view.page.runJavaScript("document.getElementById('pdf').click()")
    wait_until(lambda: any(documents.glob("*.pdf")), STEP_TIMEOUT, "PDF download")
    end_session(controller)


def _settle(controller: Any) -> None:
    """Sample the resting station: the fresh AusweisApp of the last wipe is
    up and its socket open (before that, a connect attempt holds an fd)."""
    from bench.qtstation import wait_until
    from kiosk.cardreader.eid_service import Availability

    eid = getattr(controller, "eid", None)
    if eid is not None:
        wait_until(
            lambda: eid.availability is Availability.READY, STEP_TIMEOUT, "eID ready"
        )


def run() -> list[Result]:
    from bench import qtstation

    root = Path(tempfile.mkdtemp(prefix="kiosk-bench-soak-"))
    qtstation.prepare_environment(root)
    app = qtstation.make_app()
    server = qtstation.start_server()
    stack = qtstation.start_print_stack()
    samples: list[Sample] = []
    seconds: list[float] = []
    points = set(sample_points(SESSIONS))
    started = time.monotonic()
    try:
        station = qtstation.build(server, root, app, stack)
        controller = station.controller
        home = Path(os.environ["HOME"])
        for session in range(1, SESSIONS + 1):
            began = time.perf_counter()
            one_session(controller)
            seconds.append(time.perf_counter() - began)
            server.clear_log()  # the test server's memory is not the shell's
            if session in points:
                _settle(controller)
                samples.append(take_sample(session, controller.session_dir, home))
                print(f"soak: {samples[-1]}", flush=True)
    finally:
        server.stop()
        stack.stop()
        shutil.rmtree(root, ignore_errors=True)
    took = time.monotonic() - started
    return results(samples, seconds, took)


def results(samples: list[Sample], seconds: list[float], took: float) -> list[Result]:
    start, end = baseline_and_last(samples)
    ran = f"{end.session} sessions in {took / 60:.1f} min"
    series = " ".join(f"{s.session}:{s.rss_kib / 1024:.0f}" for s in samples)

    def counter(name: str, field: str, unit: str, start_value: int) -> Result:
        values = " ".join(f"{s.session}:{getattr(s, field)}" for s in samples)
        return Result(
            name,
            growth(samples, field),
            unit,
            end.session,
            f"{field} at session {start.session}",
            start_value,
            f"session {start.session} → {end.session}; {ran}; by session: {values}",
        )

    return [
        Result(
            "soak_rss_growth_pct",
            rss_growth_pct(samples),
            "%",
            end.session,
            f"RSS at session {start.session} (MiB)",
            round(start.rss_kib / 1024, 1),
            f"{ran}; RSS MiB by session: {series}; target ≤ 5 %",
        ),
        counter("soak_fd_growth", "fds", "fds", start.fds),
        counter("soak_thread_growth", "threads", "threads", start.threads),
        counter(
            "soak_pool_thread_growth", "pool_threads", "threads", start.pool_threads
        ),
        counter(
            "soak_webengine_process_growth",
            "webengine_processes",
            "processes",
            start.webengine_processes,
        ),
        counter("soak_home_files_growth", "home_files", "files", start.home_files),
        Result(
            "soak_session_dirs_left",
            end.session_dirs,
            "dirs",
            end.session,
            None,
            None,
            "session folder holding anything at Welcome after the last session "
            "(the next session's fresh AusweisApp folder, eid/, aside)",
        ),
        Result(
            "soak_session_seconds",
            round(statistics.median(seconds), 3),
            "s",
            len(seconds),
            None,
            None,
            "one whole session: 2 services, 1 PDF download, end, clean wipe",
        ),
    ]


if __name__ == "__main__":
    for r in run():
        print(r.as_json())
