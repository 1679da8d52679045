"""A station's day as the collector stores it: one row of sorted counts.

A batch arrives grouped by day, and PostgreSQL keeps one `station_days` row
per station and day (migration c0002). So a checked batch stays grouped:
a `DayRow` is (day, metrics, dimensions, values) with the counts in strict
(metric, dimension) order, no count twice. No object per count: a 30-day
backlog of 750 counts is 30 rows, and the array literals of the counters for
the upsert are joined once per distinct set of counters (every station sends
the same ones) and sent once per group, not escaped element by element.

Flat (day, metric, dimension, value) tuples (SQLite, tests) are grouped with
`from_flat`; the same station-day twice in a group is `merge`d, the later
values winning, as the database's upsert merges with what is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

import msgspec

DayRow = tuple[date, tuple[str, ...], tuple[str, ...], tuple[int, ...]]
Flat = tuple[date, str, str, int]  # (day, metric, dimension, value)
LITERAL_CACHE = 4096  # distinct counter sets remembered; more are joined anew

_literals: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, str]] = {}


def from_flat(values: Iterable[Flat]) -> list[DayRow]:
    """Rows per day in day order; a later value of the same count wins."""
    days: dict[date, dict[tuple[str, str], int]] = {}
    for day, metric, dimension, value in values:
        days.setdefault(day, {})[(metric, dimension)] = value
    return [_row(day, counts) for day, counts in sorted(days.items())]


def flat(rows: Iterable[DayRow]) -> list[Flat]:
    return [
        (day, m, d, v)
        for day, ms, ds, vs in rows
        for m, d, v in zip(ms, ds, vs, strict=True)
    ]


def merge(old: DayRow, new: DayRow) -> DayRow:
    """One day's row from two: new values win, counts only in `old` stay."""
    counts = dict(zip(zip(old[1], old[2], strict=True), old[3], strict=True))
    counts.update(zip(zip(new[1], new[2], strict=True), new[3], strict=True))
    return _row(new[0], counts)


def _row(day: date, counts: Mapping[tuple[str, str], int]) -> DayRow:
    keys = sorted(counts)
    return (
        day,
        tuple(m for m, _ in keys),
        tuple(d for _, d in keys),
        tuple(counts[k] for k in keys),
    )


def upsert_param(rows: Mapping[tuple[date, str], DayRow]) -> str:
    """The JSON parameter of db.STATION_DAYS_UPSERT for {(day, station): row}:
    [counter sets, rows]; a counter set [metrics, dimensions] as array
    literals, numbered from 1 in order of first use; a row [day, station,
    number of its counter set, values literal]. Rows in key order (so
    concurrent groups lock rows in one order), empty days left out (a day
    without counts stores no row)."""
    sets: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    out = []
    for day, station in sorted(rows):
        _, ms, ds, vs = rows[(day, station)]
        if not ms:
            continue
        number = sets.get((ms, ds))
        if number is None:
            number = sets[(ms, ds)] = len(sets) + 1
        out.append(
            (day.isoformat(), station, number, "{" + ",".join(map(str, vs)) + "}")
        )
    keys = [_key_literals(ms, ds) for ms, ds in sets]
    return msgspec.json.encode((keys, out)).decode()  # a third of json.dumps's time


def _key_literals(ms: tuple[str, ...], ds: tuple[str, ...]) -> tuple[str, str]:
    key = (ms, ds)
    found = _literals.get(key)
    if found is None:
        found = (_array(ms), _array(ds))
        if len(_literals) >= LITERAL_CACHE:
            _literals.clear()
        _literals[key] = found
    return found


def _array(elements: Iterable[str]) -> str:
    """A PostgreSQL array literal, every element in double quotes: unquoted,
    a slug like `null` would read as NULL."""
    return "{" + ",".join(map(_quoted, elements)) + "}"


def _quoted(element: str) -> str:
    return '"' + element.replace("\\", "\\\\").replace('"', '\\"') + '"'
