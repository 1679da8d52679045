"""Events → increments, table-driven (no database, no clock)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.session import events as ev
from kiosk.usage.aggregate import Aggregator, Increment, Outage, duration_bucket
from kiosk.usage.errors import CounterError

BERLIN = ZoneInfo("Europe/Berlin")
D = date(2026, 3, 2)


def utc(h: int, m: int = 0, day: int = 2) -> datetime:
    return datetime(2026, 3, day, h, m, tzinfo=UTC)


@pytest.mark.parametrize(
    ("minutes", "bucket"),
    [
        (0, "m00-05"),
        (4.99, "m00-05"),
        (5, "m05-15"),
        (14.9, "m05-15"),
        (15, "m15-30"),
        (30, "m30-60"),
        (59.99, "m30-60"),
        (60, "m60-up"),
        (600, "m60-up"),
    ],
)
def test_duration_bucket(minutes: float, bucket: str) -> None:
    assert duration_bucket(minutes) == bucket


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            ev.SessionStarted(at=utc(8, 30), language="de"),
            [
                ("sessions", "", 1),
                ("sessions_by_hour", "09", 1),
                ("languages", "de", 1),
            ],
        ),
        (  # a language the counters do not know is not counted as a language
            ev.SessionStarted(at=utc(8), language="xx"),
            [("sessions", "", 1), ("sessions_by_hour", "09", 1)],
        ),
        (ev.LanguageChosen(at=utc(9), language="uk"), [("languages", "uk", 1)]),
        (ev.LanguageChosen(at=utc(9), language="fr"), []),
        (
            ev.ServiceOpened(at=utc(9), service_id="buergerservice"),
            [("service_launches", "buergerservice", 1)],
        ),
        (
            ev.SessionEnded(at=utc(9, 20), started_at=utc(9), reason=ev.EndReason.IDLE),
            [
                ("sessions_by_duration", "m15-30", 1),
                ("sessions_ended", "idle", 1),
                ("session_minutes", "", 20),
            ],
        ),
        (
            ev.SessionEnded(
                at=utc(9, 0), started_at=utc(9), reason=ev.EndReason.RESIDENT
            ),
            [("sessions_by_duration", "m00-05", 1), ("sessions_ended", "resident", 1)],
        ),
        (
            ev.SessionEnded(at=utc(11), started_at=utc(9), reason=ev.EndReason.STAFF),
            [
                ("sessions_by_duration", "m60-up", 1),
                ("sessions_ended", "staff", 1),
                ("session_minutes", "", 120),
            ],
        ),
        (ev.WipeFinished(at=utc(9), ok=True, failed_steps=()), []),
        (
            ev.WipeFinished(at=utc(9), ok=False, failed_steps=("files", "print_jobs")),
            [
                ("wipe_failures", "", 1),
                ("wipe_failed_steps", "files", 1),
                ("wipe_failed_steps", "print_jobs", 1),
            ],
        ),
        (
            ev.PrintJobFinished(at=utc(9), pages=7, sheets=4, completed=True),
            [("print_jobs", "", 1), ("print_pages", "", 7), ("print_sheets", "", 4)],
        ),
        (
            ev.PrintJobFinished(at=utc(9), pages=7, sheets=4, completed=False),
            [("prints_refused", "", 1)],
        ),
        (ev.EidWorkflow(at=utc(9), succeeded=None), [("eid_started", "", 1)]),
        (ev.EidWorkflow(at=utc(9), succeeded=True), [("eid_succeeded", "", 1)]),
        (ev.EidWorkflow(at=utc(9), succeeded=False), [("eid_failed", "", 1)]),
        (ev.CardLeft(at=utc(9)), [("cards_left", "", 1)]),
        (ev.ApplicationDocumentMade(at=utc(9)), [("writer_documents", "", 1)]),
        (  # out of service begins: nothing yet, counted when it ends
            ev.OutOfServiceChanged(at=utc(9), out_of_service=True, reason="staff"),
            [],
        ),
        (  # back in service without an open outage: nothing
            ev.OutOfServiceChanged(at=utc(9), out_of_service=False, reason=""),
            [],
        ),
    ],
)
def test_one_event(event: ev.Event, expected: list[tuple[str, str, int]]) -> None:
    got = Aggregator(BERLIN).feed(event)
    assert [(i.metric, i.dimension, i.delta) for i in got] == expected
    assert all(i.day == D for i in got)


@pytest.mark.parametrize(
    ("at", "day", "hour"),
    [
        (datetime(2026, 3, 1, 23, 30, tzinfo=UTC), date(2026, 3, 2), "00"),  # CET
        (datetime(2026, 7, 1, 22, 30, tzinfo=UTC), date(2026, 7, 2), "00"),  # CEST
        (datetime(2026, 7, 1, 21, 59, tzinfo=UTC), date(2026, 7, 1), "23"),
        (datetime(2026, 7, 1, 21, 59), date(2026, 7, 1), "23"),  # naive means UTC
    ],
)
def test_day_and_hour_are_local(at: datetime, day: date, hour: str) -> None:
    got = Aggregator(BERLIN).feed(ev.SessionStarted(at=at, language="de"))
    assert Increment(day, "sessions_by_hour", hour, 1) in got
    assert {i.day for i in got} == {day}


@pytest.mark.parametrize(
    ("start", "end", "reason", "expected"),
    [
        (utc(9), utc(9, 45), "staff", [(D, "staff", 45)]),
        (utc(9), utc(9, 0), "staff", []),
        (utc(9), utc(10), "made-up", [(D, "other", 60)]),
        (  # across local midnight (23:00 UTC is 00:00 in Berlin in March)
            utc(22, 30),
            utc(23, 15),
            "wipe-failed",
            [(D, "wipe-failed", 30), (date(2026, 3, 3), "wipe-failed", 15)],
        ),
        (  # three days
            utc(22, 0, day=1),
            utc(1, 0, day=3),
            "card-left",
            [
                (date(2026, 3, 1), "card-left", 60),
                (D, "card-left", 1440),
                (date(2026, 3, 3), "card-left", 120),
            ],
        ),
    ],
)
def test_out_of_service_minutes(
    start: datetime, end: datetime, reason: str, expected: list[tuple[date, str, int]]
) -> None:
    agg = Aggregator(BERLIN)
    begin = ev.OutOfServiceChanged(at=start, out_of_service=True, reason=reason)
    assert agg.feed(begin) == []
    assert agg.outage is not None
    got = agg.feed(ev.OutOfServiceChanged(at=end, out_of_service=False, reason=""))
    assert [(i.day, i.dimension, i.delta) for i in got] == expected
    assert {i.metric for i in got} <= {"out_of_service_minutes"}
    assert agg.outage is None


def test_outage_survives_a_restart_through_its_state() -> None:
    agg = Aggregator(BERLIN, outage=Outage(since=utc(9), reason="staff"))
    got = agg.feed(ev.OutOfServiceChanged(at=utc(10), out_of_service=False, reason=""))
    assert got == [Increment(D, "out_of_service_minutes", "staff", 60)]


def test_new_outage_reason_closes_the_previous_one() -> None:
    agg = Aggregator(BERLIN)
    agg.feed(ev.OutOfServiceChanged(at=utc(9), out_of_service=True, reason="staff"))
    got = agg.feed(
        ev.OutOfServiceChanged(at=utc(9, 10), out_of_service=True, reason="wipe-failed")
    )
    assert got == [Increment(D, "out_of_service_minutes", "staff", 10)]
    assert agg.outage == Outage(since=utc(9, 10), reason="wipe-failed")


@pytest.mark.parametrize(
    ("service_id", "dimension"),
    [("jobs", "jobs"), ("Jobs", "jobs"), ("a" * 32, "a" * 32)],
)
def test_service_ids_become_slugs(service_id: str, dimension: str) -> None:
    got = Aggregator(BERLIN).feed(ev.ServiceOpened(at=utc(9), service_id=service_id))
    assert got[0].dimension == dimension


def test_long_service_ids_keep_their_start_and_never_collide() -> None:
    agg = Aggregator(BERLIN)
    one = agg.feed(ev.ServiceOpened(at=utc(9), service_id="a" * 62 + "1"))[0]
    two = agg.feed(ev.ServiceOpened(at=utc(9), service_id="a" * 62 + "2"))[0]
    assert len(one.dimension) == len(two.dimension) == 32
    assert one.dimension.startswith("a" * 23 + "-")
    assert one.dimension != two.dimension


@pytest.mark.parametrize("bad", ["https://x.de/a?b=c", "a b", "ä", "x:y"])
def test_service_id_that_is_not_a_slug_is_refused(bad: str) -> None:
    with pytest.raises(CounterError, match="cannot be a counter dimension"):
        Aggregator(BERLIN).feed(ev.ServiceOpened(at=utc(9), service_id=bad))
