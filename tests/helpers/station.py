"""A whole station (window, controller, real web views) against the test server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk import config as kconfig
from kiosk.demo.server import LocalServer

STATION_TOML = """
[station]
id = "test-station"
name = "Teststation"
default_language = "{language}"

[session]
idle_timeout_seconds = {idle}
idle_warning_seconds = {warning}
max_minutes = {max_minutes}
{terms}

[[services]]
id = "svc"
title = {{ de = "Dienst", en = "Service" }}
description = {{ de = "Testdienst" }}
start_url = "{start}"
allowed_origins = ["{allowed}", "{other}"{extra_origins}]
loopback_demo = true
uploads = {uploads}

[[services]]
id = "second"
title = {{ de = "Zweiter Dienst" }}
start_url = "{second}"
allowed_origins = ["{other}"]
loopback_demo = true

[paths]
session_dir = "{tmp}/session"
state_dir = "{tmp}/state"
{extra}
"""


def station_config(server: LocalServer, tmp: Path, **kw: object) -> kconfig.Config:
    return kconfig.parse(station_toml(server, tmp, **kw), "<test station>")


def station_toml(server: LocalServer, tmp: Path, **kw: object) -> str:
    """The test station's config text; options change its timing and pages.

    `extra_origins` are allowed for the first service besides the test sites;
    `extra` is TOML appended at the end (more sections).
    """
    terms = kw.pop("terms", False)
    language = kw.pop("language", "en")
    text = STATION_TOML.format(
        idle=kw.pop("idle", 60),
        warning=kw.pop("warning", 30),
        max_minutes=kw.pop("max_minutes", 0),
        terms='[session.terms]\nde = "Regeln"\nen = "Rules"' if terms else "",
        start=server.url("allowed", kw.pop("path", "/")),
        second=server.url("other", "/"),
        uploads=str(kw.pop("uploads", True)).lower(),
        tmp=tmp,
        language=language,
        allowed=server.url("allowed", ""),
        other=server.url("other", ""),
        extra_origins="".join(f', "{o}"' for o in kw.pop("extra_origins", ())),
        extra=kw.pop("extra", ""),
    )
    assert not kw, f"unknown options {kw}"
    return text


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def make_station(
    qtbot, qapp, local_server, tmp_path
) -> Iterator[Callable[..., object]]:
    from kiosk.shell.controller import SessionController
    from kiosk.shell.main_window import MainWindow
    from kiosk.ui.i18n import Languages

    made = []

    def make(clock: Clock | None = None, **kw: object):
        config = station_config(local_server, tmp_path, **kw)
        window = MainWindow(config)
        qtbot.addWidget(window)
        controller = SessionController(
            config, window, Languages(qapp), monotonic=clock or Clock()
        )
        window.resize(1280, 800)
        window.show()
        controller.boot()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        if controller.web is not None:
            controller.web.close()
        # A translator left on the application would leak into later tests.
        controller.languages.reset()
