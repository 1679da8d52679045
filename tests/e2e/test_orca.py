"""Orca, started as staff start it, reads the running shell aloud.

`kiosk run` under Xvfb on a private session bus (kiosk/daemons/a11y.py) with
no accessibility switch of its own; `ScreenReader` (what the staff panel's
button drives) starts `orca --replace`, Qt turns AT-SPI on when Orca appears,
and Orca's speech reaches a private speech-dispatcher whose voice writes
every utterance to a file (kiosk/daemons/speechd.py). The wipe step stops it
and switches AT-SPI off again on the bus (Orca leaves it on).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.tools import require_tool

from kiosk.procs import stop_process
from kiosk.session.wipe import Wiper
from kiosk.speech import atspi
from kiosk.speech.screen_reader import ScreenReader

pytestmark = [pytest.mark.xvfb, pytest.mark.webengine]

KIOSK_RUN = (sys.executable, "-m", "kiosk.cli", "run", "--config")
CLIENT = Path(__file__).with_name("atspi_client.py")


def write_config(tmp: Path, server) -> Path:
    from helpers.station import station_toml

    extra = (
        f'[usage]\ndatabase = "{tmp}/usage.sqlite"\n'
        "[eid]\nenabled = false\n[printing]\nenabled = false\n"
    )
    path = tmp / "station.toml"
    path.write_text(
        station_toml(server, tmp, idle=600, language="de", extra=extra),
        encoding="utf-8",
    )
    return path


def wait_for(spoken, text: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not any(text in line for line in spoken.lines()):
        assert time.monotonic() < deadline, (
            f"Orca never said {text!r}: {spoken.lines()}"
        )
        time.sleep(0.2)


def xdotool(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=20
    )
    return done.stdout


def shell_windows(display: str, pid: int) -> list[str]:
    return xdotool(display, "search", "--onlyvisible", "--pid", str(pid)).split()


def test_orca_started_for_a_session_reads_the_shell_and_the_wipe_ends_it(
    xvfb, a11y_bus, spoken, local_server, tmp_path, monkeypatch
) -> None:
    require_tool("orca")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
    env.update(a11y_bus.env, DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb")
    config = write_config(tmp_path, local_server)
    log = open(tmp_path / "shell.log", "w", encoding="utf-8")  # noqa: SIM115
    shell = subprocess.Popen(
        [*KIOSK_RUN, str(config), "--allow-no-sandbox"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    for key, value in env.items():  # what Orca inherits from the shell
        monkeypatch.setenv(key, value)
    reader = ScreenReader(["orca", "--replace"], after_stop=atspi.switch_off)
    try:
        deadline = time.monotonic() + 30
        while not (windows := shell_windows(xvfb.display, shell.pid)):
            assert shell.poll() is None, (tmp_path / "shell.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "the shell's window never showed"
            time.sleep(0.2)
        assert reader.toggle() is True
        wait_for(spoken, "Screen reader on")
        # Qt's bridge joins once Orca has switched AT-SPI on. Orca follows the
        # window that gets activated after that (cage activates it by itself).
        client = subprocess.Popen(
            ["/usr/bin/python3", str(CLIENT), str(shell.pid)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert client.stdout is not None and "ready" in client.stdout.readline()
        finally:
            client.communicate(timeout=10)
        xdotool(xvfb.display, "windowfocus", "--sync", windows[0])
        # Qt's bridge comes up once Orca has switched AT-SPI on; until then
        # focus moves go unannounced. Tab moves the focus on Welcome.
        # The capturing voice holds every utterance (`spoken.hold`), and
        # Orca's echo of a key stops what is queued: a Tab sooner than that
        # cancels the focus it caused, every time (Orca said only "tab",
        # seen under `make test`). So the first announcement, on activation,
        # gets its time, and Tab comes only after the voice is free.
        deadline = time.monotonic() + 45
        time.sleep(spoken.hold + 1.0)
        while not any(
            "push button" in line or "check box" in line for line in spoken.lines()
        ):
            assert time.monotonic() < deadline, f"Orca said {spoken.lines()}"
            xdotool(xvfb.display, "key", "Tab")
            time.sleep(spoken.hold + 1.0)
        said = " ".join(spoken.lines())
        # Controls of Welcome, by their German accessible names.
        assert any(
            f"{name} push button" in said or f"{name} check box" in said
            for name in ("Start", "Deutsch", "English", "Vorlesen")
        ), said
        wiper = Wiper()
        wiper.register("screen-reader", reader.wipe)
        assert a11y_bus.is_enabled()  # Orca switched AT-SPI on
        assert wiper.run().ok
        assert not reader.running
        # Orca leaves it on; the wipe turns it off, and with it Qt's bridge
        # and Chromium's tree of pages for the next resident.
        assert not a11y_bus.is_enabled()
    finally:
        reader.stop()
        stop_process(shell, timeout=15)
        log.close()
