"""The on-disk list of the station's job ids (pure: a file, no CUPS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.printing.jobids import JobIdStore


def test_ids_survive_a_new_store_on_the_same_file(tmp_path: Path) -> None:
    store = JobIdStore(tmp_path / "state" / "print-jobs")
    store.add(7)
    store.add(12)
    store.add(7)  # once only
    assert JobIdStore(tmp_path / "state" / "print-jobs").ids() == (7, 12)
    store.remove(7)
    store.remove(99)  # not there: nothing happens
    assert store.ids() == (12,)


def test_a_pending_submit_is_kept_until_its_id_arrives(tmp_path: Path) -> None:
    store = JobIdStore(tmp_path / "print-jobs")
    store.add(3)
    store.begin_submit(1_796_000_000.9)
    # What a shell that crashed right now leaves behind:
    assert JobIdStore(tmp_path / "print-jobs").pending_since() == 1_796_000_000
    assert store.ids() == (3,)
    store.remove(3)
    assert store.pending_since() == 1_796_000_000  # removing an id keeps it
    store.add(4)
    assert (store.ids(), store.pending_since()) == ((4,), None)
    store.begin_submit(1_796_000_100)
    store.end_pending()
    assert (store.ids(), store.pending_since()) == ((4,), None)


@pytest.mark.parametrize(
    ("text", "ids", "pending"),
    [
        ("", (), None),
        ("5\n6\n", (5, 6), None),
        ("5\npending 1796000000\n", (5,), 1_796_000_000),
        ("0\n-3\nk-0123456789\n٣\n 8 \n", (8,), None),  # only real job ids
        ("pending\npending soon\n", (), None),
        ("9\n9\n", (9,), None),
    ],
)
def test_anything_that_is_not_a_job_id_is_ignored(
    tmp_path: Path, text: str, ids: tuple[int, ...], pending: int | None
) -> None:
    path = tmp_path / "print-jobs"
    path.write_text(text, encoding="utf-8")
    store = JobIdStore(path)
    assert (store.ids(), store.pending_since()) == (ids, pending)


def test_no_file_means_no_jobs(tmp_path: Path) -> None:
    assert JobIdStore(tmp_path / "none").ids() == ()


@pytest.mark.parametrize("bad", [0, -1])
def test_an_impossible_id_is_refused(tmp_path: Path, bad: int) -> None:
    with pytest.raises(ValueError, match="not a CUPS job id"):
        JobIdStore(tmp_path / "print-jobs").add(bad)


def test_pages_stay_with_an_id_until_it_is_settled(tmp_path) -> None:
    store = JobIdStore(tmp_path / "print-jobs")
    store.begin_submit(1000)
    store.add(7, 3)
    store.add(8)
    assert store.unsettled() == {7: 3} and store.ids() == (7, 8)
    assert (tmp_path / "print-jobs").read_text() == "7 3\n8\n"
    store.settle(7)
    assert store.unsettled() == {} and store.ids() == (7, 8)
    store.add(9, 1)
    store.remove(8)
    assert store.unsettled() == {9: 1} and store.ids() == (7, 9)
    (tmp_path / "print-jobs").write_text("5 x\n6 2\n")  # a torn line: id kept
    assert store.ids() == (5, 6) and store.unsettled() == {6: 2}
