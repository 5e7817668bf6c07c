"""How results look on the terminal: summaries and tables (rich renderables)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.cells import cell_len
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from newsdesk._command import command
from newsdesk.collect import NO_NETWORK_ADVICE, no_network, read_locally
from newsdesk.collect._health import diagnose, span
from newsdesk.collect._http import PRIVATE_ADVICE
from newsdesk.config import Config, SourceConfig
from newsdesk.core import EditionChange, EditionDiff, EditionView, EntryEdit, StoryPlace
from newsdesk.demo import load_sample_day
from newsdesk.doctor import Checkup, Verdict
from newsdesk.editor import TextChange
from newsdesk.exceptions import NewsdeskError
from newsdesk.model import (
    NOT_PUBLISHED,
    DeskReport,
    Digest,
    EditionStatus,
    FetchState,
    HealthStatus,
    Outcome,
    Phrase,
    Publication,
    PublicationStatus,
    RankedStory,
    RunSummary,
    Selection,
    SourceHealth,
    SourceReport,
    StoredItem,
    Story,
    WrittenDigest,
    score_text,
    work_error_phrase,
)
from newsdesk.render import outline, outline_text
from newsdesk.schedule import DigestSchedule
from newsdesk.store import SchemaStatus, SchemaUpgrade


def no_network_line(reports: Sequence[SourceReport], config: Config) -> str | None:
    """The sentence a check or a run ends with when no source could be reached because
    this machine has no network; None otherwise."""
    offline = no_network(reports, read_locally(config.sources))
    if offline is None:
        return None
    return f"{offline[0].upper()}{offline[1:]}; {NO_NETWORK_ADVICE}."


def demo_gone_line(reports: Sequence[SourceReport], config: Config) -> str | None:
    """What to do when a run on the demo's config after the demo found every source gone:
    they are the sample day's, served on 127.0.0.1 only while ``newsdesk demo`` runs
    (the config's comment says so, which no one reads in a failed run); the day the store
    can be written for is the sample's, so the line names it.  None otherwise."""
    sources = config.sources
    if not reports or not sources or any("demo" not in s.tags for s in sources):
        return None
    gone = all(r.outcome is Outcome.FAILED and "127.0.0.1" in (r.error or "") for r in reports)
    if not gone:
        return None
    folder = os.path.relpath(config.base_dir)
    named = os.path.relpath(config.path) if config.path else folder
    me, folder, named = command(setup=False), shlex.quote(folder), shlex.quote(named)
    day = load_sample_day().day
    return (
        f"These are the demo's sample sources, served on 127.0.0.1 only while `{me} demo` "
        f"runs. Run `{me} demo --out {folder}` to serve the sample day and run it again, "
        f"or `{me} --config {named} run --date {day} --no-publish` to write the sample "
        "day again from what the store holds."
    )


def empty_day_line(summary: RunSummary) -> str | None:
    """Why a run of a past day (``run --date``) found no story: it writes from the items
    already stored and collects none, so on a fresh store, or before the day's file or
    feed was fetched, it has nothing to write.  "nothing to write" alone reads as a day
    without news; the line says what to do.  None when every day it selected for had
    stories."""
    desk = summary.desk
    if desk is None:
        return None
    empty = sorted({str(s.day) for s in desk.selections if not s.ranked})
    if not empty:
        return None
    me = command()
    return (
        f"No story is stored for {', '.join(empty)}: a run with --date writes from the "
        f"items the store holds and collects none. Collect them first (`{me} fetch`), "
        "then run the day again."
    )


def empty_today_line(summary: RunSummary, newest: date | None, config: Config) -> str | None:
    """Why a run of today wrote nothing while the store has stories of an earlier day:
    none of today (in the digest's zone) is stored yet, as early in the day, before the sources
    have published.  "nothing to write" alone reads as a broken run; the line names the
    newest day with stories and how to write it.  None when a digest selected stories,
    or the store has no other day to point at."""
    desk = summary.desk
    if desk is None or newest is None or not desk.selections:
        return None
    if any(s.ranked for s in desk.selections):
        return None
    first, me = desk.selections[0], command()
    zone = config.digest(first.digest).timezone
    return (
        f"No story of today ({first.day}, {zone}) is stored yet: the sources have brought "
        f"nothing published that day so far. The newest stories are of {newest}: "
        f"`{me} run --date {newest}` writes that day from the store, and a run later "
        "today writes today's."
    )


def summary_lines(
    summary: RunSummary, labels: dict[str, str], titles: Mapping[str, str] | None = None
) -> list[Text]:
    """The closing summary every run prints (``titles``: each digest's, by key)."""
    ok = summary.with_outcome(Outcome.OK)
    unchanged = summary.with_outcome(Outcome.NOT_MODIFIED)
    failed = summary.with_outcome(Outcome.FAILED)
    counts = summary.counts
    state = "[green]finished[/green]" if summary.ok else "[red]failed[/red]"
    lines = [
        Text.from_markup(
            f"[bold]Run {summary.run_id}[/bold] ({summary.command}) {state} "
            f"in {summary.seconds:.1f} s"
        ),
        Text.from_markup(
            f"Sources: [green]{len(ok)} ok[/green], {len(unchanged)} not modified, "
            f"{'[red]' if failed else ''}{len(failed)} failed{'[/red]' if failed else ''}"
        ),
    ]
    lines.extend(failed_lines(failed, labels))
    for report in summary.sources:
        label = labels.get(report.source_id, report.source_id)
        for warning in report.warnings:
            lines.append(Text(f"  ! {label}: {warning}"))
        if report.skipped:
            lines.append(Text(f"  ! {label}: {skipped_text(report.skipped)}"))
    lines.extend(health_lines(summary.health, labels))
    lines.append(
        Text(f"Items: {counts.new} new, {counts.updated} updated, {counts.unchanged} unchanged")
    )
    fulltext = summary.fulltext
    if fulltext.extracted or fulltext.failed or fulltext.postponed:
        later = (
            f", {fulltext.postponed} left for the next run (fulltext.stage_timeout)"
            if fulltext.postponed
            else ""
        )
        lines.append(
            Text(f"Full text: {fulltext.extracted} extracted, {fulltext.failed} failed{later}")
        )
    if summary.desk_error:
        lines.append(Text.from_markup(f"[red]Desk stopped:[/red] {escape(summary.desk_error)}"))
    if summary.desk is not None:
        lines.extend(desk_lines(summary.desk))
    for written in summary.digests:
        lines.extend(digest_lines(written))
    lines.extend(publication_lines(summary.publications, titles))
    if summary.site:
        folder = summary.site.removesuffix("index.html")
        lines.append(Text(f"Site and feeds: {summary.site} (feed.xml, atom.xml, feed.json)"))
        lines.append(Text(f"  feeds: {folder}feed.xml  {folder}atom.xml  {folder}feed.json"))
    return lines


#: More sources than this failing for one reason are one line of the run summary.
ALIKE = 5
#: How many of them that line names.
NAMED = 4


def failed_lines(failed: Sequence[SourceReport], labels: Mapping[str, str]) -> list[Text]:
    """Each failed source with its error; but more than :data:`ALIKE` failing for one
    reason (its kind, as :func:`~newsdesk.model.work_error_phrase` reads it back, else
    its words) are one line, so that a starter config run offline does not print thirty
    lines of the same fault."""
    groups: dict[str, list[SourceReport]] = {}
    for report in failed:
        said = work_error_phrase(report.error or "")
        groups.setdefault(said.key or said.text, []).append(report)
    lines: list[Text] = []
    for group in groups.values():
        names = [labels.get(r.source_id, r.source_id) for r in group]
        if len(group) <= ALIKE:
            lines.extend(
                Text(f"  ✗ {name}: {r.error}") for name, r in zip(names, group, strict=True)
            )
            continue
        others = ", ".join(names[1:NAMED])
        lines.append(
            Text(
                f"  ✗ {len(group)} sources failed alike, as {names[0]} did: {group[0].error}; "
                f"the others: {others} and {len(group) - NAMED} more (`{command()} sources` "
                "lists each one's error)"
            )
        )
    return lines


def skipped_text(skipped: dict[str, int]) -> str:
    """``3 entries skipped (2× score is not a number, 1× no usable link or title)``."""
    total = sum(skipped.values())
    reasons = ", ".join(f"{n}× {reason}" for reason, n in sorted(skipped.items(), key=_most))
    return f"{total} {'entry' if total == 1 else 'entries'} skipped ({reasons})"


def _most(pair: tuple[str, int]) -> tuple[int, str]:
    return -pair[1], pair[0]


def publication_lines(
    publications: Sequence[Publication], titles: Mapping[str, str] | None = None
) -> list[Text]:
    """One line per digest and channel: published (with ids), already done, or why not;
    the channels of a digest held for one reason (a draft awaiting approval) share
    their line, so that the reason and its commands are said once.  A digest is named by
    its title in ``titles`` (what its editors know it as), its key in brackets."""
    titles = titles or {}
    lines = []
    channels: dict[tuple[object, ...], list[str]] = {}
    for p in publications:
        if p.status in NOT_PUBLISHED:
            channels.setdefault(_held_key(p), []).append(p.channel)
    for p in publications:
        version = f" version {p.version[:8]}" if p.version else ""
        version = f" revision {p.revision}{version}" if p.revision else version
        if p.status in NOT_PUBLISHED:
            shared = channels.pop(_held_key(p), None)
            if shared is None:  # said on the line of its first channel
                continue
            if p.status == PublicationStatus.AWAITING_APPROVAL:  # what waits, for whom
                which = f" revision {p.revision}" if p.revision else ""
                named = escape(_titled(p.digest, titles))
                lines.append(
                    Text.from_markup(
                        f"[yellow]… {named} {p.day}{which} waits for an editor's approval; "
                        f"not sent to {escape(', '.join(shared))}[/yellow]: {escape(p.error or '')}"
                    )
                )
                continue
            where = f"{_titled(p.digest, titles)} {p.day} -> {', '.join(shared)}"
            mark = {
                PublicationStatus.FAILED: "[red]✗",
                PublicationStatus.UNKNOWN: "[yellow]?",
                PublicationStatus.BUSY: "[yellow]·",
            }[p.status]
            color = mark[1:].split("]")[0]
            lines.append(
                Text.from_markup(
                    f"{mark} {escape(where)}[/{color}]: {p.status}{version}: "
                    f"{escape(p.error or '')}"
                )
            )
            continue
        where = f"{_titled(p.digest, titles)} {p.day} -> {p.channel}"
        if p.status == PublicationStatus.PUBLISHED:
            shown = ", ".join(p.external_ids[:3]) + (" …" if len(p.external_ids) > 3 else "")
            lines.append(Text(f"✓ {where}: published{version} ({shown})"))
        elif p.error:  # a later revision this channel cannot change
            lines.append(Text(f"· {where}: already published{version}: {p.error}"))
        else:
            lines.append(Text(f"· {where}: already published (use --force to post again)"))
    held = dict.fromkeys((p.digest, p.day, p.newer_draft) for p in publications if p.newer_draft)
    lines += [Text(f"! {_titled(digest, titles)} {day}: {note}") for digest, day, note in held]
    return lines


def _titled(digest: str, titles: Mapping[str, str]) -> str:
    """A digest as its editors know it: "AI 日报 (ai-ribao)"; its key alone when it has
    no other title."""
    title = titles.get(digest, digest)
    return digest if title == digest else f"{title} ({digest})"


def _held_key(p: Publication) -> tuple[object, ...]:
    """What makes two channels' failures one line: the same digest, day, outcome,
    revision and reason."""
    return (p.digest, p.day, p.status, p.revision, p.version, p.error)


#: More fallback lines than this are summed up, not listed (a dead endpoint fails every call).
_FALLBACKS_SHOWN = 3


def digest_lines(written: WrittenDigest) -> list[Text]:
    """A written digest: its size, who wrote it, what it cost, what the verifier found."""
    d = written.digest
    entries = d.entries
    by_llm = sum(e.written_by == "llm" for e in entries)
    usage = d.usage
    lines = [
        Text(
            f"Digest {d.name} {d.day}: {len(entries)} stories in {len(d.sections)} sections, "
            f"{len(d.more)} more news -> {written.folder}"
        ),
        Text(
            f"  written: {by_llm} by the LLM, {len(entries) - by_llm} offline; "
            f"LLM: {usage.requests} calls ({usage.cached} cached, {usage.failed} failed), "
            f"{usage.tokens_in:,} tokens in, {usage.tokens_out:,} out"
            + (f", est. cost {usage.cost:.4f} {usage.currency}" if usage.cost else "")
            + (" — token budget spent" if usage.budget_exhausted else "")
        ),
    ]
    report = d.verification
    if report.clean:
        verdict = "[green]all supported[/green]"
    else:
        verdict = (
            f"[yellow]{len(report.issues)} unsupported[/yellow]: {report.repaired} repaired, "
            f"{report.dropped} dropped"
            + (f", {report.kept} kept by the editor" if report.kept else "")
        )
    lines.append(
        Text.from_markup(
            f"  verification: {report.claims} claims in {report.texts} texts checked, {verdict}"
        )
    )
    shown = d.fallbacks if len(d.fallbacks) <= _FALLBACKS_SHOWN else d.fallbacks[:2]
    lines.extend(Text(f"  ! {f}") for f in shown)
    if len(shown) < len(d.fallbacks):
        hidden = len(d.fallbacks) - len(shown)
        lines.append(
            Text(f"  ! … and {hidden} more like these (all in {written.folder}/digest.json)")
        )
    lines.extend(Text(f"  ! {w}") for w in written.warnings)
    lines.extend(Text(f"  wrote {path}") for path in written.files)
    return lines


def digest_text(digest: Digest) -> str:
    """A digest as plain text, for reading in a terminal: all of its outline, the other
    sources and the tags too."""
    return outline_text(outline(digest))


#: What wraps as one piece: a run of anything but spaces and wide (CJK) characters (a
#: word, a number, a URL), or one wide character with the closing marks after it (a line
#: never starts with "，" or "）"), or a run of spaces.
_PIECES = re.compile(
    r"\s+|(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|.)"
    r"[，。、；：！？）》」』”’,.;:!?)]*"
)
#: The marks a list line opens with: its continuation lines start under its text.
_LIST_MARK = re.compile(r"\s*(?:[-*·•]|\d+[.)]|#{1,6})\s+|\s*")


def wrapped(lines: Sequence[str], width: int) -> list[str]:
    """Lines fitted to a terminal ``width`` columns wide (a wide character takes two),
    broken between words or between wide characters, never inside a word or a URL (one
    longer than the line stands alone); a line's continuations start under its text,
    after its indent and list mark, so a list reads as one.  The terminal's own wrap
    breaks words and starts every continuation at the margin."""
    out: list[str] = []
    for line in lines:
        if cell_len(line) <= width:
            out.append(line)
            continue
        mark = _LIST_MARK.match(line)
        lead = mark.group() if mark else ""
        indent = " " * cell_len(lead)
        current, pieces = lead, _PIECES.findall(line[len(lead) :])
        for piece in pieces:
            if piece.isspace():
                if current.strip():
                    current += piece
                continue
            if cell_len(current) + cell_len(piece) > width and current.strip():
                out.append(current.rstrip())
                current = indent
            current += piece
        out.append(current.rstrip())
    return out


def desk_lines(report: DeskReport) -> list[Text]:
    """What the desk stages did: vectors, stories, and each digest's selection."""
    g = report.group
    merged = f", {g.merged_stories} merged into another" if g.merged_stories else ""
    lines = [
        Text(
            f"Stories: {g.grouped} items grouped into {g.new_stories} new and "
            f"{g.updated_stories} updated stories ({g.duplicates} copies linked{merged}); "
            f"{report.embedded} embedded, {report.assessed} assessed"
        )
    ]
    for selection in report.selections:
        lines.append(
            Text(
                f"Selected for {selection.digest} {selection.day}: {len(selection.lead)} lead, "
                f"{len(selection.more)} more news (of {len(selection.ranked)} stories that day)"
                + ("; nothing to write" if not selection.lead and not selection.more else "")
            )
        )
    lines += [
        Text(
            f"{kept.digest} {kept.day}: nothing new; revision {kept.revision} stays "
            f"{kept.status.value}, not written or published again ({kept.folder})"
        )
        for kept in report.unchanged
    ]
    lines += [Text(f"  ! {said}", style="yellow") for said in report.without]
    lines += [Text(f"  ✗ digest {said}", style="red") for said in report.waiting]
    return lines


def check_table(reports: Sequence[SourceReport], config: Config, *, reasons: bool = True) -> Table:
    """``sources check``'s table; without ``reasons``, the reason column is left to
    :func:`diagnosis_lines` under it (``notes=True``), where a narrow terminal reads it."""
    table = Table(title="Source check", show_lines=False)
    columns = ("source", "kind", "result", "entries", "seconds")
    for column in (*columns, "reason") if reasons else columns:
        table.add_column(column, overflow="fold")
    for report in reports:
        source = config.source(report.source_id)
        result = "[green]ok[/green]" if report.outcome is Outcome.OK else "[red]failed[/red]"
        row = [source.id, source.kind, result, str(report.entries), f"{report.seconds:.1f}"]
        reason = Text(report.error or "; ".join(report.warnings))
        table.add_row(*row, reason) if reasons else table.add_row(*row)
    return table


def _when(value: datetime | None, zone: ZoneInfo, *, labelled: bool = True) -> str:
    """A time in ``zone``, with its offset (``2026-05-14 10:00 UTC+08:00``), as the
    editor's actions are shown in UTC: a time without its zone reads as the reader's.
    A table names the zone in its column's heading instead (``labelled`` false)."""
    if value is None:
        return "—"
    local = value.astimezone(zone)
    if not labelled:
        return f"{local:%Y-%m-%d %H:%M}"
    offset = local.utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    if not minutes:
        return f"{local:%Y-%m-%d %H:%M} UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{local:%Y-%m-%d %H:%M} UTC{sign}{hours:02d}:{rest:02d}"


_HEALTH_STYLE = {
    HealthStatus.FAILING: "red",
    HealthStatus.STALE: "yellow",
    HealthStatus.LOW: "yellow",
    HealthStatus.NEVER: "dim",
    HealthStatus.OFF: "dim",
    HealthStatus.OK: "green",
}


def sources_table(
    sources: Sequence[SourceConfig],
    states: dict[str, FetchState],
    health: Sequence[SourceHealth],
    zone: ZoneInfo,
    *,
    problems: bool = True,
) -> Table:
    """``newsdesk sources``: each source's last fetch and health, with what is wrong
    (without ``problems``, that is left to :func:`source_problems`, under the table)."""
    by_id = {h.source_id: h for h in health}
    said = dict(source_problems(sources, states, health))
    table = Table(title=f"{len(sources)} source{'' if len(sources) == 1 else 's'}")
    fetched = f"last fetch ({zone.key})"
    columns = ("id", "name", "kind", fetched, "health", "newest", "per day")
    for column in (*columns, "problem") if problems else columns:
        table.add_column(column, overflow="fold")
    for source in sources:
        state = states.get(source.id) or FetchState(source.id)
        h = by_id.get(source.id) or SourceHealth(source.id, HealthStatus.NEVER)
        status = h.status.value + (f" ×{h.failures}" if h.status is HealthStatus.FAILING else "")
        row: list[str | Text] = [
            source.id,
            Text(source.label),
            source.kind,
            _when(state.last_fetched, zone, labelled=False),
            Text(status, style=_HEALTH_STYLE[h.status]),
            span(h.freshness) if h.freshness is not None else "—",
            f"{h.last_day} / {h.per_day:.1f}",
        ]
        table.add_row(*row, Text(said.get(source.id, ""))) if problems else table.add_row(*row)
    table.caption = "newest: age of the newest item; per day: items in the last day / usual"
    return table


def source_problems(
    sources: Sequence[SourceConfig],
    states: dict[str, FetchState],
    health: Sequence[SourceHealth],
) -> list[tuple[str, str]]:
    """Each source in trouble, with what is wrong with it, in the config's order."""
    by_id = {h.source_id: h for h in health}
    found = []
    for source in sources:
        state = states.get(source.id) or FetchState(source.id)
        h = by_id.get(source.id) or SourceHealth(source.id, HealthStatus.NEVER)
        problems = [problem.text for problem, _ in h.said if problem.key != "problem.never"]
        if state.last_skipped and h.status is not HealthStatus.FAILING:
            problems.append(skipped_text(state.last_skipped))
        if problems:
            found.append((source.id, "; ".join(problems)))
    return found


def health_lines(health: Sequence[SourceHealth], labels: dict[str, str]) -> list[Text]:
    """The run summary's word on sources that answer but bring nothing new, or too little."""
    return [
        Text(f"  ~ {labels.get(h.source_id, h.source_id)} is {h.status.value}: {problem}")
        for h in health
        if h.status in (HealthStatus.STALE, HealthStatus.LOW)
        for problem in h.problems
    ]


def diagnosis_lines(
    reports: Sequence[SourceReport],
    health: Sequence[SourceHealth],
    config: Config,
    *,
    notes: bool = False,
) -> list[Text]:
    """``sources check``: per source in trouble, what is wrong and what to try; with
    ``notes``, a source's warnings too (a table without its reason column shows none).
    Advice is given once: a source with the same trouble as one above is pointed there
    (three feeds on this machine get one paragraph about private addresses), and an
    error that carries the advice in its own words is said without it."""
    by_id = {h.source_id: h for h in health}
    lines = []
    advised: dict[str, str] = {}
    for report in reports:
        source = config.source(report.source_id)
        found = diagnose(source, report, by_id.get(source.id), config.health)
        noted = report.warnings if notes and report.outcome is Outcome.OK else ()
        if not found and not noted:
            continue
        lines.append(Text(f"{source.label} ({source.id}, {source.kind})", style="bold"))
        for problem, advice in found:
            lines.append(Text(f"  wrong: {problem.removesuffix(f'. {PRIVATE_ADVICE}')}"))
            first = advised.setdefault(advice, source.id)
            lines.append(
                Text(f"  try:   {advice if first == source.id else f'as for {first} above'}")
            )
        lines += [Text(f"  note:  {warning}") for warning in noted]
    return lines


def items_table(items: Sequence[StoredItem], zone: ZoneInfo, title: str) -> Table:
    table = Table(title=title)
    for column in (f"published ({zone.key})", "source", "publisher", "lang", "title", "url"):
        table.add_column(column, overflow="fold")
    for stored in items:
        item = stored.item
        table.add_row(
            _when(item.published or stored.first_seen, zone, labelled=False),
            item.source_id,
            Text(item.publisher),
            item.language,
            Text(item.title),
            Text(item.url),
        )
    return table


def _signals(breakdown: dict[str, float]) -> str:
    return " ".join(f"{key}={value:.2f}" for key, value in breakdown.items())


def stories_table(
    ranked: Sequence[RankedStory],
    title: str,
    *,
    sections: dict[str, str] | None = None,
    explain: bool = False,
) -> Table:
    """Ranked stories: rank, score, category, sources, languages, title (and why)."""
    table = Table(title=title)
    columns = ["#", "score", "category", "src", "lang", "title", "id"]
    if sections is not None:
        columns.insert(1, "in")
    if explain:
        columns.append("why")
    for column in columns:
        table.add_column(column, overflow="fold")
    for rank, entry in enumerate(ranked, start=1):
        story = entry.story
        row: list[str | Text] = [
            str(rank),
            score_text(entry.score),
            story.category or "—",
            str(len(story.publishers)),
            ",".join(story.languages),
            Text(entry.title),
            story.id,
        ]
        if sections is not None:
            row.insert(1, sections.get(story.id, entry.excluded or ""))
        if explain:
            relevance = "—" if story.relevance is None else f"{story.relevance:.2f}"
            row.append(Text(f"relevance={relevance} {_signals(entry.breakdown)}"))
        table.add_row(*row)
    return table


def decisions_table(selection: Selection, limit: int) -> Table:
    """``stories --explain``: each story of the day, where the digest put it and why."""
    by_id = {r.story.id: r for r in selection.ranked}
    table = Table(
        title=f"{selection.digest} {selection.day}: {len(selection.lead)} lead, "
        f"{len(selection.more)} more news of {len(selection.ranked)} stories"
    )
    table.add_column("#", justify="right")
    table.add_column("in")
    table.add_column("score", justify="right")
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("why", overflow="fold", ratio=2)
    table.add_column("id", no_wrap=True)
    for decision in selection.decisions[:limit]:
        entry = by_id[decision.story_id]
        table.add_row(
            str(decision.rank),
            decision.placement.value,
            score_text(decision.score),
            Text(f"[{entry.story.category or '—'}] {entry.title}"),
            Text(f"{decision.reason}: {decision.detail}"),
            decision.story_id,
        )
    table.caption = "each story's signals: stories --explain --json, or story ID"
    return table


def _publisher_names(story: Story, items: Sequence[StoredItem]) -> list[str]:
    """The story's publishers as readers know them (Signal & Weights), not by their keys
    (signalweights.example): a key's name as one of its items gives it, a host only when
    no item names the outlet otherwise."""
    names: dict[str, str] = {}
    for stored in items:
        item = stored.item
        if (
            item.publisher
            and names.get(item.publisher_key, item.publisher_key) == item.publisher_key
        ):
            names[item.publisher_key] = item.publisher
    return [names.get(key, key) for key in story.publishers]


def story_panel(story: Story, items: Sequence[StoredItem], zone: ZoneInfo) -> list[object]:
    """One story: its record, then every item."""
    relevance = "—" if story.relevance is None else f"{story.relevance:.2f}"
    importance = "—" if story.importance is None else f"{story.importance:.3f}"
    head = [
        Text.from_markup(f"[bold]{escape(story.title)}[/bold]"),
        Text(
            f"{story.id} · {story.category or 'not assessed'} · relevance {relevance} · "
            f"importance {importance}"
        ),
        Text(
            f"{story.item_count} items from {len(story.publishers)} publishers "
            f"({', '.join(_publisher_names(story, items))}) through {len(story.sources)} sources "
            f"({', '.join(story.sources)}), {len(story.domains)} domains, "
            f"languages {', '.join(story.languages)}"
        ),
        Text(
            f"first seen {_when(story.first_seen, zone)}, last updated "
            f"{_when(story.last_updated, zone)}"
        ),
    ]
    if story.breakdown:
        head.append(Text(f"importance signals: {_signals(story.breakdown)}"))
    table = Table(title=f"{len(items)} items")
    for column in (f"published ({zone.key})", "source", "publisher", "lang", "title", "url"):
        table.add_column(column, overflow="fold")
    for stored in items:
        item = stored.item
        table.add_row(
            _when(item.published or stored.first_seen, zone, labelled=False),
            item.source_id,
            Text(item.publisher),
            item.language,
            Text(item.title),
            Text(item.url),
        )
    return [*head, table]


def lead_lines(selection: Selection, written: Digest | None = None) -> list[Text]:
    """A digest's lead stories, one line each: rank, category, sources (counted as the
    digest's record counts them, "From 6 sources"), and the headline the
    ``written`` digest gave it (what the reader of its file sees), else its title."""
    headlines = {e.story_id: e.headline for e in written.entries} if written else {}
    lines = [Text.from_markup(f"[bold]Lead stories of {selection.digest} {selection.day}[/bold]")]
    for rank, entry in enumerate(selection.lead, start=1):
        category = entry.story.category or "—"
        headline = headlines.get(entry.story.id, entry.title)
        lines.append(
            Text(f"{rank:>3}. [{category}] {headline} ({len(entry.story.publishers)} sources)")
        )
    return lines


_VERDICT_MARKS = {Verdict.OK: "[green]✓[/green]", Verdict.WARN: "[yellow]![/yellow]",
                  Verdict.FAIL: "[red]✗[/red]"}  # fmt: skip


def doctor_lines(checkup: Checkup) -> list[Text]:
    """``doctor``: a line per check, what to do under each that is not ok, a verdict."""
    lines = []
    for f in checkup.findings:
        lines.append(Text.from_markup(f"{_VERDICT_MARKS[f.verdict]} {escape(f.check)}: "
                                      f"{escape(f.detail)}"))  # fmt: skip
        if f.fix and f.verdict is not Verdict.OK:
            lines.append(Text(f"    → {f.fix}"))
    failed = sum(f.verdict is Verdict.FAIL for f in checkup.findings)
    warned = sum(f.verdict is Verdict.WARN for f in checkup.findings)
    warnings = f"{warned} warning{'' if warned == 1 else 's'}"
    lines.append(Text(f"{failed} to fix, {warnings}" if failed or warned else "All good."))
    return lines


_MARKS = {"added": "+", "removed": "-", "moved": "~", "edited": "~"}


def diff_lines(diff: EditionDiff) -> list[str]:
    """``edition diff``: what changed, a story a line, changed words under it."""
    out = [
        f"{diff.digest} {diff.day}: revision {diff.old} ({diff.old_status.value}) → "
        f"revision {diff.new} ({diff.new_status.value})"
    ]
    if not diff.day_changes and not diff.stories:
        return [*out, "No changes."]

    def words(change: TextChange) -> list[str]:
        lines = [f"      {change.part}:"]
        lines += [f"        - {change.before}"] if change.before else []
        lines += [f"        + {change.after}"] if change.after else []
        return lines

    for change in diff.day_changes:
        out += words(change)
    for story in diff.stories:
        where = {
            "added": f"added at {story.after}",
            "removed": f"removed from {story.before}",
            "moved": f"moved {story.before} → {story.after}",
            "edited": f"edited at {story.after}",
        }[story.change]
        by = " by the editor" if story.written_by == "editor" else ""
        out.append(f"  {_MARKS[story.change]} {story.story_id}  {where}{by}: {story.headline}")
        for change in story.texts:
            out += words(change)
    return out


def edit_text(text: str, environ: Mapping[str, str] | None = None) -> str | None:
    """``text`` as the user's editor ($VISUAL, $EDITOR, else vi) leaves it, or None when
    they quit without saving (as ``git commit`` reads it).

    Raises NewsdeskError when the editor cannot be started or fails.
    """
    env = os.environ if environ is None else environ
    command = shlex.split(env.get("VISUAL") or env.get("EDITOR") or "vi")
    with tempfile.TemporaryDirectory(prefix="newsdesk-") as folder:
        path = Path(folder) / "entry.md"
        path.write_text(text, encoding="utf-8")
        before = path.stat().st_mtime_ns
        try:
            done = subprocess.run([*command, str(path)], check=False)
        except OSError as err:
            raise NewsdeskError(
                f"Could not start the editor {command[0]!r} ({err.strerror}): set $EDITOR."
            ) from err
        if done.returncode != 0:
            raise NewsdeskError(f"The editor {command[0]!r} stopped with code {done.returncode}.")
        after = path.read_text(encoding="utf-8")
        if path.stat().st_mtime_ns == before and after == text:
            return None
        return after


def keep_text(story: str, text: str) -> Path:
    """The user's words that were not saved, in a file of their own, so that none are
    lost: ``edition edit`` says where, and ``--file`` takes them back."""
    handle, name = tempfile.mkstemp(prefix=f"newsdesk-{story}-", suffix=".md")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    return Path(name)


def claim_lines(edit: EntryEdit) -> list[str]:
    """``edition edit``: the claims its sources do not support, where each stands."""
    return [
        f"  {c.where}: {c.claim.text!r} ({c.claim.kind.value}) in “{c.claim.sentence}”"
        for c in edit.unsupported
    ]


def refusal_lines(edit: EntryEdit) -> list[str]:
    """``edition edit``: a text the verifier refused, told as the refusal it is (the
    program did not fail): which claims the story's sources do not support."""
    return [
        f"Not saved: {edit.why_not}. The verifier checks your words against the story's "
        "reports and found nothing there that says:",
        *claim_lines(edit),
    ]


def refusal_advice(edit: EntryEdit, kept: Path) -> str:
    """How to go on after a refused text kept in ``kept``: rephrase, or keep the claims."""
    them = "it" if len(edit.unsupported) == 1 else "them"
    return (
        f"Your text is in {kept}: rephrase {them} or take {them} out there and pass it again with "
        f"--file {kept}, or add --keep-unsupported to save {them} as written (listed "
        "then in the digest's verification report)."
    )


def _place_words(place: StoryPlace) -> str:
    """A story's place in a few words: "lead #3", "more news #2", "left out"."""
    if place.section == "lead":
        return f"lead #{place.place}"
    if place.section == "more":
        return f"more news #{place.place}"
    return place.section or "not in the edition"


def _short(headline: str, width: int = 40) -> str:
    """A headline cut to ``width`` characters, for naming a story in one line."""
    return headline if len(headline) <= width else headline[: width - 1].rstrip() + "…"


def place_change(change: EditionChange) -> str:
    """Where an action took the story: "was lead #4, now left out"."""
    old, new = _place_words(change.before), _place_words(change.after)
    return f"was {old}, now {new}" if old != new else f"still {new}"


def place_sentence(change: EditionChange) -> str:
    """Where an action left the story, as a sentence: "It was left out, now lead #1.",
    "It is still lead #1."."""
    said = place_change(change)
    return f"It {said}." if said.startswith("was ") else f"It is {said}."


def edition_hint(lead: int, more: int, digest: str, day: str) -> str:
    """After an action: what the lead and more news hold, and how to see the whole edition."""
    show = f"{command()} edition show --digest {digest} --date {day}"
    return (
        f"The lead now holds {lead} stor{'y' if lead == 1 else 'ies'}, more news {more}. "
        f"The whole edition: {show} (or add --show)."
    )


def change_lines(change: EditionChange, done: str, digest: str, day: str) -> list[str]:
    """An edition action, told in a few lines instead of the whole edition: what it did
    to the story (its old and new place), the revision, and how to see it all."""
    story = change.story_id
    if change.new_revision == change.old_revision:
        return [
            f"Nothing changed: {story} is {done} already; revision {change.old_revision} stands."
        ]
    headline = change.after.headline or change.before.headline
    verb = done.split(" ")[0]  # "moved to place 3": the places below say where
    named = f"{story} 「{_short(headline)}」" if headline else story
    return [
        f"{verb[0].upper()}{verb[1:]} {named}: {place_change(change)}; "
        f"revision {change.new_revision} written.",
        edition_hint(change.lead, change.more, digest, day),
    ]


def edition_state(view: EditionView) -> str:
    """Where a revision stands, as readers would find it: a draft or an approved
    revision of a digest without channels is already on the site."""
    if view.status is EditionStatus.PUBLISHED or not view.on_site:
        return view.status.value
    if view.status is EditionStatus.DRAFT:
        return "on the site (a draft: this digest's review is not required)"
    return f"{view.status.value}, on the site"


def _zoned_why(why: str, phrases: Sequence[Phrase], zone: ZoneInfo) -> str:
    """A reason's sentence with the editor's times in the digest's zone: the core words
    them in UTC (``pinned by ana on 2026-05-14 02:00 UTC``) and keeps each as a value."""
    for phrase in phrases:
        for _, value in phrase.values:
            if isinstance(value, datetime):
                why = why.replace(f"{value:%Y-%m-%d %H:%M} UTC", _when(value, zone))
    return why


def edition_lines(view: EditionView, left_out: int = 10) -> list[str]:
    """``edition show``: plain lines, the first ``left_out`` candidates left out; times in
    the digest's zone."""
    zone = ZoneInfo(view.zone)
    out = [f"{view.digest} {view.day} — revision {view.revision}, {edition_state(view)}"]
    if view.approved_by and view.approved_at is not None:
        out.append(f"Approved by {view.approved_by} at {_when(view.approved_at, zone)}")
    if view.notice:
        out.append(view.notice)
    out.append("")
    for title, entries in (("Lead", view.lead), ("More news", view.more)):
        out.append(f"{title}:")
        out += [
            f"  {n:>2}. {e.story_id}  {e.headline}\n      {_zoned_why(e.why, e.phrases, zone)}"
            + ("\n      Written by the editor." if e.written_by == "editor" else "")
            + (
                f"\n      Kept unsupported: {', '.join(e.kept_unsupported)}"
                if e.kept_unsupported
                else ""
            )
            for n, e in enumerate(entries, start=1)
        ] or ["  (none)"]
    out.append(f"Left out ({len(view.left_out)}):" if view.left_out else "Left out:")
    out += [
        f"  {o.story_id}  {o.title}\n      {_zoned_why(o.why, o.phrases, zone)}"
        for o in view.left_out[:left_out]
    ] or ["  (none)"]
    if len(view.left_out) > left_out:
        out.append(f"  … and {len(view.left_out) - left_out} more (--json lists them all)")
    if view.channels:
        out.append("Channels:")
        out += [
            f"  {p.channel}: {p.status}"
            + (f", revision {p.revision}" if p.revision else "")
            + (f" (the newest is {view.revision})" if 0 < p.revision < view.revision else "")
            for p in view.channels
        ]
    if view.actions:
        out.append("Editor's actions:")
        out += [
            f"  {_when(a.at, zone)} {a.who}: {a.verb.value} {a.story_id}"
            + (f" to {a.position}" if a.position else "")
            for a in view.actions
        ]
    return out


def _schedule_review(s: DigestSchedule) -> str:
    """What a scheduled run does with its edition.  With no channel nothing is sent
    (``publish`` refuses it too): its runs are on-site, so the words never promise more."""
    if not s.channels:
        review = "review required" if s.review == "required" else "no review"
        if s.auto_publish_after:
            review += f", approved unchanged after {s.auto_publish_after} if nobody acts"
        return (
            f"{review}; no channel, so each edition goes on the site and nothing is sent "
            "(on-site): add one under its `publish:` in the config (see docs/configuration.md)"
        )
    review = "review required" if s.review == "required" else "published at once"
    if s.auto_publish_after:
        review += f", published unchanged after {s.auto_publish_after} if nobody acts"
    return review


def schedule_lines(schedules: Sequence[DigestSchedule]) -> list[str]:
    """``schedule``: each digest's schedule, what its runs do with their editions, its
    next run and its last runs, times in its zone; a line each, under the digest's."""
    out: list[str] = []
    for s in schedules:
        zone = ZoneInfo(s.timezone)
        review = _schedule_review(s)
        nxt = f"{s.next_run:%Y-%m-%d %H:%M %a}" if s.next_run else "never again"
        out += [
            f"{s.digest}: {s.schedule} ({s.description}, {s.timezone})",
            f"  {review}",
            f"  next run: {nxt}",
            f"  alerts: {', '.join(s.alerts) or 'none (set alert_channels or alerts)'}",
        ]
        if s.publishes_at:
            when = f"{s.publishes_at:%Y-%m-%d %H:%M}"
            done = "published" if s.channels else "approved (no channel to publish on)"
            out.append(f"  its draft is {done} at {when} unless an editor acts")
        out.append("  last runs:" if s.runs else "  no scheduled run yet")
        for run in s.runs:
            what = run.status.value + (f", revision {run.revision}" if run.revision else "")
            what += f", run {run.run_id}" if run.run_id else ""
            out.append(f"    {run.slot.astimezone(zone):%Y-%m-%d %H:%M}  {run.day}  {what}")
            if run.reason:
                out.append(f"      {run.reason}")
    return out


def schema_lines(status: SchemaStatus) -> list[str]:
    """``db status``: the store's revision, the head, and what an upgrade would apply."""
    out = [f"Store: {status.url}"]
    if status.newer:
        out.append(
            f"Schema: {status.current}, newer than this newsdesk's {status.head}: install "
            "the newsdesk that upgraded it."
        )
    elif status.current is None:
        out.append(f"Schema: none yet (a new database: first use creates it at {status.head})")
    elif not status.pending:
        out.append(f"Schema: {status.current}, current")
    else:
        out.append(f"Schema: {status.current}, this newsdesk needs {status.head}")
    if status.pending and status.current is not None:
        out.append(f"Pending ({len(status.pending)}):")
        out += [f"  {m.revision}  {m.summary}" for m in status.pending]
        out.append(f"Run `{command()} db upgrade` (back up the database first).")
    return out


def upgrade_line(upgrade: SchemaUpgrade) -> str:
    """``db upgrade``: from which revision to which, or that nothing was to do."""
    if upgrade.before == upgrade.after:
        return f"Store {upgrade.url}: schema {upgrade.after}, already current."
    before = upgrade.before or "empty"
    return f"Store {upgrade.url}: schema {before} → {upgrade.after}."
