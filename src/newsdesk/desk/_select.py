"""A digest's stories for a day: ranked, filtered, and chosen.

Ranking turns importance into a share of the day.  The weighted sum of signals lands in
a narrow band that moves from day to day (one day's best may score 0.45), so a story's
score is where its importance falls among the day's AI stories (those at or above the
relevance minimum), itself among them: the share of them it outranks, ties — itself
included — counting half (its mid-rank: the mid-distribution function of the day's
importances).  On a day of n AI stories the best scores 1 − 1/2n, the median 0.5 and the
last 1/2n, never 0: a ranked story is never shown as worthless.  A story below the
relevance minimum (or not assessed) ranks after them all, and its score says so: the
lowest AI story's score (novelty included; 1/2 on a day of none) times its own mid-rank
among the day's other stories (were it measured against the AI stories, every one less
important than them all would score 1/2(n+1), beside the last one's 1/2n).  The order
is the order of importance (equal importance: more original reports first, then id).
The digest's novelty rule then multiplies it.

Selection fills the lead from the lead's *window*, the best ``2 × lead`` selectable
stories: a story ranked below it never leads, unless the editor reserved lead slots for
its category (``quotas``; those go to the category's best stories at any rank).  Within
the window, maximal marginal relevance (Carbonell & Goldstein, 1998)::

    pick = argmax  (1 − diversity) · score − diversity · max cos(story, already picked)

with a small ``diversity``, so unlikeness decides between stories of about the same score
and never lifts a story far; and at most ``max_per_category`` lead stories of one
category while the window still holds others.  "More news" takes the next best by score
that its writer can tell: when the digest's writer does not translate (no LLM), a story
no report tells in the digest's language is passed over — its line would be a title in
another language, which the offline editor leaves out — for the next one.
A story below the relevance minimum, or published by this digest before and unchanged
since, is never selected.  Every story gets a :class:`~newsdesk.model.Decision` saying
where it went and why, so the explanation is the selection's own.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime

import numpy as np

from newsdesk.config import SelectSettings
from newsdesk.model import (
    Decision,
    EditorAction,
    EditorVerb,
    Phrase,
    Placement,
    RankedStory,
    Reason,
    Selection,
    Story,
    ordinal,
)


def title_for(story: Story, language: str) -> str:
    return story.titles.get(language) or story.title


def day_share(value: float, population: Sequence[float], *, member: bool) -> float:
    """The mid-rank of ``value`` among ``population`` (sorted) with itself in it (a
    ``member`` already is): the share it outranks, ties counting half, its own tie with
    itself too — so never 0 nor 1, and 0.5 when there is nothing else."""
    below = bisect_left(population, value)
    ties = bisect_right(population, value) - below + int(not member)
    return (below + ties / 2) / (len(population) + int(not member))


def _is_ai(story: Story, min_relevance: float) -> bool:
    return story.relevance is not None and story.relevance >= min_relevance


def rank_stories(
    stories: Sequence[Story],
    *,
    language: str,
    published: Mapping[str, int],
    novelty_factor: float,
    min_relevance: float,
    sources: Collection[str] | None = None,
) -> list[RankedStory]:
    """Stories best first, each with its digest score and why it is excluded (if so);
    stories off the digest's topic (or not assessed) come last.

    ``published`` maps a story id to the number of its original reports from the
    digest's ``sources`` (all, when None) when this digest last published it: only new
    reports from those sources make a published story new again, not copies, and not
    reports from sources the digest does not carry.
    """
    population = sorted(s.importance or 0.0 for s in stories if _is_ai(s, min_relevance))
    others = sorted(s.importance or 0.0 for s in stories if not _is_ai(s, min_relevance))
    reports_of = [reports_from(story, sources) for story in stories]
    stale = [
        story.id in published and reports <= published[story.id]
        for story, reports in zip(stories, reports_of, strict=True)
    ]
    # The lowest AI story's score, its novelty included; a lone AI story's 1/2 on a day
    # of none, as if each of the others were measured against an empty day.
    last = min(
        (
            day_share(story.importance or 0.0, population, member=True)
            * (novelty_factor if old else 1.0)
            for story, old in zip(stories, stale, strict=True)
            if _is_ai(story, min_relevance)
        ),
        default=0.5,
    )
    ranked = []
    for story, reports, old in zip(stories, reports_of, stale, strict=True):
        base = story.importance or 0.0
        if _is_ai(story, min_relevance):
            share = day_share(base, population, member=True)
        else:  # below the day's lowest AI story, in the order of their importance
            share = last * day_share(base, others, member=True)
        excluded = ""
        novelty = 1.0
        if old:
            novelty = novelty_factor
            excluded = Reason.PUBLISHED
        if story.relevance is None:
            excluded = excluded or Reason.NOT_ASSESSED
        elif story.relevance < min_relevance:
            excluded = excluded or Reason.NOT_AI
        breakdown = dict(story.breakdown) | {
            "importance": round(base, 4),
            "share": _rounded(share),
            "novelty": novelty,
        }
        ranked.append(
            RankedStory(
                story=story,
                score=_rounded(share * novelty),
                breakdown=breakdown,
                title=title_for(story, language),
                reports=reports,
                excluded=excluded,
            )
        )
    off_topic = (Reason.NOT_AI, Reason.NOT_ASSESSED)
    ranked.sort(
        key=lambda r: (
            r.excluded in off_topic,
            -r.score,
            -(r.story.importance or 0.0),
            -r.reports,
            r.story.id,
        )
    )
    return ranked


def _rounded(score: float) -> float:
    """A score to 4 decimals, or to 4 significant digits below 0.01: the scores of the
    stories after the day's last AI story all lie below its 1/2n."""
    return round(score, 4) if score >= 0.01 else float(f"{score:.4g}")


def reports_from(story: Story, sources: Collection[str] | None) -> int:
    """Original reports (copies left out) of the story from these sources (or all)."""
    return sum(
        n for source, n in story.source_items.items() if sources is None or source in sources
    )


def _is_news(ranked: RankedStory) -> bool:
    """Whether the story's titles report news of the day: not every one a guide, tips,
    a list, a roundup, an interview, remarks, an essay or a personal account (``event``
    0, ``_rank.py``).  Those fill lead slots only when the window holds too little news,
    and after it: an editor leads with news.  On a thin day (a lead of a third of its
    slots or more, all news) they go to "more news" while it has room for them all,
    rather than fill the lead's empty slots."""
    return ranked.breakdown.get("event", 0.5) > 0


def _cosine(a: RankedStory, b: RankedStory) -> float:
    if a.story.centroid is None or b.story.centroid is None:
        return 0.0
    return float(np.dot(a.story.centroid, b.story.centroid))


def _category(ranked: RankedStory) -> str:
    return ranked.story.category or ""


#: Selection's reasons in a sentence, by key, in English (``newsdesk stories --explain``,
#: the API); the desk's pages word each key in their own language (web/_strings.py).
WHY = {
    "top": "ranked {place} of the {selectable} stories that qualified (the lead is picked "
    "from the top {window})",
    "quota": "a lead slot reserved for {category} (quota)",
    "full": "ranked {place} of the {selectable} stories that qualified: the lead ({lead}) "
    "and more news ({more}) were full",
    "below_window": "ranked {place}: the lead is picked from the top {window} only",
    "category_cap": "the lead already has {cap} {category} (max_per_category)",
    "diversity": "a lower-ranked story less like those already picked took the slot",
    "not_news": "not news of the day (a guide, list, interview, remarks or essay): news "
    "took the slot",
    "lead_taken": "ranked {place}: the {lead} lead places went to higher-ranked stories",
    "dropped": "dropped by {who} on {at}",
    "demoted": "moved to more news by {who} on {at}",
    "moved": "moved to {place} in the lead by {who} on {at}",
    "pinned": "pinned by {who} on {at}",
    "pin_took_slot": "a story the editor pinned took its lead slot",
    "pins_filled": "stories the editor pinned filled the lead and more news",
    "pin_filled": "a story the editor pinned took a lead slot, and more news had no room left",
    "untold": "ranked {place} of the {selectable} stories that qualified, but no report of "
    "it is in the digest's language and the offline editor does not translate: more news "
    "took the next story",
    "published": "published before at {reports} reports, none new since",
    "not_ai": "relevance {relevance} is below the digest's minimum",
    "not_assessed": "not assessed yet (assess runs in `newsdesk run`)",
}


def _why(key: str, **values: str | int | datetime) -> Phrase:
    """The :data:`WHY` sentence ``key`` with its values (a time in UTC)."""
    shown = {
        k: f"{v:%Y-%m-%d %H:%M} UTC" if isinstance(v, datetime) else v for k, v in values.items()
    }
    if isinstance(place := values.get("place"), int):  # a place in a ranking: "3rd", not "#3"
        shown["place"] = ordinal(place)
    return Phrase(key, WHY[key].format(**shown), tuple(values.items()))


def _by(action: EditorAction) -> dict[str, str | int | datetime]:
    return {"who": action.who, "at": action.at}


def select_stories(
    ranked: Sequence[RankedStory],
    settings: SelectSettings,
    *,
    digest: str,
    day: date,
    actions: Sequence[EditorAction] = (),
    untranslated: str | None = None,
) -> Selection:
    """The lead and "more news" of one digest on one day, with a decision per story.

    The editor's ``actions`` (oldest first; the newest per story counts) come first: a
    dropped story is never selected, a pinned one is always in the lead whatever the
    rules say, a moved one is in the lead at its place (1 = first), a demoted one is at
    the top of "more news", never in the lead.  ``untranslated`` is the digest's
    language when its writer does not translate (None: it does): "more news" passes over
    a story no report tells in it for one told in it, unless the editor demoted the story
    there; such stories fill only the room left when none told in it remains.
    """
    final = _final_actions(actions, ranked)
    ranked = [
        replace(r, excluded=Reason.DROPPED)
        if r.story.id in final and final[r.story.id].verb is EditorVerb.DROP
        else r
        for r in ranked
    ]
    eligible = [r for r in ranked if not r.excluded]
    demoted = _demoted(eligible, final)
    leadable = [r for r in eligible if r.story.id not in demoted]
    window = 2 * settings.lead
    cap = settings.max_per_category or max(1, math.ceil(settings.lead / 3))
    lead: list[RankedStory] = []
    reserved: set[str] = set()
    for key, slots in settings.quotas.items():
        for chosen in [r for r in leadable if _category(r) == key][:slots]:
            lead.append(chosen)
            reserved.add(chosen.story.id)
    per_category = Counter(_category(r) for r in lead)
    pool = [r for r in leadable[:window] if r.story.id not in reserved]
    order = {r.story.id: n for n, r in enumerate(ranked)}
    skipped: dict[str, Reason] = {}  # why a story was passed over for a lower-ranked one
    floor = math.ceil(settings.lead / 3)
    while pool and len(lead) < settings.lead:
        news = [r for r in pool if _is_news(r)]
        if not news and len(lead) >= floor and len(pool) <= settings.more - len(demoted):
            skipped.update(dict.fromkeys((r.story.id for r in pool), Reason.NOT_NEWS))
            break  # the features go to "more news", which has room for them all
        news = news or pool
        open_pool = [r for r in news if per_category[_category(r)] < cap] or news

        def merit(candidate: RankedStory) -> float:
            overlap = max((_cosine(candidate, chosen) for chosen in lead), default=0.0)
            return (1 - settings.diversity) * candidate.score - settings.diversity * overlap

        best = max(open_pool, key=merit)
        news_ids = {r.story.id for r in news}
        open_ids = {r.story.id for r in open_pool}
        for other in pool:
            if order[other.story.id] < order[best.story.id]:
                if other.story.id not in news_ids:
                    skipped[other.story.id] = Reason.NOT_NEWS
                elif other.story.id not in open_ids:
                    skipped[other.story.id] = Reason.CATEGORY_CAP
                else:
                    skipped[other.story.id] = Reason.DIVERSITY
        lead.append(best)
        per_category[_category(best)] += 1
        pool = [r for r in pool if r is not best]
    lead.sort(key=lambda r: (not _is_news(r), order[r.story.id]))
    chosen_ids = {r.story.id for r in lead}
    rest = [r for r in eligible if r.story.id not in chosen_ids]
    more = _more_news(_told(rest, untranslated, demoted), demoted, settings.more)
    place = {r.story.id: n for n, r in enumerate(eligible, start=1)}
    in_more = {r.story.id for r in more}
    untold = _passed_over(rest, more, untranslated, demoted)

    def decide(rank: int, entry: RankedStory) -> Decision:
        story = entry.story
        placement, reason = Placement.OUT, Reason.NOT_IN_TOP
        if entry.excluded:
            reason = Reason(entry.excluded)
            said = _exclusion(entry, final)
        elif story.id in demoted:
            placement, reason = Placement.MORE, Reason.DEMOTED
            said = _why("demoted", **_by(final[story.id]))
        elif story.id in chosen_ids:
            placement = Placement.LEAD
            if story.id in reserved:
                reason = Reason.QUOTA
                said = _why("quota", category=_category(entry))
            else:
                reason = Reason.TOP
                said = _why("top", place=place[story.id], selectable=len(eligible), window=window)
        else:
            reason, said = _not_lead(entry, place[story.id], skipped, settings, cap)
            if story.id in in_more:
                placement = Placement.MORE
            elif story.id in untold:
                reason = Reason.UNTOLD
                said = _why("untold", place=place[story.id], selectable=len(eligible))
            else:
                reason = Reason.NOT_IN_TOP
                said = _why(
                    "full", place=place[story.id], selectable=len(eligible),
                    lead=settings.lead, more=settings.more,
                )  # fmt: skip
        return Decision(
            story_id=story.id,
            rank=rank,
            score=entry.score,
            importance=story.importance or 0.0,
            placement=placement,
            reason=reason,
            detail=said.text,
            phrase=said,
        )

    selection = Selection(
        digest=digest,
        day=day,
        lead=lead,
        more=more,
        ranked=list(ranked),
        decisions=[decide(rank, entry) for rank, entry in enumerate(ranked, start=1)],
    )
    return _apply_pins(selection, final, settings, untranslated)


def _tells(entry: RankedStory, language: str | None) -> bool:
    """Whether the digest's writer can tell the story in ``language`` (None: it
    translates, so any story)."""
    return language is None or language in entry.story.languages


def _told(
    candidates: Sequence[RankedStory], language: str | None, demoted: set[str]
) -> list[RankedStory]:
    """The candidates in the order "more news" takes them: those its writer can tell
    (and the editor's) first, then those it cannot, which fill the room the others leave
    and are shown as the lead's are, by their original headline under the digest's
    notice; a slot is never left empty for want of a story in the digest's language."""
    told = [r for r in candidates if r.story.id in demoted or _tells(r, language)]
    ids = {r.story.id for r in told}
    return told + [r for r in candidates if r.story.id not in ids]


def _passed_over(
    candidates: Sequence[RankedStory],
    more: Sequence[RankedStory],
    language: str | None,
    demoted: set[str],
) -> set[str]:
    """The candidates "more news" passed over for a lower-ranked story its writer can
    tell: those it cannot tell, ranked above the last such story it took."""
    if language is None:
        return set()
    taken = {r.story.id for r in more}
    last = max(
        (n for n, r in enumerate(candidates) if r.story.id in taken and _tells(r, language)),
        default=-1,
    )
    return {
        r.story.id
        for r in candidates[:last]
        if r.story.id not in taken and r.story.id not in demoted and not _tells(r, language)
    }


def _exclusion(entry: RankedStory, final: Mapping[str, EditorAction]) -> Phrase:
    if entry.excluded == Reason.DROPPED:
        return _why("dropped", **_by(final[entry.story.id]))
    if entry.excluded == Reason.PUBLISHED:
        return _why("published", reports=entry.reports)
    if entry.excluded == Reason.NOT_AI:
        return _why("not_ai", relevance=f"{entry.story.relevance or 0.0:.2f}")
    return _why("not_assessed")


def _not_lead(
    entry: RankedStory,
    place: int,
    skipped: Mapping[str, Reason],
    settings: SelectSettings,
    cap: int,
) -> tuple[Reason, Phrase]:
    """Why a selectable story is not in the lead."""
    if place > 2 * settings.lead:
        return Reason.BELOW_WINDOW, _why("below_window", place=place, window=2 * settings.lead)
    reason = skipped.get(entry.story.id)
    if reason is Reason.CATEGORY_CAP:
        return reason, _why("category_cap", cap=cap, category=_category(entry))
    if reason is Reason.DIVERSITY:
        return reason, _why("diversity")
    if reason is Reason.NOT_NEWS:
        return reason, _why("not_news")
    return Reason.NOT_IN_TOP, _why("lead_taken", place=place, lead=settings.lead)


def _final_actions(
    actions: Sequence[EditorAction], ranked: Sequence[RankedStory]
) -> dict[str, EditorAction]:
    """The newest pin, drop, move or demotion per story, for stories among the day's
    candidates (an edit changes the words, not the place), unless a restore came after
    it."""
    known = {r.story.id for r in ranked}
    final: dict[str, EditorAction] = {}
    for a in actions:
        if a.story_id not in known:
            continue
        if a.verb is EditorVerb.RESTORE:
            final.pop(a.story_id, None)
        elif a.verb in _PLACING:
            final[a.story_id] = a
    return final


#: The actions that decide where a story goes.
_PLACING = frozenset({EditorVerb.PIN, EditorVerb.DROP, EditorVerb.MOVE, EditorVerb.DEMOTE})


def _demoted(eligible: Sequence[RankedStory], final: Mapping[str, EditorAction]) -> set[str]:
    """The stories the editor put in "more news"."""
    return {
        r.story.id
        for r in eligible
        if r.story.id in final and final[r.story.id].verb is EditorVerb.DEMOTE
    }


def _more_news(
    candidates: Sequence[RankedStory], demoted: set[str], size: int
) -> list[RankedStory]:
    """The "more news" of the candidates not in the lead, in order: the editor's demoted
    stories first (each kept, however many), then the rest as long as there is room."""
    first = [r for r in candidates if r.story.id in demoted]
    rest = [r for r in candidates if r.story.id not in demoted]
    return first + rest[: max(0, size - len(first))]


def _apply_pins(
    selection: Selection,
    final: Mapping[str, EditorAction],
    settings: SelectSettings,
    untranslated: str | None,
) -> Selection:
    """The selection with the editor's pins and moves put in the lead; the lead's lowest
    unpinned stories make room, going to the top of "more news", which keeps its size."""
    kept = {k for k, a in final.items() if a.verb in (EditorVerb.PIN, EditorVerb.MOVE)}
    if not kept:
        return selection
    by_id = {r.story.id: r for r in selection.ranked}
    order = {r.story.id: n for n, r in enumerate(selection.ranked)}
    held = {r.story.id for r in selection.lead}
    pinned = [r for r in selection.lead if r.story.id in kept]
    pinned += [by_id[k] for k in sorted(kept - held, key=order.__getitem__)]
    others = [r for r in selection.lead if r.story.id not in kept]
    room = max(0, settings.lead - len(pinned))
    bumped, others = others[room:], others[:room]
    lead = sorted(pinned + others, key=lambda r: order[r.story.id])
    moves = [a for a in final.values() if a.verb is EditorVerb.MOVE]
    for move in sorted(moves, key=lambda a: a.position or 1):
        story = by_id[move.story_id]
        lead.remove(story)
        lead.insert(max(0, (move.position or 1) - 1), story)
    in_lead = {r.story.id for r in lead}
    candidates = [r for r in bumped + selection.more if r.story.id not in in_lead]
    demoted = _demoted(candidates, final)
    more = _more_news(_told(candidates, untranslated, demoted), demoted, settings.more)
    in_more = {r.story.id for r in more}
    decisions = []
    for decision in selection.decisions:
        action = final.get(decision.story_id)
        if action is not None and action.verb is EditorVerb.MOVE:
            said = _why("moved", place=action.position or 1, **_by(action))
            decision = replace(
                decision, placement=Placement.LEAD, reason=Reason.MOVED, detail=said.text,
                phrase=said,
            )  # fmt: skip
        elif action is not None and action.verb is EditorVerb.PIN:
            said = _why("pinned", **_by(action))
            decision = replace(
                decision, placement=Placement.LEAD, reason=Reason.PINNED, detail=said.text,
                phrase=said,
            )  # fmt: skip
        elif decision.story_id in in_more and decision.placement is not Placement.MORE:
            said = _why("pin_took_slot")
            decision = replace(decision, placement=Placement.MORE, detail=said.text, phrase=said)
        elif decision.placement is not Placement.OUT and decision.story_id not in (
            in_lead | in_more
        ):
            said = _why("pins_filled" if len(kept) > 1 else "pin_filled")
            decision = replace(
                decision, placement=Placement.OUT, reason=Reason.NOT_IN_TOP, detail=said.text,
                phrase=said,
            )  # fmt: skip
        decisions.append(decision)
    return replace(selection, lead=lead, more=more, decisions=decisions)
