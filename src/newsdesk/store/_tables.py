"""The schema, in SQLAlchemy Core.  Migrations in ``migrations/`` must match it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no zone, so we put it back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; times must be UTC-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("name", String(200), nullable=False, default=""),
    Column("url", Text, nullable=False, default=""),
    Column("language", String(8), nullable=False, default="auto"),
    Column("weight", Float, nullable=False, default=1.0),
    Column("tags", JSON, nullable=False, default=list),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_fetched", UTCDateTime),
    Column("last_success", UTCDateTime),
    Column("last_status", String(20)),
    Column("last_error", Text),
    Column("consecutive_failures", Integer, nullable=False, default=0),
    Column("last_entries", Integer, nullable=False, default=0, server_default="0"),
    Column("last_newest", UTCDateTime),
    Column("last_skipped", JSON, nullable=False, default=dict, server_default="{}"),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", String(100), ForeignKey("sources.id"), nullable=False),
    Column("url", Text, nullable=False),
    Column("canonical_url", String(2048), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("snippet", Text, nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("author", Text, nullable=False, default=""),
    Column("published", UTCDateTime),
    Column("first_seen", UTCDateTime, nullable=False),
    Column("last_seen", UTCDateTime, nullable=False),
    Column("language", String(8), nullable=False, default="und"),
    Column("content_hash", String(64), nullable=False),
    Column("external_url", Text, nullable=False, default=""),
    Column("metrics", JSON, nullable=False, default=dict),
    Column("tags", JSON, nullable=False, default=list),
    Column("fulltext_status", Text),
    Column("duplicate_of", Integer, ForeignKey("items.id")),
    Column("story_id", String(64)),
    Column("neighbours", JSON),
    Column("desk_terms", JSON),
    Column("minhash", LargeBinary),
    Column("publisher", Text, nullable=False, default="", server_default=""),
    Column("publisher_key", Text, nullable=False, default="", server_default=""),
    Index("ix_items_published", "published"),
    Index("ix_items_source_first_seen", "source_id", "first_seen"),
    Index("ix_items_story_id", "story_id"),
)

item_vectors = Table(
    "item_vectors",
    metadata,
    Column("item_id", Integer, ForeignKey("items.id"), primary_key=True),
    Column("model", String(100), nullable=False),
    Column("vector", LargeBinary, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text, nullable=False),
    Column("titles", JSON, nullable=False, default=dict),
    Column("first_seen", UTCDateTime, nullable=False),
    Column("last_updated", UTCDateTime, nullable=False),
    Column("item_count", Integer, nullable=False),
    Column("source_count", Integer, nullable=False),
    Column("domain_count", Integer, nullable=False),
    Column("sources", JSON, nullable=False, default=list),
    Column("domains", JSON, nullable=False, default=list),
    Column("languages", JSON, nullable=False, default=list),
    Column("source_items", JSON, nullable=False, default=dict),
    Column("centroid", LargeBinary),
    Column("category", String(64)),
    Column("relevance", Float),
    Column("importance", Float),
    Column("breakdown", JSON, nullable=False, default=dict),
    Column("category_scores", JSON, nullable=False, default=dict),
    Column("publishers", JSON, nullable=False, default=list, server_default="[]"),
    Index("ix_stories_last_updated", "last_updated"),
)

story_redirects = Table(
    "story_redirects",
    metadata,
    Column("old_id", String(64), primary_key=True),  # a story merged into another
    Column("story_id", String(64), ForeignKey("stories.id"), nullable=False),  # where it went
)

editions = Table(
    "editions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("digest", String(100), nullable=False),
    Column("day", Date, nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("status", String(20), nullable=False, default="draft"),  # an EditionStatus
    Column("revision", Integer, nullable=False, server_default="1"),  # 1 = the day's first
    # the newest edition_actions.id it applied: a later action makes a new revision
    Column("last_action", Integer, nullable=False, server_default="0"),
    Column("approved_by", String(200)),  # who approved it: an editor, or "scheduler"
    Column("approved_at", UTCDateTime),
    UniqueConstraint("digest", "day", "revision", name="uq_editions_revision"),
)

edition_actions = Table(
    "edition_actions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("digest", String(100), nullable=False),
    Column("day", Date, nullable=False),
    Column("verb", String(10), nullable=False),  # an EditorVerb: pin / drop / move / edit
    Column("story_id", String(64), nullable=False),
    Column("position", Integer),  # a move's lead place
    Column("content", JSON),  # an edit's text (EntryText as a dict)
    Column("who", String(200), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_edition_actions_day", "digest", "day"),
)

edition_stories = Table(
    "edition_stories",
    metadata,
    Column("edition_id", Integer, ForeignKey("editions.id"), primary_key=True),
    Column("story_id", String(64), ForeignKey("stories.id"), primary_key=True),
    Column("section", String(20), nullable=False),
    Column("rank", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("item_count", Integer, nullable=False),  # its reports from the digest's sources
    Column("breakdown", JSON, nullable=False, default=dict),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("command", String(40), nullable=False),
    Column("started", UTCDateTime, nullable=False),
    Column("finished", UTCDateTime),
    Column("status", String(20), nullable=False, default="running"),
    Column("error", Text),
    Column("host", String(255)),  # the machine and process that ran it
    Column("pid", Integer),
    Column("day", Date, index=True),  # the day it writes (None: it only collects)
    Column("digests", JSON, nullable=False, default=list, server_default="[]"),  # [] = all
    Column("plan", JSON, nullable=False, default=list, server_default="[]"),  # stage names
)

run_stages = Table(
    "run_stages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False, index=True),
    Column("stage", String(40), nullable=False),
    Column("started", UTCDateTime, nullable=False),
    Column("seconds", Float, nullable=False),
    Column("counts", JSON, nullable=False, default=dict),
    Column("errors", JSON, nullable=False, default=list),
)

llm_cache = Table(
    "llm_cache",
    metadata,
    Column("key", String(64), primary_key=True),  # sha256 of model, settings and messages
    Column("model", Text, nullable=False),
    Column("reply", Text, nullable=False),
    Column("tokens_in", Integer, nullable=False),  # what the reply cost when it was made
    Column("tokens_out", Integer, nullable=False),
    Column("created", UTCDateTime, nullable=False),
)

digests = Table(
    "digests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False),
    Column("day", Date, nullable=False),  # in the digest's time zone
    Column("language", String(8), nullable=False),
    Column("title", Text, nullable=False),
    Column("status", String(20), nullable=False),  # its edition's EditionStatus
    Column("body", JSON, nullable=False),  # sections, entries, bullets, more, tags, seo
    Column("verification", JSON, nullable=False),
    Column("usage", JSON, nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("updated", UTCDateTime, nullable=False),
    Column("revision", Integer, nullable=False, server_default="1"),  # its edition's
    UniqueConstraint("name", "day", "revision", name="uq_digests_revision"),
)

publications = Table(
    "publications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("digest", String(100), nullable=False),
    Column("day", Date, nullable=False),
    Column("channel", String(100), nullable=False),
    Column("status", String(20), nullable=False),  # posting / published / unknown / failed
    Column("external_ids", JSON, nullable=False),  # message ids, a commit, file paths
    Column("error", Text),
    Column("updated", UTCDateTime, nullable=False),
    Column("version", String(64), nullable=False, server_default=""),  # content hash
    Column("parts", Integer, nullable=False, server_default="0"),
    Column("posted", Integer, nullable=False, server_default="0"),
    Column("unknown", Integer, nullable=False, server_default="0"),
    Column("revision", Integer, nullable=False, server_default="0"),  # the one it carries
    Column("holder", String(200)),  # the publisher posting now ("host pid token")
    Column("lease_until", UTCDateTime),  # its claim lapses then unless renewed
    UniqueConstraint("digest", "day", "channel", name="uq_publications"),
)

publication_messages = Table(
    "publication_messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "publication_id",
        Integer,
        ForeignKey("publications.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("version", String(64), nullable=False),
    Column("parts", JSON, nullable=False),  # the keys of the parts it carried
    Column("state", String(10), nullable=False),  # sending / sent / unknown / retracted
    Column("revision", Integer, nullable=False, server_default="0"),  # the one it carried
    Column("external_id", Text),
    Column("error", Text),
    Column("updated", UTCDateTime, nullable=False),
)

leases = Table(
    "leases",
    metadata,
    Column("name", String(100), primary_key=True),  # what it guards ("group")
    Column("holder", String(200), nullable=False),  # "host pid token"
    Column("acquired", UTCDateTime, nullable=False),  # when this holder took it
    Column("expires", UTCDateTime, nullable=False),  # free for others after this
)

edition_files = Table(
    "edition_files",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("digest", String(100), nullable=False),
    Column("day", Date, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("name", String(200), nullable=False),  # "ribao.md", "cover.png", "digest.json"
    Column("content", LargeBinary, nullable=False),
    Column("updated", UTCDateTime, nullable=False),
    UniqueConstraint("digest", "day", "revision", "name", name="uq_edition_files"),
)

users = Table(
    "users",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("password_hash", String(255), nullable=False),  # argon2id, never the password
    Column("created", UTCDateTime, nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # sha256 of the token, never it
    Column("user", String(100), ForeignKey("users.name", ondelete="CASCADE"), nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("last_used", UTCDateTime),
)

desk_secrets = Table(
    "desk_secrets",
    metadata,
    Column("name", String(100), primary_key=True),  # "session": signs the web cookies
    Column("value", Text, nullable=False),
    Column("created", UTCDateTime, nullable=False),
)

schedule_slots = Table(
    "schedule_slots",
    metadata,
    Column("digest", String(100), primary_key=True),
    Column("slot", UTCDateTime, primary_key=True),  # the cron time this run is for
    Column("day", Date, nullable=False),  # the digest's day it runs
    Column("status", String(20), nullable=False),  # a SlotStatus: running, drafted, failed...
    Column("started", UTCDateTime, nullable=False),
    Column("finished", UTCDateTime),
    Column("holder", String(200), nullable=False),  # "host pid token"
    Column("run_id", Integer),
    Column("reason", Text),  # why it failed, in words
    Column("revision", Integer),  # the edition revision its run wrote
)
