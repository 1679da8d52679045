"""PostgreSQL: one row per station and day (`station_days`); `counts` a view.

A station sends whole days; analysts export whole periods. So on PostgreSQL a
day of a station is one row: its counts as three sorted arrays (metric,
dimension, value) and, generated from them by the database, the same counts
as ready CSV lines. A batch then writes one row per day instead of one per
count, and a year's CSV export reads 365 × stations rows of text already in
key order instead of formatting and sorting millions of rows.

`counts` stays, as a view with the old five columns: reads (JSON export,
report, filters) work unchanged, and writes to it (INSERT, UPDATE, DELETE)
go through INSTEAD OF triggers into station_days. Upserts keep their meaning:
a later value of a (metric, dimension) replaces the earlier one, the day's
other counts stay. The CHECK constraints keep every counter element a slug, a
value never negative; `lines` cannot be written at all. Keys use the "C"
collation: slugs are ASCII, so byte order is the natural order on every
server locale. Existing counts are moved over; nothing is lost (downgrade
moves them back).

SQLite (the embedded collector) keeps its `counts` table.

Revision ID: c0002
Revises: c0001
"""

from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None

UPGRADE = r"""
-- The CSV lines "station,YYYY-MM-DD,metric,dimension,value\n" of one day of
-- one station, as csv.writer writes them (only a station id could ever need
-- quotes). Refuses counts that are not in strict (metric, dimension) order,
-- so a day never holds a count twice. PL/pgSQL: a loop over ~25 counts costs
-- a fraction of the set-based SQL. to_char with digit fields only depends on
-- no setting, so the function is truly immutable.
CREATE FUNCTION usage_lines(station text, day date, metrics text[],
                            dimensions text[], vals bigint[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    prefix text := CASE WHEN station ~ '[",\r\n]'
                        THEN '"' || replace(station, '"', '""') || '"'
                        ELSE station END
                   || ',' || to_char(day, 'YYYY-MM-DD') || ',';
    out text := '';
    i int;
BEGIN
    FOR i IN 1 .. coalesce(cardinality(metrics), 0) LOOP
        IF i > 1 AND (metrics[i - 1] COLLATE "C", dimensions[i - 1] COLLATE "C")
                     >= (metrics[i] COLLATE "C", dimensions[i] COLLATE "C") THEN
            RAISE check_violation USING MESSAGE = format(
                'station_days: counts not in strict (metric, dimension) order '
                'at %s/%s', metrics[i], dimensions[i]);
        END IF;
        out := out || prefix || metrics[i] || ',' || dimensions[i] || ','
               || vals[i] || E'\n';
    END LOOP;
    RETURN out;
END $$;

CREATE TABLE station_days (
    day date NOT NULL,
    station_id varchar(63) COLLATE "C" NOT NULL,
    -- varchar(32) holds for every element: no metric or dimension is longer
    metrics varchar(32)[] COLLATE "C" NOT NULL,
    dimensions varchar(32)[] COLLATE "C" NOT NULL,
    vals bigint[] NOT NULL,
    lines text COLLATE "C" NOT NULL
        GENERATED ALWAYS AS (usage_lines(station_id, day, metrics, dimensions,
                                         vals)) STORED,
    PRIMARY KEY (day, station_id),
    CONSTRAINT station_days_shape CHECK (
        array_ndims(metrics) = 1
        AND cardinality(metrics) = cardinality(dimensions)
        AND cardinality(metrics) = cardinality(vals)),
    -- Every element a slug: joined by ' ' (which no slug holds), a metric is
    -- [a-z0-9_-]+ and a dimension [a-z0-9_-]*; counting the spaces proves no
    -- element brought one of its own (or was NULL).
    CONSTRAINT station_days_slugs CHECK (
        cardinality(metrics) = 0
        OR (array_to_string(metrics, ' ') ~ '^[a-z0-9_-]+( [a-z0-9_-]+)*$'
            AND length(array_to_string(metrics, ' '))
                - length(replace(array_to_string(metrics, ' '), ' ', ''))
                = cardinality(metrics) - 1
            AND array_to_string(dimensions, ' ', '?') !~ '[^a-z0-9_ -]'
            AND length(array_to_string(dimensions, ' '))
                - length(replace(array_to_string(dimensions, ' '), ' ', ''))
                = cardinality(dimensions) - 1)),
    CONSTRAINT station_days_value_not_negative CHECK (
        0 <= ALL (vals) AND array_position(vals, NULL) IS NULL)
) WITH (toast_tuple_target = 8160);
CREATE INDEX station_days_station ON station_days (station_id, day);

-- Merge a day's counts: new values win, counts only in the old row stay;
-- sorted by (metric, dimension). The usual case, a station sending the same
-- counters again, costs one comparison.
CREATE FUNCTION usage_merge(
    old_m text[], old_d text[], old_v bigint[],
    new_m text[], new_d text[], new_v bigint[],
    OUT metrics text[], OUT dimensions text[], OUT vals bigint[])
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    IF old_m = new_m AND old_d = new_d THEN
        metrics := new_m; dimensions := new_d; vals := new_v;
        RETURN;
    END IF;
    SELECT array_agg(m ORDER BY m, d), array_agg(d ORDER BY m, d),
           array_agg(v ORDER BY m, d)
    INTO metrics, dimensions, vals
    FROM (SELECT DISTINCT ON (m, d) m, d, v
          FROM (SELECT m COLLATE "C" AS m, d COLLATE "C" AS d, v, 0 AS o
                FROM unnest(new_m, new_d, new_v) AS n(m, d, v)
                UNION ALL
                SELECT m COLLATE "C", d COLLATE "C", v, 1
                FROM unnest(old_m, old_d, old_v) AS p(m, d, v)) AS a
          ORDER BY m, d, o) AS b;
END $$;

INSERT INTO station_days (day, station_id, metrics, dimensions, vals)
SELECT day, station_id,
       array_agg(metric::text ORDER BY metric COLLATE "C", dimension COLLATE "C"),
       array_agg(dimension::text ORDER BY metric COLLATE "C", dimension COLLATE "C"),
       array_agg(value ORDER BY metric COLLATE "C", dimension COLLATE "C")
FROM counts GROUP BY day, station_id;
DROP TABLE counts;

CREATE VIEW counts AS
    SELECT s.station_id, s.day, u.metric::varchar(32) COLLATE "C" AS metric,
           u.dimension::varchar(32) COLLATE "C" AS dimension, u.value
    FROM station_days AS s,
         unnest(s.metrics, s.dimensions, s.vals) AS u(metric, dimension, value);

-- Writes to the view: one count at a time into its day's row.
CREATE FUNCTION counts_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE station_days s
        SET (metrics, dimensions, vals) = (
            SELECT coalesce(array_agg(m ORDER BY i), '{}'),
                   coalesce(array_agg(d ORDER BY i), '{}'),
                   coalesce(array_agg(v ORDER BY i), '{}')
            FROM unnest(s.metrics, s.dimensions, s.vals) WITH ORDINALITY
                 AS u(m, d, v, i)
            WHERE (m, d) <> (OLD.metric::text, OLD.dimension::text))
        WHERE s.day = OLD.day AND s.station_id = OLD.station_id;
        DELETE FROM station_days
        WHERE day = OLD.day AND station_id = OLD.station_id
          AND cardinality(metrics) = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF TG_OP = 'INSERT' AND EXISTS (
            SELECT 1 FROM counts c
            WHERE c.station_id = NEW.station_id AND c.day = NEW.day
              AND c.metric = NEW.metric AND c.dimension = NEW.dimension) THEN
            RAISE unique_violation USING MESSAGE = 'duplicate key value violates '
                'unique constraint "counts_pkey"';
        END IF;
        INSERT INTO station_days AS s (day, station_id, metrics, dimensions, vals)
        VALUES (NEW.day, NEW.station_id, ARRAY[NEW.metric::text],
                ARRAY[NEW.dimension::text], ARRAY[NEW.value])
        ON CONFLICT (day, station_id) DO UPDATE
        SET (metrics, dimensions, vals) = (
            SELECT * FROM usage_merge(s.metrics, s.dimensions, s.vals,
                                      EXCLUDED.metrics, EXCLUDED.dimensions,
                                      EXCLUDED.vals));
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER counts_write INSTEAD OF INSERT OR UPDATE OR DELETE ON counts
    FOR EACH ROW EXECUTE FUNCTION counts_write();
"""

DOWNGRADE = """
DROP TRIGGER counts_write ON counts;
DROP FUNCTION counts_write();
DROP VIEW counts;
CREATE TABLE counts (
    station_id varchar(63) NOT NULL,
    day date NOT NULL,
    metric varchar(32) NOT NULL,
    dimension varchar(32) NOT NULL,
    value bigint NOT NULL,
    PRIMARY KEY (station_id, day, metric, dimension),
    CONSTRAINT counts_value_not_negative CHECK (value >= 0),
    CONSTRAINT counts_metric_length CHECK (length(metric) BETWEEN 1 AND 32),
    CONSTRAINT counts_dimension_length CHECK (length(dimension) <= 32),
    CONSTRAINT counts_slugs_pg
        CHECK (metric ~ '^[a-z0-9_-]*$' AND dimension ~ '^[a-z0-9_-]*$')
);
CREATE INDEX counts_day ON counts (day, station_id);
INSERT INTO counts
SELECT s.station_id, s.day, u.m, u.d, u.v
FROM station_days AS s, unnest(s.metrics, s.dimensions, s.vals) AS u(m, d, v);
DROP TABLE station_days;
DROP FUNCTION usage_merge(text[], text[], bigint[], text[], text[], bigint[]);
DROP FUNCTION usage_lines(text, date, text[], text[], bigint[]);
"""


def _postgres() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


def upgrade() -> None:
    if _postgres():
        op.get_bind().exec_driver_sql(UPGRADE)


def downgrade() -> None:
    if _postgres():
        op.get_bind().exec_driver_sql(DOWNGRADE)
