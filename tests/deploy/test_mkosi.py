"""The image recipe, validated by Debian 12's mkosi (14) without building it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

MKOSI = Path(__file__).resolve().parents[2] / "deploy" / "mkosi"

pytestmark = pytest.mark.skipif(not shutil.which("mkosi"), reason="needs mkosi")


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("mkosi-out")
    done = subprocess.run(
        ["mkosi", f"--output-dir={out}", "summary"],
        cwd=MKOSI,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    # mkosi 14 prints the summary to stderr.
    return done.stdout + done.stderr


@pytest.mark.parametrize(
    "line",
    [
        "Distribution: debian",
        "Release: bookworm",
        "Bootable: yes",
        "Swap Partition: (disabled)",
        "Scripts with network: yes",
        f"Postinstall Script: {MKOSI}/mkosi.postinst",
    ],
)
def test_summary(summary: str, line: str) -> None:
    assert line in " ".join(summary.split())


def test_postinst_uses_the_documented_install() -> None:
    text = (MKOSI / "mkosi.postinst").read_text()
    assert "deploy/install.sh" in text
    done = subprocess.run(["sh", "-n", str(MKOSI / "mkosi.postinst")], check=False)
    assert done.returncode == 0
