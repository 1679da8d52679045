"""Each check, table-driven: a probe answer (or its failure) in, a verdict out.

The probes here only hand back data; the real ones are tested against the
real daemons in tests/integration/test_doctor.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from kiosk.doctor import NotPermitted, ProbeFailed, checks
from kiosk.doctor.checks import ClockState, QueueState, ShellProcess
from kiosk.doctor.report import Verdict

OK, WARN, FAIL, SKIP = Verdict.OK, Verdict.WARN, Verdict.FAIL, Verdict.SKIP
DOWN = ProbeFailed("no answer")


@dataclass
class Answer:
    """Returns `value` from whichever probe method is called, or raises it."""

    value: object

    def _give(self, *args: object) -> object:
        if isinstance(self.value, Exception):
            raise self.value
        return self.value

    readers = answer = queue = status = clock = free_bytes = token = _give


@pytest.mark.parametrize(
    ("answer", "verdict", "words"),
    [
        (["Virtual PCD 00 00"], OK, "Virtual PCD 00 00"),
        ([], FAIL, "no card reader"),
        (DOWN, FAIL, "pcscd does not answer"),
    ],
)
def test_pcsc(answer: object, verdict: Verdict, words: str) -> None:
    result = checks.check_pcsc(Answer(answer))  # type: ignore[arg-type]
    assert result.verdict is verdict
    assert words in result.detail
    assert result.resident_needs
    assert bool(result.fix) == (verdict is FAIL)


@pytest.mark.parametrize(
    ("answer", "enabled", "verdict"),
    [
        ("AusweisApp2/1.26.2", True, OK),
        (DOWN, True, FAIL),
        (DOWN, False, SKIP),
    ],
)
def test_eid(answer: object, enabled: bool, verdict: Verdict) -> None:
    result = checks.check_eid(Answer(answer), enabled)  # type: ignore[arg-type]
    assert result.verdict is verdict


IDLE = QueueState(accepting=True, state=3, reasons=("none",))


@pytest.mark.parametrize(
    ("answer", "enabled", "queue_verdict", "printer_verdict", "printer_words"),
    [
        (IDLE, True, OK, OK, "idle"),
        (QueueState(True, 4, ()), True, OK, OK, "printing"),
        (QueueState(False, 3, ()), True, FAIL, OK, "idle"),
        (QueueState(True, 5, ("paused",)), True, OK, FAIL, "stopped (paused)"),
        (QueueState(True, 3, ("media-empty-error",)), True, OK, FAIL, "media-empty"),
        (QueueState(True, 3, ("toner-low-warning",)), True, OK, WARN, "toner-low"),
        (QueueState(True, 3, ("cups-insecure-filter-report",)), True, OK, OK, "idle"),
        (None, True, FAIL, SKIP, "no queue"),
        (DOWN, True, FAIL, SKIP, "CUPS does not answer"),
        (DOWN, False, SKIP, SKIP, "printing.enabled"),
    ],
)
def test_print_queue(
    answer: object,
    enabled: bool,
    queue_verdict: Verdict,
    printer_verdict: Verdict,
    printer_words: str,
) -> None:
    queue, printer = checks.check_print_queue(
        Answer(answer),  # type: ignore[arg-type]
        "kiosk",
        enabled,
    )
    assert (queue.verdict, printer.verdict) == (queue_verdict, printer_verdict)
    assert printer_words in printer.detail


def test_missing_queue_fix_names_the_queue() -> None:
    queue, _ = checks.check_print_queue(Answer(None), "lobby", True)  # type: ignore[arg-type]
    assert "lpadmin -p lobby" in queue.fix


URL = "https://c.example/api"
ACCEPTED = 422  # the collector took the token and refused the empty batch


@dataclass
class Collector:
    """Answers `status` for the plain request and `token_status` with the token."""

    status_answer: object = 200
    token_answer: object = ACCEPTED
    tokens_seen: list[str] | None = None

    def status(self, url: str) -> int:
        return Answer(self.status_answer)._give()  # type: ignore[return-value]

    def token_status(self, url: str, token: str) -> int:
        if self.tokens_seen is not None:
            self.tokens_seen.append(token)
        return Answer(self.token_answer)._give()  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("reach", "url", "verdict", "token_verdict"),
    [
        (200, URL, OK, OK),
        (404, URL, OK, OK),  # reachable; the base URL itself need not answer 200
        (503, URL, FAIL, SKIP),
        (DOWN, URL, FAIL, SKIP),
        (DOWN, "", SKIP, SKIP),
    ],
)
def test_collector(
    reach: object, url: str, verdict: Verdict, token_verdict: Verdict
) -> None:
    row, token_row = checks.check_collector(
        Collector(reach),
        Answer("station-secret"),  # type: ignore[arg-type]
        url,
    )
    assert (row.verdict, token_row.verdict) == (verdict, token_verdict)
    # Residents never notice a late sync: neither row breaks the station.
    assert not row.resident_needs and not token_row.resident_needs
    assert bool(row.fix) == (verdict is FAIL)


@pytest.mark.parametrize(
    ("token", "answer", "verdict", "words", "fix_words"),
    [
        ("tok-1f2e", ACCEPTED, OK, "accepted", ""),
        ("tok-1f2e", 200, OK, "accepted", ""),
        ("tok-9a8b", 401, FAIL, "unknown or revoked", "kiosk usage token create"),
        ("tok-7c6d", 403, FAIL, "no station token", "station token"),
        ("tok-1f2e", 503, SKIP, "could not check it", ""),
        ("tok-1f2e", 404, FAIL, "HTTP 404", "base URL"),
        ("tok-1f2e", DOWN, FAIL, "no answer", "network"),
        (None, ACCEPTED, FAIL, "no token installed", "systemd-creds encrypt"),
        (ProbeFailed("bad key"), ACCEPTED, FAIL, "bad key", "systemd-creds encrypt"),
        (NotPermitted("root only"), ACCEPTED, SKIP, "run the doctor as root", ""),
    ],
)
def test_collector_token(
    token: object, answer: object, verdict: Verdict, words: str, fix_words: str
) -> None:
    seen: list[str] = []
    _, row = checks.check_collector(
        Collector(200, answer, seen),
        Answer(token),  # type: ignore[arg-type]
        URL,
    )
    assert row.verdict is verdict
    assert words in row.detail
    assert fix_words in row.fix
    assert (seen == [token]) == isinstance(token, str)
    # The token is a secret: it never appears in what the doctor prints.
    if isinstance(token, str):
        assert token not in row.detail + row.fix


def shell(
    uid: int = 999, argv: Sequence[str] = ("kiosk", "run"), **env: str
) -> ShellProcess:
    return ShellProcess(pid=42, uid=uid, argv=tuple(argv), env=env)


@pytest.mark.parametrize(
    ("procs", "own_env", "own_uid", "verdict", "words"),
    [
        ([], {}, 1000, OK, "not running; checked this process"),
        ([], {}, 0, FAIL, "runs as root"),
        ([], {"QTWEBENGINE_DISABLE_SANDBOX": "1"}, 1000, FAIL, "sandbox-off"),
        ([shell()], {}, 0, OK, "1 running"),  # root doctor, sandboxed shell
        ([shell(uid=0)], {}, 1000, FAIL, "pid 42: runs as root"),
        (
            [shell(QTWEBENGINE_REMOTE_DEBUGGING="9222")],
            {},
            1000,
            FAIL,
            "remote-debugging",
        ),
        (
            [shell(), shell(argv=("/usr/lib/QtWebEngineProcess", "--no-sandbox"))],
            {},
            1000,
            FAIL,
            "argv --no-sandbox",
        ),
    ],
)
def test_sandbox(
    procs: list[ShellProcess],
    own_env: dict[str, str],
    own_uid: int,
    verdict: Verdict,
    words: str,
) -> None:
    result = checks.check_sandbox(procs, own_env, ["kiosk", "doctor"], own_uid)
    assert result.verdict is verdict
    assert words in result.detail


@pytest.mark.parametrize(
    ("free", "verdict"),
    [(50 * checks.GIB, OK), (checks.GIB, FAIL), (DOWN, FAIL)],
)
def test_disk(free: object, verdict: Verdict) -> None:
    result = checks.check_disk(Answer(free), ["/var/lib/x"])  # type: ignore[arg-type]
    assert result.verdict is verdict


@pytest.mark.parametrize(
    ("state", "verdict"),
    [
        (ClockState(True, 2_000_000_000), OK),
        (ClockState(False, 2_000_000_000), WARN),
        (ClockState(True, 1_000), FAIL),
        (ClockState(False, 1_000), FAIL),
        # e.g. in a container, where adjtimex is not allowed: say so, no traceback
        (ProbeFailed("adjtimex: Operation not permitted"), WARN),
    ],
)
def test_clock(state: object, verdict: Verdict) -> None:
    result = checks.check_clock(Answer(state), not_before=1_735_689_600)  # type: ignore[arg-type]
    assert result.verdict is verdict
