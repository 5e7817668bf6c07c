"""The records passed between stages.

They are frozen dataclasses so a stage can hand its result on without the next one
changing it behind its back.  Times are timezone-aware UTC unless a field says otherwise.

One module per concern: ``_items`` (entries, items, fetch state), ``_stories`` (desk
items, stories, ranking and selection decisions), ``_digests`` (digests, editions,
claims, verification, the editor's actions, LLM use), ``_publishing`` (publications and
posted messages), ``_runs`` (what a run reports) and ``_schedule`` (scheduled runs).
"""

from newsdesk.model._digests import (
    NOT_TRIED,
    Claim,
    ClaimKind,
    Digest,
    DigestEntry,
    EditionStatus,
    EditorAction,
    EditorVerb,
    EntryText,
    LLMCall,
    LLMUsage,
    MoreLine,
    Section,
    Selection,
    SourceLink,
    StoredEdition,
    VerificationIssue,
    VerificationReport,
    WrittenDigest,
)
from newsdesk.model._items import (
    Collected,
    Entry,
    FetchState,
    Item,
    Outcome,
    StoredItem,
    UpsertCounts,
)
from newsdesk.model._publishing import (
    NOT_PUBLISHED,
    MessageState,
    PostedMessage,
    Publication,
    PublicationStatus,
    PublishClaim,
)
from newsdesk.model._runs import (
    DeskReport,
    FulltextReport,
    GroupReport,
    HealthStatus,
    RunSummary,
    SourceHealth,
    SourceReport,
    SourceStats,
)
from newsdesk.model._schedule import HELD_SLOTS, OPEN_SLOTS, ScheduleSlot, SlotStatus
from newsdesk.model._stories import (
    Decision,
    DeskItem,
    GroupResult,
    Placement,
    RankedStory,
    Reason,
    Story,
)

__all__ = [
    "HELD_SLOTS",
    "NOT_PUBLISHED",
    "NOT_TRIED",
    "OPEN_SLOTS",
    "Claim",
    "ClaimKind",
    "Collected",
    "Decision",
    "DeskItem",
    "DeskReport",
    "Digest",
    "DigestEntry",
    "EditionStatus",
    "EditorAction",
    "EditorVerb",
    "Entry",
    "EntryText",
    "FetchState",
    "FulltextReport",
    "GroupReport",
    "GroupResult",
    "HealthStatus",
    "Item",
    "LLMCall",
    "LLMUsage",
    "MessageState",
    "MoreLine",
    "Outcome",
    "Placement",
    "PostedMessage",
    "Publication",
    "PublicationStatus",
    "PublishClaim",
    "RankedStory",
    "Reason",
    "RunSummary",
    "ScheduleSlot",
    "Section",
    "Selection",
    "SlotStatus",
    "SourceHealth",
    "SourceLink",
    "SourceReport",
    "SourceStats",
    "StoredEdition",
    "StoredItem",
    "Story",
    "UpsertCounts",
    "VerificationIssue",
    "VerificationReport",
    "WrittenDigest",
]
