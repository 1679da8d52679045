"""Alert rules and incidents: what opens one, what resolves it, one mail each way,
no storm (SQLite; the mail path over real SMTP is tests/integration/
test_fleet_heartbeat.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.usage import heartbeat
from kiosk.usage.collector import alerts
from kiosk.usage.collector.db import CollectorDB, hash_token
from kiosk.usage.collector.fleetdb import BeatJob, FleetDB
from kiosk.usage.collector.heartbeat import ADAPTER
from kiosk.usage.collector.settings import (
    AlertSettings,
    CollectorSettings,
    SmtpSettings,
)

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
LONG_AGO = T0 - timedelta(days=1)


def row(**kw: Any) -> tuple[object, ...]:
    r = {
        "sid": "s-1",
        "received": T0,
        "in_service": True,
        "reason": "",
        "since": None,
        "kinds": "",
        "words": "",
    }
    r.update(kw)
    return tuple(r.values())


@pytest.mark.parametrize(
    ("rules", "r", "expected"),
    [
        ({}, row(), {}),
        ({"silent_minutes": 15}, row(received=T0 - timedelta(minutes=16)), {"silent"}),
        ({"silent_minutes": 15}, row(received=T0 - timedelta(minutes=14)), set()),
        ({"silent_minutes": 0}, row(received=T0 - timedelta(days=9)), set()),
        (
            {"out_of_service_minutes": 10},
            row(in_service=False, reason="staff", since=T0 - timedelta(minutes=11)),
            {"out-of-service"},
        ),
        (
            {"out_of_service_minutes": 10},
            row(in_service=False, reason="staff", since=T0 - timedelta(minutes=9)),
            set(),
        ),
        (
            {"out_of_service": False},
            row(in_service=False, reason="staff", since=LONG_AGO),
            set(),
        ),
        (
            {},
            row(
                in_service=False,
                reason="wipe-failed",
                since=T0,
                kinds="wipe-failed",
                words="wipe failed: files",
            ),
            {"wipe-failed"},
        ),
        (
            {},
            row(kinds="printer,toner-low,disk-low,clock", words="a\nb\nc\nd"),
            {"printer", "toner-low", "disk-low", "clock"},
        ),
        (
            {"printer_problem": False, "clock_unsynchronised": False},
            row(kinds="printer,clock", words="a\nb"),
            set(),
        ),
    ],
)
def test_rules(
    rules: dict[str, Any], r: tuple[object, ...], expected: set[str]
) -> None:
    settings = CollectorSettings(alerts=AlertSettings(**rules))
    found = alerts.findings(settings, [r], T0, LONG_AGO)
    assert {kind for _, kind in found} == set(expected)


def test_silence_is_not_judged_right_after_the_collector_started() -> None:
    settings = CollectorSettings(alerts=AlertSettings(silent_minutes=15))
    r = row(received=T0 - timedelta(hours=3))
    assert alerts.findings(settings, [r], T0, T0 - timedelta(minutes=5)) == {}
    assert alerts.findings(settings, [r], T0, T0 - timedelta(minutes=15))


class Outbox:
    def __init__(self) -> None:
        self.batches: list[list[alerts.Mail]] = []

    def __call__(
        self, settings: CollectorSettings, mails: list[alerts.Mail]
    ) -> list[alerts.Mail]:
        self.batches.append(mails)
        return mails

    @property
    def all(self) -> list[alerts.Mail]:
        return [m for batch in self.batches for m in batch]


@pytest.fixture
def fleet(tmp_path: Path) -> Any:
    db = CollectorDB.open(f"sqlite:///{tmp_path / 'c.sqlite'}")
    tokens = {
        f"s-{i}": db.create_token("station", station_id=f"s-{i}")[1] for i in range(3)
    }
    yield FleetDB(db.engine), tokens
    db.engine.dispose()


def send(fleet: FleetDB, token: str, sid: str, now: datetime, **state: Any) -> None:
    body = heartbeat.build(
        sid,
        {"written_at": now.isoformat(), "in_service": True, **state},
        now=now,
        version="0.1.0",
        disk_free_percent=50,
        clock_synchronised=True,
        last_sync_success=None,
    )
    job = BeatJob(hash_token(token), ADAPTER.validate_python(body), now)
    assert fleet.store_heartbeats([job], AlertSettings()) == [(200, sid)]


def test_one_mail_per_incident_and_one_on_resolution(fleet: Any) -> None:
    db, tokens = fleet
    settings = CollectorSettings(alerts=AlertSettings(out_of_service_minutes=0))
    box = Outbox()
    send(db, tokens["s-0"], "s-0", T0, in_service=False, out_of_service_reason="staff")
    for minute in range(5):  # many checks, one incident, one mail
        alerts.check(db, settings, T0 + timedelta(minutes=minute), LONG_AGO, box)
    assert [(m.station_id, m.kind, m.resolved) for m in box.all] == [
        ("s-0", "out-of-service", False)
    ]
    assert [i.kind for i in db.incidents()] == ["out-of-service"]
    send(db, tokens["s-0"], "s-0", T0 + timedelta(minutes=6))
    for minute in range(6, 9):
        alerts.check(db, settings, T0 + timedelta(minutes=minute), LONG_AGO, box)
    assert [(m.kind, m.resolved) for m in box.all] == [
        ("out-of-service", False),
        ("out-of-service", True),
    ]
    assert db.incidents() == []


def test_a_failed_mail_is_sent_at_the_next_check(fleet: Any) -> None:
    db, tokens = fleet
    settings = CollectorSettings(alerts=AlertSettings(out_of_service_minutes=0))
    send(db, tokens["s-1"], "s-1", T0, in_service=False, out_of_service_reason="staff")
    assert alerts.check(db, settings, T0, LONG_AGO, lambda _s, _m: []) == []
    box = Outbox()
    alerts.check(db, settings, T0 + timedelta(minutes=1), LONG_AGO, box)
    assert len(box.all) == 1


def test_an_incident_gone_before_its_mail_is_never_mailed(fleet: Any) -> None:
    db, tokens = fleet
    settings = CollectorSettings(alerts=AlertSettings(out_of_service_minutes=0))
    send(db, tokens["s-2"], "s-2", T0, in_service=False, out_of_service_reason="staff")
    alerts.check(db, settings, T0, LONG_AGO, lambda _s, _m: [])  # mail server down
    send(db, tokens["s-2"], "s-2", T0 + timedelta(minutes=1))
    box = Outbox()
    alerts.check(db, settings, T0 + timedelta(minutes=2), LONG_AGO, box)
    assert box.all == []


def test_no_storm_over_the_cap(mail_sink: Any, tls_certs: Any) -> None:
    """Past max_mails_per_check, the rest go as one summary to IT (real SMTP)."""
    settings = CollectorSettings(
        alerts=AlertSettings(max_mails_per_check=2, recipients=("it@example.org",)),
        smtp=SmtpSettings(
            host="127.0.0.1", port=mail_sink.port, ca_file=str(tls_certs.ca_file)
        ),
    )
    mails = [
        alerts.Mail(i, False, f"s-{i}", None, "printer", "paper jam", T0)
        for i in range(5)
    ]
    assert alerts.SmtpSender(settings.smtp)(settings, mails) == mails
    got = mail_sink.wait_for(3)
    assert [m["Subject"] for _, m in got] == [
        "[Bürgerterminal] s-0: printer problem",
        "[Bürgerterminal] s-1: printer problem",
        "[Bürgerterminal] 3 more incident changes",
    ]


def test_mail_server_down_keeps_the_mails() -> None:
    settings = CollectorSettings(
        alerts=AlertSettings(recipients=("it@example.org",)),
        smtp=SmtpSettings(host="127.0.0.1", port=1, timeout_seconds=2),
    )
    mail = alerts.Mail(1, False, "s-0", None, "printer", "paper jam", T0)
    assert alerts.SmtpSender(settings.smtp)(settings, [mail]) == []
