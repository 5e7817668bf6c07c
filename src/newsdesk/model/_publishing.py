"""Publications: where a digest's day stands on each channel, and the messages posted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class PublicationStatus(StrEnum):
    """Where one digest's day stands on one channel (stored as its value)."""

    #: Every part of the version confirmed.
    PUBLISHED = "published"
    #: The rest may or may not have been posted.
    UNKNOWN = "unknown"
    #: Parts not posted.
    FAILED = "failed"
    #: Returned, not stored: the channel has this version already.
    ALREADY_PUBLISHED = "already published"
    #: Returned, not stored: another publisher holds the channel.
    BUSY = "busy"
    #: Returned, not stored: the digest's review is required and it is a draft.
    AWAITING_APPROVAL = "awaiting approval"
    #: Stored while a publisher holds the channel, until it records its result.
    POSTING = "posting"


#: Statuses that leave a channel without what it should have (for now).
NOT_PUBLISHED = (
    PublicationStatus.FAILED,
    PublicationStatus.UNKNOWN,
    PublicationStatus.BUSY,
    PublicationStatus.AWAITING_APPROVAL,
)
#: Those of them ``publish`` exits 1 for.  A draft awaiting approval is the review at
#: work, not a failure: a cron job or a systemd timer that publishes on a schedule would
#: otherwise report a failure every day an editor has yet to approve (``run`` exits 0
#: for it too).
PUBLISH_FAILED = (
    PublicationStatus.FAILED,
    PublicationStatus.UNKNOWN,
    PublicationStatus.BUSY,
)


class MessageState(StrEnum):
    """What became of one message a channel posted (stored as its value)."""

    #: Asked, no answer yet.
    SENDING = "sending"
    #: Confirmed, with the service's id.
    SENT = "sent"
    #: Maybe posted: not posted again unless forced.
    UNKNOWN = "unknown"
    #: Deleted by a later revision.
    RETRACTED = "retracted"
    #: An answer, never stored: it was not posted, so its record is deleted.
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Publication:
    """One digest's day on one channel: what the record says was posted."""

    #: Digest name.
    digest: str
    #: The digest's day.
    day: date
    #: Channel id (config).
    channel: str
    #: Published, unknown or failed; returned but not stored: already published, busy
    #: and awaiting approval.
    status: PublicationStatus
    #: What the service gave back for ``version``: message ids, a commit hash, a path.
    external_ids: tuple[str, ...] = ()
    #: Why it is not published, in words for the user (None when published).
    error: str | None = None
    #: When this was recorded (UTC).
    updated: datetime | None = None
    #: The content version: a hash of what the channel posts for this edition.
    version: str = ""
    #: The version's parts (stories, title, cover...: the pieces the channel packs into
    #: its messages, 24 stories in one Telegram message), and how many of those parts the
    #: service confirmed and how many may or may not have been posted.  Parts, not
    #: messages: what went out is the record's, part by part.
    parts: int = 0
    parts_posted: int = 0
    parts_unknown: int = 0
    #: The revision of the day the channel carries (0: recorded before revisions were).
    revision: int = 0
    #: Returned, not stored: a newer draft of the day that awaits approval and did not
    #: go out with the approved revision, in words for the user ("" when none), and its
    #: revision number (0 when none), for a reader that words it in another language.
    newer_draft: str = ""
    newer_revision: int = 0


@dataclass(frozen=True, slots=True)
class PublishClaim:
    """A publisher's hold on one digest, day and channel while it posts."""

    #: The publication row's id.
    publication: int
    #: Who holds it ("host pid token"); ours when ``granted``.
    holder: str
    #: Whether we hold it now.
    granted: bool
    #: Until when the holder may post without renewing (UTC).
    lease_until: datetime


@dataclass(frozen=True, slots=True)
class PostedMessage:
    """One message a channel posted, or began to post, for a digest's day."""

    #: Row id.
    id: int
    #: The content version it was posted for.
    version: str
    #: The keys of the parts it carried.
    parts: tuple[str, ...]
    #: Sending, sent, unknown or retracted.
    state: MessageState
    #: The service's id for it, once confirmed.
    external_id: str | None = None
    #: What the service said when the outcome is unknown.
    error: str | None = None
    #: The revision of the day it carried.
    revision: int = 0
