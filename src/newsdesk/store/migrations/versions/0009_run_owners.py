"""Which process ran each run, so a run whose process died can be closed.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("runs", sa.Column("host", sa.String(255)))
    op.add_column("runs", sa.Column("pid", sa.Integer))


def downgrade() -> None:
    for column in ("pid", "host"):
        op.drop_column("runs", column)
