"""The fleet page's HTML: server-rendered, no scripts, readable on a phone.

Pure: data in, text out. Every value is escaped; the pages load nothing from
elsewhere (inline CSS) and have no JavaScript, so the strict CSP of
`web.SECURITY_HEADERS` holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from html import escape
from typing import Any
from urllib.parse import quote

from kiosk.usage.collector.fleetdb import Account, Incident, OfficeSummary, StationRow
from kiosk.usage.collector.heartbeat import OOS_WORDS

CSS = """
body{font:16px/1.4 system-ui,sans-serif;margin:0;color:#111;background:#fafafa}
header{background:#234;color:#fff;padding:.6em 1em;display:flex;flex-wrap:wrap;
gap:.5em 1.2em;align-items:center}
header a{color:#fff}
header button{color:#234;background:#fff;border:0;border-radius:3px}
header form{margin-left:auto}
main{padding:1em;max-width:70em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
th,td{text-align:left;padding:.35em .5em;border-bottom:1px solid #ddd;
vertical-align:top}
.wrap{overflow-x:auto}
.bad{color:#a00;font-weight:600}.warn{color:#850}.ok{color:#060}
.muted{color:#666}
label{display:block;margin:.6em 0 .2em}
input{font-size:1em;padding:.5em;width:100%;max-width:20em;box-sizing:border-box}
button{font-size:1em;padding:.5em 1em}
.msg{background:#fee;border:1px solid #c99;padding:.5em 1em}
@media (max-width:40em){table.cards thead{display:none}
table.cards tr{display:block;border-bottom:2px solid #ccc;padding:.4em 0}
table.cards td{display:block;border:0;padding:.1em .5em}
table.cards td[data-label]::before{content:attr(data-label) ": ";color:#666}}
"""


def ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    return f"{duration(now - when)} ago"


def duration(span: timedelta) -> str:
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {mins} min"
    return f"{mins} min"


def state_words(
    row: StationRow, now: datetime, silent_after: timedelta
) -> tuple[str, str]:
    """(css class, words) of a station's state."""
    if row.received_at is None:
        return "warn", "no heartbeat yet"
    if now - row.received_at >= silent_after:
        return "bad", f"silent for {duration(now - row.received_at)}"
    if row.in_service is False:
        words = OOS_WORDS.get(row.oos_reason, "out of service")
        if row.oos_since is not None:
            words += f" (for {duration(now - row.oos_since)})"
        return "bad", words
    return "ok", "in service"


def page(title: str, body: str, account: Account | None = None, csrf: str = "") -> str:
    nav = ""
    if account is not None:
        who = escape(account.name)
        if account.role == "office":
            who += f" (office {escape(account.office or '')}, read-only)"
        logout = (
            '<form method="post" action="/fleet/logout">'
            f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
            '<button type="submit">Log out</button></form>'
            if csrf
            else ""
        )
        nav = (
            '<a href="/fleet">Overview</a><a href="/fleet/stations">Every station</a>'
            '<a href="/fleet/incidents">Incidents</a>'
            f"<span>{who}</span>{logout}"
        )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)} – Bürgerterminal fleet</title>"
        f"<style>{CSS}</style></head><body><header><strong>Bürgerterminal fleet"
        f"</strong>{nav}</header><main><h1>{escape(title)}</h1>{body}</main>"
        "</body></html>"
    )


def login(csrf: str, error: str = "") -> str:
    msg = f'<p class="msg" role="alert">{escape(error)}</p>' if error else ""
    body = (
        f'{msg}<form method="post" action="/fleet/login">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        '<label for="name">Name</label>'
        '<input id="name" name="name" autocomplete="username" required>'
        '<label for="password">Password</label>'
        '<input id="password" name="password" type="password" '
        'autocomplete="current-password" required>'
        '<p><button type="submit">Log in</button></p></form>'
    )
    return page("Log in", body)


def _station_link(sid: str) -> str:
    return f'<a href="/fleet/station/{quote(sid)}">{escape(sid)}</a>'


def _office_link(office: str | None, name: str) -> str:
    key = office if office else "-"
    return f'<a href="/fleet/office/{quote(key)}">{escape(name)}</a>'


def _problems(text: str) -> str:
    return "<br>".join(escape(p) for p in text.split("\n") if p)


def station_rows(
    rows: Iterable[StationRow],
    now: datetime,
    silent_after: timedelta,
    office_name: Any = None,
) -> str:
    out = []
    for r in rows:
        cls, words = state_words(r, now, silent_after)
        office = (
            f'<td data-label="Office">{_office_link(r.office, office_name(r.office))}'
            "</td>"
            if office_name
            else ""
        )
        out.append(
            f"<tr><td><strong>{_station_link(r.id)}</strong></td>{office}"
            f'<td class="{cls}">{escape(words)}</td>'
            f'<td data-label="Last seen">{ago(r.received_at, now)}</td>'
            f"<td>{_problems(r.problems)}</td>"
            f'<td data-label="Sessions today">{r.sessions_today}</td></tr>'
        )
    return "".join(out)


def _station_table(body: str, with_office: bool) -> str:
    office = "<th>Office</th>" if with_office else ""
    return (
        '<div class="wrap"><table class="cards"><thead><tr><th>Station</th>'
        f"{office}<th>State</th><th>Last seen</th><th>Problems</th>"
        f"<th>Sessions today</th></tr></thead><tbody>{body}</tbody></table></div>"
    )


def incident_table(found: Sequence[Incident], now: datetime, office_name: Any) -> str:
    if not found:
        return "<p class=ok>No open incidents.</p>"
    rows = "".join(
        f"<tr><td>{_station_link(i.station_id)}</td>"
        f"<td>{escape(office_name(i.office))}</td><td>{escape(i.kind)}</td>"
        f"<td>{escape(i.detail)}</td><td>{duration(now - i.opened_at)}</td>"
        f"<td>{'resolved ' + ago(i.resolved_at, now) if i.resolved_at else 'open'}"
        "</td></tr>"
        for i in found
    )
    return (
        '<div class="wrap"><table><thead><tr><th>Station</th><th>Office</th>'
        "<th>Incident</th><th>What</th><th>Since</th><th>State</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )


def overview(
    summaries: Sequence[OfficeSummary],
    attention: Sequence[StationRow],
    attention_total: int,
    open_incidents: Sequence[Incident],
    now: datetime,
    silent_after: timedelta,
    office_name: Any,
) -> str:
    total = sum(s.stations for s in summaries)
    out = sum(s.out_of_service for s in summaries)
    silent = sum(s.silent for s in summaries)
    sessions = sum(s.sessions_today for s in summaries)
    head = (
        f"<p><strong>{total}</strong> stations · <span class=bad>{out} out of "
        f"service</span> · <span class=bad>{silent} silent</span> · "
        f"{len(open_incidents)} open incidents · {sessions} sessions today</p>"
    )
    offices = "".join(
        f"<tr><td>{_office_link(s.office, office_name(s.office))}</td>"
        f"<td>{s.stations}</td><td class={'bad' if s.out_of_service else 'ok'}>"
        f"{s.out_of_service}</td><td class={'bad' if s.silent else 'ok'}>{s.silent}"
        f"</td><td>{s.with_problems}</td><td>{s.sessions_today}</td></tr>"
        for s in summaries
    )
    more = (
        f"<p class=muted>{attention_total - len(attention)} more; see each office.</p>"
        if attention_total > len(attention)
        else ""
    )
    attention_html = (
        _station_table(
            station_rows(attention, now, silent_after, office_name), with_office=True
        )
        if attention
        else "<p class=ok>Every station is in service and well.</p>"
    )
    return (
        f"{head}<h2>Open incidents</h2>"
        f"{incident_table(open_incidents[:100], now, office_name)}"
        f"<h2>Needs attention ({attention_total})</h2>{attention_html}{more}"
        '<h2>Offices</h2><div class="wrap"><table><thead><tr><th>Office</th>'
        "<th>Stations</th><th>Out of service</th><th>Silent</th><th>With problems"
        "</th><th>Sessions today</th></tr></thead>"
        f"<tbody>{offices}</tbody></table></div>"
    )


def all_stations(
    rows: Sequence[StationRow],
    now: datetime,
    silent_after: timedelta,
    office_name: Any,
) -> str:
    """Every station, one table per office (50,000 rows: see bench/fleet.py)."""
    parts: list[str] = [f"<p>{len(rows)} stations.</p>"]
    start = 0
    while start < len(rows):
        office_id = rows[start].office
        end = start
        while end < len(rows) and rows[end].office == office_id:
            end += 1
        parts.append(
            f"<h2>{_office_link(office_id, office_name(office_id))}</h2>"
            + _station_table(
                station_rows(rows[start:end], now, silent_after), with_office=False
            )
        )
        start = end
    return "".join(parts)


def office(rows: Sequence[StationRow], now: datetime, silent_after: timedelta) -> str:
    return _station_table(station_rows(rows, now, silent_after), with_office=False)


def _at(value: object, now: datetime) -> str:
    """An ISO time from a heartbeat as "2026-03-10 09:10 UTC (5 min ago)"."""
    if not isinstance(value, str):
        return "never"
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return "unknown"
    if when.tzinfo is None:
        return "unknown"
    return f"{when.astimezone(UTC):%Y-%m-%d %H:%M} UTC ({ago(when, now)})"


def _yes_no(value: object) -> str:
    if value is None:
        return "unknown"
    return "yes" if value else '<span class="bad">no</span>'


def station(
    row: StationRow,
    state: dict[str, Any],
    history: Sequence[Any],
    found: Sequence[Incident],
    now: datetime,
    silent_after: timedelta,
    office_name: str,
) -> str:
    cls, words = state_words(row, now, silent_after)
    facts: list[tuple[str, str]] = [
        ("Office", escape(office_name)),
        ("State", f'<span class="{cls}">{escape(words)}</span>'),
        ("Problems", _problems(row.problems) or "none"),
        ("Last seen", ago(row.received_at, now)),
        ("Sessions today", str(row.sessions_today)),
    ]
    if state:
        wipe = state.get("wipe") or {}
        steps = ", ".join(
            f"{escape(str(s.get('name')))} "
            + ("ok" if s.get("ok") else '<span class="bad">failed</span>')
            for s in wipe.get("steps") or []
        )
        printer = state.get("printer")
        printer_words = "none"
        if printer:
            printer_words = escape(str(printer.get("state")))
            if printer.get("problems"):
                printer_words += ": " + escape(", ".join(printer["problems"]))
        toner = ", ".join(
            f"{escape(str(t.get('name')))} {t.get('percent')} %"
            for t in (printer or {}).get("toner") or []
        )
        facts += [
            ("Version", escape(str(state.get("version", "")))),
            (
                "Up for",
                duration(timedelta(seconds=int(state.get("uptime_seconds", 0)))),
            ),
            ("Kiosk program running", _yes_no(state.get("shell_running"))),
            (
                "Last wipe",
                (steps + f" · {_at(wipe.get('at'), now)}")
                if steps
                else "none reported",
            ),
            (
                "Card readers",
                escape(", ".join(state.get("card_readers") or [])) or "none",
            ),
            ("Printer", printer_words),
            ("Toner", toner or "–"),
            ("Scanner", escape(str(state.get("scanner", "none")))),
            ("Disk free", f"{state.get('disk_free_percent', -1)} %"),
            ("Clock synchronised", _yes_no(state.get("clock_synchronised"))),
            ("Last count sync", _at(state.get("last_sync_success"), now)),
        ]
    dl = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts)
    hist = "".join(
        f"<tr><td>{h[0]:%Y-%m-%d %H:%M}</td>"
        f"<td>{'in service' if h[1] else escape(OOS_WORDS.get(h[2], 'out of service'))}"
        f"</td><td>{_problems(h[3]) or 'none'}</td></tr>"
        for h in history
    )
    return (
        f'<div class="wrap"><table>{dl}</table></div><h2>Incidents</h2>'
        f"{incident_table(found, now, lambda _o: office_name)}"
        '<h2>Recent history (UTC)</h2><div class="wrap"><table><thead><tr>'
        "<th>When</th><th>State</th><th>Problems</th></tr></thead>"
        f"<tbody>{hist}</tbody></table></div>"
    )
