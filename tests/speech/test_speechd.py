"""The wipe step "speech-logs": speech-dispatcher's logs hold nothing after it.

The real daemon is autospawned as on a station (spd-say, no SPEECHD_ADDRESS,
the station's deploy/speech/speechd.conf found through XDG_CONFIG_HOME),
with ALSA's null device instead of the sound card.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest
from helpers.tools import require_tool

from kiosk.session.wipe import WipeStepFailed
from kiosk.speech import speechd
from kiosk.speech.speechd import SpeechdLogs, log_folders, socket_path

STATION_CONF = Path(__file__).resolve().parents[2] / "deploy/speech/speechd.conf"
SECRET = "Kontonummer siebenundvierzig"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"XDG_RUNTIME_DIR": "/r", "HOME": "/h"},
            ["/r/speech-dispatcher/log", "/h/.cache/speech-dispatcher/log"],
        ),
        ({"XDG_CACHE_HOME": "/c", "HOME": "/h"}, ["/c/speech-dispatcher/log"]),
        (
            {"XDG_RUNTIME_DIR": "/r", "XDG_CACHE_HOME": "/c"},
            ["/r/speech-dispatcher/log", "/c/speech-dispatcher/log"],
        ),
        ({}, []),
    ],
)
def test_log_folders_follow_the_environment(env, expected):
    assert [str(p) for p in log_folders(env)] == expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"SPEECHD_ADDRESS": "unix_socket:/s/sock"}, "/s/sock"),
        (
            {"SPEECHD_ADDRESS": "unix_socket:default", "XDG_RUNTIME_DIR": "/r"},
            "/r/speech-dispatcher/speechd.sock",
        ),
        ({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6560"}, None),
        ({"XDG_RUNTIME_DIR": "/r", "HOME": "/h"}, "/r/speech-dispatcher/speechd.sock"),
        ({"HOME": "/h"}, "/h/.cache/speech-dispatcher/speechd.sock"),
        ({}, None),
    ],
)
def test_the_socket_follows_the_environment(env, expected):
    found = socket_path(env)
    assert (str(found) if found else None) == expected


def test_a_missing_folder_is_clean(tmp_path):
    SpeechdLogs([tmp_path / "nothing"]).wipe()


def test_the_wipe_empties_every_file_and_keeps_open_appenders_working(tmp_path):
    log = tmp_path / "log"
    (log / "debug").mkdir(parents=True)
    (log / "debug" / "espeak-ng.log").write_text(SECRET)
    (log / "empty.log").write_text("")
    with (log / "speech-dispatcher.log").open("a") as appender:
        appender.write(SECRET)
        appender.flush()
        SpeechdLogs([log]).wipe()
        assert SpeechdLogs([log]).left() == []
        appender.write("x")  # the daemon goes on appending, from the new end
        appender.flush()
    assert (log / "speech-dispatcher.log").read_text() == "x"


def test_a_link_in_the_log_folder_is_removed_not_followed(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("kept")
    log = tmp_path / "log"
    log.mkdir()
    (log / "link.log").symlink_to(target)
    SpeechdLogs([log]).wipe()
    assert not (log / "link.log").exists() and target.read_text() == "kept"


def test_a_log_that_cannot_be_emptied_fails_the_step(tmp_path, monkeypatch):
    log = tmp_path / "log"
    log.mkdir()
    (log / "speech-dispatcher.log").write_text(SECRET)

    def refuse(path, length):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(speechd.os, "truncate", refuse)
    with pytest.raises(WipeStepFailed, match=r"speech-dispatcher\.log"):
        SpeechdLogs([log]).wipe()


def _autospawned(tmp_path: Path, conf: str) -> tuple[dict[str, str], Path]:
    """The station's autospawn: speechd.conf in XDG_CONFIG_HOME, a runtime folder."""
    require_tool(
        "speech-dispatcher",
        "spd-say",
        "/usr/lib/speech-dispatcher-modules/sd_espeak-ng",
    )
    env = {k: v for k, v in os.environ.items() if k != "SPEECHD_ADDRESS"}
    for name, sub in (
        ("HOME", "h"),
        ("XDG_CONFIG_HOME", "h/c"),
        ("XDG_CACHE_HOME", "h/k"),
        ("XDG_RUNTIME_DIR", "r"),
    ):
        (tmp_path / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(tmp_path / sub)
    folder = tmp_path / "h/c/speech-dispatcher"
    folder.mkdir()
    (folder / "speechd.conf").write_text(conf)
    return env, tmp_path / "r/speech-dispatcher"


def _say(env: dict[str, str], runtime: Path) -> None:
    try:
        done = subprocess.run(
            ["spd-say", "-w", "-l", "de", SECRET], env=env, timeout=30, check=False
        )
        assert done.returncode == 0
    finally:
        for pid_file in (runtime / "pid").glob("*.pid"):
            os.kill(int(pid_file.read_text()), signal.SIGTERM)


def _station_conf(level: str | None = None) -> str:
    conf = STATION_CONF.read_text().replace(
        'AudioALSADevice "default"', 'AudioALSADevice "null"'
    )
    assert 'AudioALSADevice "null"' in conf and "LogLevel 0" in conf
    return conf.replace("LogLevel 0", f"LogLevel {level}") if level else conf


def test_the_station_config_logs_nothing_of_what_was_said(tmp_path):
    env, runtime = _autospawned(tmp_path, _station_conf())
    _say(env, runtime)
    logs = list((runtime / "log").rglob("*.log"))
    assert logs, "speech-dispatcher wrote no log folder where expected"
    for log in logs:
        assert SECRET not in log.read_text(errors="replace"), log
    assert SpeechdLogs.from_env(env).left() == []


def test_even_a_verbose_daemon_keeps_nothing_past_the_wipe(tmp_path):
    # What IT might set while chasing a fault: the text lands in the log.
    env, runtime = _autospawned(tmp_path, _station_conf(level="5"))
    _say(env, runtime)
    said = runtime / "log" / "speech-dispatcher.log"
    assert SECRET in said.read_text(errors="replace")
    SpeechdLogs.from_env(env).wipe()
    assert said.stat().st_size == 0
    assert SpeechdLogs.from_env(env).left() == []


def test_the_station_empties_speechd_logs_at_every_end(build_shell, qtbot):
    from PySide6.QtCore import Qt

    from kiosk.session.events import EndReason
    from kiosk.session.lifecycle import State

    log = Path(os.environ["XDG_RUNTIME_DIR"]) / "speech-dispatcher" / "log"
    log.mkdir(parents=True, exist_ok=True)
    shell = build_shell()
    qtbot.mouseClick(shell.window.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.lifecycle.state is State.ACTIVE)
    (log / "espeak-ng.log").write_text(SECRET)  # what a resident had read
    shell.end(EndReason.RESIDENT)
    assert shell.last_report.ok, shell.last_report.summary()
    assert "speech-logs" in shell.wiper.step_names
    assert (log / "espeak-ng.log").read_text() == ""
