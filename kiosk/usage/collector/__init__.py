"""The city collector: stations push day counters, analysts read them.

db       tables, upsert, queries, the CSV export and tokens (SQLAlchemy;
         PostgreSQL or SQLite)
ingest   POST /v1/days: the lean ASGI handler of the hot path (pydantic models)
writer   where a batch goes: group commit on PostgreSQL, a thread on SQLite
api      the ASGI app (`create_app`): body limit → ingest or FastAPI
limits   ASGI middleware refusing oversized bodies
export   CSV / JSON rows (pure formatting)
report   the offline HTML report with inline SVG charts (pure)
"""
