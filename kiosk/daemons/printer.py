"""A private print stack: D-Bus, cupsd and ippeveprinter, started and stopped by PID.

Everything lives in one temp directory: cupsd's config, spool, cache, state and
logs, its own domain socket and a private TCP port, a private "system" D-Bus
(ippeveprinter's Avahi glue refuses to start without one, even with `-r off`)
and the virtual printer's spool. Nothing system-wide is read or touched.

The virtual printer runs a print command that behaves like a metering device:
it counts the pages it receives, reports them page by page, and can simulate a
jam (`stack.jam()` … `stack.clear_jam()`) or a device failure (`stack.fail()`);
`stack.set_supplies()` makes it report toner levels.

Run `python -m kiosk.daemons.printer` to bring a stack up by hand (Ctrl+C stops it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from kiosk.daemons.dbus import PrivateBus
from kiosk.daemons.ports import free_port
from kiosk.procs import stop_process

QUEUE = "kiosk"

_PRINT_COMMAND = """#!/bin/sh
# Virtual metering device: count, print page by page, jam or fail on request.
CTL="{control}"
# While this runs the device is busy (PrintStack.settle waits for it).
touch "$CTL/busy.$$"
trap 'rm -f "$CTL/busy.$$"' EXIT
pages=$(qpdf --show-npages "$1" 2>/dev/null || echo 0)
copies=${{IPP_COPIES:-1}}
total=$((pages * copies))
echo "ATTR: job-impressions=$total" >&2
if [ -s "$CTL/supplies" ]; then echo "ATTR: $(cat "$CTL/supplies")" >&2; fi
if [ -e "$CTL/FAIL" ]; then echo "ERROR: simulated device failure" >&2; exit 1; fi
delay=$(cat "$CTL/page_delay" 2>/dev/null || echo 0.02)
# A real device stops a job cancelled with Cancel-Job (CUPS's ipp backend sends
# it); ippeveprinter only marks the job (processing-to-stop-point) and lets its
# command run on, so the command asks.
cancelled() {{
  ipptool -d "job_id=$IPP_JOB_ID" "$IPP_JOB_PRINTER_URI" "$CTL/job-state.test" \
    2>/dev/null | grep -q -e processing-to-stop-point -e canceled
}}
i=0
while [ $i -lt $total ]; do
  if [ -e "$CTL/JAM" ] && [ $i -ge 1 ]; then
    echo "STATE: +media-jam-error" >&2
    touch "$CTL/JAMMED"
    while [ -e "$CTL/JAM" ]; do sleep 0.05; done
    echo "STATE: -media-jam-error" >&2
    rm -f "$CTL/JAMMED"
  fi
  if [ $i -ge 1 ] && cancelled; then echo "$i $total" >> "$CTL/stopped"; exit 0; fi
  i=$((i + 1))
  sleep "$delay"
  echo "ATTR: job-impressions-completed=$i" >&2
done
echo "$total" >> "$CTL/printed"
exit 0
"""

# ipptool's question to the virtual device: the state of one job.
_JOB_STATE_TEST = """{
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job_id
  ATTR keyword requested-attributes job-state,job-state-reasons
  DISPLAY job-state
  DISPLAY job-state-reasons
}
"""

# Debian's own cupsd.conf, as a station gets it, with its policy (`@OWNER`
# for job operations) untouched; only where cupsd listens and logs is ours.
_DISTRIBUTION_CONF = Path("/usr/share/cups/cupsd.conf.default")
_OURS = ("Listen", "Port", "LogLevel", "Browsing", "BrowseLocal", "IdleExitTimeout")
_CUPSD_HEAD = """LogLevel debug
Listen 127.0.0.1:{port}
Listen {socket}
Browsing No
IdleExitTimeout 0
JobRetryInterval 1
"""

_CUPS_FILES_CONF = """SystemGroup root
User lp
Group lp
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
Printcap {root}/printcap
"""


# The smallest PDF qpdf and ippeveprinter take: one empty A4 page.
_ONE_PAGE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


class PrintStack:
    """One private cupsd with queue `kiosk` → one ippeveprinter; all by PID."""

    def __init__(self, root: Path | None = None) -> None:
        # Not below pytest's 0700 tmp: filters run as `lp` and must traverse.
        self.root = root or Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        os.chmod(self.root, 0o755)
        self.cups_port = free_port()
        self.printer_port = free_port()
        self.socket = self.root / "cups.sock"
        self.control = self.root / "control"
        self.spool = self.root / "spool"
        self._procs: dict[str, subprocess.Popen[bytes]] = {}
        self._bus = PrivateBus(self.root)
        # Each cupsd runs in a session of its own: its backends and filters
        # (which outlive a killed cupsd, as on a station) are found by it.
        self._cupsd_sessions: list[int] = []
        self.queue = QUEUE

    # -- what tests use -------------------------------------------------------

    @property
    def host(self) -> str:
        """The cupsd to connect to (a domain socket, as on a station)."""
        return str(self.socket)

    @property
    def env(self) -> dict[str, str]:
        """Environment for CUPS command-line tools (lpstat, lp) on this stack."""
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def set_page_delay(self, seconds: float) -> None:
        (self.control / "page_delay").write_text(f"{seconds}\n")

    def set_supplies(self, levels: dict[str, int]) -> None:
        """Toner levels (percent) the device reports with its next job; CUPS
        then shows them as the queue's marker-names/marker-levels. Names
        without spaces or commas; {} reports none."""
        if not levels:
            (self.control / "supplies").unlink(missing_ok=True)
            return
        names, values = ",".join(levels), ",".join(str(v) for v in levels.values())
        types = ",".join("toner" for _ in levels)
        (self.control / "supplies").write_text(
            f"marker-names={names} marker-levels={values} marker-types={types} "
            f"marker-low-levels={','.join('10' for _ in levels)}\n"
        )

    def pause_queue(self) -> None:
        """Stop the queue (`cupsdisable`), as staff or a printer fault would."""
        self._admin("cupsdisable")

    def resume_queue(self) -> None:
        self._admin("cupsenable")

    def _admin(self, tool: str) -> None:
        cmd = [tool, "-h", str(self.socket), self.queue]
        subprocess.run(cmd, env=self.env, check=True, capture_output=True)

    def jam(self) -> None:
        (self.control / "JAM").touch()

    def is_jammed(self) -> bool:
        return (self.control / "JAMMED").exists()

    def clear_jam(self) -> None:
        (self.control / "JAM").unlink(missing_ok=True)

    def fail(self, on: bool = True) -> None:
        path = self.control / "FAIL"
        if on:
            path.touch()
        else:
            path.unlink(missing_ok=True)

    def device_printed(self) -> list[int]:
        """Impressions per job that the virtual device finished, in order."""
        path = self.control / "printed"
        if not path.exists():
            return []
        return [int(x) for x in path.read_text().split()]

    def device_stopped(self) -> list[tuple[int, int]]:
        """(pages out, pages in the job) of jobs the device stopped on a
        Cancel-Job, in order (a jam cleared after the cancel, say)."""
        path = self.control / "stopped"
        if not path.exists():
            return []
        pairs = (line.split() for line in path.read_text().splitlines())
        return [(int(out), int(total)) for out, total in pairs]

    def spool_files(self) -> list[str]:
        """cupsd's spool: control (c*) and data (d*) files that remain."""
        return sorted(p.name for p in self.spool.iterdir() if p.name[0] in "cd")

    def job_owner(self, job_id: int) -> str:
        """The job's `job-originating-user-name`, read from cupsd's control
        file (CUPS shows it only to an authenticated owner)."""
        data = (self.spool / f"c{job_id:05d}").read_bytes()
        name = b"job-originating-user-name"
        at = data.index(name) + len(name)  # IPP: name, value length, value
        size = int.from_bytes(data[at : at + 2], "big")
        return data[at + 2 : at + 2 + size].decode()

    def reasons(self) -> list[str]:
        """The queue's printer-state-reasons as CUPS reports them now."""
        import cups  # the C extension, only where a stack runs

        attrs = cups.Connection(host=self.host).getPrinterAttributes(
            self.queue, requested_attributes=["printer-state-reasons"]
        )
        return [r for r in attrs["printer-state-reasons"] if r != "none"]

    def settle(self, timeout: float = 30.0) -> None:
        """Let one page through when the queue still reports a reason (such as
        `media-jam-warning` from a job cancelled in a jam: CUPS keeps it until
        the next job's backend clears it), then wait until no job is left."""
        if self.reasons():
            page = self.root / "settle.pdf"
            page.write_bytes(_ONE_PAGE_PDF)
            cmd = ["lp", "-h", str(self.socket), "-d", self.queue, str(page)]
            subprocess.run(cmd, env=self.env, check=True, capture_output=True)
        _wait(
            lambda: not self.lpstat("-W", "not-completed", "-o", self.queue).strip(),
            "the queue to empty",
            timeout,
        )
        # A job cancelled at the device ends in CUPS at once, while the
        # device's command is still stopping it (and writes `stopped` then).
        _wait(lambda: not self._device_busy(), "the device to stop", timeout)

    def _device_busy(self) -> bool:
        pids = (int(p.suffix[1:]) for p in self.control.glob("busy.*"))
        return any(Path(f"/proc/{pid}").exists() for pid in pids)

    def purge_jobs(self) -> None:
        """Cancel every job and forget the queue's job history (`cancel -a -x`)."""
        cmd = ["cancel", "-h", str(self.socket), "-a", "-x", self.queue]
        subprocess.run(cmd, env=self.env, check=True, capture_output=True)

    def reset(self) -> None:
        """A healthy, fast, empty queue, as after start(): cupsd running, no jam,
        no failure, not paused, no reason reported, no job and no job history."""
        self.ensure_cupsd()
        self.clear_jam()
        self.fail(False)
        self.set_page_delay(0.02)
        self.resume_queue()
        self.settle()
        self.purge_jobs()

    def lpstat(self, *args: str, user: str | None = None) -> str:
        cmd = ["lpstat", "-h", str(self.socket)]
        if user:
            cmd += ["-U", user]
        out = subprocess.run(
            [*cmd, *args], env=self.env, capture_output=True, text=True, check=False
        )
        return out.stdout

    def stop_cupsd(self) -> None:
        self._stop("cupsd")

    def start_cupsd(self) -> None:
        self._start_cupsd()

    def ensure_cupsd(self) -> None:
        """Start cupsd again if a test left it stopped or it died."""
        proc = self._procs.get("cupsd")
        if proc is None or proc.poll() is not None:
            self._procs.pop("cupsd", None)
            self._start_cupsd()

    def kill_cupsd(self) -> None:
        """SIGKILL cupsd, as a crash would: its backends run on, orphaned."""
        proc = self._procs.pop("cupsd")
        proc.kill()
        proc.wait()

    def cupsd_crash(self) -> str | None:
        """Why cupsd died on its own (a signal or an exit code), or None."""
        proc = self._procs.get("cupsd")
        if proc is None or proc.poll() is None:
            return None
        code = proc.returncode
        how = f"signal {-code}" if code < 0 else f"exit code {code}"
        tail = _tail(self.root / "log" / "error_log", 5)
        return f"cupsd died by {how}; last lines of its error_log:\n{tail}"

    # -- lifecycle ------------------------------------------------------------

    def start(self) -> None:
        try:
            self._layout()
            self._start_dbus()
            self._start_printer()
            self._start_cupsd()
            self._add_queue()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        for name in ("cupsd", "ippeveprinter"):
            self._stop(name)
        self._bus.stop()
        for sid in self._cupsd_sessions:
            _kill_session(sid, self.root)
        shutil.rmtree(self.root, ignore_errors=True)

    def _layout(self) -> None:
        conf = self.root / "conf"
        logs, cache = self.root / "log", self.root / "cache"
        for d in (conf, self.control, self.spool, cache, logs):
            d.mkdir(parents=True, exist_ok=True)
        (self.root / "state").mkdir(exist_ok=True)
        (self.spool / "tmp").mkdir(exist_ok=True)
        os.chmod(self.control, 0o777)
        distribution = [
            line
            for line in _DISTRIBUTION_CONF.read_text().splitlines(keepends=True)
            if not line.startswith(_OURS)
        ]
        (conf / "cupsd.conf").write_text(
            _CUPSD_HEAD.format(port=self.cups_port, socket=self.socket)
            + "".join(distribution)
            + _deploy_dropin().read_text()
        )
        (conf / "cups-files.conf").write_text(_CUPS_FILES_CONF.format(root=self.root))
        (self.control / "job-state.test").write_text(_JOB_STATE_TEST)
        cmd = self.root / "print-command.sh"
        cmd.write_text(_PRINT_COMMAND.format(control=self.control))
        cmd.chmod(0o755)

    def _start_dbus(self) -> None:
        self._bus.start()

    def _start_printer(self) -> None:
        env = {
            **os.environ,
            "DBUS_SYSTEM_BUS_ADDRESS": self._bus.address,
        }
        log = open(self.root / "log" / "ippeveprinter.log", "wb")  # noqa: SIM115
        (self.root / "device").mkdir(exist_ok=True)
        self._procs["ippeveprinter"] = subprocess.Popen(
            [
                "ippeveprinter",
                "-p",
                str(self.printer_port),
                "-r",
                "off",
                "-n",
                "localhost",
                "-2",
                "-s",
                "20,0",
                "-f",
                "application/pdf,image/pwg-raster,image/urf,image/jpeg",
                "-F",
                "application/pdf",
                "-c",
                str(self.root / "print-command.sh"),
                "-d",
                str(self.root / "device"),
                "-M",
                "Kiosk",
                "-m",
                "Virtual Meter",
                "KioskVirtual",
            ],
            env=env,
            stdout=log,
            stderr=log,
        )
        log.close()
        uri = f"ipp://localhost:{self.printer_port}/ipp/print"

        def answers() -> bool:
            self._check_alive("ippeveprinter")
            return (
                subprocess.run(
                    ["ipptool", "-q", uri, "get-printer-attributes.test"],
                    capture_output=True,
                    check=False,
                ).returncode
                == 0
            )

        _wait(answers, "ippeveprinter")

    def _start_cupsd(self) -> None:
        conf = self.root / "conf"
        files = conf / "cups-files.conf"
        log = open(self.root / "log" / "cupsd.stderr", "ab")  # noqa: SIM115
        self._procs["cupsd"] = subprocess.Popen(
            ["cupsd", "-f", "-c", str(conf / "cupsd.conf"), "-s", str(files)],
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )
        self._cupsd_sessions.append(self._procs["cupsd"].pid)
        log.close()  # the child has its own descriptor

        def up() -> bool:
            self._check_alive("cupsd")
            return self.socket.exists() and _connects(self.socket)

        _wait(up, "cupsd")

    def _add_queue(self) -> None:
        uri = f"ipp://localhost:{self.printer_port}/ipp/print"
        script = _repo() / "deploy" / "cups" / "setup-queue.sh"
        subprocess.run(
            ["sh", str(script), self.queue, uri],
            env={**self.env, "PPD_DIR": str(self.root / "conf" / "ppd")},
            check=True,
            capture_output=True,
        )

    def _check_alive(self, name: str) -> None:
        proc = self._procs[name]
        if proc.poll() is not None:
            logs = self.root / "log"
            raise RuntimeError(
                f"{name} exited with {proc.returncode}; see logs in {logs}"
            )

    def _stop(self, name: str) -> None:
        proc = self._procs.pop(name, None)
        if proc is not None:
            stop_process(proc)


def _repo() -> Path:
    return Path(__file__).resolve().parents[2]


def _deploy_dropin() -> Path:
    return _repo() / "deploy" / "cups" / "cupsd-kiosk.conf"


def _kill_session(sid: int, root: Path) -> None:
    """SIGKILL what is left of one session: a dead cupsd's backends and filters.

    Only processes that also carry this stack's folder in their environment
    (cupsd gives its children TMPDIR and CUPS_* below it): PIDs wrap at 32768
    here, and a dead cupsd's number may by now lead another test's session.
    """
    mark = str(root).encode()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            # Fields after the command's closing parenthesis: state, ppid, pgrp, sid.
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) != sid:
                continue
            environ = (proc / "environ").read_bytes().split(b"\0")
        except (OSError, IndexError):
            continue
        if any(mark in value for value in environ):
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(proc.name), signal.SIGKILL)


def _tail(path: Path, lines: int) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _connects(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.connect(str(path))
        except OSError:
            return False
        return True


def _wait(ready: object, what: str, timeout: float = 20.0) -> None:
    assert callable(ready)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.02)
    raise RuntimeError(f"{what} did not come up within {timeout:.0f} s")


if __name__ == "__main__":
    s = PrintStack()
    s.start()
    print(f"cupsd: CUPS_SERVER={s.socket}  queue={s.queue}  root={s.root}")
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        s.stop()
