"""The session's renderer reaper knows a live renderer, and only a renderer."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kiosk.launcher.web.session import _alive

pytestmark = pytest.mark.webengine


def test_a_live_renderer_counts_as_alive(web_session) -> None:
    session = web_session()
    view = session.open("/")
    pid = view.page.renderProcessPid()
    assert pid > 0
    assert _alive(pid)  # else the wipe would pass with a renderer still running


def test_another_process_under_a_recycled_number_is_not_ours() -> None:
    """PIDs wrap at 32768 here: a number a dead renderer left may now be
    any process, which the reaper must never SIGKILL."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert not _alive(other.pid)
        assert not _alive(os.getpid())
    finally:
        other.kill()
        other.wait()
