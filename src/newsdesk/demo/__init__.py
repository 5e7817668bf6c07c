"""``newsdesk demo``: the real pipeline, offline, on the bundled sample day.

With ``llm`` settings (``newsdesk demo --llm`` passes the user's ``llm:`` block) the
demo day is written by that model instead of the offline editor.

The sample sources are served from an in-process HTTP server on 127.0.0.1 in their own
formats (RSS, Atom, JSON Feed, an HTML list page, an HN-like API), so the demo goes
through exactly the code ``newsdesk run`` uses.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

import yaml

from newsdesk.config import Config, ExecutionSettings, LLMSettings, load_config
from newsdesk.core import Newsdesk
from newsdesk.demo._sample import (
    SampleDay,
    SampleItem,
    SampleSource,
    load_sample_day,
    source_documents,
)
from newsdesk.demo._server import LocalServer, Reply
from newsdesk.model import RunSummary
from newsdesk.progress import Progress

#: The Redis the demo's Celery engine uses unless told another.
DEFAULT_BROKER = ExecutionSettings().broker

#: CSS selectors of the sample list pages (see ``render_list_page``).
_LIST_PAGE = {
    "item": "li.news-item",
    "title": "h3.news-title a",
    "link": "h3.news-title a",
    "date": "span.news-time",
    "summary": "p.news-desc",
}


@dataclass(frozen=True)
class DemoResult:
    """Where the demo wrote things, and its run summary."""

    summary: RunSummary
    config: Config
    config_path: Path
    store_url: str
    day: date
    #: The static site's folder (its index.html and feeds), built after the run.
    site: Path | None = None


def _source_config(
    source: SampleSource, items: list[SampleItem], base_url: str, zone: str
) -> dict[str, Any]:
    prefix = f"{base_url}/{source.id}"
    common: dict[str, Any] = {
        "id": source.id,
        "name": source.name,
        "language": source.language,
        "weight": source.weight,
        "tags": ["demo", "general" if source.general_news else "ai"],
    }
    if source.naive_times or source.kind == "html":
        common["timezone"] = zone
    if source.kind == "hn":
        # The sample's stories name fictional labs no keyword list knows; AI relevance
        # is judged later from the text, so this source is not keyword-filtered.
        example = items[0].url
        template = example[: example.index("id=") + 3] + "{id}"
        return common | {
            "kind": "hackernews",
            "api": f"{prefix}/v0",
            "item_url": template,
            "limit": 30,
            "keywords": [],
        }
    if source.kind == "html":
        return common | {"kind": "html", "url": f"{prefix}/news/"} | _LIST_PAGE
    path = {"rss": "/feed.xml", "atom": "/atom.xml", "jsonfeed": "/feed.json"}[source.kind]
    return common | {"kind": "feed", "url": prefix + path}


def demo_config(
    sample: SampleDay,
    base_url: str,
    llm: LLMSettings | None = None,
    execution: ExecutionSettings | None = None,
) -> dict[str, Any]:
    """The config the demo writes: its sources point at the local server; ``llm`` is
    written as its ``llm:`` block (the key stays in its environment variable), and
    ``execution`` as its ``execution:`` block."""
    chat = {} if llm is None else {"llm": llm.model_dump(mode="json", exclude_defaults=True)}
    if execution is not None:
        chat["execution"] = execution.model_dump(mode="json", exclude_defaults=True)
    return chat | {
        "timezone": sample.timezone,
        "store": {"url": "sqlite:///newsdesk.db"},
        # The sample sources are served from 127.0.0.1, which only this setting lets in.
        "fetch": {
            "per_host_concurrency": 8,
            "per_host_delay": 0,
            "retries": 1,
            "allow_private_addresses": True,
        },
        # The sample world's big labs, as a user lists the organisations their readers follow.
        "assess": {"major_names": ["深言", "Shenyan", "Lumina Labs", "Nimbus", "启明芯", "Qiming"]},
        "sources": [
            _source_config(s, sample.items_of(s.id), base_url, sample.timezone)
            for s in sample.sources
        ],
        "digests": [
            {
                "name": "ai-ribao",
                "title": "AI 日报",
                "language": "zh",
                "style": "ribao",
                "styles": ["insight"],
                # As a Hugo user publishes: the post and its cover into the site's posts.
                "publish": [{"id": "hugo", "kind": "files", "dir": "hugo/content/posts"}],
            },
            {"name": "ai-daily", "title": "AI Daily", "language": "en", "style": "brief"},
        ],
    }


def sample_evening(sample: SampleDay) -> datetime:
    """The demo's clock: 22:00 on the sample day, when an editor would put it together."""
    return datetime.combine(sample.day, time(22), ZoneInfo(sample.timezone))


def serve_sample(sample: SampleDay) -> LocalServer:
    """A server (not yet started) with every sample source's documents."""
    server = LocalServer()
    for source in sample.sources:
        documents = source_documents(source, sample.items_of(source.id), sample.timezone)
        for path, (body, content_type) in documents.items():
            server.routes[f"/{source.id}{path}"] = Reply(200, body, {"Content-Type": content_type})
    return server


def run_demo(
    out: Path,
    *,
    progress: Progress | None = None,
    llm: LLMSettings | None = None,
    engine: Literal["local", "celery"] = "local",
    workers: int = 2,
    broker: str = DEFAULT_BROKER,
) -> DemoResult:
    """Serve the sample day, write a config into ``out`` and run the pipeline on it,
    with the LLM editor of ``llm`` when given.

    ``engine="celery"`` runs it on ``workers`` worker processes the demo starts on the
    Redis at ``broker`` and stops at the end; the store stays the demo's SQLite file.
    Raises ExecutionError when that Redis does not answer.
    """
    sample = load_sample_day()
    out.mkdir(parents=True, exist_ok=True)
    config_path = out / "newsdesk.yaml"
    execution = None
    if engine == "celery":
        from newsdesk.workers import check_broker  # Celery only for a demo on workers

        execution = ExecutionSettings(engine="celery", broker=broker, concurrency=4)
        check_broker(broker)
    with serve_sample(sample) as server:
        header = (
            "# Written by `newsdesk demo`: the sample day's sources on a local server.\n"
            "# The server is gone after the demo: `items` and `sources` still work, while\n"
            "# `doctor` and `sources check` find nothing answering at its address.\n"
            f"# They only ever serve {sample.day}, so by today's clock `sources` (and the\n"
            "# desk's sources page) calls each one stale: that is the sample's age, not a fault.\n"
        )
        body = yaml.safe_dump(
            demo_config(sample, server.base_url, llm, execution),
            allow_unicode=True,
            sort_keys=False,
        )
        config_path.write_text(header + body, encoding="utf-8")
        config = load_config(config_path)
        evening = sample_evening(sample)
        with ExitStack() as stack:
            if execution is not None:
                from newsdesk.workers import worker_processes

                stack.enter_context(worker_processes(config_path, execution, workers))
            desk = stack.enter_context(Newsdesk(config, now=lambda: evening, progress=progress))
            summary = desk.run(command="demo")
    site = Path(summary.site).parent if summary.site else None
    return DemoResult(summary, config, config_path, config.store_url(), sample.day, site)


__all__ = ["DemoResult", "demo_config", "load_sample_day", "run_demo", "serve_sample"]
