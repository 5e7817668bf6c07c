"""The stages over the store: enrich → group → assess → select → write (and verify).

Each stage reads what the one before stored, calls the pure functions of
:mod:`newsdesk.desk`, and stores its own result, so each can run again alone.  A failure
in one (the embeddings endpoint is down) leaves everything stored before intact.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from newsdesk.collect import read_health
from newsdesk.config import Config, DigestConfig, EmbedSettings, FilesChannel, GitChannel
from newsdesk.desk import (
    ClassifyEvaluation,
    ClassifyFile,
    ClusterEvaluation,
    ClusterParams,
    DeskItem,
    Embedder,
    OpenAIEmbedder,
    Taxonomy,
    UniversalSentenceEncoder,
    Weights,
    assess_story,
    build_taxonomy,
    classify_records,
    embedding_text,
    engagement_scale,
    evaluate_clustering,
    group_in_days,
    importance,
    names_pattern,
    rank_stories,
    read_classify_file,
    read_eval_file,
    select_stories,
    summarise_story,
)
from newsdesk.editor import (
    ChatClient,
    Report,
    StoreReplyCache,
    StoryBrief,
    Verifier,
    Writer,
    client_from_settings,
    verify_digest,
    why_offline,
    write_digest,
)
from newsdesk.model import (
    AWAITING_APPROVAL,
    Digest,
    EditionStatus,
    EditorVerb,
    EntryText,
    GroupReport,
    LLMUsage,
    Publication,
    RankedStory,
    Selection,
    StoredItem,
    WrittenDigest,
)
from newsdesk.progress import NullProgress, Progress
from newsdesk.publish import Edition, make_channel, publish_edition
from newsdesk.render import (
    CoverError,
    Fonts,
    SiteDigest,
    SiteInfo,
    digest_html,
    draw_cover,
    render_markdown,
)
from newsdesk.render import build_site as render_site
from newsdesk.store import Store, digest_json, verification_json

log = logging.getLogger("newsdesk")
#: Where the feeds say the site is when ``site.base_url`` is not set (a local preview).
LOCAL_SITE = "http://localhost:8000/"
_EMBED_BATCH = 256


def make_embedder(settings: EmbedSettings) -> Embedder:
    """The configured embedder (the bundled encoder unless ``embed.kind`` says otherwise)."""
    if settings.kind == "openai":
        assert settings.base_url is not None
        return OpenAIEmbedder(
            settings.base_url, settings.model, settings.api_key or None, batch=settings.batch
        )
    return _bundled_encoder()


@lru_cache(maxsize=1)
def _bundled_encoder() -> UniversalSentenceEncoder:
    return UniversalSentenceEncoder()


def cluster_params(config: Config) -> ClusterParams:
    g = config.group
    return ClusterParams(
        weights=Weights(profile_size=g.profile_size, profile_floor=g.profile_floor),
        threshold=g.threshold,
        neighbours=g.neighbours,
    )


def enrich(store: Store, embedder: Embedder, progress: Progress | None = None) -> int:
    """Give every item without one a sentence vector; returns how many were embedded."""
    progress = progress or NullProgress()
    pending = store.items_without_vectors(embedder.name)
    batches = [pending[i : i + _EMBED_BATCH] for i in range(0, len(pending), _EMBED_BATCH)]
    progress.stage("embed", len(batches))
    for batch in batches:
        vectors = embedder.embed([embedding_text(item) for item in batch])
        store.save_vectors(embedder.name, [(item.id, vectors[n]) for n, item in enumerate(batch)])
        progress.advance(f"{len(batch)} items")
    return len(pending)


def group(
    store: Store, config: Config, model: str, now: datetime, progress: Progress | None = None
) -> GroupReport:
    """Put every embedded item without a story into an open story or a new one."""
    progress = progress or NullProgress()

    def on_batch(total: int, label: str) -> None:
        if label:
            progress.advance(label)
        else:
            progress.stage("group", total)

    new = [item for item in store.ungrouped_items(model) if item.vector is not None]
    if not new:
        return GroupReport()
    window = timedelta(days=config.group.window_days)
    open_ids: set[str] = set()
    for since, until in open_spans([item.time or now for item in new], window):
        open_ids.update(store.open_story_ids(since, until))
    context = store.story_items(sorted(open_ids), model)
    result = group_in_days(
        context + new,
        cluster_params(config),
        window=window,
        duplicate_threshold=config.group.duplicate_threshold,
        on_batch=on_batch,
    )
    touched = set(result.assigned.values())
    members: dict[str, list[DeskItem]] = {story: [] for story in touched}
    for item in context:
        if item.story_id in members:
            members[item.story_id].append(item)
    for item in new:
        story = result.assigned[item.id]
        members[story].append(
            replace(item, story_id=story, duplicate_of=result.duplicates.get(item.id))
        )
    known = {s.id: s for s in store.stories(ids=sorted(touched))}
    weights = {s.id: s.weight for s in config.sources}
    stories = []
    for story_id, items in members.items():
        summary = summarise_story(story_id, items, weights, now)
        old = known.get(story_id)
        if old is not None:  # keep the last assessment until assess runs again
            summary = replace(
                summary,
                category=old.category,
                relevance=old.relevance,
                importance=old.importance,
                breakdown=old.breakdown,
                category_scores=old.category_scores,
            )
        stories.append(summary)
    store.save_grouping(result, stories)
    return GroupReport(
        grouped=len(result.assigned),
        duplicates=len(result.duplicates),
        new_stories=len(result.created),
        updated_stories=len(touched - result.created),
    )


def open_spans(times: Sequence[datetime], window: timedelta) -> list[tuple[datetime, datetime]]:
    """The spans in which a story may still be open for one of these items.

    One span per day of items ([day − window, day + 1 day)), overlapping ones merged: an
    old article that resurfaces opens the stories of its own days, not a year of them.
    """
    spans: list[tuple[datetime, datetime]] = []
    days = {t.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0) for t in times}
    for day in sorted(days):
        start, end = day - window, day + timedelta(days=1)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


_TAXONOMIES: dict[tuple[str, str], Taxonomy] = {}


def _taxonomy(config: Config, embedder: Embedder) -> Taxonomy:
    """The embedded taxonomy, made once per process for each set of categories."""
    key = (embedder.name, repr([c.model_dump() for c in config.assess.categories]))
    if key not in _TAXONOMIES:
        _TAXONOMIES[key] = build_taxonomy(config.assess.categories, embedder)
    return _TAXONOMIES[key]


def assess(
    store: Store, config: Config, embedder: Embedder, now: datetime, since: datetime | None = None
) -> int:
    """Category, relevance and importance of every story updated since ``since``.

    Default: the grouping window before ``now``, so recency is fresh on every run; stories
    never assessed (an old day fetched late) are assessed whenever they are.
    """
    since = since or now - timedelta(days=config.group.window_days)
    recent = store.stories(since=since)
    seen = {s.id for s in recent}
    stories = recent + [s for s in store.stories(unassessed=True) if s.id not in seen]
    if not stories:
        return 0
    items = store.story_items([s.id for s in stories], embedder.name)
    by_story: dict[str, list[DeskItem]] = {}
    for item in items:
        if item.story_id is not None and item.vector is not None:
            by_story.setdefault(item.story_id, []).append(item)
    taxonomy = _taxonomy(config, embedder)
    kinds = {s.id: s.kind for s in config.sources}
    labels = {s.id: frozenset({s.id, s.kind, *s.tags}) for s in config.sources}
    scale = engagement_scale(items, kinds)
    major = names_pattern(config.assess.major_names)
    event = names_pattern(config.assess.event_words)
    feature = names_pattern(config.assess.feature_words)
    weights = {s.id: s.weight for s in config.sources}
    assessed = []
    for story in stories:
        members = by_story.get(story.id)
        if not members:
            continue
        verdict = assess_story(members, taxonomy, labels)
        score, breakdown = importance(
            story,
            members,
            weights=config.assess.importance,
            source_weights=weights,
            kinds=kinds,
            scale=scale,
            major=major,
            event=event,
            feature=feature,
            half_life_hours=config.assess.recency_half_life_hours,
            now=now,
        )
        assessed.append(
            replace(
                story,
                category=verdict.category,
                relevance=verdict.relevance,
                importance=score,
                breakdown=breakdown,
                category_scores=verdict.category_scores,
            )
        )
    store.save_stories(assessed)
    return len(assessed)


def day_window(zone_name: str, day: date | None, now: datetime) -> tuple[datetime, datetime]:
    """Start and end (aware) of a day in a zone; default: the zone's today at ``now``."""
    zone = ZoneInfo(zone_name)
    chosen = day or now.astimezone(zone).date()
    start = datetime.combine(chosen, time(0), zone)
    return start, start + timedelta(days=1)


def digest_sources(config: Config, digest: DigestConfig) -> set[str]:
    if not digest.sources:
        return {s.id for s in config.sources}
    wanted = set(digest.sources)
    return {s.id for s in config.sources if s.id in wanted or wanted & set(s.tags)}


def unavailable_sources(
    store: Store, config: Config, digest: DigestConfig, now: datetime
) -> tuple[str, ...]:
    """Names of the digest's sources that are failing or stale: its news may be missing."""
    wanted = digest_sources(config, digest)
    mine = [s for s in config.sources if s.id in wanted and s.enabled]
    down = {h.source_id for h in read_health(config, store, now, mine) if h.unavailable}
    return tuple(s.label for s in mine if s.id in down)


def rank_for_digest(
    store: Store, config: Config, digest: DigestConfig, start: datetime, end: datetime
) -> list[RankedStory]:
    """The day's stories as this digest ranks them (its sources, language, novelty)."""
    allowed = digest_sources(config, digest)
    stories = [s for s in store.stories(since=start, until=end) if allowed & set(s.sources)]
    published = store.published_counts(digest.name, before=start.date())
    minimum = digest.select.min_relevance
    return rank_stories(
        stories,
        language=digest.language,
        published=published,
        novelty_factor=config.assess.novelty_factor,
        min_relevance=config.assess.relevance_threshold if minimum is None else minimum,
        sources=allowed,
    )


def select(
    store: Store,
    config: Config,
    now: datetime,
    *,
    day: date | None = None,
    digests: Sequence[DigestConfig] | None = None,
) -> list[Selection]:
    """Each digest's lead and "more news" for its day, with the editor's actions applied,
    recorded as its edition: the draft revision is refreshed, and an approved or
    published one is left as it was (a different selection becomes a new draft).
    Returns the selections recorded, each with its revision: those still to write."""
    selections = []
    for digest in digests if digests is not None else config.digests:
        selection = _selection(store, config, digest, day, now)
        revision = store.save_edition(selection, now)
        if revision is None:
            log.info(
                "%s %s: nothing new for the approved or published edition",
                digest.name,
                selection.day,
            )
            continue
        selections.append(replace(selection, revision=revision))
    return selections


def _selection(
    store: Store, config: Config, digest: DigestConfig, day: date | None, now: datetime
) -> Selection:
    start, end = day_window(digest.timezone, day, now)
    ranked = rank_for_digest(store, config, digest, start, end)
    actions = store.editor_actions(digest.name, start.date())
    return select_stories(
        ranked, digest.select, digest=digest.name, day=start.date(), actions=actions
    )


def explain_day(
    store: Store, config: Config, digest_name: str | None, day: date | None, now: datetime
) -> list[Selection]:
    """Each digest's selection of its day (or the named digest's) as ``select`` makes
    it, with its decision for every story; nothing is stored.

    Raises ConfigError for a digest name the config does not define.
    """
    digests = [config.digest(digest_name)] if digest_name else config.digests
    return [_selection(store, config, digest, day, now) for digest in digests]


def story_brief(
    store: Store, config: Config, digest: DigestConfig, ranked: RankedStory, day: date
) -> StoryBrief:
    """A selected story with its reports, primary first: the one whose title the story
    carries, else its earliest original; copies last."""
    sources = {s.id: s for s in config.sources}

    def report(stored: StoredItem, copy: bool) -> Report:
        item = stored.item
        source = sources.get(item.source_id)
        return Report(
            title=item.title,
            url=item.url,
            source=source.label if source else item.source_id,
            language=item.language,
            published=item.published,
            text=item.text or item.snippet,
            copy=copy,
            metrics=dict(item.metrics),
            kind=source.kind if source else "",
            publisher=item.publisher,
            publisher_key=item.publisher_key,
        )

    copies = store.copies_in_story(ranked.story.id)
    reports = [report(s, s.id in copies) for s in store.story_stored_items(ranked.story.id)]
    reports.sort(key=lambda r: (r.copy, r.title != ranked.title, r.published is None))
    return StoryBrief(ranked, tuple(reports), day, digest.timezone)


async def write(
    store: Store,
    config: Config,
    selections: Sequence[Selection],
    now: datetime,
    *,
    offline: bool = False,
    env: Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> list[WrittenDigest]:
    """Write and verify each digest of the selections, store it, and write its files.

    One chat client serves the whole stage, so ``llm.budget_tokens`` is per run; without
    an endpoint (or with ``offline``) the offline editor writes everything, and so it does
    for an endpoint whose key is not set, saying why in a warning and in each digest's
    ``fallbacks``.
    """
    progress = progress or NullProgress()
    key_env = os.environ if env is None else env
    cache = StoreReplyCache(store, clock=lambda: now)
    client = None if offline else client_from_settings(config.llm, key_env, cache)
    unused = "" if offline else why_offline(config.llm, key_env)
    if unused:
        log.warning("%s", unused)
    try:
        written = []
        for selection in selections:
            if not selection.lead and not selection.more:
                log.info("%s %s: no stories, nothing to write", selection.digest, selection.day)
                continue  # an empty draft would hide the digest of the last real day
            progress.stage(f"write {selection.digest}", 1)
            written.append(await _write_one(store, config, selection, client, now, unused))
            progress.advance(selection.digest)
        return written
    finally:
        if client is not None:
            await client.aclose()


async def _write_one(
    store: Store,
    config: Config,
    selection: Selection,
    client: ChatClient | None,
    now: datetime,
    unused: str = "",
) -> WrittenDigest:
    digest = config.digest(selection.digest)
    lead = [story_brief(store, config, digest, r, selection.day) for r in selection.lead]
    more = [story_brief(store, config, digest, r, selection.day) for r in selection.more]
    names = {c.key: getattr(c, digest.language) for c in config.assess.categories}
    before = client.usage() if client is not None else LLMUsage()
    writer = Writer(client, config.write, digest.language, names)
    draft = await write_digest(
        writer,
        lead,
        more,
        name=digest.name,
        day=selection.day,
        digest_title=digest.title,
        major_names=config.assess.major_names,
        edits=editor_texts(store, digest.name, selection.day),
    )
    verifier = Verifier(
        {b.story_id: b for b in lead + more}, digest.language, [digest.title, "AI", *names.values()]
    )
    checked = await verify_digest(
        draft, verifier, names, policy=digest.verify.policy, rewrite=writer.rewrite
    )
    after = writer.usage()
    final = replace(
        checked,
        revision=selection.revision,
        usage=LLMUsage(
            calls=after.calls[len(before.calls) :],
            cost=after.cost - before.cost,
            budget_exhausted=after.budget_exhausted,
            currency=after.currency,
        ),
        fallbacks=(*([unused] if unused else []), *writer.fallbacks),
        unavailable=unavailable_sources(store, config, digest, now),
    )
    store.save_digest(final, now)
    folder = _output_folder(config, digest.name, selection.day)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "digest.json").write_text(
        json.dumps(digest_json(final), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (folder / "verification.json").write_text(
        json.dumps(verification_json(final.verification), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    cover = write_cover(config, digest, final, folder, warnings)
    files = render_files(config, digest, final, folder, cover=cover)
    if cover:
        files.append(folder / "cover.png")
    return WrittenDigest(final, str(folder), tuple(str(f) for f in files), tuple(warnings))


def editor_texts(store: Store, digest: str, day: date) -> dict[str, EntryText]:
    """Story id -> the editor's newest text for it on that day."""
    return {
        a.story_id: a.content
        for a in store.editor_actions(digest, day)
        if a.verb is EditorVerb.EDIT and a.content is not None
    }


def cover_url(config: Config, digest: Digest) -> str:
    """Where ``coverImage`` points: under ``render.cover_base_url``, or beside the file."""
    base = config.render.cover_base_url
    if not base:
        return "cover.png"
    return f"{base.rstrip('/')}/{digest.name}/{digest.day.isoformat()}/cover.png"


def write_cover(
    config: Config,
    digest_config: DigestConfig,
    digest: Digest,
    folder: Path,
    warnings: list[str],
) -> str:
    """Draw ``cover.png`` into the folder; returns its URL, or "" when there is none."""
    settings = config.render.cover
    if not settings.enabled:
        return ""
    keywords = [k for k in (*digest.seo, *digest.tags) if k not in (digest_config.title, "AI")]
    try:
        fonts = Fonts.find(settings.font, settings.font_bold)
        png = draw_cover(
            digest,
            digest_config.title,
            list(dict.fromkeys(keywords))[:6],
            fonts,
            (settings.width, settings.height),
        )
    except CoverError as err:
        warnings.append(f"no cover: {err}")
        return ""
    path = folder / "cover.png"
    path.write_bytes(png)
    return cover_url(config, digest)


def render_stored(
    config: Config, digest_config: DigestConfig, digest: Digest, style: str | None = None
) -> list[Path]:
    """Render a stored digest again (in one style, or all of the digest's) into its folder."""
    folder = _output_folder(config, digest.name, digest.day)
    folder.mkdir(parents=True, exist_ok=True)
    cover = cover_url(config, digest) if (folder / "cover.png").exists() else ""
    return render_files(config, digest_config, digest, folder, [style] if style else None, cover)


def render_files(
    config: Config,
    digest_config: DigestConfig,
    digest: Digest,
    folder: Path,
    styles: Sequence[str] | None = None,
    cover: str = "",
) -> list[Path]:
    """The digest's Markdown in its styles (default: its style and extra styles)."""
    written = []
    chosen = styles or [digest_config.style, *digest_config.styles]
    for style in dict.fromkeys(chosen):
        rendered = render_markdown(digest, style, config, digest_config, cover=cover)
        path = folder / f"{style}.md"
        path.write_text(rendered.markdown, encoding="utf-8")
        written.append(path)
    return written


def build_site(store: Store, config: Config) -> tuple[Path, list[Path]]:
    """The HTML archive of the published digests, with their feeds, in ``site.dir``."""
    labels = {d.name: d for d in config.digests}
    # A digest with channels is archived once published; one without any, once written.
    found = [
        d
        for d in store.all_digests()
        if d.name in labels and (d.status == "published" or not labels[d.name].publish)
    ]
    digests = [
        SiteDigest(
            d,
            labels[d.name].title,
            labels[d.name].timezone,
            _output_folder(config, d.name, d.day) / "cover.png",
        )
        for d in found
    ]
    first = config.digests[0] if config.digests else None
    language = config.site.language or (first.language if first else "en")
    info = SiteInfo(
        title=config.site.title or (first.title if first else "newsdesk"),
        base_url=config.site.base_url or LOCAL_SITE,
        description=config.site.description,
        language=language,
        categories={c.key: getattr(c, language) for c in config.assess.categories},
    )
    out = Path(config.site.dir)
    out = out if out.is_absolute() else config.base_dir / out
    return out, render_site(out, info, digests)


def edition_of(config: Config, digest_config: DigestConfig, digest: Digest) -> Edition:
    """A stored digest rendered for the channels: its styles, HTML, cover, page URL."""
    folder = _output_folder(config, digest.name, digest.day)
    cover_file = folder / "cover.png"
    cover = cover_file.read_bytes() if cover_file.exists() else None
    base = config.site.base_url
    page = f"{base.rstrip('/')}/{digest.name}/{digest.day.isoformat()}/" if base else ""
    styles = dict.fromkeys([digest_config.style, *digest_config.styles])
    styles.update(
        dict.fromkeys(
            c.style
            for c in digest_config.publish
            if isinstance(c, FilesChannel | GitChannel) and c.style
        )
    )
    cover_ref = "cover.png" if cover is not None else ""
    return Edition(
        digest=digest,
        markdown={
            s: render_markdown(digest, s, config, digest_config, cover=cover_ref).markdown
            for s in styles
        },
        html=digest_html(digest),  # each channel shows the cover its own way
        cover=cover,
        page_url=page,
        label=digest_config.title,
    )


def publish(
    store: Store,
    config: Config,
    now: datetime,
    *,
    day: date | None = None,
    digest: str | None = None,
    channel: str | None = None,
    force: bool = False,
) -> list[Publication]:
    """Publish the written digests of a day (default: each digest's latest) on their
    channels (or only ``channel``); a channel already done is skipped unless ``force``.

    A digest whose review is required and whose newest revision is still a draft is not
    published: each of its channels comes back "awaiting approval", saying how to approve
    it, and the other digests are published as usual.
    """
    chosen = [config.digest(digest)] if digest else config.digests
    results: list[Publication] = []
    work = config.base_dir / ".newsdesk-git"
    for digest_config in chosen:
        channels = [c for c in digest_config.publish if c.enabled]
        if channel is not None:
            channels = [c for c in channels if c.id == channel]
        if not channels:
            continue
        written = store.digest(digest_config.name, day)
        if written is None:
            continue
        if digest_config.review == "required" and written.status == EditionStatus.DRAFT:
            written = _approved_before(store, written) or written
        if digest_config.review == "required" and written.status == EditionStatus.DRAFT:
            why = (
                f"revision {written.revision} is a draft and the digest's review is "
                f"required. Look at it with `newsdesk edition show --digest {written.name} "
                f"--date {written.day}`, then approve it with `newsdesk edition approve "
                f"--digest {written.name} --date {written.day}`."
            )
            results += [
                Publication(written.name, written.day, c.id, AWAITING_APPROVAL, error=why)
                for c in channels
            ]
            continue
        edition = edition_of(config, digest_config, written)
        publishers = [make_channel(c, config.base_dir, work) for c in channels]
        results += publish_edition(store, publishers, edition, now, force=force)
    return results


def _approved_before(store: Store, draft: Digest) -> Digest | None:
    """The newest approved revision before a draft, if it has not gone out yet: the
    editor approved it, and a later run's draft does not hold it back."""
    for revision in range(draft.revision - 1, 0, -1):
        earlier = store.digest(draft.name, draft.day, revision)
        if earlier is not None and earlier.status != EditionStatus.DRAFT:
            return earlier if earlier.status == EditionStatus.APPROVED else None
    return None


def _output_folder(config: Config, name: str, day: date) -> Path:
    root = Path(config.output.dir)
    if not root.is_absolute():
        root = config.base_dir / root
    return root / name / day.isoformat()


__all__ = [
    "DayRanking",
    "assess",
    "build_site",
    "cluster_params",
    "day_window",
    "edition_of",
    "enrich",
    "evaluate_file",
    "explain_day",
    "group",
    "make_embedder",
    "newest_story_day",
    "publish",
    "rank_for_digest",
    "ranked_day",
    "render_files",
    "render_stored",
    "select",
    "story_brief",
    "unavailable_sources",
    "write",
]


@dataclass(frozen=True, slots=True)
class DayRanking:
    """A day's stories as ``newsdesk stories`` shows them."""

    #: The day, in the zone of the digest (or of the config).
    day: date
    #: Stories, best first.
    ranked: list[RankedStory]
    #: Story id -> "lead" or "more" in the digest's edition of the day (None: no digest).
    sections: dict[str, str] | None


def ranked_day(
    store: Store, config: Config, digest_name: str | None, day: date | None, now: datetime
) -> DayRanking:
    """A day's stories, ranked for one digest (with its edition's sections) or overall.

    Raises ConfigError for a digest name the config does not define.
    """
    if digest_name is None:
        start, end = day_window(config.timezone, day, now)
        ranked = rank_stories(
            store.stories(since=start, until=end),
            language="",  # each story's own representative title
            published={},
            novelty_factor=1.0,
            min_relevance=config.assess.relevance_threshold,
        )
        return DayRanking(start.date(), ranked, None)
    digest = config.digest(digest_name)
    start, end = day_window(digest.timezone, day, now)
    ranked = rank_for_digest(store, config, digest, start, end)
    return DayRanking(start.date(), ranked, store.edition_sections(digest.name, start.date()))


def newest_story_day(store: Store, zone: str) -> date | None:
    """The day (in ``zone``) of the most recently updated story, if there is one."""
    newest = store.stories(limit=1)
    return newest[0].last_updated.astimezone(ZoneInfo(zone)).date() if newest else None


def classify_file(
    path: Path, config: Config, embedder: Embedder
) -> tuple[ClassifyEvaluation, ClassifyFile]:
    """``eval classify``: judge every good line of a file as a one-item story.

    AI means relevance at least the digests' default minimum (``assess.relevance_threshold``).
    """
    read = read_classify_file(path)
    taxonomy = _taxonomy(config, embedder)
    minimum = config.assess.relevance_threshold
    return classify_records(read.records, embedder, taxonomy, minimum), read


def evaluate_file(path: Path, config: Config, embedder: Embedder) -> ClusterEvaluation:
    """``eval cluster``: read a labelled file and group it with these settings."""
    return evaluate_clustering(
        read_eval_file(path),
        embedder,
        cluster_params(config),
        window=timedelta(days=config.group.window_days),
        duplicate_threshold=config.group.duplicate_threshold,
    )
