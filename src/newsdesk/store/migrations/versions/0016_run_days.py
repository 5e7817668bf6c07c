"""What each run is for: the day it writes, its digests and its planned stages, so the
desk server can show a day's run as it advances, from the store.

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("runs", sa.Column("day", sa.Date))
    op.add_column("runs", sa.Column("digests", sa.JSON, nullable=False, server_default="[]"))
    op.add_column("runs", sa.Column("plan", sa.JSON, nullable=False, server_default="[]"))
    op.create_index("ix_runs_day", "runs", ["day"])


def downgrade() -> None:
    op.drop_index("ix_runs_day", "runs")
    for column in ("plan", "digests", "day"):
        op.drop_column("runs", column)
