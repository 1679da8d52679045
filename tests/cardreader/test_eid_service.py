"""The shell's eID service against the real AusweisApp and a local tcToken server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from helpers.tctoken import TokenServer

from kiosk.cardreader.ausweisapp import AusweisApp
from kiosk.cardreader.eid_service import Availability, EidService
from kiosk.cardreader.sdk import Screen
from kiosk.cardreader.sdk_client import EidClient
from kiosk.session.events import EidWorkflow, Event
from kiosk.session.wipe import Wiper

WAIT = 15000


@pytest.fixture
def events() -> list[Event]:
    return []


@pytest.fixture
def service(ausweisapp: AusweisApp, events: list[Event], qtbot) -> Iterator[EidService]:  # type: ignore[no-untyped-def]
    ausweisapp.stop()  # the service starts it itself, as at boot
    eid = EidService(
        ausweisapp, EidClient(), publish=events.append, developer_mode=True
    )
    eid.start()
    qtbot.waitUntil(lambda: eid.availability is Availability.READY, timeout=WAIT)
    yield eid
    eid.stop()


def test_an_activation_ends_on_the_providers_address(
    service: EidService, token_server: TokenServer, events: list[Event], qtbot
) -> None:  # type: ignore[no-untyped-def]
    went_to: list[str] = []
    with qtbot.waitSignal(service.finished, timeout=30000) as done:
        assert service.activate(token_server.url, went_to.append)
        assert service.busy
    assert done.args[0].screen is Screen.FINISHED
    assert went_to == ["http://service.test/eid-error"]
    assert [e.succeeded for e in events if isinstance(e, EidWorkflow)] == [None, False]
    assert all(isinstance(e.at, datetime) for e in events)
    service.close_result()
    assert not service.busy and service.client.state.screen is Screen.IDLE


def test_a_second_activation_while_one_runs_is_refused(
    service: EidService, token_server: TokenServer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    went_to: list[str] = []
    assert service.activate(token_server.url, went_to.append)
    assert not service.activate(token_server.url, went_to.append)
    qtbot.waitSignal(service.finished, timeout=30000).wait()
    assert went_to == ["http://service.test/eid-error"]  # once, for the first


def test_cancel_returns_nowhere(
    service: EidService, token_server: TokenServer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    went_to: list[str] = []
    with qtbot.waitSignal(service.finished, timeout=30000) as done:
        service.activate(token_server.url, went_to.append)
        service.cancel()
    assert done.args[0].success is False


def test_not_ready_refuses_without_starting(
    tmp_path: Path, events: list[Event]
) -> None:
    app = AusweisApp(tmp_path / "s", command="no-such-ausweisapp")
    eid = EidService(app, EidClient(), publish=events.append)
    eid.start()  # logs why; the shell then says eID is not available
    assert eid.availability is Availability.DOWN
    assert not eid.activate("https://service.test/tctoken", lambda _url: None)
    assert events == []


def test_wipe_restarts_and_forgets(
    service: EidService, ausweisapp: AusweisApp, qtbot
) -> None:  # type: ignore[no-untyped-def]
    planted = ausweisapp.root / "home" / "resident-trace.txt"
    planted.write_text("from the last session")
    old_pid = ausweisapp.pid
    wiper = Wiper()
    wiper.register("eid", service.wipe)
    report = wiper.run()
    assert report.ok, report.summary()
    assert not planted.exists()
    assert old_pid is not None and not Path(f"/proc/{old_pid}").exists()
    assert not ausweisapp.root.exists()  # before the session folder goes
    qtbot.waitUntil(lambda: service.availability is Availability.READY, timeout=WAIT)
    assert ausweisapp.running and ausweisapp.pid != old_pid
    assert service.client.state.api_level == 2


def test_a_wipe_mid_workflow_never_navigates_the_old_page(
    service: EidService, token_server: TokenServer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    went_to: list[str] = []
    service.activate(token_server.url, went_to.append)
    service.wipe()
    qtbot.waitUntil(lambda: service.availability is Availability.READY, timeout=WAIT)
    qtbot.wait(300)
    assert went_to == []
    assert not service.busy


def test_wipe_fails_closed_when_files_stay(
    service: EidService, ausweisapp: AusweisApp, qtbot
) -> None:  # type: ignore[no-untyped-def]
    # Stands in for a file system that refuses the deletion.
    ausweisapp.remove_files = lambda: None  # type: ignore[method-assign]
    (ausweisapp.root / "left.txt").write_text("x")
    wiper = Wiper()
    wiper.register("eid", service.wipe)
    report = wiper.run()
    assert not report.ok
    assert "left" in report.summary()
    qtbot.wait(100)
    assert not ausweisapp.running  # not restarted on a dirty folder


def test_stop_right_after_a_wipe_starts_nothing(
    service: EidService, ausweisapp: AusweisApp, qtbot
) -> None:  # type: ignore[no-untyped-def]
    service.wipe()
    service.stop()  # e.g. the shell quits right after a session
    qtbot.wait(200)
    assert not ausweisapp.running and ausweisapp.pid is None


def test_ausweisapp_dies_with_the_shell(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from kiosk.cardreader.ausweisapp import AusweisApp\n"
        f"app = AusweisApp(Path({str(tmp_path)!r}) / 's', port=0)\n"
        "app.start()\n"
        "print(app.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    shell = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    with shell.stdout:  # type: ignore[union-attr]
        pid = int(shell.stdout.readline())  # type: ignore[union-attr]
    shell.kill()  # no stop(), no clean-up: as in a crash
    shell.wait()

    def gone() -> bool:
        try:  # an exited child of init is reaped at once; a zombie counts as gone
            return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
        except OSError:
            return True

    deadline = time.monotonic() + 5
    while not gone() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gone(), f"AusweisApp {pid} outlived the shell"
