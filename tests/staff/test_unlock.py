"""The gesture filter in the real Qt event path (offscreen platform).

QTest's QWindow overloads inject through QWindowSystemInterface, the same way
the platform plugin delivers real input, so those events are spontaneous.
QCoreApplication.sendEvent/postEvent (what any in-process script could do)
are not, and neither are QTest's QWidget overloads (they skip the QWindow).
The path through a real X server is tested in
tests/integration/test_staff_unlock_xvfb.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import StaffConfig
from kiosk.staff.unlock import UnlockGestureFilter

CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | (Qt.KeyboardModifier.ShiftModifier)
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        self.now += 0.1
        return self.now


@pytest.fixture
def screen(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(QApplication.primaryScreen().geometry())
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def gesture(screen: QWidget) -> Iterator[tuple[UnlockGestureFilter, list[int]]]:
    f = UnlockGestureFilter(StaffConfig(corner="top-right", taps=5), clock=Clock())
    hits: list[int] = []
    f.unlockRequested.connect(lambda: hits.append(1))
    f.watch(screen.windowHandle())
    yield f, hits
    f.unwatch(screen.windowHandle())


def _corner(window: QWidget) -> QPoint:
    return QPoint(window.width() - 3, 3)


def test_five_real_taps_in_the_corner(screen: QWidget, gesture) -> None:
    _, hits = gesture
    for _ in range(4):
        QTest.mouseClick(
            screen.windowHandle(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            _corner(screen),
        )
    assert hits == []
    QTest.mouseClick(
        screen.windowHandle(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        _corner(screen),
    )
    assert hits == [1]


def test_real_taps_elsewhere_do_nothing(screen: QWidget, gesture) -> None:
    _, hits = gesture
    for _ in range(10):
        QTest.mouseClick(
            screen.windowHandle(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(300, 300),
        )
    assert hits == []


@pytest.mark.parametrize("deliver", ["sendEvent", "postEvent", "widget"])
def test_synthetic_presses_do_not_count(screen: QWidget, gesture, deliver: str) -> None:
    _, hits = gesture
    pos = QPointF(_corner(screen))
    for _ in range(20):
        if deliver == "widget":
            QTest.mouseClick(
                screen,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                _corner(screen),
            )
            continue
        event = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            pos,
            pos,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        if deliver == "sendEvent":
            QCoreApplication.sendEvent(screen.windowHandle(), event)
        else:
            QCoreApplication.postEvent(screen.windowHandle(), event)
    QCoreApplication.processEvents()
    assert hits == []
    # The same filter still reacts to real input afterwards.
    for _ in range(5):
        QTest.mouseClick(
            screen.windowHandle(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            _corner(screen),
        )
    assert hits == [1]


def test_key_chord_real_and_synthetic(screen: QWidget, gesture) -> None:
    _, hits = gesture
    synthetic = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_S, CHORD)
    QCoreApplication.sendEvent(screen.windowHandle(), synthetic)
    QTest.keyClick(
        screen.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier
    )
    assert hits == []
    QTest.keyClick(screen.windowHandle(), Qt.Key.Key_S, CHORD)
    assert hits == [1]


def test_bad_chord_is_refused() -> None:
    with pytest.raises(ValueError, match="one key combination"):
        UnlockGestureFilter(StaffConfig(key_chord="Ctrl+S, Ctrl+T"))
