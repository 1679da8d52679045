"""Staff PIN: cost of one scrypt check (the slow hash) and one verifier round trip.

Reference: one SHA-256 of the same PIN, measured in the same run.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from bench.common import Result, median_ms, time_runs
from kiosk.staff import pin as pinlib
from kiosk.staff.lockout import LockoutPolicy
from kiosk.staff.protocol import Request
from kiosk.staff.store import PinStore
from kiosk.staff.verifier import PinService


def run() -> list[Result]:
    runs = 9
    record = pinlib.hash_pin("482913")
    reference = median_ms(time_runs(lambda: hashlib.sha256(b"482913").digest(), runs))
    check = median_ms(time_runs(lambda: pinlib.matches("482913", record), runs))
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp)
        state.chmod(0o700)
        store = PinStore(state)
        store.save_record(record)
        service = PinService(store, LockoutPolicy())
        handle = median_ms(
            time_runs(lambda: service.handle(Request("VERIFY", "482913")), runs)
        )
    return [
        Result(
            "staff.scrypt_check",
            check,
            "ms",
            runs,
            "sha256",
            reference,
            note="n=2^15 r=8 p=1",
        ),
        Result(
            "staff.verify_request",
            handle,
            "ms",
            runs,
            "sha256",
            reference,
            note="gate + count first (fsync) + scrypt + reset (fsync)",
        ),
    ]
