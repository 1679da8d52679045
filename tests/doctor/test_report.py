"""Verdict aggregation: the exit status and the table IT reads."""

from __future__ import annotations

import json

import pytest

from kiosk.doctor.report import CheckResult, Report, Verdict

OK, WARN, FAIL, SKIP = Verdict.OK, Verdict.WARN, Verdict.FAIL, Verdict.SKIP


def row(name: str, verdict: Verdict, resident: bool = True) -> CheckResult:
    return CheckResult(name, verdict, f"{name} detail", f"fix {name}", resident)


@pytest.mark.parametrize(
    ("rows", "status"),
    [
        ([], 0),
        ([row("a", OK)], 0),
        ([row("a", OK), row("b", WARN), row("c", SKIP)], 0),
        ([row("a", FAIL)], 1),
        ([row("a", OK), row("b", FAIL)], 1),
        # Only staff or the city notice these: reported, status stays 0.
        ([row("collector", FAIL, resident=False)], 0),
        ([row("collector", FAIL, resident=False), row("b", FAIL)], 1),
    ],
)
def test_exit_status(rows: list[CheckResult], status: int) -> None:
    assert Report.of(rows).exit_status == status


def test_table_shows_fix_only_for_problems() -> None:
    table = Report.of([row("config", OK), row("printer", FAIL)]).table()
    assert "fix printer" in table
    assert "fix config" not in table
    assert "Residents are affected by: printer." in table


def test_summary_when_all_is_well() -> None:
    summary = Report.of([row("a", OK), row("b", WARN)]).summary()
    assert summary == "1 ok, 1 warn. Nothing a resident needs is broken."


def test_json_round_trip() -> None:
    data = json.loads(Report.of([row("a", OK), row("b", FAIL)]).to_json())
    assert data["exit_status"] == 1
    assert [(c["name"], c["verdict"]) for c in data["checks"]] == [
        ("a", "ok"),
        ("b", "FAIL"),
    ]


def test_result_by_name() -> None:
    report = Report.of([row("a", OK)])
    assert report.result("a").verdict is OK
    with pytest.raises(KeyError):
        report.result("missing")
