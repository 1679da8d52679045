"""Chaos: a seeded random walk of resident sessions with faults injected.

The walk (bench/chaos_plan.py, pure) comes from a seed; this module drives it
through the fully wired station and checks the invariants after every
session. Two processes, as on a station:

- this process plays systemd and the world: the demo sites (loopback), a
  private cupsd + virtual printer, a private PostgreSQL with the city's
  collector on HTTPS, `kiosk usage sync` as a subprocess, and the oracle
  that checks every hand-over;
- the shell runs in a CHILD process (`python -m bench.chaos --child SPEC`,
  its own process group, as the service's cgroup), built by
  `build_station` exactly as `kiosk run` does (offscreen, AusweisApp, the
  usage counters). It plays the residents from commands on stdin and
  injects the faults that must hit at a moment inside a session. "Kill the
  shell" is a real SIGKILL of that process at the planned moment; then its
  whole group is killed and it is started again, as systemd's
  `Restart=always` with `KillMode=control-group` would, and its boot wipe
  must clean up what the killed one left.

Daemons killed mid-session are started again by a watcher thread here
(systemd's `Restart=`), except `cupsd-down`, which stays down until the
session is over: the station must then be out of service and come back by
itself once cupsd is back. Network loss stops the collector and moves the
station's (injected) clock on by minutes to days.

Invariants after every session: no traces handed on (session folder, a job
of the station in CUPS, files below the private HOME beyond the first
session's) unless out of service with a reason; back in service by itself
when the fault is gone and the reason allows it. At the end: every counted
event (the shell's own journal of lifecycle events, aggregated here) is in
the collector exactly once; pages charged = pages the device printed.

Knobs: BENCH_CHAOS_SESSIONS (1000), BENCH_CHAOS_SEED (20261202),
BENCH_CHAOS_FAULT_RATE (0.5).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from bench.chaos_plan import (
    STAFF_ONLY,
    Fault,
    Handover,
    Phase,
    Step,
    Tally,
    plan,
    simulated_span,
)
from bench.common import Result
from bench.errors import MeasurementFailed

SESSIONS = int(os.environ.get("BENCH_CHAOS_SESSIONS", "1000"))
SEED = int(os.environ.get("BENCH_CHAOS_SEED", "20261202"))
FAULT_RATE = float(os.environ.get("BENCH_CHAOS_FAULT_RATE", "0.5"))
VERBOSE = bool(os.environ.get("BENCH_CHAOS_VERBOSE"))
# Only these kinds (comma-separated values of chaos_plan.Fault), to chase one.
KINDS = tuple(
    Fault(k.strip()) for k in os.environ.get("BENCH_CHAOS_KINDS", "").split(",") if k
) or tuple(Fault)
TIMEOUT_SECONDS = 6 * 3600
STATION_ID = "chaos-1"
STEP_TIMEOUT = 20.0
# How long the station may take to be back by itself once a fault is gone.
RECOVERY_SECONDS = 60.0
BIG_DOWNLOAD_MB = 30  # over the default cap of 25 MB
EID_TOKEN_HOLD = 2.0  # seconds the tcToken is held back (the login runs)
EID_BACK_SECONDS = 30.0  # AusweisApp ready again after the hand-over
KEYRING = "kiosk.usage.credentials.SystemdCredentialKeyring"  # as the unit sets it
BALLAST = "ballast.bin"  # the file that fills a disk
DISK_FAULTS = frozenset({Fault.DISK_FULL_SESSION, Fault.DISK_FULL_COUNTERS})

HANG = "<html><body><p>busy</p><script>setTimeout(() => {while (true) {}}, 50)"
HANG += "</script>"
STORM = "<html><body><p>Form</p><script>setInterval(() => window.print(), 30)"
STORM += "</script>"
BIG = "<html><body><a id=big href='/chaos/big.pdf'>big</a></body>"
# Three printed pages: the virtual printer jams only from the second page on.
LONG = "<html><body>" + "<p style='page-break-after: always'>Seite</p>" * 3


# =============================================================================
# The world (this process)
# =============================================================================


@dataclass
class World:
    root: Path
    server: Any
    stack: Any
    postgres: Any
    collector: Any
    db: Any
    config: Path
    sync_env: dict[str, str]
    ca_file: Path
    pcscd: Any
    card: Any
    disks: bool  # the session and counter folders are small tmpfs mounts
    session_fs: Path
    state_fs: Path

    def pids(self) -> dict[str, int]:
        """PIDs the shell may kill mid-session (its faults)."""
        out = {}
        cupsd = self.stack._procs.get("cupsd")
        if cupsd is not None and cupsd.poll() is None:
            out["cupsd"] = cupsd.pid
        if self.collector.proc is not None:
            out["collector"] = self.collector.proc.pid
        pg = self.postgres.postmaster_pid()
        if pg is not None:
            out["postgres"] = pg
        if self.pcscd.running:
            out["pcscd"] = self.pcscd.process.pid
        if self.card.process is not None and self.card.process.poll() is None:
            out["card"] = self.card.process.pid  # its vicc: killed = pulled out
        return out

    def cupsd_up(self) -> bool:
        proc = self.stack._procs.get("cupsd")
        return proc is not None and proc.poll() is None

    def collector_up(self) -> bool:
        return self.collector.proc is not None and self.collector.proc.poll() is None

    def restart_dead(self, *, cupsd: bool = True) -> list[str]:
        """systemd's Restart=: start again what died; returns what was."""
        started = []
        if cupsd and not self.cupsd_up():
            self.stack.ensure_cupsd()
            started.append("cupsd")
        if self.postgres.postmaster_pid() is None:
            self.postgres.restart()
            started.append("postgres")
        if not self.collector_up():
            self.collector.proc = None
            for attempt in range(5):  # PostgreSQL may still be starting up
                try:
                    self.collector.start()
                    break
                except RuntimeError:
                    if attempt == 4:
                        raise
                    time.sleep(1.0)
            started.append("collector")
        if not self.pcscd.running:
            self.pcscd.stop()  # forget the dead one, remove its socket
            self.pcscd.start()
            started.append("pcscd")
        return started

    def restart_all(self, attempts: int = 10) -> list[str]:
        """`restart_dead`, tried again a second later when a start fails, as
        systemd's Restart= does; the reason is printed each time."""
        for attempt in range(1, attempts + 1):
            try:
                return self.restart_dead()
            except Exception as exc:
                if attempt == attempts:
                    raise
                print(f"chaos: restart failed (try {attempt}): {exc}", flush=True)
                time.sleep(1.0)
        return []

    def sync(self, kill_after: float | None = None) -> bool:
        """`kiosk usage sync` as the timer runs it; SIGKILLed after `kill_after`."""
        command = [
            sys.executable,
            *("-m", "kiosk.cli", "usage", "sync", "--config", str(self.config)),
            *("--ca-file", str(self.ca_file), "--attempts", "2"),
        ]
        proc = subprocess.Popen(
            command,
            env=self.sync_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if kill_after is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=kill_after)
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            return False
        try:
            return proc.wait(timeout=120) == 0
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            return False

    def station_jobs(self) -> list[str]:
        """Jobs not completed on the station's queue (any owner)."""
        if not self.cupsd_up():
            return []
        out = self.stack.lpstat("-W", "not-completed", "-o", self.stack.queue)
        return [line.split()[0] for line in out.splitlines() if line.strip()]

    def collected(self) -> dict[tuple[str, str], int]:
        self.db.engine.dispose()  # its pooled connections may predate a PG kill
        start = datetime.now(UTC).date() - timedelta(days=400)
        end = datetime.now(UTC).date() + timedelta(days=2)
        out: dict[tuple[str, str], int] = {}
        for _st, _day, metric, dim, value in self.db.query(start, end, STATION_ID):
            out[(metric, dim)] = out.get((metric, dim), 0) + value
        return out


def _add_routes(server: Any) -> None:
    from kiosk.daemons.loopback import Response
    from kiosk.demo.sites import demo_pdf, tc_token

    # An eID login (card-pulled): the page's link hands AusweisApp a tcToken
    # from "localhost" (AusweisApp does not resolve *.localhost), held back a
    # moment so the login still runs when the card is pulled; its eID server
    # does not exist, so the login ends with the error address.
    token_url = f"http://localhost:{server.port}/chaos/tctoken"
    link = f"http://127.0.0.1:24727/eID-Client?tcTokenURL={token_url}"
    token = tc_token(f"http://localhost:{server.port}/chaos/eid-result")

    def held_token(_r: Any) -> Any:
        time.sleep(EID_TOKEN_HOLD)
        return Response(token, content_type="text/xml")

    server.route("*", "/chaos/eid")(
        lambda _r: Response(f"<html><body><a id=eid href='{link}'>Login</a></body>")
    )
    server.route("*", "/chaos/tctoken")(held_token)
    server.route("*", "/chaos/eid-result")(lambda _r: Response("<p>result</p>"))

    server.route("*", "/chaos/hang")(lambda _r: Response(HANG))
    server.route("*", "/chaos/storm")(lambda _r: Response(STORM))
    server.route("*", "/chaos/big")(lambda _r: Response(BIG))
    server.route("*", "/chaos/long")(lambda _r: Response(LONG))
    one = demo_pdf("Chaos", 1)
    big = one + b"%" + b"0" * (BIG_DOWNLOAD_MB * 1024 * 1024)
    server.route("*", "/chaos/big.pdf")(
        lambda _r: Response(
            big,
            content_type="application/pdf",
            headers=[("Content-Disposition", 'attachment; filename="big.pdf"')],
        )
    )


@contextlib.contextmanager
def world(root: Path) -> Iterator[World]:
    from bench import qtstation
    from kiosk.daemons.collector import CollectorProcess
    from kiosk.daemons.pcsc import PcscDaemon, VirtualCard
    from kiosk.daemons.postgres import PrivatePostgres
    from kiosk.daemons.tls import make_certs
    from kiosk.usage.collector.db import CollectorDB

    server = qtstation.start_server()
    _add_routes(server)
    stack = qtstation.start_print_stack()
    stack.set_page_delay(0.02)
    postgres = PrivatePostgres()
    (root / "pcsc").mkdir()
    pcscd = PcscDaemon(root / "pcsc")
    card = VirtualCard(pcscd.port, root / "pcsc")
    collector = db = None
    session_fs, state_fs = root / "station" / "sessionfs", root / "station" / "statefs"
    mounted: list[Path] = []
    try:
        for folder, size in ((session_fs, "256m"), (state_fs, "32m")):
            folder.mkdir(parents=True)
            if _mount_tmpfs(folder, size):
                mounted.append(folder)
        pcscd.start()
        postgres.start()
        url = postgres.create_database("chaos")
        (root / "tls").mkdir()
        certs = make_certs(root / "tls")
        db = CollectorDB.open(url)
        _, token = db.create_token("station", station_id=STATION_ID)
        creds = root / "creds"
        creds.mkdir()
        (creds / "buergerterminal-usage").write_text(token + "\n")
        collector = CollectorProcess(url, tls=certs)
        collector.start()
        text = qtstation.station_text(
            server.url("buergerservice", "/"),
            server.url("jobs", "/"),
            root / "station",
            stack,
        )
        marker = f'database = "{root}/station/state/usage.sqlite"\n'
        if marker not in text:
            raise MeasurementFailed("the bench station config has no [usage] database")
        text = text.replace(marker, marker + f'collector_url = "{collector.url}"\n')
        # Session and counter folders on their own small disks (full-disk faults)
        text = text.replace(f'"{root}/station/session"', f'"{session_fs}/session"')
        text = text.replace(f'"{root}/station/state', f'"{state_fs}/state')
        # developer_mode: the walk's tcToken is http, on loopback (card-pulled)
        text += "\n[eid]\ncard_left_timeout_seconds = 10\ndeveloper_mode = true\n"
        for origin in (server.url("buergerservice", "/"), server.url("jobs", "/")):
            origin = origin.rstrip("/")
            text = text.replace(
                f'allowed_origins = ["{origin}"]',
                f'allowed_origins = ["{origin}", "http://localhost:{server.port}"]',
            )
        config = root / "station.toml"
        config.write_text(text)
        env = {
            **os.environ,
            "CREDENTIALS_DIRECTORY": str(creds),
            "PYTHON_KEYRING_BACKEND": KEYRING,
            "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        }
        yield World(
            root,
            server,
            stack,
            postgres,
            collector,
            db,
            config,
            env,
            certs.ca_file,
            pcscd,
            card,
            len(mounted) == 2,
            session_fs,
            state_fs,
        )
    finally:
        card.remove()
        pcscd.close()
        for folder in mounted:
            subprocess.run(["umount", "--lazy", str(folder)], check=False)
        if collector is not None:
            collector.kill()
        if db is not None:
            db.engine.dispose()
        with contextlib.suppress(Exception):
            postgres.stop()
        stack.stop()
        server.stop()


def _mount_tmpfs(folder: Path, size: str) -> bool:
    """A small disk of its own for `folder` (root only); False where not allowed."""
    if os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "chaos", str(folder)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


class Systemd:
    """A watcher thread: daemons killed during a session start again at once."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.keep_cupsd_down = False
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self.restarts: list[str] = []

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        with self._lock:
            yield

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            with self._lock:
                try:
                    cupsd = not self.keep_cupsd_down
                    self.restarts += self.world.restart_dead(cupsd=cupsd)
                except Exception as exc:  # keep watching; the oracle will see it
                    print(f"chaos: restart failed: {exc}", flush=True)


class Shell:
    """The shell's process: spawn, talk to it by lines of JSON, kill its group."""

    def __init__(
        self, spec: Path, log: Path, env: dict[str, str], home_marker: bytes
    ) -> None:
        self.spec, self.log, self.env = spec, log, env
        self.home_marker = home_marker  # b"HOME=<walk>/" in its processes' env
        self.dead_groups: list[int] = []
        self.lives: list[list[dict[str, int]]] = []  # fds/threads samples per life
        self.proc: subprocess.Popen[str] | None = None
        self.born: int | None = None  # the live shell's start (clock ticks)
        self.boots = 0

    def spawn(self) -> dict[str, Any]:
        """Start the shell (boot wipe included); returns its first report."""
        self.boots += 1
        self.lives.append([])
        with self.log.open("a") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bench.chaos", "--child", str(self.spec)],
                env=self.env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                start_new_session=True,  # its own group: the service's cgroup
                cwd=Path(__file__).resolve().parents[1],
            )
        self.born = _start_ticks(self.proc.pid)
        report = self.read()
        if report is None:
            raise MeasurementFailed(f"the shell died at start; see {self.log}")
        return report

    def ask(self, command: dict[str, Any]) -> dict[str, Any] | None:
        """Send one command; its report, or None when the shell died meanwhile."""
        assert self.proc is not None and self.proc.stdin is not None
        try:
            self.proc.stdin.write(json.dumps(command) + "\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            return None
        return self.read()

    def read(self) -> dict[str, Any] | None:
        assert self.proc is not None and self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            return None
        report = dict(json.loads(line))
        if "fds" in report:
            self.lives[-1].append({"fds": report["fds"], "threads": report["threads"]})
        return report

    def kill_group(self) -> None:
        """What systemd does to the service's cgroup when its main process died."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        # The cgroup also holds the speech-dispatcher the shell autospawned
        # (it forks away from the shell's group and session).
        for pid in speech_daemons(self.home_marker, self.born):
            _kill(pid)
        self.proc.wait()
        self.dead_groups.append(self.proc.pid)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self.proc = None

    def quit(self) -> None:
        if self.proc is not None:
            self.ask({"cmd": "quit"})
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=30)
            self.kill_group()


# =============================================================================
# The walk (this process)
# =============================================================================


@dataclass
class Walk:
    world: World
    shell: Shell
    systemd: Systemd
    tally: Tally
    journal: Path
    base: datetime  # the station's simulated clock at offset 0
    offset_minutes: int = 0
    charged_pages: int = 0
    seen: int = 0  # pages the device printed, as of the last verbose line
    booked: int = 0  # pages charged in the journal, as of the last verbose line
    oos_since: float | None = None

    def printed_pages(self) -> int:
        """Pages of jobs the device finished, plus jobs it stopped on a cancel
        counted in full: the station books those in full by its refund rule
        (pages are out, how many CUPS cannot tell); the pages that never came
        out are reported apart (`cut_short_pages`)."""
        stopped = self.world.stack.device_stopped()
        return sum(self.world.stack.device_printed()) + sum(t for _, t in stopped)

    def cut_short_pages(self) -> int:
        return sum(t - out for out, t in self.world.stack.device_stopped())

    def handover(self, step: Step, report: dict[str, Any]) -> Handover:
        traces = list(report.get("traces", []))
        traces += [f"cups-job:{job}" for job in self.world.station_jobs()]
        seen = Handover(str(report["state"]), str(report["reason"]), tuple(traces))
        self.tally.handover(step, seen)
        now = time.monotonic()
        if seen.out_of_service and self.oos_since is None:
            self.oos_since = now
        elif not seen.out_of_service and self.oos_since is not None:
            self.tally.out_of_service_seconds += now - self.oos_since
            self.oos_since = None
        return seen

    def one(self, step: Step) -> None:
        self.tally.session(step)
        began = time.monotonic()
        fault = step.fault
        self.offset_minutes += step.gap_minutes
        self.systemd.keep_cupsd_down = fault is Fault.CUPSD_DOWN
        if fault in (Fault.CARD_LEFT, Fault.CARD_PULLED):
            self.world.card.insert()  # put in at the start (left, or pulled)
        if fault is Fault.NETWORK_LOSS:
            with self.systemd.paused():
                self.world.collector.kill()
                self.world.sync()  # the timer fires during the outage: fails
                self.offset_minutes += step.outage_minutes
                # still down while the session runs: held by the lock below
                report = self._session(step)
        else:
            report = self._session(step)
        if report is None:  # the shell was killed (planned or not)
            if fault is not Fault.SHELL_KILL:
                self.tally.note(step, "the shell died unplanned")
            self.shell.kill_group()
            report = self.shell.spawn()
        if report.get("card_unseen"):
            self.tally.note(step, "the shell did not see the card put in")
            self.tally.cards_unseen += 1
        self.charged_pages += int(report.get("charged", 0))
        if fault is Fault.CARD_PULLED:
            self._eid_checks(step, report)
        seen = self.handover(step, report)
        if VERBOSE:
            what = f"{step.fault} at {step.phase}" if step.fault else "no fault"
            took = time.monotonic() - began
            printed = self.printed_pages()
            # From the journal: a killed shell's bookings are not in its
            # successor's report.
            booked = charged_pages(self.journal)
            pages = f"charged {booked - self.booked}, printed {printed - self.seen}"
            self.booked = booked
            self.seen = printed
            keys = ("state", "reason", "traces", "booted", "eid_started", "eid_back")
            short = {k: report.get(k) for k in keys if k in report}
            print(f"chaos: {step.index} ({what}) {took:.1f} s: {pages} {short}")
        # The fault ends: what is down comes back, the queue is cleared.
        self.systemd.keep_cupsd_down = False
        with self.systemd.paused():
            self.world.restart_all()
            if fault is Fault.PAPER_JAM:
                self.world.stack.clear_jam()
            (self.world.state_fs / BALLAST).unlink(missing_ok=True)
        if step.sync_after:
            self.world.sync(kill_after=0.8 if fault is Fault.SYNC_KILL else None)
        if seen.out_of_service and seen.reason in STAFF_ONLY:
            self._staff_only(step, seen)
        elif seen.out_of_service:
            self._expect_recovery(step, seen)
        self.world.card.remove()
        self._orphans(step)

    def _eid_checks(self, step: Step, report: dict[str, Any]) -> None:
        """A card pulled mid-login: the login started and ended, AusweisApp is
        ready for the next resident, and nobody is told to take a card that
        is gone."""
        if report.get("eid_started") is False:
            self.tally.note(step, "the eID login did not start (not checked)")
            return
        if report.get("eid_back") is False:
            self.tally.eid(step, f"eID not ready again: {report.get('eid_state')}")
        if report.get("reason") == "card-left":
            self.tally.eid(step, "out of service for a card left, but it was pulled")

    def _orphans(self, step: Step) -> None:
        """Processes the shell started (they carry a HOME below the walk's
        folder: its private HOME, AusweisApp's below the session folder) that
        are not in the running shell's group: left behind by a killed shell.
        AusweisApp runs in a session of its own: it counts when its parent
        shell is gone."""
        home = f"HOME={self.world.root}/".encode()
        current = self.shell.proc.pid if self.shell.proc else -1
        own_speech = (
            set(speech_daemons(home, self.shell.born)) if current > 0 else set()
        )
        found = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                environ = Path(f"/proc/{entry}/environ").read_bytes().split(b"\0")
                pgid = os.getpgid(int(entry))
            except (OSError, ProcessLookupError):
                continue
            if not any(v.startswith(home) for v in environ):
                continue
            if pgid != current and not _descends(int(entry), current):
                if int(entry) in own_speech:
                    continue  # the live shell's, in its cgroup on a station
                found.append(f"{entry} ({_comm(entry)})")
        if found:
            self.tally.orphans += len(found)
            self.tally.note(step, f"orphan processes {', '.join(found)}")
            for pid in found:  # so the next session does not count them again
                _kill(int(pid.split()[0]))

    def _staff_only(self, step: Step, seen: Handover) -> None:
        """A card left in the reader: the station must stay out of service while
        it is there; once it is taken, staff (or the product's own flow) may
        bring it back."""
        report = self.shell.ask({"cmd": "wait_service", "timeout": 3.0})
        if report is not None and report["state"] != "out_of_service":
            self.tally.cleared_alone(step, seen.reason)
        self.world.card.remove()
        report = self.shell.ask({"cmd": "wait_service", "timeout": 5.0})
        if report is not None and report["state"] == "out_of_service":
            report = self.shell.ask({"cmd": "staff_return"})
        if report is None:
            self.tally.note(step, "the shell died while out of service")
            self.shell.kill_group()
            report = self.shell.spawn()
        self.handover(step, report)

    def _session(self, step: Step) -> dict[str, Any] | None:
        return self.shell.ask(
            {
                "cmd": "session",
                "step": step.as_json(),
                "pids": self.world.pids(),
                "offset_minutes": self.offset_minutes,
                "jam": str(self.world.stack.control / "JAM"),
                "counter_ballast": str(self.world.state_fs / BALLAST),
                "disks": self.world.disks,
            }
        )

    def _expect_recovery(self, step: Step, seen: Handover) -> None:
        report = self.shell.ask({"cmd": "wait_service", "timeout": RECOVERY_SECONDS})
        if report is None:
            self.tally.note(step, "the shell died while out of service")
            self.shell.kill_group()
            report = self.shell.spawn()
        back = report["state"] != "out_of_service"
        self.tally.recovered(step, back, str(report["reason"]))
        if not back:
            # Staff step in (the panel's "back in service"), so the walk goes on.
            report = self.shell.ask({"cmd": "staff_return"}) or self.shell.spawn()
        self.handover(step, report)

    def finish(self) -> None:
        """Faults over: everything up, one good sync, then the books."""
        with self.systemd.paused():
            self.world.restart_all()
        report = self.shell.ask({"cmd": "flush"})
        if report is None:
            raise MeasurementFailed("the shell died at the end of the walk")
        ok = any(self.world.sync() for _ in range(3))
        if not ok:
            self.tally.notes.append("the final sync failed three times")
        for life in self.shell.lives:
            if len(life) >= 30:  # from the 10th session of a shell's life on
                first, last = life[9], life[-1]
                self.tally.fd_growth = max(
                    self.tally.fd_growth, last["fds"] - first["fds"]
                )
                self.tally.thread_growth = max(
                    self.tally.thread_growth, last["threads"] - first["threads"]
                )
        expected = expected_counts(self.journal)
        self.tally.counts(expected, self.world.collected())
        charged = charged_pages(self.journal)  # the journal outlives a killed shell
        self.tally.printed(_nothing(), charged, self.printed_pages())
        self.tally.cut_short_pages = self.cut_short_pages()


def expected_counts(journal: Path) -> dict[tuple[str, str], int]:
    """What the station's counters must add up to: its own event journal,
    aggregated as the counters do (all days summed)."""
    from zoneinfo import ZoneInfo

    from kiosk.usage.aggregate import Aggregator

    aggregator = Aggregator(ZoneInfo("Europe/Berlin"))
    out: dict[tuple[str, str], int] = {}
    if not journal.exists():
        return out
    for line in journal.read_text().splitlines():
        if not line.strip():
            continue
        event = decode_event(json.loads(line))
        for inc in aggregator.feed(event):
            key = (inc.metric, inc.dimension)
            out[key] = out.get(key, 0) + inc.delta
    return out


def charged_pages(journal: Path) -> int:
    """Pages of completed (charged) print jobs in the shell's event journal."""
    if not journal.exists():
        return 0
    pages = 0
    for line in journal.read_text().splitlines():
        data = json.loads(line) if line.strip() else {}
        if data.get("type") == "PrintJobFinished" and data.get("completed"):
            pages += int(data["pages"])
    return pages


def encode_event(event: Any) -> dict[str, Any]:
    import dataclasses
    import enum

    out: dict[str, Any] = {"type": type(event).__name__}
    for f in dataclasses.fields(event):
        value = getattr(event, f.name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


def decode_event(data: dict[str, Any]) -> Any:
    import dataclasses
    import typing

    from kiosk.session import events as ev

    cls = getattr(ev, data["type"])
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        value, hint = data[f.name], hints[f.name]
        if hint is datetime:
            value = datetime.fromisoformat(value)
        elif hint in (ev.EndReason, ev.OutOfServiceReason):
            value = hint(value)
        elif f.name == "failed_steps":
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def walk(sessions: int, seed: int, fault_rate: float = FAULT_RATE) -> Tally:
    """Run the walk for `seed`; the books, with a note for each violation."""
    steps = plan(seed, sessions, fault_rate=fault_rate, kinds=KINDS)
    root = Path(tempfile.mkdtemp(prefix="kiosk-bench-chaos-"))
    os.chmod(root, 0o755)
    tally = Tally(seed)
    # The simulated clock ends an hour ago, so no day is in the collector's future.
    base = datetime.now(UTC) - timedelta(minutes=simulated_span(steps) + 60)
    try:
        with world(root) as w:
            journal = root / "journal.jsonl"
            spec = root / "spec.json"
            spec.write_text(
                json.dumps(
                    {
                        "root": str(root),
                        "config": str(w.config),
                        "journal": str(journal),
                        "base": base.isoformat(),
                    }
                )
            )
            env = {**os.environ, **w.pcscd.env}  # the shell finds the private pcscd
            shell = Shell(spec, root / "shell.log", env, f"HOME={root}/".encode())
            systemd = Systemd(w)
            systemd.start()
            chaos = Walk(w, shell, systemd, tally, journal, base)
            try:
                chaos.handover(steps[0] if steps else _nothing(), shell.spawn())
                for step in steps:
                    chaos.one(step)
                    if step.index % 25 == 0:
                        print(
                            f"chaos: {step.index}/{sessions} {_line(tally)}", flush=True
                        )
                chaos.finish()
            finally:
                systemd.stop()
                shell.quit()
                if tally.violations:
                    kept = root.with_name(root.name + "-log")
                    shutil.copy(root / "shell.log", kept)
                    tally.notes.append(f"shell log kept at {kept}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return tally


def _nothing() -> Step:
    return Step(0, (), False, False, None, Phase.START, 0, 0, False)


def _line(t: Tally) -> str:
    return (
        f"dirty={t.dirty_handovers} lost={t.counts_lost} doubled={t.counts_doubled} "
        f"print={t.print_mismatches} stuck={t.stuck_out_of_service} "
        f"staff={t.cleared_without_staff} orphans={t.orphans}"
    )


def results(tally: Tally, took: float) -> list[Result]:
    seed = f"seed {tally.seed} (BENCH_CHAOS_SEED); {took / 60:.1f} min"
    notes = "; ".join(tally.notes[:20])

    def entry(name: str, value: float, unit: str, note: str = "") -> Result:
        return Result(name, value, unit, tally.sessions, None, None, note or seed)

    faults = ", ".join(f"{k}={v}" for k, v in sorted(tally.faults.items()))
    return [
        entry("chaos_sessions", tally.sessions, "sessions", f"{seed}; {notes}"),
        entry(
            "chaos_faults_injected",
            sum(tally.faults.values()),
            "faults",
            f"{seed}; {faults}",
        ),
        entry("chaos_dirty_handovers", tally.dirty_handovers, "sessions"),
        entry("chaos_counts_lost", tally.counts_lost, "counts"),
        entry("chaos_counts_doubled", tally.counts_doubled, "counts"),
        entry(
            "chaos_print_mismatches",
            tally.print_mismatches,
            "pages",
            f"{seed}; {tally.cut_short_pages} page(s) of jobs cut short by the end "
            "of a session were booked in full but never came out (refund rule)",
        ),
        entry(
            "chaos_out_of_service_minutes",
            round(tally.out_of_service_seconds / 60, 2),
            "min",
            f"{seed}; real minutes the walk's station was out of service",
        ),
        entry("chaos_stuck_out_of_service", tally.stuck_out_of_service, "times"),
        entry(
            "chaos_cleared_without_staff",
            tally.cleared_without_staff,
            "times",
            f"{seed}; back in service by itself while a card was left in the reader",
        ),
        entry(
            "chaos_orphan_processes",
            tally.orphans,
            "processes",
            f"{seed}; processes of a killed shell still running after its restart",
        ),
        entry(
            "chaos_fd_growth",
            tally.fd_growth,
            "fds",
            f"{seed}; most any shell life grew from its 10th session (lives ≥ 30)",
        ),
        entry("chaos_thread_growth", tally.thread_growth, "threads"),
        entry(
            "chaos_eid_broken",
            tally.eid_broken,
            "times",
            f"{seed}; cards pulled mid-eID after which AusweisApp was not ready "
            f"again within {EID_BACK_SECONDS:.0f} s, or a card-left was blamed",
        ),
        entry(
            "chaos_cards_unseen",
            tally.cards_unseen,
            "cards",
            f"{seed}; cards put in that the shell did not see within 10 s",
        ),
    ]


def _stop_walk(signum: int, _frame: object) -> None:
    raise SystemExit(f"chaos: stopped by signal {signum}")  # cleans up on the way


def run() -> list[Result]:
    # SIGTERM (and SIGINT, ignored in background jobs otherwise) end the walk
    # through its `finally`s: daemons stopped, tmpfs unmounted.
    signal.signal(signal.SIGTERM, _stop_walk)
    signal.signal(signal.SIGINT, _stop_walk)
    started = time.monotonic()
    tally = walk(SESSIONS, SEED)
    for line in tally.notes:
        print(f"chaos: {line}", flush=True)
    return results(tally, time.monotonic() - started)


# =============================================================================
# The shell (child process)
# =============================================================================


class Resident:
    """The shell's side: a real station; plays the sessions it is told."""

    def __init__(self, spec: dict[str, Any], out: TextIO) -> None:
        from bench import qtstation
        from kiosk import config as kconfig
        from kiosk.shell import app as kapp

        self.out = out
        root = Path(spec["root"])
        qtstation.prepare_environment(root)
        self.home = Path(os.environ["HOME"])
        _speech_as_on_a_station()
        self.app = qtstation.make_app()
        config = kconfig.load(Path(spec["config"]))
        self.station = kapp.build_station(config, self.app)
        self.controller = self.station.controller
        self.controller.wipe_retry.setInterval(2000)  # not a minute: walk on
        self.base = datetime.fromisoformat(spec["base"])
        self.offset = timedelta(0)
        self._t0 = time.monotonic()
        self.controller.lifecycle._clock = self._now  # the injected clock
        self.journal = Path(spec["journal"])
        self.events: list[Any] = []
        self.controller.lifecycle.subscribe(self._record)
        self.confirming = True
        self.done: list[Any] = []
        flow = self.station.printing
        if flow is not None:
            flow.confirmationNeeded.connect(lambda _s: self._confirm())
            flow.done.connect(self.done.append)
        window = self.station.window
        window.resize(1280, 800)
        window.show()
        self.controller.boot()
        self.home_files: set[str] | None = None
        self.card_unseen = False
        self.eid_started: bool | None = None  # card-pulled: the login began

    # -- books ------------------------------------------------------------------

    def _now(self) -> datetime:
        return self.base + self.offset + timedelta(seconds=time.monotonic() - self._t0)

    def _record(self, event: Any) -> None:
        self.events.append(event)
        # Appended at once (no buffer in this process): a SIGKILL keeps it.
        with self.journal.open("a") as f:
            f.write(json.dumps(encode_event(event)) + "\n")

    def _confirm(self) -> None:
        from PySide6.QtCore import QTimer

        flow = self.station.printing
        if self.confirming and flow is not None:
            QTimer.singleShot(0, flow.confirm)

    def report(self, **extra: Any) -> None:
        from kiosk.session import events as ev

        lifecycle = self.controller.lifecycle
        charged = sum(
            e.pages
            for e in self.events
            if isinstance(e, ev.PrintJobFinished) and e.completed
        )
        self.events.clear()
        self.card_unseen, card_unseen = False, self.card_unseen
        body = {
            "state": lifecycle.state.value,
            "reason": lifecycle.out_of_service_reason.value,
            "traces": self.traces(),
            "charged": charged,
            "card_unseen": card_unseen,
            "fds": len(os.listdir("/proc/self/fd")),
            "threads": _own_threads(),
            **extra,
        }
        self.out.write(json.dumps(body) + "\n")
        self.out.flush()

    def traces(self) -> list[str]:
        """What the last resident left, as the next one could find it."""

        out = []
        folder = self.controller.session_dir
        if folder.exists():
            out += [
                f"session-folder:{p.name}" for p in folder.iterdir() if p.name != "eid"
            ]
        speechd = Path(os.environ["XDG_RUNTIME_DIR"]) / "speech-dispatcher"
        out += [f"speech-dispatcher:{p}" for p in _speechd_traces(speechd)]
        files = {
            str(p.relative_to(self.home))
            for p in self.home.rglob("*")
            if p != speechd and speechd not in p.parents
        }
        if self.home_files is None:
            self.home_files = files
        out += [f"home:{name}" for name in sorted(files - self.home_files)[:5]]
        if self.controller.web is not None:
            out.append("web-profile-alive")
        return out

    # -- waiting ------------------------------------------------------------------

    def wait(self, condition: Callable[[], bool], timeout: float) -> bool:
        from bench.qtstation import wait_until

        try:
            wait_until(condition, timeout, "chaos step")
        except MeasurementFailed:
            return False
        return True

    def pump(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        self.wait(lambda: time.monotonic() > deadline, seconds + 1)

    def resting(self) -> bool:
        from kiosk.session.lifecycle import State

        state = self.controller.lifecycle.state
        return state in (State.WELCOME, State.OUT_OF_SERVICE)

    # -- one session --------------------------------------------------------------

    def session(self, command: dict[str, Any]) -> None:
        from kiosk.session.events import EndReason
        from kiosk.session.lifecycle import State

        step = Step.from_json(command["step"])
        self.offset = timedelta(minutes=command["offset_minutes"])
        self._t0 = time.monotonic()
        pids: dict[str, int] = command["pids"]
        self.wait(self.resting, STEP_TIMEOUT)
        if self.controller.lifecycle.state is not State.WELCOME:
            self.report(skipped=True)
            return
        self.done.clear()
        self.confirming = True
        self.controller.start()
        if step.fault in (Fault.CARD_LEFT, Fault.CARD_PULLED):
            # The resident's card went in just before: the shell must see it.
            presence = self.station.presence
            if not self.wait(lambda: presence.cards_present(), 10.0):
                print("chaos: the shell did not see the card", flush=True)
                self.card_unseen = True
        self.fault(step, Phase.START, pids, command)
        view = None
        for service in step.services:
            view = self.controller.open_service(service)
            self.wait(
                lambda v=view: v.page.url().isValid() and not v.page.isLoading(),
                STEP_TIMEOUT,
            )
            if service == "jobs" and step.download:
                docs = self.controller.session_dir / "documents"
                view.page.runJavaScript("document.getElementById('pdf').click()")
                self.wait(lambda d=docs: any(d.glob("*.pdf")), STEP_TIMEOUT)
        self.fault(step, Phase.BROWSING, pids, command, view)
        flow = self.station.printing
        storm = step.fault is Fault.PRINT_STORM
        if step.prints and view is not None and flow is not None and not storm:
            if step.fault is Fault.PAPER_JAM:
                view.page.runJavaScript("location.href = '/chaos/long'")
                self.wait(
                    lambda v=view: (
                        v.page.url().path() == "/chaos/long" and not v.page.isLoading()
                    ),
                    STEP_TIMEOUT,
                )
            view.page.runJavaScript("window.print()")
            # The fault hits once the confirmed job is on its way to CUPS.
            self.wait(lambda: flow.phase.value == "printing" or bool(self.done), 10.0)
            self.fault(step, Phase.PRINTING, pids, command, view)
            # A jammed job waits for staff: the resident gives up after a while.
            patience = 3.0 if step.fault is Fault.PAPER_JAM else STEP_TIMEOUT
            self.wait(lambda: bool(self.done) or not flow.busy, patience)
        self.fault(step, Phase.ENDING, pids, command, view)
        self.controller.end(EndReason.RESIDENT)
        self.wait(self.resting, 90.0)
        self.pump(0.05)
        extra = self._eid_back() if step.fault is Fault.CARD_PULLED else {}
        self.report(**extra)

    def fault(
        self,
        step: Step,
        phase: Phase,
        pids: dict[str, int],
        command: dict[str, Any],
        view: Any = None,
    ) -> None:
        if step.fault is None or step.phase is not phase:
            return
        fault = step.fault
        if fault is Fault.SHELL_KILL:
            os.kill(os.getpid(), signal.SIGKILL)
        elif fault in (Fault.CUPSD_KILL, Fault.CUPSD_DOWN):
            _kill(pids.get("cupsd"))
        elif fault is Fault.COLLECTOR_KILL:
            _kill(pids.get("collector"))
        elif fault is Fault.POSTGRES_KILL:
            _kill(pids.get("postgres"))
        elif fault is Fault.AUSWEISAPP_KILL:
            eid = self.station.eid
            _kill(eid._app.pid if eid is not None else None)
        elif fault is Fault.PCSCD_KILL:
            _kill(pids.get("pcscd"))
        elif fault is Fault.CARD_PULLED and view is not None:
            self._card_pulled(view, pids.get("card"))
        elif fault is Fault.PAPER_JAM:
            Path(command["jam"]).touch()
        elif fault is Fault.DISK_FULL_SESSION and command["disks"]:
            folder = self.controller.session_dir / "documents"
            folder.mkdir(parents=True, exist_ok=True)
            _fill(folder / BALLAST)  # the resident's files fill the disk
        elif fault is Fault.DISK_FULL_COUNTERS and command["disks"]:
            _fill(Path(command["counter_ballast"]))
        elif view is not None:
            self._page_fault(fault, view)
        self.pump(0.2)

    def _card_pulled(self, view: Any, card: int | None) -> None:
        """The resident starts an eID login from the page and pulls the card
        out while AusweisApp works on it (its tcToken is still held back)."""
        from kiosk.cardreader.eid_service import Availability

        eid = self.station.eid
        if eid is None or card is None:
            self.eid_started = False
            return
        self.wait(lambda: eid.availability is Availability.READY, STEP_TIMEOUT)
        view.page.runJavaScript("location.href = '/chaos/eid'")
        self.wait(
            lambda: (
                view.page.url().path() == "/chaos/eid" and not view.page.isLoading()
            ),
            STEP_TIMEOUT,
        )
        view.page.runJavaScript("document.getElementById('eid').click()")
        self.eid_started = self.wait(lambda: eid.busy, 10.0)
        self.pump(0.5)
        _kill(card)  # vicc gone: the card is out of the reader
        self.pump(EID_TOKEN_HOLD)

    def _eid_back(self) -> dict[str, Any]:
        """After the hand-over of a card-pulled session: AusweisApp ready again."""
        from kiosk.cardreader.eid_service import Availability

        eid = self.station.eid
        if eid is None:
            return {}
        back = self.wait(
            lambda: eid.availability is Availability.READY and not eid.busy,
            EID_BACK_SECONDS,
        )
        started, self.eid_started = self.eid_started, None
        state = f"{eid.availability.value}, busy={eid.busy}"
        return {"eid_started": started, "eid_back": back, "eid_state": state}

    def _page_fault(self, fault: Fault, view: Any) -> None:
        if fault is Fault.RENDERER_KILL:
            _kill(view.page.renderProcessPid())
        elif fault is Fault.HUNG_PAGE:
            view.page.runJavaScript("location.href = '/chaos/hang'")
            self.pump(1.5)
        elif fault is Fault.PRINT_STORM:
            view.page.runJavaScript("location.href = '/chaos/storm'")
            self.pump(1.5)
            self.confirming = False  # the resident stops confirming
            self.pump(0.5)
        elif fault is Fault.BIG_DOWNLOAD:
            view.page.runJavaScript("location.href = '/chaos/big'")
            self.pump(0.5)
            view.page.runJavaScript("document.getElementById('big').click()")
            self.pump(2.0)

    def wait_service(self, timeout: float) -> None:
        from kiosk.session.lifecycle import State

        self.wait(lambda: self.controller.lifecycle.state is State.WELCOME, timeout)
        self.report()

    def staff_return(self) -> None:
        from kiosk.session.lifecycle import State

        if self.controller.lifecycle.state is State.OUT_OF_SERVICE:
            self.controller.return_to_service()
        self.wait(self.resting, 60.0)
        self.report()

    def flush(self) -> None:
        self.wait(self.resting, 60.0)
        self.station.counters.wipe_step() if self.station.counters.opened else None
        self.report()

    def serve(self, commands: TextIO) -> None:
        self.wait(self.resting, 90.0)
        self.report(booted=True)
        for line in commands:
            command = json.loads(line)
            cmd = command["cmd"]
            if cmd == "quit":
                break
            if cmd == "session":
                self.session(command)
            elif cmd == "wait_service":
                self.wait_service(float(command["timeout"]))
            elif cmd == "staff_return":
                self.staff_return()
            elif cmd == "flush":
                self.flush()
        self.station.shutdown()


def _speech_as_on_a_station() -> None:
    """speech-dispatcher as the station runs it: autospawned by the shell's
    engine (no SPEECHD_ADDRESS) with deploy/speech/speechd.conf, which
    tmpfiles.d links into the shell's config folder; ALSA's null device
    instead of the sound card."""
    os.environ.pop("SPEECHD_ADDRESS", None)
    conf = Path(__file__).resolve().parents[1] / "deploy" / "speech" / "speechd.conf"
    text = conf.read_text().replace(
        'AudioALSADevice "default"', 'AudioALSADevice "null"'
    )
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "speech-dispatcher"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "speechd.conf").write_text(text)


def _speechd_traces(runtime: Path) -> list[str]:
    """What of a resident speech-dispatcher's runtime folder could hold.

    The folder lives as long as the shell (on a station: the service's
    runtime folder), so it is judged by content, not by name: its socket and
    its pid file (digits) hold nothing of anyone; every log file must be
    empty after the wipe (the step "speech-logs" proves it, this checks it
    again); anything else is a trace."""
    out = []
    if not runtime.is_dir():
        return out
    for path in sorted(runtime.rglob("*")):
        name = str(path.relative_to(runtime))
        if path.is_dir() or path.is_socket():
            continue
        if path.parent == runtime / "pid" and path.read_text().strip().isdigit():
            continue
        if name.startswith("log/") and path.is_file() and path.stat().st_size == 0:
            continue
        out.append(name)
    return out


def speech_daemons(home: bytes, born: int | None) -> list[int]:
    """The speech-dispatcher that shell `shell` autospawned (and its output
    modules): libspeechd starts it detached, in a session of its own, so it
    is no descendant of the shell; it carries the shell's HOME and started
    after the shell. On a station it stays in the service's cgroup and dies
    with it (KillMode=control-group). `born`: the shell's `_start_ticks`."""
    if born is None:
        return []
    daemons = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or _comm(entry) != "speech-dispatch":
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        started = _start_ticks(int(entry))
        if any(v.startswith(home) for v in environ) and (started or 0) >= born:
            daemons.append(int(entry))
    modules = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and any(_descends(int(entry), d) for d in daemons):
            modules.append(int(entry))
    return daemons + modules


def _start_ticks(pid: int) -> int | None:
    """When `pid` started, in clock ticks since boot (Linux /proc)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return int(f.read().rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _comm(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def _descends(pid: int, ancestor: int) -> bool:
    """Whether `ancestor` is among the parents of `pid` (Linux /proc)."""
    while pid > 1:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                pid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return False
        if pid == ancestor:
            return True
    return False


def _fill(path: Path) -> None:
    """Fill the disk `path` is on, to the last byte (unbuffered: nothing
    waits in a buffer to fail later)."""
    with contextlib.suppress(OSError), path.open("wb", buffering=0) as f:
        free = os.statvfs(path.parent)
        with contextlib.suppress(OSError):
            os.posix_fallocate(f.fileno(), 0, free.f_bavail * free.f_frsize)
        while f.write(b"\0" * 4096):
            pass


def _own_threads() -> int:
    from bench.soak import thread_counts

    return thread_counts()[0]


def _kill(pid: int | None) -> None:
    if pid:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def child(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)  # Qt and Chromium chatter goes to the log, not the protocol
    Resident(spec, out).serve(sys.stdin)
    out.close()
    os._exit(0)  # no Qt teardown races at exit


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        for r in run():
            print(r.as_json())
