"""What the desk server keeps: editor accounts, API tokens, the key that signs its
cookies, and each scheduled run's slot (claimed once, so a restart never runs it twice).

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store._tables import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created", UTCDateTime, nullable=False),
    )
    op.create_table(
        "api_tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user",
            sa.String(100),
            sa.ForeignKey("users.name", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("created", UTCDateTime, nullable=False),
        sa.Column("last_used", UTCDateTime),
    )
    op.create_table(
        "desk_secrets",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("created", UTCDateTime, nullable=False),
    )
    op.create_table(
        "schedule_slots",
        sa.Column("digest", sa.String(100), primary_key=True),
        sa.Column("slot", UTCDateTime, primary_key=True),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("started", UTCDateTime, nullable=False),
        sa.Column("finished", UTCDateTime),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("run_id", sa.Integer),
        sa.Column("reason", sa.Text),
    )


def downgrade() -> None:
    for table in ("schedule_slots", "desk_secrets", "api_tokens", "users"):
        op.drop_table(table)
