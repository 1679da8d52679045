"""Make the PDF and the .docx in a worker thread; report on the main thread.

The files go to the session's documents folder (what "My documents", the
printer and the upload picker show); nothing else is written but the draft.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk import log as klog
from kiosk.qtsignals import emit
from kiosk.writer import docx, model, pdf, photo, templates
from kiosk.writer.errors import PhotoError, WriterError
from kiosk.writer.model import CV, Letter

FILE_NAMES = {"cv": "Lebenslauf", "letter": "Anschreiben"}


@dataclass(frozen=True)
class Made:
    kind: str  # "cv" or "letter"
    pdf: Path
    docx: Path
    pages: int
    seconds: float


def make(
    document: CV | Letter,
    template: templates.Template,
    folder: Path,
    work: Path | None = None,
) -> Made:
    """Write `<folder>/Lebenslauf.pdf` and `.docx` (or Anschreiben.*). Blocking.

    `work` (default: the folder's sibling `writer`) holds the prepared photo.
    """
    started = time.perf_counter()
    model.check(document)
    folder.mkdir(parents=True, exist_ok=True)
    work = work or folder.parent / "writer"
    if isinstance(document, CV):
        kind = "cv"
        document = model.clean_cv(document)
        source = Path(document.photo) if document.photo else None
        if source is not None and source.resolve().is_relative_to(folder.resolve()):
            prepared = photo.prepare(source, work)
        else:
            prepared = None  # only a file from My documents
        document = dataclasses.replace(document, photo=str(prepared or ""))
        html = templates.cv_html(
            template, document, prepared.as_uri() if prepared else ""
        )
        allowed = [work] if prepared else []
    else:
        kind = "letter"
        html = templates.letter_html(template, document)
        allowed = []
    base = folder / FILE_NAMES[kind]
    out = pdf.write_pdf(
        html, base.with_suffix(".pdf"), base=template.folder, allowed=allowed
    )
    if isinstance(document, CV):
        word = docx.write_cv(document, template, base.with_suffix(".docx"))
    else:
        word = docx.write_letter(document, template, base.with_suffix(".docx"))
    return Made(kind, out, word, pdf.page_count(out), time.perf_counter() - started)


class OutputWorker(QObject):
    """One document at a time, made in a thread; `done` or `failed` on the main loop.

    `forget()` (the wipe) drops what a thread still reports: its signal may
    already wait in the queue when the session ends.
    """

    done = Signal(object)  # Made
    failed = Signal(str)  # what went wrong: "photo" or "other" (no content)
    _finished = Signal(int, object)
    _error = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._generation = 0
        self._finished.connect(self._on_finished)
        self._error.connect(self._on_error)

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def preload(self) -> None:
        """Import the renderer in the background (half a second, once)."""
        threading.Thread(target=pdf.preload, name="writer-preload", daemon=True).start()

    def start(
        self,
        document: CV | Letter,
        template: templates.Template,
        folder: Path,
        work: Path | None = None,
    ) -> bool:
        if self.busy:
            return False
        generation = self._generation

        def run() -> None:
            try:
                made = make(document, template, folder, work)
            except WriterError as exc:
                klog.writer.warning("writer: %s", type(exc).__name__)  # no message
                kind = "photo" if isinstance(exc, PhotoError) else "other"
                emit(self._error, generation, kind)
                return
            except Exception as exc:  # never leave the resident waiting
                # The type only: a message may name the resident's files.
                klog.writer.error(
                    "writer: making the document failed (%s)", type(exc).__name__
                )
                emit(self._error, generation, "other")
                return
            emit(self._finished, generation, made)

        self._thread = threading.Thread(target=run, name="writer-output", daemon=True)
        self._thread.start()
        return True

    def _on_finished(self, generation: int, made: object) -> None:
        if generation == self._generation:
            emit(self.done, made)

    def _on_error(self, generation: int, message: str) -> None:
        if generation == self._generation:
            emit(self.failed, message)

    def wait(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def forget(self, timeout: float = 30.0) -> None:
        """Wait for a running thread, and drop whatever it still reports."""
        self.wait(timeout)
        self._generation += 1
