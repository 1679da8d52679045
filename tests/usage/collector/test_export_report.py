"""CSV/JSON formatting and the offline HTML report (pure)."""

from __future__ import annotations

import json
from datetime import date

from kiosk.usage.collector import export, report

ROWS = [
    ("lobeda-1", date(2026, 3, 1), "sessions", "", 12),
    ("lobeda-1", date(2026, 3, 1), "service_launches", "jobs", 3),
    ("lobeda-1", date(2026, 3, 1), "service_launches", "buergerservice", 1),
    ("winzerla-1", date(2026, 3, 2), "sessions", "", 5),
    ("winzerla-1", date(2026, 3, 2), "print_pages", "", 40),
    ("winzerla-1", date(2026, 3, 2), "eid_started", "", 2),
    ("winzerla-1", date(2026, 3, 2), "out_of_service_minutes", "staff", 90),
]


def test_csv_in_small_chunks_is_whole() -> None:
    text = "".join(export.csv_chunks(ROWS, rows_per_chunk=2))
    lines = text.splitlines()
    assert lines[0] == "station,day,metric,dimension,value"
    assert lines[1] == "lobeda-1,2026-03-01,sessions,,12"
    assert len(lines) == len(ROWS) + 1


def test_json_in_small_chunks_is_valid() -> None:
    data = json.loads("".join(export.json_chunks(ROWS, rows_per_chunk=3)))
    assert len(data) == len(ROWS)
    assert data[4] == {
        "station": "winzerla-1",
        "day": "2026-03-02",
        "metric": "print_pages",
        "dimension": "",
        "value": 40,
    }
    assert json.loads("".join(export.json_chunks([]))) == []


def test_report_has_the_kpi_on_top_and_works_offline() -> None:
    html = report.render(ROWS, date(2026, 3, 1), date(2026, 3, 2))
    kpi = html.index("Anzahl Nutzungen")
    assert kpi < html.index("<svg")
    assert '<div class="value">17</div>' in html
    for title in (
        "Sessions per day per station",
        "Share of services",
        "Pages printed per day",
        "eID uses per day",
        "Out-of-service time per station",
    ):
        assert title in html
    assert "75 %" in html  # jobs: 3 of 4 launches
    assert "<script" not in html and "http://" not in html and "https://" not in html


def test_report_of_an_empty_period_says_so() -> None:
    html = report.render([], date(2026, 3, 1), date(2026, 3, 1))
    assert '<div class="value">0</div>' in html
    assert html.count("No data in this period.") == 5
