"""Count rows as CSV or JSON, streamed in chunks. Pure formatting."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import date

Row = tuple[str, date, str, str, int]
HEADER = ("station", "day", "metric", "dimension", "value")
HEADER_LINE = ",".join(HEADER) + "\n"


def csv_chunks(rows: Iterable[Row], rows_per_chunk: int = 5000) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    for n, (station, day, metric, dimension, value) in enumerate(rows, start=1):
        writer.writerow((station, day.isoformat(), metric, dimension, value))
        if n % rows_per_chunk == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def json_chunks(rows: Iterable[Row], rows_per_chunk: int = 5000) -> Iterator[str]:
    """A JSON array of objects, written piecewise so a year never sits in memory."""
    parts: list[str] = []
    first = True
    yield "["
    for station, day, metric, dimension, value in rows:
        item = json.dumps(
            {
                "station": station,
                "day": day.isoformat(),
                "metric": metric,
                "dimension": dimension,
                "value": value,
            },
            separators=(",", ":"),
        )
        parts.append(item if first else "," + item)
        first = False
        if len(parts) >= rows_per_chunk:
            yield "".join(parts)
            parts.clear()
    yield "".join(parts) + "]"
