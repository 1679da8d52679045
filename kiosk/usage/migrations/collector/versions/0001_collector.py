"""Collector: stations, hashed tokens, day counts.

Revision ID: c0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from kiosk.usage.columns import counter_checks

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stations",
        sa.Column("id", sa.String(63), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("station_id", sa.String(63), sa.ForeignKey("stations.id")),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("role IN ('station', 'analyst')", name="tokens_role"),
    )
    op.create_table(
        "counts",
        sa.Column("station_id", sa.String(63), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("metric", sa.String(32), primary_key=True),
        sa.Column("dimension", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
        *counter_checks("counts"),
    )
    op.create_index("counts_day", "counts", ["day", "station_id"])


def downgrade() -> None:
    op.drop_index("counts_day", "counts")
    op.drop_table("counts")
    op.drop_table("tokens")
    op.drop_table("stations")
