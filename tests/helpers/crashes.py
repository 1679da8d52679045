"""One crashed test process fails one test, not the run.

`make test` runs pytest with pytest-xdist: the tests run in worker processes.
When one aborts (Chromium's FATAL → abort(), a segfault), xdist reports the
test it was running as failed, starts a new worker and the run goes on. This
plugin adds what the test printed last, Chromium's FATAL line included:

- Each worker's fd 2 goes to test-artifacts/workers/<run>/<worker>.log, a
  folder per run (two runs in one checkout never share a log) removed when
  the run ends (set up
  before pytest's faulthandler copies fd 2, so "Fatal Python error" and the
  Python stack land there too). `make test` passes --capture=sys: pytest
  then captures sys.stdout/sys.stderr per test as usual but leaves fd 2
  alone, so what C++ code (Chromium, Qt) writes is in the log file, which
  outlives an abort. (With fd capture it would sit in an unlinked temp file,
  gone on abort.) fd 1 stays where xdist put it (/dev/null): the worker's own
  progress output goes there, and C++ code logs to fd 2.
- Before each test the worker writes a start line with the test's id into its
  log; what a test wrote to fd 2 is added to its report as a
  "Captured stderr … (fd 2)" section, as fd capture would.
- When a worker crashes, the controller adds the log's lines since the
  crashed test's start line to that test's failure: the last TAIL_LINES the
  test wrote and the head of the "Fatal Python error" stack (innermost first).
  It also stops what the worker started and left running (its session's
  cupsd, pcscd, PostgreSQL, Xvfb…, whose fixtures never got to tear down):
  the processes whose environment carries the crashed worker's id and this
  run's id, as everything a worker starts inherits them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import time
from pathlib import Path
from typing import Any

import pytest

TAIL_LINES = 30
STACK_LINES = 12
_KEY = "kiosk_worker_logs"  # workerinput: the folder of the workers' logs
_START = "=== kiosk test start: {} ==="


class _WorkerLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        # Read through a descriptor of our own: the file stays readable even
        # if somebody removes it.
        self._read_fd = os.open(path, os.O_RDONLY)

    def start(self, nodeid: str) -> None:
        os.write(2, ("\n" + _START.format(nodeid) + "\n").encode())
        self.offset = os.fstat(2).st_size

    def new_text(self) -> str:
        data = b""
        while chunk := os.pread(self._read_fd, 1 << 16, self.offset + len(data)):
            data += chunk
        self.offset += len(data)
        return data.decode(errors="replace")


_log: _WorkerLog | None = None  # in a worker whose fd 2 goes to its log
_folder_key = pytest.StashKey[Path]()  # in the controller


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    global _log
    workerinput: dict[str, Any] | None = getattr(config, "workerinput", None)
    if workerinput is None:
        if config.getoption("numprocesses", default=None):
            folder = config.rootpath / "test-artifacts" / "workers" / str(os.getpid())
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            config.stash[_folder_key] = folder
        return
    folder_name = workerinput.get(_KEY)
    if not folder_name or config.getoption("capture") not in ("sys", "no"):
        return  # fd capture would take fd 2 from the log during tests
    path = Path(folder_name) / f"{workerinput['workerid']}.log"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 2)
    os.close(fd)
    _log = _WorkerLog(path)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    folder = node.config.stash.get(_folder_key, None)
    if folder is not None:
        node.workerinput[_KEY] = str(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_folder_key, None)
    if folder is not None:  # the controller, at the end of the run
        shutil.rmtree(folder, ignore_errors=True)


def pytest_runtest_logstart(nodeid: str) -> None:
    if _log is not None:
        _log.start(nodeid)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> pytest.TestReport:
    report: pytest.TestReport = yield
    if _log is not None:
        text = _log.new_text()
        if text.strip():
            report.sections.append((f"Captured stderr {call.when} (fd 2)", text))
    return report


def last_lines(log: Path, nodeid: str) -> list[str]:
    """What the test wrote to the log after its start line: the last
    TAIL_LINES before Python's fatal error report, then the report's head."""
    try:
        text = log.read_bytes().decode(errors="replace")
    except OSError:
        return [f"(the worker's log {log} is gone)"]
    start = _START.format(nodeid)
    at = text.rfind(start)
    if at >= 0:
        text = text[at + len(start) :]
    own, fatal, report = text.partition("Fatal Python error:")
    lines = own.strip("\n").splitlines()[-TAIL_LINES:]
    if fatal:
        first, _, rest = report.partition("\n")
        lines.append(fatal + first)  # e.g. "Fatal Python error: Aborted"
        _, current, stack = rest.partition("Current thread")
        lines += (current + stack).splitlines()[:STACK_LINES]
    return lines


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """--dist loadfile whose crashed test is not run again.

    xdist 3.8's file scheduler gives the crashed worker's unfinished tests,
    the crashed one included, to the next worker: an aborting test would
    crash every new worker until the restart limit ends the run."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LoadFileOnce(LoadFileScheduling):
        def remove_node(self, node: Any) -> str | None:
            workload = self.assigned_work.pop(node)
            crashitem = next(
                (
                    nodeid
                    for unit in workload.values()
                    for nodeid, done in unit.items()
                    if not done
                ),
                None,
            )
            if crashitem is None:
                return None
            for unit in workload.values():
                if crashitem in unit:
                    unit[crashitem] = True  # it ran: failed by the crash
            self.workqueue.update(
                (scope, unit)
                for scope, unit in workload.items()
                if not all(unit.values())
            )
            for other in self.assigned_work:
                self._reschedule(other)
            return crashitem

    return LoadFileOnce(config, log)


@pytest.hookimpl(optionalhook=True)
def pytest_handlecrashitem(crashitem: str, report: pytest.TestReport) -> None:
    node = getattr(report, "node", None)
    folder = node.workerinput.get(_KEY) if node is not None else None
    if not folder:
        return
    log = Path(folder) / f"{node.workerinput['workerid']}.log"
    if not log.exists():
        report.longrepr = f"{report.longrepr}\n(its output was not kept: {log})"
        return
    lines = last_lines(log, crashitem)
    stopped = stop_leftovers(
        node.workerinput["workerid"], node.workerinput["testrunuid"]
    )
    report.longrepr = (
        f"{report.longrepr}\n"
        f"The test process died. Its last {len(lines)} lines of output "
        f"(all of them in {log}):\n"
        + "\n".join(lines)
        + "".join(f"\nstopped what it left running: {p}" for p in stopped)
    )


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"  # a zombie has ended


def stop_leftovers(workerid: str, testrunuid: str) -> list[str]:
    """SIGTERM (then SIGKILL) the processes a crashed worker left running;
    returns "PID command" of each."""
    marks = {
        f"PYTEST_XDIST_WORKER={workerid}".encode(),
        f"PYTEST_XDIST_TESTRUNUID={testrunuid}".encode(),
    }
    found: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if not marks <= set((entry / "environ").read_bytes().split(b"\0")):
                continue
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            found[int(entry.name)] = b" ".join(argv).decode(errors="replace")[:120]
            os.kill(int(entry.name), signal.SIGTERM)
        except OSError:
            continue
    deadline = time.monotonic() + 5
    while any(_alive(pid) for pid in found) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in found:
        if _alive(pid):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
    return [f"{pid} {command.strip()}" for pid, command in sorted(found.items())]
