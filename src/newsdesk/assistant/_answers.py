"""What the tools answer: the core's records cut to what an assistant reads.

Pydantic models, since this is an edge: the SDK publishes each as the tool's output
schema, so a client knows the shape before it calls.  Each ``*_answer`` function turns
what a :class:`~newsdesk.Newsdesk` method returned into one; none of them decides
anything the core did not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from pydantic import BaseModel, Field

from newsdesk.config import DigestConfig
from newsdesk.core import DayStories, SearchResult, SourceStatus, StoryDetail
from newsdesk.model import Digest, StoredItem, Story

#: The most characters of an item's text given when it has no summary of its own.
_SUMMARY_CHARS = 400


class SourceLink(BaseModel):
    """A report a digest entry cites."""

    title: str
    url: str
    publisher: str = Field(description="the outlet, as readers know it")
    language: str


class DigestEntry(BaseModel):
    """A lead story as the digest tells it."""

    story_id: str = Field(description="for get_story")
    headline: str
    summary: str = Field(description="the facts, each checked against the sources")
    insights: list[str] = Field(description="what it means; never new facts")
    impact: str
    category: str
    url: str = Field(description="the primary source")
    sources: list[SourceLink] = Field(description="every report of the story, primary first")


class MoreLine(BaseModel):
    """A story of the day's "more news", in one line."""

    story_id: str
    text: str
    url: str


class DigestAnswer(BaseModel):
    """A written digest of one day."""

    digest: str = Field(description="the digest's name")
    digest_title: str = Field(description="the digest's title, e.g. AI 日报")
    day: date
    language: str
    revision: int = Field(description="the day's revision (1 = its first)")
    status: str = Field(description="draft, approved or published")
    title: str = Field(description="the day's title")
    bullets: list[str] = Field(description="the day in a few lines")
    entries: list[DigestEntry] = Field(description="the lead stories, in order")
    more: list[MoreLine] = Field(description="more news, one line each")
    markdown: str = Field(description="the whole digest as rendered for its channels")


class DigestInfo(BaseModel):
    """A digest the config defines."""

    name: str
    title: str
    language: str
    styles: list[str] = Field(description="the Markdown styles it is rendered in, its own first")
    latest_day: date | None = Field(description="its newest written day (None: none yet)")


class DigestList(BaseModel):
    """The configured digests."""

    digests: list[DigestInfo]


class ItemAnswer(BaseModel):
    """One report of a story, as its source published it."""

    title: str
    url: str
    publisher: str = Field(description="the outlet (empty when the feed names none)")
    source_id: str = Field(description="the configured source it came through")
    language: str
    published: datetime | None
    summary: str = Field(description="its summary, or the start of its text")


class StoryLine(BaseModel):
    """A story in a list: enough to choose which to open with get_story."""

    id: str
    title: str
    category: str | None
    publishers: list[str]
    languages: list[str]
    reports: int = Field(description="how many items it holds")
    last_updated: datetime


class RankedLine(StoryLine):
    """A story of a day, as ranked."""

    rank: int = Field(description="1 = the day's most important")
    score: float = Field(description="its importance as a share of the day's, 0 to 1")
    section: str | None = Field(
        description="lead or more in the digest's edition of the day (None: not carried)"
    )


class StoryList(BaseModel):
    """A day's stories, best first."""

    day: date
    digest: str | None = Field(description="ranked as this digest ranks (None: overall)")
    stories: list[RankedLine]


class StoryAnswer(StoryLine):
    """A story with every report of it."""

    titles: dict[str, str] = Field(description="its title in each language it was reported in")
    first_seen: datetime
    importance: float | None
    items: list[ItemAnswer]


class SearchHit(StoryLine):
    """A story a search found."""

    matched: list[ItemAnswer] = Field(
        description="its reports that hold the words (empty when its title did)"
    )


class SearchAnswer(BaseModel):
    """What a search of the archive found, newest first."""

    words: list[str]
    since: datetime | None = Field(description="stories updated since then only (None: all)")
    stories: list[SearchHit]


class SourceAnswer(BaseModel):
    """A configured source and how it is doing."""

    id: str
    name: str
    kind: str
    language: str
    enabled: bool
    health: str = Field(description="ok, low volume, stale, failing, never fetched or disabled")
    problems: list[str]
    advice: list[str]
    last_fetched: datetime | None
    last_success: datetime | None
    last_error: str | None
    failures: int = Field(description="failed fetches in a row")
    items_last_day: int
    items_per_day: float = Field(description="its usual items per day")
    newest_item_hours: float | None = Field(description="age of its newest item, in hours")


class SourceList(BaseModel):
    """Every configured source."""

    sources: list[SourceAnswer]


def digest_answer(config: DigestConfig, digest: Digest, markdown: str) -> DigestAnswer:
    return DigestAnswer(
        digest=digest.name,
        digest_title=config.title,
        day=digest.day,
        language=digest.language,
        revision=digest.revision,
        status=digest.status.value,
        title=digest.title,
        bullets=list(digest.bullets),
        entries=[
            DigestEntry(
                story_id=e.story_id,
                headline=e.headline,
                summary=e.summary,
                insights=list(e.insights),
                impact=e.impact,
                category=e.category,
                url=e.url,
                sources=[
                    SourceLink(title=s.title, url=s.url, publisher=s.source, language=s.language)
                    for s in e.sources
                ],
            )
            for e in digest.entries
        ],
        more=[MoreLine(story_id=m.story_id, text=m.text, url=m.url) for m in digest.more],
        markdown=markdown,
    )


def digest_info(config: DigestConfig, latest: date | None) -> DigestInfo:
    return DigestInfo(
        name=config.name,
        title=config.title,
        language=config.language,
        styles=list(dict.fromkeys([config.style, *config.styles])),
        latest_day=latest,
    )


def item_answer(stored: StoredItem) -> ItemAnswer:
    item = stored.item
    summary = item.snippet or item.text[:_SUMMARY_CHARS]
    return ItemAnswer(
        title=item.title,
        url=item.url,
        publisher=item.publisher,
        source_id=item.source_id,
        language=item.language,
        published=item.published,
        summary=summary,
    )


def _line(story: Story) -> dict[str, object]:
    return {
        "id": story.id,
        "title": story.title,
        "category": story.category,
        "publishers": list(story.publishers),
        "languages": list(story.languages),
        "reports": story.item_count,
        "last_updated": story.last_updated,
    }


def story_answer(detail: StoryDetail) -> StoryAnswer:
    story = detail.story
    return StoryAnswer.model_validate(
        _line(story)
        | {
            "titles": story.titles,
            "first_seen": story.first_seen,
            "importance": story.importance,
            "items": [item_answer(i) for i in detail.items],
        }
    )


def stories_answer(found: DayStories, digest: str | None, limit: int) -> StoryList:
    sections = found.sections or {}
    return StoryList(
        day=found.day,
        digest=digest,
        stories=[
            RankedLine.model_validate(
                _line(ranked.story)
                | {
                    "title": ranked.title,
                    "rank": rank,
                    "score": round(ranked.score, 3),
                    "section": sections.get(ranked.story.id),
                }
            )
            for rank, ranked in enumerate(found.ranked[:limit], start=1)
        ],
    )


def search_answer(result: SearchResult) -> SearchAnswer:
    return SearchAnswer(
        words=list(result.words),
        since=result.since,
        stories=[
            SearchHit.model_validate(
                _line(hit.story) | {"matched": [item_answer(i) for i in hit.items]}
            )
            for hit in result.hits
        ],
    )


def sources_answer(statuses: Sequence[SourceStatus]) -> SourceList:
    answers = []
    for status in statuses:
        source, state, health = status.source, status.state, status.health
        freshness = health.freshness
        answers.append(
            SourceAnswer(
                id=source.id,
                name=source.label,
                kind=source.kind,
                language=source.language,
                enabled=source.enabled,
                health=health.status.value,
                problems=list(health.problems),
                advice=list(health.advice),
                last_fetched=state.last_fetched if state else None,
                last_success=state.last_success if state else None,
                last_error=state.last_error if state else None,
                failures=health.failures,
                items_last_day=health.last_day,
                items_per_day=round(health.per_day, 1),
                newest_item_hours=None
                if freshness is None
                else round(freshness.total_seconds() / 3600, 1),
            )
        )
    return SourceList(sources=answers)
