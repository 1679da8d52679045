"""The verifier's files: the PIN hash and the failure counter.

Both live in one directory owned by the verifier's own user (mode 0700,
files 0600). Writes are atomic (temp file, fsync, rename, fsync of the
directory) so a kill or power cut leaves either the old or the new state.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from kiosk.staff.errors import PinRecordError, PinStoreError
from kiosk.staff.lockout import Attempts
from kiosk.staff.pin import PinRecord

HASH_FILE = "pin.hash"
ATTEMPTS_FILE = "attempts.json"


class PinStore:
    def __init__(self, state_dir: Path | str) -> None:
        self.dir = Path(state_dir)

    def check_dir(self) -> None:
        """Raise PinStoreError unless the directory exists and only its owner
        can enter it."""
        try:
            info = self.dir.stat()
        except FileNotFoundError:
            raise PinStoreError(
                f"{self.dir}: no such directory; create it (mode 0700) for the "
                "verifier's user, or let systemd's StateDirectory= do it"
            ) from None
        if not stat.S_ISDIR(info.st_mode):
            raise PinStoreError(f"{self.dir}: not a directory")
        if info.st_mode & 0o077:
            raise PinStoreError(
                f"{self.dir}: others can read it (mode {info.st_mode & 0o777:o}); "
                f"run: chmod 0700 {self.dir}"
            )

    # -- the hash ------------------------------------------------------------

    def load_record(self) -> PinRecord | None:
        """The stored hash, or None when no PIN was set."""
        try:
            line = (self.dir / HASH_FILE).read_text(encoding="ascii")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise PinRecordError(
                f"{self.dir / HASH_FILE}: cannot read: {exc}"
            ) from None
        try:
            return PinRecord.from_line(line)
        except PinRecordError as exc:
            raise PinRecordError(
                f"{self.dir / HASH_FILE}: {exc}; set the PIN again with "
                "`kiosk staff set-pin`"
            ) from None

    def save_record(self, record: PinRecord) -> None:
        """Store a new PIN hash and start with a clean failure counter."""
        self._write(HASH_FILE, record.to_line() + "\n")
        self.save_attempts(Attempts())

    # -- the counter ---------------------------------------------------------

    def load_attempts(self) -> Attempts | None:
        """The persisted counter; None when the file is unreadable (the caller
        then fails closed). A missing file is a clean counter."""
        try:
            data = json.loads((self.dir / ATTEMPTS_FILE).read_text(encoding="utf-8"))
            failures, not_before = data["failures"], data["not_before"]
        except FileNotFoundError:
            return Attempts()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if (
            not isinstance(failures, int)
            or failures < 0
            or not isinstance(not_before, int | float)
        ):
            return None
        return Attempts(failures, float(not_before))

    def save_attempts(self, attempts: Attempts) -> None:
        text = json.dumps(
            {"failures": attempts.failures, "not_before": attempts.not_before}
        )
        self._write(ATTEMPTS_FILE, text + "\n")

    # -- internals -----------------------------------------------------------

    def _write(self, name: str, text: str) -> None:
        target = self.dir / name
        tmp = self.dir / f".{name}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, text.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
            dir_fd = os.open(self.dir, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError as exc:
            raise PinStoreError(f"{target}: cannot write: {exc.strerror}") from None
