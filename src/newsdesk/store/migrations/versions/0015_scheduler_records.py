"""Who approved each revision and when (an editor, or the scheduler publishing a draft
nobody acted on), and which revision each scheduled run drafted.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store._tables import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("editions", sa.Column("approved_by", sa.String(200)))
    op.add_column("editions", sa.Column("approved_at", UTCDateTime))
    op.add_column("schedule_slots", sa.Column("revision", sa.Integer))


def downgrade() -> None:
    op.drop_column("schedule_slots", "revision")
    for column in ("approved_at", "approved_by"):
        op.drop_column("editions", column)
