"""`kiosk cardreader status` against the private pcscd."""

from __future__ import annotations

import time

import pytest

from kiosk.cli import main
from kiosk.daemons.pcsc import READERS, PcscDaemon, VirtualCard

pytestmark = pytest.mark.pcscd


def test_status_lists_readers_and_cards(
    pcscd: PcscDaemon, card: VirtualCard, capsys: pytest.CaptureFixture[str]
) -> None:
    card.insert()
    # The card shows once pcscd has polled the virtual reader (every 400 ms).
    for _ in range(100):
        assert main(["cardreader", "status"]) == 0
        out = capsys.readouterr().out
        if "contact card present" in out:
            break
        time.sleep(0.1)
    assert f"{READERS[0]}: contact card present; no PIN pad" in out
    assert f"{READERS[1]}: no card" in out


def test_status_without_pcscd_says_so(
    pcscd: PcscDaemon, capsys: pytest.CaptureFixture[str]
) -> None:
    pcscd.stop()
    assert main(["cardreader", "status"]) == 2
    assert "pcscd" in capsys.readouterr().err
