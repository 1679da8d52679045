"""deploy/image/rauc-boot: RAUC's custom backend on boot-counting entries.

The real script on a loader folder, called the way RAUC 1.8 calls it during
an install from A to B (set-state B bad, set-primary B) and the way the
container loader and the bless unit do (next, set-state good). The whole
walk, with RAUC itself, is tests/deploy/test_image.py.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "deploy" / "image" / "rauc-boot"


def backend(loader: Path, *args: str, tries: int = 3) -> str:
    env = {**os.environ, "BUERGERTERMINAL_LOADER": str(loader)}
    env["BUERGERTERMINAL_TRIES"] = str(tries)
    done = subprocess.run(
        ["sh", str(SCRIPT), *args], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def entries(loader: Path) -> list[str]:
    return sorted(p.name for p in (loader / "entries").iterdir())


@pytest.fixture
def loader(tmp_path: Path) -> Path:
    """A station with version N in slot A, good (station.sh install)."""
    backend(tmp_path, "set-primary", "A")
    backend(tmp_path, "set-state", "A", "good")
    return tmp_path


def test_the_first_slot_is_good_and_boots(loader: Path) -> None:
    assert entries(loader) == ["A.conf"]
    assert backend(loader, "get-primary") == "A"
    assert backend(loader, "get-state", "A") == "good"
    assert backend(loader, "get-state", "B") == "bad"  # nothing in it
    assert backend(loader, "next") == "A A.conf"  # a good slot: no counting
    assert backend(loader, "get-current") == "A"
    assert (loader / "rauc.env").read_text() == (
        "RAUC_SERVICE_ARGS=--override-boot-slot=A\n"
    )


def test_an_install_puts_the_other_slot_on_trial_until_marked_good(
    loader: Path,
) -> None:
    backend(loader, "next")
    backend(loader, "set-state", "B", "bad")  # RAUC, before writing B
    backend(loader, "set-primary", "B", tries=2)
    assert entries(loader) == ["A.conf", "B+2-0.conf"]
    assert backend(loader, "get-primary") == "B"
    assert backend(loader, "get-state", "B") == "good"  # tries left: bootable
    assert backend(loader, "next") == "B B+1-1.conf"
    assert backend(loader, "get-current") == "B"
    backend(loader, "set-state", "B", "good")  # rauc status mark-good booted
    assert entries(loader) == ["A.conf", "B.conf"]
    assert (loader / "booted").read_text() == "B.conf\n"
    assert backend(loader, "next") == "B B.conf"  # the newest good one


def test_a_slot_that_spends_its_tries_falls_back(loader: Path) -> None:
    backend(loader, "set-primary", "B", tries=1)
    assert backend(loader, "next") == "B B+0-1.conf"  # the one try
    # Never marked good: the next boot skips it, RAUC calls it bad.
    assert backend(loader, "get-state", "B") == "bad"
    assert backend(loader, "get-primary") == "A"
    assert backend(loader, "next") == "A A.conf"
    assert entries(loader) == ["A.conf", "B+0-1.conf"]


def test_set_state_bad_takes_the_tries_away(loader: Path) -> None:
    backend(loader, "set-primary", "B")
    backend(loader, "next")
    backend(loader, "set-state", "B", "bad")
    assert entries(loader) == ["A.conf", "B+0-1.conf"]
    assert backend(loader, "get-primary") == "A"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["set-state", "A", "maybe"], "needs good or bad"),
        (["set-primary", "../x"], "bad slot name"),
        (["frobnicate"], "usage: rauc-boot"),
    ],
)
def test_bad_calls_say_what_is_wrong(
    loader: Path, args: list[str], message: str
) -> None:
    done = subprocess.run(
        ["sh", str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "BUERGERTERMINAL_LOADER": str(loader)},
    )
    assert done.returncode == 2
    assert message in done.stderr


def test_no_bootable_slot_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "entries").mkdir()
    done = subprocess.run(
        ["sh", str(SCRIPT), "next"],
        capture_output=True,
        text=True,
        env={**os.environ, "BUERGERTERMINAL_LOADER": str(tmp_path)},
    )
    assert done.returncode == 2
    assert "no bootable slot" in done.stderr
