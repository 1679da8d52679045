"""Wiring of the documents service (scanner, USB stick) into the shell.

Builds the service from `[documents]`, gives My documents and the upload
picker its `DocumentSources`, adds the "take your stick" gate before the wipe
and the fail-closed "stick" wipe step (before "files": the stick is let go
before the session folder goes).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kiosk import config as kconfig
from kiosk.documents.scanner import SaneScanner
from kiosk.documents.service import DocumentsService
from kiosk.documents.transfer import Offered
from kiosk.session import events as ev
from kiosk.session.wipe import WipeStepFailed
from kiosk.shell.controller import SessionController
from kiosk.shell.main_window import MainWindow
from kiosk.ui.documents import DocumentsOverlay, TakeStickOverlay
from kiosk.ui.scan import ScanOverlay


class ShellDocuments(QObject):
    """`DocumentSources` for the overlay, the reminder gate, the notices."""

    def __init__(
        self,
        service: DocumentsService,
        window: MainWindow,
        overlay: Callable[[], DocumentsOverlay | None],
        max_pages: int,
        take_stick_seconds: int,
    ) -> None:
        super().__init__(window)
        self.service = service
        self.window = window
        self._overlay = overlay
        self.take_stick_seconds = take_stick_seconds
        self.scanner = ScanOverlay(window, self._scan_page, self._save_scan, max_pages)
        self.take_stick = TakeStickOverlay(window)
        window.extra_overlays += [self.scanner, self.take_stick]
        service.stickChanged.connect(self._stick_changed)
        service.stickProblem.connect(lambda _kind: self._notice("unreadable"))
        self._waiting: Callable[[], None] | None = None
        self._saving = False
        self._poll = QTimer(self)
        self._poll.setInterval(300)
        self._poll.timeout.connect(self._check_taken)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._proceed)
        self.take_stick.done.connect(self._proceed)

    # -- DocumentSources ----------------------------------------------------------

    def can_scan(self) -> bool:
        return self.service.has_scanner

    def stick_present(self) -> bool:
        return self.service.stick_present

    def scan(self, after: Callable[[str], None]) -> None:
        self.scanner.start(after)

    def save_to_stick(self, paths: list[str]) -> None:
        if self._saving:
            return  # a second tap while the first copy runs
        self._saving = True

        def done(saved: list[str], problem: str) -> None:
            self._saving = False
            self._notice(problem or "saved")

        self.service.save([Path(p) for p in paths], done)

    def stick_files(self, done: Callable[[list[tuple[object, str]]], None]) -> None:
        self.service.stick_files(lambda files: done([(f, f.name) for f in files]))

    def fetch(self, key: object, done: Callable[[str], None]) -> None:
        if not isinstance(key, Offered):
            done("")
            return

        def copied(path: Path | None, problem: str) -> None:
            if path is None:
                self._notice(problem or "failed")
            done(str(path) if path else "")

        self.service.fetch(key, copied)

    # -- scanning -----------------------------------------------------------------

    def _scan_page(self, colour: bool, done: Callable[[Any, str], None]) -> None:
        self.service.scan_page("Color" if colour else "Gray", done)

    def scan_photo(self, done: Callable[[str], None]) -> None:
        """For the writer's photo step: one photo scanned into My documents."""
        name = self.tr("Photo") + ".jpg"
        self.service.scan_photo(name, lambda path, _kind: done(str(path or "")))

    def _save_scan(self, images: list[Any]) -> str:
        name = self.tr("Scan") + ".pdf"
        return str(self.service.save_scan(images, name))

    # -- the stick ------------------------------------------------------------------

    def _stick_changed(self, _present: bool) -> None:
        overlay = self._overlay()
        if overlay is not None:
            overlay.refresh()

    def before_wipe(self, proceed: Callable[[], None]) -> None:
        """Gate: let the stick go, then remind the resident to take it."""
        if not (self.service.stick_present or self.service.stick_in_port()):
            proceed()
            return
        with contextlib.suppress(Exception):  # the wipe step retries, fails closed
            self.service.release()
        self._waiting = proceed
        self.window.close_overlays()
        # the session's pages are not shown behind the reminder
        self.window.stack.setCurrentWidget(self.window.wiping)
        self.take_stick.open()
        self._poll.start()
        self._deadline.start(self.take_stick_seconds * 1000)

    def _check_taken(self) -> None:
        if not self.service.stick_in_port():
            self._proceed()

    def _proceed(self) -> None:
        proceed, self._waiting = self._waiting, None
        self._poll.stop()
        self._deadline.stop()
        self.take_stick.hide()
        if proceed is not None:
            proceed()

    def wipe_scan(self) -> None:
        """Wipe step "scan": no scanned page stays in memory or on screen."""
        self.scanner.cancel()
        if self.scanner.pages or not self.scanner.preview.pixmap().isNull():
            raise WipeStepFailed("scanned pages are still held")

    def _notice(self, kind: str) -> None:
        texts = {
            "saved": (
                self.tr("Saved on your USB stick"),
                self.tr("The file is now on your USB stick."),
            ),
            "removed": (
                self.tr("The USB stick was taken out"),
                self.tr(
                    "The file was not saved. Please plug the stick in again and "
                    "try once more."
                ),
            ),
            "full": (
                self.tr("Your USB stick is full"),
                self.tr("The file was not saved. There is no room left on the stick."),
            ),
            "unreadable": (
                self.tr("This USB stick cannot be used"),
                self.tr(
                    "The computer cannot read this stick. Please ask the staff "
                    "for help."
                ),
            ),
        }
        title, text = texts.get(
            kind,
            (
                self.tr("That did not work"),
                self.tr("Please try again or ask the staff."),
            ),
        )
        self.window.notice.show_notice(lambda: (title, text))


def build_documents(
    config: kconfig.Config,
    window: MainWindow,
    controller: SessionController,
    stops: list[Callable[[], None]],
) -> ShellDocuments | None:
    settings = config.documents
    if settings.scanner == "none" and settings.stick_devices == "none":
        return None
    scanner = None if settings.scanner == "none" else SaneScanner(settings.scanner)
    service = DocumentsService(
        scanner=scanner,
        stick_devices=settings.stick_devices,
        mount_root=Path(settings.stick_mount_dir),
        documents_dir=lambda: controller.session_dir / "documents",
        publish=controller.lifecycle.publish,
        scan_dpi=settings.scan_dpi,
        max_bytes=settings.stick_max_megabytes * 1024 * 1024,
        # root (tests, the demo) mounts exFAT itself; a station asks the helper
        helper=None if os.geteuid() == 0 else Path(settings.stick_helper),
        parent=window,
    )
    shell = ShellDocuments(
        service,
        window,
        lambda: window.documents,
        settings.max_scan_pages,
        settings.take_stick_seconds,
    )
    controller.bar.sources = shell

    def on_event(event: ev.Event) -> None:
        if isinstance(event, ev.SessionStarted):
            service.session_started()

    controller.lifecycle.subscribe(on_event)
    controller.before_wipe.append(shell.before_wipe)
    controller.wiper.register("stick", service.wipe_step, before="files")
    controller.wiper.register("scan", shell.wipe_scan, before="files")
    stops.append(service.shutdown)
    return shell
