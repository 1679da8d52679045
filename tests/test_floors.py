"""The floors of the house (docs/design.md) as import-linter checks them in
`make test`: every package has a floor, the pure list is mypy's, and an
upward import breaks the contract."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())
CONTRACTS = {c["id"]: c for c in CONFIG["tool"]["importlinter"]["contracts"]}


def _floor_modules() -> set[str]:
    return {
        name.strip()
        for layer in CONTRACTS["floors"]["layers"]
        for name in layer.replace(":", "|").split("|")
    }


def test_every_package_and_module_of_kiosk_has_a_floor() -> None:
    kiosk = ROOT / "kiosk"
    units = {
        f"kiosk.{p.stem}"
        for p in kiosk.iterdir()
        if (p.is_dir() and (p / "__init__.py").exists())
        or (p.suffix == ".py" and p.name != "__init__.py")
    }
    assert units - _floor_modules() == set(), "give these a floor in pyproject.toml"
    assert _floor_modules() - units == set(), "floors that name nothing"


def test_the_pure_cores_are_checked_by_mypy_strict() -> None:
    mypy = {
        f.removesuffix(".py").replace("/", ".")
        for f in CONFIG["tool"]["mypy"]["files"]
        if f.startswith("kiosk/")
    }
    assert set(CONTRACTS["pure"]["source_modules"]) <= mypy


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint), "--no-logo", "--no-cache", str(tree / "pyproject.toml")],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_an_upward_import_breaks_the_floors(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "kiosk", tree / "kiosk", ignore=_no_caches)
    shutil.copy(ROOT / "pyproject.toml", tree)
    assert _lint_imports(tree).returncode == 0, "the tree as it is keeps them"
    widgets = tree / "kiosk" / "ui" / "widgets.py"
    widgets.write_text(widgets.read_text() + "\nimport kiosk.shell.app  # upward\n")
    broken = _lint_imports(tree)
    assert broken.returncode == 1
    assert "kiosk.ui is not allowed to import kiosk.shell" in broken.stdout


def test_a_pure_core_that_imports_qt_breaks_its_contract(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "kiosk", tree / "kiosk", ignore=_no_caches)
    shutil.copy(ROOT / "pyproject.toml", tree)
    policy = tree / "kiosk" / "printing" / "quota.py"
    policy.write_text(policy.read_text() + "\nfrom PySide6 import QtCore\n")
    broken = _lint_imports(tree)
    assert broken.returncode == 1
    assert "kiosk.printing.quota is not allowed to import PySide6" in broken.stdout


def _no_caches(_folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n == "__pycache__"]
