"""What a source's last fetch saw: entries, the newest of them, and what it skipped.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store._tables import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch rebuild of ``sources`` would trip items' foreign key.
    op.add_column(
        "sources", sa.Column("last_entries", sa.Integer, nullable=False, server_default="0")
    )
    op.add_column("sources", sa.Column("last_newest", UTCDateTime))
    op.add_column(
        "sources", sa.Column("last_skipped", sa.JSON, nullable=False, server_default="{}")
    )


def downgrade() -> None:
    for column in ("last_skipped", "last_newest", "last_entries"):
        op.drop_column("sources", column)
