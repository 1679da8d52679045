from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.staff import pin as pinlib
from kiosk.staff.errors import PinRecordError, PinStoreError
from kiosk.staff.lockout import Attempts
from kiosk.staff.store import ATTEMPTS_FILE, HASH_FILE, PinStore


@pytest.fixture
def store(tmp_path: Path) -> PinStore:
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    return PinStore(state)


def test_save_and_load(store: PinStore) -> None:
    assert store.load_record() is None
    assert store.load_attempts() == Attempts()
    store.save_attempts(Attempts(4, 123.5))
    record = pinlib.hash_pin("482913", n=2**14)
    store.save_record(record)
    assert store.load_record() == record
    assert store.load_attempts() == Attempts()  # a new PIN resets the counter
    for name in (HASH_FILE, ATTEMPTS_FILE):
        assert (store.dir / name).stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in store.dir.iterdir()) == [ATTEMPTS_FILE, HASH_FILE]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[]",
        '{"failures": -1, "not_before": 0}',
        '{"failures": "3"}',
        '{"failures": 1, "not_before": "x"}',
    ],
)
def test_damaged_counter_reads_as_none(store: PinStore, text: str) -> None:
    (store.dir / ATTEMPTS_FILE).write_text(text)
    assert store.load_attempts() is None


def test_damaged_hash_says_how_to_fix(store: PinStore) -> None:
    (store.dir / HASH_FILE).write_text("garbage\n")
    with pytest.raises(PinRecordError, match="kiosk staff set-pin"):
        store.load_record()


def test_check_dir(tmp_path: Path) -> None:
    with pytest.raises(PinStoreError, match="no such directory"):
        PinStore(tmp_path / "missing").check_dir()
    open_dir = tmp_path / "open"
    open_dir.mkdir(mode=0o755)
    os.chmod(open_dir, 0o755)
    with pytest.raises(PinStoreError, match="chmod 0700"):
        PinStore(open_dir).check_dir()
    os.chmod(open_dir, 0o700)
    PinStore(open_dir).check_dir()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only dir")
def test_unwritable_dir(store: PinStore) -> None:
    os.chmod(store.dir, 0o500)
    with pytest.raises(PinStoreError, match="cannot write"):
        store.save_attempts(Attempts(1, 0))
