"""speech-dispatcher dies under a running shell: the speaker does not crash it.

Qt's speechd engine segfaults on rate()/setRate() once its daemon has died
(what the chaos walk met: the shell died at the next wipe). The speaker runs
in a child process here, so a crash fails this test instead of the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from helpers.daemons import SD_GENERIC
from helpers.tools import require_tool

from kiosk.daemons.speechd import PrivateSpeechd

CHILD = r"""
import sys, time
from kiosk.qtsignals import protect_singletons
protect_singletons()  # as `kiosk run` does (PySide6 6.12 spends None's references)
from PySide6.QtCore import QCoreApplication
from kiosk.speech import script
from kiosk.speech.speaker import Speaker

app = QCoreApplication([])
speaker = Speaker("speechd")

def say(text):
    speaker.say(text, "de")
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("said", text, flush=True)

say("eins")
sys.stdin.readline()  # the daemon is killed now
speaker.stop()
speaker.set_rate_step(script.NORMAL_RATE_STEP + 1)  # what the wipe undoes
speaker.set_rate_step(script.NORMAL_RATE_STEP)
print("rate", speaker.rate(), flush=True)
sys.stdin.readline()  # a daemon is back on the same socket
say("zwei")
"""


def test_a_dead_daemon_is_dropped_and_the_next_one_used(tmp_path) -> None:
    require_tool("speech-dispatcher", SD_GENERIC)
    daemon = PrivateSpeechd(tmp_path / "sd", capture=True)
    daemon.start()
    env = {**os.environ, **daemon.env}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "said eins"
        assert "de\teins" in daemon.lines()
        daemon.stop()  # SIGTERM, then SIGKILL: the daemon is gone
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().startswith("rate ")
        daemon.start()
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "said zwei"
        deadline = time.monotonic() + 10
        while "de\tzwei" not in daemon.lines():
            assert time.monotonic() < deadline, daemon.lines()
            time.sleep(0.1)
    finally:
        child.stdin.close()
        code = child.wait(timeout=30)
        child.stdout.close()
        daemon.stop()
    assert code == 0  # a segfault would be -11
