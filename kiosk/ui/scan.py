"""Scan a document: colour or grey, page after page with a preview, one PDF.

The overlay knows no scanner: `scan_page(colour, done)` scans one page in the
background and calls `done(image, problem)` on the GUI thread; `save(images)`
makes the PDF in My documents and returns its path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.qtsignals import emit
from kiosk.ui.overlays import Overlay
from kiosk.ui.widgets import button, set_text

PREVIEW_HEIGHT = 300
ScanPage = Callable[[bool, Callable[[Any, str], None]], None]  # colour, done
Save = Callable[[list[Any]], str]


def to_qimage(image: Any) -> QImage:
    """A PIL image as a QImage (copied: the bytes object goes away)."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    data = rgb.tobytes()
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class ScanOverlay(Overlay):
    saved = Signal(str)  # the PDF's path

    def __init__(
        self, parent: QWidget, scan_page: ScanPage, save: Save, max_pages: int
    ) -> None:
        super().__init__(parent)
        self._scan_page = scan_page
        self._save = save
        self.max_pages = max_pages
        self.pages: list[Any] = []
        self.colour = False
        self.problem = ""
        self.busy = False
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedHeight(PREVIEW_HEIGHT)
        self.panel.box.addWidget(self.preview, 1)
        self.grey_button = button()
        self.colour_button = button()
        for b in (self.grey_button, self.colour_button):
            b.setCheckable(True)
        self.grey_button.clicked.connect(lambda: self._set_colour(False))
        self.colour_button.clicked.connect(lambda: self._set_colour(True))
        self.panel.add_row(self.grey_button, self.colour_button)
        self.scan_button = button(role="primary")
        self.again_button = button()
        self.finish_button = button(role="primary")
        self.cancel_button = button()
        self.scan_button.clicked.connect(self.scan)
        self.again_button.clicked.connect(self._again)
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.cancel)
        self.panel.add_row(self.cancel_button, self.again_button)
        self.panel.add_row(self.scan_button, self.finish_button)
        self._after: Callable[[str], None] | None = None
        self.retranslate()

    def start(self, after: Callable[[str], None] | None = None) -> None:
        self.pages = []
        self.problem = ""
        self.busy = False
        self._after = after
        self.preview.clear()
        self._set_colour(False)
        self.open()
        self.scan_button.setFocus()

    def _set_colour(self, colour: bool) -> None:
        self.colour = colour
        self.grey_button.setChecked(not colour)
        self.colour_button.setChecked(colour)
        self.retranslate()

    def scan(self) -> None:
        if self.busy or len(self.pages) >= self.max_pages:
            return
        self.busy = True
        self.problem = ""
        self.retranslate()
        self._scan_page(self.colour, self._scanned)

    def _scanned(self, image: Any, problem: str) -> None:
        self.busy = False
        if not self.isVisible():
            return  # cancelled (or the session ended) while scanning
        if image is None:
            self.problem = problem or "failed"
        else:
            self.pages.append(image)
            pixmap = QPixmap.fromImage(to_qimage(image))
            self.preview.setPixmap(
                pixmap.scaled(
                    max(self.preview.width(), 200),
                    PREVIEW_HEIGHT,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.retranslate()

    def _again(self) -> None:
        if self.pages and not self.busy:
            self.pages.pop()
            self.scan()

    def finish(self) -> None:
        if not self.pages or self.busy:
            return
        path = self._save(self.pages)
        self.pages = []
        self.hide()
        emit(self.saved, path)
        if self._after is not None:
            self._after(path)

    def cancel(self) -> None:
        """Throws the pages away (also the wipe: no page stays in memory)."""
        self.pages = []
        self.busy = False
        self.preview.clear()
        self.hide()

    def problem_text(self) -> str:
        return {
            "jammed": self.tr(
                "The paper is stuck in the scanner. Please ask the staff."
            ),
            "no-paper": self.tr(
                "There is no paper in the scanner. Please put a page in."
            ),
            "cover-open": self.tr("The scanner lid is open. Please close it."),
            "busy": self.tr("The scanner is busy. Please wait a moment and try again."),
            "missing": self.tr("The scanner does not answer. Please ask the staff."),
        }.get(self.problem, self.tr("Scanning did not work. Please try again."))

    def retranslate(self) -> None:
        count = len(self.pages)
        self.title.setText(self.tr("Scan a document"))
        if self.busy:
            self.text.setText(
                self.tr("Scanning page %1 …").replace("%1", str(count + 1))
            )
        elif self.problem:
            self.text.setText(self.problem_text())
        elif count == 0:
            self.text.setText(
                self.tr(
                    "Put the first page face down on the glass and close the lid. "
                    "Then press “Scan page”."
                )
            )
        elif count >= self.max_pages:
            self.text.setText(self.tr("That is the most pages for one document."))
        else:
            self.text.setText(
                self.tr(
                    "%n page(s) scanned. Put in the next page, or save the document.",
                    "",
                    count,
                )
            )
        set_text(self.grey_button, self.tr("Black and white"), self.tr("Scan in grey"))
        set_text(self.colour_button, self.tr("Colour"), self.tr("Scan in colour"))
        first = count == 0
        set_text(
            self.scan_button,
            self.tr("Scan page") if first else self.tr("Scan next page"),
            self.tr("Scan the page on the glass"),
        )
        set_text(
            self.again_button,
            self.tr("Scan this page again"),
            self.tr("Throw away the last page and scan it again"),
        )
        set_text(
            self.finish_button,
            self.tr("Save as PDF"),
            self.tr("Put the pages into one PDF file in My documents"),
        )
        set_text(self.cancel_button, self.tr("Cancel"), self.tr("Throw the pages away"))
        self.again_button.setVisible(not first)
        self.finish_button.setVisible(not first)
        for b in (self.scan_button, self.again_button, self.finish_button):
            b.setEnabled(not self.busy)
        self.scan_button.setEnabled(not self.busy and count < self.max_pages)
        self.preview.setAccessibleName(
            self.tr("Preview of page %1").replace("%1", str(count))
            if count
            else self.tr("No page yet")
        )
