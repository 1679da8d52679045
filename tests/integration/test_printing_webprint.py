"""A page calling window.print() in a loop: one confirmation, one job."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.printing import make_flow
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

from kiosk.daemons.printer import PrintStack
from kiosk.session import events as ev

pytestmark = [pytest.mark.cups, pytest.mark.webengine]


LOOP = "<html><body><p>Form</p><script>setInterval(() => window.print(), 30)</script>"


def test_window_print_loop_gives_one_confirmation(
    qtbot, printer: PrintStack, tmp_path: Path
) -> None:
    events: list[ev.Event] = []
    flow = make_flow(printer, tmp_path, events)
    profile = QWebEngineProfile()
    page = QWebEnginePage(profile)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )
    asked: list[int] = []
    accepted: list[bool] = []
    shown: list[object] = []
    flow.confirmationNeeded.connect(shown.append)

    def answer() -> None:
        # Every request is answered (an unanswered one blocks later exports).
        asked.append(1)
        page.printToPdf(
            lambda data: accepted.append(flow.request_print(bytes(data))), layout
        )

    page.printRequested.connect(answer)
    try:
        page.setHtml(LOOP)
        qtbot.waitUntil(lambda: len(accepted) >= 5, timeout=60_000)
        assert len(asked) >= 5
        assert accepted.count(True) == 1
        assert len(shown) == 1
        before = len(printer.device_printed())
        with qtbot.waitSignal(flow.done, timeout=60_000):
            flow.confirm()
        page.setHtml("<html><body>done</body></html>")
        assert len(printer.device_printed()) == before + 1
        assert flow.session_totals().jobs == 1
    finally:
        page.printRequested.disconnect(answer)
        with qtbot.waitSignal(page.destroyed, timeout=10_000):
            page.deleteLater()  # pages before their profile
        profile.deleteLater()
        flow.wipe()
        flow.shutdown()
