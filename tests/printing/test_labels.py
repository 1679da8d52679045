"""Session labels and the crash-safe label file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.printing.labels import LABEL_RE, LabelStore, new_label


def test_new_labels_are_random_and_well_formed() -> None:
    labels = {new_label() for _ in range(50)}
    assert len(labels) == 50
    assert all(LABEL_RE.match(x) for x in labels)


def test_store_round_trip(tmp_path: Path) -> None:
    store = LabelStore(tmp_path / "state" / "labels")
    assert store.labels() == ()
    store.add("k-0123456789")
    store.add("k-abcdefabcd")
    store.add("k-0123456789")
    assert LabelStore(tmp_path / "state" / "labels").labels() == (
        "k-0123456789",
        "k-abcdefabcd",
    )
    store.remove("k-0123456789")
    assert store.labels() == ("k-abcdefabcd",)


@pytest.mark.parametrize("bad", ["", "root", "k-XYZ", "k-0123456789\nroot"])
def test_only_labels_are_stored(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError, match="not a session label"):
        LabelStore(tmp_path / "labels").add(bad)


def test_junk_in_the_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "labels"
    path.write_text("k-0123456789\nlp\n../../etc\n")
    assert LabelStore(path).labels() == ("k-0123456789",)
