"""Child process for the Xvfb test: a full-screen window with the gesture filter.

Prints READY once shown, then UNLOCK each time the filter asks for the PIN pad.
Before READY it fires in-process synthetic presses at the corner, which must
not count.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import StaffConfig
from kiosk.staff.unlock import UnlockGestureFilter


def main() -> int:
    app = QApplication([sys.argv[0]])
    window = QWidget()
    # Without a window manager xcb ignores "full screen"; cage does it on a
    # station. Cover the screen by hand.
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    QTest.qWaitForWindowExposed(window)
    gesture = UnlockGestureFilter(StaffConfig(corner="top-right", taps=5))
    gesture.watch(window.windowHandle())
    gesture.unlockRequested.connect(lambda: print("UNLOCK", flush=True))
    handle = window.windowHandle()
    corner = QPointF(window.width() - 3, 3)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) * 10:
        event = QMouseEvent(
            kind,
            corner,
            corner,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QCoreApplication.sendEvent(handle, event)
    print("READY", flush=True)
    QTimer.singleShot(60_000, app.quit)  # the parent normally ends us first
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
