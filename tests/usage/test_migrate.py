"""Migrations: the head read from the files is Alembic's; a file at head
starts without importing Alembic (a fifth of the shell's cold start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from kiosk.usage import migrate


@pytest.mark.parametrize("which", ["station", "collector"])
def test_head_is_alembics_head(which: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS / which))
    assert migrate.head(which) == ScriptDirectory.from_config(cfg).get_current_head()


def test_a_file_at_head_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite"
    code = (
        "import sys\n"
        "from kiosk.usage.store import CounterStore\n"
        f"CounterStore({str(path)!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "True"  # a new file is migrated by Alembic
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "False"
