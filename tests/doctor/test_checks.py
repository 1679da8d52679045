"""Each check, table-driven: a probe answer (or its failure) in, a verdict out.

The probes here only hand back data; the real ones are tested against the
real daemons in tests/integration/test_doctor.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from kiosk.doctor import ProbeFailed, checks
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

    readers = answer = queue = status = clock = free_bytes = _give


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


@pytest.mark.parametrize(
    ("answer", "url", "verdict"),
    [
        (200, "https://c.example/api", OK),
        (401, "https://c.example/api", OK),  # reachable; the token is sync's concern
        (503, "https://c.example/api", FAIL),
        (DOWN, "https://c.example/api", FAIL),
        (DOWN, "", SKIP),
    ],
)
def test_collector(answer: object, url: str, verdict: Verdict) -> None:
    result = checks.check_collector(Answer(answer), url)  # type: ignore[arg-type]
    assert result.verdict is verdict
    assert not result.resident_needs  # residents never notice a late sync


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
    ],
)
def test_clock(state: ClockState, verdict: Verdict) -> None:
    result = checks.check_clock(Answer(state), not_before=1_735_689_600)  # type: ignore[arg-type]
    assert result.verdict is verdict
