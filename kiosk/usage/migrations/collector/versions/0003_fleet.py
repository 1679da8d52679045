"""Fleet: heartbeats (latest state and history), incidents, web accounts.

Revision ID: c0003
Revises: c0002
"""

import sqlalchemy as sa
from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("stations") as batch:
        batch.add_column(sa.Column("office", sa.String(63), nullable=True))
    op.create_index("stations_office", "stations", ["office", "id"])
    op.create_table(
        "station_state",
        sa.Column(
            "station_id", sa.String(63), sa.ForeignKey("stations.id"), primary_key=True
        ),
        sa.Column("received_at", TZ, nullable=False),
        sa.Column("in_service", sa.Boolean, nullable=False),
        sa.Column("oos_reason", sa.String(16), nullable=False, server_default=""),
        sa.Column("oos_since", TZ, nullable=True),
        sa.Column("problem_kinds", sa.String(200), nullable=False, server_default=""),
        sa.Column("problems", sa.String(2000), nullable=False, server_default=""),
        sa.Column("sessions_today", sa.Integer, nullable=False, server_default="0"),
        sa.Column("version", sa.String(32), nullable=False, server_default=""),
        sa.Column("state", sa.JSON, nullable=False),
        sa.Column("history_at", TZ, nullable=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, server_default=""),
    )
    op.create_table(
        "station_history",
        sa.Column("station_id", sa.String(63), primary_key=True),
        sa.Column("at", TZ, primary_key=True),
        sa.Column("in_service", sa.Boolean, nullable=False),
        sa.Column("oos_reason", sa.String(16), nullable=False),
        sa.Column("problems", sa.String(2000), nullable=False),
        sa.Column("state", sa.JSON, nullable=False),
    )
    op.create_index("station_history_at", "station_history", ["at"])
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("station_id", sa.String(63), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("detail", sa.String(500), nullable=False, server_default=""),
        sa.Column("opened_at", TZ, nullable=False),
        sa.Column("resolved_at", TZ, nullable=True),
        sa.Column("mailed_open_at", TZ, nullable=True),
        sa.Column("mailed_resolved_at", TZ, nullable=True),
    )
    op.create_index(
        "incidents_open",
        "incidents",
        ["station_id", "kind"],
        unique=True,
        postgresql_where=sa.text("resolved_at IS NULL"),
        sqlite_where=sa.text("resolved_at IS NULL"),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("office", sa.String(63), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("disabled_at", TZ, nullable=True),
        sa.CheckConstraint("role IN ('it', 'office')", name="accounts_role"),
        sa.CheckConstraint(
            "(role = 'office') = (office IS NOT NULL)", name="accounts_office"
        ),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id_hash", sa.String(64), primary_key=True),
        sa.Column(
            "account_id", sa.Integer, sa.ForeignKey("accounts.id"), nullable=False
        ),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
    )
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", TZ, nullable=True),
    )


def downgrade() -> None:
    for table in (
        "login_throttle",
        "web_sessions",
        "accounts",
        "incidents",
        "station_history",
        "station_state",
    ):
        op.drop_table(table)
    op.drop_index("stations_office", "stations")
    with op.batch_alter_table("stations") as batch:
        batch.drop_column("office")
