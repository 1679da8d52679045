"""Run the packaged Alembic migrations on a connection (no alembic.ini needed).

Alembic is imported only when a schema is behind: at a station's every
start the file is already at head, and importing Alembic would cost about a
fifth of the shell's cold start.
"""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^revision\s*=\s*"([^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:"([^"]+)"|None)', re.MULTILINE)


def head(which: str) -> str:
    """The head revision of a migration tree, read from its version files."""
    parents: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / which / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision and down:
            parents[revision.group(1)] = down.group(1)
    heads = set(parents) - set(parents.values())
    if len(heads) != 1:
        raise RuntimeError(f"{which} migrations have heads {sorted(heads)}, not one")
    return heads.pop()


def current(engine: Engine) -> str | None:
    """The revision the database is at; None when it has none yet."""
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(
            sa.text("SELECT version_num FROM alembic_version")
        ).scalar()


def upgrade(engine: Engine, which: str) -> None:
    """Bring the station ('station') or collector ('collector') schema to head."""
    if current(engine) == head(which):
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS / which))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
