"""The sources page: every source with its last fetch, its items per day over the last
30 days as a small chart, its failures and health, and the run history with each
stage's time and counts.

Both are drawn here from the core (:meth:`~newsdesk.core.Newsdesk.sources`,
:meth:`~newsdesk.core.Newsdesk.runs`), every value escaped by the templates; the chart
is an SVG drawn on the server, so it needs no script and no library.  ``sources.js``
sends the page's actions — test a source, disable or enable it, add one — to the JSON
API and draws the page again from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from newsdesk._command import command
from newsdesk.config import SOURCE_MODELS, DigestConfig, SourceBase, SourceConfig, as_written
from newsdesk.core import SourceStatus
from newsdesk.exceptions import NotFoundError
from newsdesk.model import (
    HealthStatus,
    Phrase,
    RunRecord,
    RunStatus,
    StageRecord,
    run_error_phrase,
    work_error_phrase,
)
from newsdesk.web._auth import Identity
from newsdesk.web._layout import page_desk, page_newsroom, page_reader, render_page
from newsdesk.web._strings import fill, page_language, phrased, strings

__all__ = [
    "Bar",
    "Chart",
    "SourceRow",
    "address_keys",
    "day_chart",
    "sources_router",
]

#: The days the chart shows, today the last.
DAYS = 30
#: A bar's width and the gap after it, and the chart's height (SVG units).
BAR, GAP, HEIGHT = 4, 1, 28
#: The runs a page of the history lists.
RUNS_PER_PAGE = 30


@dataclass(frozen=True, slots=True)
class Bar:
    """One day of a source's chart."""

    #: The day, in the config's zone.
    day: date
    #: Items published that day (first seen, for those that give no time).
    count: int
    #: Its left edge and height (SVG units; a day with none gets a sliver).
    x: int
    height: float


@dataclass(frozen=True, slots=True)
class Chart:
    """A source's items per day as bars, oldest day first."""

    bars: tuple[Bar, ...]
    #: Items over all the days, and on the busiest one.
    total: int
    peak: int
    #: The drawing's size (SVG units).
    width: int
    height: int = HEIGHT


def day_chart(daily: Sequence[int], last: date) -> Chart:
    """Bars for ``daily`` (oldest first, ``last`` the day of the last), scaled to the
    busiest day."""
    peak = max(daily, default=0)
    first = last - timedelta(days=len(daily) - 1)
    bars = tuple(
        Bar(first + timedelta(days=i), n, i * (BAR + GAP), (HEIGHT - 2) * n / peak if n else 1)
        for i, n in enumerate(daily)
    )
    return Chart(bars, sum(daily), peak, max(len(daily) * (BAR + GAP) - GAP, 0))


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One source as the page shows it."""

    source: SourceConfig
    #: Which key holds its address, and the address ("" when the kind has none).
    address_key: str
    address: str
    #: Its health ("ok", "failing"...), what is wrong and what to try.
    health: str
    problems: tuple[str, ...]
    advice: tuple[str, ...]
    #: Its last fetch, in the config's zone ("" when never fetched), and how it went.
    last_fetched: str
    last_status: str
    last_entries: int | None
    #: Failed fetches in a row, and the last one's error in the page's words.
    failures: int
    last_error: str
    chart: Chart


def address_keys() -> dict[str, str]:
    """Each kind's key for the address the add form asks for: ``url``, or what the kind
    reads instead (an RSSHub ``route``, a ``subreddit``, a file's ``path``); "" for a
    kind that needs none (``hackernews``)."""
    base = set(SourceBase.model_fields)
    keys = {}
    for kind, model in SOURCE_MODELS.models.items():
        own = {n: f for n, f in model.model_fields.items() if n not in base}
        required = [n for n, f in own.items() if f.is_required() and f.annotation is str]
        keys[kind] = "url" if "url" in own else (required[0] if required else "")
    return keys


def source_row(
    status: SourceStatus,
    zone: ZoneInfo,
    today: date,
    keys: dict[str, str],
    table: Mapping[str, str],
) -> SourceRow:
    """A source as the page shows it, its health's words in the language of ``table``."""
    source, state, health = status.source, status.state, status.health
    said = health.said or tuple(
        (Phrase("", p), Phrase("", a)) for p, a in zip(health.problems, health.advice, strict=True)
    )
    key = keys.get(source.kind, "")
    fetched = state.last_fetched if state is not None else None
    return SourceRow(
        source=source,
        address_key=key,
        address=as_written(str(getattr(source, key, "") or ""), source) if key else "",
        health=health.status.value,
        problems=tuple(phrased((problem,), table, zone) for problem, _ in said),
        advice=tuple(phrased((tip,), table, zone) for _, tip in said),
        last_fetched=_when(fetched, zone),
        last_status=(state.last_status or "") if state is not None else "",
        last_entries=state.last_entries if state is not None else None,
        failures=health.failures,
        last_error=(
            phrased((work_error_phrase(state.last_error),), table, zone)
            if state is not None and state.last_error
            else ""
        ),
        chart=day_chart(status.daily or (0,) * DAYS, today),
    )


def _when(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment is not None else ""


@dataclass(frozen=True, slots=True)
class StageRow:
    """One stage of a run as the pages list it: finished, or still to come."""

    stage: str
    #: When it started, in the config's zone ("" when it has not).
    started: str
    seconds: float | None
    counts: tuple[tuple[str, int], ...]
    #: What failed in it, one line each.
    errors: tuple[str, ...]
    #: "done", "failed" (it ended the run) or "pending".
    state: str


def stage_rows(run: RunRecord, zone: ZoneInfo, table: Mapping[str, str]) -> tuple[StageRow, ...]:
    """The run's stages in order, those of its plan it has not reached as pending; their
    errors in the language of ``table``."""
    done = [_stage_row(stage, run, zone, table) for stage in run.stages]
    names = {stage.stage for stage in run.stages}
    return (
        *done,
        *(StageRow(name, "", None, (), (), "pending") for name in run.plan if name not in names),
    )


def _stage_row(
    stage: StageRecord, run: RunRecord, zone: ZoneInfo, table: Mapping[str, str]
) -> StageRow:
    errors = tuple(_error_line(error, table, zone) for error in stage.errors)
    ended = run.status is RunStatus.FAILED and stage is run.stages[-1]
    return StageRow(
        stage.stage,
        _when(stage.started, zone),
        stage.seconds,
        tuple(stage.counts.items()),
        errors,
        "failed" if ended else "done",
    )


def _error_line(error: dict[str, Any], table: Mapping[str, str], zone: ZoneInfo) -> str:
    """``{"source": "wire", "error": "HTTP 500"}`` -> ``wire: HTTP 500``, the error in
    the language of ``table``."""
    said = str(error.get("error") or error.get("message") or "")
    what = phrased((work_error_phrase(said),), table, zone) if said else ""
    about = [str(v) for k, v in error.items() if k not in ("error", "message") and v]
    return ": ".join([" ".join(about), str(what)] if about else [str(what)])


def _stopped(run: RunRecord, table: Mapping[str, str], zone: ZoneInfo) -> str:
    """Why a run stopped, as its record keeps it, in the language of ``table``."""
    return phrased((run_error_phrase(run.error),), table, zone) if run.error else ""


def _run_digest(digests: Sequence[DigestConfig], run: RunRecord) -> DigestConfig | None:
    """The digest a run writes when it names its own (the first configured, of several);
    None for a run of every digest (its page is the desk's, as ``/runs`` unfiltered is)
    or of none."""
    return next((d for d in digests if d.name in run.digests), None)


def sources_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/sources", response_class=HTMLResponse)
    def sources(
        request: Request, identity: Annotated[Identity, Depends(page_reader)]
    ) -> HTMLResponse:
        """Every configured source, its health and its last 30 days."""
        desk = page_desk(request)
        zone = ZoneInfo(desk.config.timezone)
        today, keys = desk.today(), address_keys()
        table = strings(page_language(desk.config))
        rows = [source_row(s, zone, today, keys, table) for s in desk.sources(days=DAYS)]
        # the disabled after the rest, each in the file's order: a starter file's thirty
        # sources switched off do not stand above the ones a user added and runs fetch
        rows.sort(key=lambda row: row.health == HealthStatus.OFF.value)
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.health] = counts.get(row.health, 0) + 1
        return render_page(
            request, "sources.html.j2", identity, section="sources", rows=rows,
            counts=counts, kinds=keys, days=DAYS, zone=zone.key,
            config_path=desk.config.path, config_problem=desk.config_problem,
        )  # fmt: skip

    @router.get("/runs", response_class=HTMLResponse)
    def runs(
        request: Request,
        identity: Annotated[Identity, Depends(page_newsroom)],
        before: Annotated[int | None, Query(description="a run id: the runs before it")] = None,
        digest: Annotated[str | None, Query()] = None,
        asked: Annotated[str | None, Query(alias="date")] = None,
    ) -> HTMLResponse:
        """The run history, newest first, a page at a time (of runs writing ``date``, and
        ``digest``, in that digest's language and zone); an unknown digest (404) or a
        date that is not a day (400) is told in words on the page, not answered with
        every run; an empty one (a form left on "all") is no filter, as on the review
        page."""
        desk = page_desk(request)
        shown = next((d for d in desk.config.digests if digest and d.name == digest), None)
        zone = ZoneInfo(shown.timezone if shown else desk.config.timezone)
        words_of = strings(page_language(desk.config, shown))
        filters = {k: v for k, v in (("digest", digest), ("date", asked)) if v}
        try:
            day = date.fromisoformat(asked) if asked else None
        except ValueError:
            words = fill(
                words_of["review.bad_date"], {"value": asked, "example": desk.today().isoformat()}
            )
            return render_page(
                request, "runs.html.j2", identity, section="runs", digest=shown,
                status_code=400, runs=[], error=words, filters=filters,
            )  # fmt: skip
        try:
            found = desk.runs(day=day, digest=digest or None, limit=RUNS_PER_PAGE, before=before)
        except NotFoundError:  # a digest the config does not define
            names = ", ".join(d.name for d in desk.config.digests)
            words = fill(words_of["review.no_digest"], {"name": digest, "names": names})
            return render_page(
                request, "runs.html.j2", identity, section="runs", digest=shown,
                status_code=404, runs=[], error=words, filters=filters,
            )  # fmt: skip
        return render_page(
            request, "runs.html.j2", identity, section="runs", digest=shown,
            runs=[
                (run, _when(run.started, zone), stage_rows(run, zone, words_of)) for run in found
            ],
            stopped={run.id: _stopped(run, words_of, zone) for run in found},
            running=any(run.status is RunStatus.RUNNING for run in found),
            older=found[-1].id if len(found) == RUNS_PER_PAGE else None, paged=before is not None,
            run_command=f"{command()} run", filters=filters,
        )  # fmt: skip

    @router.get("/runs/{run_id}", response_class=HTMLResponse)
    def run(
        request: Request, identity: Annotated[Identity, Depends(page_newsroom)], run_id: int
    ) -> HTMLResponse:
        """One run: each stage's time, counts and errors, in the language and zone of the
        digest it writes (as ``/runs?digest=`` of that digest); a run of every digest, or
        of none, in the desk's."""
        desk = page_desk(request)
        try:
            found = desk.run_record(run_id)
        except NotFoundError:
            words = fill(strings(page_language(desk.config))["runs.not_found"], {"id": run_id})
            return render_page(
                request, "run.html.j2", identity, section="runs", status_code=404, run=None,
                error=words,
            )  # fmt: skip
        shown = _run_digest(desk.config.digests, found)
        zone = ZoneInfo(shown.timezone if shown else desk.config.timezone)
        table = strings(page_language(desk.config, shown))
        return render_page(
            request, "run.html.j2", identity, section="runs", digest=shown, run=found,
            started=_when(found.started, zone), finished=_when(found.finished, zone),
            stages=stage_rows(found, zone, table), stopped=_stopped(found, table, zone),
        )  # fmt: skip

    return router
