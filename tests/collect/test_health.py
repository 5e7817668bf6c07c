"""A source's health from what the store remembers: failing, stale, quiet or ok."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.collect._health import assess_health, diagnose, span
from newsdesk.config import HealthSettings, parse_config
from newsdesk.model import FetchState, HealthStatus, Outcome, SourceReport, SourceStats

NOW = datetime(2026, 5, 14, 12, 0, tzinfo=UTC)
SETTINGS = HealthSettings()
SOURCES = {
    s.id: s
    for s in parse_config(
        """
sources:
  - {id: wire, kind: feed, url: 'https://wire.example/feed.xml'}
  - {id: route, kind: rsshub, route: /heron/news}
  - {id: asleep, kind: feed, url: 'https://asleep.example/feed.xml', enabled: false}
  - {id: dump, kind: jsonl, path: 'dumps/*.jsonl'}
  - {id: list, kind: html, url: 'https://list.example/', item: 'li', title: 'a'}
""",
        env={},
    ).sources
}


def state(**fields: object) -> FetchState:
    defaults: dict[str, object] = {
        "last_status": "ok",
        "last_success": NOW,
        "last_entries": 20,
        "last_newest": NOW - timedelta(hours=2),
    }
    return FetchState("wire", **(defaults | fields))  # type: ignore[arg-type]


def busy(**fields: object) -> SourceStats:
    """A source known for 30 days that brings 12 items a day."""
    defaults: dict[str, object] = {
        "newest": NOW - timedelta(hours=1),
        "last_new": NOW - timedelta(hours=1),
        "first_new": NOW - timedelta(days=40),
        "last_day": 12,
        "window": 360,
    }
    return SourceStats("wire", **(defaults | fields))  # type: ignore[arg-type]


def test_a_busy_source_that_brought_news_today_is_ok() -> None:
    health = assess_health(SOURCES["wire"], state(), busy(), NOW, SETTINGS)

    assert health.status is HealthStatus.OK
    assert (health.per_day, health.last_day) == (12.0, 12)
    assert health.freshness == timedelta(hours=1)
    assert health.problems == ()


def test_an_expired_cookie_is_failing_and_says_to_renew_it() -> None:
    error = "HTTP 403 Forbidden from https://wire.example/feed.xml; the site refuses newsdesk"
    failing = state(last_status="failed", last_error=error, consecutive_failures=3)

    health = assess_health(SOURCES["wire"], failing, busy(), NOW, SETTINGS)

    assert health.status is HealthStatus.FAILING
    assert health.problems == (f"failed 3× in a row: {error}",)
    assert "cookie or token" in health.advice[0]


def test_a_route_serving_only_old_items_is_stale_with_rsshub_advice() -> None:
    old = state(last_newest=NOW - timedelta(days=400))

    health = assess_health(SOURCES["route"], old, busy(), NOW, SETTINGS)

    assert health.status is HealthStatus.STALE
    assert health.problems == ("serves only old items: the newest of 20 is 13 months old",)
    assert "another instance" in health.advice[0]


def test_a_list_that_stopped_updating_is_stale_against_its_own_rhythm() -> None:
    quiet = busy(last_new=NOW - timedelta(days=9), last_day=0, window=120)

    health = assess_health(SOURCES["wire"], state(), quiet, NOW, SETTINGS)

    assert health.status is HealthStatus.STALE
    assert health.problems == ("nothing new for 9 days (usually one every 6 h)",)


def test_a_busy_source_quiet_for_a_night_is_not_stale_yet() -> None:
    night = busy(last_new=NOW - timedelta(hours=10), last_day=8)

    assert assess_health(SOURCES["wire"], state(), night, NOW, SETTINGS).status is HealthStatus.OK


@pytest.mark.parametrize(("quiet_days", "status"), [(20, HealthStatus.OK),
                                                    (40, HealthStatus.STALE)])  # fmt: skip
def test_a_weekly_source_goes_stale_after_four_of_its_weeks(
    quiet_days: int, status: HealthStatus
) -> None:
    weekly = busy(last_new=NOW - timedelta(days=quiet_days), last_day=0, window=4)

    assert assess_health(SOURCES["wire"], state(), weekly, NOW, SETTINGS).status is status


def test_a_day_far_below_the_baseline_is_low_volume() -> None:
    thin = busy(last_day=2)

    health = assess_health(SOURCES["wire"], state(), thin, NOW, SETTINGS)

    assert health.status is HealthStatus.LOW
    assert health.problems == ("2 items in the last day, against 12 a day",)


def test_a_source_that_answers_with_no_entries_is_stale() -> None:
    empty = state(last_entries=0, last_newest=None)

    health = assess_health(SOURCES["wire"], empty, busy(), NOW, SETTINGS)

    assert health.status is HealthStatus.STALE
    assert health.problems == ("answers with no entries",)


def test_a_not_modified_answer_keeps_what_the_last_full_fetch_saw() -> None:
    unchanged = state(last_status=Outcome.NOT_MODIFIED.value)

    assert assess_health(SOURCES["wire"], unchanged, busy(), NOW, SETTINGS).status is (
        HealthStatus.OK
    )


def test_never_fetched_and_disabled_sources_say_so() -> None:
    assert assess_health(SOURCES["wire"], None, None, NOW, SETTINGS).status is HealthStatus.NEVER
    asleep = assess_health(SOURCES["asleep"], state(), None, NOW, SETTINGS)
    assert asleep.status is HealthStatus.OFF


def test_the_baseline_of_a_new_source_counts_only_the_days_it_was_known() -> None:
    young = busy(first_new=NOW - timedelta(days=3), window=30, last_day=10)

    assert assess_health(SOURCES["wire"], state(), young, NOW, SETTINGS).per_day == 10.0


def test_a_live_check_explains_old_items_and_skipped_entries() -> None:
    report = SourceReport(
        "route",
        Outcome.OK,
        entries=15,
        newest=NOW - timedelta(days=200),
        skipped={"score is not a number": 2},
    )

    found = diagnose(SOURCES["route"], report, None, SETTINGS, now=NOW)

    assert [problem for problem, _ in found] == [
        "only old items: the newest of 15 is 7 months old",
        "2 malformed entries skipped (2× score is not a number)",
    ]
    assert "RSSHub route" in found[0][1]


def test_a_source_whose_entries_are_mostly_malformed_is_not_told_nothing_to_do() -> None:
    """ "nothing to do while most entries are read" was said of a file with 1 good line
    and 3 bad ones: when most are skipped, the advice is to mend them."""
    mostly_bad = SourceReport(
        "dump", Outcome.OK, entries=1, skipped={"line is not valid JSON": 2, "no url": 1}
    )
    mostly_good = SourceReport("dump", Outcome.OK, entries=9, skipped={"no url": 1})

    [(problem, advice)] = diagnose(SOURCES["dump"], mostly_bad, None, SETTINGS, now=NOW)
    [(_, fine)] = diagnose(SOURCES["dump"], mostly_good, None, SETTINGS, now=NOW)

    assert problem == "3 of 4 entries malformed and skipped (2× line is not valid JSON, 1× no url)"
    assert "nothing to do" not in advice and "fix the malformed records in the file" in advice
    assert "name the keys its records use in the source's fields" in advice
    assert fine.startswith("nothing to do while most entries are read")


def test_advice_while_most_entries_are_read_says_plainly_when_to_act() -> None:
    """ "mend the file's lines if all are" left the reader to guess what "all are" meant:
    the advice says what to do, and when."""
    mostly_good = SourceReport("dump", Outcome.OK, entries=9, skipped={"no url": 1})

    [(_, advice)] = diagnose(SOURCES["dump"], mostly_good, None, SETTINGS, now=NOW)

    assert advice == (
        "nothing to do while most entries are read; if none can be read one day, fix the "
        "malformed lines in the file (or the program that writes it)"
    )


def test_one_malformed_entry_is_counted_in_the_singular() -> None:
    one_bad = SourceReport("dump", Outcome.OK, entries=9, skipped={"line is not valid JSON": 1})
    only_bad = SourceReport("dump", Outcome.OK, entries=0, skipped={"no url": 1})

    [(problem, _)] = diagnose(SOURCES["dump"], one_bad, None, SETTINGS, now=NOW)
    found = [p for p, _ in diagnose(SOURCES["dump"], only_bad, None, SETTINGS, now=NOW)]

    assert problem == "1 malformed entry skipped (1× line is not valid JSON)"
    assert "1 of 1 entry malformed and skipped (1× no url)" in found


@pytest.mark.parametrize(
    ("hours", "text"),
    [(0.5, "30 min"), (5, "5 h"), (24 * 9, "9 days"), (24 * 90, "3 months"), (24 * 800, "2 years")],
)
def test_span_reads_at_a_glance(hours: float, text: str) -> None:
    assert span(timedelta(hours=hours)) == text


def test_a_source_refused_for_a_private_address_is_told_the_setting_that_allows_it() -> None:
    error = (
        "refused to fetch http://127.0.0.1:1200/heron/news: 127.0.0.1 is a loopback address "
        "(this machine). newsdesk fetches only public internet addresses; if this source is "
        "meant to reach it (a local RSSHub, an intranet feed), set allow_private_addresses: "
        "true on the source, or fetch.allow_private_addresses: true for all sources"
    )
    report = SourceReport("route", Outcome.FAILED, error=error)

    [(problem, advice)] = diagnose(SOURCES["route"], report, None, SETTINGS, now=NOW)

    assert problem == error
    assert "allow_private_addresses: true" in advice
    assert "-v" not in advice


def test_a_source_waiting_for_a_variable_is_told_to_export_it_not_to_look_at_traffic() -> None:
    error = "ROUTE_KEY is not set: export ROUTE_KEY=..., then fetch again."
    report = SourceReport("route", Outcome.FAILED, error=error)

    [(problem, advice)] = diagnose(SOURCES["route"], report, None, SETTINGS, now=NOW)

    assert problem == error
    assert advice.startswith("export the variable in the shell or service that runs newsdesk")
    assert "-v" not in advice


def test_the_fallback_advice_names_the_failing_source() -> None:
    error = "the server closed the connection mid-answer"
    failing = state(last_status="failed", last_error=error, consecutive_failures=1)

    health = assess_health(SOURCES["wire"], failing, busy(), NOW, SETTINGS)
    [(_, advice)] = diagnose(
        SOURCES["route"], SourceReport("route", Outcome.FAILED, error=error), None, SETTINGS
    )

    assert health.advice == ("run `newsdesk sources check -s wire -v` to see the exchange",)
    assert advice == "run `newsdesk sources check -s route -v` to see the exchange"
    assert "<id>" not in health.advice[0] + advice


def test_a_local_file_source_is_told_about_its_path_and_file_not_a_url_or_a_site() -> None:
    missing = SourceReport("dump", Outcome.FAILED, error="no files match /srv/dumps/*.jsonl")
    empty = SourceReport("dump", Outcome.OK, entries=0)
    broken = SourceReport("dump", Outcome.OK, entries=9, skipped={"line is not valid JSON": 1})
    emptied = state(last_entries=0, last_newest=None)

    [(_, no_file)] = diagnose(SOURCES["dump"], missing, None, SETTINGS, now=NOW)
    [(_, no_entry)] = diagnose(SOURCES["dump"], empty, None, SETTINGS, now=NOW)
    [(_, bad_line)] = diagnose(SOURCES["dump"], broken, None, SETTINGS, now=NOW)
    stored = assess_health(SOURCES["dump"], emptied, busy(), NOW, SETTINGS)
    aged = state(last_newest=NOW - timedelta(days=200))
    old = assess_health(
        SOURCES["dump"], aged, busy(newest=NOW - timedelta(days=200)), NOW, SETTINGS
    )

    assert "`path`" in no_file and "relative to the config file" in no_file
    for advice in (no_entry, bad_line, *stored.advice, *old.advice):
        assert "file" in advice
        assert "url" not in advice and "site" not in advice
    # a feed keeps the advice of a web source
    [(_, feed_empty)] = diagnose(
        SOURCES["wire"], SourceReport("wire", Outcome.OK, entries=0), None, SETTINGS, now=NOW
    )
    assert "url" in feed_empty


def test_advice_names_newsdesk_as_the_user_started_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """After `make demo` the user types `.venv/bin/newsdesk`, which no bare `newsdesk`
    finds: the sources' advice names the command they can run, as every other hint does."""
    monkeypatch.setattr(sys, "argv", [".venv/bin/newsdesk"])
    monkeypatch.setenv("PATH", str(tmp_path))
    error = "the server closed the connection mid-answer"
    failing = state(last_status="failed", last_error=error, consecutive_failures=1)

    failed = assess_health(SOURCES["wire"], failing, busy(), NOW, SETTINGS)
    never = assess_health(SOURCES["wire"], None, busy(), NOW, SETTINGS)

    assert failed.advice == (
        "run `.venv/bin/newsdesk sources check -s wire -v` to see the exchange",
    )
    assert never.advice == ("run `.venv/bin/newsdesk fetch`",)


WAITING = parse_config(
    "sources:\n  - {id: channel, kind: feed, url: 'https://bot.example/${CHANNEL_TOKEN}/feed'}\n",
    env={},
).sources[0]


def test_a_source_waiting_for_a_variable_says_so_before_its_first_fetch() -> None:
    health = assess_health(WAITING, None, None, NOW, SETTINGS)

    assert health.status is HealthStatus.NEVER
    assert health.problems == ("waits for CHANNEL_TOKEN: export CHANNEL_TOKEN=... to fetch it",)
    assert health.advice[0].startswith("export the variable in the shell or service")


def test_a_source_fetched_before_its_variable_went_unset_says_it_waits_now() -> None:
    health = assess_health(WAITING, state(), busy(), NOW, SETTINGS)

    assert health.status is HealthStatus.OK
    assert health.problems == ("waits for CHANNEL_TOKEN: export CHANNEL_TOKEN=... to fetch it",)


def test_a_waiting_source_whose_fetch_failed_keeps_the_fetch_error() -> None:
    error = "CHANNEL_TOKEN is not set: export CHANNEL_TOKEN=..., then fetch again."
    failing = state(last_status="failed", last_error=error, consecutive_failures=1)

    health = assess_health(WAITING, failing, busy(), NOW, SETTINGS)

    assert health.status is HealthStatus.FAILING
    assert health.problems == (f"failed 1× in a row: {error}",)


def test_a_page_that_names_its_feed_is_told_to_take_that_address() -> None:
    error = (
        "https://heron.example/ returned an HTML page, not a feed; the page names its feed at "
        "https://heron.example/rss.xml: make that the source's url"
    )
    report = SourceReport("wire", Outcome.FAILED, error=error)

    [(_, advice)] = diagnose(SOURCES["wire"], report, None, SETTINGS, now=NOW)

    assert advice == "the url gives a page that names its feed: make that address the url"


def test_a_feed_whose_xml_breaks_is_told_so_not_that_it_is_a_page() -> None:
    error = (
        "https://wire.example/feed.xml is not a readable feed: it ends before its XML is "
        "complete (at line 1, column 90): cut off on the way, or sent so"
    )
    report = SourceReport("wire", Outcome.FAILED, error=error)

    [(_, advice)] = diagnose(SOURCES["wire"], report, None, SETTINGS, now=NOW)

    assert advice.startswith("the feed's XML is broken or cut off") and "page" not in advice


@pytest.mark.parametrize(
    ("error", "tip"),
    [
        ("/srv/dumps/a.json has no list of records under 'items'", "its records sit under"),
        ("/srv/dumps/a.json is not valid JSON: Expecting value at line 1", "open it and fix"),
        ("/srv/dumps/x.jsonl is a folder, not a regular file; point the source's path at "
         ".jsonl or .json files", "open it and fix"),
    ],
)  # fmt: skip
def test_a_local_files_problem_is_told_about_the_file_not_a_page_or_an_exchange(
    error: str, tip: str
) -> None:
    report = SourceReport("dump", Outcome.FAILED, error=error)

    [(_, advice)] = diagnose(SOURCES["dump"], report, None, SETTINGS, now=NOW)

    assert tip in advice and "exchange" not in advice and "page" not in advice


def test_a_selector_that_is_not_css_is_told_to_be_fixed_not_to_look_at_the_exchange() -> None:
    error = "the CSS selector 'div[[' is not valid: Expected ident or '*', got <DELIM '[' at 4>"
    report = SourceReport("list", Outcome.FAILED, error=error)

    [(_, advice)] = diagnose(SOURCES["list"], report, None, SETTINGS, now=NOW)

    assert advice.startswith("a selector of the source is not valid CSS: fix it in the config")


def test_a_feed_url_that_gives_json_records_is_pointed_at_json_feed_and_the_jsonl_kind() -> None:
    """A plain JSON list of articles behind a feed's url: the tip says what a feed source
    reads and which kind reads records, not to go and look at the exchange."""
    from newsdesk.collect.kinds.feed import parse_json_feed
    from newsdesk.exceptions import ParseError

    records = '{"articles": [{"link": "https://wire.example/a", "title": "Acme ships a model"}]}'
    with pytest.raises(ParseError) as parsed:
        parse_json_feed(records, "https://wire.example/api.json")
    report = SourceReport("wire", Outcome.FAILED, error=str(parsed.value))

    [(error, advice)] = diagnose(SOURCES["wire"], report, None, SETTINGS, now=NOW)

    assert "is JSON but not a JSON Feed" in error
    assert "RSS, Atom and JSON Feed" in advice and "jsonfeed.org" in advice
    assert "kind jsonl" in advice and "sources check" not in advice


def test_the_tip_for_a_name_that_does_not_resolve_adds_to_the_error_not_repeats_it() -> None:
    """The error already says "check the URL, or the network": the tip says which of the
    two to suspect when, and where a proxy is set."""
    from newsdesk.collect._health import error_tip

    error = (
        "could not connect to wire.example: the host name does not resolve (check the URL, "
        "or the network)"
    )
    tip = error_tip(error, "feed", "wire").text
    assert "typo" in tip and "no source's host resolves" in tip and "fetch.proxy" in tip
    assert "check the url, or the machine's network" not in tip
