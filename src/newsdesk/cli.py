"""The ``newsdesk`` command: parses arguments, calls the library, prints results.

Exit codes: 0 ok, 1 the run failed, 2 bad usage or bad configuration.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from time import perf_counter
from typing import Annotated, NoReturn
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.markup import escape

from newsdesk import pipeline, stages
from newsdesk._console import (
    check_table,
    decision_rows,
    decisions_table,
    diagnosis_lines,
    digest_text,
    items_table,
    lead_lines,
    publication_lines,
    sources_table,
    stories_rows,
    stories_table,
    story_panel,
    story_row,
    summary_lines,
)
from newsdesk.collect import read_health
from newsdesk.config import DEFAULT_CONFIG_NAME, Config, load_config, resolve_store_url
from newsdesk.editor import evaluate_verification, read_verify_file
from newsdesk.exceptions import ConfigError, EvalError, NewsdeskError
from newsdesk.model import FetchState, Outcome, RunSummary, SourceHealth
from newsdesk.progress import BarProgress, LogProgress, Progress
from newsdesk.stages import evaluate_file
from newsdesk.store import SqlStore, digest_json, open_store

app = typer.Typer(
    name="newsdesk",
    help="Turn the day's AI news from many sources into a cited daily digest.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
sources_app = typer.Typer(
    help="List the configured sources, or check that they work.  Example: newsdesk sources check"
)
app.add_typer(sources_app, name="sources")
eval_app = typer.Typer(
    help="Score newsdesk against labelled data.  Example: newsdesk eval cluster gold.jsonl",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")
digest_app = typer.Typer(
    help="Read written digests.  Example: newsdesk digest show --date 2026-05-14",
    no_args_is_help=True,
)
app.add_typer(digest_app, name="digest")

console = Console()
errors = Console(stderr=True)

ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", envvar="NEWSDESK_CONFIG", help="Config file (default: ./newsdesk.yaml)."
    ),
]
DbOpt = Annotated[
    str | None,
    typer.Option("--db", envvar="NEWSDESK_DB", help="Database path or URL (overrides store.url)."),
]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Show debug logging.")]
SourceOpt = Annotated[
    list[str] | None, typer.Option("--source", "-s", help="Only this source id or tag (repeat).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
#: Largest ``--limit``: more rows than any terminal shows, far below what SQLite can bind.
MAX_LIMIT = 1_000_000


@dataclass
class _Globals:
    config: Path | None = None
    db: str | None = None
    verbose: bool = False


_globals = _Globals()


def _print_json(rows: object) -> None:
    def encode(value: object) -> str:
        return value.isoformat() if isinstance(value, datetime) else str(value)

    print(json.dumps(rows, ensure_ascii=False, indent=2, default=encode))


def _fail(message: str, code: int) -> NoReturn:
    # User text (a date, a path, a config value) may hold "[/red]": never read as markup.
    errors.print(f"[red]Error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _say(line: str) -> None:
    """Print plain text: paths and names are shown as they are, never read as markup."""
    console.print(line, markup=False, highlight=False, soft_wrap=True)


def _setup(config: Path | None, db: str | None, verbose: bool) -> tuple[Config, str]:
    """Merge global and per-command options, configure logging, load the config."""
    _configure_logging(verbose)
    path = config or _globals.config or Path(DEFAULT_CONFIG_NAME)
    try:
        loaded = load_config(path)
    except ConfigError as err:
        _fail(str(err), 2)
    db = db or _globals.db
    url = resolve_store_url(db, Path.cwd()) if db else loaded.store_url()
    return loaded, url


def _configure_logging(verbose: bool) -> None:
    """Our progress lines at INFO when not on a terminal; libraries only when verbose."""
    verbose = verbose or _globals.verbose
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(message)s",
        force=True,
    )
    quiet = logging.WARNING if errors.is_terminal else logging.INFO
    logging.getLogger("newsdesk").setLevel(logging.DEBUG if verbose else quiet)


def _open(url: str) -> SqlStore:
    try:
        return open_store(url)
    except NewsdeskError as err:
        _fail(str(err), 1)


def _progress() -> Progress:
    return BarProgress(errors) if errors.is_terminal else LogProgress()


def _print_summary(summary: RunSummary, config: Config, store_url: str) -> None:
    labels = {s.id: s.label for s in config.sources}
    for line in summary_lines(summary, labels):
        console.print(line, highlight=False, soft_wrap=True)
    _say(f"Store: {store_url}")


@app.callback()
def main_options(
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Options given before the command apply to every command."""
    _globals.config, _globals.db, _globals.verbose = config, db, verbose


@app.command()
def init(
    path: Annotated[
        Path | None,
        typer.Argument(help="File to write [default: --config or ./newsdesk.yaml]."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Write a commented starter newsdesk.yaml with real AI-news sources.

    Example: newsdesk init && newsdesk sources
    """
    path = path or _globals.config or Path(DEFAULT_CONFIG_NAME)
    if path.exists() and not force:
        _fail(f"{path} already exists. Use --force to replace it.", 2)
    starter = resources.files("newsdesk").joinpath("starter.yaml").read_text(encoding="utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(starter, encoding="utf-8")
    except OSError as err:
        _fail(f"Cannot write {path}: {err.strerror or err}", 1)
    loaded = load_config(path)
    _say(
        f"Wrote {path} with {len(loaded.sources)} sources and {len(loaded.digests)} digests. "
        "Next: newsdesk sources check, then newsdesk fetch."
    )


@sources_app.callback(invoke_without_command=True)
def sources(
    ctx: typer.Context,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """List the configured sources with their last fetch status.

    Example: newsdesk sources --json
    """
    if ctx.invoked_subcommand:
        _globals.config = config or _globals.config
        _globals.db = db or _globals.db
        _globals.verbose = verbose or _globals.verbose
        return
    loaded, url = _setup(config, db, verbose)
    store = _open(url)
    try:
        states = store.fetch_states()
        health = read_health(loaded, store, datetime.now(UTC))
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    if as_json:
        by_id = {h.source_id: h for h in health}
        rows = [
            s.model_dump(mode="json")
            | {"headers": {k: "<redacted>" for k in s.headers}}
            | {"state": asdict(states.get(s.id) or FetchState(s.id))}
            | {"health": _health_json(by_id[s.id])}
            for s in loaded.sources
        ]
        _print_json(rows)
        return
    console.print(sources_table(loaded.sources, states, health, ZoneInfo(loaded.timezone)))


def _health_json(health: SourceHealth) -> dict[str, object]:
    row = asdict(health)
    row["freshness_hours"] = (
        None if health.freshness is None else round(health.freshness.total_seconds() / 3600, 1)
    )
    del row["freshness"]
    row["status"] = health.status.value
    return row


@sources_app.command("check")
def sources_check(
    source: SourceOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Fetch each enabled source once: ok or failed, and for each source in trouble what
    is wrong and what to try (with what the store remembers: stale, low volume).

    Stores nothing.  Example: newsdesk sources check --source openai-news
    """
    loaded, url = _setup(config, db, verbose)
    try:
        reports = pipeline.check(loaded, only=source, progress=_progress())
    except ConfigError as err:
        _fail(str(err), 2)
    console.print(check_table(reports, loaded))
    for line in diagnosis_lines(reports, _stored_health(loaded, url), loaded):
        console.print(line, highlight=False, soft_wrap=True)
    failed = [r for r in reports if r.outcome is Outcome.FAILED]
    console.print(f"{len(reports) - len(failed)} ok, {len(failed)} failed", highlight=False)
    if reports and len(failed) == len(reports):
        raise typer.Exit(1)


def _stored_health(loaded: Config, url: str) -> list[SourceHealth]:
    """What the store says of the sources' health; nothing when there is no store yet."""
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return []  # a check stores nothing, not even an empty database
    try:
        store = open_store(url)
    except NewsdeskError:
        return []
    try:
        return read_health(loaded, store, datetime.now(UTC))
    except NewsdeskError:
        return []
    finally:
        store.close()


def _collect(command: str, source: list[str] | None, config: Path | None, db: str | None,
             verbose: bool, offline: bool = False, day: str | None = None,
             publish: bool = True) -> None:  # fmt: skip
    loaded, url = _setup(config, db, verbose)
    chosen = None if day is None else _day(day, ZoneInfo(loaded.timezone))
    if chosen is not None and chosen > datetime.now(ZoneInfo(loaded.timezone)).date():
        _fail(f"--date {chosen} is still to come; a run writes today or a past day.", 2)
    store = _open(url)
    try:
        if command == "run":
            summary = pipeline.run(
                loaded, store, command=command, only=source, progress=_progress(),
                offline=offline, day=chosen, publish=publish,
            )  # fmt: skip
        else:
            summary = pipeline.fetch(
                loaded, store, command=command, only=source, progress=_progress()
            )
    except ConfigError as err:
        _fail(str(err), 2)
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    _print_summary(summary, loaded, store.url)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def fetch(
    source: SourceOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Collect every enabled source into the store.

    Example: newsdesk fetch --source hackernews
    """
    _collect("fetch", source, config, db, verbose)


@app.command()
def run(
    source: SourceOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    offline: Annotated[
        bool, typer.Option("--offline", help="Write with the offline editor, even with an LLM.")
    ] = False,
    day: Annotated[
        str | None,
        typer.Option(
            "--date", "-d", help="Write this past day (YYYY-MM-DD) from the items stored."
        ),
    ] = None,
    no_publish: Annotated[
        bool, typer.Option("--no-publish", help="Stop at the written digests; publish later.")
    ] = False,
) -> None:
    """Run the pipeline: collect, group into stories, select, write and verify each digest,
    then publish it.

    Example: newsdesk run --offline --no-publish
    """
    _collect("run", source, config, db, verbose, offline, day, not no_publish)


def _day(value: str | None, zone: ZoneInfo) -> date:
    if value is None:
        return datetime.now(zone).date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"--date {value!r} is not a date like 2026-05-14.", 2)


@app.command()
def items(
    day: Annotated[
        str | None, typer.Option("--date", "-d", help="Day (YYYY-MM-DD) in the config's zone.")
    ] = None,
    source: SourceOpt = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=MAX_LIMIT, help="At most this many.")
    ] = 200,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """List stored items published on a day (default: today), newest first.

    Example: newsdesk items --date 2026-05-14 --source hackernews
    """
    loaded, url = _setup(config, db, verbose)
    zone = ZoneInfo(loaded.timezone)
    chosen = _day(day, zone)
    start = datetime.combine(chosen, time(0), zone)
    try:
        ids = [s.id for s in loaded.select_sources(source, enabled_only=False)] if source else None
    except ConfigError as err:
        _fail(str(err), 2)
    store = _open(url)
    try:
        found = store.items(start, start + timedelta(days=1), source_ids=ids, limit=limit)
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    if as_json:
        rows = [asdict(s.item) | {"id": s.id, "first_seen": s.first_seen} for s in found]
        _print_json(rows)
        return
    console.print(items_table(found, zone, f"{len(found)} items on {chosen} ({loaded.timezone})"))


DigestsOpt = Annotated[
    str | None, typer.Option("--digest", help="Digest name (default: every configured one).")
]
DayOpt = Annotated[
    str | None, typer.Option("--date", "-d", help="Day (YYYY-MM-DD) in the digest's zone.")
]


@app.command("stories")
def stories_command(
    day: DayOpt = None,
    digest: Annotated[
        str | None, typer.Option("--digest", help="Rank as this digest does (and mark its pick).")
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="For each digest: where its selection put every story and why, with signals.",
        ),
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=MAX_LIMIT, help="At most this many.")
    ] = 50,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """List a day's stories, ranked: score, category, sources, languages, title.

    Example: newsdesk stories --date 2026-05-14 --digest ai-ribao --explain
    """
    loaded, url = _setup(config, db, verbose)
    chosen = _day(day, ZoneInfo(loaded.timezone)) if day else None
    if explain and loaded.digests:
        _explain(loaded, url, digest, chosen, limit, as_json)
        return
    store = _open(url)
    try:
        found = stages.ranked_day(store, loaded, digest, chosen, datetime.now(UTC))
        newest = None if found.ranked else stages.newest_story_day(store, loaded.timezone)
    except ConfigError as err:
        _fail(str(err), 2)
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    ranked = found.ranked[:limit]
    if as_json:
        _print_json(stories_rows(ranked, found.sections))
        return
    heading = f"{len(ranked)} stories on {found.day}" + (f" for {digest}" if digest else "")
    console.print(stories_table(ranked, heading, sections=found.sections, explain=explain))
    if newest is not None:
        console.print(
            f"No stories on {found.day}; the newest are from {newest}: "
            f"newsdesk stories --date {newest}",
            highlight=False,
        )


def _explain(
    loaded: Config, url: str, digest: str | None, day: date | None, limit: int, as_json: bool
) -> None:
    store = _open(url)
    try:
        selections = stages.explain_day(store, loaded, digest, day, datetime.now(UTC))
    except ConfigError as err:
        _fail(str(err), 2)
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    if as_json:
        _print_json(decision_rows(selections))
        return
    for selection in selections:
        console.print(decisions_table(selection, limit))


@app.command("story")
def story_command(
    story_id: Annotated[str, typer.Argument(help="Story id, as `newsdesk stories` shows it.")],
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Show one story with all its items.

    Example: newsdesk story s1a2b3c4d5e6
    """
    loaded, url = _setup(config, db, verbose)
    store = _open(url)
    try:
        found = store.story(story_id)
        items = store.story_stored_items(story_id) if found else []
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    if found is None:
        _fail(f"No story {story_id!r}. `newsdesk stories --date YYYY-MM-DD` lists them.", 2)
    if as_json:
        _print_json(story_row(found) | {"items": [asdict(i.item) | {"id": i.id} for i in items]})
        return
    for part in story_panel(found, items, ZoneInfo(loaded.timezone)):
        console.print(part)


@digest_app.command("show")
def digest_show(
    day: DayOpt = None,
    digest: Annotated[
        str | None, typer.Option("--digest", help="Digest name (default: the first configured).")
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Print a written digest as plain text (default: its latest day).

    Example: newsdesk digest show --date 2026-05-14 --digest ai-ribao
    """
    loaded, url = _setup(config, db, verbose)
    if not loaded.digests:
        _fail("No digests in the config: add one under `digests:` (see the README).", 2)
    try:
        chosen = loaded.digest(digest) if digest else loaded.digests[0]
    except ConfigError as err:
        _fail(str(err), 2)
    the_day = _day(day, ZoneInfo(chosen.timezone)) if day else None
    store = _open(url)
    try:
        found = store.digest(chosen.name, the_day)
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    if found is None:
        when = f" for {the_day}" if the_day else ""
        _fail(
            f"No {chosen.name} digest{when} yet. `newsdesk run` writes today's; "
            "`newsdesk run --date DAY --no-publish` a past day's from the items stored.",
            2,
        )
    if as_json:
        _print_json(digest_json(found))
        return
    console.print(digest_text(found), highlight=False, soft_wrap=True, markup=False)


@app.command("render")
def render_command(
    day: DayOpt = None,
    digest: DigestsOpt = None,
    style: Annotated[
        str | None,
        typer.Option(
            "--style", help="ribao, insight, brief or a user template (default: the digest's)."
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Render written digests as Markdown into the output folder and print the paths.

    Example: newsdesk render --date 2026-05-14 --digest ai-ribao --style insight
    """
    loaded, url = _setup(config, db, verbose)
    try:
        chosen = [loaded.digest(digest)] if digest else loaded.digests
    except ConfigError as err:
        _fail(str(err), 2)
    store = _open(url)
    try:
        found = [
            (d, store.digest(d.name, _day(day, ZoneInfo(d.timezone)) if day else None))
            for d in chosen
        ]
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    if not any(written for _, written in found):
        _fail("No written digest to render. `newsdesk run` writes one.", 2)
    for digest_config, written in found:
        if written is None:
            continue
        try:
            paths = stages.render_stored(loaded, digest_config, written, style)
        except ConfigError as err:
            _fail(str(err), 2)
        except OSError as err:
            _fail(f"Could not write the Markdown: {err}", 1)
        for path in paths:
            _say(str(path))


@app.command("publish")
def publish_command(
    day: DayOpt = None,
    digest: DigestsOpt = None,
    channel: Annotated[str | None, typer.Option("--channel", help="Only this channel id.")] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Post again what may already be out: parts whose outcome is unknown, "
            "or everything where all of it was published.",
        ),
    ] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Publish written digests on their channels, each message once (unless --force).

    A channel another publisher is posting on is skipped; a message with no clear answer
    (a timeout, a 5xx) is "unknown" and not posted again without --force.  Exits 1 when
    a channel failed, is unknown or was busy.

    Example: newsdesk publish --date 2026-05-14 --channel telegram
    """
    loaded, url = _setup(config, db, verbose)
    chosen = _day(day, ZoneInfo(loaded.timezone)) if day else None
    store = _open(url)
    try:
        results = stages.publish(
            store, loaded, datetime.now(UTC), day=chosen, digest=digest, channel=channel,
            force=force,
        )  # fmt: skip
    except ConfigError as err:
        _fail(str(err), 2)
    except NewsdeskError as err:
        _fail(str(err), 1)
    finally:
        store.close()
    if not results:
        which = f" {channel!r}" if channel else ""
        _fail(f"Nothing to publish: no written digest with a channel{which} (see `publish:`).", 2)
    for line in publication_lines(results):
        console.print(line, highlight=False, soft_wrap=True)
    if any(r.status in ("failed", "unknown", "busy") for r in results):
        raise typer.Exit(1)


@app.command("site")
def site_command(
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Build the HTML archive of the written digests, with RSS, Atom and JSON feeds.

    Example: newsdesk site   (then open site/index.html, or serve the folder)
    """
    loaded, url = _setup(config, db, verbose)
    store = _open(url)
    try:
        out, files = stages.build_site(store, loaded)
    except NewsdeskError as err:
        _fail(str(err), 1)
    except OSError as err:
        _fail(f"Could not write the site: {err}", 1)
    finally:
        store.close()
    pages = sum(f.suffix == ".html" for f in files)
    _say(f"Site: {pages} pages and 3 feeds in {out} (open {out / 'index.html'})")


@eval_app.command("cluster")
def eval_cluster(
    file: Annotated[
        Path, typer.Argument(help="JSON Lines: id, title, text, lang, published, source, event.")
    ],
    out: Annotated[
        Path | None, typer.Option("--out", help="Write {id, cluster} per line here.")
    ] = None,
    config: ConfigOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Group labelled items as a run would and print B-cubed precision, recall and F1.

    Uses the default settings (or those of --config, when given).
    Example: newsdesk eval cluster gold.jsonl --out predicted.jsonl
    """
    _configure_logging(verbose)
    path = config or _globals.config
    try:
        handle = out.open("w", encoding="utf-8") if out is not None else None
    except OSError as err:
        _fail(f"Cannot write {out}: {err.strerror or err}", 2)
    try:
        settings = load_config(path) if path else Config()
        result = evaluate_file(file, settings)
    except (ConfigError, EvalError) as err:
        _fail(str(err), 2)
    except NewsdeskError as err:
        _fail(str(err), 1)
    print(json.dumps(result.as_json()))
    seconds = result.embed_seconds + result.group_seconds
    errors.print(
        f"{result.items} items in {seconds:.1f} s ({result.items / max(seconds, 1e-9):,.0f} "
        f"items/s): embedding {result.embed_seconds:.1f} s, grouping {result.group_seconds:.1f} s",
        highlight=False,
    )
    if handle is not None:
        with handle:
            result.write_predictions(handle)


@eval_app.command("classify")
def eval_classify(
    file: Annotated[
        Path, typer.Argument(help="JSON Lines: id, title, text, lang, source, published.")
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write {id, relevance, ai, category} per line here."),
    ] = None,
) -> None:
    """Judge each item's AI relevance and category as a one-item story, default settings.

    Prints {items, ai}; a bad line is reported on stderr and skipped.
    Example: newsdesk eval classify items.jsonl --out predicted.jsonl
    """
    try:
        handle = out.open("w", encoding="utf-8") if out is not None else None
    except OSError as err:
        _fail(f"Cannot write {out}: {err.strerror or err}", 2)
    started = perf_counter()
    try:
        result, read = stages.classify_file(file, Config())
    except EvalError as err:
        _fail(str(err), 2)
    except NewsdeskError as err:
        _fail(str(err), 1)
    for problem in read.problems:
        errors.print(f"skipped: {problem}", highlight=False, soft_wrap=True)
    print(json.dumps(result.as_json()))
    seconds = perf_counter() - started
    errors.print(f"{len(read.records)} items in {seconds:.1f} s", highlight=False)
    if handle is not None:
        with handle:
            result.write_predictions(handle)


@eval_app.command("verify")
def eval_verify(
    file: Annotated[Path, typer.Argument(help="JSON Lines: id, sources, text, links.")],
) -> None:
    """Check every number, name and link of generated texts against their sources.

    Prints one {id, ok, unsupported} line per input line, then {items, flagged}.
    Example: newsdesk eval verify drafts.jsonl
    """
    try:
        records = read_verify_file(file)
    except EvalError as err:
        _fail(str(err), 2)
    for line in evaluate_verification(records).lines():
        print(line)


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Folder for everything the demo writes.")] = (
        Path("newsdesk-demo")
    ),
    verbose: VerboseOpt = False,
) -> None:
    """Run the pipeline offline on the bundled sample day, served from 127.0.0.1.

    Example: newsdesk demo --out /tmp/newsdesk-demo
    """
    from newsdesk.demo import run_demo

    _configure_logging(verbose)
    try:
        result = run_demo(out, progress=_progress())
    except NewsdeskError as err:
        _fail(str(err), 1)
    _print_summary(result.summary, result.config, result.store_url)
    for selection in result.summary.desk.selections if result.summary.desk else ():
        for line in lead_lines(selection):
            console.print(line, highlight=False, soft_wrap=True)
    for written in result.summary.digests:
        _say(
            f"Read it: newsdesk --config {result.config_path} digest show "
            f"--digest {written.digest.name}   (files: {written.folder})"
        )
    _say(f"Config: {result.config_path}")
    _say(
        f"Sample day: {result.day} — try: newsdesk --config {result.config_path} stories "
        f"--date {result.day} --digest ai-ribao --explain"
    )
    if not result.summary.ok:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app()
