"""The chaos walk's pure core: the seeded plan and the books (no Qt, no daemons)."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.chaos_plan import (
    NEEDS_PRINT,
    PHASES,
    Fault,
    Handover,
    Phase,
    Step,
    Tally,
    count_diff,
    plan,
    print_mismatch,
    simulated_span,
)


def test_the_same_seed_gives_the_same_walk_and_another_seed_another() -> None:
    assert plan(7, 200) == plan(7, 200)
    assert plan(7, 200) != plan(8, 200)
    assert plan(7, 50) == plan(7, 200)[:50]  # a shorter walk is a prefix


def test_every_fault_kind_is_planned_in_a_long_walk_at_a_moment_it_fits() -> None:
    steps = plan(1, 2000)
    kinds = Counter(s.fault for s in steps if s.fault)
    assert set(kinds) == set(Fault)
    for s in steps:
        if s.fault is not None:
            assert s.phase in PHASES[s.fault], s
        if s.fault in NEEDS_PRINT:
            assert s.prints, s
        if s.phase is Phase.PRINTING:
            assert s.prints, s
        assert s.services and set(s.services) <= {"buergerservice", "jobs"}
        assert (s.outage_minutes > 0) == (s.fault is Fault.NETWORK_LOSS)


@pytest.mark.parametrize(
    ("rate", "low", "high"), [(0.0, 0, 0), (1.0, 300, 300), (0.5, 110, 190)]
)
def test_fault_rate(rate: float, low: int, high: int) -> None:
    faults = sum(1 for s in plan(3, 300, fault_rate=rate) if s.fault)
    assert low <= faults <= high


def test_only_the_kinds_asked_for() -> None:
    kinds = {Fault.CUPSD_KILL, Fault.HUNG_PAGE}
    got = {s.fault for s in plan(5, 300, fault_rate=1.0, kinds=kinds)}
    assert got == kinds


def test_network_loss_lasts_minutes_to_days() -> None:
    outages = [s.outage_minutes for s in plan(9, 3000) if s.outage_minutes]
    assert min(outages) < 30 and max(outages) > 24 * 60
    assert max(outages) < 7 * 24 * 60


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sessions": -1}, "sessions must be"),
        ({"sessions": 3, "fault_rate": 1.5}, "fault_rate must be"),
    ],
)
def test_bad_arguments_say_what_is_wrong(
    kwargs: dict[str, float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        plan(1, **kwargs)  # type: ignore[arg-type]


def test_a_step_survives_json_and_the_span_adds_up() -> None:
    steps = plan(11, 40)
    assert [Step.from_json(s.as_json()) for s in steps] == steps
    assert simulated_span(steps) == sum(s.gap_minutes + s.outage_minutes for s in steps)


@pytest.mark.parametrize(
    ("seen", "dirty"),
    [
        (Handover("welcome", ""), False),
        (Handover("welcome", "", ("session-folder:documents",)), True),
        (Handover("out_of_service", "wipe-failed", ("cups-job:7",)), False),
        (Handover("out_of_service", "", ("cups-job:7",)), True),  # no reason to read
        (Handover("out_of_service", "staff"), False),
    ],
)
def test_a_dirty_handover(seen: Handover, dirty: bool) -> None:
    assert seen.dirty is dirty


@pytest.mark.parametrize(
    ("expected", "got", "diff"),
    [
        ({}, {}, (0, 0)),
        ({("sessions", ""): 5}, {("sessions", ""): 5}, (0, 0)),
        ({("sessions", ""): 5}, {("sessions", ""): 3}, (2, 0)),
        ({("sessions", ""): 5}, {("sessions", ""): 6}, (0, 1)),
        ({("a", ""): 2}, {("b", ""): 1}, (2, 1)),
        ({("a", ""): 2, ("b", "x"): 1}, {("a", ""): 4}, (1, 2)),
    ],
)
def test_count_diff(
    expected: dict[tuple[str, str], int],
    got: dict[tuple[str, str], int],
    diff: tuple[int, int],
) -> None:
    assert count_diff(expected, got) == diff


@pytest.mark.parametrize(
    ("charged", "printed", "wrong"), [(3, 3, 0), (3, 1, 2), (0, 2, 2)]
)
def test_print_mismatch(charged: int, printed: int, wrong: int) -> None:
    assert print_mismatch(charged, printed) == wrong


def test_the_books_name_each_violation_with_its_session() -> None:
    step = plan(2, 1, fault_rate=1.0)[0]
    tally = Tally(seed=2)
    tally.session(step)
    tally.handover(step, Handover("welcome", "", ("session-folder:documents",)))
    tally.printed(step, 2, 3)
    tally.recovered(step, False, "wipe-failed")
    tally.recovered(step, False, "staff")  # staff's reason: staying is right
    tally.recovered(step, False, "card-left")
    tally.cleared_alone(step, "card-left")
    tally.counts({("sessions", ""): 4}, {("sessions", ""): 5})
    assert (tally.dirty_handovers, tally.print_mismatches) == (1, 1)
    assert (tally.stuck_out_of_service, tally.counts_doubled) == (1, 1)
    assert tally.cleared_without_staff == 1
    assert tally.violations == 5
    assert tally.faults == Counter({str(step.fault): 1})
    assert tally.notes[0].startswith(f"session 1 ({step.fault}, {step.phase}): dirty")
    assert tally.notes[-1] == "counts: sessions/: 4→5"


def test_a_card_pulled_mid_eid_is_planned_while_browsing_and_its_faults_count() -> None:
    steps = [s for s in plan(11, 400, kinds={Fault.CARD_PULLED}) if s.fault]
    assert steps and {s.phase for s in steps} == {Phase.BROWSING}
    tally = Tally(seed=11)
    tally.eid(steps[0], "eID not ready again: starting, busy=False")
    assert tally.eid_broken == 1 and tally.violations == 1
    assert tally.notes == [
        f"session {steps[0].index} (card-pulled, browsing): "
        "eID not ready again: starting, busy=False"
    ]
