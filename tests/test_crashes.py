"""A test process that aborts fails its test with its last lines; the run goes
on (tests/helpers/crashes.py, with the options `make test` uses)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
MAKE_TEST = ["-n", "1", "--dist", "loadfile", "--capture=sys"]  # its xdist options
FATAL = "[1202/203000.123456:FATAL:bus.cc(1175)] Check failed: the bus went away"

SAMPLE = f"""
import os
import subprocess


def test_aborts_like_chromium():
    # A daemon of the test (its fixture will never stop it): it must not stay.
    daemon = subprocess.Popen(["sleep", "300"])
    with open("daemon.pid", "w") as f:
        f.write(str(daemon.pid))
    os.write(2, b"the last line before\\n")
    os.write(2, {FATAL.encode()!r} + b"\\n")
    os.abort()


def test_after_the_crash_passes():
    pass


def test_fails_with_its_own_c_output():
    os.write(2, b"written by C++ code\\n")
    assert False
"""


def test_an_aborting_test_fails_alone_with_its_fatal_line(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(SAMPLE)
    (tmp_path / "conftest.py").write_text('pytest_plugins = ("helpers.crashes",)\n')
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", *MAKE_TEST],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    assert re.search(r"2 failed, 1 passed in", out), out
    crashed = out.split("_ test_sample.py _")[1].split("\n_")[0]
    assert (
        "crashed while running 'test_sample.py::test_aborts_like_chromium'" in crashed
    )
    assert "the last line before\n" + FATAL + "\nFatal Python error: Aborted" in crashed
    assert 'test_sample.py", line 13 in test_aborts_like_chromium' in crashed
    daemon = int((tmp_path / "daemon.pid").read_text())
    assert f"stopped what it left running: {daemon} sleep 300" in crashed
    stat = Path(f"/proc/{daemon}/stat")
    assert not stat.exists() or stat.read_text().rpartition(")")[2].split()[0] == "Z"
    assert "PASSED test_sample.py::test_after_the_crash_passes" in out
    failed = out.split("_ test_fails_with_its_own_c_output _")[1]
    assert "Captured stderr call (fd 2)" in failed
    assert "written by C++ code" in failed
