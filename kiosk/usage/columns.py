"""Column rules shared by the station and the collector counter tables.

The constraints make the database itself refuse what must never be stored:
a dimension is a short slug (no ':', '/', '.', spaces: no URL, no clock time,
no free text), a day is a date and nothing finer, a value is never negative.
"""

from __future__ import annotations

import sqlalchemy as sa

from kiosk.usage import metrics


def counter_checks(prefix: str) -> list[sa.CheckConstraint]:
    slug_sqlite = "NOT GLOB '*[^a-z0-9_-]*'"
    slug_pg = "~ '^[a-z0-9_-]*$'"
    return [
        sa.CheckConstraint("value >= 0", name=f"{prefix}_value_not_negative"),
        sa.CheckConstraint(
            f"length(metric) BETWEEN 1 AND {metrics.METRIC_MAX}",
            name=f"{prefix}_metric_length",
        ),
        sa.CheckConstraint(
            f"length(dimension) <= {metrics.DIMENSION_MAX}",
            name=f"{prefix}_dimension_length",
        ),
        sa.CheckConstraint(
            f"metric {slug_sqlite} AND dimension {slug_sqlite}",
            name=f"{prefix}_slugs_sqlite",
        ).ddl_if(dialect="sqlite"),
        sa.CheckConstraint(
            f"metric {slug_pg} AND dimension {slug_pg}", name=f"{prefix}_slugs_pg"
        ).ddl_if(dialect="postgresql"),
        # SQLite stores a Date as text: only YYYY-MM-DD, never a time of day.
        sa.CheckConstraint(
            "day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'",
            name=f"{prefix}_day_is_date",
        ).ddl_if(dialect="sqlite"),
    ]
