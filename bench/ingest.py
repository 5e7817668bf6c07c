"""Ingest throughput: parse + normalise + store N items from local feed files.

Usage: python bench/ingest.py [N ...]        (default: 10000 50000)

Each N runs in a fresh subprocess so its peak memory is its own. Feed files (RSS 2.0,
200 items each, Chinese and English, with HTML content) are written first and not timed;
the timed part is exactly what a run does per source: parse_feed -> to_items ->
store.upsert_items into SQLite (WAL).  Target: >= 2,000 items/s, memory flat in N.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

PER_FILE = 200
ZH = "深言科技发布新一代大模型Aster-{n}，上下文窗口扩展至200万token，推理成本下降{p}%。"
EN = "Lumina Labs ships Nimbus-R{n}, an open-weight reasoning model that cuts cost by {p}%."
BODY = (
    "<p>{lead}</p><p>The release includes weights under Apache-2.0, a technical report "
    "and an API priced at $0.{p} per million input tokens. 公司表示，新模型在多项基准上"
    "领先上一代{p}个百分点，并将在{n}个国家上线。</p><p>Analysts expect rivals to respond "
    "within weeks; the company plans a larger model later this year.</p>"
)


def write_feeds(folder: Path, n_items: int) -> list[Path]:
    start = datetime(2026, 5, 14, tzinfo=UTC)
    paths = []
    for file_no in range(0, n_items, PER_FILE):
        rows = []
        for n in range(file_no, min(file_no + PER_FILE, n_items)):
            lead = (ZH if n % 2 else EN).format(n=n, p=n % 97)
            rows.append(
                "<item>"
                f"<title>{escape(lead[:60])}</title>"
                f"<link>https://news{n % 7}.example/a/{n}?utm_source=rss</link>"
                f"<description>{escape(lead)}</description>"
                f"<content:encoded>{escape(BODY.format(lead=lead, n=n, p=n % 97))}"
                "</content:encoded>"
                f"<pubDate>{format_datetime(start - timedelta(minutes=n))}</pubDate>"
                "</item>"
            )
        path = folder / f"feed{file_no // PER_FILE:05d}.xml"
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>bench</title>{''.join(rows)}</channel></rss>",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def measure(n_items: int) -> dict[str, float]:
    """Runs inside the child process."""
    from zoneinfo import ZoneInfo

    from newsdesk.collect._collector import to_items
    from newsdesk.collect.kinds.feed import parse_feed
    from newsdesk.config import parse_config
    from newsdesk.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_feeds(folder, n_items)
        config = parse_config("sources: [{id: bench, kind: feed, url: 'https://b.example/'}]")
        source = config.sources[0]
        store = open_store(f"sqlite:///{folder / 'bench.db'}")
        store.sync_sources(config.sources)
        zone = ZoneInfo("Asia/Shanghai")
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        for path in paths:
            entries = parse_feed(path.read_text(encoding="utf-8"), path.as_uri())
            items, _ = to_items(source, entries, zone)
            store.upsert_items(items, datetime.now(UTC))
        seconds = time.perf_counter() - started
        stored = store.count_items()
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "items": stored,
        "seconds": round(seconds, 2),
        "items_per_s": round(stored / seconds),
        "peak_rss_mb": round(peak / 1024, 1),
        "growth_mb": round((peak - baseline) / 1024, 1),
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 50_000]
    print(f"{'N':>8} {'seconds':>8} {'items/s':>8} {'peak RSS MB':>12} {'growth MB':>10}")
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(n)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(out.stdout)
        print(
            f"{r['items']:>8} {r['seconds']:>8} {r['items_per_s']:>8} "
            f"{r['peak_rss_mb']:>12} {r['growth_mb']:>10}"
        )


if __name__ == "__main__":
    main()
