"""The screen reader (Orca) for one resident session, switched on by staff.

No desktop watches GNOME's `screen-reader-enabled` under cage, so the shell
starts the configured command itself (`speech.screen_reader`, by default
`orca --replace`) and stops it by its PID; the "screen-reader" wipe step
stops it, so the next resident starts without. Qt needs nothing more: it
switches its AT-SPI bridge on when Orca turns the bus's IsEnabled on. Orca
leaves IsEnabled on when it quits; `after_stop` (the shell passes
kiosk.speech.atspi.switch_off) turns it off again, and with it Qt's bridge
and Chromium's accessibility tree of the pages (docs/accessibility.md).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence

from kiosk import log
from kiosk.procs import stop_process
from kiosk.session.wipe import WipeStepFailed
from kiosk.speech import ScreenReaderError


class ScreenReader:
    def __init__(
        self,
        command: Sequence[str],
        *,
        after_stop: Callable[[], object] | None = None,
    ) -> None:
        self._command = list(command)
        self._after_stop = after_stop
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        if self.running:
            return
        try:
            self._proc = subprocess.Popen(
                self._command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            raise ScreenReaderError(
                f"the screen reader {self._command[0]!r} could not start ({exc}); "
                "install it (deploy/packages.txt: orca) or set speech.screen_reader"
            ) from None
        log.init.info("screen reader started (pid %d)", self._proc.pid)

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            # Orca says "Screen reader off" and may linger; the wipe waits 2 s.
            stop_process(proc, timeout=2.0)
            log.init.info("screen reader stopped")
            if self._after_stop is not None:
                self._after_stop()

    def toggle(self) -> bool:
        """Start it if off, stop it if on; returns whether it is on now."""
        if self.running:
            self.stop()
        else:
            self.start()
        return self.running

    def wipe(self) -> None:
        """Wipe step "screen-reader": the next resident starts without it."""
        proc = self._proc
        self.stop()
        if proc is not None and proc.poll() is None:
            raise WipeStepFailed(f"the screen reader (pid {proc.pid}) is still running")
