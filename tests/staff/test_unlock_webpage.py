"""A page's script that fires DOM events at the unlock corner cannot unlock:
its synthetic events never leave the Chromium renderer."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.config import StaffConfig
from kiosk.staff.unlock import UnlockGestureFilter

pytestmark = [pytest.mark.webengine]

ATTACK = """<!doctype html><body style="margin:0;height:100vh">
<script>
function fire() {
  const x = innerWidth - 3, y = 3, target = document.elementFromPoint(x, y);
  for (let i = 0; i < 20; i++) {
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      target.dispatchEvent(new MouseEvent(type, {bubbles: true, clientX: x,
                                                 clientY: y, screenX: x, screenY: y}));
    try {
      const t = new Touch({identifier: i, target, clientX: x, clientY: y});
      target.dispatchEvent(new TouchEvent('touchstart', {touches: [t], bubbles: true}));
    } catch (e) {}
    target.dispatchEvent(new KeyboardEvent('keydown', {key: 'S', ctrlKey: true,
                                                       altKey: true, shiftKey: true}));
  }
  document.title = 'fired';
}
</script></body>"""


def test_page_script_cannot_unlock(qtbot: QtBot, qapp: QApplication) -> None:
    profile = QWebEngineProfile()  # off the record, like a resident's session
    page = QWebEnginePage(profile)
    view = QWebEngineView()
    view.setPage(page)
    view.setGeometry(QApplication.primaryScreen().geometry())
    view.show()
    gesture = UnlockGestureFilter(StaffConfig(corner="top-right", taps=5))
    hits: list[int] = []
    gesture.unlockRequested.connect(lambda: hits.append(1))
    try:
        with qtbot.waitSignal(view.loadFinished, timeout=30_000):
            view.setHtml(ATTACK, QUrl("https://example.invalid/"))
        gesture.watch(view.windowHandle())
        qtbot.waitExposed(view)
        view.page().runJavaScript("fire()")
        qtbot.waitUntil(lambda: view.title() == "fired", timeout=30_000)
        assert hits == []
        # Real presses on the same window (through the platform) still unlock.
        corner = QPoint(view.width() - 3, 3)
        for _ in range(5):
            QTest.mouseClick(
                view.windowHandle(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                corner,
            )
        assert hits == [1]
    finally:
        gesture.unwatch(view.windowHandle())
        # The page must be gone before its profile, or Chromium complains.
        view.close()
        shiboken6.delete(view)
        shiboken6.delete(page)
        shiboken6.delete(profile)
