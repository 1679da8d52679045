"""`kiosk run` in a real window under Xvfb: keyboard escapes never get out.

The shell runs as a subprocess (as in production, but with the sandbox
allowed off because CI runs as root); xdotool types what a resident could.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.daemons.xvfb import Xvfb

pytestmark = [pytest.mark.xvfb, pytest.mark.webengine]

ESCAPES = [
    "F12",
    "ctrl+shift+i",
    "ctrl+n",
    "ctrl+t",
    "ctrl+o",
    "ctrl+s",
    "ctrl+p",
    "ctrl+l",
    "F11",
    "alt+F4",
    "alt+Left",
    "Menu",
    "shift+F10",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def write_config(tmp: Path, server) -> Path:
    from helpers.station import station_config, station_toml

    station_config(server, tmp, idle=600)  # the text is valid before the shell reads it
    path = tmp / "station.toml"
    path.write_text(station_toml(server, tmp, idle=600), encoding="utf-8")
    return path


class Shell:
    def __init__(
        self, proc: subprocess.Popen[str], log_path: Path, display: str
    ) -> None:
        self.proc = proc
        self.log_path = log_path
        self.display = display

    def records(self) -> list[dict]:
        out = []
        for line in self.log_path.read_text(
            encoding="utf-8", errors="replace"
        ).splitlines():
            if line.startswith("{"):
                with contextlib.suppress(json.JSONDecodeError):
                    out.append(json.loads(line))
        return out

    def messages(self, category: str) -> list[str]:
        return [r["message"] for r in self.records() if r["category"] == category]

    def wait_for(
        self, text: str, category: str = "session", timeout: float = 30
    ) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in m for m in self.messages(category)):
                return
            assert self.proc.poll() is None, (
                f"the shell died: {self.log_path.read_text()[-2000:]}"
            )
            time.sleep(0.1)
        raise AssertionError(
            f"never logged {text!r}; last: {self.messages(category)[-5:]}"
        )

    def xdotool(self, *args: str) -> str:
        env = {**os.environ, "DISPLAY": self.display}
        done = subprocess.run(
            ["xdotool", *args], env=env, capture_output=True, text=True, timeout=20
        )
        return done.stdout

    def windows(self) -> list[str]:
        return self.xdotool(
            "search", "--onlyvisible", "--pid", str(self.proc.pid)
        ).split()

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"kiosk-run-{name}.png"
        env = {**os.environ, "DISPLAY": self.display}
        subprocess.run(
            f"xwd -root -silent | convert xwd:- png:{path}",
            shell=True,
            env=env,
            check=True,
            timeout=30,
        )
        return path


def start_shell(
    display: Xvfb, config: Path, tmp_path: Path, **env: str
) -> tuple[subprocess.Popen[str], Path]:
    """`kiosk run` on the Xvfb display, logging JSON lines to a file."""
    log_path = tmp_path / "shell.log"
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("QT_QPA") and k != "WAYLAND_DISPLAY"
    }
    environ.update(
        DISPLAY=display.display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path / "home")
    )
    environ.update(env)
    command = [sys.executable, "-m", "kiosk.cli", "--json-logging", "run"]
    with open(log_path, "w", encoding="utf-8") as log_file:
        proc = subprocess.Popen(
            [*command, "--config", str(config), "--allow-no-sandbox"],
            env=environ,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            text=True,
        )
    return proc, log_path


@pytest.fixture
def shell(xvfb: Xvfb, local_server, tmp_path: Path):
    config = write_config(tmp_path, local_server)
    proc, log_path = start_shell(xvfb, config, tmp_path)
    shell = Shell(proc, log_path, xvfb.display)
    try:
        shell.wait_for("WIPE → WELCOME")
        yield shell
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_keyboard_escapes_keep_the_resident_inside(shell: Shell, local_server) -> None:
    time.sleep(1.0)
    shell.screenshot("welcome")
    shell.xdotool("key", "Return")  # Start has the focus
    shell.wait_for("WELCOME → ACTIVE")
    time.sleep(0.5)
    shell.screenshot("launcher")
    shell.xdotool("key", "Return")  # the first tile has the focus
    shell.wait_for("showing allowed.localhost", category="web")
    time.sleep(1.5)
    shell.screenshot("service")
    windows_before = shell.windows()
    assert len(windows_before) == 1
    for keys in ESCAPES:
        shell.xdotool("key", "--clearmodifiers", keys)
        time.sleep(0.3)
    time.sleep(1.0)
    assert shell.proc.poll() is None, "the shell must survive every escape key"
    assert shell.windows() == windows_before
    shown = [m for m in shell.messages("web") if m.startswith("showing ")]
    assert shown and shown[-1] == "showing allowed.localhost"
    states = shell.messages("session")
    assert not any("ACTIVE → ENDING" in s for s in states)
    assert local_server.requests_for("forbidden") == []
