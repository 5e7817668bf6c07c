"""Publishing exactly once: a claim with a lease on each publication, the content version
it posts, and every message posted for it with its parts and its state.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store._tables import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("publications") as batch:
        batch.add_column(sa.Column("version", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("parts", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("posted", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("unknown", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("holder", sa.String(200)))
        batch.add_column(sa.Column("lease_until", UTCDateTime))
    op.create_table(
        "publication_messages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "publication_id",
            sa.Integer,
            sa.ForeignKey("publications.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("parts", sa.JSON, nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("external_id", sa.Text),
        sa.Column("error", sa.Text),
        sa.Column("updated", UTCDateTime, nullable=False),
    )
    op.create_index(
        "ix_publication_messages_publication_id", "publication_messages", ["publication_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_publication_messages_publication_id", "publication_messages")
    op.drop_table("publication_messages")
    with op.batch_alter_table("publications") as batch:
        for column in ("lease_until", "holder", "unknown", "posted", "parts", "version"):
            batch.drop_column(column)
