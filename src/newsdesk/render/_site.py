"""The static site: an archive of the digests with day, category and tag pages, search,
dark mode and the feeds, as plain files any web server (or a folder) can serve.

Pages use relative links, so the site works from a file:// folder as well as under
``site.base_url``; the feeds, which readers fetch from elsewhere, use absolute ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from importlib import resources
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from markupsafe import Markup

from newsdesk.model import Digest
from newsdesk.render._feeds import FeedInfo, FeedItem, atom, json_feed, rss
from newsdesk.render._html import digest_html, html_environment, words_for

#: Entries in the site's feed (each digest's own feed holds its share of them): a month
#: of one digest a day, two weeks of two.
FEED_ITEMS = 30
#: A digest is dated at this hour of its day in the feeds (when a morning digest goes out).
_PUBLISHED_AT = time(8)
_ENV = html_environment()


@dataclass(frozen=True, slots=True)
class SiteDigest:
    """A digest for the site, with its zone and the cover file it has."""

    digest: Digest
    #: The digest's display name ("AI 日报").
    label: str
    #: Its time zone (for the feeds' dates).
    timezone: str
    #: The cover PNG to write beside its page, if any.
    cover: bytes | None = None

    @property
    def path(self) -> str:
        """The page's path from the site's root."""
        return f"{self.digest.name}/{self.digest.day.isoformat()}/index.html"


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """The site's own fields."""

    title: str
    base_url: str
    description: str
    language: str
    #: Category key -> its name in the site's language.
    categories: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Link:
    title: str
    url: str
    note: str = ""


def _slug(tag: str) -> str:
    """A folder name for a tag: its own characters (Chinese included), no separators."""
    return re.sub(r"[\s/\\?#%&,:;\"'<>|*]+", "-", tag.strip().lower()).strip("-.") or "tag"


def _href(path: str) -> str:
    """A relative link to a path whose folders may hold any character."""
    return quote(path, safe="/#")


def _page(info: SiteInfo, title: str, body: str, depth: int, language: str = "") -> str:
    """A page around ``body``, in its own language (an English digest's page is English)."""
    language = language or info.language
    return _ENV.get_template("page.html.j2").render(
        language=language,
        title=title,
        site=info,
        root="../" * depth,
        words=words_for(language),
        body=Markup(body),
    )


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build_site(out: Path, info: SiteInfo, digests: Sequence[SiteDigest]) -> list[Path]:
    """Write the site into ``out``; returns the pages and feeds written."""
    days = sorted(digests, key=lambda d: (d.digest.day, d.digest.name), reverse=True)
    words = words_for(info.language)
    written: list[Path] = []
    assets = resources.files("newsdesk.render").joinpath("site")
    for name in ("site.css", "site.js"):
        _write(out / "assets" / name, assets.joinpath(name).read_text(encoding="utf-8"))
    for day in days:
        page = out / day.path
        cover = ""
        if day.cover is not None:
            page.parent.mkdir(parents=True, exist_ok=True)
            (page.parent / "cover.png").write_bytes(day.cover)
            cover = "cover.png"
        body = digest_html(day.digest, cover)
        _write(page, _page(info, day.digest.title, body, 2, day.digest.language))
        written.append(page)
    index = _ENV.get_template("site_index.html.j2").render(days=days)
    _write(out / "index.html", _page(info, info.title, index, 0))
    written.append(out / "index.html")
    categories = _by_category(days, info.categories)
    written += _listings(out, info, days, words.categories, "categories", categories, words.colon)
    written += _listings(out, info, days, words.tags, "tags", _by_tag(days), words.colon)
    search = [
        {"title": e.headline, "summary": e.summary, "url": f"{d.path}#{e.story_id}",
         "day": d.digest.day.isoformat()}
        for d in days
        for e in d.digest.entries
    ]  # fmt: skip
    index_json = json.dumps(search, ensure_ascii=False)
    _write(out / "search.json", index_json)
    # The same index as a script, so search also works from a folder opened as file://,
    # where browsers refuse to fetch search.json.  "</" cannot end the script early.
    inert = index_json.replace("</", "<\\/")
    _write(out / "search-index.js", f"window.NEWSDESK_SEARCH = {inert};\n")
    written += _feeds(out, info, days)
    return written


def _by_category(
    days: Sequence[SiteDigest], names: dict[str, str]
) -> dict[str, tuple[str, list[_Link]]]:
    out: dict[str, tuple[str, list[_Link]]] = {}
    for day in days:
        for section in day.digest.sections:
            for entry in section.entries:
                key = entry.category or "other"
                _, links = out.setdefault(key, (names.get(key, key), []))
                links.append(
                    _Link(
                        entry.headline, f"{day.path}#{entry.story_id}", day.digest.day.isoformat()
                    )
                )
    return out


def _by_tag(days: Sequence[SiteDigest]) -> dict[str, tuple[str, list[_Link]]]:
    out: dict[str, tuple[str, list[_Link]]] = {}
    for day in days:
        for tag in day.digest.tags:
            _, links = out.setdefault(_slug(tag), (tag, []))
            links.append(_Link(day.digest.title, day.path, day.digest.day.isoformat()))
    return out


def _listings(
    out: Path,
    info: SiteInfo,
    days: Sequence[SiteDigest],
    heading: str,
    folder: str,
    groups: dict[str, tuple[str, list[_Link]]],
    colon: str,
) -> list[Path]:
    """An index of the groups and a page per group, links relative to the site's root;
    a group's page is headed in the site's language ("分类：芯片与算力", "Categories: …")."""
    written = []
    listing = _ENV.get_template("site_list.html.j2")
    for key, (title, links) in groups.items():
        page = out / folder / key / "index.html"
        items = [_Link(link.title, _href(f"../../{link.url}"), link.note) for link in links]
        _write(page, _page(info, f"{heading}{colon}{title}", listing.render(items=items), 2))
        written.append(page)
    overview = [
        _Link(title, _href(f"{key}/index.html"), str(len(links)))
        for key, (title, links) in groups.items()
    ]
    _write(out / folder / "index.html", _page(info, heading, listing.render(items=overview), 1))
    written.append(out / folder / "index.html")
    return written


def _feeds(out: Path, info: SiteInfo, days: Sequence[SiteDigest]) -> list[Path]:
    """The site's feeds of every digest, and each digest's own in its folder (readers of
    the English digest want no Chinese entries)."""
    base = info.base_url if info.base_url.endswith("/") else info.base_url + "/"
    items = _feed_items(out, base, days)
    written = _write_feeds(out, FeedInfo(info.title, base, info.description, info.language), items)
    for name in dict.fromkeys(d.digest.name for d in days):
        own = [i for i in items if i.digest.name == name]
        first = next(d for d in days if d.digest.name == name)
        feed = FeedInfo(first.label, f"{base}{name}/", info.description, first.digest.language)
        written += _write_feeds(out / name, feed, own)
    return written


def _feed_items(out: Path, base: str, days: Sequence[SiteDigest]) -> list[FeedItem]:
    items = []
    for day in days[:FEED_ITEMS]:
        cover_file = (out / day.path).parent / "cover.png"
        has_cover = cover_file.exists()
        page_url = base + day.path.removesuffix("index.html")
        items.append(
            FeedItem(
                digest=day.digest,
                url=page_url,
                html=digest_html(day.digest, page_url + "cover.png" if has_cover else ""),
                published=datetime.combine(day.digest.day, _PUBLISHED_AT, ZoneInfo(day.timezone)),
                cover=page_url + "cover.png" if has_cover else "",
                cover_bytes=cover_file.stat().st_size if has_cover else 0,
            )
        )
    return items


def _write_feeds(folder: Path, feed: FeedInfo, items: Sequence[FeedItem]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in (("feed.xml", rss), ("atom.xml", atom), ("feed.json", json_feed)):
        (folder / name).write_bytes(make(feed, items))
        written.append(folder / name)
    return written
