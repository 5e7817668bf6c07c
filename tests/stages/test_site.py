"""site: the archive rebuilt from the stored digests, when the run wrote any."""

from __future__ import annotations

from pathlib import Path

from newsdesk.config import Config
from newsdesk.stages.publish import Publish
from newsdesk.stages.render import Render, Rendered
from newsdesk.stages.site import Site, SitePages
from newsdesk.stages.verify import Verify
from newsdesk.stages.write import Write
from newsdesk.store import SqlStore

from .seeded_day import EVENING, SELECTED, context, run, through


def test_the_published_digest_gets_its_page_and_feeds(
    day_store: SqlStore, config: Config, tmp_path: Path
) -> None:
    ctx = through((*SELECTED, Write(), Verify(), Render(), Publish()), context(day_store, config))

    result = run(Site(), ctx)

    assert isinstance(result.output, SitePages)
    assert result.output.index == tmp_path / "site" / "index.html"
    day_page = tmp_path / "site" / "daily" / EVENING.date().isoformat() / "index.html"
    assert day_page in result.output.files
    assert {"feed.xml", "atom.xml", "feed.json"} <= {f.name for f in result.output.files}
    assert result.counts["pages"] == sum(f.suffix == ".html" for f in result.output.files)


def test_a_run_that_wrote_nothing_leaves_the_site_alone(
    day_store: SqlStore, config: Config, tmp_path: Path
) -> None:
    ctx = context(day_store, config, earlier=(Rendered(()),))

    result = run(Site(), ctx)

    assert result.output is None and result.counts == {}
    assert not (tmp_path / "site").exists()


def test_alone_it_rebuilds_from_the_store(day_store: SqlStore, config: Config) -> None:
    result = run(Site(), context(day_store, config))

    assert isinstance(result.output, SitePages) and result.output.index.exists()
