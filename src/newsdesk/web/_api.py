"""The JSON API, version 1: each endpoint one call of the core, its answer as the
models of ``_schemas`` describe it.  Errors are ``{"error": "...", "error_said": "..."}``
(see ``_app``)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse

from newsdesk._jsonout import stories_rows, to_json
from newsdesk.core import Newsdesk
from newsdesk.exceptions import ConfigError, NewsdeskError, NotFoundError, SourceTakenError
from newsdesk.model import Phrase, RunRecord, run_error_phrase, work_error_phrase
from newsdesk.web._auth import Identity, editor, newsroom, reader
from newsdesk.web._schemas import (
    ChannelOut,
    DiffOut,
    DigestOut,
    EditionOut,
    EntryEditOut,
    EntryIn,
    ErrorOut,
    MoveIn,
    ProblemsOut,
    PublicationOut,
    PublishIn,
    RestoreOut,
    RunIn,
    RunOut,
    RunStartedOut,
    SearchResultOut,
    SourceAddedOut,
    SourceEnabledIn,
    SourceIn,
    SourceOut,
    SourceReportOut,
    StoredEditionOut,
    StoriesOut,
    StoryIn,
    StoryOut,
    channel_out,
    digest_out,
    edition_out,
    entry_edit_out,
    restore_out,
    source_out,
)
from newsdesk.web._strings import API_WORDS, page_language, phrased, strings

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": what}
    for code, what in [
        (400, "a request that cannot be done as asked"),
        (
            401,
            "no valid session or API token (once the desk has accounts); on a public desk, "
            "the newsroom's reads (editions, diffs, channels, runs) still need one",
        ),
        (403, "a browser's write without the page's CSRF token, or from another site"),
        (404, "no such digest, day, story, source or run"),
        (409, "the action does not fit the edition as it stands, or a run is going"),
        (422, "a parameter or body of the wrong shape"),
        (503, "the store is not reachable, or its schema is not current"),
    ]
}

router = APIRouter(responses=_ERRORS)
#: The API's words: the English table, with a command to run said as the call to make.
_API_TABLE = {**strings("en"), **API_WORDS}
log = logging.getLogger("newsdesk")


def _desk(request: Request) -> Newsdesk:
    desk: Newsdesk = request.app.state.desk
    return desk


def _reading(
    desk: Annotated[Newsdesk, Depends(_desk)], who: Annotated[Identity, Depends(reader)]
) -> Newsdesk:
    """The desk, for a caller who may read it (see ``_auth.reader``)."""
    return desk


def _newsroom(
    desk: Annotated[Newsdesk, Depends(_desk)], who: Annotated[Identity, Depends(newsroom)]
) -> Newsdesk:
    """The desk, for a caller who may see the newsroom (see ``_auth.newsroom``)."""
    return desk


Desk = Annotated[Newsdesk, Depends(_desk)]
#: The desk, once the caller may read it: the archive.
Reader = Annotated[Newsdesk, Depends(_reading)]
#: The desk, once the caller may see the newsroom: drafts, diffs, channels, runs.
Newsroom = Annotated[Newsdesk, Depends(_newsroom)]
#: The editor a write is recorded as; 401 (or 403) for a caller who may not write.
Editor = Annotated[str, Depends(editor)]


def error_words(desk: Newsdesk, error: str) -> str:
    """The core's English as the API says it (``error``): a refusal worded for the CLI
    (its ``--to``, a command to run) in the API's terms (:data:`API_WORDS` over the
    English desk's table); any other text as it is.  The core words each refusal once,
    for the CLI; the pages' tables word it for the pages."""
    return phrased((work_error_phrase(error),), _API_TABLE, ZoneInfo(desk.config.timezone))


def error_said(desk: Newsdesk, error: str | None) -> str | None:
    """An error of the work (a fetch, a channel) or a refusal in the desk's language, for
    the page to show as it is: the page cannot read the English back into its kind."""
    if not error:
        return None
    table = strings(page_language(desk.config))
    return phrased((work_error_phrase(error),), table, ZoneInfo(desk.config.timezone))


def _run_out(desk: Newsdesk, record: RunRecord) -> dict[str, Any]:
    """A run as ``RunOut`` has it: why it stopped in English, and in the desk's words."""
    said = None
    if record.error:
        table = strings(page_language(desk.config))
        said = phrased((run_error_phrase(record.error),), table, ZoneInfo(desk.config.timezone))
    return {**to_json(record), "error_said": said}


def _digest(desk: Desk, name: str) -> str:
    if name not in {d.name for d in desk.config.digests}:
        known = ", ".join(d.name for d in desk.config.digests) or "none configured"
        raise NotFoundError(f"No digest {name!r} (digests: {known}).")
    return name


DigestName = Annotated[str, Depends(_digest)]
Day = Annotated[dt.date, Path(description="the day, in the digest's time zone (YYYY-MM-DD)")]
EDITION = "/digests/{name}/editions/{date}"

# -- digests and editions ----------------------------------------------------------------


@router.get("/digests", response_model=list[DigestOut], tags=["digests"])
def digests(desk: Reader) -> list[dict[str, Any]]:
    """The configured digests, each with the newest revision of its latest day."""
    return [digest_out(state) for state in desk.configured_digests()]


@router.get("/digests/{name}/editions", response_model=list[StoredEditionOut], tags=["digests"])
def editions(
    desk: Reader,
    name: DigestName,
    limit: Annotated[int, Query(ge=1, le=1000)] = 60,
    empty: Annotated[bool, Query(description="list the days whose run found no story too")] = False,
) -> Any:
    """A digest's days, newest first: each day's newest revision and where it stands.
    A day whose run found no story is left out unless asked for (``empty=true``)."""
    return to_json(desk.editions(name, limit, empty=empty))


@router.get(EDITION, response_model=EditionOut, tags=["editions"])
def edition(desk: Newsroom, name: DigestName, date: Day) -> dict[str, Any]:
    """A digest's day for its review desk: the newest revision's stories with their
    text, the candidates left out and why, every candidate's score, signals and reports,
    the verifier's report, the editor's actions and the channels' records."""
    return edition_out(desk.edition_detail(name, date))


@router.post(f"{EDITION}/approve", response_model=EditionOut, tags=["editions"])
def approve(desk: Desk, user: Editor, name: DigestName, date: Day) -> dict[str, Any]:
    """Approve the day's newest revision, so it may be published when the digest's
    review is required (approving twice is harmless)."""
    with desk.acting_as(user):
        desk.approve(name, date)
    return edition_out(desk.edition_detail(name, date))


@router.post(f"{EDITION}/pin", response_model=EditionOut, tags=["editions"])
def pin(desk: Desk, user: Editor, name: DigestName, date: Day, body: StoryIn) -> dict[str, Any]:
    """Keep a story in the lead, on this and every later run; the day is written
    again as its next revision, a draft."""
    with desk.acting_as(user):
        desk.pin(body.story, name, date)
    return edition_out(desk.edition_detail(name, date))


@router.post(f"{EDITION}/drop", response_model=EditionOut, tags=["editions"])
def drop(desk: Desk, user: Editor, name: DigestName, date: Day, body: StoryIn) -> dict[str, Any]:
    """Keep a story out of the day, on this and every later run."""
    with desk.acting_as(user):
        desk.drop(body.story, name, date)
    return edition_out(desk.edition_detail(name, date))


@router.post(f"{EDITION}/demote", response_model=EditionOut, tags=["editions"])
def demote(desk: Desk, user: Editor, name: DigestName, date: Day, body: StoryIn) -> dict[str, Any]:
    """Take a story out of the lead and put it at the top of "more news", on every
    later run too (a pin or a move puts it back)."""
    with desk.acting_as(user):
        desk.demote(body.story, name, date)
    return edition_out(desk.edition_detail(name, date))


@router.post(f"{EDITION}/move", response_model=EditionOut, tags=["editions"])
def move(desk: Desk, user: Editor, name: DigestName, date: Day, body: MoveIn) -> dict[str, Any]:
    """Put a story at a place of the lead (1 = first), on every later run too."""
    with desk.acting_as(user):
        desk.move(body.story, body.to, name, date)
    return edition_out(desk.edition_detail(name, date))


@router.post(f"{EDITION}/restore", response_model=RestoreOut, tags=["editions"])
def restore(desk: Desk, user: Editor, name: DigestName, date: Day, body: StoryIn) -> dict[str, Any]:
    """Undo the editor's actions on a story (its pin, drop, move or demotion, and its
    text in the editor's words): selection places it and the writer tells it as they
    would with no editor, on every later run too; the day is written again as its next
    revision.  A story with no action to undo changes nothing (``restored`` false, with
    ``why_not``)."""
    with desk.acting_as(user):
        restored = desk.restore(body.story, name, date)
    return restore_out(restored, desk.edition_detail(name, date))


@router.put(f"{EDITION}/entries/{{story}}", response_model=EntryEditOut, tags=["editions"])
def edit_entry(
    desk: Desk, user: Editor, name: DigestName, date: Day, story: str, body: EntryIn
) -> dict[str, Any]:
    """Tell a story in the editor's words.  The text is checked against the story's
    sources first: with a claim they do not support nothing is saved (``saved`` false,
    each claim with its part and sentence) unless ``keep_unsupported``."""
    with desk.acting_as(user):
        edit = desk.edit_entry_text(
            story, body.parts(), digest=name, day=date, keep_unsupported=body.keep_unsupported
        )
    return entry_edit_out(edit, desk.edition_detail(name, date))


@router.post(
    f"{EDITION}/entries/{{story}}/regenerate",
    response_model=EntryEditOut,
    responses={502: {"model": ErrorOut, "description": "the LLM gave no usable entry"}},
    tags=["editions"],
)
def regenerate_entry(
    desk: Desk, user: Editor, name: DigestName, date: Day, story: str
) -> dict[str, Any]:
    """Have the LLM write one entry again, asked afresh.  Kept when its sources support
    every claim; otherwise nothing is saved and the answer carries the new text with its
    unsupported claims, to fix and save with ``PUT .../entries/{story}``.  409 when no
    LLM is configured."""
    with desk.acting_as(user):
        edit = desk.regenerate_entry(story, digest=name, day=date)
    return entry_edit_out(edit, desk.edition_detail(name, date))


@router.get(f"{EDITION}/diff", response_model=DiffOut, tags=["editions"])
def diff(
    desk: Newsroom,
    name: DigestName,
    date: Day,
    old: Annotated[int | None, Query(alias="from", ge=1)] = None,
    new: Annotated[int | None, Query(alias="to", ge=1)] = None,
) -> Any:
    """What changed between two written revisions (default: the newest and the one
    before it)."""
    return to_json(desk.diff(name, date, old=old, new=new))


@router.post(
    f"{EDITION}/publish",
    response_model=list[PublicationOut],
    dependencies=[Depends(editor)],
    tags=["editions"],
)
def publish(
    desk: Desk,
    name: DigestName,
    date: Day,
    body: Annotated[PublishIn | None, Body()] = None,
) -> Any:
    """Publish the day on its channels (or ``channels``), each message once unless
    ``force``; each channel's result, a failed one with its reason (``error`` in
    English in the API's terms, ``error_said`` in the desk's language)."""
    chosen = body or PublishIn()
    results = desk.publish(date, name, chosen.channels, force=chosen.force)
    try:
        desk.site_after(results)
    except NewsdeskError as err:
        log.warning("The site was not rebuilt after publishing: %s", err)
    return [
        {
            **to_json(result),
            "error": result.error and error_words(desk, result.error),
            "error_said": error_said(desk, result.error),
        }
        for result in results
    ]


@router.get(f"{EDITION}/channels", response_model=list[ChannelOut], tags=["editions"])
def channels(desk: Newsroom, name: DigestName, date: Day) -> list[dict[str, Any]]:
    """Each channel: what a publish would post now, part by part with whether it went
    out, and every message it posted of the day with its revision."""
    found = [channel_out(view) for view in desk.channels(name, date)]
    for channel in found:
        if (publication := channel["publication"]) and publication["error"]:
            publication["error_said"] = error_said(desk, publication["error"])
            publication["error"] = error_words(desk, publication["error"])
    return found


# -- stories and the archive ---------------------------------------------------------------


@router.get("/stories", response_model=StoriesOut, tags=["stories"])
def stories(
    desk: Reader,
    date: dt.date | None = None,
    digest: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> dict[str, Any]:
    """A day's stories (default: today's), ranked overall or as ``digest`` ranks them
    (with its edition's sections)."""
    if digest is not None:
        _digest(desk, digest)
    found = desk.stories(date, digest)
    return {
        "date": found.day.isoformat(),
        "digest": digest,
        "newest": to_json(found.newest),
        "stories": stories_rows(found.ranked[:limit], found.sections),
    }


@router.get("/stories/{story}", response_model=StoryOut, tags=["stories"])
def story(desk: Reader, story: str) -> Any:
    """One story with every item it holds."""
    return to_json(desk.story(story))


@router.get("/search", response_model=SearchResultOut, tags=["stories"])
def search(
    desk: Reader,
    q: Annotated[str, Query(max_length=200, description="words to find, each of them")],
    days: Annotated[int | None, Query(ge=1, description="stories of the last days only")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> Any:
    """The archive's stories whose title, or one of whose items' title and summary,
    holds every word of ``q`` (any case, Chinese or Latin script), newest first, each
    with the items that matched."""
    return to_json(desk.search(q, days=days, limit=limit))


# -- sources -------------------------------------------------------------------------------


@router.get("/sources", response_model=list[SourceOut], tags=["sources"])
def sources(desk: Reader, days: Annotated[int, Query(ge=1, le=365)] = 30) -> list[dict[str, Any]]:
    """Every configured source: its last fetch, its health and failures, and the items it
    brought each of the last ``days`` days."""
    return [source_out(status) for status in desk.sources(days=days)]


@router.post(
    "/sources/{source}/test",
    response_model=SourceReportOut,
    dependencies=[Depends(editor)],
    tags=["sources"],
)
def test_source(desk: Desk, source: str) -> Any:
    """Fetch one source once and say what it gave; nothing is stored.  A failure's
    ``error`` is in English, ``error_said`` in the desk's language."""
    report = desk.check_source(source)
    return {**to_json(report), "error_said": error_said(desk, report.error)}


_REFUSED: dict[int | str, dict[str, Any]] = {
    400: {"model": ProblemsOut, "description": "the config refused it; the file is unchanged"}
}
_TAKEN: dict[int | str, dict[str, Any]] = {
    409: {"model": ProblemsOut, "description": "the id is a source's already; nothing is added"}
}


@router.post(
    "/sources",
    status_code=201,
    response_model=SourceAddedOut,
    responses=_REFUSED | _TAKEN,
    tags=["sources"],
)
def add_source(desk: Desk, user: Editor, body: SourceIn) -> Any:
    """Add a source to the config file, at the end of its sources, its comments and
    layout kept.  It is checked as the file is: a source the config would refuse (a bad
    URL, an unknown kind or key, a value naming an environment variable) is answered 400
    with each problem in the config's words; an id already taken, 409 naming the source
    that has it.  A feed given no ``name`` is named by its feed's own title, read once
    (none when it cannot be read).  ``notes`` say what its fetches will meet until it is changed, as
    ``newsdesk sources add`` does; ``notes_said`` the same in the desk's language."""
    try:
        status = desk.add_source(body.model_dump(exclude_none=True), titled=True)
    except ConfigError as err:
        return JSONResponse(
            {
                "error": error_words(desk, str(err)),
                "error_said": error_said(desk, str(err)),
                "problems": err.problems,
            },
            status_code=409 if isinstance(err, SourceTakenError) else 400,
        )
    log.info("%s added the source %s to %s", user, status.source.id, desk.config.path)
    notes = added_notes(desk, status.source.id)
    table = strings(page_language(desk.config))
    zone = ZoneInfo(desk.config.timezone)
    return source_out(status) | {
        "notes": [note.text for note in notes],
        "notes_said": [phrased((note,), table, zone) for note in notes],
    }


def added_notes(desk: Newsdesk, source_id: str) -> list[Phrase]:
    """What the fetches of a source just added will meet until it is changed: an address
    no fetch takes, a path that matches no file yet."""
    notes = []
    file = desk.config.path.name if desk.config.path else "the config file"
    if where := desk.refused_address(source_id):
        host = where.partition(" is ")[0]  # the words start with the host (refused_address)
        notes.append(
            Phrase(
                "note.private",
                f"{where}, which newsdesk does not fetch unless told to: its fetches fail "
                "until the source allows private addresses (allow_private_addresses: true "
                f"under it in {file})",
                (("host", host), ("file", file)),
            )
        )
    if (missing := desk.missing_files(source_id)) is not None:
        notes.append(
            Phrase(
                "note.no_file",
                f"no file matches {missing} yet: its fetches fail until a file is there",
                (("pattern", str(missing)),),
            )
        )
    return notes


@router.patch("/sources/{source}", response_model=SourceOut, responses=_REFUSED, tags=["sources"])
def set_source_enabled(desk: Desk, user: Editor, source: str, body: SourceEnabledIn) -> Any:
    """Disable a source (``{"enabled": false}`` writes ``enabled: false`` into it in the
    config file; runs skip it) or enable it again."""
    if source not in {s.id for s in desk.config.sources}:
        raise NotFoundError(f"No source {source!r} in the config.")
    try:
        status = desk.set_source_enabled(source, body.enabled)
    except ConfigError as err:
        return JSONResponse(
            {
                "error": error_words(desk, str(err)),
                "error_said": error_said(desk, str(err)),
                "problems": err.problems,
            },
            status_code=400,
        )
    what = "enabled" if body.enabled else "disabled"
    log.info("%s %s the source %s in %s", user, what, source, desk.config.path)
    return source_out(status)


# -- runs ----------------------------------------------------------------------------------


@router.get("/runs", response_model=list[RunOut], tags=["runs"])
def runs(
    desk: Newsroom,
    date: dt.date | None = None,
    digest: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    before: Annotated[int | None, Query(description="a run id: the runs before it")] = None,
) -> Any:
    """The run history, newest first (of runs writing ``date``, and ``digest``): each
    run's stages with their times and counts."""
    return [
        _run_out(desk, r) for r in desk.runs(day=date, digest=digest, limit=limit, before=before)
    ]


@router.get("/runs/current", response_model=RunOut, tags=["runs"])
def current_run(desk: Newsroom, digest: str | None = None, date: dt.date | None = None) -> Any:
    """The newest run writing a digest's (default: the first) day (default: today), as
    far as it has got: its plan and the stages done so far, read from the store."""
    if digest is not None:
        _digest(desk, digest)
    return _run_out(desk, desk.day_run(digest, date))


@router.get("/runs/{run_id}", response_model=RunOut, tags=["runs"])
def run(desk: Newsroom, run_id: int) -> Any:
    """One run, with the stages it has finished so far."""
    return _run_out(desk, desk.run_record(run_id))


@router.post(
    "/digests/{name}/runs",
    status_code=202,
    response_model=RunStartedOut,
    dependencies=[Depends(editor)],
    tags=["runs"],
)
def start_run(
    desk: Desk,
    name: DigestName,
    response: Response,
    body: Annotated[RunIn | None, Body()] = None,
) -> Any:
    """Start a run of the digest's day (today, or a past ``date``) in the background and
    answer at once with its id; its progress is ``GET /api/v1/runs/{run_id}``.  409 while
    a run this server started is going."""
    chosen = body or RunIn()
    started = desk.start_run(digest=name, day=chosen.date, publish=chosen.publish, command="serve")
    response.headers["Location"] = f"/api/v1/runs/{started.run_id}"
    return to_json(started)
