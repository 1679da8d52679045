"""Printing benchmarks on a private cupsd + ippeveprinter (started here, by PID).

print_count_300_pages: a 300-page PDF handed to the flow → confirmation shown
    (worker: printer check + pikepdf normalise/save/count; GUI: quote).
    Reference: pikepdf open + count of the same bytes, nothing else.
print_web_page_release: an 8-page PDF → confirmation → confirm → job released
    (label file, submit held, held check, printer check, release). The PDF is
    made with pikepdf, not QtWebEngine's printToPdf (which took 23-34 ms for an
    8-page page in the research note). Reference: bare pycups printFile held +
    setJobHoldUntil(no-hold) on the same stack.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import pikepdf
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from bench.common import Result, median_ms

RUNS = 15


def _wait(signal: object, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def run() -> list[Result]:
    from helpers.printing import make_flow, pdf_bytes

    from kiosk.daemons.printer import PrintStack
    from kiosk.printing.cups_gateway import CupsGateway

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] or "bench"])
    stack = PrintStack()
    stack.start()
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-print-"))
    flow = make_flow(
        stack, tmp, [], free_pages=1000, max_pages_per_job=2000, max_pages_per_session=0
    )
    try:
        stack.set_page_delay(0.0)
        big, small = pdf_bytes(300), pdf_bytes(8)
        count_s, count_ref = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            flow.request_print(big)
            _wait(flow.confirmationNeeded)
            count_s.append(time.perf_counter() - started)
            flow.cancel()
            started = time.perf_counter()
            with pikepdf.open(io.BytesIO(big)) as pdf:
                assert len(pdf.pages) == 300
            count_ref.append(time.perf_counter() - started)

        release_s, release_ref = [], []
        ref_pdf = tmp / "ref.pdf"
        ref_pdf.write_bytes(small)
        gw = CupsGateway(stack.queue, stack.host)
        for _ in range(RUNS):
            started = time.perf_counter()
            flow.request_print(small)
            _wait(flow.confirmationNeeded)
            flow.confirm()
            _wait(flow.progress)
            release_s.append(time.perf_counter() - started)
            _wait(flow.done)
            started = time.perf_counter()
            job = gw.submit_held(ref_pdf, 1, False)
            gw.release(job)
            release_ref.append(time.perf_counter() - started)
            while gw.job_status(job).state < 7:
                time.sleep(0.02)
            gw.cancel(job, purge=True)
        flow.wipe()
    finally:
        flow.shutdown()
        stack.stop()
    del app
    return [
        Result(
            "print_count_300_pages",
            median_ms(count_s),
            "ms",
            RUNS,
            "pikepdf open + count only",
            median_ms(count_ref),
            "300-page PDF → confirmationNeeded; target ≤ 50 ms",
        ),
        Result(
            "print_web_page_release",
            median_ms(release_s),
            "ms",
            RUNS,
            "pycups printFile held + release only",
            median_ms(release_ref),
            "8-page PDF made with pikepdf (not printToPdf) → job released",
        ),
    ]


if __name__ == "__main__":
    for r in run():
        print(r.as_json())
