"""The web side of one resident session: its profile and its service views.

`close()` is the web wipe step: pages, then views, then the profile are
destroyed (never merely cleared), and the session's renderer processes are
proven gone — a renderer stuck in a script is killed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWebEngineCore import QWebEngineProfile

from kiosk import log
from kiosk.launcher.policy import ServicePolicy
from kiosk.launcher.web.downloads import DownloadHandler
from kiosk.launcher.web.interceptor import SpecialHandler
from kiosk.launcher.web.page import KioskPage, Picker, Waits
from kiosk.launcher.web.profile import ProfileFactory, downloads_of
from kiosk.launcher.web.view import EidHandler, ServiceView
from kiosk.session.wipe import WipeStepFailed

RENDERER_GRACE_SECONDS = 2.0


class SessionWeb(QObject):
    def __init__(
        self,
        policies: Sequence[ServicePolicy],
        *,
        language: str,
        documents: Path,
        picker: Picker,
        special: SpecialHandler | None = None,
        print_handler: Callable[[KioskPage], None] | None = None,
        eid_handler: EidHandler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policies = {p.rules.service_id: p for p in policies}
        self._special = special
        self._picker = picker
        self._print_handler = print_handler
        self._eid_handler = eid_handler
        self.waits = Waits(self)
        self.profile: QWebEngineProfile | None = ProfileFactory(
            list(policies), special=special
        ).create(language=language, documents=documents, parent=None)
        self.views: dict[str, ServiceView] = {}
        self._pids: set[int] = set()

    @property
    def downloads(self) -> DownloadHandler:
        assert self.profile is not None
        return downloads_of(self.profile)

    def set_language(self, accept_language: str) -> None:
        if self.profile is not None:
            self.profile.setHttpAcceptLanguage(accept_language)

    def view_for(self, service_id: str, start_url: str) -> tuple[ServiceView, bool]:
        """The service's view, made (and loaded) on first use; True when new."""
        if service_id in self.views:
            return self.views[service_id], False
        assert self.profile is not None, "the session's web side is closed"
        view = ServiceView(
            self.profile,
            self._policies[service_id],
            picker=self._picker,
            waits=self.waits,
            special=self._special,
        )
        view.page.print_handler = self._print_handler
        view.eid_handler = self._eid_handler
        view.page.renderProcessPidChanged.connect(self._remember_pid)
        self.views[service_id] = view
        view.load(start_url)
        return view, True

    def _remember_pid(self, pid: int) -> None:
        if pid > 0:
            self._pids.add(pid)

    def close(self) -> None:
        """Destroy pages → views → profile; prove the renderers are gone."""
        self.waits.abort_all()
        for view in self.views.values():
            view.stop_checks()
            pid = view.page.renderProcessPid()
            if pid > 0:
                self._pids.add(pid)
        for view in self.views.values():
            page = view.page
            view.view.setPage(None)  # type: ignore[arg-type]
            shiboken6.delete(page)
        for view in self.views.values():
            shiboken6.delete(view)
        self.views.clear()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.profile is not None:
            shiboken6.delete(self.profile)
            self.profile = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._reap_renderers()

    def _reap_renderers(self) -> None:
        deadline = time.monotonic() + RENDERER_GRACE_SECONDS
        alive = {pid for pid in self._pids if _alive(pid)}
        while alive and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
            alive = {pid for pid in alive if _alive(pid)}
        for pid in alive:
            log.web.warning("renderer %d outlived its session; killing it", pid)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.05 if alive else 0)
        still = [pid for pid in alive if _alive(pid)]
        self._pids.clear()
        if still:
            raise WipeStepFailed(f"renderer processes still alive: {still}")


def _alive(pid: int) -> bool:
    """True while `pid` runs as a QtWebEngine process (a zombie counts as
    gone). PIDs wrap soon on small machines (pid_max 32768): a renderer that
    died early may have left its number to another process, never ours to kill."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                return False
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return b"QtWebEngineProcess" in cmdline.read()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
