"""The city collector: stations push day counters, analysts read them.

db       tables, upsert, queries and tokens (SQLAlchemy; PostgreSQL or SQLite)
api      the FastAPI app (`create_app`)
limits   ASGI middleware refusing oversized bodies
export   CSV / JSON rows (pure formatting)
report   the offline HTML report with inline SVG charts (pure)
"""
