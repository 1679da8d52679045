"""The shell's documents service: the scanner and the stick, slow work in threads.

Every blocking call (libsane, pyfatfs, exfat-fuse) runs in a worker thread;
results come back on the GUI thread through `_Relay`, whose slot belongs to
a QObject of the GUI thread (a lambda connected without one would run in the
worker). One stick worker does one thing at a time, so a copy and a release
never overlap.

Nothing here logs a file's name or content: only kinds and counts.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk import log as klog
from kiosk.documents import pages, sticks, transfer
from kiosk.documents.allowed import unique_name
from kiosk.documents.errors import (
    DocumentsError,
    ScanError,
    StickError,
    StickReleaseFailed,
    StickRemoved,
)
from kiosk.documents.scanner import Mode, SaneScanner
from kiosk.documents.volume import Volume, open_volume, release_leftover
from kiosk.qtsignals import emit
from kiosk.session import events as ev
from kiosk.session.wipe import WipeStepFailed

log = klog.session
Publish = Callable[[ev.Event], None]


class _Relay(QObject):
    """Runs callables on the GUI thread (queued from worker threads)."""

    call = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.call.connect(self._run)

    @Slot(object)
    def _run(self, fn: object) -> None:
        if callable(fn):
            fn()

    def later(self, fn: Callable[[], None]) -> None:
        emit(self.call, fn)

    def when_done(
        self, future: Future[Any], done: Callable[[Any, Exception | None], None]
    ) -> None:
        def finished(f: Future[Any]) -> None:
            error = f.exception()
            result = None if error is not None else f.result()
            err = error if isinstance(error, Exception) else None
            self.later(lambda: done(result, err))

        future.add_done_callback(finished)


class DocumentsService(QObject):
    stickChanged = Signal(bool)  # a usable stick is (or is no longer) there
    stickProblem = Signal(str)  # kind: "unreadable"

    def __init__(
        self,
        *,
        scanner: SaneScanner | None,
        stick_devices: str,
        mount_root: Path,
        documents_dir: Callable[[], Path],
        publish: Publish,
        scan_dpi: int = 150,
        max_bytes: int = 25 * 1024 * 1024,
        poll_ms: int = 1000,
        helper: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self.stick_devices = stick_devices
        self.mount_root = mount_root
        self.documents_dir = documents_dir
        self.publish = publish
        self.scan_dpi = scan_dpi
        self.max_bytes = max_bytes
        self.helper = helper  # the stick helper's socket; None: mount as root
        self._relay = _Relay(self)
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="stick")
        self.volume: Volume | None = None
        self.device: Path | None = None
        self._opening = False
        self._active = False  # only in a session is a stick opened
        self._refused: Path | None = None  # an unreadable stick, not tried again
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)

    # -- lifecycle ------------------------------------------------------------

    def session_started(self) -> None:
        self._active = True
        self._refused = None
        self._timer.start()
        self.poll()

    @property
    def has_scanner(self) -> bool:
        return self.scanner is not None

    @property
    def stick_present(self) -> bool:
        return self.volume is not None

    def stick_in_port(self) -> bool:
        return sticks.present(self.stick_devices) is not None

    # -- the stick --------------------------------------------------------------

    def poll(self) -> None:
        device = sticks.present(self.stick_devices)
        if self.volume is not None and (device is None or device != self.device):
            self._lost()
        if device is None:
            self._refused = None  # an unreadable stick was taken: try the next
        if (
            device is None
            or not self._active
            or self.volume is not None
            or self._opening
            or device == self._refused
        ):
            return
        self._opening = True
        self._relay.when_done(
            self._worker.submit(self._open_while_active, device),
            lambda volume, error: self._opened(device, volume, error),
        )

    def _open_while_active(self, device: Path) -> Volume | None:
        """In the worker: a session that ended meanwhile gets no open stick
        (its release waits for this worker, so nothing stays mounted)."""
        volume = open_volume(device, self.mount_root, self.helper)
        if not self._active:
            volume.close()
            return None
        return volume

    def _opened(
        self, device: Path, volume: Volume | None, error: Exception | None
    ) -> None:
        self._opening = False
        if error is None and volume is None:
            return  # the session ended while it was opening
        if error is not None or volume is None:
            log.warning("stick not used: %s", type(error).__name__)
            self._refused = device
            emit(self.stickProblem, "unreadable")
            return
        if not self._active:  # the session ended while it was opening
            self._worker.submit(volume.close)
            return
        self.volume, self.device = volume, device
        log.info("stick plugged in (%s)", volume.kind)
        emit(self.stickChanged, True)

    def _lost(self) -> None:
        volume, self.volume, self.device = self.volume, None, None
        if volume is not None:
            log.info("stick taken out")
            self._worker.submit(_close_quietly, volume)
        emit(self.stickChanged, False)

    def stick_files(self, done: Callable[[list[transfer.Offered]], None]) -> None:
        volume = self.volume
        if volume is None:
            done([])
            return
        self._relay.when_done(
            self._worker.submit(transfer.offered_files, volume, self.max_bytes),
            lambda files, error: done(files if error is None else []),
        )

    def fetch(
        self,
        offered: transfer.Offered,
        done: Callable[[Path | None, str], None],
    ) -> None:
        """Copies a stick file into My documents; `done(path, "")` or `(None, kind)`."""
        volume = self.volume
        if volume is None:
            done(None, "removed")
            return
        future = self._worker.submit(
            transfer.fetch_from_stick,
            volume,
            offered,
            self.documents_dir(),
            self.max_bytes,
        )
        self._relay.when_done(future, lambda path, error: done(path, _kind(error)))

    def save(self, paths: list[Path], done: Callable[[list[str], str], None]) -> None:
        """Copies documents onto the stick; `done(saved names, problem kind or "")`."""
        volume = self.volume
        if volume is None:
            done([], "removed")
            return

        def work() -> tuple[list[str], str]:
            saved: list[str] = []
            for path in paths:
                try:
                    saved.append(transfer.save_to_stick(volume, path))
                except DocumentsError as exc:
                    return saved, _kind(exc)
            return saved, ""

        def finished(result: Any, error: Exception | None) -> None:
            saved, kind = result if error is None else ([], _kind(error))
            log.info(
                "saved %d file(s) to the stick%s",
                len(saved),
                f" ({kind})" if kind else "",
            )
            if kind == "removed":
                self.poll()
            done(saved, kind)

        self._relay.when_done(self._worker.submit(work), finished)

    def release(self) -> None:
        """Lets the stick go (flush, unmount); raises `StickReleaseFailed`."""
        self._active = False
        self._timer.stop()
        volume, self.volume, self.device = self.volume, None, None
        if volume is not None:
            self._worker.submit(volume.close).result(timeout=60)
            emit(self.stickChanged, False)
        # whatever an earlier (pulled) stick left: waits for queued closes too
        self._worker.submit(lambda: None).result(timeout=60)
        # a shell that died with an exFAT stick mounted left its FUSE mount
        self._worker.submit(release_leftover, self.mount_root, self.helper).result(
            timeout=60
        )
        if self.mount_root.exists():
            leftovers = [p for p in self.mount_root.rglob("*")]
            if any(p.is_mount() for p in leftovers) or leftovers:
                raise StickReleaseFailed(f"{self.mount_root} still holds a stick")

    def wipe_step(self) -> None:
        """Wipe step "stick": nothing of the stick is held or mounted any more."""
        try:
            self.release()
        except StickError as exc:
            raise WipeStepFailed(str(exc)) from None

    def shutdown(self) -> None:
        with contextlib.suppress(Exception):
            self.release()
        self._worker.shutdown(wait=True)
        if self.scanner is not None:
            self.scanner.close()

    # -- scanning ---------------------------------------------------------------

    def scan_page(
        self, mode: Mode, done: Callable[[Image.Image | None, str], None]
    ) -> None:
        if self.scanner is None:
            done(None, "missing")
            return
        self._relay.when_done(
            self.scanner.scan(mode, self.scan_dpi),
            lambda image, error: done(image, _kind(error)),
        )

    def save_scan(self, images: list[Image.Image], name: str) -> Path:
        """The pages as one PDF in My documents; counts the pages (no names)."""
        folder = self.documents_dir()
        folder.mkdir(parents=True, exist_ok=True)
        data = pages.pages_to_pdf(
            [pages.encode_page(im, self.scan_dpi) for im in images]
        )
        existing = {p.name for p in folder.iterdir()}
        path = folder / unique_name(name, existing)
        partial = folder / f".{path.name}.partial"
        partial.write_bytes(data)
        partial.rename(path)
        self.publish(ev.DocumentScanned(datetime.now(UTC), len(images)))
        log.info("scanned %d page(s) into My documents", len(images))
        return path

    def scan_photo(self, name: str, done: Callable[[Path | None, str], None]) -> None:
        """One colour scan at `pages.PHOTO_DPI`, cut to the photo laid on the
        glass, saved as a JPEG in My documents; `done(path, "")` or
        `(None, kind)`. Counted as one scanned page (no name)."""
        if self.scanner is None:
            done(None, "missing")
            return

        def save(image: Image.Image) -> Path:
            data = pages.encode_photo(pages.crop_photo(image))
            folder = self.documents_dir()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / unique_name(name, {p.name for p in folder.iterdir()})
            partial = folder / f".{path.name}.partial"
            partial.write_bytes(data)
            partial.rename(path)
            return path

        def saved(path: Any, error: Exception | None) -> None:
            if error is None:
                self.publish(ev.DocumentScanned(datetime.now(UTC), 1))
                log.info("scanned a photo into My documents")
            done(path if error is None else None, _kind(error))

        def scanned(image: Any, error: Exception | None) -> None:
            if error is not None or image is None:
                done(None, _kind(error) or "failed")
                return
            self._relay.when_done(self._worker.submit(save, image), saved)

        self._relay.when_done(self.scanner.scan("Color", pages.PHOTO_DPI), scanned)


def _close_quietly(volume: Volume) -> None:
    try:
        volume.close()
    except StickError as exc:
        log.error("a pulled stick could not be released: %s", exc)


def _kind(error: BaseException | None) -> str:
    if error is None:
        return ""
    if isinstance(error, ScanError):
        return error.kind
    if isinstance(error, StickRemoved):
        return "removed"
    name = type(error).__name__
    return {"StickFull": "full", "StickUnreadable": "unreadable"}.get(name, "failed")
