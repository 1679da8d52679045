"""Run vicc (the virtual smart card) with one bug fixed, for the demo and tests.

vicc reads the class byte 0xFF of PC/SC pseudo-APDUs (AusweisApp sends
FF 9A 01 01 to ask about the reader) as "proprietary secure messaging", and
then fails to encrypt its error answer without a session key. The exception
escapes and vicc exits: the card seems pulled from the reader, at a moment
that depends on when AusweisApp probes. Here the card answers that status
word in plain instead, as a real card would refuse an unknown instruction.

Usage: python vicc_run.py /usr/bin/vicc [vicc's arguments]
"""

from __future__ import annotations

import runpy
import sys
from typing import Any


def _patch() -> None:
    from virtualsmartcard.SWutils import SwError
    from virtualsmartcard.utils import R_APDU, inttostring
    from virtualsmartcard.VirtualSmartcard import Iso7816OS

    execute = Iso7816OS.execute

    def execute_answering_in_plain(self: Any, msg: bytes) -> bytes:
        try:
            return execute(self, msg)
        except SwError as error:
            return R_APDU(b"", inttostring(error.sw)).render()

    Iso7816OS.execute = execute_answering_in_plain


if __name__ == "__main__":
    vicc, *args = sys.argv[1:]
    _patch()
    sys.argv = [vicc, *args]
    runpy.run_path(vicc, run_name="__main__")
