"""Item vectors and grouping state, stories, and the editions that selected them.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from newsdesk.store._tables import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("neighbours", sa.JSON))
        batch.add_column(sa.Column("desk_terms", sa.JSON))
        batch.add_column(sa.Column("minhash", sa.LargeBinary))
        batch.create_index("ix_items_story_id", ["story_id"])
    op.create_table(
        "item_vectors",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), primary_key=True),
        sa.Column("model", sa.String(100), nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("titles", sa.JSON, nullable=False),
        sa.Column("first_seen", UTCDateTime, nullable=False),
        sa.Column("last_updated", UTCDateTime, nullable=False),
        sa.Column("item_count", sa.Integer, nullable=False),
        sa.Column("source_count", sa.Integer, nullable=False),
        sa.Column("domain_count", sa.Integer, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("domains", sa.JSON, nullable=False),
        sa.Column("languages", sa.JSON, nullable=False),
        sa.Column("source_items", sa.JSON, nullable=False),
        sa.Column("centroid", sa.LargeBinary),
        sa.Column("category", sa.String(64)),
        sa.Column("relevance", sa.Float),
        sa.Column("importance", sa.Float),
        sa.Column("breakdown", sa.JSON, nullable=False),
        sa.Column("category_scores", sa.JSON, nullable=False),
    )
    op.create_index("ix_stories_last_updated", "stories", ["last_updated"])
    op.create_table(
        "editions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("digest", sa.String(100), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("created", UTCDateTime, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.UniqueConstraint("digest", "day", name="uq_editions_digest_day"),
    )
    op.create_table(
        "edition_stories",
        sa.Column("edition_id", sa.Integer, sa.ForeignKey("editions.id"), primary_key=True),
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id"), primary_key=True),
        sa.Column("section", sa.String(20), nullable=False),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("item_count", sa.Integer, nullable=False),
        sa.Column("breakdown", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("edition_stories")
    op.drop_table("editions")
    op.drop_index("ix_stories_last_updated", "stories")
    op.drop_table("stories")
    op.drop_table("item_vectors")
    with op.batch_alter_table("items") as batch:
        batch.drop_index("ix_items_story_id")
        batch.drop_column("minhash")
        batch.drop_column("desk_terms")
        batch.drop_column("neighbours")
