"""`kiosk run` refuses to start without the sandbox or with remote debugging."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.shell.app import StartupRefused, check_lockdown

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "deploy" / "stations" / "jena-lobeda.toml"
)


@pytest.mark.parametrize(
    ("env", "argv", "allow", "refused"),
    [
        ({}, ["kiosk"], False, None),
        ({"QTWEBENGINE_DISABLE_SANDBOX": "1"}, ["kiosk"], False, "sandbox is off"),
        ({"QTWEBENGINE_DISABLE_SANDBOX": "1"}, ["kiosk"], True, None),
        (
            {"QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"},
            ["kiosk"],
            False,
            "sandbox is off",
        ),
        ({"QTWEBENGINE_REMOTE_DEBUGGING": "9222"}, ["kiosk"], True, "remote debugging"),
        ({}, ["kiosk", "--remote-debugging-port=9222"], True, "remote debugging"),
    ],
)
def test_check_lockdown(
    env: dict[str, str], argv: list[str], allow: bool, refused: str | None
) -> None:
    if refused is None:
        check_lockdown(env, argv, allow_no_sandbox=allow)
        return
    with pytest.raises(StartupRefused, match=refused):
        check_lockdown(env, argv, allow_no_sandbox=allow)


@pytest.mark.parametrize(
    ("extra_env", "args", "says"),
    [
        ({"QTWEBENGINE_DISABLE_SANDBOX": "1"}, [], "--allow-no-sandbox"),
        (
            {"QTWEBENGINE_REMOTE_DEBUGGING": "9222"},
            ["--allow-no-sandbox"],
            "remote debugging",
        ),
    ],
)
def test_kiosk_run_refuses_before_any_window(
    extra_env: dict[str, str], args: list[str], says: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QTWEBENGINE_")}
    env.update(extra_env)
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "run", "--config", str(EXAMPLE), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3
    assert says in done.stderr
