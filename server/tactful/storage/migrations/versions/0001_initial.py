"""The first schema: users, credentials, user_settings, draft_records.

Revision: 0001
Follows: nothing
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _user_id() -> sa.Column[int]:
    return sa.Column("user_id", sa.Integer(), nullable=False)


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=f"fk_{table}_user_id_users", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sub", sa.String(255), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("sub", name="uq_users_sub"),
    )
    op.create_table(
        "credentials",
        sa.Column("id", sa.Integer(), nullable=False),
        _user_id(),
        sa.Column("refresh_token_encrypted", sa.Text(), nullable=False),
        sa.Column("scopes", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_credentials"),
        _user_fk("credentials"),
        sa.UniqueConstraint("user_id", name="uq_credentials_user_id"),
    )
    op.create_table(
        "user_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        _user_id(),
        sa.Column("working_hours", sa.String(200), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("tone", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("slot_count", sa.Integer(), nullable=False),
        sa.Column("holds", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_user_settings"),
        _user_fk("user_settings"),
        sa.UniqueConstraint("user_id", name="uq_user_settings_user_id"),
    )
    op.create_table(
        "draft_records",
        sa.Column("id", sa.Integer(), nullable=False),
        _user_id(),
        sa.Column("thread_id", sa.String(255), nullable=False),
        sa.Column("action", sa.String(32), nullable=True),
        sa.Column("draft_id", sa.String(255), nullable=False),
        sa.Column("draft_thread_id", sa.String(255), nullable=False),
        sa.Column("message_id", sa.String(255), nullable=False),
        sa.Column("fingerprint", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_draft_records"),
        _user_fk("draft_records"),
        sa.UniqueConstraint("user_id", "thread_id", name="uq_draft_records_user_id_thread_id"),
    )


def downgrade() -> None:
    for table in ("draft_records", "user_settings", "credentials", "users"):
        op.drop_table(table)
