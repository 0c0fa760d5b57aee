"""Job preferences (for suggested replies) and the drafted-ahead switch in the user's settings.

Revision: 0003
Follows: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("user_settings") as table:
        table.add_column(sa.Column("preferences", sa.String(6000), nullable=False, server_default="{}"))
        table.add_column(sa.Column("draft_ahead", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("user_settings") as table:
        table.drop_column("draft_ahead")
        table.drop_column("preferences")
