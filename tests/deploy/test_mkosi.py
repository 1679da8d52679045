"""The image recipe, validated by Debian 12's mkosi (14) without building it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

MKOSI = Path(__file__).resolve().parents[2] / "deploy" / "mkosi"

pytestmark = pytest.mark.needs_tool("mkosi")


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


ROOT_PASSWORD = """
import sys
from pathlib import Path

import mkosi
from mkosi.backend import MkosiState

work = Path(sys.argv[1])
args = mkosi.parse_args([f"--output-dir={work / 'out'}", "summary"])["default"]
config = mkosi.load_args(args)
state = MkosiState(config, work, work / "cache", False, "0" * 32, False)
(state.root / "etc").mkdir(parents=True)
shadow = state.root / "etc" / "shadow"
shadow.write_text("root:*:19000:0:99999:7:::\\n")
mkosi.configure_root_password(state, cached=False)
print(shadow.read_text(), end="")
"""


def test_root_has_no_password_in_the_image(tmp_path: Path) -> None:
    # mkosi's own step that writes root's /etc/shadow entry, on a stand-in
    # root: "!" must land there as it is (locked), not as the hash of "!".
    # Debian installs mkosi as a module of the system Python, not the venv's.
    done = subprocess.run(
        ["/usr/bin/python3", "-c", ROOT_PASSWORD, str(tmp_path)],
        cwd=MKOSI,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["root:!:19000:0:99999:7:::"]


def _section(summary: str, name: str) -> list[str]:
    lines = [line.strip() for line in summary.splitlines()]
    start = lines.index(f"{name}:")
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if re.fullmatch(r"[A-Z ]+:", lines[i])
        ),
        len(lines),
    )
    return lines[start:end]


def test_the_tree_differs_from_the_disk_image_only_in_its_format(
    summary: str, tmp_path: Path
) -> None:
    # `make image` (deploy/mkosi/build.sh --tree) builds what CI can boot; a
    # station gets the disk image. What goes into both is the same.
    as_tree = ["--format=directory", "--bootable=no"]
    tree = subprocess.run(
        ["mkosi", f"--output-dir={tmp_path}", *as_tree, "summary"],
        cwd=MKOSI,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert tree.returncode == 0, tree.stderr
    text = tree.stdout + tree.stderr
    assert "Output Format: directory" in " ".join(text.split())
    for name in ("DISTRIBUTION", "CONTENT"):
        assert _section(text, name) == _section(summary, name)
    build = (MKOSI / "build.sh").read_text()
    assert "--format=directory --bootable=no" in build
