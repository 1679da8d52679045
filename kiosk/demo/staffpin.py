"""The demo's staff PIN: the real verifier process, with a PIN everyone may know.

`kiosk demo` starts `kiosk staff verifier` (kiosk.daemons.verifier) on a
socket in its own temp folder (no root, no system user) with the PIN
`DEMO_PIN`, so the staff panel can be tried: tap the top-right corner five
times (or Ctrl+Alt+Shift+S), then type the PIN. Started and stopped by PID,
with the demo.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.daemons.verifier import VerifierProcess

DEMO_PIN = "246810"


def demo_verifier(folder: Path) -> VerifierProcess:
    """The verifier for `folder`, its PIN set to DEMO_PIN; not started yet."""
    from kiosk.staff.pin import hash_pin
    from kiosk.staff.store import PinStore

    state_dir = folder / "staffpin"
    state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(state_dir, 0o700)  # the verifier refuses a readable folder
    PinStore(state_dir).save_record(hash_pin(DEMO_PIN))
    return VerifierProcess(socket=folder / "staff-pin.sock", state_dir=state_dir)
