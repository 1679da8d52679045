"""AusweisApp headless on a free port, inside a test's temp session dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.cardreader.ausweisapp import AusweisApp

from .tools import require_tool


@pytest.fixture
def ausweisapp(tmp_path: Path) -> Iterator[AusweisApp]:
    """A running AusweisApp (port 0: it picks a free one) for this test only."""
    require_tool("AusweisApp2")
    app = AusweisApp(tmp_path / "session", port=0, log_path=tmp_path / "aa.log")
    app.start()
    try:
        yield app
    finally:
        app.stop()
