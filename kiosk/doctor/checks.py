"""The checks: each takes its probe (a small Protocol) and returns verdict rows.

Pure: no Qt, no pyscard, no pycups, no httpx here; the real probes live in
`kiosk.doctor.probes` and tests may pass others. A probe raises ProbeFailed
when it gets no answer; the check turns that into a FAIL with the fix.
Nothing a resident typed, saw or holds appears in a detail: reader names and
queue states only, never card data, job names or URLs with paths.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from kiosk.doctor import NotPermitted, ProbeFailed, sandbox
from kiosk.doctor.report import CheckResult, Verdict

GIB = 1024**3

# CUPS printer-state values (RFC 8011).
PRINTER_IDLE, PRINTER_PROCESSING, PRINTER_STOPPED = 3, 4, 5


class ReaderProbe(Protocol):
    def readers(self) -> Sequence[str]: ...


class EidClientProbe(Protocol):
    def answer(self) -> str:
        """Start the eID client, return how it introduced itself, stop it."""
        ...


@dataclass(frozen=True)
class QueueState:
    accepting: bool
    state: int
    reasons: tuple[str, ...]


class PrintQueueProbe(Protocol):
    def queue(self, name: str) -> QueueState | None:
        """None when no such queue exists."""
        ...


class CollectorProbe(Protocol):
    def status(self, url: str) -> int:
        """The HTTP status the collector answers with."""
        ...

    def token_status(self, url: str, token: str) -> int:
        """The HTTP status of a request with the station token that stores nothing."""
        ...


class TokenProbe(Protocol):
    def token(self) -> str | None:
        """The station's collector token; None when none is installed.

        Raises NotPermitted when it exists but this user may not read it,
        ProbeFailed when it cannot be read at all (e.g. not decryptable).
        """
        ...


@dataclass(frozen=True)
class ClockState:
    synchronised: bool
    now: float  # seconds since the epoch


class ClockProbe(Protocol):
    def clock(self) -> ClockState: ...


class DiskProbe(Protocol):
    def free_bytes(self, path: str) -> int: ...


@dataclass(frozen=True)
class ShellProcess:
    """A running `kiosk run` or one of its QtWebEngineProcess children."""

    pid: int
    uid: int
    argv: tuple[str, ...]
    env: Mapping[str, str]


def check_pcsc(probe: ReaderProbe) -> CheckResult:
    name = "card readers"
    try:
        readers = list(probe.readers())
    except ProbeFailed as exc:
        return CheckResult(
            name,
            Verdict.FAIL,
            f"pcscd does not answer: {exc}",
            "start it: systemctl enable --now pcscd.socket",
        )
    if not readers:
        return CheckResult(
            name,
            Verdict.FAIL,
            "pcscd answers, but no card reader is connected",
            "plug in the card reader; if it is plugged in, check its driver "
            "(cyberJack: apt install libifd-cyberjack6) and usbguard list-devices",
        )
    return CheckResult(name, Verdict.OK, f"{len(readers)}: {', '.join(readers)}")


def check_eid(probe: EidClientProbe, enabled: bool) -> CheckResult:
    name = "eID client"
    if not enabled:
        return CheckResult(name, Verdict.SKIP, "eid.enabled is false in the config")
    try:
        answer = probe.answer()
    except ProbeFailed as exc:
        return CheckResult(
            name,
            Verdict.FAIL,
            f"AusweisApp did not answer: {exc}",
            "install it (apt install ausweisapp2) or set eid.command in the "
            "station config to its path",
        )
    return CheckResult(name, Verdict.OK, f"starts and answers ({answer})")


def check_print_queue(
    probe: PrintQueueProbe, queue: str, enabled: bool
) -> tuple[CheckResult, CheckResult]:
    """Two rows: does the queue exist and accept jobs; what state the printer is in."""
    qname, pname = "print queue", "printer"
    if not enabled:
        skip = "printing.enabled is false in the config"
        return (
            CheckResult(qname, Verdict.SKIP, skip),
            CheckResult(pname, Verdict.SKIP, skip),
        )
    try:
        state = probe.queue(queue)
    except ProbeFailed as exc:
        fail = CheckResult(
            qname,
            Verdict.FAIL,
            f"CUPS does not answer: {exc}",
            "start it: systemctl enable --now cups.service",
        )
        return fail, CheckResult(pname, Verdict.SKIP, "CUPS does not answer")
    if state is None:
        fail = CheckResult(
            qname,
            Verdict.FAIL,
            f"CUPS has no queue {queue!r}",
            f"create it: lpadmin -p {queue} -E -v <printer URI> -m everywhere "
            "(or set printing.queue to the existing queue's name)",
        )
        return fail, CheckResult(pname, Verdict.SKIP, "no queue")
    if state.accepting:
        qrow = CheckResult(qname, Verdict.OK, f"{queue!r} exists and accepts jobs")
    else:
        qrow = CheckResult(
            qname,
            Verdict.FAIL,
            f"{queue!r} rejects jobs",
            f"cupsaccept {queue}",
        )
    return qrow, _printer_row(pname, queue, state)


def _printer_row(name: str, queue: str, state: QueueState) -> CheckResult:
    reasons = [r for r in state.reasons if r != "none"]
    errors = [r for r in reasons if r.endswith("-error")]
    warnings = [r for r in reasons if r.endswith("-warning")]
    shown = ", ".join(reasons) or "no problems reported"
    if state.state == PRINTER_STOPPED:
        return CheckResult(
            name,
            Verdict.FAIL,
            f"stopped ({shown})",
            f"fix the printer (paper, toner, cable), then: cupsenable {queue}",
        )
    if errors:
        return CheckResult(
            name,
            Verdict.FAIL,
            f"reports {', '.join(errors)}",
            "look at the printer's display and fix what it reports",
        )
    word = {PRINTER_IDLE: "idle", PRINTER_PROCESSING: "printing"}.get(
        state.state, f"state {state.state}"
    )
    if warnings:
        return CheckResult(
            name,
            Verdict.WARN,
            f"{word}, reports {', '.join(warnings)}",
            "look at the printer soon (e.g. toner low)",
        )
    return CheckResult(name, Verdict.OK, f"{word} ({shown})")


TOKEN_FILE = "/etc/buergerterminal/usage-token.cred"
# What deploy/install.sh --sync-token FILE runs; the sync unit loads the result.
INSTALL_TOKEN = (
    "install it as root: systemd-creds encrypt --name=buergerterminal-usage FILE "
    + TOKEN_FILE
)


def check_collector(
    probe: CollectorProbe, tokens: TokenProbe, url: str
) -> tuple[CheckResult, CheckResult]:
    """Two rows: is the collector reachable; does it accept the station's token.

    Only staff and the city notice a late sync (counts wait on the station),
    so neither row makes the exit status non-zero.
    """
    name, tname = "usage collector", "collector token"
    if not url:
        skip = "usage.collector_url is empty: no sync"
        return (
            CheckResult(name, Verdict.SKIP, skip, "", False),
            CheckResult(tname, Verdict.SKIP, skip, "", False),
        )
    try:
        status = probe.status(url)
    except ProbeFailed as exc:
        return (
            CheckResult(
                name,
                Verdict.FAIL,
                f"not reachable: {exc}",
                "check the network and usage.collector_url; counts stay on the "
                "station and are sent later",
                resident_needs=False,
            ),
            CheckResult(tname, Verdict.SKIP, "collector not reachable", "", False),
        )
    if status >= 500:
        return (
            CheckResult(
                name,
                Verdict.FAIL,
                f"answers with HTTP {status}",
                "tell the city's collector operators",
                resident_needs=False,
            ),
            CheckResult(tname, Verdict.SKIP, "collector not working", "", False),
        )
    reach = CheckResult(name, Verdict.OK, f"reachable (HTTP {status})", "", False)
    return reach, _token_row(tname, probe, tokens, url)


def _token_row(
    name: str, probe: CollectorProbe, tokens: TokenProbe, url: str
) -> CheckResult:
    def fail(detail: str, fix: str) -> CheckResult:
        return CheckResult(name, Verdict.FAIL, detail, fix, resident_needs=False)

    try:
        token = tokens.token()
    except NotPermitted as exc:
        return CheckResult(
            name,
            Verdict.SKIP,
            f"not checked: {exc}; run the doctor as root to check it",
            "",
            False,
        )
    except ProbeFailed as exc:
        return fail(f"cannot read the token: {exc}", INSTALL_TOKEN)
    if token is None:
        return fail(f"no token installed ({TOKEN_FILE})", INSTALL_TOKEN)
    try:
        status = probe.token_status(url, token)
    except ProbeFailed as exc:
        return fail(f"no answer: {exc}", "check the network and usage.collector_url")
    # The probe sends an empty batch: the collector checks the token first and
    # then refuses the batch (422), so nothing is ever stored.
    if status == 401:
        return fail(
            "the collector does not know this token (unknown or revoked)",
            "ask the collector's operators for a new station token (kiosk usage "
            "token create --station <station id>), then " + INSTALL_TOKEN,
        )
    if status == 403:
        return fail(
            "the collector knows this token, but it is no station token",
            "install a station token, not an analyst token; " + INSTALL_TOKEN,
        )
    if status >= 500:
        return CheckResult(
            name,
            Verdict.SKIP,
            f"the collector could not check it (HTTP {status})",
            "",
            False,
        )
    if status == 422 or 200 <= status < 300:
        return CheckResult(name, Verdict.OK, "accepted (station token)", "", False)
    return fail(
        f"the collector answers HTTP {status} at /v1/days",
        "set usage.collector_url to the collector's base URL "
        "(the sync sends to <collector_url>/v1/days)",
    )


def check_sandbox(
    shell: Sequence[ShellProcess],
    own_env: Mapping[str, str],
    own_argv: Sequence[str],
    own_uid: int,
) -> CheckResult:
    """The running shell and its browser processes, or else this process."""
    name = "browser sandbox"
    fix_env = (
        "remove QTWEBENGINE_DISABLE_SANDBOX, QTWEBENGINE_REMOTE_DEBUGGING and "
        "--no-sandbox/--remote-debugging-* flags from the unit and its drop-ins "
        "(systemctl cat buergerterminal.service)"
    )
    if shell:
        subjects: list[tuple[str, Mapping[str, str], Sequence[str], int]] = [
            (f"pid {p.pid}", p.env, p.argv, p.uid) for p in shell
        ]
        checked = f"{len(shell)} running shell/browser process(es)"
    else:
        subjects = [("this process", own_env, own_argv, own_uid)]
        checked = "the shell is not running; checked this process"
    problems: list[str] = []
    fixes: list[str] = []
    for who, env, argv, uid in subjects:
        verdict = sandbox.evaluate(env, argv)
        if not verdict.ok:
            problems.append(f"{who}: {verdict.describe()}")
            fixes.append(fix_env)
        if uid == 0:
            problems.append(f"{who}: runs as root, Chromium cannot sandbox it")
            fixes.append(
                "run the shell as the kiosk user (the unit does); run the doctor "
                "as it too: sudo -u kiosk kiosk doctor"
            )
    if problems:
        fix = "; ".join(dict.fromkeys(fixes))
        return CheckResult(name, Verdict.FAIL, f"{checked}: {'; '.join(problems)}", fix)
    return CheckResult(name, Verdict.OK, f"{checked}: sandbox on, not root")


def check_disk(
    probe: DiskProbe, paths: Sequence[str], min_free_bytes: int = 2 * GIB
) -> CheckResult:
    name = "disk space"
    lowest: tuple[int, str] | None = None
    for path in paths:
        try:
            free = probe.free_bytes(path)
        except ProbeFailed as exc:
            return CheckResult(
                name,
                Verdict.FAIL,
                str(exc),
                "create the state folders: "
                "systemd-tmpfiles --create buergerterminal.conf",
            )
        if lowest is None or free < lowest[0]:
            lowest = (free, path)
    if lowest is None:
        return CheckResult(name, Verdict.SKIP, "no paths to check")
    free, path = lowest
    shown = f"{free / GIB:.1f} GiB free at {path}"
    if free < min_free_bytes:
        return CheckResult(
            name,
            Verdict.FAIL,
            shown,
            f"free at least {min_free_bytes / GIB:.0f} GiB, e.g. "
            "journalctl --vacuum-size=200M",
        )
    return CheckResult(name, Verdict.OK, shown)


def check_clock(probe: ClockProbe, not_before: float) -> CheckResult:
    """A clock before `not_before` breaks every TLS site; unsynced only warns."""
    name = "clock"
    try:
        state = probe.clock()
    except ProbeFailed as exc:
        return CheckResult(
            name,
            Verdict.WARN,
            f"cannot read the synchronisation state: {exc}",
            "timedatectl timesync-status",
        )
    if state.now < not_before:
        return CheckResult(
            name,
            Verdict.FAIL,
            "the clock is in the past: secure websites will refuse to load",
            "set the time and enable NTP: timedatectl set-ntp true",
        )
    if not state.synchronised:
        return CheckResult(
            name,
            Verdict.WARN,
            "not synchronised with a time server",
            "timedatectl set-ntp true; check that the NTP server is reachable "
            "(timedatectl timesync-status)",
        )
    return CheckResult(name, Verdict.OK, "synchronised")


class WriterProbe(Protocol):
    def template_problem(self, templates_dir: str, template: str) -> str:
        """ "" when the template loads, else what is wrong and the fix."""
        ...

    def missing_dictionaries(self, languages: Sequence[str]) -> list[str]:
        """Spell-checking dictionary tags of these languages that are missing."""
        ...


def check_writer(
    probe: WriterProbe | None,
    enabled: bool,
    templates_dir: str,
    template: str,
    languages: Sequence[str],
) -> CheckResult:
    """The application writer: its template loads, its dictionaries exist."""
    name = "application writer"
    if not enabled:
        return CheckResult(name, Verdict.SKIP, "switched off ([writer] enabled)")
    if probe is None:
        return CheckResult(name, Verdict.SKIP, "not checked")
    problem = probe.template_problem(templates_dir, template)
    if problem:
        return CheckResult(
            name,
            Verdict.FAIL,
            f"the tile is left out: {problem}",
            "fix the template named (docs/writer.md), or set [writer] template "
            '= "standard" and templates_dir = ""',
        )
    missing = probe.missing_dictionaries(languages)
    if missing:
        return CheckResult(
            name,
            Verdict.WARN,
            f"no spell checking for {', '.join(missing)}",
            "apt-get install libenchant-2-2 and the hunspell-* packages of "
            "deploy/mkosi/station-packages.txt",
        )
    return CheckResult(name, Verdict.OK, f"template {template!r}, spell checking on")
