"""Station counters, day revisions and the open outage.

Revision ID: s0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from kiosk.usage.columns import counter_checks

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("metric", sa.String(32), primary_key=True),
        sa.Column("dimension", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
        *counter_checks("counters"),
    )
    op.create_table(
        "day_revisions",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("confirmed", sa.Integer, nullable=False),
    )
    op.create_table(
        "open_outage",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("since_minute", sa.BigInteger, nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.CheckConstraint("id = 1", name="open_outage_single_row"),
    )


def downgrade() -> None:
    op.drop_table("open_outage")
    op.drop_table("day_revisions")
    op.drop_table("counters")
