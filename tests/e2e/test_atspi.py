"""The whole shell through a real AT-SPI client, as a screen reader sees it.

`kiosk run` under Xvfb joins a private accessibility bus (kiosk.daemons.a11y);
a separate process, Debian's pyatspi (tests/e2e/atspi_client.py), reads the
tree and presses buttons by their accessible names, as Orca does. The walk:
Welcome → launcher (and the on-screen keyboard) → a service → the print
confirmation → End session → Welcome. On every screen each control the
resident can reach has a name and a role, no name is one of the shell's
English texts where the session language has its own, and the focus sits
where the screen's first step is. Web content keeps Chromium's own tree and
is left out of the language check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.tools import require_tool
from helpers.ts import translations

from kiosk.procs import stop_process

pytestmark = [pytest.mark.xvfb, pytest.mark.webengine, pytest.mark.cups]

CLIENT = Path(__file__).with_name("atspi_client.py")
# Roles a resident acts on: each needs a name.
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "entry",
    "password text",
    "combo box",
    "list",
    "slider",
    "spin button",
    "page tab",
}
NO_ROLE = {"invalid", "unknown", "redundant object"}


class Client:
    """The pyatspi process, one JSON line each way."""

    def __init__(self, pid: int, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", str(CLIENT), str(pid)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert json.loads(self._line()).get("ready")

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the AT-SPI client died"
        return line

    def ask(self, **command: str) -> dict:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return json.loads(self._line())

    def dump(self) -> list[dict]:
        return self.ask(op="dump")["nodes"]

    def press(self, name: str) -> None:
        assert self.ask(op="press", name=name)["pressed"], f"no button {name!r}"

    def wait_for(self, name: str, timeout: float = 30.0) -> list[dict]:
        """The tree once a showing node has `name`."""
        deadline = time.monotonic() + timeout
        while True:
            nodes = self.dump()
            if any(n["name"] == name for n in nodes):
                return nodes
            if time.monotonic() > deadline:
                shown = sorted({n["name"] for n in nodes if n["name"]})
                raise AssertionError(f"{name!r} never showed; showing: {shown}")
            time.sleep(0.2)

    def focus_on(self, name: str, timeout: float = 5.0) -> None:
        """Wait until the shell's focus is on the node named `name`."""
        deadline = time.monotonic() + timeout
        while (now := focused(self.dump())) != [name]:
            assert time.monotonic() < deadline, f"focus on {now}, not {name!r}"
            time.sleep(0.1)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def english_where_translated(language: str) -> set[str]:
    """The shell's English texts that `language` says in its own words."""
    return {
        source
        for (_context, source), text in translations(language).items()
        if text and text != source and "%" not in source and "{" not in source
    }


def check(nodes: list[dict], language: str, where: str) -> None:
    shell = [n for n in nodes if not n["web"]]
    assert shell, f"{where}: the shell is not on the accessibility bus"
    no_role = [n for n in shell if n["role"] in NO_ROLE]
    assert not no_role, f"{where}: without a role: {no_role}"
    unnamed = [
        f"{n['role']} {n['id']}"
        for n in shell
        if n["role"] in CONTROLS and not n["name"].strip()
    ]
    assert not unnamed, f"{where}: controls without a name: {unnamed}"
    english = english_where_translated(language)
    wrong = sorted(
        f"{n['role']} {n['name']!r}"
        for n in shell
        if n["name"] in english or n["description"] in english
    )
    assert not wrong, f"{where}: in English instead of {language}: {wrong}"


def focused(nodes: list[dict]) -> list[str]:
    return [n["name"] for n in nodes if "focused" in n["states"] and not n["web"]]


def focus_window(pid: int, display: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    run = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
    )
    for window in run.stdout.split()[:1]:
        subprocess.run(
            ["xdotool", "windowfocus", "--sync", window], env=env, timeout=20
        )


def write_config(tmp: Path, server, stack, language: str) -> Path:
    from helpers.station import station_config, station_toml

    extra = (
        f'[printing]\nqueue = "{stack.queue}"\ncups_server = "{stack.host}"\n'
        f'[usage]\ndatabase = "{tmp}/usage.sqlite"\n[eid]\nenabled = false\n'
    )
    options = {"idle": 600, "language": language, "extra": extra}
    station_config(server, tmp, **options)  # valid before the shell reads it
    path = tmp / "station.toml"
    path.write_text(station_toml(server, tmp, **options), encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["de", "ar"])
def test_a_screen_reader_walks_the_whole_shell(
    xvfb, a11y_bus, local_server, printer, tmp_path, language
) -> None:
    require_tool("/usr/lib/python3/dist-packages/pyatspi")
    tr = translations(language)
    config = write_config(tmp_path, local_server, printer, language)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("QT_QPA") and k != "WAYLAND_DISPLAY"
    }
    env.update(a11y_bus.env, DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb")
    shell_env = {**env, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    log = open(tmp_path / "shell.log", "w", encoding="utf-8")  # noqa: SIM115
    command = [sys.executable, "-m", "kiosk.cli", "run", "--config", str(config)]
    shell = subprocess.Popen(
        [*command, "--allow-no-sandbox"],
        env=shell_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    client = None
    try:
        client = Client(shell.pid, env)
        start = tr["WelcomeScreen", "Start"]
        nodes = client.wait_for(start)
        check(nodes, language, "Welcome")
        assert tr["WelcomeScreen", "Welcome"] in {n["name"] for n in nodes}
        client.focus_on(start)

        client.press(start)
        heading = tr["LauncherScreen", "What would you like to do?"]
        nodes = client.wait_for(heading)
        check(nodes, language, "launcher")
        client.focus_on("Dienst")  # the first tile

        client.press("⌨ " + tr["ShellBar", "Keyboard"])
        hide = tr["OnScreenKeyboard", "Hide the keyboard"]
        nodes = client.wait_for(hide)
        check(nodes, language, "on-screen keyboard")
        client.press(hide)

        client.press("Dienst")
        address = tr["ShellBar", "Page address: {host}"].format(
            host="allowed.localhost"
        )
        nodes = client.wait_for(address)
        check(nodes, language, "service")
        views = [n for n in nodes if n["id"].endswith("ServiceView.QWebEngineView")]
        assert views and views[0]["name"], "the page's view has no name"

        client.press(tr["ShellBar", "Print"])
        print_now = tr["ConfirmWidget", "Print now"]
        nodes = client.wait_for(print_now)
        check(nodes, language, "print confirmation")
        pages = tr["ConfirmWidget", "Pages: %1"].replace("%1", "1")
        assert pages in {n["name"] for n in nodes}
        # No window manager under Xvfb: once the page has loaded, X's input
        # focus is not on the shell's window, as cage would keep it.
        focus_window(shell.pid, xvfb.display)
        client.focus_on(print_now)
        client.press(tr["ConfirmWidget", "Do not print"])

        client.press(tr["ShellBar", "End session"])
        nodes = client.wait_for(tr["ConfirmEndOverlay", "End your session?"])
        check(nodes, language, "End session?")
        client.focus_on(tr["ConfirmEndOverlay", "No, go back"])
        client.press(tr["ConfirmEndOverlay", "Yes, end and delete"])
        nodes = client.wait_for(start)
        check(nodes, language, "Welcome again")
    finally:
        if client is not None:
            client.close()
        stop_process(shell, timeout=15)
        log.close()
