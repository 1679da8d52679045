"""Fixtures for the harness tests: a throw-away package of benchmark modules."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MakeBench = Callable[[dict[str, str]], tuple[Path, dict[str, str]]]


@pytest.fixture
def fake_bench(
    tmp_path: Path,
) -> Callable[[dict[str, str]], tuple[Path, dict[str, str]]]:
    """Write modules into tmp/fakebench; return its folder and a child env."""

    def make(modules: dict[str, str]) -> tuple[Path, dict[str, str]]:
        package = tmp_path / "fakebench"
        package.mkdir(exist_ok=True)
        (package / "__init__.py").write_text("")
        for name, source in modules.items():
            (package / f"{name}.py").write_text(textwrap.dedent(source))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(REPO)])
        return package, env

    return make
