"""Incidents from the stations' latest states, and one e-mail each way.

`check` (one run of the collector's alert loop) compares what the rules of
`[alerts]` find wrong now with the open incidents: a new finding opens an
incident, a finding gone resolves it. Each incident is mailed once when it
opens and once when it is resolved; one that opens and resolves before its
first mail is sent is mailed never. At most `max_mails_per_check` mails go
out per run, the rest as one summary to the IT recipients: no storm. Silence
is judged only after the collector itself has listened for `silent_minutes`
(a restarted collector must not find every station silent).

On PostgreSQL the run holds a transaction-level advisory lock, so with
several worker processes exactly one checks at a time.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import sqlalchemy as sa

from kiosk import log as klog
from kiosk.usage.collector.db import _utc, stations
from kiosk.usage.collector.fleetdb import FleetDB, incidents, station_state
from kiosk.usage.collector.heartbeat import OOS_WORDS
from kiosk.usage.collector.settings import CollectorSettings, SmtpSettings

LOCK_ID = 0x6B696F736B  # "kiosk": the advisory lock of the alert loop
KIND_WORDS = {
    "silent": "station silent",
    "out-of-service": "out of service",
    "wipe-failed": "wipe failed",
    "printer": "printer problem",
    "toner-low": "toner low",
    "disk-low": "disk almost full",
    "clock": "clock not synchronised",
}


@dataclass(frozen=True)
class Mail:
    incident_id: int
    resolved: bool
    station_id: str
    office: str | None
    kind: str
    detail: str
    at: datetime


def findings(
    settings: CollectorSettings,
    rows: list[tuple[object, ...]],
    now: datetime,
    listening_since: datetime,
) -> dict[tuple[str, str], str]:
    """{(station, kind): words} of everything the rules call an incident now."""
    rules = settings.alerts
    wanted: dict[tuple[str, str], str] = {}
    silent_after = timedelta(minutes=rules.silent_minutes)
    judge_silence = rules.silent_minutes > 0 and now - listening_since >= silent_after
    for sid, received, in_service, reason, since, kinds_text, words_text in rows:
        assert isinstance(sid, str)
        received_at = _utc(received) if isinstance(received, datetime) else None
        if judge_silence and (received_at is None or now - received_at >= silent_after):
            last = f"{received_at:%Y-%m-%d %H:%M} UTC" if received_at else "never"
            wanted[(sid, "silent")] = f"no heartbeat since {last}"
        kinds = str(kinds_text or "").split(",") if kinds_text else []
        words = str(words_text or "").split("\n")
        said = dict(zip(kinds, words, strict=False))
        oos_since = _utc(since) if isinstance(since, datetime) else None
        if (
            rules.out_of_service
            and in_service is False
            and reason != "wipe-failed"  # its own incident, at once
            and oos_since is not None
            and now - oos_since >= timedelta(minutes=rules.out_of_service_minutes)
        ):
            wanted[(sid, "out-of-service")] = OOS_WORDS.get(
                str(reason), "out of service"
            )
        for kind, on in (
            ("wipe-failed", rules.wipe_failed),
            ("printer", rules.printer_problem),
            ("toner-low", rules.toner_below_percent > 0),
            ("disk-low", rules.disk_free_below_percent > 0),
            ("clock", rules.clock_unsynchronised),
        ):
            if on and kind in said:
                wanted[(sid, kind)] = said[kind]
    return wanted


def check(
    fleet: FleetDB,
    settings: CollectorSettings,
    now: datetime,
    listening_since: datetime,
    send: SenderFn | None = None,
) -> list[Mail]:
    """One run: open and resolve incidents, mail them, prune old history."""
    send = send or SmtpSender(settings.smtp)
    with fleet.engine.begin() as conn:
        if (
            fleet.is_postgres
            and not conn.execute(
                sa.text("SELECT pg_try_advisory_xact_lock(:id)"), {"id": LOCK_ID}
            ).scalar()
        ):
            return []  # another worker is checking right now
        rows = conn.execute(
            sa.select(
                stations.c.id,
                station_state.c.received_at,
                station_state.c.in_service,
                station_state.c.oos_reason,
                station_state.c.oos_since,
                station_state.c.problem_kinds,
                station_state.c.problems,
            ).select_from(
                stations.outerjoin(
                    station_state, station_state.c.station_id == stations.c.id
                )
            )
        ).all()
        # Only stations that ever sent a heartbeat can fall silent.
        rows = [r for r in rows if r[1] is not None]
        wanted = findings(settings, [tuple(r) for r in rows], now, listening_since)
        open_now = {
            (r.station_id, r.kind): r
            for r in conn.execute(
                sa.select(incidents).where(incidents.c.resolved_at.is_(None))
            )
        }
        gone = [r.id for key, r in open_now.items() if key not in wanted]
        if gone:
            conn.execute(
                incidents.update()
                .where(incidents.c.id.in_(gone))
                .values(resolved_at=now)
            )
            # Never announced: nothing to take back either.
            conn.execute(
                incidents.update()
                .where(incidents.c.id.in_(gone), incidents.c.mailed_open_at.is_(None))
                .values(mailed_open_at=now, mailed_resolved_at=now)
            )
        new = [
            {"station_id": sid, "kind": kind, "detail": words[:500], "opened_at": now}
            for (sid, kind), words in wanted.items()
            if (sid, kind) not in open_now
        ]
        if new:
            conn.execute(incidents.insert(), new)
        for (sid, kind), r in open_now.items():
            if (sid, kind) in wanted and wanted[(sid, kind)][:500] != r.detail:
                conn.execute(
                    incidents.update()
                    .where(incidents.c.id == r.id)
                    .values(detail=wanted[(sid, kind)][:500])
                )
        mails = _pending(conn)
        sent = send(settings, mails) if mails else []
        for mail in sent:
            column = "mailed_resolved_at" if mail.resolved else "mailed_open_at"
            conn.execute(
                incidents.update()
                .where(incidents.c.id == mail.incident_id)
                .values({column: now})
            )
        _prune(conn, settings, now)
    return sent


def _pending(conn: sa.Connection) -> list[Mail]:
    i = incidents
    rows = conn.execute(
        sa.select(
            i.c.id,
            i.c.station_id,
            stations.c.office,
            i.c.kind,
            i.c.detail,
            i.c.opened_at,
            i.c.resolved_at,
            i.c.mailed_open_at,
        )
        .select_from(i.outerjoin(stations, stations.c.id == i.c.station_id))
        .where(
            sa.or_(
                i.c.mailed_open_at.is_(None),
                sa.and_(i.c.resolved_at.is_not(None), i.c.mailed_resolved_at.is_(None)),
            )
        )
        .order_by(i.c.id)
    ).all()
    mails = []
    for r in rows:
        resolved = r.mailed_open_at is not None
        at = _utc(r.resolved_at if resolved else r.opened_at)
        assert at is not None
        mails.append(Mail(r.id, resolved, r.station_id, r.office, r.kind, r.detail, at))
    return mails


def _prune(conn: sa.Connection, settings: CollectorSettings, now: datetime) -> None:
    from kiosk.usage.collector.fleetdb import station_history, web_sessions

    cutoff = now - timedelta(days=settings.history_days)
    conn.execute(station_history.delete().where(station_history.c.at < cutoff))
    conn.execute(
        incidents.delete().where(
            incidents.c.resolved_at < cutoff,
            incidents.c.mailed_resolved_at.is_not(None),
        )
    )
    conn.execute(web_sessions.delete().where(web_sessions.c.expires_at < now))


# -- mail ---------------------------------------------------------------------


class SenderFn:
    def __call__(self, settings: CollectorSettings, mails: list[Mail]) -> list[Mail]:
        raise NotImplementedError


def recipients(settings: CollectorSettings, office: str | None) -> list[str]:
    people = list(settings.alerts.recipients)
    if office and office in settings.offices:
        people += [p for p in settings.offices[office].recipients if p not in people]
    return people


def message(settings: CollectorSettings, mail: Mail) -> EmailMessage:
    what = KIND_WORDS.get(mail.kind, mail.kind)
    office = settings.office_name(mail.office)
    msg = EmailMessage()
    if mail.resolved:
        msg["Subject"] = f"[Bürgerterminal] resolved: {mail.station_id}: {what}"
        body = (
            f"Station {mail.station_id} ({office}): {what} is resolved "
            f"since {mail.at:%Y-%m-%d %H:%M} UTC.\n\nWas: {mail.detail}\n"
        )
    else:
        msg["Subject"] = f"[Bürgerterminal] {mail.station_id}: {what}"
        body = (
            f"Station {mail.station_id} ({office}): {mail.detail}\n"
            f"Since {mail.at:%Y-%m-%d %H:%M} UTC.\n\n"
            "You get one more mail when it is resolved.\n"
        )
    msg.set_content(body)
    return msg


class SmtpSender(SenderFn):
    """SMTP with STARTTLS or implicit TLS, certificate checked; one connection."""

    def __init__(self, smtp: SmtpSettings) -> None:
        self.smtp = smtp

    def __call__(self, settings: CollectorSettings, mails: list[Mail]) -> list[Mail]:
        smtp = self.smtp
        if not smtp.host:
            return mails  # no mail server: the page shows them; nothing queued
        cap = settings.alerts.max_mails_per_check
        single, rest = mails[:cap], mails[cap:]
        ctx = ssl.create_default_context(cafile=smtp.ca_file or None)
        sent: list[Mail] = []
        try:
            client: smtplib.SMTP
            if smtp.tls == "implicit":
                client = smtplib.SMTP_SSL(
                    smtp.host, smtp.port, context=ctx, timeout=smtp.timeout_seconds
                )
            else:
                client = smtplib.SMTP(
                    smtp.host, smtp.port, timeout=smtp.timeout_seconds
                )
                client.starttls(context=ctx)
            with client:
                if smtp.username:
                    password = Path(smtp.password_file).read_text().strip()
                    client.login(smtp.username, password)
                for mail in single:
                    to = recipients(settings, mail.office)
                    if to:
                        msg = message(settings, mail)
                        msg["From"] = smtp.sender
                        msg["To"] = ", ".join(to)
                        client.send_message(msg)
                    sent.append(mail)
                if rest:
                    summary = EmailMessage()
                    summary["Subject"] = (
                        f"[Bürgerterminal] {len(rest)} more incident changes"
                    )
                    summary["From"] = smtp.sender
                    summary["To"] = ", ".join(settings.alerts.recipients)
                    summary.set_content(
                        "\n".join(
                            f"{'resolved' if m.resolved else 'new'}: {m.station_id}: "
                            f"{KIND_WORDS.get(m.kind, m.kind)}: {m.detail}"
                            for m in rest
                        )
                    )
                    if settings.alerts.recipients:
                        client.send_message(summary)
                    sent += rest
        except (OSError, smtplib.SMTPException) as exc:
            klog.usage.error("alert mail failed (%s); retried at the next check", exc)
        return sent
