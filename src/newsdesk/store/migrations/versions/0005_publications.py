"""Publications: each digest's day on each channel, so a re-run never posts twice.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store._tables import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("digest", sa.String(100), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("external_ids", sa.JSON, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("updated", UTCDateTime, nullable=False),
        sa.UniqueConstraint("digest", "day", "channel", name="uq_publications"),
    )


def downgrade() -> None:
    op.drop_table("publications")
