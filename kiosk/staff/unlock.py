"""Catches the staff gesture from real input only, and asks for the PIN pad.

Install it on the shell's top-level window with `watch(window.windowHandle())`,
not on the QApplication: with QtWebEngine running, a Python event filter on
the QApplication crashes PySide6 6.12 (segfault, measured here), and a window
filter sees all the input of that window anyway.

Only events that come from the window system count: they arrive first at a
QWindow and are *spontaneous*. Anything made
inside the process (QCoreApplication.sendEvent/postEvent) is not spontaneous,
and a web page's script never reaches Qt at all: its synthetic DOM events stay
inside the Chromium renderer. So no page can trigger or imitate the gesture.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QTouchEvent, QWindow

from kiosk import log as klog
from kiosk.config import StaffConfig
from kiosk.qtsignals import emit
from kiosk.staff.gesture import CornerTaps

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.MetaModifier
)


class UnlockGestureFilter(QObject):
    unlockRequested = Signal()

    def __init__(
        self,
        config: StaffConfig,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._taps = CornerTaps(config.corner, config.taps, config.within_seconds)
        self._clock = clock
        chord = QKeySequence(config.key_chord)
        if chord.count() != 1:
            raise ValueError(
                f"staff.key_chord {config.key_chord!r} must be one key combination "
                "like 'Ctrl+Alt+Shift+S'"
            )
        combo = chord[0]  # type: ignore[index]  # the stubs lack __getitem__
        self._chord_key = combo.key()
        self._chord_mods = combo.keyboardModifiers() & _MODIFIERS

    def watch(self, window: QWindow) -> None:
        """Catch the gesture on this top-level window (the shell's main window)."""
        window.installEventFilter(self)

    def unwatch(self, window: QWindow) -> None:
        window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Real input reaches a QWindow first; widgets then get copies of it.
        if not isinstance(watched, QWindow) or not event.spontaneous():
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            if event.source() == Qt.MouseEventSource.MouseEventSynthesizedByQt:
                return False  # the TouchBegin of the same finger already counted
            self._press(watched, event.globalPosition().x(), event.globalPosition().y())
        elif kind == QEvent.Type.TouchBegin:
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                pos = points[0].globalPosition()
                self._press(watched, pos.x(), pos.y())
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if (
                event.key() == self._chord_key
                and (event.modifiers() & _MODIFIERS) == self._chord_mods
            ):
                klog.staff.info("unlock requested (key chord)")
                emit(self.unlockRequested)
                return True  # the page never sees the chord
        return False

    def _press(self, window: QWindow, x: float, y: float) -> None:
        screen = window.screen()
        if screen is None:
            return
        geo = screen.geometry()
        if self._taps.press(
            x - geo.x(), y - geo.y(), geo.width(), geo.height(), self._clock()
        ):
            klog.staff.info("unlock requested (corner taps)")
            emit(self.unlockRequested)

    def reset(self) -> None:
        self._taps.reset()
