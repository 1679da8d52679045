"""Parsing a batch: the lean decoder takes a subset of what the pydantic models
take, to the same rows; everything else gets the models' answer (422 reasons)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.usage.collector import dayrows, ingest
from kiosk.usage.collector.ingest import Refused

TODAY = date(2026, 3, 10)
MAX_AGE = 400


def body(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


def count(metric: str, dimension: str | None, value: object) -> dict[str, Any]:
    out: dict[str, Any] = {"metric": metric, "value": value}
    if dimension is not None:
        out["dimension"] = dimension
    return out


def checked(raw: bytes) -> tuple[int, list[dayrows.DayRow]]:
    days, flat = ingest.parse_checked(raw, TODAY, MAX_AGE)
    return days, dayrows.from_flat(flat)


def test_the_usual_batch_takes_the_lean_way_sorted_by_counter() -> None:
    raw = body(
        {
            "days": [
                {
                    "day": "2026-03-10",
                    "counts": [
                        count("sessions", "", 4),
                        count("service_launches", "jobs", 2),
                        count("print_pages", None, 0),
                    ],
                },
                {"day": "2026-03-08", "counts": []},
            ]
        }
    )
    got = ingest._parse_fast(raw, TODAY, MAX_AGE)
    assert got == (
        2,
        [  # the day without counts stores no row
            (
                date(2026, 3, 10),
                ("print_pages", "service_launches", "sessions"),
                ("", "jobs", ""),
                (0, 2, 4),
            ),
        ],
    )
    assert got == checked(raw) == ingest.parse(raw, TODAY, MAX_AGE)


@pytest.mark.parametrize(
    "obj",
    [
        {"days": []},
        {"days": [{"day": "2026-03-10", "counts": []}], "station": "x"},
        {"days": [{"day": "2026-03-10", "counts": [count("sessions", "", True)]}]},
        {"days": [{"day": "2026-03-10", "counts": [count("sessions", "", 1.0)]}]},
        {"days": [{"day": "2026-03-10", "counts": [count("sessions", "", "1")]}]},
        {"days": [{"day": "2026-03-10", "counts": [count("sessions", "", -1)]}]},
        {"days": [{"day": "2026-03-10", "counts": [count("nope", "", 1)]}]},
        {"days": [{"day": "2026-03-10", "counts": [count("sessions", "x", 1)]}]},
        {"days": [{"day": "2026-03-10", "counts": [count("sessions", None, 1)] * 2}]},
        {"days": [{"day": "2026-03-12", "counts": []}]},  # the future
        {"days": [{"day": "2025-01-01", "counts": []}]},  # too old
        {"days": [{"day": "2026-02-30", "counts": []}]},
        {"days": [{"day": "２０２６-03-10", "counts": []}]},
        {"days": [{"day": "2026-03-10", "counts": [], "x": 1}]},
        # a day twice: the models' way merges it (or refuses a count twice)
        {"days": [{"day": "2026-03-10", "counts": []}] * 2},
        {"days": [{"day": "2026-03-10", "counts": []}] * 32},
        "not a batch",
    ],
)
def test_the_lean_way_leaves_the_rest_to_the_models(obj: object) -> None:
    raw = body(obj)
    with pytest.raises(ingest._NotFast):
        ingest._parse_fast(raw, TODAY, MAX_AGE)
    try:
        expected: object = checked(raw)
    except Refused as refused:
        expected = (refused.status, refused.detail)
    try:
        got: object = ingest.parse(raw, TODAY, MAX_AGE)
    except Refused as refused:
        got = (refused.status, refused.detail)
    assert got == expected


def test_broken_json_is_the_models_422() -> None:
    with pytest.raises(Refused) as refused:
        ingest.parse(b'{"days": [', TODAY, MAX_AGE)
    assert refused.value.status == 422
    assert refused.value.detail[0]["type"] == "json_invalid"


METRICS = ["sessions", "service_launches", "sessions_ended", "print_pages", "x", ""]
DIMENSIONS = ["", "jobs", "idle", "resident", "svc-1", "null", "A", 'a"b', "a" * 33]
VALUES: list[object] = [0, 1, 10**9, 10**9 + 1, -1, True, 1.5, "2", None]
DAYS = [
    (TODAY - timedelta(days=n)).isoformat() for n in (-2, -1, 0, 1, 399, 400, 401)
] + ["2026-3-1", "2026-02-30"]
GOOD = [
    ("sessions", None),
    ("sessions", ""),
    ("print_pages", ""),
    ("service_launches", "jobs"),
    ("service_launches", "null"),
    ("service_launches", "svc-1"),
    ("sessions_ended", "idle"),
]
good_counts = st.builds(
    lambda key, value: count(*key, value),
    st.sampled_from(GOOD),
    st.integers(0, 10**9),
)
any_counts = st.builds(
    count,
    st.sampled_from(METRICS),
    st.none() | st.sampled_from(DIMENSIONS),
    st.sampled_from(VALUES),
)
good_days = st.fixed_dictionaries(
    {
        "day": st.sampled_from(DAYS[1:5]),
        "counts": st.lists(
            good_counts,
            max_size=5,
            unique_by=lambda c: (c["metric"], c.get("dimension", "")),
        ),
    }
)
any_days = st.fixed_dictionaries(
    {
        "day": st.sampled_from(DAYS),
        "counts": st.lists(good_counts | any_counts, max_size=5),
    },
    optional={"extra": st.just(1)},
)
batches = st.fixed_dictionaries(
    {"days": st.lists(good_days | good_days | any_days, max_size=4)}
)


@settings(max_examples=400, deadline=None)
@given(batches)
def test_what_the_lean_way_takes_the_models_take_to_the_same_rows(
    obj: dict[str, Any],
) -> None:
    raw = body(obj)
    try:
        fast = ingest._parse_fast(raw, TODAY, MAX_AGE)
    except ingest._NotFast:
        return
    assert fast == checked(raw)  # never a refusal the lean way skipped
