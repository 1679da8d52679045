"""The product owner's targets, checked against one run's entries.

Pure: a target reads entries by name and answers with a short verdict for
the table ("✓ 84 ms ≤ 150 ms", "✗ …", "? missing …"). Nothing here fails a
run; the table says what was met.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bench.report import Entry

Check = Callable[[Mapping[str, Entry]], str]


def _value(entries: Mapping[str, Entry], name: str) -> float | None:
    entry = entries.get(name)
    return None if entry is None else entry.median


def _mark(ok: bool, text: str) -> str:
    return ("✓ " if ok else "✗ ") + text


def _bound(name: str, limit: float, unit: str, *, most: bool) -> Check:
    def check(entries: Mapping[str, Entry]) -> str:
        entry = entries.get(name)
        if entry is None or entry.median is None:
            return f"? no value for {name}"
        if entry.unit != unit:
            return f"? {name} is in {entry.unit!r}, the target in {unit!r}"
        ok = entry.median <= limit if most else entry.median >= limit
        return _mark(ok, f"{'≤' if most else '≥'} {limit:g} {unit}")

    return check


def at_most(name: str, limit: float, unit: str) -> Check:
    return _bound(name, limit, unit, most=True)


def at_least(name: str, floor: float, unit: str) -> Check:
    return _bound(name, floor, unit, most=False)


def at_most_times_reference(name: str, factor: float) -> Check:
    def check(entries: Mapping[str, Entry]) -> str:
        entry = entries.get(name)
        if entry is None or entry.median is None or not entry.reference_median:
            return f"? no value or reference for {name}"
        times = entry.median / entry.reference_median
        return _mark(times <= factor, f"{times:.2f}× ref. (≤ {factor:g}×)")

    return check


def faster_than(name: str, other: str, factor: float) -> Check:
    def check(entries: Mapping[str, Entry]) -> str:
        mine, theirs = _value(entries, name), _value(entries, other)
        if mine is None or theirs is None:
            return f"? needs {name} and {other}"
        if mine <= 0:
            return f"? {name} is {mine}, cannot compare"
        times = theirs / mine
        text = f"{times:.1f}× faster than {other} (≥ {factor:g}×)"
        return _mark(times >= factor, text)

    return check


def all_of(*checks: Check) -> Check:
    def check(entries: Mapping[str, Entry]) -> str:
        return "; ".join(c(entries) for c in checks)

    return check


@dataclass(frozen=True)
class Target:
    name: str
    check: Check


TARGETS: tuple[Target, ...] = (
    Target(
        "session_reset",
        all_of(
            at_most("session_reset", 150, "ms"),
            faster_than("session_reset", "peer_chromium_restart", 10),
        ),
    ),
    Target("session_start", at_most_times_reference("session_start", 1.5)),
    Target("cold_start", at_most("cold_start", 1000, "ms")),
    Target("soak_rss_growth_pct", at_most("soak_rss_growth_pct", 5, "%")),
    Target("soak_fd_growth", at_most("soak_fd_growth", 0, "fds")),
    Target("soak_thread_growth", at_most("soak_thread_growth", 0, "threads")),
    Target(
        "soak_webengine_process_growth",
        at_most("soak_webengine_process_growth", 0, "processes"),
    ),
    Target("soak_session_dirs_left", at_most("soak_session_dirs_left", 0, "dirs")),
    Target("print_count_300_pages", at_most("print_count_300_pages", 50, "ms")),
    Target("card_insert_latency", at_most("card_insert_latency", 300, "ms")),
    Target("read_aloud_latency", at_most("read_aloud_latency", 300, "ms")),
    Target("collector_ingest", at_least("collector_ingest", 1000, "batches/s")),
    Target("collector_export_year", at_most("collector_export_year", 1, "s")),
    # 50,000 stations, a heartbeat each every 5 minutes
    Target(
        "collector_heartbeat_170_with_counts",
        at_least("collector_heartbeat_170_with_counts", 165, "heartbeats/s"),
    ),
    Target("fleet_page_50k", at_most("fleet_page_50k", 1000, "ms")),
    # issue #20: the month backlog of 50,000 stations within 2x PostgreSQL's COPY
    Target(
        "collector_ingest_full_volume",
        at_most_times_reference("collector_ingest_full_volume", 2),
    ),
    # The chaos walk (bench/chaos.py): no invariant broken under faults.
    Target("chaos_dirty_handovers", at_most("chaos_dirty_handovers", 0, "sessions")),
    Target("chaos_counts_lost", at_most("chaos_counts_lost", 0, "counts")),
    Target("chaos_counts_doubled", at_most("chaos_counts_doubled", 0, "counts")),
    Target("chaos_print_mismatches", at_most("chaos_print_mismatches", 0, "pages")),
    Target(
        "chaos_stuck_out_of_service", at_most("chaos_stuck_out_of_service", 0, "times")
    ),
    Target(
        "chaos_cleared_without_staff",
        at_most("chaos_cleared_without_staff", 0, "times"),
    ),
    Target("chaos_orphan_processes", at_most("chaos_orphan_processes", 0, "processes")),
    Target("writer_pdf", at_most("writer_pdf", 1000, "ms")),
)


def verdicts(
    entries: Sequence[Entry], targets: Sequence[Target] = TARGETS
) -> dict[str, str]:
    """Verdict per entry name, for the targets whose entry is in this run."""
    by_name = {e.name: e for e in entries}
    return {t.name: t.check(by_name) for t in targets if t.name in by_name}
