"""speech-dispatcher as the shell meets it: its socket, and its logs, which
the wipe empties and proves empty (fail closed).

Read aloud (QtTextToSpeech) and Orca autospawn one speech-dispatcher for the
shell's whole life. It keeps its socket, pid file and logs in
`$XDG_RUNTIME_DIR/speech-dispatcher/` (`~/.cache/speech-dispatcher/` without
a runtime folder), and that folder outlives every session: on a station the
runtime folder lives as long as the service. At LogLevel 5 the daemon logs
the text it speaks, an output module with `Debug 1` logs it too. The
station's speechd.conf (deploy/speech) sets LogLevel 0, so the logs stay
empty; this step does not rely on it: it truncates every file below the log
folders (the daemon holds them open and appends) and proves each is empty,
or the station goes out of service.

Pure (no Qt): table-tested in tests/speech/test_speechd.py.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Mapping
from pathlib import Path

from kiosk.session.wipe import WipeStepFailed


def socket_path(env: Mapping[str, str]) -> Path | None:
    """The Unix socket libspeechd talks to (None: an inet address or unknown)."""
    address = env.get("SPEECHD_ADDRESS", "")
    if address:
        method, _, path = address.partition(":")
        if method != "unix_socket":
            return None
        if path and path != "default":
            return Path(path)
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime:
        return Path(runtime) / "speech-dispatcher" / "speechd.sock"
    home = env.get("HOME", "")
    return Path(home) / ".cache/speech-dispatcher/speechd.sock" if home else None


def log_folders(env: Mapping[str, str]) -> list[Path]:
    """Where speech-dispatcher writes its logs for the shell's user."""
    out = []
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime:
        out.append(Path(runtime) / "speech-dispatcher" / "log")
    cache = env.get("XDG_CACHE_HOME", "") or (
        str(Path(env["HOME"]) / ".cache") if env.get("HOME") else ""
    )
    if cache:
        out.append(Path(cache) / "speech-dispatcher" / "log")
    return out


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.rglob("*") if not p.is_dir()]


class SpeechdLogs:
    """The wipe step "speech-logs"."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SpeechdLogs:
        return cls(log_folders(os.environ if env is None else env))

    def left(self) -> list[Path]:
        """Files below the log folders that hold something (not empty)."""
        out = []
        for folder in self.folders:
            for path in _files(folder):
                try:
                    if path.lstat().st_size > 0 or not path.is_file():
                        out.append(path)
                except FileNotFoundError:
                    continue
        return out

    def wipe(self, passes: int = 3, pause: float = 0.05) -> None:
        """Empty every log file; any that cannot be emptied fails the step.

        A few passes: an output module that speech-dispatcher starts again
        right then writes its start-up lines into a file just emptied.
        """
        left = self.left()
        for _ in range(passes):
            if not left:
                return
            for path in left:
                # A file that stays is named below; anything not a plain file
                # (a link, a pipe) is no log of ours: removed, never followed.
                with contextlib.suppress(OSError):
                    if path.is_file() and not path.is_symlink():
                        os.truncate(path, 0)
                    else:
                        path.unlink()
            time.sleep(pause)
            left = self.left()
        if left:
            names = ", ".join(p.name for p in left[:3])
            raise WipeStepFailed(
                f"speech: {len(left)} speech-dispatcher log file(s) could not be "
                f"emptied ({names}); check the permissions of {self.folders[0]}"
            )
