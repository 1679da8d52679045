"""The job ids of this station's resident jobs, kept on disk across crashes.

Before a document goes to CUPS, a `pending <unix time>` line is written and
synced; once CUPS has given the job its id, the id replaces that line. So
whatever happens (a crash of the shell, of cupsd, a power cut), the wipe and
the next start find exactly the jobs residents made, and only them: the ids,
and for a submit that was cut short, the station's held jobs created since
that time (`cleanup.purge_jobs`). An id is forgotten once CUPS confirms the
job is gone.

Each id carries the pages the job was booked at ("<id> <pages>") until the
shell has settled it (booked or refunded): a job whose shell died before
that (a crash, a SIGKILL) is booked by the next wipe if its pages may be out
(`unsettled`, `cleanup.purge_jobs`), so pages printed are pages charged.
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
        return tuple(self._read()[0])

    def unsettled(self) -> dict[int, int]:
        """Jobs not yet settled by their shell: id -> pages booked if out."""
        return {x: pages for x, pages in self._read()[0].items() if pages}

    def pending_since(self) -> int | None:
        """When a submit began whose job id never arrived (unix seconds)."""
        return self._read()[1]

    def begin_submit(self, now: float) -> None:
        self._write(self._read()[0], int(now))

    def add(self, job_id: int, pages: int = 0) -> None:
        """Record a submitted job (and its pages until it is settled); this
        ends the pending submit."""
        if job_id <= 0:
            raise ValueError(f"{job_id} is not a CUPS job id (they start at 1)")
        jobs = self._read()[0]
        jobs[job_id] = max(pages, jobs.get(job_id, 0))
        self._write(jobs, None)

    def settle(self, job_id: int) -> None:
        """The job is booked or refunded: nothing of it is left to book."""
        jobs, pending = self._read()
        if jobs.get(job_id):
            jobs[job_id] = 0
            self._write(jobs, pending)

    def remove(self, job_id: int) -> None:
        jobs, pending = self._read()
        if job_id in jobs:
            del jobs[job_id]
            self._write(jobs, pending)

    def end_pending(self) -> None:
        self._write(self._read()[0], None)

    def _read(self) -> tuple[dict[int, int], int | None]:
        try:
            text = self._path.read_text(encoding="ascii", errors="replace")
        except FileNotFoundError:
            return {}, None
        jobs: dict[int, int] = {}
        pending = None
        for line in text.splitlines():  # anything else names no job: ignored
            word, _, rest = line.strip().partition(" ")
            if _is_number(word):
                jobs[int(word)] = int(rest) if _is_number(rest) else 0
            elif word == _PENDING and _is_number(rest):
                pending = int(rest)
        return jobs, pending

    def _write(self, jobs: dict[int, int], pending: int | None) -> None:
        lines = [f"{x} {pages}\n" if pages else f"{x}\n" for x, pages in jobs.items()]
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
