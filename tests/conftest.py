"""Shared test set-up.

QtWebEngine must be imported before any QApplication exists, and the
QApplication needs a program name (an empty argv aborts Chromium). The
sandbox is disabled here only because CI runs as root; `kiosk run` keeps it on.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Test this checkout's `kiosk`, also when the venv's editable install points at
# another one (a git worktree); subprocesses inherit it through PYTHONPATH.
_ROOT = str(Path(__file__).resolve().parent.parent)
sys.path.insert(0, _ROOT)
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (_ROOT, os.environ.get("PYTHONPATH", "")) if p
)

# Before any Qt import: offscreen unless a test starts its own Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # tests only: CI runs as root
os.environ.setdefault(
    "QTWEBENGINE_CHROMIUM_FLAGS",
    "--disable-gpu --disable-features=PaintHoldingCrossOrigin",
)
# QtWebEngine writes below HOME and XDG dirs even off the record: keep that
# out of the real home, in one folder per test run.
_HOME = Path(tempfile.mkdtemp(prefix="kiosk-test-home-"))
os.environ["HOME"] = str(_HOME)
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "run")
(_HOME / "run").mkdir(mode=0o700)
# No speech engine may autospawn a speech-dispatcher with the system's
# config (it hangs without a sound server): a test brings its own (`spoken`).
os.environ["SPEECHD_ADDRESS"] = f"unix_socket:{_HOME / 'run' / 'no-speechd'}"

# No system D-Bus for the web engine, as in `kiosk run`: Chromium aborts the
# whole process when a bus it is connected to goes away.
from kiosk.launcher.web.environment import isolate_system_bus  # noqa: E402

isolate_system_bus(os.environ)

import PySide6.QtWebEngineWidgets  # noqa: E402, F401  (before the QApplication)

from kiosk.launcher.web.schemes import register_schemes  # noqa: E402

register_schemes()  # process-global: before the QApplication, like `kiosk run`

from kiosk.qtsignals import protect_singletons  # noqa: E402

protect_singletons()  # as `kiosk run` does (PySide6 6.12 spends None's references)
import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))

from helpers.fixtures import *  # noqa: E402, F403
from helpers.station import build_shell, make_station  # noqa: E402, F401

# needs_tool markers; a crashed worker's last output on its failed test; the
# daemon fixtures (pcscd, cupsd, PostgreSQL, verifier, Xvfb), registered once
pytest_plugins = (
    "helpers.tools",
    "helpers.crashes",
    "helpers.daemons",
    "helpers.display",
)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return [sys.argv[0] or "buergerterminal-tests"]


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(autouse=True)
def _kiosk_logging_restored() -> Iterator[None]:
    """A test that runs `kiosk …` in-process leaves the `kiosk` logger writing
    to its captured stderr, closed once the test ends: later tests' log lines
    would fail and miss caplog. Put the logger back as it was."""
    import logging

    logger = logging.getLogger("kiosk")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    yield
    logger.handlers[:], logger.level, logger.propagate = saved
