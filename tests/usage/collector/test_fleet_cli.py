"""`kiosk usage account|station` and `token create --office` (SQLite)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk import cli
from kiosk.usage.collector.db import CollectorDB
from kiosk.usage.collector.fleetdb import FleetDB
from kiosk.usage.collector.web import _check_password


def test_accounts_from_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    base = ["usage", "account", "--database", url]
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert cli.main([*base, "create", "anna", "--role", "it"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert cli.main([*base, "create", "bob", "--role", "it"]) == 2
    assert "12 characters" in capsys.readouterr().err
    assert cli.main([*base, "create", "eve", "--role", "office"]) == 2  # no office
    assert cli.main([*base, "create", "p", "--role", "it", "--proxy-only"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert cli.main([*base, "create", "anna", "--role", "it"]) == 1  # exists
    capsys.readouterr()
    assert cli.main([*base, "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "anna\tit\t-\tactive",
        "p\tit\t-\tactive",
    ]
    db = CollectorDB.open(url)
    fleet = FleetDB(db.engine)
    assert _check_password(fleet, "anna", "correct horse battery") is not None
    assert _check_password(fleet, "anna", "wrong") is None
    assert _check_password(fleet, "p", "") is None  # proxy only: no password works
    assert cli.main([*base, "disable", "anna"]) == 0
    assert _check_password(fleet, "anna", "correct horse battery") is None
    db.engine.dispose()


def test_offices_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    assert (
        cli.main(
            [
                "usage",
                "token",
                "--database",
                url,
                "create",
                "--station",
                "lobeda-1",
                "--office",
                "lobeda",
            ]
        )
        == 0
    )
    assert cli.main(["usage", "station", "--database", url, "nope-1", "x"]) == 1
    assert cli.main(["usage", "station", "--database", url, "lobeda-1", "city"]) == 0
    db = CollectorDB.open(url)
    assert [r.office for r in FleetDB(db.engine).all_stations()] == ["city"]
    db.engine.dispose()
