"""The ``newsdesk`` command: parses arguments, calls the library, prints results.

Exit codes: 0 ok, 1 the run failed, 2 bad usage or bad configuration.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING, Annotated, Any, Final, NoReturn
from zoneinfo import ZoneInfo

import typer
import typer.core
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from newsdesk import __version__
from newsdesk._command import command, use_config
from newsdesk._defaults import DEFAULT_BROKER, DEFAULT_CONFIG_NAME
from newsdesk._start import INTERRUPTED, answered, closing, interrupted
from newsdesk.exceptions import (
    AccountError,
    ConfigError,
    EditionError,
    EntryFormatError,
    EvalError,
    NewsdeskError,
    NotFoundError,
    SourceTakenError,
)

# What a command needs (the store, the desk, the stages and their numpy, SQLAlchemy,
# lxml) it imports when it runs: `newsdesk --help` and `newsdesk --version` load none of it.
if TYPE_CHECKING:
    from newsdesk.config import Config
    from newsdesk.core import EditionView, Newsdesk
    from newsdesk.model import RunSummary, SourceReport
    from newsdesk.progress import Progress


class _Commands(typer.core.TyperGroup):
    """The command group, which ends a command that Ctrl+C stopped unanswered (while it
    still imports what it needs, say) with one line rather than typer's silent exit.
    ``Any``: the Context of the click that typer vendors, which it does not export."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            interrupted()

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            interrupted()

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _no_value_shown(command, ctx)
        return command

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _no_value_shown(self, ctx)
        super().format_help(ctx, formatter)


def _no_value_shown(command: Any, ctx: Any) -> None:
    """Show no value after a switch (``--json``, ``--help``): typer 0.29's help prints
    each option's type, ``--json <bool>`` too, as if the switch took ``true``.  An empty
    metavar is what its help shows instead; a switch never reads one."""
    for param in command.get_params(ctx):
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""


#: Help texts are docstrings wrapped at 88 columns: Markdown joins a paragraph's lines
#: again (Rich mode kept each break, so ``--help`` printed ragged lines).
MARKUP: Final = "markdown"

app = typer.Typer(
    cls=_Commands,
    name="newsdesk",
    rich_markup_mode=MARKUP,
    help="Turn the day's AI news from many sources into a cited daily digest.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
sources_app = typer.Typer(
    cls=_Commands,
    rich_markup_mode=MARKUP,
    help="List the configured sources, check that they work, add, disable or enable one.  "
    "Example: newsdesk sources check",
)
app.add_typer(sources_app, name="sources")
eval_app = typer.Typer(
    cls=_Commands,
    rich_markup_mode=MARKUP,
    help="Score newsdesk against labelled data.  Example: newsdesk eval cluster gold.jsonl",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")
digest_app = typer.Typer(
    cls=_Commands,
    rich_markup_mode=MARKUP,
    help="Read written digests.  Example: newsdesk digest show --date 2026-05-14",
    no_args_is_help=True,
)
app.add_typer(digest_app, name="digest")
edition_app = typer.Typer(
    cls=_Commands,
    rich_markup_mode=MARKUP,
    help="Look at a day's edition and be its editor: pin, drop, move, demote, edit, restore, "
    "approve, diff.  "
    "Example: newsdesk edition show --date 2026-05-14",
    no_args_is_help=True,
)
app.add_typer(edition_app, name="edition")
db_app = typer.Typer(
    cls=_Commands,
    rich_markup_mode=MARKUP,
    help="The store's schema: where it stands, and upgrading it.  Example: newsdesk db status",
    no_args_is_help=True,
)
app.add_typer(db_app, name="db")
user_app = typer.Typer(
    cls=_Commands,
    rich_markup_mode=MARKUP,
    help="Editor accounts of the desk server (`newsdesk serve`).  Example: newsdesk user add alice",
    no_args_is_help=True,
)
app.add_typer(user_app, name="user")

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
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print one JSON document instead (keys: docs/cli.md).")
]
#: Largest ``--limit``: more rows than any terminal shows, far below what SQLite can bind.
MAX_LIMIT = 1_000_000


@dataclass
class _Globals:
    config: Path | None = None
    db: str | None = None
    verbose: bool = False


_globals = _Globals()


def _print_json(result: object) -> None:
    """The one JSON document of a ``--json`` command: stdout holds nothing else."""
    from newsdesk._jsonout import dumps

    print(dumps(result))


def _fail(message: str, code: int) -> NoReturn:
    # User text (a date, a path, a config value) may hold "[/red]": never read as markup.
    errors.print(f"[red]Error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _say(line: str) -> None:
    """Print plain text: paths and names are shown as they are, never read as markup."""
    console.print(line, markup=False, highlight=False, soft_wrap=True)


def _note(line: str) -> None:
    """:func:`_say` on stderr, for what a ``--json`` command tells the user on the way."""
    errors.print(line, markup=False, highlight=False, soft_wrap=True)


@contextmanager
def _desk(
    config: Path | None,
    db: str | None,
    verbose: bool,
    *,
    progress: bool = False,
    existing: bool = False,
) -> Iterator[Newsdesk]:
    """A Newsdesk on the merged global and per-command options, closed at the end.

    ``existing``: the command only reads the store, so a --db naming no SQLite file (a
    typo) is an error naming the path, not a new empty store that answers nothing.  The
    config's own store is where the first fetch makes it: reading it first is no typo,
    and the command's empty answer says how to fill it."""
    _configure_logging(verbose)
    path = config or _globals.config or Path(DEFAULT_CONFIG_NAME)
    db = db or _globals.db
    with _opened(path, db, progress) as desk:
        missing = desk.missing_store() if existing and db else None
        if missing is not None:
            _fail(
                f"There is no store at {missing}: check --db (or $NEWSDESK_DB). "
                f"`{command()} fetch` makes a new one there.",
                2,
            )
        yield desk


@contextmanager
def _opened(path: Path | None, db: str | None, progress: bool = False) -> Iterator[Newsdesk]:
    """A Newsdesk on a config file (None: the default settings), its errors answered
    (see :func:`_answered`)."""
    from newsdesk.core import open_newsdesk

    with _answered(path, db):
        desk = open_newsdesk(path, db=db, progress=_progress() if progress else None)
        with desk:
            yield desk
            closing()  # the command's work is done: Ctrl+C from now on is no error


@contextmanager
def _answered(path: Path | None, db: str | None) -> Iterator[None]:
    """The errors of a command on a config file as messages and exit codes: 2 when what
    was asked for is wrong, 1 when it failed."""
    use_config(path, _found_config(), None if db == os.environ.get("NEWSDESK_DB") else db)
    try:
        yield
    except (AccountError, ConfigError, EditionError, EvalError, NotFoundError) as err:
        _fail(str(err), 2)
    except NewsdeskError as err:
        _fail(str(err), 1)


def _found_config() -> Path:
    """The config file a command finds without --config: $NEWSDESK_CONFIG or
    ./newsdesk.yaml (a hint names any other with --config)."""
    return Path(os.environ.get("NEWSDESK_CONFIG") or DEFAULT_CONFIG_NAME)


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
    # httpx logs each request's address, which may hold a credential (Telegram's bot
    # token, a feed's key): its warnings only
    logging.getLogger("httpx").setLevel(logging.WARNING)


def _progress() -> Progress:
    from newsdesk.progress import BarProgress, LogProgress

    return BarProgress(errors) if errors.is_terminal else LogProgress()


def _say_closing(reports: Sequence[SourceReport], config: Config) -> None:
    """Why every source failed, when the reason is not the sources' own: a machine with
    no network, or the demo's sample sources after the demo."""
    from newsdesk._console import demo_gone_line, no_network_line

    for said in (no_network_line(reports, config), demo_gone_line(reports, config)):
        if said is not None:
            _say(said)


def _print_summary(summary: RunSummary, config: Config, store_url: str) -> None:
    from newsdesk._console import summary_lines

    labels = {s.id: s.label for s in config.sources}
    titles = {d.name: d.title for d in config.digests}
    for line in summary_lines(summary, labels, titles):
        console.print(line, highlight=False, soft_wrap=True)
    _say_closing(summary.sources, config)
    _say(f"Store: {store_url}")


def _day(value: str | None) -> date | None:
    """A ``--date`` option as a date (None when not given)."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError as err:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # the form is right, the day is not
            _fail(f"--date {value}: there is no such day ({err}).", 2)
        _fail(f"--date {value!r} is not a date like 2026-05-14.", 2)
    from newsdesk.model import FIRST_DAY, LAST_DAY

    if not FIRST_DAY <= day <= LAST_DAY:
        _fail(f"--date {value}: a day from {FIRST_DAY} to {LAST_DAY} is needed.", 2)
    return day


def _show_version(asked: bool) -> None:
    """``--version``: which newsdesk this is, for a bug report or an upgrade."""
    if asked:
        _say(f"newsdesk {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Options given before the command apply to every command."""
    _globals.config, _globals.db, _globals.verbose = config, db, verbose


def _yaml_name(path: Path) -> bool:
    """A config file's name, not a folder's: a folder is often named like a site, with
    dots (``me.github.io``), so only the YAML endings make a new PATH a file."""
    return path.suffix.lower() in (".yaml", ".yml")


@app.command()
def init(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="File to write (newsdesk.yaml, news.yml), or a folder to write newsdesk.yaml "
            "into: one that exists, or a new name not ending in .yaml or .yml (blog, "
            "me.github.io) "
            "\\[default: --config or ./newsdesk.yaml]."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    no_sources: Annotated[
        bool,
        typer.Option(
            "--no-sources",
            help="Write no sources, for a desk of your own only (add them with `sources add`).",
        ),
    ] = False,
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            help="Write only the digest in this language: zh (AI 日报) or en (AI Daily) "
            "\\[default: both].",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Write a commented starter newsdesk.yaml with real AI-news sources.

    Example: newsdesk init && newsdesk sources
    """
    from newsdesk._oswords import os_problem
    from newsdesk.config import STARTER_LANGUAGES, load_config, starter_text

    if path is not None and (path.is_dir() or (not path.exists() and not _yaml_name(path))):
        path = path / DEFAULT_CONFIG_NAME  # a folder, or a new one: `init blog`
    path = path or _globals.config or Path(DEFAULT_CONFIG_NAME)
    if path.is_dir():  # --config naming a folder
        path = path / DEFAULT_CONFIG_NAME
    if path.exists() and not force:
        _fail(f"{path} already exists. Use --force to replace it.", 2)
    if language is not None and language not in STARTER_LANGUAGES:
        _fail(f"--language {language}: the starter has digests in zh and en only.", 2)
    starter = starter_text(sources=not no_sources, language=language)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(starter, encoding="utf-8")
    except OSError as err:
        _fail(f"Cannot write {path}: {os_problem(err, path)}", 1)
    loaded = load_config(path)
    if as_json:
        sources = [s.id for s in loaded.sources]
        _print_json({"path": path, "sources": sources, "digests": [d.name for d in loaded.digests]})
        return
    use_config(path, _found_config())
    one = len(loaded.digests) == 1
    digests = ("the digest " if one else "the digests ") + ", ".join(d.name for d in loaded.digests)
    written = "today's digest" if one else "today's digests"
    if not loaded.sources:
        _say(
            f"Wrote {path} with no sources and {digests}. Next: "
            f"{command()} sources add ID --kind feed --url URL for each of yours, then "
            f"{command()} run (collect and write {written})."
        )
        return
    _say(
        f"Wrote {path} with {len(loaded.sources)} sources and {digests}. "
        f"Next: {command()} sources check, then {command()} run (collect and write "
        f"{written})."
    )


#: Room a table's problem column needs (with its border and padding) to read as text;
#: with less, each source's problems go on their own lines under the table.
_PROBLEM_WIDTH = 33


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
    from newsdesk._console import source_problems, sources_table

    if ctx.invoked_subcommand:
        _globals.config = config or _globals.config
        _globals.db = db or _globals.db
        _globals.verbose = verbose or _globals.verbose
        return
    with _desk(config, db, verbose, existing=True) as desk:
        found = desk.sources()
    if as_json:
        _print_json(found)
        return
    states = {s.source.id: s.state for s in found if s.state is not None}
    listed, health = [s.source for s in found], [s.health for s in found]
    zone = ZoneInfo(desk.config.timezone)
    narrow = sources_table(listed, states, health, zone, problems=False)
    if console.width - console.measure(narrow).maximum >= _PROBLEM_WIDTH:
        console.print(sources_table(listed, states, health, zone))
        return
    console.print(narrow)  # a problem column would wrap a few characters a line
    for source_id, problem in source_problems(listed, states, health):
        console.print(Text(f"{source_id}: {problem}"), soft_wrap=False)


@sources_app.command("check")
def sources_check(
    source: SourceOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Fetch each enabled source once: ok or failed, and for each source in trouble what
    is wrong and what to try (with what the store remembers: stale, low volume).

    Stores nothing; exits 1 when every source checked failed (one failing source of
    several is reported, and the exit stays 0).  Example: newsdesk sources check --source
    openai-news
    """
    from newsdesk._console import check_table, diagnosis_lines
    from newsdesk.model import Outcome

    with _desk(config, db, verbose, progress=True) as desk:
        found = desk.check_sources(source)
    reports = found.reports
    failed = [r for r in reports if r.outcome is Outcome.FAILED]
    if as_json:
        _print_json(found)
    elif not any(s.enabled for s in desk.config.sources):  # an empty table tells nothing
        _say(_no_source_line(desk.config, "there is nothing to check"))
    else:
        table = check_table(reports, desk.config)
        # a reason that would wrap is said once, under the table, where it reads whole
        unbound = console.options.update_width(10_000)
        wide = console.measure(table, options=unbound).maximum <= console.width
        console.print(table if wide else check_table(reports, desk.config, reasons=False))
        for line in diagnosis_lines(reports, found.health, desk.config, notes=not wide):
            console.print(line, highlight=False, soft_wrap=True)
        console.print(f"{len(reports) - len(failed)} ok, {len(failed)} failed", highlight=False)
        _say_closing(reports, desk.config)
    if reports and len(failed) == len(reports):
        raise typer.Exit(1)


@sources_app.command("add")
def sources_add(
    source_id: Annotated[
        str, typer.Argument(help="A new id: lowercase letters, digits, '-' or '_'.")
    ],
    kind: Annotated[
        str,
        typer.Option("--kind", "-k", help="Its kind: feed, rsshub, hackernews, arxiv..."),
    ],
    url: Annotated[str | None, typer.Option("--url", help="The feed or page address.")] = None,
    name: Annotated[
        str | None,
        typer.Option("--name", help="The name shown for it (default: a feed's own title)."),
    ] = None,
    settings: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            help="Another of its keys as KEY=VALUE, the value in YAML (repeat): "
            "--set route=/36kr/news --set 'tags=\\[zh, media]'.  A ${VAR} is written as it "
            "is and read from the environment when the file loads (single quotes keep the "
            "shell from filling it in): --set 'headers={X-Key: \"${KEY}\"}'.",
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Add a source to the config file, its comments and layout kept; it is checked as
    the file is, and refused with the file untouched when wrong.  A feed added without
    --name is named by its own title, read once from its url.  One on this machine or a
    private network is added only with --set allow_private_addresses=true.

    Example: newsdesk sources add wire --kind feed --url https://wire.example/ai.rss
    """
    import yaml

    from newsdesk.config import not_set, unset_variables

    fields: dict[str, object] = {"id": source_id, "name": name, "kind": kind, "url": url}
    for setting in settings or []:
        key, equals, value = setting.partition("=")
        if not equals or not key.strip():
            _fail(f"--set {setting!r}: write KEY=VALUE, e.g. --set route=/36kr/news", 2)
        try:
            fields[key.strip()] = yaml.safe_load(value)
        except yaml.YAMLError as err:
            _fail(f"--set {setting!r}: the value is not YAML ({err}).", 2)
    with _desk(config, db, verbose) as desk:
        where = desk.refused_url(url, fields.get("allow_private_addresses") is True)
        if where:  # every fetch of it would fail: said now, not at the first run
            _fail(
                f"No source was added: {where}, which newsdesk does not fetch unless told "
                f"to. If {source_id} is meant to reach it (a local RSSHub, an intranet "
                "feed), add it with --set allow_private_addresses=true.",
                2,
            )
        try:
            status = desk.add_source(fields, variables=True, titled=True)
        except SourceTakenError as err:
            _fail(f"{err} `{command()} sources` lists the ids taken.", 2)
        missing = desk.missing_files(source_id)
    if as_json:
        _print_json(status)
        return
    added = f"Added {status.source.label} ({status.source.kind}) to {desk.config.path}."
    if not name and status.source.name:  # said before the next step, not after it
        added += f" Named {status.source.name!r} after its feed's title; --name gives another."
    _say(f"{added} Next: {command()} sources check --source {source_id}")
    waiting = unset_variables(status.source)
    if waiting:
        _note(f"Note: {not_set(waiting, f'fetch {source_id}')} Until then its fetches fail.")
    if missing is not None:
        _note(
            f"Note: no file matches {missing} yet. The source is added, but its fetches "
            f"fail until a file is there: check its path (relative to {desk.config.path}'s "
            "folder), or put the file there."
        )
    if not status.source.name and not status.source.aggregator:
        # readers see the source's name under each story it reports: an id is no name
        _note(
            f"Its stories are credited to {source_id!r}, its id, until it has a name: add "
            f"name: under `- id: {source_id}` in {desk.config.path}, or add it with --name."
        )


SourceIdsArg = Annotated[
    list[str], typer.Argument(help="Their ids, as `newsdesk sources` lists them: one or more.")
]


@sources_app.command("disable")
def sources_disable(
    source_ids: SourceIdsArg,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Disable sources in the config file (`enabled: false`): runs skip them.  An id the
    file does not have changes nothing.

    Example: newsdesk sources disable reddit-localllama hn-ai
    """
    _set_enabled(source_ids, False, config, db, verbose, as_json)


@sources_app.command("enable")
def sources_enable(
    source_ids: SourceIdsArg,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Enable disabled sources again in the config file.  An id the file does not have
    changes nothing.

    Example: newsdesk sources enable reddit-localllama
    """
    _set_enabled(source_ids, True, config, db, verbose, as_json)


def _set_enabled(
    source_ids: list[str],
    enabled: bool,
    config: Path | None,
    db: str | None,
    verbose: bool,
    as_json: bool,
) -> None:
    """Each source enabled or disabled, and said so (or that it was already); every id
    is checked first, so that a mistyped one changes none."""
    chosen = list(dict.fromkeys(source_ids))
    with _desk(config, db, verbose) as desk:
        where = desk.config.path or "the config"
        was = {s.id: s.enabled for s in desk.config.sources}
        missing = [i for i in chosen if i not in was]
        if missing:
            names = " nor ".join(repr(i) for i in missing)
            _fail(
                f"No source {names} in {where} (its sources: {', '.join(was) or 'none'}); "
                "nothing was changed.",
                2,
            )
        statuses = [desk.set_source_enabled(i, enabled) for i in chosen]
    if as_json:
        _print_json(statuses[0] if len(statuses) == 1 else statuses)
        return
    state = "enabled" if enabled else "disabled"
    for source_id in chosen:
        if was[source_id] is enabled:
            _say(f"{source_id} was {state} already in {where}.")
        elif enabled:
            _say(f"Enabled {source_id} in {where}; the next run fetches it.")
        else:
            _say(
                f"Disabled {source_id} in {where}; runs skip it until "
                f"`{command()} sources enable {source_id}`."
            )


@app.command("doctor")
def doctor_command(
    offline: Annotated[
        bool, typer.Option("--offline", help="Skip the sources and the LLM (no network).")
    ] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Check what a good run needs, and say what to fix: the config, the store's
    schema, the cover's fonts, Hugo, the folders and repositories posts go to (and
    whether a Hugo site among them reads the posts' dates in the digest's zone), where
    each schedule's alerts go, every source (fetched once) and the LLM with its key.
    Stores nothing; exits 1 when something fails.

    Example: newsdesk doctor
    """
    from newsdesk._console import doctor_lines

    with _desk(config, db, verbose, progress=not as_json) as desk:
        checkup = desk.doctor(network=not offline)
    if as_json:
        _print_json({"ok": checkup.ok, "findings": checkup.findings})
    else:
        for line in doctor_lines(checkup):
            console.print(line, highlight=False, soft_wrap=True)
    if not checkup.ok:
        raise typer.Exit(1)


def _other_start(config: Config) -> str:
    """The second way out of a config with no source enabled, one that works on it:
    enable one it has, or replace the file (`init` refuses an existing one unforced)."""
    path = config.path
    if config.sources and path is not None:
        return f"enable one of its {len(config.sources)} in {path} (drop its `enabled: false`)."
    if path is not None and path.exists():
        return f"replace {path} with the starter config: `{command()} init --force`."
    return f"write a starter config with `{command()} init`."


def _no_source_line(config: Config, consequence: str) -> str:
    """A config with no source enabled: what that meant here, and the two ways out."""
    return (
        f"No source is enabled in {config.path or 'the config'}, so {consequence}: add one "
        f"with `{command()} sources add ID --kind feed --url URL`, or " + _other_start(config)
    )


def _print_run(summary: RunSummary, desk: Newsdesk, as_json: bool) -> None:
    if as_json:
        _print_json(_run_json(summary, desk.store_url))
    else:
        _print_summary(summary, desk.config, desk.store_url)
    if not any(s.enabled for s in desk.config.sources):  # a run that could collect nothing
        _note(_no_source_line(desk.config, "nothing was collected"))
    unpublished = summary.unpublished
    if unpublished:
        channels = ", ".join(sorted({f"{p.digest} -> {p.channel}" for p in unpublished}))
        _note(
            f"Publishing did not finish on {channels}: the written digests stay stored, and "
            f"`{command()} publish` tries again once the cause above is fixed."
        )
    if not summary.ok:
        raise typer.Exit(1)


def _run_json(summary: RunSummary, store_url: str) -> dict[str, object]:
    return {"ok": summary.ok, "store": store_url, "summary": summary}


@app.command()
def fetch(
    source: SourceOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Collect every enabled source into the store.

    Example: newsdesk fetch --source hackernews
    """
    with _desk(config, db, verbose, progress=True) as desk:
        try:
            summary = desk.fetch(source)
        except KeyboardInterrupt:
            answered()
            _fail(
                "Interrupted: the fetch stopped where it was. The sources it finished are "
                f"stored; `{command()} fetch` again collects the rest.",
                130,
            )
    _print_run(summary, desk, as_json)


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
    digest: Annotated[
        str | None,
        typer.Option("--digest", help="Select, write and publish only this digest."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Run the pipeline: collect, group into stories, select, write and verify each digest,
    then publish it.

    Example: newsdesk run --offline --no-publish --digest ai-ribao
    """
    with _desk(config, db, verbose, progress=True) as desk:
        chosen = _day(day)
        try:
            summary = desk.run(
                day=chosen, publish=not no_publish, offline=offline, only=source, digest=digest
            )
        except KeyboardInterrupt:
            answered()
            _fail(
                "Interrupted: the run stopped where it was. What it collected and wrote so "
                f"far stays stored, and the next `{command()} run` picks up from there.",
                130,
            )
        newest = None if chosen is not None or as_json else _newest_other_day(desk, summary)
    _print_run(summary, desk, as_json)
    if as_json:
        return
    from newsdesk._console import empty_day_line, empty_today_line

    if chosen is not None:
        said = empty_day_line(summary)
    else:
        said = empty_today_line(summary, newest, desk.config)
    if said is not None:
        _say(said)


def _newest_other_day(desk: Newsdesk, summary: RunSummary) -> date | None:
    """The newest day with stories, when a run of today selected none for any digest."""
    selections = summary.desk.selections if summary.desk else ()
    if not selections or any(s.ranked for s in selections):
        return None
    first = selections[0]
    return desk.stories(first.day, first.digest).newest


@app.command()
def worker(
    queues: Annotated[
        str | None,
        typer.Option(
            "--queues",
            "-Q",
            help="Comma-separated queues to take tasks from: newsdesk.io (fetching, "
            "publishing), newsdesk.cpu (the desk and the editor). Default: both.",
        ),
    ] = None,
    concurrency: Annotated[
        int | None,
        typer.Option(
            "--concurrency",
            min=1,
            help="Tasks at a time (default: execution.concurrency).  No short form: -c is "
            "--config, as for every command.",
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Take the tasks of runs from the Celery broker (execution.broker) until stopped;
    runs go to workers when the config says execution.engine: celery.  The worker opens
    the store of its config (or --db) itself: tasks name the run's store, never its
    password, and a task for another store is refused.

    Example: newsdesk --config newsdesk.yaml worker --concurrency 16
    """
    chosen = [q.strip() for q in queues.split(",") if q.strip()] if queues else None
    _configure_logging(verbose)
    path = config or _globals.config or Path(DEFAULT_CONFIG_NAME)
    db = db or _globals.db
    with _answered(path, db):  # no desk: the worker imports what a task needs when it comes
        from newsdesk.workers import work

        work(path, db=db, queues=chosen, concurrency=concurrency)
        closing()


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
    from newsdesk._console import items_table

    with _desk(config, db, verbose, existing=True) as desk:
        found = desk.items(_day(day), source, limit)
    if as_json:
        _print_json(found.items)
        return
    zone = desk.config.timezone
    heading = f"{len(found.items)} items on {found.day} ({zone})"
    console.print(items_table(found.items, ZoneInfo(zone), heading))
    if found.newest is not None:
        again = "".join(f" --source {s}" for s in source or ())
        console.print(
            f"No items on {found.day}; the newest are from {found.newest}: "
            f"{command()} items --date {found.newest}{again}",
            highlight=False,
        )
    elif not found.items and not source:
        console.print(
            f"No items in the store yet: `{command()} fetch` collects them "
            f"(or try the sample day: `{command(setup=False)} demo`).",
            highlight=False,
        )


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
    from newsdesk._console import decisions_table, stories_table
    from newsdesk._jsonout import decision_rows, stories_rows

    with _desk(config, db, verbose, existing=True) as desk:
        found = desk.stories(_day(day), digest, explain=explain)
    if found.selections:
        if as_json:
            _print_json(decision_rows(found.selections))
            return
        for selection in found.selections:
            console.print(decisions_table(selection, limit))
    else:
        ranked = list(found.ranked[:limit])
        if as_json:
            _print_json(stories_rows(ranked, found.sections))
            return
        heading = f"{len(ranked)} stories on {found.day}" + (f" for {digest}" if digest else "")
        console.print(stories_table(ranked, heading, sections=found.sections, explain=explain))
    if found.newest is not None:
        again = (f" --digest {digest}" if digest else "") + (" --explain" if explain else "")
        console.print(
            f"No stories on {found.day}; the newest are from {found.newest}: "
            f"{command()} stories --date {found.newest}{again}",
            highlight=False,
        )
    elif not found.stored:
        console.print(
            f"No stories in the store yet: `{command()} fetch` collects items and "
            f"`{command()} run` groups them into stories (or try the sample day: "
            f"`{command(setup=False)} demo`).",
            highlight=False,
        )
    elif not found.ranked and not any(s.ranked for s in found.selections):
        whose = f"the sources of {digest}" if digest else "the digests' sources"
        console.print(f"No stories on {found.day} from {whose}.", highlight=False)


@app.command("story")
def story_command(
    story_id: Annotated[str, typer.Argument(help="Story id, as `newsdesk stories` shows it.")],
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Show one story with all its items (the id of a story that grouping merged into
    another shows the one it went to).

    Example: newsdesk story s1a2b3c4d5e6
    """
    from newsdesk._console import story_panel

    with _desk(config, db, verbose, existing=True) as desk:
        found = desk.story(story_id)
    if as_json:
        _print_json(found)
        return
    for part in story_panel(found.story, found.items, ZoneInfo(desk.config.timezone)):
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
    from newsdesk._console import digest_text, wrapped

    with _desk(config, db, verbose, existing=True) as desk:
        found = desk.digest(digest, _day(day))
    if as_json:
        _print_json(found)
        return
    text = "\n".join(wrapped(digest_text(found).split("\n"), console.width))
    console.print(text, highlight=False, soft_wrap=True, markup=False)


EditionDigestOpt = Annotated[
    str | None, typer.Option("--digest", help="Digest name (default: the first configured).")
]
EditionDayOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        "-d",
        help="Day (YYYY-MM-DD) in the digest's zone (default: its latest with stories).",
    ),
]
StoryArg = Annotated[str, typer.Argument(help="The story's id (see `edition show`).")]


def _print_edition(view: EditionView, as_json: bool) -> None:
    from newsdesk._console import edition_lines

    if as_json:
        _print_json(view)
        return
    for line in edition_lines(view):
        _say(line)


ShowOpt = Annotated[
    bool,
    typer.Option(
        "--show", help="Print the whole edition afterwards, not only what the action changed."
    ),
]


def _before(desk: Newsdesk, digest: str | None, day: date | None) -> EditionView | None:
    """The edition an action goes to, as it stands before it (None when there is none:
    the action says why)."""
    try:
        return desk.edition(digest, day)
    except NewsdeskError:
        return None


def _say_action(
    done: str, story: str, before: EditionView | None, view: EditionView, as_json: bool, show: bool
) -> None:
    """Say what an action did in a line or two: the story's old and new place and the
    revision it wrote, or that the story stood so already; the whole edition only with
    --show (with --json, the edition is the JSON and the words go to stderr)."""
    from newsdesk._console import change_lines
    from newsdesk.core import edition_change

    if as_json or show:
        _print_edition(view, as_json)
    say = _note if as_json else _say
    for line in change_lines(
        edition_change(before, view, story), done, view.digest, view.day.isoformat()
    ):
        say(line)


def _warn_language(view: EditionView, story: str, as_json: bool) -> None:
    """Tell the editor who brought a story in when no report tells it in the digest's
    language, and what the writer did about that."""
    from newsdesk.core import language_warning

    note = language_warning(view, story)
    if note and not as_json:
        _say(f"Note: {story}: {note}.")


@edition_app.command("show")
def edition_show(
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Show a day's edition: its revision and status, lead, more news, and the
    candidates left out, each with why.

    Example: newsdesk edition show --date 2026-05-14 --digest ai-ribao --json
    """
    with _desk(config, db, verbose, existing=True) as desk:
        view = desk.edition(digest, _day(day))
    _print_edition(view, as_json)


@edition_app.command("pin")
def edition_pin(
    story: StoryArg,
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
    show: ShowOpt = False,
) -> None:
    """Keep a story in the lead, on this and every later run; writes the next revision.

    Example: newsdesk edition pin s3f2a9c1 --date 2026-05-14
    """
    with _desk(config, db, verbose) as desk:
        before = _before(desk, digest, _day(day))
        view = desk.pin(story, digest, _day(day))
    _say_action("pinned", story, before, view, as_json, show)
    _warn_language(view, story, as_json)


@edition_app.command("drop")
def edition_drop(
    story: StoryArg,
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
    show: ShowOpt = False,
) -> None:
    """Keep a story out of the edition, on this and every later run; writes the next
    revision.

    Example: newsdesk edition drop s3f2a9c1 --date 2026-05-14
    """
    with _desk(config, db, verbose) as desk:
        before = _before(desk, digest, _day(day))
        view = desk.drop(story, digest, _day(day))
    _say_action("dropped", story, before, view, as_json, show)


@edition_app.command("demote")
def edition_demote(
    story: StoryArg,
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
    show: ShowOpt = False,
) -> None:
    """Take a story out of the lead and into more news, on this and every later run;
    writes the next revision.

    Example: newsdesk edition demote s3f2a9c1 --date 2026-05-14
    """
    with _desk(config, db, verbose) as desk:
        before = _before(desk, digest, _day(day))
        view = desk.demote(story, digest, _day(day))
    _say_action("demoted", story, before, view, as_json, show)


@edition_app.command("move")
def edition_move(
    story: StoryArg,
    to: Annotated[int, typer.Option("--to", help="Its place in the lead (1 = first).")],
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
    show: ShowOpt = False,
) -> None:
    """Put a story at a place in the lead, on this and every later run; writes the
    next revision.

    Example: newsdesk edition move s3f2a9c1 --to 1 --date 2026-05-14
    """
    with _desk(config, db, verbose) as desk:
        before = _before(desk, digest, _day(day))
        view = desk.move(story, to, digest, _day(day))
    _say_action(f"moved to place {to}", story, before, view, as_json, show)
    _warn_language(view, story, as_json)


@edition_app.command("edit")
def edition_edit(
    story: StoryArg,
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    keep: Annotated[
        bool,
        typer.Option(
            "--keep-unsupported",
            help="Save the text even with claims its sources do not support (they are "
            "listed in the digest's verification report).",
        ),
    ] = False,
    file: Annotated[
        str | None,
        typer.Option(
            "--file",
            metavar="PATH",
            help="Read the entry from this file (- for stdin) instead of opening $EDITOR, "
            "in the form the editor shows (## headline, ## summary …): for a script, or "
            "where there is no terminal.",
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
    show: ShowOpt = False,
) -> None:
    """Tell a story in your own words: opens $EDITOR on its entry (or "more news"
    line), or reads it from --file; what you write is checked against the story's
    sources and kept on every later run.  A claim they do not support is shown, and
    saved only if you choose to; text that is not saved is kept in a file, named.

    Example: newsdesk edition edit s3f2a9c1 --date 2026-05-14
    """
    from newsdesk._console import (
        edit_text,
        edition_hint,
        keep_text,
        refusal_advice,
        refusal_lines,
    )

    say = _note if as_json else _say  # with --json, stdout holds the JSON alone
    with _desk(config, db, verbose) as desk:
        when = _day(day)
        document = desk.entry_document(story, digest, when)
        if file is None and not _can_edit():
            kept = keep_text(story, document)
            _fail(
                f"No terminal to open an editor in (and no $VISUAL or $EDITOR): the entry "
                f"is in {kept}. Write your text there and pass it with --file {kept}.",
                2,
            )
        while True:
            written = _entry_text(file) if file is not None else edit_text(document)
            if written is None:
                why = "the file was not saved" if file is None else f"{file} is empty"
                say(f"Nothing changed: {why}.")
                if as_json:
                    _print_json({"story_id": story, "saved": False, "why_not": why,
                                 "unsupported": [], "edition": None, "text": None})  # fmt: skip
                return
            try:
                edit = desk.edit_entry(
                    story, written, digest=digest, day=when, keep_unsupported=keep
                )
            except EntryFormatError as err:
                if file is None:
                    raise
                template = keep_text(story, document)
                _fail(
                    f"{err} The entry as it stands, in the form --file reads, is in "
                    f"{template}: write your text there and pass it with --file {template}.",
                    2,
                )
            if edit.saved or not edit.unsupported:
                break
            for line in refusal_lines(edit):
                say(line)
            if file is not None or not sys.stdin.isatty():
                kept = Path(file) if file not in (None, "-") else keep_text(story, written)
                say(refusal_advice(edit, kept))
                raise typer.Exit(1)  # refused, not failed: no "Error:", but not saved
            choice = typer.prompt("[e]dit again, [k]eep them, [q]uit", default="e", err=as_json)
            if choice.lower().startswith("k"):
                edit = desk.edit_entry(
                    story, written, digest=digest, day=when, keep_unsupported=True
                )
                break
            if not choice.lower().startswith("e"):
                say(f"Your text is in {keep_text(story, written)}: --file takes it back.")
                raise typer.Exit(1)
            document = written
    if as_json:
        _print_json(edit)
        return
    if not edit.saved:
        _say(f"Nothing changed: {edit.why_not}.")
        return
    view = edit.edition
    count = len(edit.unsupported)
    kept_claims = f", keeping {count} unsupported claim{'s' if count > 1 else ''}" if count else ""
    _say(
        f"Saved your text for {story} in {view.digest} {view.day} revision {view.revision}"
        f"{kept_claims}."
    )
    if show:
        _print_edition(view, as_json)
    _say(edition_hint(len(view.lead), len(view.more), view.digest, view.day.isoformat()))


def _can_edit() -> bool:
    """Whether ``edit_text`` can open an editor: a terminal to open ``vi`` in, or an
    editor the user named (a script or a window needs no terminal)."""
    return sys.stdin.isatty() or bool(os.environ.get("VISUAL") or os.environ.get("EDITOR"))


def _entry_text(file: str) -> str | None:
    """The entry written in ``file`` (``-``: stdin); None when it holds nothing."""
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(f"Could not read {file}: there is no such file.", 2)
    except IsADirectoryError:
        _fail(f"Could not read {file}: it is a folder; give the file the entry is in.", 2)
    except OSError as err:
        _fail(f"Could not read {file}: {err.strerror or err}.", 2)
    except UnicodeDecodeError as err:
        _fail(
            f"Could not read {file}: it is not UTF-8 text (byte 0x{err.object[err.start]:02x} "
            f"at position {err.start}); save it as UTF-8.",
            2,
        )
    return text if text.strip() else None


@edition_app.command("restore")
def edition_restore(
    story: StoryArg,
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
    show: ShowOpt = False,
) -> None:
    """Undo your actions on a story (pin, drop, move, demote, and your own words from
    edit): selection places it and the writer tells it as they would with no editor,
    on this and every later run; writes the next revision.

    Example: newsdesk edition restore s3f2a9c1 --date 2026-05-14
    """
    from newsdesk._console import edition_hint, place_sentence
    from newsdesk.core import edition_change

    with _desk(config, db, verbose) as desk:
        before = _before(desk, digest, _day(day))
        restored = desk.restore(story, digest, _day(day))
    if as_json:
        _print_json(restored)
        return
    view = restored.edition
    if not restored.restored:
        _say(f"Nothing to restore: {restored.why_not}.")
        return
    undone = ", ".join(
        a.verb.value + (f" to {a.position}" if a.position else "") for a in restored.undone
    )
    _say(f"Restored {story} in {view.digest} {view.day} revision {view.revision}: undid {undone}.")
    if show:
        _print_edition(view, as_json)
    _say(place_sentence(edition_change(before, view, story)))
    _say(edition_hint(len(view.lead), len(view.more), view.digest, view.day.isoformat()))


@edition_app.command("diff")
def edition_diff(
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    old: Annotated[
        int | None, typer.Option("--from", help="The older revision (default: the one before).")
    ] = None,
    new: Annotated[
        int | None, typer.Option("--to", help="The newer revision (default: the newest).")
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Show what changed between two revisions of a day: stories added, removed,
    moved, and words changed.

    Example: newsdesk edition diff --date 2026-05-14 --from 1 --to 2
    """
    from newsdesk._console import diff_lines

    with _desk(config, db, verbose, existing=True) as desk:
        diff = desk.diff(digest, _day(day), old=old, new=new)
    if as_json:
        _print_json(diff)
        return
    for line in diff_lines(diff):
        _say(line)


@edition_app.command("export")
def edition_export(
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    revision: Annotated[
        int | None, typer.Option("--revision", help="Which revision (default: the newest).")
    ] = None,
    to: Annotated[
        Path | None,
        typer.Option("--to", help="Folder to write into (default: the day's output folder)."),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Write the files a revision was rendered with (Markdown, cover, JSON), as the store
    keeps them; prints their paths.

    Example: newsdesk edition export --date 2026-05-14 --revision 1 --to /tmp/rev1
    """
    with _desk(config, db, verbose, existing=True) as desk:
        paths = desk.export(digest, _day(day), revision=revision, folder=to)
    if as_json:
        _print_json(paths)
        return
    for path in paths:
        print(path)


@edition_app.command("approve")
def edition_approve(
    day: EditionDayOpt = None,
    digest: EditionDigestOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Approve the day's newest revision, so it may be published (see `review`).

    Example: newsdesk edition approve --digest ai-ribao --date 2026-05-14
    """
    with _desk(config, db, verbose) as desk:
        view = desk.approve(digest, _day(day))
    if as_json:
        _print_json(view)
        return
    if desk.config.digest(view.digest).publish:
        after = f"Next: {command()} publish."
    else:
        after = (
            f"{view.digest} has no channel: add one under its `publish:` in the config to "
            "publish it (see docs/configuration.md)."
        )
    _say(f"Approved {view.digest} {view.day} revision {view.revision}. {after}")


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
    as_json: JsonOpt = False,
) -> None:
    """Render written digests as Markdown into the output folder and print the paths.

    Example: newsdesk render --date 2026-05-14 --digest ai-ribao --style insight
    """
    with _desk(config, db, verbose, existing=True) as desk:
        paths = desk.render(_day(day), digest, style)
    if as_json:
        _print_json(paths)
        return
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
            help="Post again what may already be out: messages whose outcome is unknown, "
            "or everything where all of it was published.",
        ),
    ] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Publish written digests on their channels, each message once (unless --force),
    and rebuild the site when a revision went out, so that it shows what was published.

    A channel another publisher is posting on is skipped; a message with no clear answer
    (a timeout, a 5xx) is "unknown" and not posted again without --force.  Exits 1 when
    a channel failed, is unknown or was busy; a draft that waits for an editor's approval
    (review: required) is said with how to approve it, and exits 0: it is no failure.

    Example: newsdesk publish --date 2026-05-14 --channel telegram
    """
    from newsdesk._console import publication_lines
    from newsdesk.model import PUBLISH_FAILED

    with _desk(config, db, verbose) as desk:
        results = desk.publish(_day(day), digest, channel, force=force)
        titles = {d.name: d.title for d in desk.config.digests}
        try:
            site = desk.site_after(results)
        except NewsdeskError as err:
            site = None
            _note(f"The site was not rebuilt: {err}")
    if as_json:
        _print_json(results)
    else:
        for line in publication_lines(results, titles):
            console.print(line, highlight=False, soft_wrap=True)
        if site is not None:
            _say(f"Site and feeds: {site.folder / 'index.html'} (feed.xml, atom.xml, feed.json)")
    if any(r.status in PUBLISH_FAILED for r in results):
        raise typer.Exit(1)


@app.command("site")
def site_command(
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Build the HTML archive of the written digests, with RSS, Atom and JSON feeds.

    Example: newsdesk site   (then open site/index.html, or serve the folder)
    """
    with _desk(config, db, verbose, existing=True) as desk:
        site = desk.build_site()
    if as_json:
        _print_json(site)
        return
    pages = sum(f.suffix == ".html" for f in site.files)
    _say(f"Site: {pages} pages and 3 feeds in {site.folder} (open {site.folder / 'index.html'})")


@app.command("mcp")
def mcp_command(
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Answer an assistant over MCP on stdin and stdout (read-only): the day's digest,
    search of the archive, stories with their sources, and the sources' health.

    Example: newsdesk --config /srv/news/newsdesk.yaml mcp   (as an MCP client's command)
    """
    from newsdesk.assistant import serve_stdio

    with _desk(config, db, verbose, existing=True) as desk:
        serve_stdio(desk)


@app.command("schedule")
def schedule_command(
    digest: Annotated[
        str | None, typer.Option("--digest", help="Only this digest (default: every scheduled).")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=MAX_LIMIT, help="Runs shown per digest.")
    ] = 5,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Show each digest's schedule, its next run (in its zone) and its last scheduled runs
    with their outcomes.  `newsdesk serve` runs them.

    Example: newsdesk schedule --digest ai-ribao
    """
    from newsdesk._console import schedule_lines, wrapped

    with _desk(config, db, verbose, existing=True) as desk:
        schedules = desk.schedule_status(digest, limit)
    if as_json:
        _print_json(schedules)
        return
    if not schedules:
        _say(
            'No digest has a schedule. Add one to a digest, e.g. schedule: "30 22 * * *" '
            "(see Schedules in docs/guide.md)."
        )
        return
    for line in wrapped(schedule_lines(schedules), console.width):
        _say(line)


@db_app.command("status")
def db_status(
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Show the store's schema revision, the newest this newsdesk knows and the
    migrations `db upgrade` would apply.  Changes nothing.

    Example: newsdesk db status
    """
    from newsdesk._console import schema_lines

    with _desk(config, db, verbose) as desk:
        status = desk.db_status()
    if as_json:
        _print_json(status)
        return
    for line in schema_lines(status):
        _say(line)


@db_app.command("upgrade")
def db_upgrade(
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Bring the store to the newest schema (back up the database first).

    Safe while other newsdesk processes open the store.  Example: newsdesk db upgrade
    """
    from newsdesk._console import upgrade_line

    with _desk(config, db, verbose) as desk:
        upgrade = desk.db_upgrade()
    if as_json:
        _print_json(upgrade)
        return
    _say(upgrade_line(upgrade))


#: `newsdesk serve`'s first line, in the desk's language, said before the seconds that
#: importing the server (and its table of the desk's words) takes.
#: The first line ``serve`` prints, in English as the server's log that follows it.
SERVE_STARTING: Final = "Starting the desk server… (its address follows once it listens)"


@app.command("serve")
def serve_command(
    host: Annotated[
        str,
        typer.Option(
            "--host", help="Address to listen on; beyond this machine only once an account exists."
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free one).")
    ] = 8080,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Run the desk server on the store: the review desk in a browser at / (the
    sources at /sources, the runs at /runs), the JSON API under /api/v1 (documented at
    /api/v1/docs), MCP at /mcp and each digest's `schedule`; until Ctrl+C or SIGTERM, when
    a run it started finishes first.

    With no editor account it serves this machine only (see `newsdesk user add`).
    Example: newsdesk serve --port 8080
    """
    from newsdesk.config import load_config

    path = config or _globals.config or Path(DEFAULT_CONFIG_NAME)
    with _answered(path, db):  # a config's mistake is said before the server is started
        load_config(path)
    _note(SERVE_STARTING)
    from newsdesk.web import serve  # seconds of imports: the line above says it is coming

    with _desk(config, db, verbose) as desk:
        try:
            serve(desk, host=host, port=port)
        except KeyboardInterrupt:  # how a terminal stops it: its stop is said in the desk's words
            answered()
            raise typer.Exit(INTERRUPTED) from None


UserArg = Annotated[str, typer.Argument(help="The account's name.")]


@user_app.command("add")
def user_add(
    name: UserArg,
    replace: Annotated[
        bool, typer.Option("--replace", help="Set a new password for an existing account.")
    ] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Make an editor account; its password is asked for (or read as one line from
    stdin when it is not a terminal).

    Once an account exists, the desk server asks every reader and editor to sign in.
    Example: newsdesk user add alice
    """
    password = _read_password()
    with _desk(config, db, verbose) as desk:
        made = desk.accounts.add(name, password, replace=replace)
    _say(f"Account {name!r} {'made' if made else 'has a new password'}.")


@user_app.command("token")
def user_token(
    name: UserArg, config: ConfigOpt = None, db: DbOpt = None, verbose: VerboseOpt = False
) -> None:
    """Print a new API token for an account, sent as `Authorization: Bearer TOKEN`.

    It is shown once: only its hash is kept.  Example: newsdesk user token alice
    """
    with _desk(config, db, verbose) as desk:
        token = desk.accounts.new_token(name)
    print(token)


@user_app.command("list")
def user_list(
    config: ConfigOpt = None,
    db: DbOpt = None,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """List the editor accounts.  Example: newsdesk user list"""
    with _desk(config, db, verbose, existing=True) as desk:
        names = desk.accounts.names()
    if as_json:
        _print_json(names)
        return
    _say(
        "\n".join(names) if names else "No accounts: the desk server is open on this machine only."
    )


@user_app.command("remove")
def user_remove(
    name: UserArg, config: ConfigOpt = None, db: DbOpt = None, verbose: VerboseOpt = False
) -> None:
    """Delete an account and its API tokens.  Example: newsdesk user remove alice"""
    with _desk(config, db, verbose) as desk:
        desk.accounts.remove(name)
    _say(f"Account {name!r} removed, with its tokens.")


def _read_password() -> str:
    """A password from a hidden prompt asked twice, or one line of stdin from a pipe."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        _fail("The two passwords differ; nothing was changed.", 2)
    return first


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

    `published` is read as a feed's time is (ISO 8601, RFC 822, Unix time); one with no
    zone, or a date alone, is taken as UTC.  Uses the default settings (or those of
    --config, when given).
    Example: newsdesk eval cluster gold.jsonl --out predicted.jsonl
    """
    _configure_logging(verbose)
    with _opened(config or _globals.config, None) as desk:
        result = desk.eval_cluster(file, out)
    print(json.dumps(result.as_json()))
    seconds = result.embed_seconds + result.group_seconds
    rate = result.items / max(seconds, 1e-9)
    errors.print(
        f"{result.items} items in {seconds:.1f} s ({rate:,.{0 if rate >= 10 else 2}f} "
        f"items/s): embedding {result.embed_seconds:.1f} s, grouping {result.group_seconds:.1f} s",
        highlight=False,
    )


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
    started = perf_counter()
    with _opened(None, None) as desk:
        found = desk.eval_classify(file, out)
    for problem in found.problems:
        errors.print(f"skipped: {problem}", highlight=False, soft_wrap=True)
    print(json.dumps(found.evaluation.as_json()))
    seconds = perf_counter() - started
    errors.print(f"{found.items} items in {seconds:.1f} s", highlight=False)


@eval_app.command("verify")
def eval_verify(
    file: Annotated[Path, typer.Argument(help="JSON Lines: id, sources, text, links.")],
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print one document instead: {items, flagged, results}."),
    ] = False,
) -> None:
    """Check every number, name and link of generated texts against their sources.

    Prints one {id, ok, unsupported} line per input line, then {items, flagged}.
    Example: newsdesk eval verify drafts.jsonl
    """
    with _opened(None, None) as desk:
        result = desk.eval_verify(file)
    if as_json:
        _print_json(result)
        return
    for line in result.lines():
        print(line)


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Folder for everything the demo writes.")] = (
        Path("newsdesk-demo")
    ),
    llm: Annotated[
        bool,
        typer.Option(
            "--llm", help="Write with the llm: block of --config (default ./newsdesk.yaml)."
        ),
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="local: in this process; celery: on worker processes the demo starts on "
            "the Redis at 127.0.0.1:6379 (or --broker) and stops.",
        ),
    ] = "local",
    workers: Annotated[
        int, typer.Option("--workers", min=1, max=16, help="Worker processes (celery).")
    ] = 2,
    broker: Annotated[
        str, typer.Option("--broker", help="The Redis of the celery engine.")
    ] = DEFAULT_BROKER,
    verbose: VerboseOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Run the pipeline offline on the bundled sample day, served from 127.0.0.1.

    Example: newsdesk demo --out /tmp/newsdesk-demo   (--llm: with your configured model;
    --engine celery --workers 2: on two Celery workers)
    """
    from newsdesk._console import lead_lines
    from newsdesk.config import load_config
    from newsdesk.demo import run_demo

    _configure_logging(verbose)
    try:
        settings = load_config(_globals.config or Path(DEFAULT_CONFIG_NAME)).llm if llm else None
        if engine not in ("local", "celery"):
            raise ConfigError(f"--engine {engine}: use local or celery.")
        use_config(out / DEFAULT_CONFIG_NAME, _found_config())  # what the demo writes
        result = run_demo(
            out,
            progress=_progress(),
            llm=settings,
            engine="celery" if engine == "celery" else "local",
            workers=workers,
            broker=broker,
        )
    except ConfigError as err:
        _fail(str(err), 2)
    except NewsdeskError as err:
        _fail(str(err), 1)
    if as_json:
        _print_json(
            {"day": result.day, "config": result.config_path, "site": result.site}
            | _run_json(result.summary, result.store_url)
        )
        if not result.summary.ok:
            raise typer.Exit(1)
        return
    _print_summary(result.summary, result.config, result.store_url)
    by_name = {w.digest.name: w.digest for w in result.summary.digests}
    for selection in result.summary.desk.selections if result.summary.desk else ():
        for line in lead_lines(selection, by_name.get(selection.digest)):
            console.print(line, highlight=False, soft_wrap=True)
    me = command()
    for written in result.summary.digests:
        _say(
            f"Read it: {me} digest show --digest {written.digest.name}   (files: {written.folder})"
        )
    _say(f"Config: {result.config_path}")
    _say(
        f"Sample day: {result.day} — try: {me} stories --date {result.day} "
        "--digest ai-ribao --explain"
    )
    if not result.summary.ok:
        raise typer.Exit(1)


def main() -> None:
    """The command line; Ctrl+C before a command runs ends it with one line."""
    try:
        app()
    except KeyboardInterrupt:
        interrupted()
