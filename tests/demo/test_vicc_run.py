"""The virtual card stays in the reader when AusweisApp asks the reader about
itself (pseudo-APDU FF 9A 01 01): unpatched vicc exits on it, and the shell
then sees the card pulled out."""

from __future__ import annotations

import time

from kiosk.daemons.pcsc import READERS, VirtualCard

READER_INFO = [0xFF, 0x9A, 0x01, 0x01, 0x00]  # what AusweisApp sends
SELECT_MF = [0x00, 0xA4, 0x00, 0x0C, 0x02, 0x3F, 0x00]


def _transmit_each(apdus: list[list[int]]) -> list[tuple[int, int]]:
    """Status words of `apdus`, sent to the card in reader 0 through pcscd."""
    from smartcard import scard as s

    hr, context = s.SCardEstablishContext(s.SCARD_SCOPE_USER)
    assert hr == s.SCARD_S_SUCCESS, s.SCardGetErrorMessage(hr)
    try:
        deadline = time.monotonic() + 10
        while True:  # vpcd reports the card on its next poll
            hr, handle, protocol = s.SCardConnect(
                context, READERS[0], s.SCARD_SHARE_SHARED, s.SCARD_PROTOCOL_T1
            )
            if hr == s.SCARD_S_SUCCESS or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert hr == s.SCARD_S_SUCCESS, s.SCardGetErrorMessage(hr)
        words = []
        for apdu in apdus:
            hr, answer = s.SCardTransmit(handle, protocol, apdu)
            if hr != s.SCARD_S_SUCCESS or len(answer) < 2:
                break  # the card is gone: the caller says so
            words.append((answer[-2], answer[-1]))
        s.SCardDisconnect(handle, s.SCARD_LEAVE_CARD)
        return words
    finally:
        s.SCardReleaseContext(context)


def test_the_card_answers_a_reader_pseudo_apdu_and_stays(card: VirtualCard) -> None:
    card.insert()
    words = _transmit_each([READER_INFO, SELECT_MF])
    assert not card.gone(), "vicc exited:\n" + "\n".join(card.last_lines)
    assert len(words) == 2
    assert words[0] != (0x90, 0x00)  # refused, as a card refuses what it lacks
    assert words[1] == (0x90, 0x00)  # and still at work afterwards
