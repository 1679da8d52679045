"""The chaos walk's pure core: a seeded plan of sessions and faults, and the books.

`plan(seed, sessions)` turns a seed into the whole walk: for each resident
session what they do (services, a download, a print) and at most one fault,
when it hits (`Phase`) and how long it lasts in simulated minutes. The same
seed always gives the same walk, so any failure replays with
`BENCH_CHAOS_SEED`.

`Tally` keeps the books the driver (bench/chaos.py) fills in after every
session: what the next resident found (`Handover`), counts the station made
against what the collector holds, pages charged against pages printed,
minutes out of service, and whether the station came back when it could.
No Qt, no daemons: table-tested in tests/bench/test_chaos_plan.py.
"""

from __future__ import annotations

import enum
import random
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


class Fault(enum.StrEnum):
    """What can go wrong during one session (one fault per session at most)."""

    RENDERER_KILL = "renderer-kill"  # SIGKILL the page's QtWebEngineProcess
    CUPSD_KILL = "cupsd-kill"  # SIGKILL cupsd; restarted at once, as systemd would
    CUPSD_DOWN = "cupsd-down"  # cupsd killed and kept down past the session's wipe
    COLLECTOR_KILL = "collector-kill"  # SIGKILL the city's collector
    POSTGRES_KILL = "postgres-kill"  # SIGKILL the collector's PostgreSQL
    SYNC_KILL = "sync-kill"  # SIGKILL `kiosk usage sync` while it sends
    NETWORK_LOSS = "network-loss"  # the collector unreachable for minutes to days
    HUNG_PAGE = "hung-page"  # a page running `while (true) {}`
    PRINT_STORM = "print-storm"  # a page calling window.print() in a loop
    BIG_DOWNLOAD = "big-download"  # a download larger than the cap
    PAPER_JAM = "paper-jam"  # the printer jams during the session's print
    SHELL_KILL = "shell-kill"  # SIGKILL the shell; started again with its boot wipe
    AUSWEISAPP_KILL = "ausweisapp-kill"  # SIGKILL the session's AusweisApp
    PCSCD_KILL = "pcscd-kill"  # SIGKILL pcscd; restarted at once
    CARD_LEFT = "card-left"  # a card put in at the start and left in the reader
    CARD_PULLED = "card-pulled"  # the card pulled out while an eID login runs
    DISK_FULL_SESSION = "disk-full-session"  # the session folder's disk fills up
    DISK_FULL_COUNTERS = "disk-full-counters"  # the counter folder's disk fills up


class Phase(enum.StrEnum):
    """When in the session the fault hits."""

    START = "start"  # right after Start, before any page
    BROWSING = "browsing"  # with a service page open
    PRINTING = "printing"  # while the session's print job is on its way
    ENDING = "ending"  # just before End session (so during the wipe's work)


# Faults that only make sense at certain moments.
PHASES: Mapping[Fault, tuple[Phase, ...]] = {
    Fault.RENDERER_KILL: (Phase.BROWSING, Phase.PRINTING),
    Fault.CUPSD_KILL: (Phase.BROWSING, Phase.PRINTING, Phase.ENDING),
    Fault.CUPSD_DOWN: (Phase.PRINTING, Phase.ENDING),
    Fault.COLLECTOR_KILL: (Phase.START, Phase.BROWSING, Phase.ENDING),
    Fault.POSTGRES_KILL: (Phase.START, Phase.BROWSING, Phase.ENDING),
    Fault.SYNC_KILL: (Phase.ENDING,),
    Fault.NETWORK_LOSS: (Phase.START, Phase.ENDING),
    Fault.HUNG_PAGE: (Phase.BROWSING,),
    Fault.PRINT_STORM: (Phase.BROWSING,),
    Fault.BIG_DOWNLOAD: (Phase.BROWSING,),
    Fault.PAPER_JAM: (Phase.PRINTING,),
    Fault.SHELL_KILL: (Phase.START, Phase.BROWSING, Phase.PRINTING, Phase.ENDING),
    Fault.AUSWEISAPP_KILL: (Phase.START, Phase.BROWSING, Phase.ENDING),
    Fault.PCSCD_KILL: (Phase.START, Phase.BROWSING, Phase.ENDING),
    Fault.CARD_LEFT: (Phase.START,),
    Fault.CARD_PULLED: (Phase.BROWSING,),
    Fault.DISK_FULL_SESSION: (Phase.START, Phase.BROWSING, Phase.ENDING),
    Fault.DISK_FULL_COUNTERS: (Phase.START, Phase.BROWSING, Phase.ENDING),
}

# Out-of-service reasons only staff may clear (the station must not clear them
# by itself); every other outage must end by itself once its fault is gone.
STAFF_ONLY = frozenset({"staff", "card-left"})

# Faults that need the session to print.
NEEDS_PRINT = frozenset({Fault.PAPER_JAM, Fault.CUPSD_DOWN})

SERVICES = ("buergerservice", "jobs")


@dataclass(frozen=True)
class Step:
    """One resident session of the walk."""

    index: int  # 1-based
    services: tuple[str, ...]  # opened in this order (at least one)
    download: bool  # the job portal's PDF into the session folder
    prints: bool  # one page printed and confirmed
    fault: Fault | None
    phase: Phase
    outage_minutes: int  # simulated minutes the fault lasts (network loss)
    gap_minutes: int  # simulated minutes since the previous session began
    sync_after: bool  # `kiosk usage sync` runs after this session

    def as_json(self) -> dict[str, object]:
        return {
            "index": self.index,
            "services": list(self.services),
            "download": self.download,
            "prints": self.prints,
            "fault": self.fault.value if self.fault else None,
            "phase": self.phase.value,
            "outage_minutes": self.outage_minutes,
            "gap_minutes": self.gap_minutes,
            "sync_after": self.sync_after,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Step:
        fault = data["fault"]
        return cls(
            index=int(str(data["index"])),
            services=tuple(str(s) for s in _list(data["services"])),
            download=bool(data["download"]),
            prints=bool(data["prints"]),
            fault=Fault(str(fault)) if fault else None,
            phase=Phase(str(data["phase"])),
            outage_minutes=int(str(data["outage_minutes"])),
            gap_minutes=int(str(data["gap_minutes"])),
            sync_after=bool(data["sync_after"]),
        )


def _list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _outage_minutes(rng: random.Random) -> int:
    """Minutes to days, log-spread: most outages short, some long."""
    return round(10 ** rng.uniform(0.5, 3.9))  # 3 min … ~5.5 days


def plan(
    seed: int,
    sessions: int,
    *,
    fault_rate: float = 0.5,
    kinds: Iterable[Fault] = tuple(Fault),
    sync_every: int = 8,
) -> list[Step]:
    """The whole walk for `seed`: deterministic, one fault per session at most."""
    if sessions < 0:
        raise ValueError(f"sessions must be ≥ 0, not {sessions}")
    if not 0.0 <= fault_rate <= 1.0:
        raise ValueError(f"fault_rate must be within 0…1, not {fault_rate}")
    pool = sorted(set(kinds), key=lambda f: f.value)
    rng = random.Random(seed)
    steps = []
    for index in range(1, sessions + 1):
        services = tuple(rng.sample(SERVICES, rng.randint(1, len(SERVICES))))
        fault = rng.choice(pool) if pool and rng.random() < fault_rate else None
        prints = rng.random() < 0.3 or fault in NEEDS_PRINT
        download = rng.random() < 0.3
        phases = PHASES[fault] if fault else (Phase.BROWSING,)
        if fault is not None and not prints:
            phases = tuple(p for p in phases if p is not Phase.PRINTING) or phases
        phase = rng.choice(phases)
        outage = _outage_minutes(rng) if fault is Fault.NETWORK_LOSS else 0
        steps.append(
            Step(
                index=index,
                services=services,
                download=download,
                prints=prints,
                fault=fault,
                phase=phase,
                outage_minutes=outage,
                gap_minutes=rng.randint(2, 40),
                sync_after=index % sync_every == 0 or fault is Fault.SYNC_KILL,
            )
        )
    return steps


def simulated_span(steps: Iterable[Step]) -> int:
    """Simulated minutes the whole walk covers (gaps and outages)."""
    return sum(s.gap_minutes + s.outage_minutes for s in steps)


# -- the books ------------------------------------------------------------------


@dataclass(frozen=True)
class Handover:
    """What the station shows, and holds, when the next resident walks up."""

    state: str  # the lifecycle state's value ("welcome", "out_of_service", …)
    reason: str  # the out-of-service reason staff read ("" in service)
    traces: tuple[str, ...] = ()  # what is left of the last resident

    @property
    def out_of_service(self) -> bool:
        return self.state == "out_of_service"

    @property
    def dirty(self) -> bool:
        """Traces handed on: in service with traces, or out of service with
        no reason staff could read."""
        if not self.traces:
            return False
        return not (self.out_of_service and self.reason)


def count_diff(
    expected: Mapping[tuple[str, str], int], got: Mapping[tuple[str, str], int]
) -> tuple[int, int]:
    """(counts lost, counts doubled) of `got` against `expected`, summed over keys."""
    lost = doubled = 0
    for key in set(expected) | set(got):
        delta = got.get(key, 0) - expected.get(key, 0)
        if delta < 0:
            lost -= delta
        else:
            doubled += delta
    return lost, doubled


def print_mismatch(charged_pages: int, printed_pages: int) -> int:
    """Pages charged but not printed plus pages printed but not charged."""
    return abs(charged_pages - printed_pages)


@dataclass
class Tally:
    """The walk's books; `results()` gives the figures bench reports."""

    seed: int
    sessions: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    dirty_handovers: int = 0
    counts_lost: int = 0
    counts_doubled: int = 0
    print_mismatches: int = 0
    out_of_service_seconds: float = 0.0
    stuck_out_of_service: int = 0
    cleared_without_staff: int = 0
    orphans: int = 0
    cards_unseen: int = 0  # a card put in that the shell never saw
    eid_broken: int = 0  # after a card pulled mid-eID: not ready again, or blamed
    cut_short_pages: int = 0  # booked in full, never out (jobs cut short)
    fd_growth: int = 0
    thread_growth: int = 0
    notes: list[str] = field(default_factory=list)

    def session(self, step: Step) -> None:
        self.sessions += 1
        if step.fault is not None:
            self.faults[step.fault.value] += 1

    def handover(self, step: Step, seen: Handover) -> None:
        if seen.dirty:
            self.dirty_handovers += 1
            self.note(step, f"dirty hand-over: {', '.join(seen.traces)}")

    def printed(self, step: Step, charged: int, printed: int) -> None:
        wrong = print_mismatch(charged, printed)
        if wrong:
            self.print_mismatches += wrong
            self.note(step, f"{charged} page(s) charged, {printed} printed")

    def recovered(self, step: Step, came_back: bool, reason: str) -> None:
        """After the faults ended: a station out of service for a reason it can
        clear itself (a failed wipe) must be back; staff reasons must stay."""
        if not came_back and reason not in STAFF_ONLY:
            self.stuck_out_of_service += 1
            self.note(step, f"still out of service ({reason}) after the faults ended")

    def eid(self, step: Step, what: str) -> None:
        """The Online-Ausweis did not come through a card pulled mid-login."""
        self.eid_broken += 1
        self.note(step, what)

    def cleared_alone(self, step: Step, reason: str) -> None:
        """Back in service without staff although only staff may clear `reason`."""
        self.cleared_without_staff += 1
        self.note(step, f"back in service without staff after {reason}")

    def counts(
        self,
        expected: Mapping[tuple[str, str], int],
        collected: Mapping[tuple[str, str], int],
    ) -> None:
        lost, doubled = count_diff(expected, collected)
        self.counts_lost += lost
        self.counts_doubled += doubled
        if lost or doubled:
            wrong = sorted(
                f"{m}/{d}: {expected.get((m, d), 0)}→{collected.get((m, d), 0)}"
                for m, d in set(expected) | set(collected)
                if expected.get((m, d), 0) != collected.get((m, d), 0)
            )
            self.notes.append(f"counts: {'; '.join(wrong)}")

    def note(self, step: Step, what: str) -> None:
        fault = step.fault.value if step.fault else "no fault"
        self.notes.append(f"session {step.index} ({fault}, {step.phase}): {what}")

    @property
    def violations(self) -> int:
        return (
            self.dirty_handovers
            + self.counts_lost
            + self.counts_doubled
            + self.print_mismatches
            + self.stuck_out_of_service
            + self.cleared_without_staff
            + self.orphans
            + self.cards_unseen
            + self.eid_broken
        )
