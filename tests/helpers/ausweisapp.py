"""AusweisApp headless on a free port, inside a test's temp session dir."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.cardreader.ausweisapp import BINARIES, AusweisApp


def missing() -> str:
    if not any(shutil.which(name) for name in BINARIES):
        return "AusweisApp/AusweisApp2 is not installed (Debian: ausweisapp2)"
    return ""


@pytest.fixture
def ausweisapp(tmp_path: Path) -> Iterator[AusweisApp]:
    """A running AusweisApp (port 0: it picks a free one) for this test only."""
    why = missing()
    if why:
        pytest.skip(why)
    app = AusweisApp(tmp_path / "session", port=0, log_path=tmp_path / "aa.log")
    app.start()
    try:
        yield app
    finally:
        app.stop()
