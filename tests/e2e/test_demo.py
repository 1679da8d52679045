"""`kiosk demo --headless`: the demo station walks its screens under its own
Xvfb and writes a screenshot of each (what a newcomer sees first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.tools import available

pytestmark = [pytest.mark.xvfb, pytest.mark.webengine, pytest.mark.slow]


# The ID card login: the provider's page after the real AusweisApp hand-off,
# then the guide's screens (data asked for, place the card, PIN).
EID_SCREENS = ("eid-result-page", "eid-data-asked", "eid-place-card", "eid-pin")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_headless_demo_writes_screenshots_of_every_screen(language: str) -> None:
    """German (the default) and Arabic (right to left); the pictures stay in
    test-artifacts/screenshots/demo-<language>/ for people to look at."""
    from PySide6.QtGui import QImage

    folder = ARTIFACTS / f"demo-{language}"
    for old in folder.glob("*.png"):
        old.unlink()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "demo",
            "--headless",
            "--screenshots",
            str(folder),
            "--language",
            language,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    names = sorted(p.name for p in folder.glob("*.png"))
    for expected in (
        "welcome",
        "launcher",
        "service-bank",
        "documents",
        # the application writer: guided steps, the letter, the PDF preview
        "writer-personal",
        "writer-keyboard",
        "writer-photo",
        "writer-body",
        "writer-letter-pdf",
        "writer-cv-pdf",
        "welcome-after-wipe",
        *(EID_SCREENS if available("AusweisApp2") else ()),
        "staff-panel",
        *(["welcome-ar"] if language == "ar" else []),  # after tapping العربية
    ):
        assert any(expected in name for name in names), names
    for path in folder.glob("*.png"):
        image = QImage(str(path))
        assert image.width() >= 1024
        # A blank or one-colour grab means nothing was drawn.
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 41)
        }
        assert len(colours) > 3, path.name
    assert "screenshots written to" in done.stdout
    assert "the demo PIN 246810" in done.stdout


def test_demo_without_a_display_says_so(tmp_path: Path) -> None:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "there is no display here" in done.stderr
    assert "--headless" in done.stderr
