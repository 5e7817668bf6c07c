"""An offline lead entry: headline, summary and insights from the story's own sources."""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.chinese import full_width_brackets
from newsdesk.editor._brief import StoryBrief
from newsdesk.editor._compare import number_insights
from newsdesk.editor._development import Development, development
from newsdesk.editor._numbers import figures_of
from newsdesk.editor._offline._candidates import moved_since
from newsdesk.editor._offline._headlines import headline_and_rest
from newsdesk.editor._offline._key_points import key_points
from newsdesk.editor._offline._source_text import joined
from newsdesk.editor._offline._summary import central_sentences
from newsdesk.editor._offline._told_once import framed_once, introduced_once, past_told
from newsdesk.editor._sentences import split_sentences
from newsdesk.model import DigestEntry

#: Bullets an offline entry shows as insights (the seeds have 2–4): at most two of
#: news (what changed, what its figures compare to, key points), then the facts of who
#: reported it and when.
INSIGHTS = 4
_NEWS_INSIGHTS = 2


def offline_entry(brief: StoryBrief, language: str) -> DigestEntry:
    """The lead entry :func:`_entry` writes, kept for the briefs the process wrote before:
    a re-run writes every story of the day again and each editor's action rewrites the
    whole digest, nearly all of it from unchanged reports."""
    return _kept_entry(
        _Same(brief, pickle.dumps(brief, protocol=pickle.HIGHEST_PROTOCOL)), language
    )


@dataclass(frozen=True, eq=False)
class _Same:
    """A brief compared by its pickled bytes, which hold every field it has: briefs hold
    dicts, so are no keys themselves.  Equal briefs pickled apart at worst miss."""

    brief: StoryBrief
    key: bytes

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


@lru_cache(maxsize=256)
def _kept_entry(same: _Same, language: str) -> DigestEntry:
    """:func:`_entry`, which depends on nothing but the brief, the language and the
    package's tables; entries are frozen, so one may be handed out again."""
    return _entry(same.brief, language)


def _entry(brief: StoryBrief, language: str) -> DigestEntry:
    """A lead entry from the story's own title, sentences and facts; a story that
    developed is told in its latest state, with what changed as the first insight, then
    what its figures compare to in its sources (:func:`number_insights`) and its key
    points (:func:`key_points`), two at most, then who reported it and when."""
    story = brief.ranked.story
    change = development(brief, language)
    headline = change.report.title if change is not None else brief.ranked.title
    headline, rest = headline_and_rest(headline, language)
    summary = central_sentences(brief, language, change) or rest
    update = [] if change is None else _update(change, f"{headline}\n{summary}", language)
    told = change.new_keys | change.old_keys if change is not None else frozenset()
    numbers = number_insights(brief, language, f"{headline}\n{summary}", skip=told)
    news = [*update, *numbers][:_NEWS_INSIGHTS]  # then who reported it, by publisher
    said = "\n".join([headline, summary, *news])
    since = moved_since(brief, change)
    linked = change.report if change is not None else brief.primary
    outlets = {r.outlet for r in brief.originals if r.outlet.strip()}
    named = any(outlet in line for line in news for outlet in outlets)
    news += key_points(
        brief, language, said, _NEWS_INSIGHTS - len(news), skip=told, since=since,
        linked="" if named else linked.outlet,
    )  # fmt: skip
    credits = [f"{r.outlet}: " for r in brief.originals if r.outlet.strip()]
    if language == "en":  # each name introduced once, in the summary's first sentence
        sentences = split_sentences(summary)
        body = framed_once(introduced_once([*sentences, *news], credits))
        summary, news = joined(body[: len(sentences)]), body[len(sentences) :]
    news = [*update, *past_told(news[len(update) :], f"{headline}\n{summary}", language, credits)]
    insights = [*news, *brief.facts(language)][:INSIGHTS]
    if language == "zh":  # sources' ASCII brackets, set as Chinese prose sets them
        headline, summary = full_width_brackets(headline), full_width_brackets(summary)
        insights = [full_width_brackets(line) for line in insights]
    return DigestEntry(
        story_id=story.id,
        headline=headline,
        url=change.report.url if change is not None else brief.primary.url,
        summary=summary,
        insights=tuple(insights),
        impact="",
        category=story.category or "",
        sources=brief.source_links(),
        written_by="offline",
    )


def _update(change: Development, said: str, language: str) -> list[str]:
    """The line saying what changed, unless the headline and summary (``said``) give
    both figures already ("得分从92.1%降至78.4%"): said again below, it is a repeat."""
    line = change_line(change, language)
    stated = {figure for figure, _ in figures_of(said)}
    return [] if not line or change.new_keys | change.old_keys <= stated else [line]


def change_line(change: Development, language: str) -> str:
    """What changed, in figures the sources give: the one first reported and the one
    that replaced it ("" when no figure was replaced, only added)."""
    if not change.superseded:
        return ""
    old = change.superseded[0]
    new = next(
        (written for figure, written in figures_of(" ".join(change.figures))
         if figure[0] in {unit for unit, _ in change.old_keys}),
        change.figures[-1],
    )  # fmt: skip
    outlet = change.report.outlet
    if language == "zh":
        return f"后续进展：此前报道为{old}，{outlet}的最新报道为{new}。"
    return f"Update: first reported as {old}; {outlet} now reports {new}."
