"""The sandbox rule, table-driven: env and argv in, findings out."""

from __future__ import annotations

import pytest

from kiosk.doctor.sandbox import Risk, evaluate, switch_name

OFF, DEBUG = Risk.SANDBOX_OFF, Risk.REMOTE_DEBUGGING


@pytest.mark.parametrize(
    ("env", "argv", "risks"),
    [
        ({}, ["kiosk", "run"], []),
        ({"PATH": "/usr/bin", "LANG": "de_DE.UTF-8"}, ["kiosk"], []),
        ({"QTWEBENGINE_DISABLE_SANDBOX": "1"}, ["kiosk"], [OFF]),
        # Qt asks only whether it is set: "0" and "" switch the sandbox off too.
        ({"QTWEBENGINE_DISABLE_SANDBOX": "0"}, ["kiosk"], [OFF]),
        ({"QTWEBENGINE_DISABLE_SANDBOX": ""}, ["kiosk"], [OFF]),
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"}, ["kiosk"], [OFF]),
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu  --no-sandbox"}, ["k"], [OFF]),
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "-no-sandbox"}, ["kiosk"], [OFF]),
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "--NO-SANDBOX"}, ["kiosk"], [OFF]),
        (
            {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-seccomp-filter-sandbox"},
            ["kiosk"],
            [OFF],
        ),
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "--single-process"}, ["kiosk"], [OFF]),
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}, ["kiosk"], []),
        ({"QTWEBENGINE_REMOTE_DEBUGGING": "9222"}, ["kiosk"], [DEBUG]),
        ({"QTWEBENGINE_REMOTE_DEBUGGING": "0.0.0.0:9222"}, ["kiosk"], [DEBUG]),
        (
            {"QTWEBENGINE_CHROMIUM_FLAGS": "--remote-debugging-port=9222"},
            ["kiosk"],
            [DEBUG],
        ),
        ({}, ["kiosk", "run", "--remote-debugging-port=9222"], [DEBUG]),
        ({}, ["kiosk", "run", "--remote-debugging-pipe"], [DEBUG]),
        ({}, ["kiosk", "run", "--webEngineArgs", "--no-sandbox"], [OFF]),
        ({}, ["kiosk", "run", "--disable-seccomp-filter-sandbox"], [OFF]),
        # argv[0] is the program, never a flag.
        ({}, ["--no-sandbox"], []),
        # Values that merely mention a flag are not flags.
        ({}, ["kiosk", "run", "--config", "no-sandbox.toml"], []),
        (
            {
                "QTWEBENGINE_DISABLE_SANDBOX": "1",
                "QTWEBENGINE_REMOTE_DEBUGGING": "9222",
            },
            ["kiosk", "--no-sandbox"],
            [OFF, DEBUG, OFF],
        ),
    ],
)
def test_evaluate(env: dict[str, str], argv: list[str], risks: list[Risk]) -> None:
    verdict = evaluate(env, argv)
    assert [f.risk for f in verdict.findings] == risks
    assert verdict.ok == (not risks)
    assert verdict.sandbox_off == (OFF in risks)
    assert verdict.remote_debugging == (DEBUG in risks)


def test_findings_name_where_they_were_found() -> None:
    verdict = evaluate(
        {"QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"}, ["kiosk", "--no-sandbox"]
    )
    assert [f.source for f in verdict.findings] == [
        "env QTWEBENGINE_CHROMIUM_FLAGS --no-sandbox",
        "argv --no-sandbox",
    ]
    assert "sandbox-off" in verdict.describe()


def test_describe_when_locked_down() -> None:
    assert evaluate({}, ["kiosk"]).describe() == "sandbox on, no remote debugging"


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("--no-sandbox", "no-sandbox"),
        ("-no-sandbox", "no-sandbox"),
        ("--Remote-Debugging-Port=1", "remote-debugging-port"),
        ("no-sandbox", None),
        ("--", None),
        ("-", None),
        ("---", None),
    ],
)
def test_switch_name(token: str, name: str | None) -> None:
    assert switch_name(token) == name
