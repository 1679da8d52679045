"""`kiosk usage sync|serve|token|export|report`."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from kiosk import log as klog
from kiosk.usage.errors import UsageError

if TYPE_CHECKING:
    from kiosk.usage.collector.db import CollectorDB

DB_ENV = "KIOSK_COLLECTOR_DATABASE"


def _database(args: argparse.Namespace) -> str:
    from kiosk.usage.collector.db import DEFAULT_URL

    return str(args.database or os.environ.get(DB_ENV) or DEFAULT_URL)


def _collector_db(args: argparse.Namespace) -> CollectorDB:
    """The collector's database, or exit 2 saying why it does not open."""
    from kiosk.usage.collector.db import CollectorDB

    try:
        return CollectorDB.open(_database(args))
    except UsageError as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(2) from None


def _sync(args: argparse.Namespace) -> int:
    import keyring
    import keyring.core

    from kiosk import config
    from kiosk.log import safe_url
    from kiosk.usage import credentials, sync
    from kiosk.usage.store import CounterStore

    try:
        cfg = config.load(args.config)
    except config.ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    url = cfg.usage.collector_url
    if not url:
        print(
            "usage sync: no [usage] collector_url in the station config; nothing to do"
        )
        return 0
    store = None
    try:
        # PYTHON_KEYRING_BACKEND first (the unit sets it), else keyring's choice.
        backend = keyring.core.load_env() or keyring.get_keyring()
        token = credentials.load_token(
            backend, cfg.station.id, development=args.development
        )
        store = CounterStore(cfg.usage.database)
        collector = sync.HttpCollector(
            url, token, ca_file=args.ca_file, attempts=args.attempts
        )
        today = datetime.now(ZoneInfo(cfg.usage.timezone)).date()
        try:
            result = sync.run(store, collector, today, args.batch_days)
            _note_sync(cfg.usage.database, ok=result.ok, days_sent=result.days_sent)
            if result.ok:  # alongside the counts: the station's state
                problem = _beat(cfg, collector)
                if problem:  # the one printed line stays the count sync's
                    klog.usage.warning("usage heartbeat failed: %s", problem)
        finally:
            collector.close()
    except UsageError as exc:
        print(f"usage sync FAILED: {exc}")
        _note_sync(cfg.usage.database, ok=False, days_sent=0)
        return 1
    finally:
        if store is not None:
            store.close()
    print(result.summary(safe_url(url)))
    return 0 if result.ok else 1


def _beat(cfg: Any, collector: Any) -> str:
    """Send one heartbeat; '' or what failed (never raised: counts matter more)."""
    from kiosk import __version__
    from kiosk.usage import heartbeat, machine, stationstate, syncstate
    from kiosk.usage.errors import SyncError

    body = heartbeat.build(
        cfg.station.id,
        stationstate.load(stationstate.path_for(cfg.usage.database)),
        now=datetime.now(UTC),
        version=__version__,
        disk_free_percent=machine.disk_free_percent(Path(cfg.paths.session_dir)),
        clock_synchronised=machine.clock_synchronised(),
        last_sync_success=syncstate.load(
            syncstate.path_for(cfg.usage.database)
        ).last_success,
    )
    try:
        collector.send_heartbeat(body)
    except SyncError as exc:
        return str(exc)
    return ""


def _heartbeat(args: argparse.Namespace) -> int:
    """`kiosk usage heartbeat`: the station's state only (a 5-minute timer)."""
    import keyring
    import keyring.core

    from kiosk import config
    from kiosk.usage import credentials, sync

    try:
        cfg = config.load(args.config)
    except config.ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    if not cfg.usage.collector_url:
        print("usage heartbeat: no [usage] collector_url; nothing to do")
        return 0
    try:
        backend = keyring.core.load_env() or keyring.get_keyring()
        token = credentials.load_token(
            backend, cfg.station.id, development=args.development
        )
        collector = sync.HttpCollector(
            cfg.usage.collector_url, token, ca_file=args.ca_file, timeout=15.0
        )
    except UsageError as exc:
        print(f"usage heartbeat FAILED: {exc}")
        return 1
    try:
        problem = _beat(cfg, collector)
    finally:
        collector.close()
    print(f"usage heartbeat FAILED: {problem}" if problem else "usage heartbeat ok")
    return 1 if problem else 0


def _note_sync(database: str, *, ok: bool, days_sent: int) -> None:
    """For the staff panel: when the sync last ran and last worked."""
    from kiosk.usage import syncstate

    path = syncstate.path_for(database)
    try:
        syncstate.record(path, ok=ok, days_sent=days_sent, at=datetime.now(UTC))
    except OSError as exc:  # the sync itself is done; only the note is missing
        print(f"usage sync: could not note the outcome in {path}: {exc}")


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ModuleNotFoundError:
        print(
            "usage serve: the collector is not installed here (a station does "
            "not carry it); install it with: pip install 'buergerterminal[collector]'",
            file=sys.stderr,
        )
        return 2
    from kiosk.usage.collector import settings as collector_settings
    from kiosk.usage.collector.api import SETTINGS_ENV, create_app

    try:
        settings = collector_settings.load(args.config)
        db = _collector_db(args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    options: dict[str, Any] = {}
    if args.ssl_certfile:
        options = {"ssl_certfile": args.ssl_certfile, "ssl_keyfile": args.ssl_keyfile}
    app: Any = create_app(db, settings=settings)
    if args.workers > 1:
        # Each worker process builds its own app from the (now migrated) URL.
        db.engine.dispose()
        os.environ[DB_ENV] = _database(args)
        if args.config:
            os.environ[SETTINGS_ENV] = str(args.config)
        app = "kiosk.usage.collector.api:app_from_env"
        options.update(factory=True, workers=args.workers)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,  # query strings of analysts have no place in logs
        **options,
    )
    return 0


def _token(args: argparse.Namespace) -> int:
    from kiosk.usage.collector.db import Role

    db = _collector_db(args)
    if args.token_command == "create":
        role: Role = "station" if args.station else "analyst"
        token_id, clear = db.create_token(
            role, station_id=args.station, label=args.analyst or ""
        )
        if args.station and args.office:
            from kiosk.usage.collector.fleetdb import FleetDB

            FleetDB(db.engine).set_office(args.station, args.office)
        print(f"token {token_id} ({role}); shown once, store it now:", file=sys.stderr)
        print(clear)
    elif args.token_command == "revoke":
        if not db.revoke_token(args.id):
            print(f"no active token with id {args.id}", file=sys.stderr)
            return 1
        print(f"token {args.id} revoked")
    else:
        for t in db.list_tokens():
            state = f"revoked {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "active"
            print(f"{t.id}\t{t.role}\t{t.station_id or '-'}\t{t.label}\t{state}")
    return 0


def _station(args: argparse.Namespace) -> int:
    from kiosk.usage.collector.fleetdb import FleetDB

    db = _collector_db(args)
    if not FleetDB(db.engine).set_office(args.id, args.office):
        print(f"no station {args.id!r}; create its token first", file=sys.stderr)
        return 1
    print(f"station {args.id}: office {args.office or '(none)'}")
    return 0


def _account(args: argparse.Namespace) -> int:
    """Accounts of the fleet page; passwords read from standard input or a prompt."""
    import getpass

    from sqlalchemy.exc import IntegrityError

    from kiosk.usage.collector.fleetdb import FleetDB

    db = _collector_db(args)
    fleet = FleetDB(db.engine)

    def password() -> str | None:
        if getattr(args, "proxy_only", False):
            return None
        from kiosk.usage.collector.web import hash_password

        text = (
            sys.stdin.readline().rstrip("\n")
            if not sys.stdin.isatty()
            else getpass.getpass("password (12 characters or more): ")
        )
        return hash_password(text)

    try:
        if args.account_command == "create":
            if (args.role == "office") != bool(args.office):
                print(
                    "an office account needs --office; an it account none",
                    file=sys.stderr,
                )
                return 2
            fleet.create_account(args.name, password(), args.role, args.office)
            print(f"account {args.name} ({args.role}) created")
        elif args.account_command == "password":
            hashed = password()
            if hashed is None or not fleet.set_password(args.name, hashed):
                print(f"no account {args.name!r}", file=sys.stderr)
                return 1
            print(f"password of {args.name} changed")
        elif args.account_command == "disable":
            if not fleet.disable_account(args.name):
                print(f"no active account {args.name!r}", file=sys.stderr)
                return 1
            print(f"account {args.name} disabled; its sessions ended")
        else:
            for a in fleet.list_accounts():
                state = "disabled" if a.disabled_at else "active"
                print(f"{a.name}\t{a.role}\t{a.office or '-'}\t{state}")
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    except IntegrityError:
        print(f"account {args.name!r} exists already", file=sys.stderr)
        return 1
    return 0


def _period(args: argparse.Namespace) -> tuple[date, date]:
    end = args.end or datetime.now(UTC).date()
    start = args.start or end - timedelta(days=29)
    if end < start:
        raise SystemExit(f"--end {end} is before --start {start}; swap them")
    return start, end


def _export(args: argparse.Namespace) -> int:
    from kiosk.usage.collector import export

    start, end = _period(args)
    db = _collector_db(args)
    chunks: Iterator[bytes] = (
        db.csv_chunks(start, end, args.station, args.metric)
        if args.format == "csv"
        else (
            text.encode()
            for text in export.json_chunks(
                db.query(start, end, args.station, args.metric)
            )
        )
    )
    with contextlib.ExitStack() as stack:
        out = (
            stack.enter_context(open(args.output, "wb"))
            if args.output
            else sys.stdout.buffer
        )
        for chunk in chunks:
            out.write(chunk)
        out.flush()
    return 0


def _report(args: argparse.Namespace) -> int:
    from kiosk.usage.collector import report

    start, end = _period(args)
    db = _collector_db(args)
    html = report.render(db.query(start, end, args.station), start, end, args.title)
    Path(args.output).write_text(html, encoding="utf-8")
    print(f"report written to {args.output}")
    return 0


def add_parser(sub: Any) -> None:
    """Add the `usage` command group to the `kiosk` subparsers."""
    usage = sub.add_parser("usage", help="usage counters: sync, collector, export")
    cmds = usage.add_subparsers(dest="usage_command", required=True)

    s = cmds.add_parser("sync", help="push day counters to the collector (station)")
    s.add_argument("--config", default="/etc/buergerterminal/station.toml")
    s.add_argument("--ca-file", help="CA bundle for the collector's certificate")
    s.add_argument("--batch-days", type=int, default=31)
    s.add_argument("--attempts", type=int, default=6, help="tries per batch")
    s.add_argument(
        "--development",
        action="store_true",
        help="developer machines only: accept a plaintext keyring backend",
    )
    s.set_defaults(func=_sync)

    h = cmds.add_parser("heartbeat", help="send the station's state (station)")
    h.add_argument("--config", default="/etc/buergerterminal/station.toml")
    h.add_argument("--ca-file", help="CA bundle for the collector's certificate")
    h.add_argument("--development", action="store_true")
    h.set_defaults(func=_heartbeat)

    def database(p: argparse.ArgumentParser) -> None:
        p.add_argument("--database", help=f"SQLAlchemy URL (default: ${DB_ENV})")

    v = cmds.add_parser("serve", help="run the city collector (ASGI)")
    database(v)
    v.add_argument("--host", default="127.0.0.1")
    v.add_argument("--port", type=int, default=8443)
    v.add_argument("--ssl-certfile")
    v.add_argument("--ssl-keyfile")
    v.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (PostgreSQL: one per core; SQLite: keep 1)",
    )
    v.add_argument("--config", help="the collector's TOML settings (fleet, alerts)")
    v.set_defaults(func=_serve)

    t = cmds.add_parser("token", help="create, revoke and list collector tokens")
    database(t)
    tcmds = t.add_subparsers(dest="token_command", required=True)
    create = tcmds.add_parser("create", help="print a new token once")
    who = create.add_mutually_exclusive_group(required=True)
    who.add_argument("--station", help="a station token for this station id")
    who.add_argument("--analyst", metavar="LABEL", help="a read-only analyst token")
    create.add_argument("--office", help="the station's office (fleet page)")
    revoke = tcmds.add_parser("revoke", help="revoke a token by its id")
    revoke.add_argument("id", type=int)
    tcmds.add_parser("list", help="list tokens (never their values)")
    t.set_defaults(func=_token)

    st = cmds.add_parser("station", help="put a station in an office (fleet page)")
    database(st)
    st.add_argument("id")
    st.add_argument("office", help="office id (as in [offices.<id>]); '' for none")
    st.set_defaults(func=_station)

    a = cmds.add_parser("account", help="accounts of the fleet page")
    database(a)
    acmds = a.add_subparsers(dest="account_command", required=True)
    ac = acmds.add_parser("create", help="a new account (password from stdin)")
    ac.add_argument("name")
    ac.add_argument("--role", choices=("it", "office"), required=True)
    ac.add_argument("--office", help="the one office an office account sees")
    ac.add_argument(
        "--proxy-only",
        action="store_true",
        help="no password: signs in only through the trusted proxy header",
    )
    acmds.add_parser("password", help="set a new password").add_argument("name")
    acmds.add_parser("disable", help="disable; ends its sessions").add_argument("name")
    acmds.add_parser("list", help="list accounts")
    a.set_defaults(func=_account)

    def period(p: argparse.ArgumentParser) -> None:
        database(p)
        p.add_argument("--start", type=date.fromisoformat, help="YYYY-MM-DD")
        p.add_argument("--end", type=date.fromisoformat, help="YYYY-MM-DD (today)")
        p.add_argument("--station")

    e = cmds.add_parser("export", help="counts as CSV or JSON")
    period(e)
    e.add_argument("--metric")
    e.add_argument("--format", choices=("csv", "json"), default="csv")
    e.add_argument("--output", "-o", help="file (default: standard output)")
    e.set_defaults(func=_export)

    r = cmds.add_parser("report", help="an offline HTML report with charts")
    period(r)
    r.add_argument("--title", default="")
    r.add_argument("--output", "-o", default="usage-report.html")
    r.set_defaults(func=_report)
