"""Publications in the SQL store: the claim on each digest, day and channel, and the
messages posted for it.

A claim is the publication row's ``holder`` and ``lease_until``, taken by one UPDATE that
only succeeds when nobody holds the row or the holder's lease has lapsed.  SQLite runs
writers one at a time; PostgreSQL re-checks the condition on the row it locked, so of two
publishers racing for the same row exactly one gets it on either.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.model import (
    EditionStatus,
    MessageState,
    PostedMessage,
    Publication,
    PublicationStatus,
    PublishClaim,
)
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase


class PublicationQueries(SqlBase):
    """The ``publications`` and ``publication_messages`` tables (see :class:`Store`)."""

    def publication(self, digest: str, day: date, channel: str) -> Publication | None:
        c = t.publications.c
        query = sa.select(t.publications).where(
            c.digest == digest, c.day == day, c.channel == channel
        )
        with self._begin("read the publication") as conn:
            row = conn.execute(query).first()
        return None if row is None else _publication(row._mapping)

    def publications(self, digest: str, day: date) -> list[Publication]:
        """What each channel carries of that day's digest, by channel id."""
        c = t.publications.c
        query = (
            sa.select(t.publications)
            .where(c.digest == digest, c.day == day, c.status != PublicationStatus.POSTING)
            .order_by(c.channel)
        )
        with self._begin("read the publications") as conn:
            return [_publication(r._mapping) for r in conn.execute(query)]

    def claim_publication(
        self,
        digest: str,
        day: date,
        channel: str,
        holder: str,
        now: datetime,
        until: datetime,
        *,
        take_from: str | None = None,
    ) -> PublishClaim:
        c = t.publications.c
        key = (c.digest == digest, c.day == day, c.channel == channel)
        free = sa.or_(c.holder.is_(None), c.lease_until < now, c.holder == holder)
        if take_from is not None:
            free = sa.or_(free, c.holder == take_from)
        new = {"status": PublicationStatus.POSTING, "external_ids": [], "updated": now}
        with self._begin("claim the channel") as conn:
            conn.execute(
                self._insert(t.publications)
                .values(digest=digest, day=day, channel=channel, **new)
                .on_conflict_do_nothing(index_elements=["digest", "day", "channel"])
            )
            took = conn.execute(
                t.publications.update().where(*key, free).values(holder=holder, lease_until=until)
            ).rowcount
            row = conn.execute(sa.select(c.id, c.holder, c.lease_until).where(*key)).one()
        return PublishClaim(row.id, row.holder, took == 1, row.lease_until)

    def posted_messages(self, publication: int) -> list[PostedMessage]:
        m = t.publication_messages.c
        query = (
            sa.select(t.publication_messages).where(m.publication_id == publication).order_by(m.id)
        )
        with self._begin("read the posted messages") as conn:
            return [_message(r) for r in conn.execute(query)]

    def channel_messages(self, digest: str, day: date, channel: str) -> list[PostedMessage]:
        p, m = t.publications.c, t.publication_messages.c
        query = (
            sa.select(t.publication_messages)
            .join(t.publications, p.id == m.publication_id)
            .where(p.digest == digest, p.day == day, p.channel == channel)
            .order_by(m.id)
        )
        with self._begin("read the posted messages") as conn:
            return [_message(r) for r in conn.execute(query)]

    def record_message(
        self,
        claim: PublishClaim,
        version: str,
        parts: Sequence[str],
        now: datetime,
        until: datetime,
        *,
        revision: int = 0,
    ) -> int | None:
        with self._begin("record the message") as conn:
            if not _renew(conn, claim, until):
                return None
            inserted = conn.execute(
                t.publication_messages.insert().values(
                    publication_id=claim.publication, version=version,
                    parts=list(parts), state=MessageState.SENDING, updated=now, revision=revision,
                )
            ).inserted_primary_key  # fmt: skip
            assert inserted is not None
            return int(inserted[0])

    def update_message(
        self,
        claim: PublishClaim,
        message: int,
        state: MessageState,
        now: datetime,
        until: datetime,
        *,
        external_id: str | None = None,
        error: str | None = None,
    ) -> bool:
        m = t.publication_messages.c
        with self._begin("record the answer") as conn:
            if state == MessageState.REFUSED:  # never posted: nothing to remember
                conn.execute(t.publication_messages.delete().where(m.id == message))
            else:
                values = {"state": state, "external_id": external_id, "error": error}
                conn.execute(
                    t.publication_messages.update()
                    .where(m.id == message)
                    .values(updated=now, **values)
                )
            return _renew(conn, claim, until)

    def finish_publication(
        self, claim: PublishClaim, publication: Publication, now: datetime
    ) -> None:
        c = t.publications.c
        row: dict[str, Any] = {
            "status": publication.status,
            "external_ids": list(publication.external_ids),
            "error": publication.error,
            "version": publication.version,
            "parts": publication.parts,
            "posted": publication.parts_posted,
            "unknown": publication.parts_unknown,
            "revision": publication.revision,
            "updated": now,
            "holder": None,
            "lease_until": None,
        }
        with self._begin("record the publication") as conn:
            conn.execute(
                t.publications.update()
                .where(c.id == claim.publication, c.holder == claim.holder)
                .values(**row)
            )
            if publication.status == PublicationStatus.PUBLISHED:  # that revision went out
                d, e = t.digests.c, t.editions.c
                revision = publication.revision
                conn.execute(
                    t.digests.update()
                    .where(
                        d.name == publication.digest,
                        d.day == publication.day,
                        d.revision == revision,
                    )
                    .values(status=EditionStatus.PUBLISHED.value)
                )
                conn.execute(
                    t.editions.update()
                    .where(
                        e.digest == publication.digest,
                        e.day == publication.day,
                        e.revision == revision,
                    )
                    .values(status=EditionStatus.PUBLISHED.value)
                )

    def release_publication(self, claim: PublishClaim) -> None:
        c = t.publications.c
        with self._begin("release the channel") as conn:
            conn.execute(
                t.publications.update()
                .where(c.id == claim.publication, c.holder == claim.holder)
                .values(holder=None, lease_until=None)
            )


def _renew(conn: sa.Connection, claim: PublishClaim, until: datetime) -> bool:
    """Extend our lease; False when the claim is no longer ours."""
    c = t.publications.c
    renewed = conn.execute(
        t.publications.update()
        .where(c.id == claim.publication, c.holder == claim.holder)
        .values(lease_until=until)
    ).rowcount
    return bool(renewed == 1)


def _publication(m: Any) -> Publication:
    return Publication(
        m["digest"], m["day"], m["channel"], PublicationStatus(m["status"]),
        tuple(m["external_ids"]), m["error"], m["updated"], m["version"], m["parts"],
        m["posted"], m["unknown"], m["revision"],
    )  # fmt: skip


def _message(r: Any) -> PostedMessage:
    return PostedMessage(
        r.id, r.version, tuple(r.parts), MessageState(r.state), r.external_id, r.error, r.revision
    )
