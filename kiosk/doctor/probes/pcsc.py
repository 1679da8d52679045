"""pcscd through pyscard: list the readers, nothing else (never touches a card)."""

from __future__ import annotations

from kiosk.doctor import ProbeFailed

# pcsc-lite return codes that still mean "the daemon answered".
_NO_READERS = 0x8010002E  # SCARD_E_NO_READERS_AVAILABLE


class PyscardReaders:
    """Asks the pcscd that libpcsclite finds (PCSCLITE_CSOCK_NAME or the default)."""

    def readers(self) -> list[str]:
        from smartcard import scard

        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise ProbeFailed(scard.SCardGetErrorMessage(hresult).strip())
        try:
            hresult, readers = scard.SCardListReaders(context, [])
            if hresult == _NO_READERS or (hresult & 0xFFFFFFFF) == _NO_READERS:
                return []
            if hresult != scard.SCARD_S_SUCCESS:
                raise ProbeFailed(scard.SCardGetErrorMessage(hresult).strip())
            return [str(r) for r in readers]
        finally:
            scard.SCardReleaseContext(context)
