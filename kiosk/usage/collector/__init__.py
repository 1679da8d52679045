"""The city collector: stations push day counters, analysts read them.

db       tables, upsert, queries, the CSV export and tokens (SQLAlchemy;
         PostgreSQL or SQLite)
ingest   POST /v1/days: the lean ASGI handler of the hot path (msgspec, and
         the pydantic models for everything else)
dayrows  a batch as one row of sorted counts per day; the upsert's parameter
writer   where a batch goes: group commit on PostgreSQL (two connections), a
         thread on SQLite
api      the ASGI app (`create_app`): body limit → ingest or FastAPI
limits   ASGI middleware refusing oversized bodies
export   CSV / JSON rows (pure formatting)
report   the offline HTML report with inline SVG charts (pure)

The fleet (heartbeats, fleet page, alerts):

settings     the collector's TOML settings (pydantic; web, alerts, smtp, offices)
heartbeat    the heartbeat model (extra="forbid") and its problems in words (pure)
beat_ingest  POST /v1/heartbeat: lean ASGI handler with group commit
fleetdb      latest state, history, incidents, accounts, sessions, throttle
alerts       rules → incidents; one mail each way over SMTP with TLS
web          /fleet routes: sign-in (argon2, throttle), proxy header, CSRF
pages        the fleet page's HTML (pure, no scripts)
"""
