"""API sessions (and their one-time sign-in codes), tentative calendar holds, chosen calendars.

Revision: 0002
Follows: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=f"fk_{table}_user_id_users", ondelete="CASCADE")


def upgrade() -> None:
    with op.batch_alter_table("user_settings") as table:
        table.add_column(sa.Column("calendars", sa.String(2600), nullable=False, server_default="primary"))
    op.create_table(
        "api_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_digest", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_api_sessions"),
        _user_fk("api_sessions"),
        sa.UniqueConstraint("token_digest", name="uq_api_sessions_token_digest"),
    )
    op.create_index("ix_api_sessions_user_id", "api_sessions", ["user_id"])
    op.create_table(
        "calendar_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.String(255), nullable=False),
        sa.Column("event_id", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_calendar_holds"),
        _user_fk("calendar_holds"),
        sa.UniqueConstraint("user_id", "event_id", name="uq_calendar_holds_user_id_event_id"),
    )
    op.create_index("ix_calendar_holds_thread_id", "calendar_holds", ["thread_id"])


def downgrade() -> None:
    with op.batch_alter_table("user_settings") as table:
        table.drop_column("calendars")
    op.drop_index("ix_calendar_holds_thread_id", "calendar_holds")
    op.drop_table("calendar_holds")
    op.drop_index("ix_api_sessions_user_id", "api_sessions")
    op.drop_table("api_sessions")
