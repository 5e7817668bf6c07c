"""Publishers: the outlet of each item, and the distinct publishers of each story.

Also forgets the words and names grouping read in each item: they are read again, as
the alias table and the rule on years now read them.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("publisher", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("publisher_key", sa.Text, nullable=False, server_default=""))
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("publishers", sa.JSON, nullable=False, server_default="[]"))
    # Items stored so far have no publisher and their sources stand for them, as the desk
    # reads them; a story counts those until it gains items.
    op.execute("UPDATE stories SET publishers = sources")
    op.execute("UPDATE items SET desk_terms = NULL")


def downgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("publishers")
    with op.batch_alter_table("items") as batch:
        batch.drop_column("publisher_key")
        batch.drop_column("publisher")
