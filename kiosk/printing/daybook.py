"""What staff collect for printing today, on disk so a restart loses nothing.

This small file adds up every booked job of the day (price, pages) as the
flow reports it done, and starts from zero on a new local day. Sums only: no
job ids, no times, no document data, nothing about a session.

Pure apart from the one JSON file: no Qt, no CUPS. Writes are atomic (temp
file, fsync, rename), so a power cut keeps the old or the new sum.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from kiosk import log as klog


@dataclass(frozen=True)
class DayMoney:
    day: str  # ISO date, station-local
    amount_cents: int = 0  # to collect
    jobs: int = 0  # booked jobs
    pages: int = 0  # booked impressions


class PrintDayBook:
    """`add` from the GUI thread, `today` from any thread."""

    def __init__(self, path: Path | str, today: Callable[[], date]) -> None:
        self.path = Path(path)
        self._today = today
        self._lock = threading.Lock()

    def today(self) -> DayMoney:
        day = self._today().isoformat()
        with self._lock:
            stored = self._load()
        return stored if stored.day == day else DayMoney(day)

    def add(self, amount_cents: int, pages: int) -> DayMoney:
        """Book one job's price and pages on today."""
        if amount_cents < 0 or pages < 0:
            raise ValueError("a booked job has no negative price or pages")
        day = self._today().isoformat()
        with self._lock:
            stored = self._load()
            if stored.day != day:
                stored = DayMoney(day)
            new = DayMoney(
                day,
                stored.amount_cents + amount_cents,
                stored.jobs + 1,
                stored.pages + pages,
            )
            self._save(new)
        return new

    def _load(self) -> DayMoney:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return DayMoney("")
        except (OSError, ValueError) as exc:
            klog.printing.warning(
                "%s unreadable (%s); today starts at 0", self.path, exc
            )
            return DayMoney("")
        try:
            money = DayMoney(
                day=str(data["day"]),
                amount_cents=int(data["amount_cents"]),
                jobs=int(data["jobs"]),
                pages=int(data["pages"]),
            )
        except (ValueError, KeyError, TypeError):
            klog.printing.warning("%s is damaged; today starts at 0", self.path)
            return DayMoney("")
        return money

    def _save(self, money: DayMoney) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(asdict(money), fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
