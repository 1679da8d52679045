"""Results entries: shape checks, JSON, and the Markdown table."""

from __future__ import annotations

import json

import pytest

from bench.common import Result
from bench.errors import BadEntry
from bench.report import (
    Entry,
    failure,
    merge,
    parse_entries,
    parse_entry,
    render_markdown,
    to_json,
)

GOOD = {
    "name": "session_reset",
    "median": 18.4,
    "unit": "ms",
    "runs": 25,
    "reference": "peer",
    "reference_median": 912.0,
}


def test_result_json_is_a_valid_entry():
    raw = Result("x", 1.5, "ms", 3, "floor", 1.0, "n").as_json()
    entry = parse_entry(raw, "here")
    assert entry == Entry("x", 1.5, "ms", 3, "floor", 1.0, "n")


def test_json_has_exactly_the_documented_keys_and_null_references():
    entries = [Entry("a", 2.0, "ms", 5), Entry("b", 1.0, "%", 1, "r", 3.0, "note")]
    out = json.loads(to_json(entries))
    assert list(out[0]) == [
        "name",
        "median",
        "unit",
        "runs",
        "reference",
        "reference_median",
    ]
    assert out[0]["reference"] is None and out[0]["reference_median"] is None
    assert out[1]["note"] == "note"
    assert parse_entries(out, "round trip") == entries


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"median": "fast"}, "'median' must be a number or null"),
        ({"median": float("nan")}, "'median' must be finite"),
        ({"runs": -1}, "'runs' must be a whole number"),
        ({"runs": True}, "'runs' must be a whole number"),
        ({"unit": 5}, "'unit' must be a string"),
        ({"name": ""}, "'name' must be a non-empty string"),
        ({"reference": 3}, "'reference' must be a string or null"),
        ({"reference_median": "x"}, "'reference_median' must be a number or null"),
        ({"extra": 1}, "unknown key(s) ['extra']"),
        ({"note": 1}, "'note' must be a string"),
    ],
)
def test_bad_entries_name_the_key(change, message):
    with pytest.raises(BadEntry) as caught:
        parse_entry({**GOOD, **change}, "bench.x[0]")
    assert message in str(caught.value)
    assert "bench.x[0]" in str(caught.value)


def test_missing_keys_are_listed():
    raw = {k: v for k, v in GOOD.items() if k not in ("runs", "unit")}
    with pytest.raises(BadEntry, match=r"missing key\(s\) \['unit', 'runs'\]"):
        parse_entry(raw, "e")


@pytest.mark.parametrize("raw", [{"a": 1}, "text", None])
def test_entries_must_be_a_list(raw):
    with pytest.raises(BadEntry, match="expected a JSON list"):
        parse_entries(raw, "file")


def test_failure_rows_have_no_median_and_say_why():
    row = failure("printing", "timed out after 5 s")
    assert row.failed and row.median is None and row.runs == 0
    assert row.note == "FAILED: timed out after 5 s"
    assert parse_entry(row.as_json(), "x") == row


def test_table_shows_ratio_previous_verdict_and_failures():
    entries = [
        Entry("session_start", 60.5, "ms", 25, "floor", 40.0, "a|b"),
        Entry("cold_start", 1234.5, "ms", 11),
        failure("printing", "exit code 1"),
    ]
    table = render_markdown(
        entries,
        verdicts={"session_start": "✓ ok"},
        previous={"session_start": 55.0},
        header="# Results",
    )
    lines = table.splitlines()
    assert lines[0] == "# Results"
    start = next(line for line in lines if line.startswith("| session_start"))
    assert "| 60.5 |" in start and "| 40 |" in start and "| 1.51 |" in start
    assert "| 55 |" in start and "✓ ok" in start and "a\\|b" in start
    cold = next(line for line in lines if line.startswith("| cold_start"))
    assert "| 1234 |" in cold and "| – |" in cold
    assert "**1 module(s) failed:** printing" in table


def test_a_partial_run_replaces_its_rows_and_keeps_the_others():
    old = [
        Entry("cold_start", 900.0, "ms", 11),
        failure("soak", "timed out after 5 s"),
        Entry("session_reset", 20.0, "ms", 25),
    ]
    new = [
        Entry("soak_fd_growth", 0.0, "fds", 500),
        Entry("cold_start", 950.0, "ms", 3),
    ]
    assert merge(old, new, ["soak", "cold_start"]) == [old[2], *new]
