"""The station counter file on real SQLite."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk.usage.aggregate import Increment, Outage
from kiosk.usage.errors import CounterError, StoreError
from kiosk.usage.store import CounterStore

D1, D2, D3 = date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3)


@pytest.fixture
def store(tmp_path: Path) -> CounterStore:
    s = CounterStore(tmp_path / "usage.sqlite")
    yield s
    s.close()


def test_increments_add_up(store: CounterStore) -> None:
    store.apply([Increment(D1, "sessions", "", 1), Increment(D1, "print_pages", "", 5)])
    store.apply([Increment(D1, "sessions", "", 1)])
    assert store.values(D1) == {("sessions", ""): 2, ("print_pages", ""): 5}
    assert store.values(D2) == {}


def test_the_file_is_in_wal_mode_with_full_sync(store: CounterStore) -> None:
    con = sqlite3.connect(store.path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        con.close()
    assert store.integrity_ok()


def test_pending_days_are_changed_days_and_today(store: CounterStore) -> None:
    store.apply([Increment(D1, "sessions", "", 1)])
    assert store.pending_days(today=D3) == [D1, D3]
    store.confirm(store.snapshot([D1, D3]))
    assert store.pending_days(today=D3) == [D3]
    store.apply([Increment(D1, "cards_left", "", 1)])  # a late change to D1
    assert store.pending_days(today=D3) == [D1, D3]


def test_a_change_during_a_sync_is_sent_again(store: CounterStore) -> None:
    store.apply([Increment(D1, "sessions", "", 1)])
    snap = store.snapshot([D1])
    store.apply([Increment(D1, "sessions", "", 1)])  # lands while the batch is out
    store.confirm(snap)
    assert store.pending_days(today=D2) == [D1, D2]
    assert store.snapshot([D1])[0].counts == (("sessions", "", 2),)


def test_confirm_never_moves_backwards(store: CounterStore) -> None:
    store.apply([Increment(D1, "sessions", "", 1)])
    old = store.snapshot([D1])
    store.apply([Increment(D1, "sessions", "", 1)])
    store.confirm(store.snapshot([D1]))
    store.confirm(old)  # a slow, older confirmation arrives last
    assert store.pending_days(today=D2) == [D2]


def test_a_failing_transaction_writes_nothing(store: CounterStore) -> None:
    with pytest.raises(CounterError):
        store.apply([Increment(D1, "sessions", "", 1), Increment(D1, "bogus", "", 1)])
    assert store.values(D1) == {}
    assert store.pending_days(today=D1) == [D1]


def test_open_outage_is_kept(store: CounterStore, tmp_path: Path) -> None:
    since = datetime(2026, 3, 1, 9, 15, 42, tzinfo=UTC)
    store.apply([], Outage(since=since, reason="staff"))
    again = CounterStore(tmp_path / "usage.sqlite")
    assert again.outage() == Outage(since=since.replace(second=0), reason="staff")
    again.apply([], None)
    assert store.outage() is None
    again.close()


def test_an_unwritable_place_names_the_fix(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="writable by the kiosk user"):
        CounterStore(blocker / "usage.sqlite")


def test_the_file_is_shared_by_group_with_the_sync(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import stat

    from kiosk.usage.store import CounterStore

    path = tmp_path / "usage.sqlite"
    store = CounterStore(path)
    try:
        # SQLite's WAL files take the database's mode when it makes them.
        for name in ("usage.sqlite", "usage.sqlite-wal", "usage.sqlite-shm"):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o660, name
    finally:
        store.close()
