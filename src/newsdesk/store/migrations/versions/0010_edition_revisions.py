"""Editions with a lifecycle: numbered revisions per digest and day, each draft,
approved or published, a written digest per revision, and the editor's actions.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store._tables import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On SQLite this rebuilds ``editions``, which ``edition_stories`` points at: the
    # store migrates with foreign keys off (see ``migrate``), every id is kept.
    with op.batch_alter_table("editions") as batch:
        batch.add_column(sa.Column("revision", sa.Integer, nullable=False, server_default="1"))
        batch.drop_constraint("uq_editions_digest_day", type_="unique")
        batch.create_unique_constraint("uq_editions_revision", ["digest", "day", "revision"])
    with op.batch_alter_table("digests") as batch:
        batch.add_column(sa.Column("revision", sa.Integer, nullable=False, server_default="1"))
        batch.drop_constraint("uq_digests_name_day", type_="unique")
        batch.create_unique_constraint("uq_digests_revision", ["name", "day", "revision"])
    # "selected" meant a draft; a day whose digest went out is a published revision 1
    op.execute("UPDATE editions SET status = 'draft'")
    op.execute(
        "UPDATE editions SET status = 'published' WHERE EXISTS (SELECT 1 FROM digests d "
        "WHERE d.name = editions.digest AND d.day = editions.day AND d.status = 'published')"
    )
    op.create_table(
        "edition_actions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("digest", sa.String(100), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("verb", sa.String(10), nullable=False),
        sa.Column("story_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_edition_actions_day", "edition_actions", ["digest", "day"])


def downgrade() -> None:
    op.drop_index("ix_edition_actions_day", "edition_actions")
    op.drop_table("edition_actions")
    op.execute("DELETE FROM digests WHERE revision > 1")
    op.execute(
        "DELETE FROM edition_stories WHERE edition_id IN "
        "(SELECT id FROM editions WHERE revision > 1)"
    )
    op.execute("DELETE FROM editions WHERE revision > 1")
    op.execute("UPDATE editions SET status = 'selected'")
    with op.batch_alter_table("digests") as batch:
        batch.drop_constraint("uq_digests_revision", type_="unique")
        batch.create_unique_constraint("uq_digests_name_day", ["name", "day"])
        batch.drop_column("revision")
    with op.batch_alter_table("editions") as batch:
        batch.drop_constraint("uq_editions_revision", type_="unique")
        batch.create_unique_constraint("uq_editions_digest_day", ["digest", "day"])
        batch.drop_column("revision")
