"""What the shell bar's buttons do, and the notices they raise.

Back, Forward and Reload act on the service page on screen; A−/A+ zoom it
(per service, 100 % to 200 %); Print prints it, My documents opens the
session's documents (which can be printed too); Help asks the resident to
turn to the staff. The session controller owns the lifecycle and the web
views; it hands this class the page on screen and the waits of the session's
web, and calls `reset()` in the wipe.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.launcher.web.page import KioskPage
from kiosk.launcher.web.session import SessionWeb
from kiosk.launcher.web.view import ServiceView
from kiosk.shell.main_window import MainWindow
from kiosk.ui.documents import DocumentSources, DocumentsOverlay

ZOOM_STEPS = (1.0, 1.25, 1.5, 1.75, 2.0)

PrintPage = Callable[[KioskPage], None]


class BarActions(QObject):
    def __init__(
        self,
        window: MainWindow,
        documents_dir: Callable[[], Path],
        current_view: Callable[[], ServiceView | None],
        web: Callable[[], SessionWeb | None],
        *,
        print_page: PrintPage | None = None,
        print_file: Callable[[str], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self._documents_dir = documents_dir
        self._current_view = current_view
        self._web = web
        self._print_page_handler = print_page
        self._print_file = print_file
        self._zoom: dict[str, int] = {}
        # Scanner and USB stick (kiosk/shell/documents.py), when the station has them.
        self.sources: DocumentSources | None = None
        bar = window.shellbar
        bar.back.connect(lambda: self.page_action("back"))
        bar.forward.connect(lambda: self.page_action("forward"))
        bar.reload.connect(lambda: self.page_action("reload"))
        bar.zoomIn.connect(lambda: self.zoom(+1))
        bar.zoomOut.connect(lambda: self.zoom(-1))
        bar.print_.connect(self.print_current)
        bar.documents.connect(self.show_documents)
        bar.help.connect(self.show_help)

    @property
    def prints(self) -> bool:
        """Whether this station offers printing."""
        return self._print_page_handler is not None

    def reset(self) -> None:
        """For the wipe: no documents open, every page back to 100 %."""
        if self.window.documents is not None:
            self.window.documents.cancel()
        self._zoom.clear()

    def page_action(self, action: str) -> None:
        view = self._current_view()
        if view is None:
            return
        if action == "back":
            view.page.triggerAction(KioskPage.WebAction.Back)
        elif action == "forward":
            view.page.triggerAction(KioskPage.WebAction.Forward)
        else:
            view.reload()

    def zoom(self, step: int) -> None:
        """Page zoom (per service) from 100 % up to 200 %."""
        view = self._current_view()
        if view is None:
            return
        index = self._zoom.get(view.service_id, 0) + step
        index = max(0, min(len(ZOOM_STEPS) - 1, index))
        self._zoom[view.service_id] = index
        view.view.setZoomFactor(ZOOM_STEPS[index])

    def documents(self) -> DocumentsOverlay:
        if self.window.documents is None:
            self.window.documents = DocumentsOverlay(
                self.window, self._documents_dir, self.sources
            )
            self.window.documents.printRequested.connect(self._print_document)
        return self.window.documents

    def show_documents(self) -> None:
        self.documents().browse()

    def pick_files(self, accepted: list[str]) -> list[str]:
        """chooseFiles: the shell's own picker, waited for in an abortable loop."""
        web = self._web()
        assert web is not None
        overlay = self.documents()
        try:
            chosen = web.waits.ask(
                lambda _answer: overlay.pick(accepted), overlay.picked
            )
        finally:
            overlay.hide()
        return list(chosen) if isinstance(chosen, list) else []

    def print_current(self) -> None:
        view = self._current_view()
        if view is not None:
            self.print_page(view.page)

    def print_page(self, page: KioskPage | None) -> None:
        if self._print_page_handler is not None and page is not None:
            self._print_page_handler(page)
        else:
            self.window.notice.show_notice(
                lambda: (
                    self.tr("Printing"),
                    self.tr(
                        "Printing is not available on this computer. Please ask the staff."  # noqa: E501
                    ),
                )
            )

    def _print_document(self, path: str) -> None:
        if self._print_file is None:
            self.print_page(None)
            return
        self.window.close_overlays()
        self._print_file(path)

    def show_help(self) -> None:
        self.window.notice.show_notice(
            lambda: (
                self.tr("Help"),
                self.tr(
                    "Please ask the staff in this office. They are glad to help you."
                ),
            )
        )

    def notice_saved(self) -> None:
        self.window.notice.show_notice(
            lambda: (
                self.tr("File saved"),
                self.tr(
                    "You find it under “My documents”. It is deleted when you end."
                ),
            )
        )

    def notice_refused(self) -> None:
        self.window.notice.show_notice(
            lambda: (
                self.tr("This file cannot be saved"),
                self.tr(
                    "Only documents such as PDF files and pictures can be saved here."
                ),
            )
        )
