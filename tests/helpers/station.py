"""A whole station (window, controller, real web views) against the test server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kiosk import config as kconfig
from kiosk.daemons.loopback import LocalServer

if TYPE_CHECKING:
    from kiosk.shell.app import Station

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

[speech]
engine = "{speech_engine}"
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
        # Qt's silent engine unless a test brings its speech-dispatcher.
        speech_engine=kw.pop("speech_engine", "mock"),
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
        # Parented as build_station does: its timers (the wipe retry) end
        # with the window instead of firing into a later test.
        controller = SessionController(
            config, window, Languages(qapp), monotonic=clock or Clock(), parent=window
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


class BuiltShell:
    """A station from `build_station` as shell tests use it: the controller's
    API (`shell.open_service(…)`, `shell.lifecycle`), its parts (`shell.eid`,
    `shell.presence`, `shell.station`) and the events it published."""

    def __init__(self, station: Station) -> None:
        self.station = station
        self.eid = station.eid
        self.presence = station.presence
        self.events: list[object] = []
        station.controller.lifecycle.subscribe(self.events.append)

    def __getattr__(self, name: str) -> object:
        return getattr(self.station.controller, name)


@pytest.fixture
def build_shell(
    qtbot, qapp, local_server, tmp_path, pcscd_daemon
) -> Iterator[Callable[..., BuiltShell]]:
    """Whole stations as `kiosk run` builds them (`build_station`), booted to
    Welcome against the test server; printing is off unless `extra` says so.

    The private pcscd comes first: libpcsclite reads where pcscd listens once,
    at its first call, and a station's card reader watcher makes that call."""
    from kiosk.shell.app import build_station

    made: list[Station] = []

    def make(**kw: object) -> BuiltShell:
        extra = str(kw.pop("extra", ""))
        if "[printing]" not in extra:
            extra += "\n[printing]\nenabled = false\n"
        if "[usage]" not in extra:
            extra += f'\n[usage]\ndatabase = "{tmp_path}/usage.sqlite"\n'
        if "[documents]" not in extra:
            # never the developer's own USB disks (the default glob)
            extra += '\n[documents]\nstick_devices = "none"\n'
        config = station_config(local_server, tmp_path, extra=extra, **kw)
        station = build_station(config, qapp)
        # Not qtbot.addWidget: pytest-qt deletes its widgets before fixtures
        # end, and the station's parts must stop while they still exist.
        station.window.resize(1280, 800)
        station.window.show()
        made.append(station)
        shell = BuiltShell(station)
        station.controller.boot()
        return shell

    yield make
    for station in made:
        if station.controller.web is not None:
            station.controller.web.close()
        station.shutdown()
        station.controller.languages.reset()
        station.window.allow_close = True
        station.window.close()
        station.window.deleteLater()
