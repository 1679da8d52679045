"""Day rows: grouping flat counts, merging a day, the upsert's JSON parameter."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kiosk.usage.collector import dayrows
from kiosk.usage.collector.dayrows import DayRow

D1, D2 = date(2026, 3, 9), date(2026, 3, 10)


@pytest.mark.parametrize(
    ("flat", "rows"),
    [
        ([], []),
        (
            [(D2, "sessions", "", 3), (D1, "sessions", "", 1)],
            [(D1, ("sessions",), ("",), (1,)), (D2, ("sessions",), ("",), (3,))],
        ),
        (  # sorted by (metric, dimension), byte-wise
            [(D1, "sessions", "", 1), (D1, "service_launches", "jobs", 2),
             (D1, "service_launches", "buergerservice", 4)],
            [(D1, ("service_launches", "service_launches", "sessions"),
              ("buergerservice", "jobs", ""), (4, 2, 1))],
        ),
        (  # the same count twice: the later value wins
            [(D1, "sessions", "", 1), (D1, "sessions", "", 7)],
            [(D1, ("sessions",), ("",), (7,))],
        ),
    ],
)  # fmt: skip
def test_from_flat_groups_by_day_in_order(
    flat: list[dayrows.Flat], rows: list[DayRow]
) -> None:
    assert dayrows.from_flat(flat) == rows
    assert sorted(dayrows.flat(rows)) == sorted(
        {(d, m, dim): (d, m, dim, v) for d, m, dim, v in flat}.values()
    )


def test_merge_keeps_old_counts_and_lets_new_values_win() -> None:
    old = dayrows.from_flat([(D1, "sessions", "", 1), (D1, "cards_left", "", 2)])[0]
    new = dayrows.from_flat([(D1, "sessions", "", 5), (D1, "print_jobs", "", 3)])[0]
    assert dayrows.merge(old, new) == (
        D1,
        ("cards_left", "print_jobs", "sessions"),
        ("", "", ""),
        (2, 3, 5),
    )


def test_upsert_param_is_key_ordered_quoted_and_skips_empty_days() -> None:
    rows = {
        (D2, "b-1"): (D2, ("sessions",), ("",), (1,)),
        (D1, "c-1"): (D1, ("sessions",), ("",), (4,)),
        (D1, "b-1"): (D1, ("null", 'x"y'), ("a\\b", ""), (2, 10**9)),
        (D1, "a-1"): (D1, (), (), ()),  # a day sent without counts
    }
    assert json.loads(dayrows.upsert_param(rows)) == [
        [['{"null","x\\"y"}', '{"a\\\\b",""}'], ['{"sessions"}', '{""}']],
        [
            ["2026-03-09", "b-1", 1, "{2,1000000000}"],
            ["2026-03-09", "c-1", 2, "{4}"],
            ["2026-03-10", "b-1", 2, "{1}"],
        ],
    ]
    assert json.loads(dayrows.upsert_param({})) == [[], []]


def test_the_literal_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dayrows, "LITERAL_CACHE", 3)
    monkeypatch.setattr(dayrows, "_literals", {})
    for i in range(10):
        row = (D1, (f"m{i}",), ("",), (i,))
        param = json.loads(dayrows.upsert_param({(D1, "s-1"): row}))
        assert param == [
            [[f'{{"m{i}"}}', '{""}']],
            [["2026-03-09", "s-1", 1, f"{{{i}}}"]],
        ]
        assert len(dayrows._literals) <= 3
