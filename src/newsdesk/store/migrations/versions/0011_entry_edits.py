"""An editor's own text for an entry, which actions each revision applied, and which
revision each channel and each message carried.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("edition_actions", sa.Column("content", sa.JSON))
    # On SQLite this rebuilds ``editions``, which ``edition_stories`` points at: the
    # store migrates with foreign keys off (see ``migrate``), every id is kept.
    with op.batch_alter_table("editions") as batch:
        batch.add_column(sa.Column("last_action", sa.Integer, nullable=False, server_default="0"))
    for table in ("publications", "publication_messages"):
        op.add_column(table, sa.Column("revision", sa.Integer, nullable=False, server_default="0"))
    op.execute(
        "UPDATE editions SET last_action = COALESCE((SELECT MAX(a.id) FROM edition_actions a "
        "WHERE a.digest = editions.digest AND a.day = editions.day), 0)"
    )


def downgrade() -> None:
    for table in ("publication_messages", "publications"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("revision")
    op.execute("DELETE FROM edition_actions WHERE verb = 'edit'")
    with op.batch_alter_table("editions") as batch:
        batch.drop_column("last_action")
    with op.batch_alter_table("edition_actions") as batch:
        batch.drop_column("content")
