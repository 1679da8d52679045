"""My documents: the session's files, the shell's own PDF viewer and upload picker.

The shell has no native file dialog anywhere: uploads choose from this list,
which shows only the session's documents folder, and (when the station has
them) files of the resident's USB stick that `DocumentSources` offers: a
chosen one is first copied into the session's documents. The list is never a
file manager: no folders, no renaming, nothing opened but by the shell's
own viewer. Scanning and "Save to USB stick" start here too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

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
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
}


class DocumentSources(Protocol):
    """What the shell's documents service offers this overlay (see kiosk.shell)."""

    def can_scan(self) -> bool: ...
    def stick_present(self) -> bool: ...
    def scan(self, after: Callable[[str], None]) -> None:
        """Opens the scanner's screens; `after(path)` once a PDF is saved."""
        ...

    def save_to_stick(self, paths: list[str]) -> None: ...
    def stick_files(self, done: Callable[[list[tuple[object, str]]], None]) -> None:
        """(key, name shown) of the stick's offered files, on the GUI thread."""
        ...

    def fetch(self, key: object, done: Callable[[str], None]) -> None:
        """Copies a stick file into the documents; `done(path)`, "" if not."""
        ...


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

    def __init__(
        self,
        parent: QWidget,
        folder: Callable[[], Path],
        sources: DocumentSources | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self.sources = sources
        self._on_stick = False  # the list shows the stick's files (pick mode)
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
        self.scan_button = button()
        self.stick_button = button()
        self.scan_button.clicked.connect(self._scan)
        self.stick_button.clicked.connect(self._stick)
        self.panel.add_row(self.scan_button, self.stick_button)
        self.viewer = PdfViewer(parent)
        self._accepted: list[str] | None = None  # None: browse mode
        self.retranslate()

    def browse(self) -> None:
        self._accepted = None
        self._on_stick = False
        self._fill()
        self.retranslate()
        self.open()

    def pick(self, accepted: list[str]) -> None:
        self._accepted = accepted
        self._on_stick = False
        self._fill()
        self.retranslate()
        self.open()

    @property
    def picking(self) -> bool:
        return self._accepted is not None

    def refresh(self, select: str = "") -> None:
        """Fill again (a stick came or went, a scan was saved); select `select`."""
        if not self.isVisible():
            return
        if self._on_stick and not self._stick_here():
            self._on_stick = False
        if not self._on_stick:
            self._fill()
        if select:
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == select:
                    self.list.setCurrentRow(row)
        self.retranslate()

    def _stick_here(self) -> bool:
        return self.sources is not None and self.sources.stick_present()

    def _fill(self) -> None:
        folder = self._folder()
        files = sorted(folder.iterdir()) if folder.is_dir() else []
        self._list(
            [
                (path.name, Qt.ItemDataRole.UserRole, str(path))
                for path in files
                if path.is_file()
                and not path.name.startswith(".")  # a copy still being made
                and (self._accepted is None or matches(path, self._accepted))
            ],
            self.tr("No files yet. Files you download appear here."),
        )

    def _list(self, entries: list[tuple[str, int, object]], empty: str) -> None:
        """One row per (name, data role, value), the first chosen; else `empty`."""
        self.list.clear()
        for name, role, value in entries:
            item = QListWidgetItem(name)
            item.setData(role, value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self._note(empty)

    def _note(self, text: str) -> None:
        """A line in the list that cannot be chosen (empty, or still reading)."""
        note = QListWidgetItem(text)
        note.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(note)

    def _current(self) -> str:
        item = self.list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item else None
        return str(path) if path else ""

    def _primary(self) -> None:
        if self._on_stick:
            self._take_from_stick()
            return
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

    def _scan(self) -> None:
        if self.sources is not None:
            self.sources.scan(lambda path: self.refresh(select=path))

    def _stick(self) -> None:
        """Browse: save the chosen file to the stick. Pick: list the stick's files."""
        if self.sources is None:
            return
        if not self.picking:
            path = self._current()
            if path:
                self.sources.save_to_stick([path])
            return
        if self._on_stick:
            self._on_stick = False
            self._fill()
            self.retranslate()
            return
        self._on_stick = True
        self.list.clear()
        self._note(self.tr("Reading your USB stick …"))
        self.retranslate()
        self.sources.stick_files(self._show_stick_files)

    def _show_stick_files(self, files: list[tuple[object, str]]) -> None:
        if not self._on_stick:
            return
        accepted = self._accepted or []
        self._list(
            [
                (name, Qt.ItemDataRole.UserRole + 1, key)
                for key, name in files
                if matches(Path(name), accepted)
            ],
            self.tr("Your USB stick has no file that can be sent here."),
        )

    def _take_from_stick(self) -> None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole + 1) if item else None
        if key is None or self.sources is None:
            return
        self.open_button.setEnabled(False)

        def copied(path: str) -> None:
            self.open_button.setEnabled(True)
            if path and self.picking and self.isVisible():
                self.hide()
                emit(self.picked, [path])

        self.sources.fetch(key, copied)

    def _close(self) -> None:
        self.hide()
        if self.picking:
            emit(self.picked, [])

    def cancel(self) -> None:
        if self.isVisible():
            self._close()
        self._on_stick = False
        self.list.clear()  # no names of the session's or the stick's files stay
        self.viewer.close_pdf()

    def retranslate(self) -> None:
        self._retranslate_sources()
        if self.picking and self._on_stick:
            self.title.setText(self.tr("Choose a file from your USB stick"))
            self.text.setText(
                self.tr("Only documents and pictures are shown. Nothing is changed.")
            )
            set_text(
                self.open_button,
                self.tr("Send this file"),
                self.tr("Give the chosen file to the page"),
            )
        elif self.picking:
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

    def _retranslate_sources(self) -> None:
        sources = self.sources
        self.scan_button.setVisible(
            sources is not None and sources.can_scan() and not self._on_stick
        )
        set_text(
            self.scan_button,
            self.tr("Scan a document"),
            self.tr("Scan paper pages into one PDF file"),
        )
        self.stick_button.setVisible(self._stick_here())
        if not self.picking:
            set_text(
                self.stick_button,
                self.tr("Save to USB stick"),
                self.tr("Copy the chosen file to your USB stick"),
            )
        elif self._on_stick:
            set_text(
                self.stick_button,
                self.tr("Back to my documents"),
                self.tr("Show the files of this session again"),
            )
        else:
            set_text(
                self.stick_button,
                self.tr("From my USB stick"),
                self.tr("Choose a file from your USB stick"),
            )


class TakeStickOverlay(Overlay):
    """ "Please take your USB stick": shown at End session while it is plugged in."""

    done = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ok = button(role="primary")
        self.ok.clicked.connect(lambda: emit(self.done))
        self.panel.box.addWidget(self.ok, alignment=Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Please take your USB stick"))
        self.text.setText(
            self.tr(
                "Your session has ended. Your USB stick is still in the computer. "
                "Please take it with you now."
            )
        )
        set_text(self.ok, self.tr("I have my stick"), self.tr("Close this message"))


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
