"""Run the packaged Alembic migrations on a connection (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def upgrade(engine: Engine, which: str) -> None:
    """Bring the station ('station') or collector ('collector') schema to head."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS / which))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
