"""Robustness: hostile input replayed through the real code, and what became of each.

Usage: python bench/robustness.py [-v]   (-v: every input with its column and what was said)

Every input ends in one of five columns:

- clean: handled with nothing lost (a bad entry skipped and counted, the rest stored;
  output that holds the text inertly; each message posted once);
- clear message: refused or failed with a message in words, the run going on;
- crashed: an exception escaped to the caller (what a user sees as a traceback);
- lost: something that should have been kept is not (an entry read but neither stored
  nor counted as skipped, a source that no longer fetches after one bad answer);
- duplicated: a message posted twice.

Groups (all on 127.0.0.1 and a temporary SQLite store, nothing from the internet):

1. hostile entries: every feed, JSON Feed, JSONL and Hacker News file of
   ``tests/fixtures/hostile/`` fetched as a source;
2. hostile endpoints: addresses a source must not reach (loopback in decimal, hex and
   IPv6 forms, the unspecified address, the cloud metadata address; redirects to such
   addresses are in ``tests/collect/test_guard.py``, which can play a second machine), and
   answers meant to hurt (a redirect to ``file:``, a ``gzip, gzip`` bomb, a body over the
   size cap, a slow body, a redirect loop, an HTML page, an ETag of 64 KB and one not in
   ASCII, each fetched twice);
3. hostile text in output: template and Markdown syntax in every text of a digest,
   rendered in each Markdown style;
4. publishing: two publishers at once, a service that takes a message and answers 500,
   replies that cannot be read, each followed by a second run.

Target: 0 crashed, 0 lost, 0 duplicated.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import re
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from newsdesk import pipeline
from newsdesk.config import Config, parse_config
from newsdesk.demo._server import LocalServer, Reply, Request
from newsdesk.model import Digest, DigestEntry, MoreLine, Outcome, Section, SourceLink
from newsdesk.publish import Edition, publish_edition
from newsdesk.publish.webhooks import WebhookChannel, WebhookPublisher
from newsdesk.render import render_markdown
from newsdesk.store import SqlStore, open_store

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
FAST = "fetch: {retries: 0, backoff: 0.01, per_host_delay: 0, timeout: 2, max_bytes: 1000000"
COLUMNS = ("clean", "clear message", "crashed", "lost", "duplicated")
#: Opening or closing delimiters of Hugo, Liquid and Nunjucks templates.
DELIMITER = re.compile(r"\{[{%#]|[%#}]\}")


@dataclass
class Tally:
    """One group's row: how many inputs ended in each column, and an example of each."""

    group: str
    counts: Counter[str]
    examples: dict[str, str]
    rows: list[str]

    def add(self, name: str, column: str, note: str = "") -> None:
        self.counts[column] += 1
        self.examples.setdefault(column, f"{name}: {note}"[:140])
        self.rows.append(f"  {column:<13} {name}: {note}"[:160])


def _store(folder: Path) -> SqlStore:
    return open_store(f"sqlite:///{folder / 'robust.db'}")


def _config(source: str, folder: Path, *, allow: bool = True) -> Config:
    flag = ", allow_private_addresses: true}" if allow else "}"
    return parse_config(f"{FAST}{flag}\nsources:\n  - {source}\n", base_dir=folder, env={})


def _fetch(config: Config, store: SqlStore) -> tuple[str, str]:
    """(column, note) of one fetch of the single configured source."""
    try:
        [report] = asyncio.run(pipeline.afetch(config, store)).sources
    except Exception as err:  # what the user would see as a traceback
        return "crashed", "".join(traceback.format_exception_only(err)).strip()
    if report.outcome is Outcome.FAILED:
        return ("clear message" if report.error else "crashed"), report.error or "no reason"
    c = report.counts
    kept = c.new + c.updated + c.unchanged + c.rejected + report.skipped_count
    if kept < report.entries:
        missing = report.entries - kept
        return "lost", f"{missing} of {report.entries} entries neither stored nor counted"
    return "clean", f"{c.new} stored, skipped {dict(report.skipped)}"


# 1. hostile entries -------------------------------------------------------------------


def _entry_source(path: Path, server: LocalServer, folder: Path) -> str | None:
    body = path.read_bytes()
    if path.suffix == ".jsonl":
        (folder / path.name).write_bytes(body)
        return f"{{id: hostile, kind: jsonl, path: {path.name}, fields: {{metrics: [views]}}"
    if path.name.startswith("hackernews"):
        doc = json.loads(body)
        server.routes["/v0/topstories.json"] = Reply(200, json.dumps(doc["topstories"]).encode())
        for key, item in doc["items"].items():
            server.routes[f"/v0/item/{key}.json"] = Reply(200, json.dumps(item).encode())
        return f"{{id: hostile, kind: hackernews, api: '{server.url('/v0')}', min_points: 1"
    if path.suffix in (".xml", ".json"):
        server.routes["/feed"] = Reply(200, body, {"Content-Type": "application/xml"})
        return f"{{id: hostile, kind: feed, url: '{server.url('/feed')}'"
    return None  # the config reproduction is a loader test, not a source


def hostile_entries(tally: Tally) -> None:
    for path in sorted(HOSTILE.iterdir()):
        with tempfile.TemporaryDirectory() as tmp, LocalServer() as server:
            folder = Path(tmp)
            source = _entry_source(path, server, folder)
            if source is None:
                continue
            store = _store(folder)
            try:
                tally.add(path.name, *_fetch(_config(source + "}", folder), store))
            finally:
                store.close()


# 2. hostile endpoints -----------------------------------------------------------------


def _slow(request: Request, handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/xml")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
        for _ in range(30):
            handler.wfile.write(b"<rss>")
            handler.wfile.flush()
            time.sleep(0.2)


FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    b"<item><title>Quill ships a model</title><link>https://quill.example.org/a</link></item>"
    b"</channel></rss>"
)


def _endpoints(server: LocalServer) -> Iterator[tuple[str, str, bool, int]]:
    """(name, source URL, allow private addresses, fetches) of each hostile endpoint."""
    port = server.base_url.rsplit(":", 1)[1]
    refused = {
        "loopback as a decimal": f"http://2130706433:{port}/feed",
        "loopback in hex": f"http://0x7f000001:{port}/feed",
        "IPv6 loopback": f"http://[::1]:{port}/feed",
        "IPv4-mapped loopback": f"http://[::ffff:127.0.0.1]:{port}/feed",
        "unspecified address": f"http://0.0.0.0:{port}/feed",
        "cloud metadata": "http://169.254.169.254/latest/meta-data/",
    }
    for name, url in refused.items():
        yield name, url, False, 1
    bomb = gzip.compress(gzip.compress(b"<rss>" + b" " * 60_000_000))
    routes = {
        "/redirect-file": Reply(302, b"", {"Location": "file:///etc/passwd"}),
        "/gzip-gzip": Reply(200, bomb, {"Content-Encoding": "gzip, gzip"}),
        "/too-large": Reply(200, b"<rss>" + b" " * 2_000_000, {"Content-Type": "text/xml"}),
        "/loop": Reply(302, b"", {"Location": "/loop"}),
        "/html": Reply(200, b"<html><body>Sign in</body></html>", {"Content-Type": "text/html"}),
        "/etag-64k": Reply(200, FEED, {"ETag": '"' + "e" * 65_000 + '"'}),
        "/etag-latin1": Reply(200, FEED, {"ETag": '"caf\xe9"'}),
    }
    server.routes.update(routes)
    server.routes["/slow"] = _slow
    for path in ("/redirect-file", "/gzip-gzip", "/too-large", "/loop", "/html", "/slow"):
        yield path.strip("/"), server.url(path), True, 1
    yield "ETag of 64 KB, fetched twice", server.url("/etag-64k"), True, 2
    yield "ETag not in ASCII, fetched twice", server.url("/etag-latin1"), True, 2


def hostile_endpoints(tally: Tally) -> None:
    with LocalServer() as server:
        for name, url, allow, fetches in _endpoints(server):
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                config = _config(f"{{id: hostile, kind: feed, url: '{url}'}}", folder, allow=allow)
                store = _store(folder)
                try:
                    results = [_fetch(config, store) for _ in range(fetches)]
                finally:
                    store.close()
                if fetches > 1 and results[0][0] == "clean" and results[-1][0] != "clean":
                    tally.add(name, "lost", f"a later fetch fails: {results[-1][1]}")
                else:
                    tally.add(name, *results[-1])


# 3. hostile text in output ------------------------------------------------------------

TITLES = [
    '{{% param "baseURL" %}}',
    "{{% nonexistent %}}",
    "{{< gist someone 1234 >}}<script>alert(1)</script>",
    "{% include secrets.html %}",
    "{{ site.Params.token }}",
    "A title with ` and ~~ strike",
    "**bold** _and_ [a link](javascript:alert(1))",
    "{# a comment #} and \\{{ escaped }}",
]


def _entry(n: int, text: str) -> DigestEntry:
    url = f"https://news{n}.example.org/a/{n}"
    return DigestEntry(
        story_id=f"s{n}", headline=text, url=url, summary=text, insights=(text,), impact=text,
        category="models", sources=(SourceLink(text, url, "Wire", "en"),), written_by="offline",
    )  # fmt: skip


def _digest(text: str, entries: int = 1, day: date = date(2026, 5, 14)) -> Digest:
    lead = tuple(
        _entry(n, text if entries == 1 else f"Story {n} of the day") for n in range(1, entries + 1)
    )
    return Digest(
        name="daily", day=day, language="en", title=text, bullets=(text,),
        sections=(Section(text, lead),),
        more=(MoreLine("s9", text, "https://news9.example.org/a/9", "offline", "models", text),),
        tags=(text,), seo=(text,),
    )  # fmt: skip


def hostile_output(tally: Tally) -> None:
    config = Config.model_validate({"digests": [{"name": "daily", "title": "Daily"}]})
    for text in TITLES:
        for style in ("ribao", "insight", "brief"):
            name = f"{text[:24]!r} in {style}"
            try:
                markdown = render_markdown(_digest(text), style, config, config.digests[0]).markdown
            except Exception as err:
                tally.add(name, "crashed", repr(err))
                continue
            body = markdown.split("---", 2)[-1]
            live = DELIMITER.search(body) or "<script" in body
            tally.add(name, "lost" if live else "clean", "a delimiter survived" if live else "")


# 4. publishing ------------------------------------------------------------------------


class _Hook:
    """A Discord-style webhook that records posts; ``answers`` script the first replies."""

    def __init__(self, *answers: Reply, delay: float = 0.0) -> None:
        self.answers = list(answers)
        self.delay = delay
        self.posts: list[str] = []
        self.lock = threading.Lock()
        self.server = LocalServer({"/hook": self._answer})

    def _answer(self, request: Request, handler: BaseHTTPRequestHandler) -> Reply:
        time.sleep(self.delay)
        with self.lock:
            self.posts.append(json.loads(request.body)["content"])
            n = len(self.posts)
            if self.answers:
                return self.answers.pop(0)
        return Reply(200, json.dumps({"id": str(n)}).encode(), {"Content-Type": "application/json"})

    def copies(self, digest: Digest) -> Counter[str]:
        """How many posts carried each lead headline."""
        heads = [e.headline for e in digest.entries]
        return Counter(h for post in self.posts for h in heads if h in post)


def _edition(digest: Digest) -> Edition:
    return Edition(digest=digest, markdown={}, html="", cover=None, page_url="", label="Daily")


def _publish(store: SqlStore, hook: _Hook, digest: Digest, force: bool = False) -> list[str]:
    channel = WebhookPublisher(
        WebhookChannel(id="team", kind="discord", url=hook.server.url("/hook"))
    )
    now = datetime.now(UTC)
    return [p.status for p in publish_edition(store, [channel], _edition(digest), now, force=force)]


def _publishing_cases() -> Iterator[tuple[str, Callable[[SqlStore, _Hook, Digest], None], _Hook]]:
    def twice_at_once(store: SqlStore, hook: _Hook, digest: Digest) -> None:
        other = open_store(store.engine.url.render_as_string(hide_password=False))
        threads = [
            threading.Thread(target=_publish, args=(s, hook, digest)) for s in (store, other)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        other.close()

    def run_then_again(store: SqlStore, hook: _Hook, digest: Digest) -> None:
        _publish(store, hook, digest)
        _publish(store, hook, digest)

    yield "two publishers at once", twice_at_once, _Hook(delay=0.05)
    yield "500 after the service took it, then a re-run", run_then_again, _Hook(Reply(500, b"boom"))
    for body in (b"", b"not json", b'{"id": null}', b"[]"):
        yield f"reply {body!r}, then a re-run", run_then_again, _Hook(Reply(200, body))


def publishing(tally: Tally) -> None:
    digest = _digest("", entries=30)
    for name, act, hook in _publishing_cases():
        with tempfile.TemporaryDirectory() as tmp, hook.server:
            store = _store(Path(tmp))
            try:
                act(store, hook, digest)
            except Exception as err:
                tally.add(name, "crashed", repr(err))
                continue
            finally:
                store.close()
            twice = [h for h, n in hook.copies(digest).items() if n > 1]
            if twice:
                tally.add(name, "duplicated", f"{len(twice)} stories posted twice")
            else:
                tally.add(name, "clean", f"{len(hook.posts)} posts")


def main() -> None:
    if not HOSTILE.is_dir():
        sys.exit(f"needs the reproductions in {HOSTILE} (a checkout of the repository)")
    groups = [
        ("hostile entries", hostile_entries),
        ("hostile endpoints", hostile_endpoints),
        ("hostile text in output", hostile_output),
        ("publishing", publishing),
    ]
    tallies = []
    for label, run in groups:
        tally = Tally(label, Counter(), {}, [])
        started = time.perf_counter()
        run(tally)
        tallies.append((tally, time.perf_counter() - started))
    print(f"{'group':<24} {'inputs':>6} " + " ".join(f"{c:>13}" for c in COLUMNS) + "      s")
    total: Counter[str] = Counter()
    for tally, seconds in tallies:
        total.update(tally.counts)
        row = " ".join(f"{tally.counts[c]:>13}" for c in COLUMNS)
        print(f"{tally.group:<24} {sum(tally.counts.values()):>6} {row} {seconds:>6.1f}")
    row = " ".join(f"{total[c]:>13}" for c in COLUMNS)
    print(f"{'all':<24} {sum(total.values()):>6} {row}")
    print("target: 0 crashed, 0 lost, 0 duplicated")
    for tally, _ in tallies:
        if "-v" in sys.argv:
            print(f"{tally.group}:", *tally.rows, sep="\n")
            continue
        for column in ("crashed", "lost", "duplicated", "clear message"):
            if column in tally.examples:
                print(f"  {tally.group} / {column}: {tally.examples[column]}")


if __name__ == "__main__":
    main()
