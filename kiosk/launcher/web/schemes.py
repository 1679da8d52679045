"""URL schemes the shell catches itself; registered before the QApplication exists.

Chromium hands external schemes (mailto:, tel:, …) to the desktop without
asking the page. Registered here, their navigations reach
`acceptNavigationRequest` like any other, where the page refuses them and
tells the resident; a handler on every profile fails any job that slips by.
The eID client's `eid:` scheme is caught the same way and handed to the
card-reader subsystem.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from kiosk import log

CAUGHT_SCHEMES = (
    "mailto",
    "tel",
    "sms",
    "smb",
    "callto",
    "skype",
    "webcal",
    "intent",
    "market",
    "eid",
)


def prepare_before_application() -> None:
    """What QtWebEngine needs before any QApplication exists: its import (it
    sets up shared OpenGL contexts), no system D-Bus, the shell's URL schemes."""
    import os

    from kiosk.launcher.web.environment import isolate_system_bus

    isolate_system_bus(os.environ)  # before Chromium can connect to it
    import PySide6.QtWebEngineWidgets  # noqa: F401

    register_schemes()


def register_schemes() -> None:
    """Call once, before the QApplication is created."""
    for name in CAUGHT_SCHEMES:
        if QWebEngineUrlScheme.schemeByName(name.encode()).name():
            continue
        scheme = QWebEngineUrlScheme(name.encode())
        scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
        scheme.setFlags(QWebEngineUrlScheme.Flag.NoAccessAllowed)
        QWebEngineUrlScheme.registerScheme(scheme)


class RefuseHandler(QWebEngineUrlSchemeHandler):
    """Fails every request of a caught scheme: nothing leaves for the desktop."""

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        log.web.info("request of caught scheme %s refused", job.requestUrl().scheme())
        job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)


def install(profile: QWebEngineProfile, parent: QObject | None = None) -> None:
    handler = RefuseHandler(parent or profile)
    for name in CAUGHT_SCHEMES:
        profile.installUrlSchemeHandler(name.encode(), handler)
