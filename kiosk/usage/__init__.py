"""Usage counts: anonymised day counters on the station, a sync, a city collector.

Nothing per person is stored or sent: counters are keyed by (day, metric,
dimension), where a dimension is a short word from a fixed vocabulary (an hour,
a duration bucket, a service id, a language code). See docs/usage.md.

Modules::

    metrics      pure: the metric vocabulary and dimension rules
    aggregate    pure: events → increments
    retry        pure: backoff delays and which responses to retry
    store        the station's SQLite counter file (SQLAlchemy, Alembic)
    counters     the lifecycle sink and the "usage" wipe step
    credentials  keyring backend over systemd credentials; refusal of insecure ones
    sync         the sync client (httpx)
    syncstate    when the sync last ran and last worked (for the staff panel)
    stationstate the shell's state file for the heartbeat (atomic JSON)
    heartbeat    pure: the heartbeat body from that state, in fixed vocabularies
    machine      the clock (adjtimex) and disk as the sync process sees them
    collector/   the city collector (ASGI: a lean ingest path, FastAPI for the rest;
                 PostgreSQL or SQLite), export and report
    cli          `kiosk usage …`

Exceptions::

    UsageError
    ├── CounterError            a count is not in the vocabulary (names metric and fix)
    ├── StoreError              the counter file cannot be opened, migrated or written
    ├── TokenError              no token, or the keyring backend is not safe for it
    ├── SyncError               a sync did not deliver every day (data kept)
    │   ├── CollectorRejected   the collector answered 4xx: not retried
    │   └── CollectorUnavailable network errors or 5xx after all retries
    └── CollectorConfigError    the collector database or token store is unusable
"""

from kiosk.usage.errors import (
    CollectorConfigError,
    CollectorRejected,
    CollectorUnavailable,
    CounterError,
    StoreError,
    SyncError,
    TokenError,
    UsageError,
)

__all__ = [
    "CollectorConfigError",
    "CollectorRejected",
    "CollectorUnavailable",
    "CounterError",
    "StoreError",
    "SyncError",
    "TokenError",
    "UsageError",
]
