"""Posting each digest's day on each channel exactly once.

Before it posts, a publisher *claims* the (digest, day, channel) row in the store: one
UPDATE that succeeds only when nobody else holds it or the holder's lease has lapsed, so
of two publishers at once (two ``publish``, a ``run`` and a ``publish``) one posts and the
other skips the channel, saying so.  The lease (:data:`LEASE`) is renewed with every
message; a publisher killed on this machine is seen to be dead at once (its process is
gone), one on another machine when its lease lapses.

The channel cuts the edition into parts (stories, the title, the cover, a whole post)
whose keys hash their content; the version is the hash of all the keys.  Each message is
recorded as "sending" *before* it is posted and as "sent", with the service's id, once
the service confirms it; a refusal forgets it.  The next run posts only the parts no
confirmed message carried, so it resumes after the last confirmed message of the same
version, and a changed digest posts only what is new or changed.  A message with no
clear answer (a timeout, a 5xx, an unreadable reply, or a publisher killed while waiting)
stays "unknown": its parts are not posted again unless forced, and the record says
"unknown", never "published".
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from newsdesk._command import command
from newsdesk.exceptions import StoreError
from newsdesk.model import (
    MessageState,
    PostedMessage,
    Publication,
    PublicationStatus,
    PublishClaim,
)
from newsdesk.publish._base import (
    Channel,
    Edition,
    Message,
    OutcomeUnknown,
    Part,
    PublishError,
    Revise,
    part_key,
)
from newsdesk.store import Store

#: How long a claim holds without a message being recorded (one message may wait out a
#: timeout, a 429 and a git push).
LEASE = timedelta(minutes=15)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def holder_name() -> str:
    """This publisher: the machine, the process and a token (threads differ by token)."""
    return f"{socket.gethostname()} {os.getpid()} {secrets.token_hex(4)}"


def holder_is_dead(holder: str) -> bool:
    """Whether the holder was a process on this machine that no longer runs."""
    host, _, rest = holder.partition(" ")
    pid = rest.partition(" ")[0]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, someone else's
        return False
    return False


def publish_edition(
    store: Store,
    channels: Sequence[Channel],
    edition: Edition,
    now: datetime,
    *,
    force: bool,
    clock: Callable[[], datetime] = _utc_now,
    holder: str | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> list[Publication]:
    """Publish on each channel what the record does not show as posted, recording each
    message as it goes and each channel's result (stamped ``now``).

    ``force`` posts again the parts whose outcome is unknown, and everything when all of
    it was confirmed.  One channel's failure never stops the next; a bug in one is
    recorded as that channel's failure and raised once every channel has had its turn.
    Once ``stop()`` is true (its run was stopped) no further channel starts.
    """
    holder = holder or holder_name()
    results: list[Publication] = []
    bugs: list[str] = []
    for channel in channels:
        try:
            if stop():
                continue  # closed below, as the others
            results.append(_publish(store, channel, edition, now, force, clock, holder))
        except PublishError as err:  # before anything was claimed or posted
            said = channel.said(err)
            results.append(_result(edition, channel, PublicationStatus.FAILED, now, error=said))
        except StoreError:
            raise  # nothing can be recorded: no channel may post
        except Exception as err:
            reason = (
                f"{type(err).__name__}: {channel.said(err)} (a bug in newsdesk; please report it)"
            )
            results.append(_result(edition, channel, PublicationStatus.FAILED, now, error=reason))
            bugs.append(reason)
        finally:
            channel.close()
    if bugs:
        # raised in the channel's own words: the original's message and its chain may
        # quote a token or a webhook address the channel's settings hold
        raise RuntimeError(bugs[0]) from None
    return results


def _result(
    edition: Edition,
    channel: Channel,
    status: PublicationStatus,
    now: datetime,
    error: str,
    version: str = "",
) -> Publication:
    d = edition.digest
    return Publication(
        d.name, d.day, channel.id, status, (), error, now, version, revision=d.revision
    )


def _claim(
    store: Store, edition: Edition, channel: Channel, holder: str, clock: Callable[[], datetime]
) -> PublishClaim:
    """Our claim on the channel; a dead holder's claim (on this machine) is taken over."""
    d = edition.digest
    at = clock()
    claim = store.claim_publication(d.name, d.day, channel.id, holder, at, at + LEASE)
    if not claim.granted and holder_is_dead(claim.holder):
        at = clock()
        claim = store.claim_publication(
            d.name, d.day, channel.id, holder, at, at + LEASE, take_from=claim.holder
        )
    return claim


def _publish(
    store: Store,
    channel: Channel,
    edition: Edition,
    now: datetime,
    force: bool,
    clock: Callable[[], datetime],
    holder: str,
) -> Publication:
    channel.ready()
    parts = channel.parts(edition)
    version = part_key(*(p.key for p in parts))
    claim = _claim(store, edition, channel, holder, clock)
    if not claim.granted:
        until = f"{claim.lease_until:%Y-%m-%d %H:%M:%S} UTC"
        return _result(
            edition, channel, PublicationStatus.BUSY, now, version=version,
            error=f"another publisher ({claim.holder}) is posting on this channel, its claim "
            f"running until {until}. Skipped: run again once it has finished.",
        )  # fmt: skip
    try:
        d = edition.digest
        before = store.publication(d.name, d.day, channel.id)
        posting = _Posting(store, channel, claim, clock, version, d.revision)
        return posting.run(edition, parts, before, now, force)
    finally:
        store.release_publication(claim)


class _Posting:
    """One channel's turn under our claim: what to post, posting it, the record."""

    def __init__(
        self,
        store: Store,
        channel: Channel,
        claim: PublishClaim,
        clock: Callable[[], datetime],
        version: str,
        revision: int,
    ) -> None:
        self.store = store
        self.channel = channel
        self.claim = claim
        self.clock = clock
        self.version = version
        self.revision = revision

    def run(
        self,
        edition: Edition,
        parts: list[Part],
        before: Publication | None,
        now: datetime,
        force: bool,
    ) -> Publication:
        done = before is not None and before.status == PublicationStatus.PUBLISHED
        if done and not force and before is not None and before.version in ("", self.version):
            # Nothing new (or recorded before versions were kept, when it was posted whole).
            return replace(before, status=PublicationStatus.ALREADY_PUBLISHED)
        revise = self.channel.revise
        if done and not force and before is not None and revise is Revise.FORCE:
            # A mail or a chat message cannot be amended: a second one waits for --force.
            return replace(
                before,
                status=PublicationStatus.ALREADY_PUBLISHED,
                error=f"revision {edition.digest.revision} differs from what went out here; "
                f"this channel cannot change what it posted, so `{_forced(edition, self.channel)}` "
                "posts it.",
            )
        history = self._history()
        if revise is Revise.EDIT and not force and _live(history):
            return self._record(edition, parts, now, self._revise(edition, parts, history))
        sent, unknown = _outcomes(history)
        todo = [p for p in parts if p.key not in sent and (force or p.key not in unknown)]
        if force and not todo:
            todo = parts  # all of it was confirmed: post it all again
        error = self._post(self.channel.messages(edition, todo)) if todo else None
        result = self._record(edition, parts, now, error)
        if not todo and result.status == PublicationStatus.PUBLISHED:
            # All of it was in the channel before (a forced post again failed since): the
            # record is published again, but this publish sent nothing.
            return replace(
                result,
                status=PublicationStatus.ALREADY_PUBLISHED,
                error=f"nothing new was sent: every message of revision "
                f"{edition.digest.revision} was posted here before",
            )
        return result

    def _revise(
        self, edition: Edition, parts: list[Part], history: list[PostedMessage]
    ) -> str | None:
        """Edit the messages that carry an earlier version into this one, in order; post
        what no message has room for, and delete the messages left over.  An edit may be
        made twice harmlessly, so one whose answer was lost is simply made again."""
        live = _live(history)
        _, unknown = _outcomes(history)
        messages = self.channel.messages(edition, parts)
        for n, message in enumerate(messages):
            if n < len(live):
                external_id, carried = live[n]
                if carried != message.parts:
                    error = self._post([message], edit=external_id)
                    if error:
                        return error
            elif not unknown.intersection(message.parts):  # maybe posted: only with --force
                error = self._post([message])
                if error:
                    return error
        for external_id, _ in live[len(messages) :]:
            error = self._retract(external_id)
            if error:
                return error
        return None

    def _retract(self, external_id: str) -> str | None:
        at = self.clock()
        row = self.store.record_message(
            self.claim, self.version, (), at, at + LEASE, revision=self.revision
        )
        if row is None:
            return _LOST
        try:
            self.channel.retract(external_id)
        except PublishError as err:
            self._answer(row, MessageState.REFUSED)
            return self.channel.said(err)
        return None if self._answer(row, MessageState.RETRACTED, external_id=external_id) else _LOST

    def _history(self) -> list[PostedMessage]:
        """The messages posted so far; one left "sending" by a publisher that stopped
        before the service answered may have been posted, and becomes "unknown"."""
        history = self.store.posted_messages(self.claim.publication)
        for m in history:
            if m.state == MessageState.SENDING:
                self._answer(
                    m.id,
                    MessageState.UNKNOWN,
                    error="the publisher stopped before the service answered",
                )
        return self.store.posted_messages(self.claim.publication)

    def _post(self, messages: list[Message], edit: str | None = None) -> str | None:
        """Post the messages in order until one fails (or make ``edit``, a message posted
        before, into the one message); returns what went wrong."""
        for message in messages:
            at = self.clock()
            row = self.store.record_message(
                self.claim, self.version, message.parts, at, at + LEASE, revision=self.revision
            )
            if row is None:
                return _LOST
            try:
                if edit is None:
                    external_id = self.channel.post(message)
                else:
                    external_id = self.channel.edit(edit, message)
            except OutcomeUnknown as err:
                said = self.channel.said(err)
                self._answer(row, MessageState.UNKNOWN, error=said)
                return said
            except PublishError as err:
                self._answer(row, MessageState.REFUSED)
                return self.channel.said(err)
            except (OSError, ValueError) as err:  # a bad path or header: not posted
                self._answer(row, MessageState.REFUSED)
                return f"{type(err).__name__}: {self.channel.said(err)}"
            if not self._answer(row, MessageState.SENT, external_id=external_id):
                return _LOST
        return None

    def _answer(
        self,
        row: int,
        state: MessageState,
        *,
        external_id: str | None = None,
        error: str | None = None,
    ) -> bool:
        at = self.clock()
        return self.store.update_message(
            self.claim, row, state, at, at + LEASE, external_id=external_id, error=error
        )

    def _record(
        self, edition: Edition, parts: list[Part], now: datetime, error: str | None
    ) -> Publication:
        """The channel's result for this version, from what the store holds."""
        history = self.store.posted_messages(self.claim.publication)
        sent, unknown = _outcomes(history)
        keys = {p.key for p in parts}
        if self.channel.revise is Revise.EDIT:  # what the messages say now
            live = _live(history)
            sent = {k for _, carried in live for k in carried}
            unknown -= sent
            ids = tuple(i for i, carried in live if keys.intersection(carried))
        else:  # each place once: a page rewritten by `--force` is still one page
            ids = tuple(
                dict.fromkeys(
                    m.external_id
                    for m in history
                    if m.state == MessageState.SENT and m.external_id and keys.intersection(m.parts)
                )
            )
        posted, maybe = len(keys & sent), len(keys & unknown)
        # the user counts what the channel sends: 3 Telegram messages, not their 24 parts
        packed = _packed(self.channel, edition, parts)
        whole = sum(m <= sent for m in packed)
        if posted == len(keys) and error in (None, _LOST):  # lost: the other one posted it
            status, error = PublicationStatus.PUBLISHED, None
        elif posted == len(keys):  # posted before, but this time (--force, an edit) failed
            status, error = PublicationStatus.FAILED, f"Posted before, not this time: {error}"
        elif posted + maybe == len(keys):
            status = PublicationStatus.UNKNOWN
            said = error or next(
                (
                    m.error
                    for m in history
                    if m.state == MessageState.UNKNOWN and keys.intersection(m.parts)
                ),
                None,
            )
            error = (
                f"{len(packed) - whole} of {len(packed)} messages may or may not have been posted"
                + (f" ({said.rstrip('.')})." if said else ".")
                + f" Check the channel; `{_forced(edition, self.channel)}` posts them again."
            )
        else:
            status = PublicationStatus.FAILED
            error = f"{whole} of {len(packed)} messages posted. {error or ''}".strip()
        d = edition.digest
        result = Publication(
            d.name, d.day, self.channel.id, status, ids, error, now, self.version,
            len(keys), posted, maybe, d.revision,
        )  # fmt: skip
        self.store.finish_publication(self.claim, result, now)
        return result


def _packed(channel: Channel, edition: Edition, parts: list[Part]) -> list[set[str]]:
    """The keys each message of the version carries, as the channel packs all its parts
    (each part a message of its own when the packing does not cover them)."""
    packed = [set(m.parts) for m in channel.messages(edition, parts)]
    keys = [p.key for p in parts]
    if sorted(k for m in packed for k in m) != sorted(keys):
        return [{k} for k in keys]
    return packed


def _forced(edition: Edition, channel: Channel) -> str:
    """The command that posts this digest's day again on this channel alone: a bare
    ``publish --force`` posts every channel of every digest again, so a Telegram group
    that already has the day would get it a second time."""
    d = edition.digest
    where = f"--digest {d.name} --date {d.day.isoformat()} --channel {channel.id}"
    return f"{command()} publish {where} --force"


#: What a publisher says when its lease lapsed and another took the channel over.
_LOST = (
    "This publisher's claim on the channel lapsed and another publisher took it over; "
    "stopped so as not to post twice."
)


def _live(history: Sequence[PostedMessage]) -> list[tuple[str, tuple[str, ...]]]:
    """The messages standing on the channel, in the order they were first posted, each
    with the parts its last confirmed edit carries; deleted ones are gone."""
    standing: dict[str, tuple[str, ...]] = {}
    for message in history:  # oldest first: a later edit of a message wins
        if message.external_id is None:
            continue
        if message.state == MessageState.SENT:
            standing[message.external_id] = message.parts
        elif message.state == MessageState.RETRACTED:
            standing.pop(message.external_id, None)
    return list(standing.items())


def _outcomes(history: Sequence[PostedMessage]) -> tuple[set[str], set[str]]:
    """Keys of the parts confirmed posted, and of those that may or may not have been."""
    sent = {k for m in history if m.state == MessageState.SENT for k in m.parts}
    unknown = {
        k
        for m in history
        if m.state in (MessageState.UNKNOWN, MessageState.SENDING)
        for k in m.parts
    }
    return sent, unknown - sent
