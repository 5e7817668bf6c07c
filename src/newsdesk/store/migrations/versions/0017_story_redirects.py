"""Where a merged story went: grouping merges two open stories that a later day's reports
show to be one event, and the absorbed story's id goes on resolving to the survivor.

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_redirects",
        sa.Column("old_id", sa.String(64), primary_key=True),
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id"), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("story_redirects")
