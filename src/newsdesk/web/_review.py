"""The review desk: one digest's day as its editor works on it.

The page is drawn here from the core's :meth:`~newsdesk.core.Newsdesk.edition_detail`
(the edition, its text as written, every candidate with its score, reports and why it
is in or out) and :meth:`~newsdesk.core.Newsdesk.channels`; ``review.js`` sends each
action to the JSON API and draws the page again from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from newsdesk.collect import outlet_name, site_names
from newsdesk.config import DigestConfig
from newsdesk.core import Candidate, EditionDetail
from newsdesk.editor import entry_text, zone_name
from newsdesk.exceptions import ConfigError, NotFoundError
from newsdesk.model import (
    EntryText,
    Phrase,
    Reason,
    StoryReport,
    actions_in_force,
    work_error_phrase,
)
from newsdesk.stages.write import category_names
from newsdesk.web._auth import Identity
from newsdesk.web._layout import page_desk, page_newsroom, render_page
from newsdesk.web._strings import fill, page_language, phrased, strings

__all__ = ["Card", "Report", "cards", "review_router"]

#: The signals of a score, in the order the page lists them.
SIGNALS = (
    "share", "importance", "novelty", "sources", "domains", "authority", "recency",
    "engagement", "names", "size", "event",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Report:
    """One report of a story as the page lists it."""

    #: Who published it (its source's name when unknown).
    publisher: str
    #: ISO 639-1 code or "und".
    language: str
    #: When, in the digest's zone, named as its readers name it ("05-14 10:00（北京时间）",
    #: "05-14 10:00 UTC+9"; "" when undated): an editor elsewhere reads it right.
    when: str
    #: Its title and link.
    title: str
    url: str
    #: True for a repost of another report.
    copy: bool


@dataclass(frozen=True, slots=True)
class Card:
    """One story of the day as the desk shows it: in the lead, in "more news" or out."""

    story_id: str
    #: "lead", "more" or "out".
    place: str
    #: Its place in that list (1 = first).
    position: int
    #: Its headline as written (its title when not written, or left out).
    headline: str
    #: Selection's reason ("top", "pinned"...) and the reason in a sentence.
    reason: str
    why: str
    #: "llm", "offline", "editor", or "" when not written.
    written_by: str
    #: Its rank in the digest's day (1 = best) and its score; None when the day has no
    #: decision on it (not among the day's candidates), which no number would tell.
    rank: int | None
    score: float | None
    #: Off the digest's topic (or not assessed): ranked after every story on it, whatever
    #: its score, so the page says it is outside the ranking rather than give a number
    #: that reads as a ranking error.
    off_topic: bool
    #: The signals behind the score, in :data:`SIGNALS` order, then the AI relevance.
    signals: tuple[tuple[str, float], ...]
    #: Its category's name in the digest's language ("" when not assessed).
    category: str
    #: Its reports, oldest first.
    reports: tuple[Report, ...]
    #: Its text as written (None when not written, or left out).
    text: EntryText | None = None
    #: Unsupported claims an editor wrote and kept.
    kept: tuple[str, ...] = ()
    #: True when an editor's action on it is in force (a restore would undo it).
    acted: bool = False


def _report(
    report: StoryReport,
    zone: ZoneInfo,
    names: Mapping[str, str],
    titles: Sequence[str],
    language: str,
) -> Report:
    when: datetime | None = report.published or report.first_seen
    return Report(
        outlet_name(report.publisher or report.source_id, names, titles),
        report.language,
        _stamp(when.astimezone(zone), language) if when else "",
        report.title,
        report.url,
        report.repost,
    )


def _stamp(when: datetime, language: str) -> str:
    """A report's time on its card, its zone named as the digest names it (北京时间)."""
    zone = zone_name(when, language)
    stamp = when.strftime("%m-%d %H:%M")
    return f"{stamp}（{zone}）" if language == "zh" else f"{stamp} {zone}"


def _signals(candidate: Candidate) -> tuple[tuple[str, float], ...]:
    breakdown = candidate.ranked.breakdown
    shown = [(key, breakdown[key]) for key in SIGNALS if key in breakdown]
    shown += [(k, v) for k, v in breakdown.items() if k not in SIGNALS]
    relevance = candidate.ranked.story.relevance
    return tuple(shown + ([("relevance", relevance)] if relevance is not None else []))


#: The exclusions that rank a story after all of the digest's topic.
_OFF_TOPIC = frozenset({Reason.NOT_AI, Reason.NOT_ASSESSED})


def cards(
    detail: EditionDetail,
    zone: ZoneInfo,
    table: Mapping[str, str],
    category_names: Mapping[str, str],
    language: str = "en",
) -> tuple[list[Card], list[Card], list[Card]]:
    """The lead, "more news" and left-out stories of a day, each as a :class:`Card`,
    its why in the language of ``table`` and its category by the name the digest's
    sections carry (a key such as ``open_source`` is no word for a reader); its reports'
    times with their zone named in ``language``."""
    view = detail.view
    by_id = {c.ranked.story.id: c for c in detail.candidates}
    acted = actions_in_force(view.actions)
    names = {
        **detail.sites,
        **site_names(
            (r.publisher or r.source_id, r.url) for c in detail.candidates for r in c.reports
        ),
    }
    texts: dict[str, EntryText] = {}
    if detail.digest is not None:
        texts = {e.story_id: entry_text(e) for e in detail.digest.entries}
        texts |= {m.story_id: entry_text(m) for m in detail.digest.more}

    def card(
        story_id: str, place: str, position: int, headline: str, reason: str,
        why: Sequence[Phrase], written_by: str = "", kept: Sequence[str] = (),
    ) -> Card:  # fmt: skip
        found = by_id.get(story_id)
        category = (found.ranked.story.category or "") if found else ""
        titles = [r.title for r in found.reports] if found else []
        return Card(
            story_id=story_id,
            place=place,
            position=position,
            headline=headline,
            reason=reason,
            why=phrased(why, table, zone, category_names),
            written_by=written_by,
            rank=found.decision.rank if found else None,
            score=found.decision.score if found else None,
            off_topic=found is not None and found.ranked.excluded in _OFF_TOPIC,
            signals=_signals(found) if found else (),
            category=category_names.get(category, category),
            reports=tuple(_report(r, zone, names, titles, language) for r in found.reports)
            if found
            else (),
            text=texts.get(story_id) if place != "out" else None,
            kept=tuple(kept),
            acted=story_id in acted,
        )

    lead, more = (
        [
            card(e.story_id, place, n, e.headline, e.reason, e.phrases, e.written_by,
                 e.kept_unsupported)
            for n, e in enumerate(entries, 1)
        ]
        for place, entries in (("lead", view.lead), ("more", view.more))
    )  # fmt: skip
    out = [
        card(o.story_id, "out", n, o.title, o.reason, o.phrases)
        for n, o in enumerate(view.left_out, 1)
    ]
    return lead, more, out


def review_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/review", response_class=HTMLResponse)
    def review(
        request: Request,
        identity: Annotated[Identity, Depends(page_newsroom)],
        digest: Annotated[str | None, Query()] = None,
        asked: Annotated[str | None, Query(alias="date")] = None,
    ) -> HTMLResponse:
        """A digest's (default: the first) day (default: its latest edition); a date that
        is not a day is told in words on the page (400), not as a validation error."""
        desk = page_desk(request)
        states = desk.configured_digests()
        if not states:
            return render_page(
                request, "review.html.j2", identity, section="review", status_code=404,
                states=states, problem="review.no_digests",
            )  # fmt: skip
        try:
            chosen: DigestConfig = desk.config.digest(digest) if digest else states[0].digest
        except ConfigError:
            words = fill(
                strings(page_language(desk.config))["review.no_digest"],
                {"name": digest, "names": ", ".join(s.digest.name for s in states)},
            )
            return render_page(
                request, "review.html.j2", identity, section="review", status_code=404,
                states=states, error=words,
            )  # fmt: skip
        days = desk.editions(chosen.name, empty=True)  # the page shows the one asked for
        try:
            day = date.fromisoformat(asked) if asked else None
        except ValueError:
            example = days[0].day if days else date(2026, 5, 14)
            words = fill(
                strings(page_language(desk.config, chosen))["review.bad_date"],
                {"value": asked, "example": example.isoformat()},
            )
            return render_page(
                request, "review.html.j2", identity, section="review", digest=chosen,
                status_code=400, states=states, days=days, day=None, error=words,
            )  # fmt: skip
        table = strings(page_language(desk.config, chosen))
        try:
            detail = desk.edition_detail(chosen.name, day)
        except NotFoundError:
            # in the page's words, naming its own button (the core's names CLI commands)
            values = {"digest": chosen.name, "run_day": table["action.run_day"]}
            key = "review.no_edition_yet"
            if day is not None:
                key, values["day"] = "review.no_edition_day", day.isoformat()
            words = fill(table[key], values)
            return render_page(
                request, "review.html.j2", identity, section="review", digest=chosen,
                status_code=404, states=states, days=days, day=day, error=words,
            )  # fmt: skip
        names = category_names(desk.config, chosen)
        zone = ZoneInfo(chosen.timezone)
        lead, more, out = cards(detail, zone, table, names, page_language(desk.config, chosen))
        # a day run before its sources published anything (an early schedule): the
        # newest day with stories, rather than three empty lists alone
        newest = None if lead or more or out else desk.stories(detail.view.day, chosen.name).newest
        no_sources = not (lead or more or out) and not any(s.enabled for s in desk.config.sources)
        channels = desk.channels(chosen.name, detail.view.day)
        return render_page(
            request,
            "review.html.j2",
            identity,
            section="review",
            digest=chosen,
            states=states,
            days=days,
            day=detail.view.day,
            view=detail.view,
            written=detail.digest,
            lead=lead,
            more=more,
            out=out,
            lead_size=chosen.select.lead,
            newest=newest,
            no_sources=no_sources,
            channels=channels,
            reasons={
                c.channel: phrased((work_error_phrase(c.publication.error),), table, zone)
                for c in channels
                if c.publication is not None and c.publication.error
            },
            outgoing=desk.outgoing(chosen.name, detail.view.day),
            titles={c.story_id: c.headline for c in [*lead, *more, *out]},
            zone=zone,
            zone_said=zone_name(
                datetime.now(zone), page_language(desk.config, chosen)
            ),  # the actions' times: the digest's zone, named once above them
        )

    return router
