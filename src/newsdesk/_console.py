"""How results look on the terminal: summaries and tables (rich renderables)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from rich.table import Table
from rich.text import Text

from newsdesk.config import Config, SourceConfig
from newsdesk.model import FetchState, Outcome, RunSummary, SourceReport, StoredItem


def summary_lines(summary: RunSummary, labels: dict[str, str]) -> list[Text]:
    """The closing summary every run prints."""
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
    for report in failed:
        lines.append(Text(f"  ✗ {labels.get(report.source_id, report.source_id)}: {report.error}"))
    for report in summary.sources:
        for warning in report.warnings:
            lines.append(Text(f"  ! {labels.get(report.source_id, report.source_id)}: {warning}"))
    lines.append(
        Text(f"Items: {counts.new} new, {counts.updated} updated, {counts.unchanged} unchanged")
    )
    if summary.fulltext.extracted or summary.fulltext.failed:
        lines.append(
            Text(
                f"Full text: {summary.fulltext.extracted} extracted, "
                f"{summary.fulltext.failed} failed"
            )
        )
    return lines


def check_table(reports: Sequence[SourceReport], config: Config) -> Table:
    table = Table(title="Source check", show_lines=False)
    for column in ("source", "kind", "result", "entries", "seconds", "reason"):
        table.add_column(column, overflow="fold")
    for report in reports:
        source = config.source(report.source_id)
        result = "[green]ok[/green]" if report.outcome is Outcome.OK else "[red]failed[/red]"
        table.add_row(
            source.id,
            source.kind,
            result,
            str(report.entries),
            f"{report.seconds:.1f}",
            Text(report.error or "; ".join(report.warnings)),
        )
    return table


def _when(value: datetime | None, zone: ZoneInfo) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M") if value else "—"


def sources_table(
    sources: Sequence[SourceConfig], states: dict[str, FetchState], zone: ZoneInfo
) -> Table:
    table = Table(title=f"{len(sources)} sources")
    for column in ("id", "name", "kind", "lang", "on", "last fetch", "status", "last error"):
        table.add_column(column, overflow="fold")
    for source in sources:
        state = states.get(source.id) or FetchState(source.id)
        status = state.last_status or "never"
        if state.last_status == Outcome.FAILED.value:
            status = f"[red]failed ×{state.consecutive_failures}[/red]"
        table.add_row(
            source.id,
            Text(source.label),
            source.kind,
            source.language,
            "yes" if source.enabled else "no",
            _when(state.last_fetched, zone),
            status,
            Text(state.last_error or ""),
        )
    return table


def items_table(items: Sequence[StoredItem], zone: ZoneInfo, title: str) -> Table:
    table = Table(title=title)
    for column in ("published", "source", "lang", "title", "url"):
        table.add_column(column, overflow="fold")
    for stored in items:
        item = stored.item
        table.add_row(
            _when(item.published or stored.first_seen, zone),
            item.source_id,
            item.language,
            Text(item.title),
            Text(item.url),
        )
    return table
