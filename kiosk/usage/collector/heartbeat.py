"""POST /v1/heartbeat: the model of a station's state and its problems in words.

The model mirrors kiosk/usage/heartbeat.py and forbids any other key: what a
station may tell the city is exactly this (no free text of a resident, no
address visited). `problems` turns a heartbeat into the plain words the
fleet page shows and the kinds the alert rules act on.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from kiosk.usage import heartbeat as hb
from kiosk.usage.collector.settings import AlertSettings

Step = Annotated[str, Field(pattern=hb.STEP_RE)]
Hardware = Annotated[str, Field(pattern=hb.HARDWARE_RE)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WipeStepIn(_Strict):
    name: Step
    ok: bool


class WipeIn(_Strict):
    at: datetime | None = None
    steps: Annotated[list[WipeStepIn], Field(max_length=hb.MAX_STEPS)] = []


class TonerIn(_Strict):
    name: Hardware
    percent: Annotated[int, Field(ge=-1, le=100)]


class PrinterIn(_Strict):
    state: hb.PrinterStateWord
    problems: Annotated[list[hb.PrinterProblem], Field(max_length=9)] = []
    toner: Annotated[list[TonerIn], Field(max_length=hb.MAX_TONERS)] = []


class HeartbeatIn(_Strict):
    """A station's state; every key is listed here, any other is refused (422)."""

    station: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")]
    sent_at: datetime
    version: Annotated[str, Field(pattern=hb.VERSION_RE)]
    uptime_seconds: Annotated[int, Field(ge=0, le=10**9)]
    shell_running: bool
    in_service: bool
    out_of_service_reason: hb.OosReason = ""
    out_of_service_since: datetime | None = None
    wipe: WipeIn | None = None
    card_readers: Annotated[list[Hardware], Field(max_length=hb.MAX_READERS)] = []
    printer: PrinterIn | None = None
    scanner: Literal["ok", "missing", "none"] = "none"
    disk_free_percent: Annotated[int, Field(ge=-1, le=100)] = -1
    clock_synchronised: bool | None = None
    last_sync_success: datetime | None = None
    sessions_today: Annotated[int, Field(ge=0, le=10**6)] = 0


class HeartbeatOut(BaseModel):
    station: str
    stored: bool


ADAPTER: TypeAdapter[HeartbeatIn] = TypeAdapter(HeartbeatIn)

OOS_WORDS = {
    "wipe-failed": "out of service: a wipe step failed",
    "staff": "out of service: set by staff",
    "card-left": "out of service: a card was left in the reader",
    "other": "out of service",
}
PRINTER_STATE_WORDS = {
    "stopped": "printer stopped",
    "unreachable": "printer cannot be reached",
    "no-queue": "printer queue missing",
}
PRINTER_PROBLEM_WORDS = {
    "jam": "paper jam",
    "paper-empty": "out of paper",
    "paper-low": "paper running low",
    "toner-empty": "out of toner",
    "toner-low": "toner running low",
    "door": "a printer door is open",
    "offline": "printer offline",
    "paused": "printer paused",
    "other": "printer reports a problem",
}


def problems(beat: HeartbeatIn, rules: AlertSettings) -> list[tuple[str, str]]:
    """(kind, plain words) of everything wrong with the station, in page order.

    Being out of service is the station's state, not listed here; the alert
    rules read it from the state (a failed wipe is both, and one incident).
    """
    found: list[tuple[str, str]] = []
    failed = [s.name for s in beat.wipe.steps if not s.ok] if beat.wipe else []
    if failed:
        found.append(("wipe-failed", "wipe failed: " + ", ".join(failed)))
    elif not beat.in_service and beat.out_of_service_reason == "wipe-failed":
        found.append(("wipe-failed", "a wipe step failed"))
    if not beat.shell_running:
        found.append(("shell", "the kiosk program is not running"))
    if beat.printer is not None:
        words_ = []
        if beat.printer.state in PRINTER_STATE_WORDS:
            words_.append(PRINTER_STATE_WORDS[beat.printer.state])
        words_ += [
            PRINTER_PROBLEM_WORDS[p] for p in beat.printer.problems if p != "toner-low"
        ]
        if words_:
            found.append(("printer", ", ".join(words_)))
        low = [
            f"{t.name} {t.percent} %"
            for t in beat.printer.toner
            if 0 <= t.percent < rules.toner_below_percent
        ]
        if low or "toner-low" in beat.printer.problems:
            found.append(("toner-low", "toner low: " + (", ".join(low) or "reported")))
    if 0 <= beat.disk_free_percent < rules.disk_free_below_percent:
        found.append(("disk-low", f"disk almost full: {beat.disk_free_percent} % free"))
    if beat.clock_synchronised is False:
        found.append(("clock", "clock not synchronised"))
    return _merged(found)


def _merged(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One entry per kind (a failed wipe shows its reason and its steps)."""
    out: dict[str, list[str]] = {}
    for kind, words in found:
        out.setdefault(kind, []).append(words)
    return [(kind, "; ".join(words)) for kind, words in out.items()]


def fingerprint(in_service: bool, reason: str, kinds: str, words: str) -> str:
    """Changes whenever the page would show the station differently."""
    text = f"{in_service}|{reason}|{kinds}|{words}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]
