"""The one seam to PC/SC: a few WinSCard calls through pyscard's `scard`.

Only presence calls and the reader feature query; never an APDU.
"""

from __future__ import annotations

from typing import Protocol

from kiosk.cardreader.errors import PcscError
from kiosk.cardreader.features import ReaderFeatures, parse_features

PNP_READER = "\\\\?PnP?\\Notification"
INFINITE = 0x7FFFFFFF

# Result codes the watcher reacts to (winscard, as unsigned 32-bit values).
E_CANCELLED = 0x80100002
E_INVALID_HANDLE = 0x80100003
E_UNKNOWN_READER = 0x80100009
E_TIMEOUT = 0x8010000A
F_COMM_ERROR = 0x80100013  # "RPC transport error": pcscd died mid-call
E_READER_UNAVAILABLE = 0x80100017
E_NO_SERVICE = 0x8010001D
E_SERVICE_STOPPED = 0x8010001E
E_NO_READERS_AVAILABLE = 0x8010002E

ReaderState = tuple[str, int]
ReaderEvent = tuple[str, int, bytes]


class PcscApi(Protocol):
    def establish(self) -> int: ...

    def release(self, context: int) -> None: ...

    def list_readers(self, context: int) -> list[str]: ...

    def get_status_change(
        self, context: int, timeout_ms: int, states: list[ReaderState]
    ) -> list[ReaderEvent]: ...

    def cancel(self, context: int) -> None: ...


class ScardApi:
    """pyscard's low-level module; imported lazily so pure code never loads it."""

    def __init__(self) -> None:
        from smartcard import scard

        self._s = scard

    def establish(self) -> int:
        hr, context = self._s.SCardEstablishContext(self._s.SCARD_SCOPE_USER)
        self._check("SCardEstablishContext", hr)
        return int(context)

    def release(self, context: int) -> None:
        self._s.SCardReleaseContext(context)

    def list_readers(self, context: int) -> list[str]:
        hr, readers = self._s.SCardListReaders(context, [])
        if hr & 0xFFFFFFFF == E_NO_READERS_AVAILABLE:
            return []
        self._check("SCardListReaders", hr)
        return [str(r) for r in readers]

    def get_status_change(
        self, context: int, timeout_ms: int, states: list[ReaderState]
    ) -> list[ReaderEvent]:
        hr, result = self._s.SCardGetStatusChange(context, timeout_ms, states)
        self._check("SCardGetStatusChange", hr)
        return [(str(name), int(event), bytes(atr)) for name, event, atr in result]

    def cancel(self, context: int) -> None:
        self._s.SCardCancel(context)

    def read_features(self, reader: str) -> ReaderFeatures:
        """Ask the driver for its part-10 features (direct connection, no card I/O)."""
        s = self._s
        context = self.establish()
        try:
            hr, card, _protocol = s.SCardConnect(
                context, reader, s.SCARD_SHARE_DIRECT, 0
            )
            self._check("SCardConnect", hr)
            try:
                code = s.SCARD_CTL_CODE(3400)  # CM_IOCTL_GET_FEATURE_REQUEST
                hr, answer = s.SCardControl(card, code, [])
                if hr != s.SCARD_S_SUCCESS:
                    return ReaderFeatures()  # no part-10 support: no PIN pad
                return parse_features(bytes(answer))
            finally:
                s.SCardDisconnect(card, s.SCARD_LEAVE_CARD)
        finally:
            self.release(context)

    @staticmethod
    def _check(call: str, hr: int) -> None:
        if hr != 0:
            raise PcscError(call, hr)
