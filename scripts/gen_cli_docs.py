"""Write docs/cli.md, the CLI reference, from the typer app in src/newsdesk/cli.py.

    python scripts/gen_cli_docs.py           # or: make docs
    python scripts/gen_cli_docs.py --check   # exit 1 when docs/cli.md is out of date

Every command and subcommand is walked from the app: its usage, help text, arguments
and options (with their types, defaults and environment variables, as ``--help`` words
them), and for a command with ``--json`` the keys of what it prints, from
:data:`JSON_KEYS` below.  tests/test_docs.py fails when the file differs from what this
writes, so the reference cannot fall behind the code.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer.main

sys.path.insert(0, str(Path(__file__).parent))
from _argv import read_argv
from newsdesk.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
REFRESH = "make docs (or: PYTHONPATH=src python scripts/gen_cli_docs.py)"

_ITEM = (
    "`source_id`, `url`, `canonical_url`, `title`, `snippet`, `text`, `author`, `published`, "
    "`language`, `content_hash`, `external_url`, `metrics`, `tags`, `publisher`, "
    "`publisher_key`, `id`, `first_seen`, `last_seen`, `fulltext_status`"
)
_STORY = (
    "`id`, `title`, `titles`, `first_seen`, `last_updated`, `item_count`, `sources`, "
    "`domains`, `languages`, `publishers`, `source_items`, `category`, `relevance`, "
    "`importance`, `breakdown`, `category_scores`"
)
_REPORT = (
    "`{source_id, outcome, entries, counts: {new, updated, unchanged, rejected}, error, "
    "warnings, seconds, skipped, newest}`"
)
_HEALTH = "`{source_id, status, freshness_hours, per_day, last_day, failures, problems, advice}`"
_EDITION = (
    "`{digest, date, revision, status, approved_by, approved_at, notice, lead: [{story, headline, "
    "reason, why, written_by, "
    "kept_unsupported}], more: [{story, headline, reason, why, written_by, "
    "kept_unsupported}], left_out: [{story, why}]}`"
)
_PUBLICATION = (
    "`{digest, day, channel, status, external_ids, error, updated, version, parts, "
    "parts_posted, parts_unknown, revision, newer_draft, newer_revision}` (`parts`: what "
    "the channel posts of the day, its stories, title and cover, which it packs into "
    "messages, 24 stories in one Telegram message; `parts_posted`: how many of them the "
    "service confirmed; `parts_unknown`: how many may or may not have been posted; "
    "`newer_draft`: a newer draft of the day that awaits approval and did not go out, in "
    'words, else `""`; `newer_revision`: its revision, else 0)'
)
_RUN = (
    "`{ok, store, summary}`; `summary` is `{run_id, command, sources: [report], fulltext: "
    "{extracted, failed, postponed}, started, seconds, desk, desk_error, digests, "
    "publications, site, health}` where a report is as in `sources check`, `desk` is null "
    "or `{embedded, group: {grouped, duplicates, new_stories, updated_stories, "
    "merged_stories}, assessed, selections: [{digest, day, revision, lead: [{story, title, "
    "score}], more: [...], stories}], unchanged: [{digest, day, revision, status, folder}], "
    "waiting, without}` (`unchanged`: the digests whose approved or published day had "
    "nothing new, left as they were; `waiting`: why each digest whose settings name a "
    "variable not set was not run; `without`: each source a digest went without, as it "
    "waits for a variable not set), each of `digests` is `{digest, folder, files, "
    "warnings}` with `digest` as `digest show --json` prints it, `publications` as "
    "`publish --json` and `health` as `sources --json`"
)

#: What each command's ``--json`` prints: its keys, as the serialiser makes them.
JSON_KEYS = {
    "init": "`{path, sources: [id], digests: [name]}`: the file written and what it holds.",
    "fetch": f"{_RUN}.",
    "run": f"{_RUN}.",
    "items": f"an array of items, newest first, each with {_ITEM}.",
    "stories": (
        f"an array of stories, best first, each with {_STORY} and `rank`, `score`, "
        "`digest_title`, `excluded`, `signals`, `section` (`lead`, `more`, `dropped` by the "
        "editor, or null). With "
        f"`--explain`: one row per digest and story, with {_STORY} and `digest`, `day`, "
        "`rank`, `score`, `placement` (`lead`, `more`, `out`), `reason`, `detail`, "
        "`digest_title`, `signals`."
    ),
    "story": f"the story, with {_STORY} and `items`: its items as `items --json` prints them.",
    "render": "an array of the files written.",
    "doctor": (
        "`{ok, findings: [{check, verdict, detail, fix}]}`; `verdict` is `ok`, `warn` or "
        "`fail`, and `ok` is false when a check failed."
    ),
    "publish": f"an array, one per digest and channel: {_PUBLICATION}.",
    "site": "`{folder, files}`: the site's folder and every file written into it.",
    "demo": f"`{{day, config, site}}` (the sample day, the config and site written) and {_RUN}.",
    "sources": (
        "an array, one per configured source: its settings as the config gives them (header "
        f"values `<redacted>`), `state` (`{{source_id, etag, last_modified, last_fetched, "
        f"last_success, last_status, last_error, consecutive_failures, last_entries, "
        f"last_newest, last_skipped}}`) and `health` ({_HEALTH})."
    ),
    "sources check": f"`{{reports: [{_REPORT[1:-1]}], health: [{_HEALTH[1:-1]}]}}`.",
    "sources add": "the source added, as one row of `sources --json` (never fetched yet).",
    "sources disable": "the source, as one row of `sources --json` (an array of them for "
    "several ids).",
    "sources enable": "the source, as one row of `sources --json` (an array of them for "
    "several ids).",
    "eval verify": "`{items, flagged, results: [{id, ok, unsupported: [{claim, kind}]}]}`.",
    "digest show": (
        "the digest as its `digest.json` holds it: `{name, day, language, title, status, "
        "revision, bullets, sections, more, tags, seo, fallbacks, unavailable, notice, "
        "verification, usage}`."
    ),
    "edition show": f"{_EDITION}.",
    "user list": "an array of the accounts' names.",
    "edition pin": f"the edition after the pin, as `edition show --json`: {_EDITION}.",
    "edition drop": f"the edition after the drop, as `edition show --json`: {_EDITION}.",
    "edition move": f"the edition after the move, as `edition show --json`: {_EDITION}.",
    "edition demote": f"the edition after the demotion, as `edition show --json`: {_EDITION}.",
    "edition approve": f"the approved edition, as `edition show --json`: {_EDITION}.",
    "edition restore": (
        "`{story_id, restored, why_not, undone: [{verb, story_id, position, who, at, "
        "content}], edition, why_key}`: whether the restore was recorded (and if not, why: "
        "the story had no action to undo, `why_key` `no_action`), the actions it undid, "
        "oldest first, and the edition afterwards as `edition show --json` prints it."
    ),
    "edition edit": (
        "`{story_id, saved, why_not, unsupported: [{where, claim: {kind, text, sentence}}], "
        "edition, text: {headline, summary, insights, impact}, why_key}`: whether the text "
        "was saved (and if not, why; `why_key` says it as `empty`, `unchanged` or "
        "`unsupported`), the claims its sources do not support, the edition afterwards as "
        "`edition show --json` prints it, and the text checked (both null when the file was "
        "not saved); what the command says on the way goes to stderr."
    ),
    "db status": (
        "`{url, current, head, pending: [{revision, summary}], newer}`: the store (password "
        "hidden), its schema revision (null for a new database), the newest this newsdesk "
        "knows, the migrations an upgrade would apply, and whether the store is newer."
    ),
    "db upgrade": "`{url, before, after}`: the schema revision before (null: empty) and now.",
    "schedule": (
        "an array, one per digest with a schedule: `{digest, schedule, description, timezone, "
        "review, auto_publish_after, channels, alerts, next_run, runs: [{digest, slot, day, "
        "status, started, holder, finished, run_id, revision, reason}], publishes_at}`; "
        "`auto_publish_after` is null when not set; `channels` are those a run publishes on "
        "(empty: nothing is sent, each edition only goes on the site); `next_run` "
        "and `publishes_at` (when a waiting draft is published unless an editor acts, else "
        "null) are in the digest's zone, with its offset; `status` is `running`, `retrying`, "
        "`drafted`, `publishing`, `published`, `on-site` (no channel: the edition is on the "
        "site and nothing was sent), `auto-published`, `reviewed`, `unchanged` or `failed`."
    ),
    "edition export": "an array of the files written.",
    "edition diff": (
        "`{digest, date, from: {revision, status}, to: {revision, status}, day: [{part, "
        "before, after}], stories: [{story, headline, change, before, after, written_by, "
        "texts: [{part, before, after}]}]}`; `change` is `added`, `removed`, `moved` or "
        "`edited`."
    ),
}

INTRO = """\
# CLI reference

<!-- Written by scripts/gen_cli_docs.py from src/newsdesk/cli.py; do not edit by hand:
change the code, then run `make docs`. tests/test_docs.py fails when this is out of date. -->

Every command below, with its help text and its arguments and options as `newsdesk
COMMAND --help` gives them. The options of `newsdesk` itself (`--config/-c`, `--db`,
`--verbose/-v`) may also be given after the command name. Exit codes: **0** ok, **1** the
run failed (every source failed, a desk stage could not finish, the database could not
be used, a channel was not published), **2** bad usage, bad configuration or a bad input
file. A draft that waits for an editor's approval (`review: required`) is no failure:
`run` and `publish` say what waits and how to approve it, and exit 0.

With `--json` a command prints one JSON document on stdout and nothing else (progress
and warnings go to stderr): dates and times are ISO 8601 strings (times in UTC), enums
their values, durations seconds. The keys of each are listed under the command; new
keys may be added, the listed ones stay.
"""


def _walk(command: Any, ctx: Any) -> Iterator[tuple[Any, Any]]:
    """Each command under ``command`` (itself first) with its context, in the app's order."""
    yield command, ctx
    for name in getattr(command, "commands", {}):
        sub = command.commands[name]
        yield from _walk(sub, sub.make_context(name, [], parent=ctx, resilient_parsing=True))


def _cell(text: str) -> str:
    # `\[` keeps a bracket from being read as markup by --help; here it is a bracket
    return " ".join(text.split()).replace("\\[", "[").replace("|", "\\|")


def _help(text: str) -> str:
    """The help text as Markdown: paragraphs kept, the example command as code."""
    out = []
    for paragraph in text.strip().split("\n\n"):
        head, example, tail = paragraph.partition("Example: ")
        if example:
            command, _, note = tail.partition("   ")
            head += f"Example: `{' '.join(command.split())}` {note}"
        out.append(" ".join(head.split()))
    return "\n\n".join(out)


def _section(command: Any, ctx: Any) -> list[str]:
    path = ctx.command_path
    name = path.removeprefix("newsdesk").strip()
    lines = [f"## {path}", "", f"`{ctx.get_usage().removeprefix('Usage: ')}`", ""]
    lines += [_help(command.help or ""), ""]
    records = [p.get_help_record(ctx) for p in command.params if not p.hidden]
    rows = [r for r in records if r is not None]
    if rows:
        lines += ["| argument or option | description |", "|---|---|"]
        lines += [f"| `{_cell(decl)}` | {_cell(text)} |" for decl, text in rows]
        lines.append("")
    if any("--json" in getattr(p, "opts", ()) for p in command.params):
        if name not in JSON_KEYS:
            raise SystemExit(f"{path} has --json: say what it prints in JSON_KEYS ({__file__})")
        lines += [f"`--json` prints {JSON_KEYS[name]}", ""]
    return lines


def render() -> str:
    """docs/cli.md as the code has it now."""
    group = typer.main.get_command(app)
    root = group.make_context("newsdesk", [], resilient_parsing=True)
    commands = list(_walk(group, root))
    out = [INTRO, "Commands:", ""]
    out += [
        f"- [`{ctx.command_path}`](#{ctx.command_path.replace(' ', '-')})"
        for _, ctx in commands[1:]
    ]
    out.append("")
    for command, ctx in commands:
        out += _section(command, ctx)
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    args = read_argv(argv, __doc__)
    if args.exit is not None:
        return args.exit
    text = render()
    if args.check:
        current = DOCS.read_text(encoding="utf-8") if DOCS.exists() else ""
        if current != text:
            print(f"{DOCS} is out of date: run {REFRESH}", file=sys.stderr)
            return 1
        return 0
    DOCS.write_text(text, encoding="utf-8")
    print(f"Wrote {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
