"""Checking a whole draft digest against its stories' sources, and removing what fails.

Every text of an entry is checked against that story's reports (and the facts its data
states); day-level texts (title, bullets, section titles, tags, keywords) against all the
day's stories.  :func:`verify_digest` applies a digest's policy: ``repair`` lets the
writer rewrite an LLM entry once without its unsupported claims, then whatever is still
unsupported is dropped sentence by sentence, so an unverified claim is never published.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from newsdesk.editor._brief import StoryBrief
from newsdesk.editor._claim_extraction import claims_in
from newsdesk.editor._claims import Evidence, reported_kind, unsupported
from newsdesk.editor._development import Development, development
from newsdesk.editor._edits import EDITOR
from newsdesk.editor._offline import DAY_BULLETS, central_sentences, day_bullet, other_section
from newsdesk.editor._sentences import split_sentences
from newsdesk.editor._title import day_title
from newsdesk.model import (
    Claim,
    ClaimKind,
    Digest,
    DigestEntry,
    Section,
    VerificationIssue,
    VerificationReport,
)

#: Rewrites an entry without the claims given; None when it cannot (no LLM, it failed).
Rewrite = Callable[[DigestEntry, StoryBrief, Sequence[Claim]], Awaitable[DigestEntry | None]]


@dataclass(frozen=True, slots=True)
class Finding:
    """Unsupported claims in one text of a digest."""

    #: Where, for the report: "story <id> summary", "day bullet 3"...
    where: str
    #: The story the text belongs to (None for day-level texts).
    story_id: str | None
    #: The claims.
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Check:
    """One pass of the verifier over a digest."""

    texts: int
    claims: int
    findings: tuple[Finding, ...]

    def for_story(self, story_id: str) -> list[Finding]:
        return [f for f in self.findings if f.story_id == story_id]

    def keys(self) -> set[tuple[str | None, str]]:
        """(story, claim text) of every finding: what is still unsupported where."""
        return {(f.story_id, c.text) for f in self.findings for c in f.claims}


class Verifier:
    """The evidence of one digest's stories, indexed once for every check."""

    def __init__(
        self, briefs: Mapping[str, StoryBrief], language: str, vocabulary: Sequence[str]
    ) -> None:
        self.briefs = briefs
        self.language = language
        self._stories = {
            story_id: _latest(
                _evidence(tuple(brief.evidence_texts(language)), tuple(brief.links())),
                [development(brief, language)],
            )
            for story_id, brief in briefs.items()
        }
        everything = [t for b in briefs.values() for t in b.evidence_texts(language)]
        links = [link for b in briefs.values() for link in b.links()]
        self._day = _latest(
            _evidence((*everything, *vocabulary), tuple(links)),
            [development(b, language) for b in briefs.values()],
        )

    def evidence(self, story_id: str | None) -> Evidence:
        return self._day if story_id is None else self._stories[story_id]

    def check(self, digest: Digest) -> Check:
        texts = 0
        claims = 0
        findings: list[Finding] = []
        for where, story_id, text in _texts(digest):
            texts += 1
            claims += len(claims_in(text, makers=self.evidence(story_id).makers))
            found = unsupported(text, self.evidence(story_id))
            if found:
                findings.append(Finding(where, story_id, tuple(found)))
        for where, story_id, url in _links(digest):
            claims += 1
            claim = Claim(ClaimKind.LINK, url, url)
            if not self.evidence(story_id).supports(claim):
                findings.append(Finding(where, story_id, (claim,)))
        return Check(texts, claims, tuple(findings))

    def keep_supported(self, text: str, story_id: str | None) -> str:
        """The text without the sentences that hold an unsupported claim."""
        evidence = self.evidence(story_id)
        kept = [s for s in split_sentences(text) if not unsupported(s, evidence)]
        gap = "" if self.language == "zh" else " "
        return gap.join(s.strip() for s in kept).strip()

    def supported_or(self, text: str, story_id: str | None, fallback: str) -> str:
        """The text if all of it is supported, else the fallback."""
        return fallback if unsupported(text, self.evidence(story_id)) else text


@lru_cache(maxsize=128)
def _evidence(sources: tuple[str, ...], links: tuple[str, ...]) -> Evidence:
    """:meth:`Evidence.build`, kept for the stories whose reports have not changed: a
    run re-verifies every story of the day and each editor's action rewrites the whole
    digest, and indexing the same reports again was most of a re-run's verify stage.
    Evidence is frozen and depends on nothing but its texts and the package's tables."""
    return Evidence.build(sources, links)


def _latest(evidence: Evidence, changes: Sequence[Development | None]) -> Evidence:
    """The evidence with the figures later reports replaced marked as such."""
    found = [c for c in changes if c is not None]
    if not found:
        return evidence
    return replace(
        evidence,
        superseded=frozenset().union(*(c.old_keys for c in found)),
        current=frozenset().union(*(c.new_keys for c in found)),
    )


def _texts(digest: Digest) -> list[tuple[str, str | None, str]]:
    out: list[tuple[str, str | None, str]] = [("day title", None, digest.title)]
    out += [(f"day bullet {n}", None, b) for n, b in enumerate(digest.bullets, 1)]
    out += [(f"section {n} title", None, s.title) for n, s in enumerate(digest.sections, 1)]
    out += [(f"tag {t!r}", None, t) for t in digest.tags]
    out += [(f"keyword {k!r}", None, k) for k in digest.seo]
    for entry in digest.entries:
        at = f"story {entry.story_id}"
        out.append((f"{at} headline", entry.story_id, entry.headline))
        out.append((f"{at} summary", entry.story_id, entry.summary))
        out += [(f"{at} insight {n}", entry.story_id, i) for n, i in enumerate(entry.insights, 1)]
        if entry.impact:
            out.append((f"{at} impact", entry.story_id, entry.impact))
    out += [(f"more {line.story_id}", line.story_id, line.text) for line in digest.more]
    out += [(f"more {m.story_id} detail", m.story_id, m.detail) for m in digest.more if m.detail]
    return [(where, story, text) for where, story, text in out if text]


def _links(digest: Digest) -> list[tuple[str, str | None, str]]:
    out: list[tuple[str, str | None, str]] = []
    for entry in digest.entries:
        out.append((f"story {entry.story_id} link", entry.story_id, entry.url))
        out += [(f"story {entry.story_id} source", entry.story_id, s.url) for s in entry.sources]
    out += [(f"more {line.story_id} link", line.story_id, line.url) for line in digest.more]
    return out


def remove_unsupported(
    digest: Digest, verifier: Verifier, category_names: Mapping[str, str]
) -> Digest:
    """The digest with every sentence holding an unsupported claim taken out.

    What empties is refilled from the sources: a headline or "more" line by the story's
    own title, a summary by its central sentences, a section title by its category, the
    day's title by the offline editor's theme of the entries.
    """
    briefs = verifier.briefs

    def entry_fixed(entry: DigestEntry) -> DigestEntry:
        brief = briefs[entry.story_id]
        sid = entry.story_id
        if entry.written_by == EDITOR:
            return replace(entry, sources=brief.source_links())
        headline = verifier.supported_or(entry.headline, sid, brief.ranked.title)
        summary = verifier.keep_supported(entry.summary, sid) or central_sentences(
            brief, verifier.language
        )
        insights = tuple(t for i in entry.insights if (t := verifier.keep_supported(i, sid)))
        impact = verifier.keep_supported(entry.impact, sid) if entry.impact else ""
        url = verifier.supported_or(entry.url, sid, brief.primary.url)
        return replace(
            entry,
            headline=headline,
            summary=summary,
            insights=insights,
            impact=impact,
            url=url,
            sources=brief.source_links(),
        )

    sections = []
    for section in digest.sections:
        entries = tuple(entry_fixed(e) for e in section.entries)
        categories = {e.category for e in entries}
        other = other_section(digest.language)
        fallback = category_names.get(categories.pop(), other) if len(categories) == 1 else other
        title = verifier.supported_or(section.title, None, fallback) or fallback
        sections.append(Section(title, entries))
    told = [e for s in sections for e in s.entries]
    stated = partial(day_bullet, language=digest.language)
    theme = day_title(told, digest.language, category_names, stated) if told else digest.name
    more = tuple(
        line
        if line.written_by == EDITOR
        else replace(
            line,
            text=verifier.supported_or(
                line.text, line.story_id, briefs[line.story_id].ranked.title
            ),
            url=verifier.supported_or(line.url, line.story_id, briefs[line.story_id].primary.url),
            detail=verifier.keep_supported(line.detail, line.story_id) if line.detail else "",
        )
        for line in digest.more
    )
    return replace(
        digest,
        title=verifier.supported_or(digest.title, None, theme),
        bullets=tuple(b for x in digest.bullets if (b := verifier.keep_supported(x, None)))
        or tuple(e.headline for s in sections for e in s.entries)[:DAY_BULLETS],
        sections=tuple(sections),
        tags=tuple(t for t in digest.tags if not unsupported(t, verifier.evidence(None))),
        seo=tuple(k for k in digest.seo if not unsupported(k, verifier.evidence(None))),
        more=more,
    )


async def verify_digest(
    digest: Digest,
    verifier: Verifier,
    category_names: Mapping[str, str],
    *,
    policy: str = "repair",
    rewrite: Rewrite | None = None,
) -> Digest:
    """Check the draft, repair LLM entries once (policy ``repair``), drop the rest.

    The returned digest carries the report: every unsupported claim of the draft with
    what was done to it ("repaired" when the rewrite no longer needs it, "kept" in what
    an editor wrote, else "dropped").
    """
    first = verifier.check(digest)
    replacements: dict[str, DigestEntry] = {}
    if policy == "repair" and rewrite is not None:
        replacements = await _rewrites(digest, first, verifier, rewrite)
    current = _with_entries(digest, replacements) if replacements else digest
    final = verifier.check(current) if replacements else first
    cleaned = remove_unsupported(current, verifier, category_names) if final.findings else current
    report = VerificationReport(
        texts=first.texts,
        claims=first.claims,
        issues=tuple(_issues(first, final, set(replacements), _by_editor(digest))),
        rewritten=len(replacements),
    )
    return replace(cleaned, verification=report)


async def _rewrites(
    digest: Digest, first: Check, verifier: Verifier, rewrite: Rewrite
) -> dict[str, DigestEntry]:
    """One concurrent rewrite of each LLM entry with unsupported claims (None: kept)."""
    wanted = [
        (entry, [c for f in first.for_story(entry.story_id) for c in f.claims])
        for entry in digest.entries
        if entry.written_by == "llm"
    ]
    wanted = [(entry, claims) for entry, claims in wanted if claims]
    rewritten = await asyncio.gather(
        *(rewrite(e, verifier.briefs[e.story_id], claims) for e, claims in wanted)
    )
    return {e.story_id: r for (e, _), r in zip(wanted, rewritten, strict=True) if r is not None}


def _by_editor(digest: Digest) -> set[str]:
    """The stories whose entry or line an editor wrote."""
    return {e.story_id for e in digest.entries if e.written_by == EDITOR} | {
        m.story_id for m in digest.more if m.written_by == EDITOR
    }


def _issues(
    first: Check, final: Check, rewritten: set[str], by_editor: set[str]
) -> list[VerificationIssue]:
    """Every claim of the draft — kept when an editor wrote it, repaired when its entry
    was rewritten without it, else dropped — then what a rewrite brought in, dropped
    like the rest."""
    remaining, drafted = final.keys(), first.keys()

    def issue(finding: Finding, claim: Claim, action: str) -> VerificationIssue:
        return VerificationIssue(finding.where, replace(claim, kind=reported_kind(claim)), action)

    out = []
    for finding in first.findings:
        fixed = finding.story_id in rewritten
        for claim in finding.claims:
            repaired = fixed and (finding.story_id, claim.text) not in remaining
            kept = finding.story_id in by_editor and claim.kind is not ClaimKind.LINK
            action = "kept" if kept else "repaired" if repaired else "dropped"
            out.append(issue(finding, claim, action))
    for finding in final.findings:
        if finding.story_id in rewritten:
            out += [
                issue(finding, claim, "dropped")
                for claim in finding.claims
                if (finding.story_id, claim.text) not in drafted
            ]
    return out


def _with_entries(digest: Digest, replacements: Mapping[str, DigestEntry]) -> Digest:
    sections = tuple(
        Section(s.title, tuple(replacements.get(e.story_id, e) for e in s.entries))
        for s in digest.sections
    )
    return replace(digest, sections=sections)
