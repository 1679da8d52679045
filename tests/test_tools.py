"""tests/helpers/tools.py: a missing tool skips with its name, fails under CI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.tools import PACKAGES

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"


def listed_packages() -> set[str]:
    text = (REPO / "deploy" / "packages.txt").read_text()
    return {line.split("#")[0].strip() for line in text.splitlines()} - {""}


def test_every_tool_comes_from_a_listed_package() -> None:
    assert set(PACKAGES.values()) <= listed_packages()


def test_tools_are_checked_only_through_the_helper() -> None:
    # A which() of its own in a test would be a skip CI cannot turn into a
    # failure. (postgres.py looks for initdb off PATH and fails without it.)
    allowed = {
        TESTS / "helpers" / "tools.py",
        TESTS / "helpers" / "postgres.py",
        Path(__file__).resolve(),
    }
    found = [
        str(path.relative_to(REPO))
        for path in TESTS.rglob("*.py")
        if path not in allowed and "shutil.which(" in path.read_text()
    ]
    assert found == []


def test_every_needed_tool_is_known() -> None:
    used: set[str] = set()
    for path in set(TESTS.rglob("*.py")) - {Path(__file__).resolve()}:
        for call in re.findall(
            r"(?:require_tool|needs_tool|available)\(([^)]*)\)", path.read_text()
        ):
            used.update(re.findall(r'"([^"]+)"', call))
    assert {"mkosi", "Xvfb", "AusweisApp2"} <= used  # the scan finds the calls
    assert used <= set(PACKAGES)


SAMPLE = """
import pytest
from helpers import tools
from helpers.tools import pytest_runtest_setup, require_tool

tools.PACKAGES["kiosk-no-such-tool"] = "kiosk-no-such-package"


def test_present():
    require_tool("Xvfb")


def test_missing_in_the_test():
    require_tool("kiosk-no-such-tool")


@pytest.mark.needs_tool("kiosk-no-such-tool")
def test_missing_by_marker():
    pass
"""


def run_sample(tmp_path: Path, ci: str | None) -> str:
    (tmp_path / "test_sample.py").write_text(SAMPLE)
    (tmp_path / "conftest.py").write_text(
        "from helpers.tools import pytest_runtest_setup  # noqa: F401\n"
    )
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nmarkers =\n    needs_tool(*tools): see tests/helpers/tools.py\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    if ci is not None:
        env["CI"] = ci
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-rsfE", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.stdout


@pytest.mark.needs_tool("Xvfb")
def test_outside_ci_a_missing_tool_skips_and_says_why(tmp_path: Path) -> None:
    out = run_sample(tmp_path, ci=None)
    assert "1 passed, 2 skipped" in out
    why = "needs kiosk-no-such-tool (Debian package kiosk-no-such-package)"
    skipped = [line for line in out.splitlines() if line.startswith("SKIPPED [2]")]
    assert len(skipped) == 1  # both tests, with one reason
    assert why in skipped[0]


@pytest.mark.needs_tool("Xvfb")
def test_under_ci_a_missing_tool_fails_naming_it(tmp_path: Path) -> None:
    out = run_sample(tmp_path, ci="true")
    # In the test it fails; by the marker it fails in set-up (an error).
    assert "1 failed, 1 passed, 1 error" in out
    failed = [line for line in out.splitlines() if line.startswith(("FAILED", "ERROR"))]
    assert len(failed) == 2
    assert all("missing: needs kiosk-no-such-tool" in line for line in failed)
