"""My documents: the session's files, the shell's own PDF viewer and upload picker.

The shell has no native file dialog anywhere: uploads choose from this list,
which shows only the session's documents folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from kiosk.qtsignals import emit
from kiosk.ui.overlays import Overlay
from kiosk.ui.widgets import button, set_text

MIME_BY_SUFFIX = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".txt": "text/plain",
}


def matches(path: Path, accepted: list[str]) -> bool:
    """Whether a file fits a file input's accept list (MIME types or suffixes)."""
    if not accepted:
        return True
    mime = MIME_BY_SUFFIX.get(path.suffix.lower(), "")
    for item in accepted:
        item = item.strip().lower()
        if item.startswith(".") and path.suffix.lower() == item:
            return True
        if item.endswith("/*") and mime.startswith(item[:-1]):
            return True
        if item == mime:
            return True
    return False


class DocumentsOverlay(Overlay):
    """Lists the session's files; in pick mode returns the chosen one."""

    picked = Signal(list)  # chosen paths; [] for cancel
    printRequested = Signal(str)

    def __init__(self, parent: QWidget, folder: Callable[[], Path]) -> None:
        super().__init__(parent)
        self._folder = folder
        self.list = QListWidget(self)
        self.list.setMinimumSize(700, 320)
        self.list.itemActivated.connect(lambda _item: self._primary())
        self.panel.box.addWidget(self.list)
        self.open_button = button(role="primary")
        self.print_button = button()
        self.close_button = button()
        self.open_button.clicked.connect(self._primary)
        self.print_button.clicked.connect(self._print)
        self.close_button.clicked.connect(self._close)
        self.panel.add_row(self.close_button, self.print_button, self.open_button)
        self.viewer = PdfViewer(parent)
        self._accepted: list[str] | None = None  # None: browse mode
        self.retranslate()

    def browse(self) -> None:
        self._accepted = None
        self._fill()
        self.retranslate()
        self.open()

    def pick(self, accepted: list[str]) -> None:
        self._accepted = accepted
        self._fill()
        self.retranslate()
        self.open()

    @property
    def picking(self) -> bool:
        return self._accepted is not None

    def _fill(self) -> None:
        self.list.clear()
        folder = self._folder()
        files = sorted(folder.iterdir()) if folder.is_dir() else []
        for path in files:
            if path.is_file() and (
                self._accepted is None or matches(path, self._accepted)
            ):
                item = QListWidgetItem(path.name)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, path.name)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            empty = QListWidgetItem(
                self.tr("No files yet. Files you download appear here.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def _current(self) -> str:
        item = self.list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item else None
        return str(path) if path else ""

    def _primary(self) -> None:
        path = self._current()
        if self.picking:
            self.hide()
            emit(self.picked, [path] if path else [])
        elif path.lower().endswith(".pdf"):
            self.viewer.show_pdf(Path(path))

    def _print(self) -> None:
        path = self._current()
        if path:
            emit(self.printRequested, path)

    def _close(self) -> None:
        self.hide()
        if self.picking:
            emit(self.picked, [])

    def cancel(self) -> None:
        if self.isVisible():
            self._close()
        self.viewer.close_pdf()

    def retranslate(self) -> None:
        if self.picking:
            self.title.setText(self.tr("Choose a file to send"))
            self.text.setText(self.tr("Only files saved in this session are shown."))
            set_text(
                self.open_button,
                self.tr("Send this file"),
                self.tr("Give the chosen file to the page"),
            )
        else:
            self.title.setText(self.tr("My documents"))
            self.text.setText(
                self.tr(
                    "Files you saved in this session. They are deleted when you end."
                )
            )
            set_text(self.open_button, self.tr("Open"), self.tr("Show the chosen file"))
        self.print_button.setVisible(not self.picking)
        set_text(self.print_button, self.tr("Print"), self.tr("Print the chosen file"))
        if self.picking:
            set_text(self.close_button, self.tr("Cancel"), self.tr("Send no file"))
        else:
            set_text(self.close_button, self.tr("Close"), self.tr("Back to the page"))
        self.list.setAccessibleName(self.title.text())
        self.list.setAccessibleDescription(self.text.text())


class PdfViewer(Overlay):
    """QtPdf viewer with no save button: residents view, print or close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumSize(900, 600)
        self.panel.setMaximumWidth(1400)
        self.panel.box.addWidget(self.view, 1)
        self.close_button = button(role="primary")
        self.close_button.clicked.connect(self.close_pdf)
        self.panel.box.addWidget(
            self.close_button, alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.retranslate()

    def show_pdf(self, path: Path) -> bool:
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.title.setText(self.tr("This file cannot be shown"))
            self.open()
            return False
        self.title.setText(path.name)
        self.open()
        return True

    def close_pdf(self) -> None:
        self.document.close()
        self.hide()

    def retranslate(self) -> None:
        set_text(self.close_button, self.tr("Close"), self.tr("Close this file"))
