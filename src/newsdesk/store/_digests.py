"""The editor's digests in the SQL store: one row per digest and day, as JSON."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from newsdesk.model import (
    Claim,
    ClaimKind,
    Digest,
    DigestEntry,
    EditionStatus,
    LLMCall,
    LLMUsage,
    MoreLine,
    Section,
    SourceLink,
    VerificationIssue,
    VerificationReport,
)
from newsdesk.store import _tables as t
from newsdesk.store._base import SqlBase


class DigestQueries(SqlBase):
    """The ``digests`` table (see :class:`Store`)."""

    def save_digest(self, digest: Digest, now: datetime) -> None:
        """Store a digest as its edition revision, replacing that revision's draft; an
        approved or published revision is never changed."""
        c = t.digests.c
        row = {
            "language": digest.language,
            "title": digest.title,
            "status": EditionStatus.DRAFT.value,
            "body": _body(digest),
            "verification": verification_json(digest.verification),
            "usage": _usage(digest.usage),
            "updated": now,
        }
        key = (c.name == digest.name, c.day == digest.day, c.revision == digest.revision)
        with self._begin("store the digest") as conn:
            found = conn.execute(sa.select(c.id, c.status).where(*key)).first()
            if found is None:
                conn.execute(
                    t.digests.insert().values(
                        name=digest.name,
                        day=digest.day,
                        revision=digest.revision,
                        created=now,
                        **row,
                    )
                )
            elif found.status == EditionStatus.DRAFT:
                conn.execute(t.digests.update().where(c.id == found.id).values(**row))

    def digest(
        self, name: str, day: date | None = None, revision: int | None = None
    ) -> Digest | None:
        """The newest revision (or ``revision``) of that day's digest, or of its latest
        day."""
        c = t.digests.c
        query = sa.select(t.digests).where(c.name == name)
        query = query.where(c.day == day) if day else query
        query = query.where(c.revision == revision) if revision is not None else query
        query = query.order_by(c.day.desc(), c.revision.desc()).limit(1)
        with self._begin("read the digest") as conn:
            row = conn.execute(query).first()
        return None if row is None else _digest(row._mapping)

    def all_digests(self, name: str | None = None) -> list[Digest]:
        """Each stored day's digest (of ``name``) as readers see it, newest day first: its
        newest published revision, else its newest revision."""
        c = t.digests.c
        query = sa.select(t.digests).order_by(c.day.desc(), c.name, c.revision.desc())
        if name is not None:
            query = query.where(c.name == name)
        with self._begin("read the digests") as conn:
            rows = [_digest(r._mapping) for r in conn.execute(query)]
        chosen: dict[tuple[str, date], Digest] = {}
        for found in rows:
            key = (found.name, found.day)
            if key not in chosen or (
                chosen[key].status != EditionStatus.PUBLISHED
                and found.status == EditionStatus.PUBLISHED
            ):
                chosen[key] = found
        return list(chosen.values())


def digest_json(digest: Digest) -> dict[str, Any]:
    """The whole digest as ``digest.json`` holds it."""
    return {
        "name": digest.name,
        "day": digest.day.isoformat(),
        "language": digest.language,
        "title": digest.title,
        "status": digest.status.value,
        "revision": digest.revision,
        **_body(digest),
        "verification": verification_json(digest.verification),
        "usage": _usage(digest.usage),
    }


def _body(digest: Digest) -> dict[str, Any]:
    return {
        "bullets": list(digest.bullets),
        "sections": [asdict(s) for s in digest.sections],
        "more": [asdict(m) for m in digest.more],
        "tags": list(digest.tags),
        "seo": list(digest.seo),
        "fallbacks": list(digest.fallbacks),
        "unavailable": list(digest.unavailable),
        "notice": digest.notice,
    }


def verification_json(report: VerificationReport) -> dict[str, Any]:
    """The report as ``verification.json`` (and the store) holds it."""
    return {
        "texts": report.texts,
        "claims": report.claims,
        "repaired": report.repaired,
        "dropped": report.dropped,
        "kept": report.kept,
        "rewritten_entries": report.rewritten,
        "clean": report.clean,
        "issues": [
            {
                "where": i.where,
                "kind": i.claim.kind.value,
                "claim": i.claim.text,
                "sentence": i.claim.sentence,
                "action": i.action,
            }
            for i in report.issues
        ],
    }


def _usage(usage: LLMUsage) -> dict[str, Any]:
    return {
        "requests": usage.requests,
        "tokens_in": usage.tokens_in,
        "tokens_out": usage.tokens_out,
        "cost": usage.cost,
        "currency": usage.currency,
        "budget_exhausted": usage.budget_exhausted,
        "calls": [asdict(call) for call in usage.calls],
    }


def _entry(data: dict[str, Any]) -> DigestEntry:
    return DigestEntry(
        story_id=data["story_id"],
        headline=data["headline"],
        url=data["url"],
        summary=data["summary"],
        insights=tuple(data["insights"]),
        impact=data["impact"],
        category=data["category"],
        sources=tuple(SourceLink(**s) for s in data["sources"]),
        written_by=data["written_by"],
    )


def _digest(row: Any) -> Digest:
    body, report, usage = row["body"], row["verification"], row["usage"]
    issues = tuple(
        VerificationIssue(
            i["where"], Claim(ClaimKind(i["kind"]), i["claim"], i["sentence"]), i["action"]
        )
        for i in report["issues"]
    )
    return Digest(
        name=row["name"],
        day=row["day"],
        language=row["language"],
        title=row["title"],
        bullets=tuple(body["bullets"]),
        sections=tuple(
            Section(s["title"], tuple(_entry(e) for e in s["entries"])) for s in body["sections"]
        ),
        more=tuple(MoreLine(**m) for m in body["more"]),
        tags=tuple(body["tags"]),
        seo=tuple(body["seo"]),
        verification=VerificationReport(
            texts=report["texts"],
            claims=report["claims"],
            issues=issues,
            rewritten=report.get("rewritten_entries", 0),
        ),
        usage=LLMUsage(
            calls=tuple(LLMCall(**c) for c in usage["calls"]),
            cost=usage["cost"],
            budget_exhausted=usage["budget_exhausted"],
            currency=usage.get("currency", "USD"),
        ),
        fallbacks=tuple(body["fallbacks"]),
        status=EditionStatus(row["status"]),
        unavailable=tuple(body.get("unavailable", ())),
        notice=body.get("notice", ""),
        revision=row["revision"],
    )
