"""The job ids of this station's resident jobs, kept on disk across crashes.

Before a document goes to CUPS, a `pending <unix time>` line is written and
synced; once CUPS has given the job its id, the id replaces that line. So
whatever happens (a crash of the shell, of cupsd, a power cut), the wipe and
the next start find exactly the jobs residents made, and only them: the ids,
and for a submit that was cut short, the station's held jobs created since
that time (`cleanup.purge_jobs`). An id is forgotten once CUPS confirms the
job is gone.
"""

from __future__ import annotations

import os
from pathlib import Path

_PENDING = "pending"


class JobIdStore:
    """Job ids that may still be in CUPS, one per line, and a pending submit."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def ids(self) -> tuple[int, ...]:
        return self._read()[0]

    def pending_since(self) -> int | None:
        """When a submit began whose job id never arrived (unix seconds)."""
        return self._read()[1]

    def begin_submit(self, now: float) -> None:
        self._write(self.ids(), int(now))

    def add(self, job_id: int) -> None:
        """Record a submitted job; this ends the pending submit."""
        if job_id <= 0:
            raise ValueError(f"{job_id} is not a CUPS job id (they start at 1)")
        ids = self.ids()
        self._write(ids if job_id in ids else (*ids, job_id), None)

    def remove(self, job_id: int) -> None:
        ids, pending = self._read()
        if job_id in ids:
            self._write(tuple(x for x in ids if x != job_id), pending)

    def end_pending(self) -> None:
        self._write(self.ids(), None)

    def _read(self) -> tuple[tuple[int, ...], int | None]:
        try:
            text = self._path.read_text(encoding="ascii", errors="replace")
        except FileNotFoundError:
            return (), None
        ids: dict[int, None] = {}
        pending = None
        for line in text.splitlines():  # anything else names no job: ignored
            word, _, rest = line.strip().partition(" ")
            if _is_number(word):
                ids[int(word)] = None
            elif word == _PENDING and _is_number(rest):
                pending = int(rest)
        return tuple(ids), pending

    def _write(self, ids: tuple[int, ...], pending: int | None) -> None:
        lines = [f"{x}\n" for x in ids]
        if pending is not None:
            lines.append(f"{_PENDING} {pending}\n")
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_suffix(".tmp")
        with open(tmp, "w", encoding="ascii") as fh:
            fh.write("".join(lines))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self._path)


def _is_number(word: str) -> bool:
    return word.isascii() and word.isdigit() and int(word) > 0
