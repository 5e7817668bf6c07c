"""Each revision's rendered files (Markdown, cover, JSON) kept in the store, so
publishing and the site take a revision's own files, not whatever the output folder
holds last.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store._tables import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edition_files",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("digest", sa.String(100), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("updated", UTCDateTime, nullable=False),
        sa.UniqueConstraint("digest", "day", "revision", "name", name="uq_edition_files"),
    )


def downgrade() -> None:
    op.drop_table("edition_files")
