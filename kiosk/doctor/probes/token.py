"""The station's collector token, found the way the sync unit gets it.

The unit loads /etc/buergerterminal/usage-token.cred (made by `systemd-creds
encrypt`, readable by root only) with LoadCredentialEncrypted=. The doctor
reads $CREDENTIALS_DIRECTORY/buergerterminal-usage when it runs under such a
unit, else decrypts the file itself with `systemd-creds decrypt`, which only
root can. The token is kept in memory for the one request and never printed.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kiosk.doctor import NotPermitted, ProbeFailed
from kiosk.doctor.checks import TOKEN_FILE
from kiosk.usage.credentials import SERVICE

Run = Callable[..., subprocess.CompletedProcess[str]]


class StationToken:
    def __init__(
        self,
        cred_file: Path = Path(TOKEN_FILE),
        env: Mapping[str, str] | None = None,
        run: Run = subprocess.run,
    ) -> None:
        self._file = cred_file
        self._env = os.environ if env is None else env
        self._run = run

    def token(self) -> str | None:
        folder = self._env.get("CREDENTIALS_DIRECTORY")
        if folder:
            loaded = Path(folder) / SERVICE
            if loaded.is_file():
                return loaded.read_text(encoding="utf-8").strip() or None
        if not self._file.exists():
            return None
        if not os.access(self._file, os.R_OK):
            raise NotPermitted(f"{self._file} is readable by root only")
        kwargs: dict[str, Any] = {"capture_output": True, "text": True, "timeout": 30}
        try:
            done = self._run(
                ["systemd-creds", "decrypt", f"--name={SERVICE}", str(self._file), "-"],
                check=False,
                **kwargs,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ProbeFailed(f"systemd-creds: {exc}") from None
        if done.returncode != 0:
            why = (done.stderr.strip().splitlines() or ["no reason given"])[-1]
            raise ProbeFailed(f"systemd-creds cannot decrypt {self._file}: {why}")
        return done.stdout.strip() or None
