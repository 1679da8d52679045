"""The application writer: "Make PDF" → the CV's PDF and .docx in My documents.

writer_pdf: a two-page CV with a photo, typed into the writer's widgets; from
    the click on "Make CV (PDF)" to the `made` signal (the PDF and the .docx
    written, the pages counted), WeasyPrint already imported as when the
    writer opens. Reference: WeasyPrint rendering one line of HTML to PDF in
    the same process (the renderer's own floor). The photo is a 3000 × 4000
    JPEG as a phone takes it, scaled down and stripped in the first run and
    reused after (the first run is in the note).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from bench.common import Result, median_ms

RUNS = 9


def _fill(screen, folder: Path) -> None:
    # A phone picture: 3000 × 4000 px, with detail (a flat colour compresses
    # to nothing and decodes too fast to be honest).
    image = QImage(3000, 4000, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    for y in range(0, 4000, 20):
        painter.fillRect(0, y, 3000, 20, QColor(y % 256, (y * 7) % 256, (y * 3) % 256))
    for x in range(0, 3000, 30):
        painter.fillRect(x, 0, 3, 4000, QColor((x * 5) % 256, 90, x % 256))
    painter.end()
    image.save(str(folder / "passbild.jpg"), "JPEG", 90)
    for key, value in {
        "name": "Amira Haddad",
        "street": "Karl-Marx-Allee 12",
        "city": "07747 Jena",
        "phone": "0176 1234567",
        "email": "amira@example.org",
        "birth": "3. März 1990 in Aleppo",
    }.items():
        screen.personal.fields[key].setText(value)
    screen.photo.refresh()
    screen.photo.list.setCurrentRow(1)
    for step, what in ((screen.school, "Ausbildung"), (screen.work, "Verkäuferin")):
        while len(step.rows) < 6:
            step.add_row()
        for index, row in enumerate(step.rows):
            row["period"].setText(f"{2000 + index} – {2001 + index}")
            row["title"].setText(f"{what} {index}")
            row["place"].setText(f"Jena-Lobeda {index}")
            row["details"].setText(f"Aufgaben und Erfolge Nummer {index}")
    screen.skills.editor.setPlainText("Kasse\nFührerschein Klasse B\nMS Office")
    screen.languages.rows[0][0].setText("Arabisch")
    screen.languages.rows[0][1].setText("Muttersprache")
    screen.interests.editor.setPlainText("Kochen\nFußball")


def run() -> list[Result]:
    from kiosk.qtsignals import protect_singletons
    from kiosk.writer import pdf, templates
    from kiosk.writer.screen import WriterScreen

    protect_singletons()
    app = QApplication.instance() or QApplication([sys.argv[0] or "bench"])
    session = Path(tempfile.mkdtemp(prefix="kiosk-bench-writer-"))
    documents = session / "documents"
    documents.mkdir()
    screen = WriterScreen(
        template=templates.load(templates.BUILTIN, "standard"),
        documents=lambda: documents,
        drafts=lambda: session / "writer",
        language=lambda: "de",
    )
    screen.resize(1280, 800)
    screen.show()
    _fill(screen, documents)
    screen.go("finish")
    pdf.preload()
    pages: set[int] = set()
    samples, reference = [], []
    for _ in range(RUNS + 1):  # the first (fonts, caches) is not counted
        loop = QEventLoop()
        screen.made.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        started = time.perf_counter()
        screen.make_cv.click()
        loop.exec()
        samples.append(time.perf_counter() - started)
        screen.made.disconnect(loop.quit)
        pages.add(screen.last["cv"].pages)
        started = time.perf_counter()
        pdf.write_pdf(
            "<p>Lebenslauf</p>", session / "ref.pdf", base=session, allowed=[]
        )
        reference.append(time.perf_counter() - started)
    app.processEvents()
    screen.reset()
    shutil.rmtree(session, ignore_errors=True)
    return [
        Result(
            "writer_pdf",
            median_ms(samples[1:]),
            "ms",
            RUNS,
            reference="weasyprint_one_line",
            reference_median=median_ms(reference[1:]),
            note=f"2-page CV with a 3000×4000 photo, PDF + .docx; pages "
            f"{sorted(pages)}; first run (photo decoded and scaled) "
            f"{samples[0] * 1000:.0f} ms, later runs reuse the scaled photo",
        )
    ]
