"""Is a source failing, stale, or quieter than usual?  Pure: stored facts in, verdict out.

Users of every tool in this field complain most about sources that break silently: an
RSSHub route serving year-old posts with HTTP 200, a cookie that expired, a list that
stopped updating.  Each is told apart here from what the store remembers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from newsdesk._command import command
from newsdesk.config import Config, HealthSettings, SourceConfig, unset_variables
from newsdesk.model import (
    FetchState,
    HealthStatus,
    Outcome,
    Phrase,
    SourceHealth,
    SourceReport,
    SourceStats,
)
from newsdesk.store import Store

_DAY = timedelta(days=1)


def span(delta: timedelta) -> str:
    """``3 h``, ``9 days``, ``1 year``: an age a reader takes in at a glance."""
    hours = delta.total_seconds() / 3600
    if hours < 1:
        return f"{max(0, round(hours * 60))} min"
    if hours < 48:
        return f"{round(hours)} h"
    days = hours / 24
    if days < 60:
        return f"{round(days)} days"
    if days < 730:
        return f"{round(days / 30.4)} months"
    return f"{round(days / 365)} years"


#: What the health of a source says, in English, by key: its problems ("problem.…")
#: and what to try ("tip.…"); :class:`~newsdesk.model.Phrase` carries the key and the
#: values, so that the desk's pages say it in their language.
HEALTH_WORDS: dict[str, str] = {
    "problem.never": "never fetched",
    "problem.waiting": "waits for {names}: export {exports} to fetch it",
    "problem.failing": "failed {count}× in a row: {error}",
    "problem.low": "{last_day} items in the last day, against {per_day} a day",
    "problem.old": "serves only old items: the newest of {entries} is {age} old",
    "problem.empty": "answers with no entries",
    "problem.quiet": "nothing new for {quiet}",
    "problem.quiet_usually": "nothing new for {quiet} (usually one every {usual})",
    "tip.fetch": "run `{command}`",
    "tip.thins": "a list that thins out: check the site, or whether keywords drop too much",
    "tip.stopped": "a list that stopped updating: check the site; if it moved, update the url",
    "tip.no_files": "the path matches no file: check the source's `path` (a glob, relative to "
    "the config file's folder) and that the files are there",
    "tip.private": "the address is on this machine or a private network, which newsdesk does "
    "not fetch unless told to: if the source is meant to reach it, set "
    "allow_private_addresses: true on the source (or fetch.allow_private_addresses)",
    "tip.refused": "the site refuses newsdesk: a cookie or token in the source's headers may "
    "have expired (renew it), or the site blocks this User-Agent (set fetch.user_agent)",
    "tip.route_gone": "the route is gone: check it in the RSSHub docs, or try another instance",
    "tip.moved": "the address has moved: find the site's current feed and update the url",
    "tip.rate_limited": "the site is rate-limiting: fetch it less often (fetch.hosts delay)",
    "tip.server": "the site has a problem at its end; it usually passes, so wait a run or two",
    "tip.dns": "look for a typo in the url's host name; when no source's host resolves, it "
    "is the machine's network or DNS (or a proxy it needs: fetch.proxy, HTTPS_PROXY)",
    "tip.tls": "the secure connection failed: an https url on a server that speaks plain "
    "http, a certificate expired or self-signed, or a proxy that intercepts HTTPS (give its "
    "certificate in SSL_CERT_FILE)",
    "tip.no_answer": "nothing answers at that address: is the server (or your RSSHub) up?",
    "tip.slow": "the site is slow: raise fetch.timeout, or try at another hour",
    "tip.not_a_feed": "the url gives a page, not a feed: look for the site's RSS link",
    "tip.broken_xml": "the feed's XML is broken or cut off: open the url to see it; one cut off "
    "on the way usually passes by the next run, one the site writes badly is the site's to fix",
    "tip.json_not_feed": "the url gives JSON that is not a feed: kind feed reads RSS, Atom and "
    "JSON Feed (a top-level version naming jsonfeed.org, and items); a list of records (an "
    "API's answer, an export) is read by kind jsonl, from its url or a path on this machine",
    "tip.named_feed": "the url gives a page that names its feed: make that address the url",
    "tip.selector": "a selector of the source is not valid CSS: fix it in the config (its "
    "`item`, `title`, `link`, `date` or `summary`) where the error says it breaks",
    "tip.layout": "the page changed its layout: update the source's CSS selectors",
    "tip.exchange": "run `{command}` to see the exchange",
    "tip.unset": "export the variable in the shell or service that runs newsdesk (or give the "
    "key a default: ${{VAR:-default}}); the source is not fetched until it is set",
    "tip.empty_file": "the file is empty, or its records sit under another key: open it and "
    "compare with the source's `records` and `fields`",
    "tip.bad_file": "the file cannot be read as the source says: open it and fix what the "
    "error names (or the program that writes it), and check the source's `path`",
    "tip.empty_list": "the list is empty or its layout changed: open the url and compare with "
    "the config",
    "tip.old_files": "the files hold only old records: is what writes them still running?",
    "tip.old_route": "the RSSHub route answers with old posts (its upstream changed, or a "
    "cache): try the route on another instance (rsshub.instance, or the source's instance) "
    "and check the route's docs",
    "tip.old_feed": "the feed still answers but stopped updating: look for the site's current feed",
}


def _said(key: str, **values: str | int | timedelta) -> Phrase:
    """The sentence of ``key`` with its values, in English and as a key."""
    shown = {k: span(v) if isinstance(v, timedelta) else v for k, v in values.items()}
    kept = tuple(
        (k, round(v.total_seconds()) if isinstance(v, timedelta) else v) for k, v in values.items()
    )
    return Phrase(key, HEALTH_WORDS[key].format(**shown), kept)


#: A web address in an error: the file was fetched from a server, whatever its kind.
_WEB_ADDRESS = re.compile(r"https?://")


def error_tip(error: str, kind: str, source_id: str) -> Phrase:
    """What to try for a fetch error, from the words of its message."""
    if " not set: export " in error:  # a ${VAR} of the source's keys (config.not_set)
        return _said("tip.unset")
    if "no files match" in error:  # a jsonl source's path
        return _said("tip.no_files")
    if "has no list of records" in error:  # a jsonl file, on this machine or a server
        return _said("tip.empty_file")
    if kind == "jsonl" and not _WEB_ADDRESS.search(error):  # a file on this machine
        return _said("tip.bad_file")
    if "allow_private_addresses" in error:  # a loopback or private address, refused
        return _said("tip.private")
    if "HTTP 401" in error or "HTTP 403" in error:
        return _said("tip.refused")
    if "HTTP 404" in error or "HTTP 410" in error:
        return _said("tip.route_gone" if kind == "rsshub" else "tip.moved")
    if "HTTP 429" in error:
        return _said("tip.rate_limited")
    if "HTTP 5" in error:
        return _said("tip.server")
    if "does not resolve" in error:
        return _said("tip.dns")
    if "[SSL" in error or "certificate" in error:  # before "could not connect": it did
        return _said("tip.tls")
    if "connection refused" in error or "could not connect" in error:
        return _said("tip.no_answer")
    if "within" in error and "fetch.timeout" in error:
        return _said("tip.slow")
    if "the page names its feed at" in error:
        return _said("tip.named_feed")
    if "its XML is broken" in error or "before its XML is complete" in error:
        return _said("tip.broken_xml")
    if "is JSON but not a JSON Feed" in error:
        return _said("tip.json_not_feed")
    if "HTML page" in error or "not a readable feed" in error or "not valid JSON" in error:
        return _said("tip.not_a_feed")
    if "the CSS selector" in error and "is not valid" in error:
        return _said("tip.selector")
    if "layout may have changed" in error or "does not look like" in error:
        return _said("tip.layout")
    return _said("tip.exchange", command=f"{command()} sources check -s {source_id} -v")


def error_advice(error: str, kind: str, source_id: str) -> str:
    """What to try for a fetch error, in words (:func:`error_tip`'s English)."""
    return error_tip(error, kind, source_id).text


def no_network(reports: Sequence[SourceReport], local: Set[str]) -> str | None:
    """Why every source failed when the cause is this machine, not the sources: two or
    more failed, each because its host name does not resolve, and none reached over the
    network answered (``local``: the ids of sources read from this machine's files, which
    need none).  None when that is not so, so that a user offline is not told to fix or
    disable every source one by one."""
    failed = [r for r in reports if r.outcome is Outcome.FAILED]
    reached = [r for r in reports if r.outcome is not Outcome.FAILED and r.source_id not in local]
    if len(failed) < 2 or reached or not all("does not resolve" in (r.error or "") for r in failed):
        return None
    return (
        f"none of the {len(failed)} sources could be reached: no host name resolves, so "
        "this machine seems to have no network (or no DNS)"
    )


def read_locally(sources: Iterable[SourceConfig]) -> frozenset[str]:
    """The ids of the sources read from this machine's files (a ``jsonl`` path), which
    a machine without a network still reads."""
    return frozenset(s.id for s in sources if s.kind == "jsonl" and not getattr(s, "url", None))


#: What to do when :func:`no_network` finds the machine offline.
NO_NETWORK_ADVICE = (
    "the sources may well be fine, so change none of them: check the connection, or the "
    "proxy (fetch.proxy, HTTPS_PROXY), and try again"
)


def no_entries_tip(kind: str) -> Phrase:
    return _said("tip.empty_file" if kind == "jsonl" else "tip.empty_list")


def no_entries_advice(kind: str) -> str:
    return no_entries_tip(kind).text


def skipped_advice(kind: str, read: int, skipped: int) -> str:
    """What to do about malformed entries: nothing while most are read, else mend them."""
    if skipped > read:
        if kind == "jsonl":
            return (
                "most entries cannot be read: fix the malformed records in the file (or the "
                "program that writes it), or name the keys its records use in the source's "
                "fields"
            )
        return "most entries cannot be read: tell the site, or look for another feed of it"
    if kind == "jsonl":
        return (
            "nothing to do while most entries are read; if none can be read one day, fix "
            "the malformed lines in the file (or the program that writes it)"
        )
    return "nothing to do while most entries are read; if none can be read one day, tell the site"


def old_items_tip(kind: str) -> Phrase:
    if kind == "jsonl":
        return _said("tip.old_files")
    return _said("tip.old_route" if kind == "rsshub" else "tip.old_feed")


def old_items_advice(kind: str) -> str:
    return old_items_tip(kind).text


def assess_health(
    source: SourceConfig,
    state: FetchState | None,
    stats: SourceStats | None,
    now: datetime,
    settings: HealthSettings,
) -> SourceHealth:
    """The source's verdict and, for each problem, what to try.

    A source waiting for a variable not set says so before any fetch does, and over a
    verdict from before it waited: every fetch fails, naming the variable, until it is set.
    """
    health = _verdict(source, state, stats, now, settings)
    waiting = unset_variables(source) if source.enabled else ()
    if not waiting or health.status is HealthStatus.FAILING:
        return health
    exports = " ".join(f"{name}=..." for name in waiting)
    problem = _said("problem.waiting", names=", ".join(waiting), exports=exports)
    return _with(health, health.status, ((problem, _said("tip.unset")),))


def _verdict(
    source: SourceConfig,
    state: FetchState | None,
    stats: SourceStats | None,
    now: datetime,
    settings: HealthSettings,
) -> SourceHealth:
    """The source's verdict from what the store remembers of it."""
    stats = stats or SourceStats(source.id)
    known = (now - stats.first_new) if stats.first_new else timedelta(0)
    per_day = stats.window / min(float(settings.window_days), max(1.0, known / _DAY))
    health = SourceHealth(
        source_id=source.id,
        status=HealthStatus.OK,
        freshness=now - stats.newest if stats.newest else None,
        per_day=per_day,
        last_day=stats.last_day,
        failures=state.consecutive_failures if state else 0,
    )
    if not source.enabled:
        return replace(health, status=HealthStatus.OFF)
    if state is None or state.last_status is None:
        problem, tip = _said("problem.never"), _said("tip.fetch", command=f"{command()} fetch")
        return _with(health, HealthStatus.NEVER, ((problem, tip),))
    if state.last_status == Outcome.FAILED.value:
        error = state.last_error or "unknown error"
        problem = _said("problem.failing", count=state.consecutive_failures, error=error)
        return _with(
            health, HealthStatus.FAILING, ((problem, error_tip(error, source.kind, source.id)),)
        )
    found = _stale(source, state, stats, now, settings, per_day)
    if found:
        return _with(health, HealthStatus.STALE, found)
    # Volume is judged only against a baseline worth the name: a week, a few a day.
    if per_day >= 4 and known >= 7 * _DAY and stats.last_day < per_day * settings.low_volume:
        problem = _said("problem.low", last_day=stats.last_day, per_day=f"{per_day:.0f}")
        return _with(health, HealthStatus.LOW, ((problem, _said("tip.thins")),))
    return health


def _with(
    health: SourceHealth, status: HealthStatus, found: Sequence[tuple[Phrase, Phrase]]
) -> SourceHealth:
    """``health`` with its verdict, and each problem with what to try."""
    return replace(
        health,
        status=status,
        problems=tuple(problem.text for problem, _ in found),
        advice=tuple(tip.text for _, tip in found),
        said=tuple(found),
    )


def _stale(
    source: SourceConfig,
    state: FetchState,
    stats: SourceStats,
    now: datetime,
    settings: HealthSettings,
    per_day: float,
) -> tuple[tuple[Phrase, Phrase], ...]:
    """Why an answering source brings nothing new, with what to try (empty when it does)."""
    old = timedelta(days=settings.old_days)
    if state.last_entries and state.last_newest and now - state.last_newest > old:
        age = now - state.last_newest
        problem = _said("problem.old", entries=state.last_entries, age=age)
        return ((problem, old_items_tip(source.kind)),)
    if state.last_status == Outcome.OK.value and state.last_entries == 0:
        return ((_said("problem.empty"), no_entries_tip(source.kind)),)
    if stats.last_new is None:
        return ()
    quiet = now - stats.last_new
    usual = timedelta(days=1 / per_day) if stats.window >= 2 else None
    limit = max(timedelta(hours=settings.stale_min_hours), settings.stale_factor * (usual or _DAY))
    if quiet <= limit:
        return ()
    problem = (
        _said("problem.quiet_usually", quiet=quiet, usual=usual)
        if usual
        else _said("problem.quiet", quiet=quiet)
    )
    return ((problem, _said("tip.stopped")),)


def assess_sources(
    sources: Sequence[SourceConfig],
    states: dict[str, FetchState],
    stats: dict[str, SourceStats],
    now: datetime,
    settings: HealthSettings,
) -> list[SourceHealth]:
    """Each source's health, in the order given."""
    return [assess_health(s, states.get(s.id), stats.get(s.id), now, settings) for s in sources]


def read_health(
    config: Config,
    store: Store,
    now: datetime,
    sources: Sequence[SourceConfig] | None = None,
) -> list[SourceHealth]:
    """The health of the configured sources (or of ``sources``) from what the store holds."""
    chosen = list(config.sources if sources is None else sources)
    stats = store.source_stats(now, config.health.window_days)
    return assess_sources(chosen, store.fetch_states(), stats, now, config.health)


def diagnose(
    source: SourceConfig,
    report: SourceReport,
    stored: SourceHealth | None,
    settings: HealthSettings,
    now: datetime | None = None,
) -> list[tuple[str, str]]:
    """What a live check and the stored health say is wrong, each with what to try."""
    now = now or datetime.now(UTC)
    found: list[tuple[str, str]] = []
    if report.outcome is Outcome.FAILED:
        error = report.error or "unknown error"
        found.append((error, error_advice(error, source.kind, source.id)))
    elif report.entries == 0:
        found.append(("it answers with no entries", no_entries_advice(source.kind)))
    elif report.newest and now - report.newest > timedelta(days=settings.old_days):
        age = span(now - report.newest)
        found.append(
            (
                f"only old items: the newest of {report.entries} is {age} old",
                old_items_advice(source.kind),
            )
        )
    if report.skipped:
        total = sum(report.skipped.values())
        # "2× record has no url": a reason is a sentence, so its count stands apart
        reasons = ", ".join(f"{n}× {why}" for why, n in report.skipped.items())
        counted = total + report.entries
        what = (
            f"{total} of {counted} {'entry' if counted == 1 else 'entries'} malformed and skipped"
            if total > report.entries
            else f"{total} malformed {'entry' if total == 1 else 'entries'} skipped"
        )
        found.append((f"{what} ({reasons})", skipped_advice(source.kind, report.entries, total)))
    if stored is not None and stored.status in (HealthStatus.STALE, HealthStatus.LOW):
        seen = {problem for problem, _ in found}
        found += [
            (f"in the store: {p}", a)
            for p, a in zip(stored.problems, stored.advice, strict=True)
            if p not in seen and not (report.outcome is Outcome.OK and p.startswith("serves"))
        ]
    return found
