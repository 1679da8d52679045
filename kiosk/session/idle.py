"""Idle watchdog: real input at the shell keeps a session alive, nothing else.

An event filter on the application sees every input event before any widget.
Only spontaneous events count — those that come from the window system.
Page activity, timers, video and script-dispatched DOM events never reach Qt
as input, and events synthesised inside the process are not spontaneous.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.qtsignals import emit

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatchdog(QObject):
    warn = Signal(int)  # seconds left until the session ends
    countdown = Signal(int)
    expired = Signal()
    activity = Signal()

    def __init__(
        self,
        *,
        idle_seconds: int,
        warning_seconds: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle = idle_seconds
        self._warning = warning_seconds
        self._clock = clock
        self._last_input = clock()
        self._armed = False
        self._warning_shown = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)

    def arm(self) -> None:
        self._armed = True
        self._warning_shown = False
        self._last_input = self._clock()
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._warning_shown = False
        self._timer.stop()

    @property
    def warning_shown(self) -> bool:
        return self._warning_shown

    def resume(self) -> None:
        """Continue was pressed: a fresh idle period starts."""
        self._warning_shown = False
        self._last_input = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and event.spontaneous():
            self.note_input()
        return False

    def note_input(self) -> None:
        # Input during the warning does not cancel it by itself: the resident
        # presses Continue, so a cat on the keyboard cannot keep a session.
        if not self._warning_shown:
            self._last_input = self._clock()
            emit(self.activity)

    def tick(self) -> None:
        if not self._armed:
            return
        quiet = self._clock() - self._last_input
        if quiet >= self._idle + self._warning:
            self.disarm()
            emit(self.expired)
        elif quiet >= self._idle:
            left = int(self._idle + self._warning - quiet)
            if not self._warning_shown:
                self._warning_shown = True
                emit(self.warn, left)
            emit(self.countdown, left)
