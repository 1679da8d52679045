"""Per-session CUPS labels and the small file that remembers them across crashes.

A label (`k-` + 10 hex digits) is the `requesting-user-name` of a session's
jobs. It is written to disk *before* the first job is submitted, so that after
a crash or power cut the next start finds that session's jobs and removes them.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

LABEL_RE = re.compile(r"^k-[0-9a-f]{10}$")


def new_label() -> str:
    return "k-" + secrets.token_hex(5)


class LabelStore:
    """Labels whose jobs may still be in CUPS, one per line."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def labels(self) -> tuple[str, ...]:
        try:
            lines = self._path.read_text(encoding="ascii").split()
        except FileNotFoundError:
            return ()
        # Anything else in the file is ignored: it cannot name a session's jobs.
        return tuple(dict.fromkeys(x for x in lines if LABEL_RE.match(x)))

    def add(self, label: str) -> None:
        if not LABEL_RE.match(label):
            raise ValueError(f"{label!r} is not a session label like 'k-0123456789'")
        if label in self.labels():
            return
        self._write((*self.labels(), label))

    def remove(self, label: str) -> None:
        self._write(tuple(x for x in self.labels() if x != label))

    def _write(self, labels: tuple[str, ...]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_suffix(".tmp")
        with open(tmp, "w", encoding="ascii") as fh:
            fh.write("".join(f"{x}\n" for x in labels))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self._path)
