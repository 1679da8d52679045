"""SANE through python-sane: one page at a time, in the one thread that owns libsane.

libsane is not thread-safe and python-sane keeps global state, so every call
runs in one worker thread (`_owner`); callers get a `Future`. python-sane
releases the GIL while it reads, so the shell's main thread keeps painting.
No progress callback is passed: raising in one segfaults the interpreter
(python-pillow/Sane#103), and a page takes seconds, not minutes.

The device is opened for each page and closed after it, so a scanner that was
switched off and on, or re-plugged, works on the next page, and no session
holds it open after the scan.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from PIL import Image

from kiosk.documents.errors import ScanError, ScannerMissing

Mode = Literal["Gray", "Color"]

# libsane's status texts (sane_strstatus) → what the UI tells the resident
SCAN_KINDS = {
    "Document feeder jammed": "jammed",
    "Document feeder out of documents": "no-paper",
    "Scanner cover is open": "cover-open",
    "Device busy": "busy",
    "Out of memory": "failed",
    "Error during device I/O": "failed",
}
A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class ScannerInfo:
    name: str
    vendor: str
    model: str


class SaneScanner:
    """`device` is SANE's name (`test:0`, `airscan:e0:Office MFP`, `genesys:…`)."""

    def __init__(
        self, device: str, *, extra_options: Mapping[str, Any] | None = None
    ) -> None:
        self.device = device
        self._extra = dict(extra_options or {})
        self._owner = ThreadPoolExecutor(1, thread_name_prefix="sane")
        self._initialised = False
        self._lock = threading.Lock()

    # -- public, from any thread -------------------------------------------------

    def scan(self, mode: Mode, dpi: int) -> Future[Image.Image]:
        return self._owner.submit(self._scan, mode, dpi)

    def info(self) -> Future[ScannerInfo]:
        """Opens and closes the device once: `kiosk doctor` and the staff panel."""
        return self._owner.submit(self._info)

    def close(self) -> None:
        """Let libsane go (at quit); waits for a page being read."""
        with self._lock:
            owner = self._owner
        owner.submit(self._exit).result(timeout=60)
        owner.shutdown(wait=True)

    # -- in the owning thread ------------------------------------------------------

    def _sane(self) -> Any:
        import sane  # imported here: the module loads libsane and its backends

        if not self._initialised:
            sane.init()
            self._initialised = True
        return sane

    def _exit(self) -> None:
        if self._initialised:
            self._sane().exit()
            self._initialised = False

    def _open(self) -> Any:
        sane = self._sane()
        try:
            return sane.open(self.device)
        except sane._sane.error as exc:
            if str(exc) == "Device busy":
                raise ScanError("busy", str(exc)) from None
            raise ScannerMissing(self.device, str(exc)) from None

    def _info(self) -> ScannerInfo:
        self._open().close()  # proves the device answers
        vendor = model = ""
        for name, dev_vendor, dev_model, _kind in self._sane().get_devices():
            if name == self.device:
                vendor, model = dev_vendor, dev_model
        return ScannerInfo(self.device, vendor, model)

    def _scan(self, mode: Mode, dpi: int) -> Image.Image:
        sane = self._sane()
        device = self._open()
        try:
            _set(device, "mode", mode)
            _set(device, "resolution", dpi)
            _set(device, "source", "Flatbed", optional=True)
            _fit_a4(device)
            for name, value in self._extra.items():
                _set(device, name, value)
            image = device.scan()
        except sane._sane.error as exc:
            raise ScanError(SCAN_KINDS.get(str(exc), "failed"), str(exc)) from None
        finally:
            device.close()
            ignore_sigpipe()
        if not isinstance(image, Image.Image) or min(image.size) < 8:
            raise ScanError("failed", "the scanner sent no picture")
        return image


def _set(device: Any, name: str, value: Any, *, optional: bool = False) -> None:
    if optional and name not in device.opt:
        return
    try:
        setattr(device, name, value)
    except (AttributeError, ValueError) as exc:
        if not optional:
            raise ScanError("failed", f"option {name}: {exc}") from None


def _fit_a4(device: Any) -> None:
    """The scan area: A4 where the device allows, its whole bed where smaller."""
    for corner, limit in (("br_x", A4_MM[0]), ("br_y", A4_MM[1])):
        if corner not in device.opt:
            continue
        constraint = device[corner].constraint
        top = constraint[1] if isinstance(constraint, tuple) else limit
        _set(device, corner, min(limit, float(top)), optional=True)


def ignore_sigpipe() -> None:
    """Put SIGPIPE back to ignored, as Python starts it.

    libsane's reader thread (sanei_thread, used by the test backend and many
    others) leaves SIGPIPE at its default action. The next write to a closed
    socket or pipe anywhere in the shell would then kill it without a word
    (found when make test's workers died so). Python's signal.signal() works
    only in the main thread and this runs in the scanner's, so libc's own.
    """
    libc = ctypes.CDLL(None)
    libc.signal.restype = ctypes.c_void_p
    libc.signal.argtypes = (ctypes.c_int, ctypes.c_void_p)
    libc.signal(signal.SIGPIPE, 1)  # SIG_IGN
